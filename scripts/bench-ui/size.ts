/**
 * The initial download: the one built index.html carries every script and style inline, so the
 * sizes are those of its inline `<script type="module">` and `<style>` elements (inert
 * `<script type="text/plain">` worker sources are counted apart: they are not run at start-up).
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

export function measureSizes(distDir: string): Sizes {
  const html = readFileSync(path.join(distDir, 'index.html'), 'utf8');
  return {
    html: size(html),
    js: size(bodies(html, /<script type="module"[^>]*>([\s\S]*?)<\/script>/g)),
    css: size(bodies(html, /<style[^>]*>([\s\S]*?)<\/style>/g)),
    inertWorkers: size(bodies(html, /<script type="text\/plain"[^>]*>([\s\S]*?)<\/script>/g)),
  };
}

export const kb = (s: Size): string =>
  `${(s.bytes / 1024).toFixed(1)} KiB (gzip ${(s.gzip / 1024).toFixed(1)} KiB)`;
