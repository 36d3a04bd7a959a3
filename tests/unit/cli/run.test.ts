import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../../src/cli/args.ts';
import { runCli, type RunReport } from '../../../src/cli/run.ts';
import { DEFAULT_INPUTS, SERIES_NAMES } from '../../../src/model/index.ts';

function run(...argv: string[]): RunReport {
  const c = parseArgs(argv);
  if (c.kind !== 'run') throw new Error('expected a run command');
  return runCli(c.options);
}

/** The quantities the contract promises, in series and in a steady state. */
const CONTRACT_QUANTITIES = [
  'serumMgMmolPerL',
  'ionisedMgMmolPerL',
  'absorbedMgPerDay',
  'fractionalAbsorption',
  'faecesMgPerDay',
  'urineMgPerDay',
  'fractionalExcretion',
  'extracellularMg',
  'boneSurfaceMg',
  'deepBoneMg',
  'muscleMg',
  'softTissueMg',
  'totalBodyMg',
];

const last = (xs: number[]) => xs[xs.length - 1];

describe('runCli: output shape', () => {
  it('gives every series as a plain array of days+1 finite numbers, day 0 … N', () => {
    const { output, notices } = run('--days', '20');
    expect(notices).toEqual([]);
    expect(Object.keys(output)).toEqual(['inputs', 'clinical', 'series']);
    const series = output.series!;
    expect(Object.keys(series)).toEqual([...SERIES_NAMES]);
    expect(Object.keys(series)).toEqual(expect.arrayContaining(CONTRACT_QUANTITIES));
    for (const name of SERIES_NAMES) {
      expect(Array.isArray(series[name])).toBe(true);
      expect(series[name]).toHaveLength(21);
      expect(series[name].every(Number.isFinite)).toBe(true);
    }
    expect(series.day).toEqual(Array.from({ length: 21 }, (_, i) => i));
    for (const f of [series.fractionalAbsorption, series.fractionalExcretion])
      expect(f.every((x) => x >= 0 && x <= 1)).toBe(true);
  });

  it('echoes the inputs used: model inputs, scenario, days, baseline and events', () => {
    const { output } = run('--days', '10', '--event', '5:ppi=typical');
    expect(output.inputs).toEqual({
      ...DEFAULT_INPUTS,
      scenario: null,
      days: 10,
      baselineIntakeMgPerDay: 350,
      events: [{ day: 5, changes: { ppi: 'typical' } }],
    });
  });

  it('gives the clinical band and alerts for the last day', () => {
    expect(run('--days', '5').output.clinical).toEqual({ band: 'normal', alerts: [] });
    const { output } = run('--days', '30', '--supplement-mg', '800');
    expect(output.clinical.alerts).toContain('laxative-likely');
  });

  it('prints the steady state as single numbers, with no series and no run fields', () => {
    const { output } = run('--steady-state');
    expect(output.series).toBeUndefined();
    const ss = output.steadyState!;
    expect(Object.keys(ss)).toEqual(expect.arrayContaining(CONTRACT_QUANTITIES));
    expect(Object.keys(ss)).not.toContain('day');
    for (const v of Object.values(ss)) expect(Number.isFinite(v)).toBe(true);
    expect(ss.serumMgMmolPerL).toBeCloseTo(0.85, 3);
    expect(output.inputs).toEqual({ ...DEFAULT_INPUTS, scenario: null });
    expect(output.clinical.band).toBe('normal');
  });

  it('says which flags a steady state ignores', () => {
    const { notices } = run(
      '--steady-state',
      '--days',
      '10',
      '--event',
      '3:ppi=none',
      '--baseline-intake-mg',
      '1',
    );
    expect(notices).toEqual(['--steady-state ignores --days, --baseline-intake-mg, --event']);
  });
});

