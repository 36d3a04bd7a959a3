/**
 * The initial download: the built index.html (with the CSS inline) and its one deferred script
 * file. The analysis worker's code is counted apart: a script of its own, which the page loads
 * after its first screen (scripts/vite-page-assets.ts).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
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

export function measureSizes(distDir: string): Sizes {
  const html = readFileSync(path.join(distDir, 'index.html'), 'utf8');
  const scripts = [...html.matchAll(/<script\b[^>]*\bsrc="\.\/([^"]+)"/g)].map((m) => m[1]);
  const read = (file: string) => readFileSync(path.join(distDir, file), 'utf8');
  // A build from before the script moved out of index.html has no assets/ (bench:ui --dist).
  const assetsDir = path.join(distDir, 'assets');
  const assets = existsSync(assetsDir) ? readdirSync(assetsDir).map((f) => `assets/${f}`) : [];
  const workers = assets.filter((f) => f.endsWith('.js') && !scripts.includes(f));
  return {
    html: size(html),
    js: size(scripts.map(read).join('\n')),
    css: size(bodies(html, /<style[^>]*>([\s\S]*?)<\/style>/g)),
    inertWorkers: size(workers.map(read).join('\n')),
  };
}

export const kb = (s: Size): string =>
  `${(s.bytes / 1024).toFixed(1)} KiB (gzip ${(s.gzip / 1024).toFixed(1)} KiB)`;
