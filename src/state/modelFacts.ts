/**
 * What the views may read of the model, handed on by the state: its vocabulary (ids, choices,
 * ranges, the pool and flow registry), its constants and the reference values. Views import
 * values from here and only types from src/model (an ESLint rule holds them to it); anything
 * computed with the model comes from the state (appState, curves, statusStory, menuAbsorption).
 */
export {
  BANDS,
  CONDITIONS,
  DEFAULT_INPUTS,
  DIURETICS,
  EXCHANGES,
  FLOWS,
  INPUT_RANGES,
  KIDNEY_WARNING_GFR_ML_PER_MIN,
  MG_PER_MMOL,
  MODIFIERS,
  NORMAL_RANGE_MMOL_PER_L,
  PARAMETERS,
  POOLS,
  PPI_USE,
  SERUM_DISPLAY_DECIMALS,
  SERUM_EDGES_MMOL_PER_L,
  SEXES,
  SHOWN_CHARS,
  SUPPLEMENT_FORMS,
  SUPPLEMENT_UL_MG_PER_DAY,
  flowApplies,
  flowById,
  poolById,
  shortenValue,
} from '../model/index.ts';

/**
 * Below this oral intake (mg/day) there is nothing to absorb: a share "absorbed" would be a
 * percentage of nothing, so the diagram and the status panel say so in words instead.
 */
export const NO_INTAKE_MG_PER_DAY = 0.5;
export const hasIntake = (oralMgPerDay: number): boolean => oralMgPerDay >= NO_INTAKE_MG_PER_DAY;
