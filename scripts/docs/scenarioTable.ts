/**
 * The scenario end states of docs/model.md §5.3, printed from the scenarios themselves
 * (src/scenarios/scenarios.ts): each run from its healthy steady state for its suggested length,
 * with its set-up written as the runner's flags, so `npm run --silent simulate -- --scenario ID`
 * reproduces every row.
 */
import { bandKey, translate } from '../../src/i18n/index.ts';
import {
  bandOf,
  INPUT_OPTION_NAMES,
  INPUT_OPTIONS,
  REFERENCE_INTAKE_MG_PER_DAY,
  simulate,
  type ModelInputs,
} from '../../src/model/index.ts';
import { SCENARIOS, scenarioInputs, type Scenario } from '../../src/scenarios/scenarios.ts';
import { docNumber, markdownTable, type DocLocale } from './tables.ts';

const optionOf = (input: keyof ModelInputs) =>
  INPUT_OPTION_NAMES.find((name) => INPUT_OPTIONS[name].input === input)!;

/** Inputs as the runner's flags (`--ppi susceptible`), or as the values of an event. */
function flags(changes: Partial<ModelInputs>): string[] {
  return Object.entries(changes).flatMap(([input, value]) => {
    const name = optionOf(input as keyof ModelInputs);
    return Array.isArray(value) ? value.map((c) => `--${name} ${c}`) : [`--${name} ${value}`];
  });
}

function setUp(s: Scenario): string {
  const parts = flags(s.inputs);
  for (const e of s.events ?? [])
    for (const [input, value] of Object.entries(e.changes))
      parts.push(`--event ${e.day}:${optionOf(input as keyof ModelInputs)}=${value}`);
  if (s.baselineIntakeMgPerDay !== REFERENCE_INTAKE_MG_PER_DAY)
    parts.push(`--baseline-intake-mg ${s.baselineIntakeMgPerDay}`);
  return parts.map((p) => `\`${p}\``).join(' ');
}

function endState(s: Scenario) {
  const run = simulate({
    inputs: scenarioInputs(s),
    events: s.events ?? [],
    days: s.suggestedDays,
    baselineIntakeMgPerDay: s.baselineIntakeMgPerDay,
  });
  const last = run.rows - 1;
  const at = (name: 'serumMgMmolPerL' | 'urineMgPerDay' | 'fractionalAbsorption', row: number) =>
    run.series[name][row];
  return {
    serum: [at('serumMgMmolPerL', 0), at('serumMgMmolPerL', last)],
    urine: [at('urineMgPerDay', 0), at('urineMgPerDay', last)],
    absorbed: at('fractionalAbsorption', last),
  };
}

let cached: Map<string, ReturnType<typeof endState>> | undefined;
const endStates = () => (cached ??= new Map(SCENARIOS.map((s) => [s.id, endState(s)])));

export function scenarioTable(locale: DocLocale): string {
  const fixed = (v: number, digits: number) => docNumber(v.toFixed(digits), locale);
  const rows = (SCENARIOS as readonly Scenario[]).map((s) => {
    const r = endStates().get(s.id)!;
    return [
      `\`${s.id}\``,
      setUp(s),
      String(s.suggestedDays),
      `${fixed(r.serum[0], 3)} → ${fixed(r.serum[1], 3)}`,
      translate(locale, bandKey(bandOf(r.serum[1]))),
      `${fixed(r.urine[0], 0)} → ${fixed(r.urine[1], 0)}`,
      `${fixed(100 * r.absorbed, 1)}%`,
    ];
  });
  const header =
    locale === 'nl'
      ? [
          'Scenario',
          'Invoer (opties van de runner)',
          'Dagen',
          'Serum dag 0 → einde (mmol/L)',
          'Band op het einde',
          'Urine dag 0 → einde (mg/dag)',
          'Geabsorbeerd deel op het einde',
        ]
      : [
          'Scenario',
          'Set-up (runner flags)',
          'Days',
          'Serum day 0 → end (mmol/L)',
          'Band at the end',
          'Urine day 0 → end (mg/day)',
          'Absorbed fraction at the end',
        ];
  return markdownTable(header, rows);
}
