/**
 * Vite plugin: inline the built JS and CSS into index.html, so the site is one file that opens
 * straight from a folder or USB stick (file://), offline, where browsers refuse to fetch module
 * scripts. Served over http it works the same. The SVG favicon goes in as a data: URL too: Chromium
 * asks for the icon again at every address-bar update, and the page should send no request at all
 * while it is used.
 *
 * Web workers (imported with `?worker&url`) are bundled by Vite as files of their own; they are
 * moved into the page as inert `<script type="text/plain" data-worker="FILE">` elements, which the
 * page turns into a Blob URL when it starts the worker (src/state/analysis/workerSource.ts). They
 * are data until then: nothing of them is parsed at start-up.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin, Rolldown } from 'vite';

/**
 * Non-ASCII characters in CSS as escapes (`▸` → `\25b8 `; the space ends the escape), so the whole
 * page is ASCII, like the scripts (vite.config.ts: `charset: 'ascii'`): the browser then decodes
 * it as one-byte text. Valid wherever CSS allows such a character: in strings and identifiers.
 */
export const asciiCss = (css: string): string =>
  css.replace(/[\u0080-\u{10ffff}]/gu, (ch) => `\\${(ch.codePointAt(0) ?? 0).toString(16)} `);

/** '</script' inside the code would end the inline element early. */
const escapeScript = (code: string): string => code.replace(/<\/script/gi, '<\\/script');

/**
 * '<!--' followed later by '<script' switches the HTML parser into a state where '</script>' no
 * longer ends the element (HTML spec: script data double escaped state). Fail loudly rather than
 * ship a broken page.
 */
function assertInlinable(fileName: string, code: string): void {
  if (code.includes('<!--') && /<script[\s/>]/i.test(code))
    throw new Error(`${fileName} contains "<!--" and "<script" and cannot be inlined safely into index.html`);
}

export function inlineAssets(): Plugin {
  let publicDir = '';
  return {
    name: 'magnesium-sim:inline-assets',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      publicDir = config.publicDir;
    },
    // After every other generateBundle (Vite's own too: it fills in the preload arguments of the
    // import() calls in main.ts, which must be done before the code is moved into the page).
    generateBundle: { order: 'post', handler: inline },
  };

  function inline(_options: unknown, bundle: Rolldown.OutputBundle): void {
    const html = bundle['index.html'];
    if (!html || html.type !== 'asset' || typeof html.source !== 'string') return;
    let source = html.source;
    const workers: string[] = [];
    for (const [fileName, item] of Object.entries(bundle)) {
      const escaped = fileName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      if (item.type === 'chunk' && item.isEntry) {
        const tag = new RegExp(`<script type="module"[^>]*src="\\./${escaped}"[^>]*></script>`);
        assertInlinable(fileName, item.code);
        const code = escapeScript(item.code);
        source = source.replace(tag, () => `<script type="module">${code}</script>`);
        delete bundle[fileName];
      } else if (item.type === 'asset' && fileName.endsWith('.css')) {
        const tag = new RegExp(`<link rel="stylesheet"[^>]*href="\\./${escaped}"[^>]*>`);
        source = source.replace(tag, () => `<style>${asciiCss(String(item.source))}</style>`);
        delete bundle[fileName];
      } else if (item.type === 'asset' && fileName.endsWith('.js')) {
        const code = String(item.source);
        assertInlinable(fileName, code);
        const name = fileName.split('/').pop() ?? fileName;
        workers.push(`<script type="text/plain" data-worker="${name}">${escapeScript(code)}</script>`);
        delete bundle[fileName];
      }
    }
    if (workers.length) source = source.replace('</body>', () => `${workers.join('')}</body>`);
    html.source = inlineSvgIcon(source, publicDir);
  }
}

/** `<link rel="icon" href="./x.svg">` → the same link with the SVG as a data: URL. */
function inlineSvgIcon(html: string, publicDir: string): string {
  return html.replace(/(<link rel="icon" href=")\.\/([\w.-]+\.svg)(")/, (_all, start, file, end) => {
    const svg = readFileSync(path.join(publicDir, file), 'utf8').trim();
    return `${start}data:image/svg+xml,${encodeURIComponent(svg)}${end}`;
  });
}
