/** The committed documents print the code's parameters, modifiers and calibration results: `npm run docs`. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DOCS, generateDoc } from '../../../scripts/docs/generate.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');

describe('generated documentation', { timeout: 30_000 }, () => {
  for (const doc of DOCS)
    it(`${doc.path} is up to date (run npm run docs)`, async () => {
      const file = path.join(ROOT, doc.path);
      const committed = readFileSync(file, 'utf8');
      expect(await generateDoc(committed, doc.locale, file)).toBe(committed);
    });
});
