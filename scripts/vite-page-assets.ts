/**
 * Vite plugin: the built page is index.html plus one classic script, so the site opens straight
 * from a folder or USB stick (file://), offline, where browsers refuse to fetch module scripts
 * (vite.config.ts builds the app as one IIFE). The script is `defer`red: the browser compiles it
 * while it arrives, off the main thread. (When it was inline, it was compiled in the HTML
 * parser's task, the longest of the page's opening: ~50 ms at 1x, four times that on a phone.)
 * The CSS goes into the page (the first paint needs it anyway), and so does the SVG favicon, as a
 * data: URL: Chromium asks for the icon again at every address-bar update, and the page should
 * send no request while it is used (its one request after opening is for the worker file below).
 *
 * Web workers (imported with `?worker&url`) are bundled by Vite as files of their own. A page
 * opened over file:// cannot start a worker from a file, so each worker file is rewritten as a
 * classic script that files the worker's code as a string (WORKER_SOURCES_GLOBAL), and the page's
 * script learns where that file is (WORKER_SOURCE_FILES_GLOBAL); src/state/analysis/workerSource.ts
 * loads it a second after the first screen is shown (not with the page: a quarter of the bytes)
 * and makes a Blob URL of the code. A string is data: nothing of it is parsed as code until then.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin, Rolldown } from 'vite';

/** Where a loaded worker file keeps the worker's code, by file name (as in workerSource.ts). */
export const WORKER_SOURCES_GLOBAL = 'mgWorkerSources';
/** Where the page's script finds each worker file, relative to index.html (as in workerSource.ts). */
export const WORKER_SOURCE_FILES_GLOBAL = 'mgWorkerSourceFiles';

/**
 * Non-ASCII characters in CSS as escapes (`▸` → `\25b8 `; the space ends the escape), so the whole
 * page is ASCII, like the scripts (vite.config.ts: `charset: 'ascii'`): the browser then decodes
 * it as one-byte text. Valid wherever CSS allows such a character: in strings and identifiers.
 */
export const asciiCss = (css: string): string =>
  css.replace(/[\u0080-\u{10ffff}]/gu, (ch) => `\\${(ch.codePointAt(0) ?? 0).toString(16)} `);

/** A string literal of the code, ASCII only (the script is; see vite.config.ts). */
const asciiStringLiteral = (code: string): string =>
  JSON.stringify(code).replace(
    /[\u0080-\uffff]/g,
    (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );

/** A worker file's content: a classic script that files the worker's code under its name. */
export function workerSourceScript(name: string, code: string): string {
  const sources = `globalThis.${WORKER_SOURCES_GLOBAL}`;
  return `(${sources}||(${sources}={}))[${JSON.stringify(name)}]=${asciiStringLiteral(code)};\n`;
}

/** The statement that tells the page's script where each worker file is. */
export function workerFilesStatement(files: ReadonlyMap<string, string>): string {
  const entries = [...files].map(([name, url]) => `${JSON.stringify(name)}:${JSON.stringify(url)}`);
  return `globalThis.${WORKER_SOURCE_FILES_GLOBAL}={${entries.join(',')}};\n`;
}

export function pageAssets(): Plugin {
  let publicDir = '';
  return {
    name: 'magnesium-sim:page-assets',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      publicDir = config.publicDir;
    },
    // After every other generateBundle (Vite's own too: it fills in the preload arguments of the
    // import() calls in main.ts, before the workers' files are named in the script).
    generateBundle: { order: 'post', handler: assemble },
  };

  function assemble(_options: unknown, bundle: Rolldown.OutputBundle): void {
    const html = bundle['index.html'];
    if (!html || html.type !== 'asset' || typeof html.source !== 'string') return;
    let source = html.source;
    const workerFiles = new Map<string, string>();
    let entry: Rolldown.OutputChunk | undefined;
    for (const [fileName, item] of Object.entries(bundle)) {
      const escaped = fileName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      if (item.type === 'chunk' && item.isEntry) {
        // A classic script: a module script from file:// is refused (its origin is opaque).
        const tag = new RegExp(`<script type="module"[^>]*src="\\./${escaped}"[^>]*></script>`);
        if (!tag.test(source)) throw new Error(`index.html has no script tag for ${fileName}`);
        source = source.replace(tag, () => `<script defer src="./${fileName}"></script>`);
        entry = item;
      } else if (item.type === 'asset' && fileName.endsWith('.css')) {
        const tag = new RegExp(`<link rel="stylesheet"[^>]*href="\\./${escaped}"[^>]*>`);
        source = source.replace(tag, () => `<style>${asciiCss(String(item.source))}</style>`);
        delete bundle[fileName];
      } else if (item.type === 'asset' && fileName.endsWith('.js')) {
        const name = fileName.split('/').pop() ?? fileName;
        item.source = workerSourceScript(name, String(item.source));
        workerFiles.set(name, `./${fileName}`);
      }
    }
    if (!entry) throw new Error('the build has no entry script');
    // Before the app's code, so it is known whenever the app starts a worker.
    if (workerFiles.size) entry.code = workerFilesStatement(workerFiles) + entry.code;
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
