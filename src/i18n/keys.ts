/**
 * Typed message keys for the model's and scenarios' ids. The template types only compile while
 * every id has its text, so a new band, sign, alert, input or scenario without text is a type
 * error here (and a test failure in tests/unit/i18n).
 */
import type {
  AiGroup,
  AlertId,
  BandId,
  Condition,
  Diuretic,
  Flow,
  ModelInputs,
  NumericInput,
  Pool,
  PpiUse,
  Sex,
  SignId,
  SupplementForm,
} from '../model/index.ts';
import type { Scenario, ScenarioId } from '../scenarios/scenarios.ts';
import type { MessageKey } from './nl.ts';

export type InputName = keyof ModelInputs;
export type ScenarioGroup = Scenario['group'];
export type PhytateLevel = 'none' | 'some' | 'high';

export const bandKey = (id: BandId) => `band.${id}` as const satisfies MessageKey;
export const bandDescriptionKey = (id: BandId) => `band.${id}.description` as const satisfies MessageKey;
export const signKey = (id: SignId) => `sign.${id}` as const satisfies MessageKey;
export const alertKey = (id: AlertId) => `alert.${id}` as const satisfies MessageKey;

export const inputLabelKey = (name: InputName) => `input.${name}.label` as const satisfies MessageKey;
export const inputHintKey = (name: InputName) => `input.${name}.hint` as const satisfies MessageKey;
export const inputUnitKey = (name: NumericInput) => `input.${name}.unit` as const satisfies MessageKey;

export const diureticKey = (id: Diuretic) => `diuretic.${id}` as const satisfies MessageKey;
export const diureticHintKey = (id: Exclude<Diuretic, 'none'>) =>
  `diuretic.${id}.hint` as const satisfies MessageKey;
export const ppiKey = (id: PpiUse) => `ppi.${id}` as const satisfies MessageKey;
export const ppiHintKey = (id: Exclude<PpiUse, 'none'>) => `ppi.${id}.hint` as const satisfies MessageKey;
export const supplementFormKey = (id: SupplementForm) => `supplementForm.${id}` as const satisfies MessageKey;
export const conditionKey = (id: Condition) => `condition.${id}` as const satisfies MessageKey;
export const conditionHintKey = (id: Condition) => `condition.${id}.hint` as const satisfies MessageKey;
export const sexKey = (id: Sex) => `sex.${id}` as const satisfies MessageKey;
export const phytateKey = (id: PhytateLevel) => `phytate.${id}` as const satisfies MessageKey;
export const aiGroupKey = (id: AiGroup) => `aiGroup.${id}` as const satisfies MessageKey;

/** Pools and flows carry their own keys (src/model/registry.ts); these check them against the catalogue. */
export const poolKey = (p: Pool): MessageKey => p.key;
export const poolShortKey = (p: Pool) => `pool.${p.id}.short` as const satisfies MessageKey;
export const flowKey = (f: Flow): MessageKey => f.key;
export const flowShortKey = (f: Flow): MessageKey => f.shortKey ?? f.key;

export const scenarioGroupKey = (group: ScenarioGroup) =>
  `scenarioGroup.${group}` as const satisfies MessageKey;

/**
 * The four texts of a scenario. Scenario ids are typed as plain strings by the scenario module,
 * so these keys cannot be checked by the compiler; the i18n tests check every id instead.
 */
export const scenarioKeys = (
  id: ScenarioId,
): { title: MessageKey; story: MessageKey; question: MessageKey; notice: MessageKey } => ({
  title: `scenario.${id}.title` as MessageKey,
  story: `scenario.${id}.story` as MessageKey,
  question: `scenario.${id}.question` as MessageKey,
  notice: `scenario.${id}.notice` as MessageKey,
});
