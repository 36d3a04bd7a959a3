/**
 * Screenshots of a running magnesium-sim for a developer to look at.
 *
 *   npm run dev                       # or: npm run build && npm run preview
 *   npm run screenshots               # default --url http://localhost:5173/
 *   npx tsx scripts/screenshot.ts --url http://localhost:4173/ --out test-output/screenshots
 *
 * Shoots nl and en (?locale=), light and dark (prefers-color-scheme), at 1366×768 and 1920×1080:
 * <out>/<locale>-<scheme>-<width>x<height>.png. Builds nothing; uses Debian's /usr/bin/chromium.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import {
  launchBrowser,
  openPage,
  saveScreenshot,
  SCREENSHOT_DIR,
  VIEWPORTS,
  type ColorScheme,
  type Locale,
} from '../tests/browser/browser.ts';

const { values } = parseArgs({
  options: {
    url: { type: 'string', default: 'http://localhost:5173/' },
    out: { type: 'string', default: SCREENSHOT_DIR },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

if (values.help) {
  console.log('usage: npx tsx scripts/screenshot.ts [--url URL] [--out DIR]');
  process.exit(0);
}

const url = values.url;
const out = path.resolve(values.out);

try {
  await fetch(url);
} catch {
  console.error(
    `No server at ${url}. Start one (npm run dev, or npm run build && npm run preview) or pass --url.`,
  );
  process.exit(1);
}

const locales: Locale[] = ['nl', 'en'];
const schemes: ColorScheme[] = ['light', 'dark'];
const browser = await launchBrowser();
let problems = 0;
try {
  for (const locale of locales) {
    for (const colorScheme of schemes) {
      for (const viewport of Object.values(VIEWPORTS)) {
        const opened = await openPage(browser, url, { locale, colorScheme, viewport });
        const name = `${locale}-${colorScheme}-${viewport.width}x${viewport.height}`;
        const file = await saveScreenshot(opened.page, name, { dir: out });
        console.log(path.relative(process.cwd(), file));
        for (const error of opened.errors) {
          problems++;
          console.warn(`  ${error}`);
        }
        await opened.close();
      }
    }
  }
} finally {
  await browser.close();
}
if (problems > 0) console.warn(`${problems} console/page error(s) seen, see above.`);
