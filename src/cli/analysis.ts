/**
 * The runner's analyses, the tables the app's explanation section shows: sensitivities
 * (--sensitivity), time scales (--time-scales) and the uncertainty ensemble (--uncertainty N),
 * as JSON or CSV. Pure, like run.ts: notices come back instead of going to stderr.
 */
import { DEFAULT_PARAMETERS, INPUT_RANGES, PARAMETERS, type ModelInputs } from '../model/index.ts';
import {
  DEFAULT_SEED,
  GRADE_FACTORS,
  replayCourse,
  sensitivity,
  timeScales,
  uncertainty,
  type CoursePlan,
  type Factor,
} from '../model/analysis/index.ts';
import { eigenPairs } from '../model/analysis/eigen.ts';
import { findScenario } from '../scenarios/scenarios.ts';
import { MAX_ENSEMBLE_SET_DAYS, type AnalysisOption } from './analysisArgs.ts';
import { ParseError, type CliOptions } from './args.ts';
import { DEFAULT_DAYS, type OutputFormat } from './flags.ts';
import { formatJson } from './format.ts';
import { clampNumber, resolveEvents, startInputs } from './run.ts';

const POOLS = ['extracellular', 'muscle', 'softTissue', 'boneSurface', 'deepBone'] as const;

type Row = Record<string, string | number | null>;

export interface AnalysisOutput {
  inputs: ModelInputs & { scenario: string | null; days?: number };
  /** What is in the table, in words, with its units. */
  about: string;
  /** Single numbers (the steady state, the ensemble's size). */
  summary: Record<string, unknown>;
  table: Row[];
}

function factorRow(f: Factor, inputs: ModelInputs): Row {
  if (f.kind === 'parameter') {
    const p = PARAMETERS[f.name];
    return {
      factor: f.name,
      kind: 'parameter',
      value: DEFAULT_PARAMETERS[f.name],
      unit: p.unit,
      grade: p.grade,
    };
  }
  return { factor: f.name, kind: 'input', value: inputs[f.name], unit: INPUT_RANGES[f.name].unit, grade: '' };
}

export function runAnalysis(o: CliOptions & { analysis: AnalysisOption }): {
  output: AnalysisOutput;
  notices: string[];
} {
  const notices: string[] = [];
  const scenario = o.scenarioId === null ? undefined : findScenario(o.scenarioId);
  const inputs = startInputs(o, scenario, notices);
  const echo = { scenario: o.scenarioId, ...inputs, conditions: [...inputs.conditions] };
  const kind = o.analysis.kind;

  if (o.steadyState)
    notices.push(
      kind === 'uncertainty'
        ? '--uncertainty prints a course and its steady state; --steady-state is ignored'
        : `--${kind} is always about the steady state; --steady-state adds nothing`,
    );
  if (kind !== 'uncertainty') {
    const ignored = [
      o.days !== null && '--days',
      o.baselineIntakeMgPerDay !== null && '--baseline-intake-mg',
      o.events.length > 0 && '--event',
    ];
    const list = ignored.filter(Boolean).join(', ');
    if (list) notices.push(`--${kind} is about the steady state and ignores ${list}`);
  }

  if (kind === 'sensitivity') {
    const s = sensitivity(inputs);
    if (!(s.serumMmolPerL > 0))
      notices.push(
        'serum Mg is zero at this steady state (nothing comes in): relative sensitivities are not defined',
      );
    const size = (v: number | null) => (v === null ? -1 : Math.abs(v));
    const sorted = [...s.elasticities].sort((a, b) => size(b.serum) - size(a.serum));
    const table = sorted.map((e) => ({
      ...factorRow(e.factor, inputs),
      serumElasticity: e.serum,
      urineElasticity: e.urine,
    }));
    return {
      output: {
        inputs: echo,
        about:
          'Local relative sensitivity (elasticity, d ln Y / d ln x) of steady-state serum and urinary Mg to each parameter and numeric input, θ re-calibrated; largest effect on serum first.',
        summary: {
          serumMgMmolPerL: s.serumMmolPerL,
          urineMgPerDay: s.urineMgPerDay,
          skipped: s.skipped.map((x) => ({ factor: x.factor.name, reason: x.reason })),
        },
        table,
      },
      notices,
    };
  }

  if (kind === 'time-scales') {
    const t = timeScales(inputs, eigenPairs);
    const table = t.modes.map((m) => ({
      ratePerDay: m.ratePerDay,
      halfTimeDays: m.halfTimeDays,
      dominantPool: POOLS[m.dominantPool] ?? String(m.dominantPool),
      ...Object.fromEntries(POOLS.map((pool, i) => [`${pool}Participation`, m.participation[i]])),
    }));
    return {
      output: {
        inputs: echo,
        about:
          'Modes of the model linearised at the steady state of these inputs (eigenvalues of the Jacobian, mathjs eigs): rate, half-time, and each pool’s participation; fastest first.',
        summary: {
          steadyPoolsMmol: Object.fromEntries(POOLS.map((pool, i) => [pool, t.steadyPoolsMmol[i]])),
        },
        table,
      },
      notices,
    };
  }

  const days = o.days ?? DEFAULT_DAYS;
  if (o.analysis.sets * days > MAX_ENSEMBLE_SET_DAYS)
    throw new ParseError(
      `--uncertainty ${o.analysis.sets} over ${days} days is too much work: sets × days must stay within ${MAX_ENSEMBLE_SET_DAYS.toLocaleString('en')}`,
    );
  const baselineIntakeMgPerDay = clampNumber(
    'intakeMgPerDay',
    o.baselineIntakeMgPerDay ??
      scenario?.baselineIntakeMgPerDay ??
      DEFAULT_PARAMETERS.referenceIntakeMgPerDay,
    o.baselineIntakeMgPerDay !== null ? '--baseline-intake-mg' : `scenario ${o.scenarioId}: baseline intake`,
    notices,
  );
  const events = resolveEvents(scenario, o.events, inputs, days, notices);
  const plan: CoursePlan = {
    baselineIntakeMgPerDay,
    startInputs: inputs,
    changes: [],
    scheduled: events,
    today: 0,
    horizonDays: days,
  };
  const u = uncertainty(plan, o.analysis.sets);
  const model = replayCourse(plan).serumMmolPerL;
  const table = Array.from(u.band.days, (day, i) => ({
    day,
    serumMgMmolPerL: model[i],
    serumMgMmolPerLP05: u.band.p05[i],
    serumMgMmolPerLP50: u.band.p50[i],
    serumMgMmolPerLP95: u.band.p95[i],
  }));
  return {
    output: {
      inputs: { ...echo, days },
      about:
        'Serum Mg course with the model’s own parameters and the 5th, 50th and 95th percentile across a seeded Latin hypercube of parameter sets, each re-calibrated (θ); ranges by grade of evidence as ×/÷ factors.',
      summary: {
        sets: u.sets,
        rejected: u.rejected,
        seed: DEFAULT_SEED,
        gradeFactors: GRADE_FACTORS,
        steadyState: { serumMgMmolPerL: u.steady.serumMmolPerL, urineMgPerDay: u.steady.urineMgPerDay },
      },
      table,
    },
    notices,
  };
}

export function formatAnalysis(output: AnalysisOutput, format: OutputFormat): string {
  if (format === 'json') return formatJson(output);
  const columns = Object.keys(output.table[0] ?? {});
  // Names, units, grades and numbers only: nothing needs quoting except a unit with a comma (none).
  const lines = [
    columns.join(','),
    ...output.table.map((row) => columns.map((c) => String(row[c] ?? '')).join(',')),
  ];
  return lines.join('\n') + '\n';
}
