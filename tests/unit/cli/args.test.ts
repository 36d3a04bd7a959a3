import { describe, expect, it } from 'vitest';
import { parseArgs, ParseError, type CliOptions } from '../../../src/cli/args.ts';

/** Options of a command line that must parse. */
function options(...argv: string[]): CliOptions {
  const c = parseArgs(argv);
  if (c.kind !== 'run') throw new Error('expected a run command');
  return c.options;
}

/** The message of a command line that must be rejected. */
function error(...argv: string[]): string {
  try {
    parseArgs(argv);
  } catch (e) {
    expect(e).toBeInstanceOf(ParseError);
    const message = (e as ParseError).message;
    expect(message).not.toContain('\n');
    return message;
  }
  throw new Error(`expected ${argv.join(' ')} to be rejected`);
}

describe('parseArgs: defaults and flags', () => {
  it('gives defaults for an empty command line', () => {
    expect(options()).toEqual({
      scenarioId: null,
      inputs: {},
      days: null,
      baselineIntakeMgPerDay: null,
      events: [],
      steadyState: false,
      format: 'json',
      analysis: null,
    });
  });

  it('reads every input flag into model input names', () => {
    const o = options(
      ...['--intake-mg', '300', '--water-mg-per-l', '120', '--water-l', '1.5'],
      ...['--supplement-mg', '250', '--doses', '2', '--diuretic', 'thiazide', '--ppi', 'typical'],
      ...['--condition', 'type2-diabetes', '--gfr-ml-min', '60', '--phytate-mmol', '1.2'],
      ...['--sex', 'female', '--age', '67'],
    );
    expect(o.inputs).toEqual({
      intakeMgPerDay: 300,
      waterMgPerL: 120,
      waterLPerDay: 1.5,
      supplementMgPerDay: 250,
      supplementDosesPerDay: 2,
      diuretic: 'thiazide',
      ppi: 'typical',
      conditions: ['type2-diabetes'],
      gfrMlPerMin: 60,
      phytateMmolPerMeal: 1.2,
      sex: 'female',
      ageYears: 67,
    });
  });

  it('reads run flags', () => {
    const o = options(
      '--scenario',
      'ppi-stop',
      '--days',
      '30',
      '--baseline-intake-mg',
      '200',
      '--format',
      'csv',
    );
    expect(o).toMatchObject({ scenarioId: 'ppi-stop', days: 30, baselineIntakeMgPerDay: 200, format: 'csv' });
    expect(options('--steady-state').steadyState).toBe(true);
  });

  it('accepts --flag=value and exponent notation', () => {
    expect(options('--intake-mg=1.2e2').inputs.intakeMgPerDay).toBe(120);
  });

  it('collects repeated --condition, without duplicates', () => {
    const o = options('--condition', 'alcohol', '--condition', 'elderly', '--condition', 'alcohol');
    expect(o.inputs.conditions).toEqual(['alcohol', 'elderly']);
  });

  it('takes --condition none as an empty list (clears a scenario’s)', () => {
    expect(options('--condition', 'none').inputs.conditions).toEqual([]);
  });

  it('returns help for --help, wherever it stands (before or after a bad option)', () => {
    expect(parseArgs(['--help'])).toEqual({ kind: 'help' });
    expect(parseArgs(['--days', '3', '--help', '--bogus'])).toEqual({ kind: 'help' });
    expect(parseArgs(['--bogus', '--help'])).toEqual({ kind: 'help' });
    expect(parseArgs(['--intake-mg', 'abc', '--help'])).toEqual({ kind: 'help' });
    expect(error('--help=1')).toBe('--help takes no value');
  });

  it('reads a condition list like a link does: alcohol,elderly', () => {
    expect(options('--condition', 'alcohol,elderly', '--condition', 'alcohol').inputs.conditions).toEqual([
      'alcohol',
      'elderly',
    ]);
  });

  it('leaves fractional doses and ages for run.ts to round, as the page does', () => {
    expect(options('--doses', '2.5', '--age', '40.5').inputs).toEqual({
      supplementDosesPerDay: 2.5,
      ageYears: 40.5,
    });
  });

  it('leaves out-of-range numbers for run.ts to clamp', () => {
    expect(options('--gfr-ml-min', '0', '--age', '40.5').inputs).toEqual({ gfrMlPerMin: 0, ageYears: 40.5 });
  });
});

