/**
 * The runner as a real process: argv in, stdout, stderr and exit status out.
 *
 * `npm run simulate` starts `tsx src/cli/main.ts`, and tsx resolves every one of mathjs's many
 * ES modules through its loader hooks: ~4 s of CPU per start. The same source bundled once by
 * esbuild (the transform tsx itself uses) starts in ~0.3 s, so most spawning tests use the bundle
 * and one test per suite keeps the `tsx` path that `npm run simulate` takes.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const ENTRY = path.join(ROOT, 'src', 'cli', 'main.ts');

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

export interface CliProcess {
  /** Runs the bundled runner with `node`. */
  run: (argv: readonly string[]) => CliResult;
  /** Deletes the bundle. */
  dispose: () => void;
}

function spawn(command: string, args: readonly string[]): CliResult {
  const r = spawnSync(command, args, { cwd: ROOT, encoding: 'utf8', timeout: 30_000 });
  if (r.error) throw r.error;
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Runs the runner exactly as `npm run simulate` does (tsx on the TypeScript source). */
export function simulateWithTsx(argv: readonly string[]): CliResult {
  return spawn(path.join(ROOT, 'node_modules', '.bin', 'tsx'), [ENTRY, ...argv]);
}

/** Bundles src/cli/main.ts into a temporary folder; call from beforeAll, dispose in afterAll. */
export function bundleCli(): CliProcess {
  const dir = mkdtempSync(path.join(tmpdir(), 'magnesium-cli-'));
  const outfile = path.join(dir, 'main.mjs');
  buildSync({
    entryPoints: [ENTRY],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'error',
  });
  return {
    run: (argv) => spawn(process.execPath, [outfile, ...argv]),
    dispose: () => rmSync(dir, { recursive: true, force: true }),
  };
}
