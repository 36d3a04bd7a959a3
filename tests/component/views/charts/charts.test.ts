/** The five charts render inside an AppState: headings, axes with units, bands, lines, live points. */
import { screen, within } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import AbsorptionCurve from '../../../../src/views/charts/AbsorptionCurve.svelte';
import FlowsChart from '../../../../src/views/charts/FlowsChart.svelte';
import PoolsChart from '../../../../src/views/charts/PoolsChart.svelte';
import RenalCurve from '../../../../src/views/charts/RenalCurve.svelte';
import SerumChart from '../../../../src/views/charts/SerumChart.svelte';
import { renderWithApp } from '../../harness.ts';

const svgText = (container: HTMLElement) =>
  [...container.querySelectorAll('svg text')].map((t) => t.textContent ?? '');

const tspans = (container: HTMLElement, testId: string) =>
  [...container.querySelectorAll(`[data-testid="${testId}"] tspan`)].map((t) => t.textContent);

const pointX = (container: HTMLElement) =>
  Number(container.querySelector('[data-testid="operating-point"]')?.getAttribute('cx'));

describe('SerumChart', () => {
  it('has a heading, axes with units, the normal band and the thresholds, labelled', () => {
    const { container } = renderWithApp(SerumChart);
    expect(screen.getByRole('heading', { level: 3, name: 'Verloop van het serum-Mg' })).toBeInTheDocument();
    const texts = svgText(container);
    expect(texts).toContain('Serum-Mg (mmol/L)');
    expect(texts).toContain('Tijd (dagen)');
    expect(tspans(container, 'normal-band-label')).toEqual(['Normaal', '0,75–0,95']);
    expect(texts).toContain('Ernstige hypomagnesiëmie (onder 0,5)');
    expect(texts).toContain('Hypermagnesiëmie (boven 1,05)');
    expect(texts).toContain('Nu (dag 0)');
  });

  it('is one image with the key numbers in its name, and a text table', () => {
    const { container } = renderWithApp(SerumChart);
    const img = screen.getByRole('img');
    expect(img.getAttribute('aria-label')).toMatch(/Serum-Mg op dag 0: 0,85 mmol\/L \(Normaal\)/);
    const table = container.querySelector('.visually-hidden table') as HTMLElement;
    expect(within(table).getByRole('rowheader', { name: 'Serum-Mg (mmol/L)' })).toBeInTheDocument();
  });

  it('draws the projection from today as one path', () => {
    const { container } = renderWithApp(SerumChart);
    const paths = container.querySelectorAll('[data-testid="projection-path"]');
    expect(paths).toHaveLength(1);
    expect(paths[0].getAttribute('d')).toMatch(/^M52,/);
  });

  it('shows the baseline after a scenario is loaded', () => {
    const { container, app } = renderWithApp(SerumChart);
    expect(container.querySelector('[data-testid="baseline-path"]')).toBeNull();
    app.loadScenario('ppi-long-term');
    flushSync();
    expect(container.querySelector('[data-testid="baseline-path"]')?.getAttribute('d')).toMatch(/^M/);
    expect(svgText(container)).toContain('Vergelijkingslijn');
    expect(screen.getByRole('img').getAttribute('aria-label')).toContain(
      'De vergelijkingslijn staat op dag 0 op 0,85 mmol/L.',
    );
  });

  it('draws the same path for the same state (snapshot)', () => {
    const { container, app } = renderWithApp(SerumChart, {}, { scenarioId: 'depletion-experiment' });
    for (let i = 0; i < 7; i++) app.step();
    flushSync();
    const d = (id: string) => container.querySelector(`[data-testid="${id}"]`)?.getAttribute('d');
    expect({
      history: d('history-path'),
      projection: d('projection-path'),
      baseline: d('baseline-path'),
    }).toMatchSnapshot();
  });

  it('speaks English when the locale is English', () => {
    const { container } = renderWithApp(SerumChart, {}, { locale: 'en' });
    expect(screen.getByRole('heading', { level: 3, name: 'Serum Mg over time' })).toBeInTheDocument();
    expect(tspans(container, 'normal-band-label')).toEqual(['Normal', '0.75–0.95']);
  });
});