describe('parseArgs: events', () => {
  it('reads DAY:OPTION=VALUE for numbers and choices', () => {
    const o = options('--event', '400:ppi=none', '--event', '30:supplement-mg=0', '--days', '500');
    expect(o.events).toEqual([
      { day: 400, text: '400:ppi=none', option: 'ppi', changes: { ppi: 'none' } },
      { day: 30, text: '30:supplement-mg=0', option: 'supplement-mg', changes: { supplementMgPerDay: 0 } },
    ]);
  });

  it('reads every input option as an event option', () => {
    const o = options(
      ...['--event', '1:intake-mg=1', '--event', '1:water-mg-per-l=2', '--event', '1:water-l=3'],
      ...['--event', '1:supplement-mg=4', '--event', '1:doses=5', '--event', '1:diuretic=loop'],
      ...['--event', '1:ppi=typical', '--event', '1:gfr-ml-min=6', '--event', '1:phytate-mmol=0.5'],
      ...['--event', '1:sex=female', '--event', '1:age=70'],
    );
    expect(Object.assign({}, ...o.events.map((e) => e.changes))).toEqual({
      intakeMgPerDay: 1,
      waterMgPerL: 2,
      waterLPerDay: 3,
      supplementMgPerDay: 4,
      supplementDosesPerDay: 5,
      diuretic: 'loop',
      ppi: 'typical',
      gfrMlPerMin: 6,
      phytateMmolPerMeal: 0.5,
      sex: 'female',
      ageYears: 70,
    });
  });

  it('reads condition edits: +NAME and NAME add, -NAME removes, none clears', () => {
    const edits = options(
      ...['--event', '1:condition=+alcohol', '--event', '2:condition=elderly'],
      ...['--event', '3:condition=-alcohol', '--event', '4:condition=none'],
    ).events.map((e) => e.conditionEdit);
    expect(edits).toEqual([
      { op: 'add', condition: 'alcohol' },
      { op: 'add', condition: 'elderly' },
      { op: 'remove', condition: 'alcohol' },
      { op: 'clear' },
    ]);
  });

  it('accepts days 0 and --days itself, and fractional days', () => {
    expect(options('--days', '10', '--event', '0:ppi=typical', '--event', '10:ppi=none').events).toHaveLength(
      2,
    );
    expect(options('--event', '2.5:ppi=none').events[0].day).toBe(2.5);
  });

  it('checks event days against --days given after the event', () => {
    expect(error('--event', '40:ppi=none', '--days', '30')).toBe(
      '--event "40:ppi=none": DAY must be from 0 to 30 (the run length), got 40',
    );
  });

  it.each([
    [['--event', '30'], '--event expects DAY:OPTION=VALUE (e.g. 30:supplement-mg=0), got "30"'],
    [['--event', 'x:ppi=none'], '--event "x:ppi=none": DAY expects a number of days, got "x"'],
    [['--event', '-1:ppi=none'], '--event "-1:ppi=none": DAY cannot be negative, got "-1"'],
    [
      ['--event', '366:ppi=none'],
      '--event "366:ppi=none": DAY must be from 0 to 365 (the run length), got 366',
    ],
    [['--event', '3:foo=1'], /^--event "3:foo=1": unknown option "foo"; options: intake-mg, /],
    [
      ['--event', '3:intake-mg=abc'],
      '--event "3:intake-mg=abc": intake-mg expects a number of mg/day, got "abc"',
    ],
    [
      ['--event', '3:ppi=sometimes'],
      /^--event "3:ppi=sometimes": ppi expects one of none, typical, susceptible/,
    ],
    [
      ['--event', '3:condition=+flu'],
      /^--event "3:condition=\+flu": condition expects none, NAME, \+NAME or -NAME/,
    ],
    [['--event', '3:days=4'], /unknown option "days"/],
  ])('rejects %j', (argv, message) => {
    if (typeof message === 'string') expect(error(...argv)).toBe(message);
    else expect(error(...argv)).toMatch(message);
  });
});

