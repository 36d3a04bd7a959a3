/**
 * Scenario presets as data: the situations of the source article, each a set of inputs applied
 * from the healthy steady state, optional events, and a suggested run length. Stories, questions
 * and things to notice are in the message catalogues under `scenario.<id>.*`.
 * The headless runner and the app both read this module.
 */
import { DEFAULT_INPUTS, type ModelEvent, type ModelInputs } from '../model/index.ts';

export interface Scenario {
  id: string;
  inputs: Partial<ModelInputs>;
  events?: readonly ModelEvent[];
  /** Intake of the healthy steady state the run starts from (mg/day). */
  baselineIntakeMgPerDay: number;
  /** A run length that shows the point of the scenario (days). */
  suggestedDays: number;
  /** Picker group. */
  group: 'healthy' | 'diet' | 'drugs' | 'conditions' | 'excess';
}

const scenario = (
  s: Omit<Scenario, 'baselineIntakeMgPerDay'> & { baselineIntakeMgPerDay?: number },
): Scenario => ({
  baselineIntakeMgPerDay: 350,
  ...s,
});

export const SCENARIOS = [
  scenario({ id: 'healthy-man', group: 'healthy', inputs: { intakeMgPerDay: 350 }, suggestedDays: 60 }),
  scenario({
    id: 'healthy-woman',
    group: 'healthy',
    inputs: { intakeMgPerDay: 300, sex: 'female' },
    baselineIntakeMgPerDay: 300,
    suggestedDays: 60,
  }),
  scenario({ id: 'low-intake', group: 'diet', inputs: { intakeMgPerDay: 180 }, suggestedDays: 120 }),
  // Fatemi 1991: < 12 mg/day for three weeks.
  scenario({ id: 'depletion-experiment', group: 'diet', inputs: { intakeMgPerDay: 10 }, suggestedDays: 21 }),
  // The PPI effect builds up over years (Hess 2012; Janett 2015): five years show its course.
  scenario({ id: 'ppi-long-term', group: 'drugs', inputs: { ppi: 'susceptible' }, suggestedDays: 1825 }),
  scenario({
    id: 'ppi-stop',
    group: 'drugs',
    inputs: { ppi: 'susceptible' },
    events: [{ day: 1460, changes: { ppi: 'none' } }],
    suggestedDays: 1550,
  }),
  scenario({ id: 'loop-diuretic', group: 'drugs', inputs: { diuretic: 'loop' }, suggestedDays: 120 }),
  scenario({ id: 'thiazide', group: 'drugs', inputs: { diuretic: 'thiazide' }, suggestedDays: 120 }),
  scenario({
    id: 'potassium-sparing',
    group: 'drugs',
    inputs: { diuretic: 'potassium-sparing' },
    suggestedDays: 120,
  }),
  scenario({
    id: 'ppi-plus-diuretic',
    group: 'drugs',
    inputs: { ppi: 'typical', diuretic: 'loop' },
    suggestedDays: 1460,
  }),
  scenario({
    id: 'type2-diabetes',
    group: 'conditions',
    inputs: { conditions: ['type2-diabetes'] },
    suggestedDays: 180,
  }),
  // Heavy drinkers eat less: the scenario lowers intake; the condition acts on gut and kidney.
  scenario({
    id: 'alcohol',
    group: 'conditions',
    inputs: { conditions: ['alcohol'], intakeMgPerDay: 250 },
    suggestedDays: 180,
  }),
  scenario({
    id: 'gi-disease',
    group: 'conditions',
    inputs: { conditions: ['gi-disease'] },
    suggestedDays: 180,
  }),
  scenario({
    id: 'older-adult',
    group: 'conditions',
    inputs: { conditions: ['elderly'], ageYears: 78, intakeMgPerDay: 280 },
    suggestedDays: 365,
  }),
  scenario({
    id: 'breastfeeding',
    group: 'conditions',
    inputs: { conditions: ['lactation'], sex: 'female', ageYears: 31, intakeMgPerDay: 300 },
    baselineIntakeMgPerDay: 300,
    suggestedDays: 180,
  }),
  scenario({
    id: 'supplement-above-ul',
    group: 'excess',
    inputs: { supplementMgPerDay: 500 },
    suggestedDays: 60,
  }),
  // End-stage kidneys (stage 5, not on dialysis) with gram doses of a Mg laxative: the setting of
  // the published toxic cases (Yamaguchi 2019; Onishi & Yoshino 2006; target C19).
  scenario({
    id: 'laxative-kidney-failure',
    group: 'excess',
    inputs: { gfrMlPerMin: 7, supplementMgPerDay: 3000, supplementDosesPerDay: 2, ageYears: 72 },
    suggestedDays: 60,
  }),
] as const satisfies readonly Scenario[];

export type ScenarioId = (typeof SCENARIOS)[number]['id'];
export const SCENARIO_IDS: readonly ScenarioId[] = SCENARIOS.map((s) => s.id);

export function findScenario(id: string): Scenario | undefined {
  return (SCENARIOS as readonly Scenario[]).find((s) => s.id === id);
}

/** Full model inputs of a scenario. */
export function scenarioInputs(s: Scenario): ModelInputs {
  return { ...DEFAULT_INPUTS, ...s.inputs };
}