describe('runCli: reference physiology', () => {
  it('stays at the reference state by default: serum 0.85 ± 0.005 mmol/L, urine 100–125 mg/day', () => {
    const s = run().output.series!;
    expect(s.day).toHaveLength(366);
    for (const v of s.serumMgMmolPerL) expect(Math.abs(v - 0.85)).toBeLessThanOrEqual(0.005);
    for (const v of s.urineMgPerDay) expect(v >= 100 && v <= 125).toBe(true);
  });

  it('ends in severe hypomagnesaemia after four years of PPI (Janett 2015: 0.24 [0.15–0.30] mmol/L)', () => {
    const { output } = run('--scenario', 'ppi-long-term', '--days', '1460');
    expect(last(output.series!.serumMgMmolPerL)).toBeLessThan(0.5);
    expect(output.clinical.band).toBe('severe-hypo');
  });
});

describe('runCli: scenarios and precedence', () => {
  it('starts from the scenario’s inputs and baseline; --days stays 365', () => {
    const { output } = run('--scenario', 'breastfeeding');
    expect(output.inputs).toMatchObject({
      scenario: 'breastfeeding',
      conditions: ['lactation'],
      sex: 'female',
      ageYears: 31,
      intakeMgPerDay: 300,
      baselineIntakeMgPerDay: 300,
      days: 365,
    });
  });

  it('lets flags override the scenario’s inputs and baseline', () => {
    const { output } = run(
      ...['--scenario', 'breastfeeding', '--age', '25', '--intake-mg', '400'],
      ...['--baseline-intake-mg', '320', '--days', '2'],
    );
    expect(output.inputs).toMatchObject({ sex: 'female', ageYears: 25, intakeMgPerDay: 400 });
    expect(output.inputs.baselineIntakeMgPerDay).toBe(320);
  });

  it('replaces the scenario’s conditions with a --condition list', () => {
    const opts = ['--scenario', 'alcohol', '--days', '2'];
    expect(run(...opts, '--condition', 'elderly').output.inputs.conditions).toEqual(['elderly']);
    expect(run(...opts, '--condition', 'none').output.inputs.conditions).toEqual([]);
    expect(run(...opts).output.inputs.conditions).toEqual(['alcohol']);
  });

  it('keeps the scenario’s events, before command-line events on the same day', () => {
    const { output } = run('--scenario', 'ppi-stop', '--days', '1500', '--event', '1460:ppi=typical');
    expect(output.inputs.events).toEqual([
      { day: 1460, changes: { ppi: 'none' } },
      { day: 1460, changes: { ppi: 'typical' } },
    ]);
  });

  it('drops a scenario event after the last day, with a notice', () => {
    const { output, notices } = run('--scenario', 'ppi-stop', '--days', '100');
    expect(output.inputs.events).toEqual([]);
    expect(notices).toEqual([
      'scenario ppi-stop: its event on day 1460 is after the last day (100); ignored',
    ]);
  });

  it('makes a flag override change the run, and an event change it from its day on', () => {
    const plain = run('--days', '60').output.series!.serumMgMmolPerL;
    const ppi = run('--days', '60', '--condition', 'gi-disease').output.series!.serumMgMmolPerL;
    const late = run('--days', '60', '--event', '30:condition=+gi-disease').output.series!.serumMgMmolPerL;
    expect(last(ppi)).toBeLessThan(last(plain) - 0.05);
    expect(late[30]).toBeCloseTo(plain[30], 9);
    expect(last(late)).toBeLessThan(last(plain) - 0.02);
  });

  it('turns condition edits into full lists in day order', () => {
    const { output } = run(
      ...['--scenario', 'alcohol', '--days', '100'],
      ...[
        '--event',
        '50:condition=-alcohol',
        '--event',
        '20:condition=+elderly',
        '--event',
        '80:condition=none',
      ],
      ...['--event', '90:condition=gi-disease', '--event', '90:condition=gi-disease'],
    );
    expect(output.inputs.events).toEqual([
      { day: 20, changes: { conditions: ['alcohol', 'elderly'] } },
      { day: 50, changes: { conditions: ['elderly'] } },
      { day: 80, changes: { conditions: [] } },
      { day: 90, changes: { conditions: ['gi-disease'] } },
      { day: 90, changes: { conditions: ['gi-disease'] } },
    ]);
  });
});

