/**
 * `npm run docs`: prints the parameter, modifier, reference-value, calibration and scenario
 * tables of docs/model.md and docs/model.nl.md from the code (see scripts/docs/generate.ts).
 * `--check` writes nothing and exits 1 when a document is out of date.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DOCS, generateDoc } from './docs/generate.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const check = process.argv.includes('--check');
let stale = 0;
for (const doc of DOCS) {
  const file = path.join(root, doc.path);
  const before = readFileSync(file, 'utf8');
  const after = await generateDoc(before, doc.locale, file);
  if (after === before) continue;
  stale++;
  if (check) console.error(`${doc.path} is out of date: run npm run docs`);
  else {
    writeFileSync(file, after);
    console.log(`${doc.path} updated`);
  }
}
if (check && stale) process.exit(1);
