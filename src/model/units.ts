/** Unit conversions at the model boundary. Inside the model: mmol, litres, days. */

/** Molar mass of magnesium, g/mol = mg/mmol. */
export const MG_PER_MMOL = 24.305;
/** 1 mEq Mg²⁺ = 0.5 mmol. */
export const MMOL_PER_MEQ = 0.5;
/** Serum: 1 mg/dL = 0.411 mmol/L. */
export const MMOL_PER_L_PER_MG_PER_DL = 0.411;
/** 1 mL/min = 1.44 L/day. */
export const L_PER_DAY_PER_ML_PER_MIN = 1.44;

export const mgToMmol = (mg: number): number => mg / MG_PER_MMOL;
export const mmolToMg = (mmol: number): number => mmol * MG_PER_MMOL;
export const mlPerMinToLPerDay = (mlPerMin: number): number => mlPerMin * L_PER_DAY_PER_ML_PER_MIN;
