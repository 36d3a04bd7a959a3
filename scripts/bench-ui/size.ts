/**
 * The initial download: the built index.html (with the CSS inline) and its one deferred script
 * file. The script carries the analysis worker's code as a string (scripts/vite-page-assets.ts),
 * counted apart: it is data until the worker starts.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export interface Sizes {
  html: Size;
  js: Size;
  css: Size;
  inertWorkers: Size;
}
export interface Size {
  bytes: number;
  gzip: number;
}

const size = (text: string): Size => ({
  bytes: Buffer.byteLength(text),
  gzip: gzipSync(text, { level: 9 }).length,
});

const bodies = (html: string, re: RegExp): string => [...html.matchAll(re)].map((m) => m[1]).join('\n');

/** The workers' code statement the build puts in front of the app's code. */
const WORKER_SOURCES = /^globalThis\.mgWorkerSources=\{.*\};\n/;

export function measureSizes(distDir: string): Sizes {
  const html = readFileSync(path.join(distDir, 'index.html'), 'utf8');
  const scripts = [...html.matchAll(/<script\b[^>]*\bsrc="\.\/([^"]+)"/g)].map((m) =>
    readFileSync(path.join(distDir, m[1]), 'utf8'),
  );
  const workers = scripts.map((code) => WORKER_SOURCES.exec(code)?.[0] ?? '').join('');
  return {
    html: size(html),
    js: size(scripts.map((code) => code.replace(WORKER_SOURCES, '')).join('\n')),
    css: size(bodies(html, /<style[^>]*>([\s\S]*?)<\/style>/g)),
    inertWorkers: size(workers),
  };
}

export const kb = (s: Size): string =>
  `${(s.bytes / 1024).toFixed(1)} KiB (gzip ${(s.gzip / 1024).toFixed(1)} KiB)`;
