/** The --help text, built from the same tables the parser uses (ranges, choices, scenarios). */
import {
  CONDITIONS,
  DEFAULT_INPUTS,
  DIURETICS,
  FLOWS,
  INPUT_RANGES,
  POOLS,
  PPI_USE,
  REFERENCE_INTAKE_MG_PER_DAY,
  SEXES,
  SUPPLEMENT_FORMS,
} from '../model/index.ts';
import { SCENARIOS } from '../scenarios/scenarios.ts';
import { DEFAULT_DAYS, INPUT_OPTION_NAMES, INPUT_OPTIONS, MAX_DAYS } from './flags.ts';

const d = DEFAULT_INPUTS;

const OPTIONS: [string, string, string][] = [
  ['--scenario ID', 'start from a preset (list below)', 'none (healthy adult)'],
  ['--intake-mg N', 'dietary Mg, mg/day', String(d.intakeMgPerDay)],
  ['--water-mg-per-l N', 'Mg content of the drinking water, mg/L', String(d.waterMgPerL)],
  ['--water-l N', 'drinking water, L/day', String(d.waterLPerDay)],
  ['--supplement-mg N', 'supplemental elemental Mg, mg/day', String(d.supplementMgPerDay)],
  ['--doses N', 'the supplement split in N doses a day', String(d.supplementDosesPerDay)],
  ['--supplement-form FORM', `salt of the supplement: ${SUPPLEMENT_FORMS.join(' | ')}`, d.supplementForm],
  ['--diuretic KIND', DIURETICS.join(' | '), d.diuretic],
  ['--ppi USE', `proton-pump inhibitor: ${PPI_USE.join(' | ')}`, d.ppi],
  ['--condition NAME', 'repeatable, or NAME,NAME; see below', 'none'],
  ['--gfr-ml-min N', 'kidney function (GFR), mL/min', String(d.gfrMlPerMin)],
  ['--phytate-mmol N', 'phytic acid per meal, mmol', String(d.phytateMmolPerMeal)],
  ['--sex SEX', SEXES.join(' | '), d.sex],
  ['--age N', 'age, years', String(d.ageYears)],
  ['--days N', `length of the run, whole days 1–${MAX_DAYS}`, String(DEFAULT_DAYS)],
  [
    '--baseline-intake-mg N',
    'intake of the steady state the run starts from',
    `${REFERENCE_INTAKE_MG_PER_DAY}, or the scenario's`,
  ],
  ['--event DAY:OPTION=VALUE', 'change one input from DAY on; repeatable', 'none'],
  ['--steady-state', 'print the steady state for the inputs instead of a run', 'off'],
  ['--sensitivity', 'print the sensitivities of the steady state instead of a run', 'off'],
  ['--time-scales', 'print the time scales (modes) of the steady state instead', 'off'],
  ['--uncertainty N', 'print the 5–95% band of serum over N parameter sets (10–2000)', 'off'],
  ['--format FORMAT', 'json | csv', 'json'],
  ['--help', 'print this help and exit', ''],
];

const table = (rows: string[][]): string[] => {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  return rows.map(
    (r) =>
      '  ' +
      r
        .map((c, i) => c.padEnd(widths[i]))
        .join('  ')
        .trimEnd(),
  );
};

function rangeLines(): string[] {
  return INPUT_OPTION_NAMES.flatMap((name) => {
    const o = INPUT_OPTIONS[name];
    if (o.kind !== 'number') return [];
    const r = INPUT_RANGES[o.input];
    return [`${name} ${r.min}–${r.max} ${r.unit}`];
  });
}

export function usage(): string {
  return [
    'Usage: npm run --silent simulate -- [options]',
    '',
    'Runs the magnesium model without the browser and prints the run to stdout (JSON unless',
    '--format csv); messages go to stderr. The run starts at the healthy steady state at the',
    'baseline intake (no drug, no condition) and applies the inputs from day 0.',
    '',
    'Options:',
    ...table([['option', 'meaning', 'default'], ...OPTIONS]),
    '',
    `Conditions: ${CONDITIONS.join(', ')}. Repeat --condition or separate`,
    "names with commas for several; --condition none clears a scenario's conditions. lactation",
    'needs --sex female (for a man it is left out, with a notice).',
    '',
    'Events: OPTION is a flag name above without the dashes (intake-mg, ppi, age, ...). DAY is a',
    'number from 0 to --days. For conditions, condition=+NAME or condition=NAME adds one,',
    'condition=-NAME removes one and condition=none clears them all. Examples:',
    '  --event 400:ppi=none   --event 30:supplement-mg=0   --event 90:condition=+alcohol',
    '',
    "Scenarios: a scenario's inputs and events come first; flags override its inputs (a",
    '--condition list replaces its conditions) and --baseline-intake-mg its baseline. --days',
    `stays ${DEFAULT_DAYS} unless given.`,
    ...table([['id', 'suggested --days'], ...SCENARIOS.map((s) => [s.id, String(s.suggestedDays)])]),
    '',
    'Numbers are plain decimals (250, 1.5, 2e2; no hexadecimal); negative amounts are refused.',
    "A fraction of a whole-number input (doses, age) is rounded and values outside the model's",
    'range are clamped, each with a notice on stderr. Links to the page read values the same way.',
    'Ranges:',
    ...wrap(rangeLines().join(', ') + '.', 92).map((l) => '  ' + l),
    '',
    'Output: JSON {"inputs", "clinical", "series": {"day": [0, 1, ...], "serumMgMmolPerL": [...], ...}},',
    'one value per day from day 0 to --days; pools in mg, fractions 0–1. With --steady-state,',
    '"steadyState" holds single numbers instead of "series". "inputs" echoes the inputs used',
    '(after clamping); "clinical" is the band and alerts for the last day. CSV: one column per',
    'series, day first, one row per day; with --steady-state, quantity,value rows.',
    ...wrap(`Pools (mg): ${POOLS.map((p) => p.series).join(', ')}.`, 92),
    ...wrap(`Flows (mg/day): ${FLOWS.map((f) => f.series).join(', ')}.`, 92),
    '',
    'Analyses (one per run; the tables of the app\'s "The model explains itself" section):',
    '--sensitivity: d ln Y / d ln x of steady-state serum and urinary Mg for every parameter and',
    'numeric input, largest effect on serum first. --time-scales: rate, half-time and dominant pool',
    'of each mode of the model linearised at the steady state. --uncertainty N: the serum course',
    "with the model's parameters and its 5th/50th/95th percentile over a seeded Latin hypercube of N",
    'parameter sets (ranges by grade of evidence), each re-calibrated. JSON: {"inputs", "about",',
    '"summary", "table"}; CSV: the table.',
    '',
    'Exit status: 0 done, 2 bad options (one line on stderr, the bad value quoted and shortened),',
    '1 unexpected error. --help prints this help wherever it stands.',
    '',
    'Examples:',
    '  npm run --silent simulate -- --scenario ppi-stop --days 450',
    '  npm run --silent simulate -- --supplement-mg 300 --doses 2 --format csv > run.csv',
    '  npm run --silent simulate -- --diuretic loop --steady-state',
    '  npm run --silent simulate -- --scenario ppi-long-term --sensitivity --format csv',
    '  npm run --silent simulate -- --scenario loop-diuretic --uncertainty 100 --days 120',
    '',
  ].join('\n');
}

function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  return line ? [...lines, line] : lines;
}
