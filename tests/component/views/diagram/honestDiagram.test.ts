/**
 * The diagram does not understate or invent (issue: honest animation): arrow widths on the
 * square-root scale its legend shows, every flow drawn so the numbers add up, no percentage of
 * nothing at zero intake, and a jump to the steady state says how long it would really take.
 */
import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import { LOSSES } from '../../../../src/model/registry.ts';
import BodyDiagram from '../../../../src/views/diagram/BodyDiagram.svelte';
import TimeControls from '../../../../src/views/time/TimeControls.svelte';
import { renderWithApp } from '../../harness.ts';

const NO_INTAKE = { intakeMgPerDay: 0, waterMgPerL: 0, supplementMgPerDay: 0 };
const gutText = (container: HTMLElement) => container.querySelector('[data-organ="gut"]')?.textContent ?? '';

describe('honest diagram', () => {
  it.each([[[]], [['lactation']]] as const)(
    'draws every loss, so in = out at steady state (%s)',
    (conditions) => {
      const { container, app } = renderWithApp(
        BodyDiagram,
        {},
        { inputs: { sex: 'female', conditions: [...conditions] } },
      );
      app.jumpToSteadyState();
      flushSync();
      const drawn = new Set(
        [...container.querySelectorAll('[data-flow]')].map((e) => e.getAttribute('data-flow')),
      );
      const losses = LOSSES.filter(
        (f) => f.onlyWith === undefined || (conditions as readonly string[]).includes(f.onlyWith),
      );
      for (const f of losses) expect(drawn, f.id).toContain(f.id);
      const c = app.current;
      const out = losses.reduce((sum, f) => sum + c[f.series], 0);
      expect(Math.abs(c.intakeMgPerDay - out)).toBeLessThan(0.5);
      // The gut: what comes in and is secreted leaves as absorbed or in the stool.
      expect(
        Math.abs(c.intakeMgPerDay + c.endogenousFaecalMgPerDay - c.absorbedMgPerDay - c.faecesMgPerDay),
      ).toBeLessThan(0.5);
    },
  );

  it('says there is no intake at zero intake instead of a percentage of nothing', () => {
    const { container, app } = renderWithApp(BodyDiagram);
    expect(gutText(container)).toMatch(/\d+%\s*geabsorbeerd/);
    app.setInputs(NO_INTAKE);
    flushSync();
    expect(gutText(container)).not.toMatch(/%/);
    expect(gutText(container)).toContain('geen inname');
    app.locale = 'en';
    flushSync();
    expect(gutText(container)).toContain('no intake');
  });

  it('shows the square-root width scale with reference arrows in the legend, in both languages', () => {
    const { container, app } = renderWithApp(BodyDiagram);
    const scale = container.querySelector('[data-testid="width-scale"]')!;
    expect(scale.textContent).toContain('vierkantswortel');
    const widths = [...scale.querySelectorAll('[data-mg-per-day] line')].map((l) =>
      Number(l.getAttribute('stroke-width')),
    );
    expect(widths).toHaveLength(3);
    // 10× the flow: √10 ≈ 3.16× as wide.
    expect(widths[2] / widths[1]).toBeCloseTo(Math.sqrt(10), 1);
    expect(scale.textContent).toContain('1.000 mg/dag');
    app.locale = 'en';
    flushSync();
    expect(scale.textContent).toContain('square root');
    expect(scale.textContent).toContain('1,000 mg/day');
  });

  it('draws stool and urine apart by the square root of their ratio, not a log', () => {
    const { container, app } = renderWithApp(BodyDiagram);
    app.setInputs({ intakeMgPerDay: 2000, supplementMgPerDay: 0 });
    flushSync();
    const width = (id: string) =>
      parseFloat((container.querySelector(`[data-flow="${id}"] .body`) as SVGElement).style.strokeWidth);
    const ratio = app.current.faecesMgPerDay / app.current.urineMgPerDay;
    expect(ratio).toBeGreaterThan(4);
    expect(width('faeces') / width('urine')).toBeCloseTo(Math.sqrt(ratio), 1);
  });
});

describe('steady state jump', () => {
  it('says how long reaching it would take at zero intake, in both languages', () => {
    const { container, app } = renderWithApp(TimeControls);
    app.setInputs(NO_INTAKE);
    app.jumpToSteadyState();
    flushSync();
    const note = () => container.querySelector('[data-testid="settling-note"]')?.textContent ?? '';
    expect(app.day).toBe(0);
    expect(note()).toMatch(/ongeveer \d+([,.]\d)? jaar/);
    expect(note()).toMatch(/serum: ongeveer/);
    app.locale = 'en';
    flushSync();
    expect(note()).toMatch(/about \d+(\.\d)? years/);
    app.setInputs({ intakeMgPerDay: 300 });
    flushSync();
    expect(note()).toBe('');
  });

  it('says nothing when the body is already in its steady state', () => {
    const { container, app } = renderWithApp(TimeControls);
    app.jumpToSteadyState();
    flushSync();
    expect(container.querySelector('[data-testid="settling-note"]')).toBeNull();
  });
});
