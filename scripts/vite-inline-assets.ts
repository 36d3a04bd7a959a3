/**
 * Vite plugin: inline the built JS and CSS into index.html, so the site is one file that opens
 * straight from a folder or USB stick (file://), offline, where browsers refuse to fetch module
 * scripts. Served over http it works the same.
 */
import type { Plugin } from 'vite';

export function inlineAssets(): Plugin {
  return {
    name: 'magnesium-sim:inline-assets',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const html = bundle['index.html'];
      if (!html || html.type !== 'asset' || typeof html.source !== 'string') return;
      let source = html.source;
      for (const [fileName, item] of Object.entries(bundle)) {
        const escaped = fileName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        if (item.type === 'chunk' && item.isEntry) {
          const tag = new RegExp(`<script type="module"[^>]*src="\\./${escaped}"[^>]*></script>`);
          // '</script' inside the code would end the inline element early.
          const code = item.code.replace(/<\/script/gi, '<\\/script');
          source = source.replace(tag, () => `<script type="module">${code}</script>`);
          delete bundle[fileName];
        } else if (item.type === 'asset' && fileName.endsWith('.css')) {
          const tag = new RegExp(`<link rel="stylesheet"[^>]*href="\\./${escaped}"[^>]*>`);
          source = source.replace(tag, () => `<style>${String(item.source)}</style>`);
          delete bundle[fileName];
        }
      }
      html.source = source;
    },
  };
}
