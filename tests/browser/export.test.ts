/**
 * Export for lab reports in the built app under its strict CSP (issue 9): the run as CSV (parsed:
 * the right columns, one row per day, the settings above it) and a chart as SVG and PNG, on a
 * laptop in English and on a phone in Dutch.
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { SERIES_NAMES } from '../../src/model/index.ts';
import { useBrowser, VIEWPORTS } from './helpers.ts';

async function downloaded(page: Page, button: string): Promise<{ name: string; bytes: Buffer }> {
  const control = page.getByRole('button', { name: button, exact: true });
  await control.scrollIntoViewIfNeeded();
  const [download] = await Promise.all([page.waitForEvent('download'), control.click()]);
  return { name: download.suggestedFilename(), bytes: await readFile((await download.path())!) };
}

/** Rows of a CSV without its `#` comment lines; quoted fields may hold the separator. */
const parse = (text: string, separator: string): string[][] =>
  text
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n')
    .filter((l) => !l.startsWith('#'))
    .map((l) =>
      [...l.matchAll(new RegExp(`("(?:[^"]|"")*"|[^${separator}]*)(?:${separator}|$)`, 'g'))]
        .map((m) => m[1].replace(/^"|"$/g, '').replace(/""/g, '"'))
        .slice(0, -1),
    );

describe('export', () => {
  const browser = useBrowser();

  it('laptop (en): the run as CSV, the serum chart as SVG and PNG', async () => {
    const { page, errors } = await browser.open({
      locale: 'en',
      viewport: VIEWPORTS.laptop,
      query: { scenario: 'thiazide', day: '12' },
    });
    const csv = await downloaded(page, 'Download the course (CSV)');
    expect(csv.name).toBe('magnesium-course.csv');
    const text = csv.bytes.toString('utf8');
    expect(text).toContain('# Scenario: Thiazide diuretic (hydrochlorothiazide)');
    expect(text).toMatch(/^# Water tablet \(diuretic\): .*thiazide/im);
    expect(text).toContain('# Columns separated by a comma (,), decimal separator a point (.).');
    const rows = parse(text, ',');
    expect(rows[0]).toHaveLength(SERIES_NAMES.length);
    expect(rows[0].slice(0, 2)).toEqual(['Time (day)', 'Serum Mg (mmol/L)']);
    expect(rows.slice(1).map((r) => r[0])).toEqual(Array.from({ length: 13 }, (_, d) => String(d)));
    expect(Number(rows[13][1])).toBeGreaterThan(0.3);

    const svg = await downloaded(page, 'Serum Mg over time as SVG');
    expect(svg.name).toBe('serum-mg-over-time.svg');
    expect(svg.bytes.toString('utf8')).toMatch(/^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg.bytes.toString('utf8')).toContain('Serum Mg over time');
    const png = await downloaded(page, 'Serum Mg over time as PNG');
    expect(png.bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(png.bytes.length).toBeGreaterThan(5000);
    expect(errors).toEqual([]);
  });

  it('phone (nl): the CSV with semicolons and decimal commas', async () => {
    const { page, errors } = await browser.open({
      locale: 'nl',
      viewport: { width: 390, height: 844 },
      query: { scenario: 'ppi-long-term' },
    });
    const csv = await downloaded(page, 'Download het verloop (CSV)');
    const text = csv.bytes.toString('utf8');
    expect(text).toContain('# Kolommen gescheiden door een puntkomma (;), decimaalteken een komma (,).');
    const rows = parse(text, ';');
    expect(rows[0][1]).toBe('Serum-Mg (mmol/L)');
    expect(rows[1][1]).toMatch(/^0,8\d*$/);
    const png = await downloaded(page, 'Voorraden in het lichaam als PNG');
    expect(png.bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(errors).toEqual([]);
  });
});
