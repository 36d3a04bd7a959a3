/**
 * Browser tier globalSetup: builds the app (`vite build`), serves dist/ with `vite preview` on a free
 * loopback port in its own process group, and provides the URL to tests as inject('baseUrl').
 * Teardown kills the whole server process group.
 *
 *   BROWSER_TEST_SKIP_BUILD=1   reuse the existing dist/
 *   BROWSER_TEST_URL=http://…   use an already running server (no build, no server)
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { REPO_ROOT } from './browser.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** URL of the served app, ending in '/'. */
    baseUrl: string;
  }
}

const VITE_BIN = path.join(REPO_ROOT, 'node_modules', 'vite', 'bin', 'vite.js');

/** The parent environment minus Vitest's markers, so the child builds like a plain `vite build`. */
function cleanEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (key.startsWith('VITEST') || key === 'TEST') continue;
    if (key === 'NODE_ENV' && value === 'test') continue;
    env[key] = value;
  }
  return env;
}

function build(): void {
  const started = Date.now();
  const result = spawnSync(process.execPath, [VITE_BIN, 'build', '--logLevel', 'warn'], {
    cwd: REPO_ROOT,
    env: cleanEnv(),
    stdio: 'inherit',
  });
  if (result.status !== 0) {
    throw new Error(`vite build failed (exit ${result.status ?? result.signal})`);
  }
  console.log(`[browser tier] built dist/ in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, signal); // negative pid: the whole process group
  } catch {
    // already gone
  }
}

async function waitForServer(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`vite preview exited early (${child.exitCode ?? child.signalCode}):\n${output()}`);
    }
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`vite preview did not answer at ${url} within 30 s:\n${output()}`);
}

async function startPreview(): Promise<{ url: string; child: ChildProcess }> {
  let lastError: unknown;
  for (let attempt = 0; attempt < 3; attempt++) {
    const port = await freePort();
    const url = `http://127.0.0.1:${port}/`;
    const child = spawn(
      process.execPath,
      [VITE_BIN, 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
      { cwd: REPO_ROOT, env: cleanEnv(), detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let log = '';
    child.stdout?.on('data', (d: Buffer) => (log += d.toString()));
    child.stderr?.on('data', (d: Buffer) => (log += d.toString()));
    try {
      await waitForServer(url, child, () => log);
      return { url, child };
    } catch (err) {
      lastError = err;
      killGroup(child, 'SIGKILL');
    }
  }
  throw lastError;
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const external = process.env.BROWSER_TEST_URL;
  if (external) {
    project.provide('baseUrl', external.endsWith('/') ? external : `${external}/`);
    return async () => {};
  }

  if (process.env.BROWSER_TEST_SKIP_BUILD && existsSync(path.join(REPO_ROOT, 'dist', 'index.html'))) {
    console.log('[browser tier] BROWSER_TEST_SKIP_BUILD set: serving the existing dist/');
  } else {
    build();
  }

  const { url, child } = await startPreview();
  // Last resort if Vitest dies without running teardown.
  const onExit = () => killGroup(child, 'SIGKILL');
  process.once('exit', onExit);
  console.log(`[browser tier] serving dist/ at ${url} (pgid ${child.pid})`);
  project.provide('baseUrl', url);

  return async () => {
    process.off('exit', onExit);
    killGroup(child, 'SIGTERM');
    const exited = new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) resolve();
      else child.once('exit', () => resolve());
    });
    const timeout = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), 5_000).unref());
    if ((await Promise.race([exited, timeout])) === 'timeout') killGroup(child, 'SIGKILL');
  };
}