describe('runCli: clamping', () => {
  it('clamps out-of-range values, echoes what was used and says so once per value', () => {
    const { output, notices } = run(
      ...['--intake-mg', '5000', '--gfr-ml-min', '0', '--doses', '9', '--age', '40.4'],
      ...['--baseline-intake-mg', '2500', '--days', '3'],
    );
    expect(output.inputs).toMatchObject({
      intakeMgPerDay: 2000,
      gfrMlPerMin: 5,
      supplementDosesPerDay: 6,
      ageYears: 40,
      baselineIntakeMgPerDay: 2000,
    });
    expect(notices).toEqual([
      "--intake-mg 5000 is outside the model's range 0–2000 mg/d; using 2000",
      "--doses 9 is outside the model's range 1–6 doses/d; using 6",
      "--gfr-ml-min 0 is outside the model's range 5–180 mL/min; using 5",
      '--age 40.4 is not a whole number; using 40',
      "--baseline-intake-mg 2500 is outside the model's range 0–2000 mg/d; using 2000",
    ]);
  });

  it('clamps event values too', () => {
    const { output, notices } = run('--days', '10', '--event', '5:supplement-mg=7000');
    expect(output.inputs.events).toEqual([{ day: 5, changes: { supplementMgPerDay: 6000 } }]);
    expect(notices).toEqual([
      `--event "5:supplement-mg=7000": supplement-mg 7000 is outside the model's range 0–6000 mg/d; using 6000`,
    ]);
  });

  it('says nothing for values in range', () => {
    expect(run('--intake-mg', '2000', '--gfr-ml-min', '5', '--days', '1').notices).toEqual([]);
  });

  // Issue 10, defect 4: doses 2.5 is handled as the page handles it (rounded, "not whole").
  it('rounds a fraction of a dose with the notice the page gives, and clamps 0 doses to 1', () => {
    const { output, notices } = run('--doses', '2.5', '--days', '1');
    expect(output.inputs.supplementDosesPerDay).toBe(3);
    expect(notices).toEqual(['--doses 2.5 is not a whole number; using 3']);
    expect(run('--doses', '0', '--days', '1').notices).toEqual([
      "--doses 0 is outside the model's range 1–6 doses/d; using 1",
    ]);
  });
});

// Issue 10, defect 9: --sex male --condition lactation ran 25 mg/day of milk without a word.
describe('runCli: lactation needs a woman', () => {
  it('leaves lactation out for a man, with a notice, as the page does', () => {
    const { output, notices } = run('--sex', 'male', '--condition', 'lactation', '--days', '3');
    expect(output.inputs.conditions).toEqual([]);
    expect(notices).toEqual(['condition lactation needs sex female; ignored at the start (sex is male)']);
    expect(output.series!.milkMgPerDay.every((v) => v === 0)).toBe(true);
  });

  it("drops a scenario's lactation when --sex male overrides it", () => {
    const { output, notices } = run('--scenario', 'breastfeeding', '--sex', 'male', '--days', '1');
    expect(output.inputs.conditions).toEqual([]);
    expect(notices).toHaveLength(1);
  });

  it('drops lactation from the day an event makes the person a man, or adds it for one', () => {
    const a = run(
      ...['--sex', 'female', '--condition', 'lactation', '--days', '10'],
      ...['--event', '5:sex=male', '--event', '7:condition=+lactation'],
    );
    expect(a.output.inputs.events).toEqual([
      { day: 5, changes: { sex: 'male', conditions: [] } },
      { day: 7, changes: { conditions: [] } },
    ]);
    expect(a.notices).toEqual([
      'condition lactation needs sex female; ignored from day 5 (sex is male)',
      'condition lactation needs sex female; ignored from day 7 (sex is male)',
    ]);
    expect(a.output.series!.milkMgPerDay.slice(6).every((v) => v === 0)).toBe(true);
    expect(a.output.series!.milkMgPerDay[3]).toBeGreaterThan(0);
  });

  it('keeps lactation for a woman', () => {
    const { output, notices } = run('--scenario', 'breastfeeding', '--days', '1');
    expect(output.inputs.conditions).toEqual(['lactation']);
    expect(notices).toEqual([]);
  });
});
