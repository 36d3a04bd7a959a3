/**
 * Vite plugin: a strict Content-Security-Policy as a <meta> tag in the built index.html: its own
 * script file next to it ('self'), and the sha256 hashes of any inline script and of its inline
 * style computed from the final page (after ./vite-page-assets.ts has put the CSS in). No
 * 'unsafe-inline', no 'unsafe-eval', no network:
 * the page opens the same from file:// and from a server, and a link that smuggled in markup
 * could run nothing. Trusted Types guard the DOM sinks; Svelte's own template cloning goes
 * through its 'svelte-trusted-html' policy (Svelte ≥ 5.36).
 *
 * The analysis Web Worker starts from a Blob URL of an inert <script type="text/plain"> (data, not
 * run, so not hashed): `worker-src blob:`, and its Trusted Types policy 'mg-analysis-worker' makes
 * the TrustedScriptURL the Worker constructor takes (src/state/analysis/workerSource.ts). A
 * further inline <script> or <style> is hashed as is.
 * `frame-ancestors` and reporting cannot be set from a meta tag; a server may add them as headers.
 */
import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';

/** Every directive but the hashes, which are filled in per build. */
export const CSP_DIRECTIVES: Readonly<Record<string, readonly string[]>> = {
  'default-src': ["'none'"],
  'script-src': [],
  'style-src': [],
  // The favicon is inlined as a data: URL; a chart exported as PNG is drawn from a Blob URL of its
  // SVG (src/views/export/chartImage.ts). The web manifest lies next to index.html.
  'img-src': ['data:', 'blob:'],
  'manifest-src': ["'self'"],
  // The analysis worker, from a Blob URL of its inlined code.
  'worker-src': ['blob:'],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
  'require-trusted-types-for': ["'script'"],
  'trusted-types': ['svelte-trusted-html', 'mg-analysis-worker'],
};

const sha256 = (text: string): string =>
  `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/**
 * The hashes of the inline elements of one kind. External ones (with src) need none, nor data
 * blocks (`type="text/plain"`), which the browser never runs.
 */
function inlineHashes(html: string, tag: 'script' | 'style'): string[] {
  const element = new RegExp(`<${tag}\\b([^>]*)>([\\s\\S]*?)</${tag}>`, 'gi');
  return [...html.matchAll(element)]
    .filter(([, attrs]) => !/\bsrc=/i.test(attrs) && !/\btype="text\/plain"/i.test(attrs))
    .map(([, , body]) => sha256(body));
}

/**
 * The page's own script files (`<script src="./…">`, relative: next to index.html) are allowed as
 * 'self'; a script from anywhere else fails the build.
 */
function externalScripts(html: string): string[] {
  const sources = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]*)"[^>]*>/gi)].map(([, src]) => src);
  const foreign = sources.find((src) => !/^\.\/[\w./-]+\.js$/.test(src));
  if (foreign !== undefined)
    throw new Error(`index.html loads a script from elsewhere: ${foreign.slice(0, 80)}`);
  return sources.length ? ["'self'"] : [];
}

/** The policy for this page: its own script files, its inline script and style hashes in place. */
export function policyFor(html: string): string {
  const directives = {
    ...CSP_DIRECTIVES,
    'script-src': [
      ...CSP_DIRECTIVES['script-src'],
      ...externalScripts(html),
      ...inlineHashes(html, 'script'),
    ],
    'style-src': [...CSP_DIRECTIVES['style-src'], ...inlineHashes(html, 'style')],
  };
  return Object.entries(directives)
    .map(([name, values]) => [name, ...(values.length ? values : ["'none'"])].join(' '))
    .join('; ');
}

/** The page with the policy right after <meta charset>, before anything it governs. */
export function withPolicy(html: string): string {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policyFor(html)}" />`;
  const anchor = /<meta charset="[^"]*"\s*\/?>/i;
  if (!anchor.test(html)) throw new Error('index.html has no <meta charset> to put the policy after');
  return html.replace(anchor, (charset) => `${charset}\n    ${meta}`);
}

export function contentSecurityPolicy(): Plugin {
  return {
    name: 'magnesium-sim:content-security-policy',
    apply: 'build',
    enforce: 'post',
    // Last, after the inlining (which is 'post' too and comes first in the plugin list).
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const html = bundle['index.html'];
        if (!html || html.type !== 'asset' || typeof html.source !== 'string') return;
        html.source = withPolicy(html.source);
      },
    },
  };
}
