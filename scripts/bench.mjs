// `npm run bench`: bundles scripts/bench-main.ts the way the browser build does (one ESM scope)
// and runs it, so the numbers reflect the shipped code rather than a dev transpiler.
import { build } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const dir = mkdtempSync(join(tmpdir(), 'mg-bench-'));
const outfile = join(dir, 'bench.mjs');
try {
  await build({
    entryPoints: ['scripts/bench-main.ts'],
    bundle: true,
    format: 'esm',
    platform: 'node',
    outfile,
    logLevel: 'warning',
  });
  await import(pathToFileURL(outfile).href);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
