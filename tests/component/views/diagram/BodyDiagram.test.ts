/** The animated body diagram as students see it: pools, serum, flows, highlight, units, particles. */
import { screen } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import BodyDiagram from '../../../../src/views/diagram/BodyDiagram.svelte';
import { renderWithApp } from '../../harness.ts';

const render = (initial = {}) => renderWithApp(BodyDiagram, {}, initial);
const svgText = (container: HTMLElement) => container.querySelector('svg[role="img"]')!.textContent ?? '';

describe('BodyDiagram', () => {
  it('renders every pool label and the serum value with its band in words', () => {
    const { container } = render();
    const text = svgText(container);
    for (const name of ['Bloed', 'Spieren', 'Andere weefsels', 'Botoppervlak', 'Bot (vast gebonden)'])
      expect(text).toContain(name);
    expect(text).toContain('0,85 mmol/L');
    expect(text).toContain('Normaal');
    expect(text).toContain('0,3%');
    expect(container.querySelectorAll('[data-pool]')).toHaveLength(5);
  });

  it('is one labelled image with the key numbers, plus a summary in words', () => {
    const { container } = render();
    const img = screen.getByRole('img', { name: /Serum-Mg 0,85 mmol\/L: Normaal/ });
    expect(img.getAttribute('aria-label')).toMatch(
      /Inname 350, absorptie 140, stoelgang 234 en urine 112 mg\/dag/,
    );
    const summary = container.querySelector('.visually-hidden')!.textContent!;
    expect(summary).toMatch(/Spieren: 6\.076 mg\. Dat is 100% van de gezonde hoeveelheid/);
    expect(summary).toContain('Urine: 112 mg/dag');
    expect(summary).toMatch(/in evenwicht met het bloed/);
  });

  it('puts a value with its unit on every flow and exchange', () => {
    const { container } = render({ locale: 'en' });
    const text = svgText(container);
    for (const v of ['350 mg/day', '140 mg/day', '24.3 mg/day', '234 mg/day', '112 mg/day'])
      expect(text).toContain(v);
    expect(container.querySelectorAll('[data-exchange]')).toHaveLength(4);
  });

  it('draws the breast-milk arrow only when lactating', () => {
    const { container, app } = render();
    expect(container.querySelector('[data-flow="milk"]')).toBeNull();
    app.setInputs({ sex: 'female', conditions: ['lactation'] }); // lactation needs a woman
    flushSync();
    expect(container.querySelector('[data-flow="milk"]')).not.toBeNull();
    expect(svgText(container)).toMatch(/Moedermelk: \d+ mg\/dag/);
  });

  it('highlights the flows a control just changed and announces them politely', () => {
    const { container, app } = render();
    expect(container.querySelector('.flow.highlighted')).toBeNull();
    app.setInput('intakeMgPerDay', 600);
    flushSync();
    const highlighted = [...container.querySelectorAll('.flow.highlighted')].map((g) =>
      g.getAttribute('data-flow'),
    );
    expect(highlighted).toContain('intake');
    expect(container.querySelector('[data-flow="urine"]')!.classList.contains('highlighted')).toBe(false);
    const live = screen.getByTestId('diagram-changes');
    expect(live.getAttribute('aria-live')).toBe('polite');
    expect(live.textContent).toMatch(/^Net veranderd: .*Inname/);
    // The new intake shows at once, even while the clock is paused.
    expect(svgText(container)).toContain('600 mg/dag');
  });

  it('switches every number between mg and mmol', () => {
    const { container, app } = render();
    expect(svgText(container)).toContain('6.076 mg');
    expect(svgText(container)).toContain('350 mg/dag');
    app.unit = 'mmol';
    flushSync();
    const text = svgText(container);
    expect(text).toContain('250 mmol');
    expect(text).toContain('14,4 mmol/dag');
    expect(text).not.toMatch(/\d mg\b/);
    expect(text).toContain('0,85 mmol/L'); // serum is always a concentration
  });

  it('moves the particles with the one clock and freezes them when it stops', () => {
    const { container, app } = render();
    const dots = () => container.querySelector('[data-flow="intake"] .particle-dots');
    // The dots are a dashed track; the clock moves its dash offset (views/diagram/particles.ts).
    const positions = () => dots()?.getAttribute('stroke-dashoffset') ?? '';
    expect(dots()?.getAttribute('d')).toMatch(/^M[\d.]+ [\d.]+ L/);
    expect(dots()?.getAttribute('stroke-dasharray')).toMatch(/^0 [\d.]+$/);
    const start = positions();
    expect(start).toMatch(/^-?[\d.]+$/);
    flushSync();
    expect(positions()).toEqual(start);
    app.tick(0.4); // paused: the clock does not move them
    flushSync();
    expect(positions()).toEqual(start);
    app.play();
    app.tick(0.2);
    flushSync();
    const moved = positions();
    expect(moved).not.toEqual(start);
    app.pause();
    app.tick(0.2);
    flushSync();
    expect(positions()).toEqual(moved);
  });

  it('shows the band with a shape and moves to the severe band when serum is very low', () => {
    const { container, app } = render();
    expect(container.querySelector('[data-band]')!.getAttribute('data-band')).toBe('normal');
    app.loadScenario('ppi-long-term');
    app.reveal();
    app.pause();
    app.jumpToSteadyState();
    flushSync();
    const gauge = container.querySelector('[data-band]')!;
    expect(gauge.getAttribute('data-band')).toBe('severe-hypo');
    expect(gauge.textContent).toContain('Ernstige hypomagnesiëmie');
    expect(gauge.querySelector('svg.icon path')).not.toBeNull();
  });
});