describe('parseArgs: bad input', () => {
  it.each([
    [['--intake-mg', 'abc'], '--intake-mg expects a number of mg/day, got "abc"'],
    [['--intake-mg', 'NaN'], '--intake-mg expects a number of mg/day, got "NaN"'],
    [['--intake-mg', 'Infinity'], '--intake-mg expects a number of mg/day, got "Infinity"'],
    [['--intake-mg', '1e999'], '--intake-mg expects a number of mg/day, got "1e999"'],
    [['--intake-mg', '0x10'], '--intake-mg expects a number of mg/day, got "0x10"'],
    [['--intake-mg='], '--intake-mg expects a number of mg/day, got ""'],
    [['--intake-mg', '-5'], '--intake-mg cannot be negative, got "-5"'],
    [['--water-l', '-1'], '--water-l cannot be negative, got "-1"'],
    [['--gfr-ml-min', '-30'], '--gfr-ml-min cannot be negative, got "-30"'],
    [['--age', '-2'], '--age cannot be negative, got "-2"'],
    [['--baseline-intake-mg', '-1'], '--baseline-intake-mg cannot be negative, got "-1"'],
    [['--doses', '2,5'], '--doses expects a whole number of doses per day, got "2,5"'],
    [['--gfr-ml-min', '0x10'], '--gfr-ml-min expects a number of mL/min, got "0x10"'],
    [['--intake-mg', ' '], '--intake-mg expects a number of mg/day, got " "'],
    [['--days', '0'], '--days expects a whole number of days from 1 to 36500, got "0"'],
    [['--days', '2.5'], '--days expects a whole number of days from 1 to 36500, got "2.5"'],
    [['--days', '36501'], '--days expects a whole number of days from 1 to 36500, got "36501"'],
    [
      ['--diuretic', 'osmotic'],
      '--diuretic expects one of none, loop, thiazide, potassium-sparing, got "osmotic"',
    ],
    [['--sex', 'x'], '--sex expects one of male, female, got "x"'],
    [['--format', 'xml'], '--format expects one of json, csv, got "xml"'],
    [
      ['--condition', 'flu'],
      /^--condition: unknown condition "flu" \(conditions: type2-diabetes, .*; or none\), got "flu"$/,
    ],
    [['--condition', 'alcohol,bogus'], /^--condition: unknown condition "bogus" .*, got "alcohol,bogus"$/],
    [['--condition', 'none,alcohol'], /^--condition: none cannot be combined with other conditions/],
    [
      ['--condition', 'none', '--condition', 'alcohol'],
      '--condition none cannot be combined with other conditions',
    ],
    [['--scenario', 'nope'], /^unknown scenario "nope"; valid ids: healthy-man, .*ppi-long-term/],
    [['--bogus'], 'unknown option "--bogus" (see --help)'],
    [['--bogus=1'], 'unknown option "--bogus" (see --help)'],
    [['-h'], 'unexpected argument "-h" (options start with --; see --help)'],
    [['300'], 'unexpected argument "300" (options start with --; see --help)'],
    [['--'], 'unexpected argument "--" (options start with --; see --help)'],
    [['--days'], '--days needs a value (a whole number of days)'],
    [['--intake-mg', '--days', '3'], '--intake-mg needs a value (a number of mg/day)'],
    [['--age', '40', '--age', '41'], '--age given more than once'],
    [['--scenario', 'alcohol', '--scenario', 'alcohol'], '--scenario given more than once'],
    [['--steady-state', '--steady-state'], '--steady-state given more than once'],
    [['--steady-state=yes'], '--steady-state takes no value'],
  ])('rejects %j', (argv, message) => {
    if (typeof message === 'string') expect(error(...argv)).toBe(message);
    else expect(error(...argv)).toMatch(message);
  });
});
