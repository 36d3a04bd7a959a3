/**
 * Every id of the model and the scenarios has its texts. The id lists come from the modules
 * themselves (and from running the clinical read-outs), so a new id without text fails here.
 */
import { describe, expect, it } from 'vitest';
import {
  BANDS,
  CONDITIONS,
  DEFAULT_INPUTS,
  DIURETICS,
  INPUT_RANGES,
  PPI_USE,
  SEXES,
  alertsFor,
  signsFor,
  type AlertId,
  type ModelInputs,
  type SignId,
} from '../../../src/model/index.ts';
import { SCENARIOS, SCENARIO_IDS } from '../../../src/scenarios/scenarios.ts';
import {
  alertKey,
  bandDescriptionKey,
  bandKey,
  conditionHintKey,
  conditionKey,
  diureticKey,
  en,
  inputHintKey,
  inputLabelKey,
  inputUnitKey,
  nl,
  ppiKey,
  scenarioGroupKey,
  scenarioKeys,
  sexKey,
  signKey,
  type InputName,
} from '../../../src/i18n/index.ts';

/** Compile-time complete lists: adding an id to the union without adding it here fails `npm run check`. */
const SIGN_IDS = Object.keys({
  'often-no-symptoms': 1,
  'cramps-fatigue-restless-legs': 1,
  'neuromuscular-cardiac': 1,
  'hypocalcaemia-hypokalaemia': 1,
  'nausea-flushing': 1,
  'reflexes-lost-weakness': 1,
  'hypotension-bradycardia-qt': 1,
  'flaccid-paralysis': 1,
  'respiratory-cardiac-arrest': 1,
} satisfies Record<SignId, 1>) as SignId[];
const ALERT_IDS = Object.keys({
  'hypocalcaemia-hypokalaemia-risk': 1,
  'hypokalaemia-common': 1,
  'laxative-above-ul': 1,
  'laxative-likely': 1,
  'toxic-range': 1,
  'kidney-failure-non-food-mg': 1,
} satisfies Record<AlertId, 1>) as AlertId[];

function expectKey(key: string): void {
  expect(Object.hasOwn(nl, key), `nl: ${key}`).toBe(true);
  expect(Object.hasOwn(en, key), `en: ${key}`).toBe(true);
}

/** Signs and alerts the read-outs actually return over a sweep of serum values and inputs. */
function observedIds(): { signs: Set<string>; alerts: Set<string> } {
  const signs = new Set<string>();
  const alerts = new Set<string>();
  const variants: ModelInputs[] = [
    DEFAULT_INPUTS,
    { ...DEFAULT_INPUTS, supplementMgPerDay: 300 },
    { ...DEFAULT_INPUTS, supplementMgPerDay: 3000, gfrMlPerMin: 10 },
    { ...DEFAULT_INPUTS, waterMgPerL: 1000, waterLPerDay: 1 },
    { ...DEFAULT_INPUTS, ivMgPerDay: 500, gfrMlPerMin: 10 },
  ];
  for (let s = 0; s <= 7; s += 0.01) {
    signsFor(s).forEach((id) => signs.add(id));
    for (const inputs of variants) alertsFor(s, inputs).forEach((id) => alerts.add(id));
  }
  return { signs, alerts };
}

describe('texts for model ids', () => {
  it('every serum band has a name and a description', () => {
    for (const { id } of BANDS) {
      expectKey(bandKey(id));
      expectKey(bandDescriptionKey(id));
    }
  });

  it('every sign and alert has a text', () => {
    const { signs, alerts } = observedIds();
    for (const id of new Set([...SIGN_IDS, ...signs])) expectKey(signKey(id as SignId));
    for (const id of new Set([...ALERT_IDS, ...alerts])) expectKey(alertKey(id as AlertId));
    // The sweep reaches every listed id, so the lists above are not stale either.
    expect([...signs].sort()).toEqual([...SIGN_IDS].sort());
    expect([...alerts].sort()).toEqual([...ALERT_IDS].sort());
  });

  it('every input has a label and a hint, and every numeric input a unit', () => {
    for (const name of Object.keys(DEFAULT_INPUTS) as InputName[]) {
      expectKey(inputLabelKey(name));
      expectKey(inputHintKey(name));
    }
    for (const name of Object.keys(INPUT_RANGES) as (keyof typeof INPUT_RANGES)[])
      expectKey(inputUnitKey(name));
  });

  it('every option of the choice inputs has a label', () => {
    DIURETICS.forEach((id) => expectKey(diureticKey(id)));
    PPI_USE.forEach((id) => expectKey(ppiKey(id)));
    SEXES.forEach((id) => expectKey(sexKey(id)));
    for (const id of CONDITIONS) {
      expectKey(conditionKey(id));
      expectKey(conditionHintKey(id));
    }
  });
});

describe('texts for scenarios', () => {
  it.each(SCENARIO_IDS.map((id) => [id]))('%s has a title, story, question and notice', (id) => {
    for (const key of Object.values(scenarioKeys(id))) expectKey(key);
  });

  it('every scenario group has a name', () => {
    for (const s of SCENARIOS) expectKey(scenarioGroupKey(s.group));
  });

  it('has no texts for scenarios that do not exist', () => {
    const ids = new Set<string>(SCENARIO_IDS);
    const groups = new Set<string>(SCENARIOS.map((s) => s.group));
    for (const key of Object.keys(nl)) {
      // The `scenario.` prefix is reserved for scenario texts (panel texts use `scenarioPanel.`).
      const m = /^scenario\.(.+)\.(title|story|question|notice)$/.exec(key);
      if (key.startsWith('scenario.')) expect(m !== null && ids.has(m[1]), key).toBe(true);
      const g = /^scenarioGroup\.(.+)$/.exec(key);
      if (g) expect(groups.has(g[1]), key).toBe(true);
    }
  });
});