describe('PoolsChart', () => {
  it('labels every pool directly and shows % of a healthy adult', () => {
    const { container } = renderWithApp(PoolsChart);
    expect(screen.getByRole('heading', { level: 3, name: 'Voorraden in het lichaam' })).toBeInTheDocument();
    const texts = svgText(container);
    for (const label of ['Bloed', 'Botoppervlak', 'Bot (vast gebonden)', 'Spieren', 'Andere weefsels'])
      expect(texts).toContain(label);
    expect(texts).toContain('% van een gezonde volwassene');
    expect(container.querySelectorAll('[data-testid="projection-path"]')).toHaveLength(5);
    expect(screen.getByRole('img').getAttribute('aria-label')).toContain('botoppervlak 100%');
  });

  it('gives each pool its own dash pattern', () => {
    const { container } = renderWithApp(PoolsChart);
    const dashes = [...container.querySelectorAll('[data-testid="history-path"]')].map((p) =>
      p.getAttribute('stroke-dasharray'),
    );
    expect(new Set(dashes).size).toBe(5);
  });
});

describe('FlowsChart', () => {
  it('shows the four flows with the unit on the axis and follows the unit toggle', () => {
    const { container, app } = renderWithApp(FlowsChart);
    expect(screen.getByRole('heading', { level: 3, name: 'Stromen per dag' })).toBeInTheDocument();
    expect(svgText(container)).toContain('Magnesium (mg/dag)');
    for (const label of ['Inname', 'Absorptie', 'Urine', 'Stoelgang'])
      expect(svgText(container)).toContain(label);
    expect(screen.getByRole('img').getAttribute('aria-label')).toContain('inname 350');
    app.unit = 'mmol';
    flushSync();
    expect(svgText(container)).toContain('Magnesium (mmol/dag)');
    expect(screen.getByRole('img').getAttribute('aria-label')).toContain('inname 14,4');
  });
});

describe('AbsorptionCurve', () => {
  it('has axes with units and moves its operating point with the intake', () => {
    const { container, app } = renderWithApp(AbsorptionCurve);
    expect(
      screen.getByRole('heading', { level: 3, name: 'Geabsorbeerd deel bij stijgende inname' }),
    ).toBeInTheDocument();
    expect(svgText(container)).toEqual(expect.arrayContaining(['Inname (mg/dag)', 'Geabsorbeerd deel (%)']));
    expect(screen.getByRole('img').getAttribute('aria-label')).toContain('Nu: 40% van 350 mg/dag');
    const before = pointX(container);
    app.setInput('intakeMgPerDay', 100);
    flushSync();
    expect(pointX(container)).toBeLessThan(before);
    expect(container.querySelector('[data-curve="reference"]')).not.toBeNull();
  });
});

describe('RenalCurve', () => {
  it('marks the threshold and the normal band, and the threshold moves with a loop diuretic', () => {
    const { container, app } = renderWithApp(RenalCurve);
    expect(screen.getByRole('heading', { level: 3, name: /nierdrempel/ })).toBeInTheDocument();
    expect(svgText(container)).toEqual(
      expect.arrayContaining(['Serum-Mg (mmol/L)', 'Urine-Mg (mg/dag)', 'Normaal']),
    );
    expect(tspans(container, 'renal-threshold-label')).toEqual(['Nierdrempel', '0,82 mmol/L']);
    const thresholdX = () =>
      Number(container.querySelector('[data-testid="renal-threshold"]')?.getAttribute('x1'));
    const before = thresholdX();
    app.setInput('diuretic', 'loop');
    flushSync();
    expect(thresholdX()).toBeLessThan(before);
  });

  it('puts the operating point at today’s serum and urine', () => {
    const { container, app } = renderWithApp(RenalCurve);
    const before = pointX(container);
    app.loadScenario('ppi-long-term');
    for (let i = 0; i < 30; i++) app.step();
    flushSync();
    expect(pointX(container)).toBeLessThan(before);
  });
});
