/**
 * What the documentation adds to the code's parameters and modifiers: the symbol of each parameter
 * in the equations, and what each means in Dutch (the source texts in the code are English). Typed
 * against the code, so a new parameter or modifier without its entry here fails `npm run check`.
 */
import type { MODIFIERS, ParameterName } from '../../src/model/index.ts';

export interface ParameterNote {
  symbol: string;
  /** The symbol in the Dutch text, where it differs. */
  symbolNl?: string;
  meaningNl: string;
  /** How the value is shown when its decimals would hide what it is, per locale. */
  shown?: { en: string; nl: string };
}

export const PARAMETER_NOTES: Record<ParameterName, ParameterNote> = {
  serumRefMmolPerL: { symbol: 'S_ref', meaningNl: 'referentieserum' },
  plasmaVolumeL: { symbol: 'V_p', meaningNl: 'plasmavolume' },
  interstitialVolumeL: { symbol: 'V_isf', meaningNl: 'volume weefselvocht' },
  ultrafilterableFraction: { symbol: 'f_uf', meaningNl: 'ultrafiltreerbaar deel' },
  ionisedFraction: { symbol: 'f_ion', meaningNl: 'vrij (geïoniseerd) deel' },
  referenceIntakeMgPerDay: { symbol: 'I_ref', meaningNl: 'referentie-inname' },
  paracellularLinearFraction: {
    symbol: 'f_lin',
    meaningNl: 'lineair (onverzadigbaar) deel paracellulaire absorptie',
  },
  paracellularVmaxMmolPerDay: { symbol: 'V_p', meaningNl: 'maximale paracellulaire absorptie' },
  paracellularKmMmolPerDay: { symbol: 'K_p', meaningNl: 'halfverzadiging paracellulaire absorptie' },
  transcellularVmaxMmolPerDay: { symbol: 'V_t', meaningNl: 'maximale transcellulaire absorptie (TRPM6/7)' },
  transcellularKmMmolPerDay: { symbol: 'K_t', meaningNl: 'halfverzadiging transcellulaire absorptie' },
  mealsPerDay: { symbol: 'n_meals', meaningNl: 'maaltijden per dag' },
  statusFeedbackAlpha: { symbol: 'α', meaningNl: 'sterkte terugkoppeling' },
  statusFeedbackMin: { symbol: 'g_min', meaningNl: 'ondergrens terugkoppeling' },
  statusFeedbackMax: { symbol: 'g_max', meaningNl: 'bovengrens terugkoppeling' },
  absorbedFractionCap: { symbol: 'F_cap', meaningNl: 'plafond geabsorbeerd deel' },
  phytateHalfEffectMolarRatio: {
    symbol: 'r_50',
    meaningNl: 'molverhouding fytinezuur : voedings-Mg voor half effect',
  },
  phytateHillExponent: { symbol: 'h_PA', meaningNl: 'steilheid van het fytinezuureffect' },
  fibreAbsorptionFactor: { symbol: 'm_fibre', meaningNl: 'factor fermenteerbare vezels' },
  endogenousFaecalMmolPerDay: { symbol: 'e0', meaningNl: 'endogeen verlies bij S_ref' },
  gfrRefMlPerMin: { symbol: 'GFR_ref', meaningNl: 'referentie-GFR' },
  obligatoryExcretedFraction: { symbol: 'FE_min', meaningNl: 'verplichte uitgescheiden fractie' },
  thresholdSplayMmolPerL: { symbol: 'σ', meaningNl: 'breedte van de knik' },
  measuredTmMgMmolPerL: { symbol: 'TmMg', meaningNl: 'gemeten nierdrempel' },
  muscleRefMmol: { symbol: 'M0', meaningNl: 'spieren, referentie' },
  muscleGamma: { symbol: 'γ_M', meaningNl: 'gevoeligheid streefwaarde spieren' },
  muscleRatePerDay: { symbol: 'k_M', meaningNl: 'uitwisselingssnelheid spieren' },
  softTissueRefMmol: { symbol: 'T0', meaningNl: 'zachte weefsels, referentie' },
  softTissueGamma: { symbol: 'γ_T', meaningNl: 'gevoeligheid zachte weefsels' },
  softTissueRatePerDay: { symbol: 'k_T', meaningNl: 'uitwisselingssnelheid zachte weefsels' },
  boneSurfaceRefMmol: { symbol: 'B0', meaningNl: 'botoppervlak, referentie' },
  boneSurfaceGamma: { symbol: 'γ_B', meaningNl: 'gevoeligheid botoppervlak' },
  boneSurfaceRatePerDay: { symbol: 'k_B', meaningNl: 'uitwisselingssnelheid botoppervlak' },
  deepBoneRefMmol: { symbol: 'D0', meaningNl: 'vast gebonden bot, referentie' },
  deepBoneRemodellingPerDay: {
    symbol: 'r_D',
    shown: { en: '0.000274 (= 0.1/365)', nl: '0,000274 (= 0,1/365)' },
    meaningNl: 'botombouw',
  },
  sweatMgPerDay: { symbol: 'sweat0', symbolNl: 'zweet0', meaningNl: 'verlies via zweet' },
  milkMgPerDay: { symbol: 'milk0', symbolNl: 'melk0', meaningNl: 'magnesium in moedermelk' },
  secretionHalfSaturationMmolPerL: { symbol: 'K_sec', meaningNl: 'halfverzadiging melk en zweet' },
};

export const MODIFIER_NOTES_NL: Record<keyof typeof MODIFIERS, string> = {
  loopDeltaThetaMmolPerL: 'Δθ lisdiureticum (furosemide)',
  thiazideDeltaThetaMmolPerL: 'Δθ thiazide (hydrochlorothiazide)',
  potassiumSparingDeltaThetaMmolPerL: 'Δθ kaliumsparend (amiloride)',
  ppiTypicalTranscellularBlock: 'PPI gewoon: blokkering transcellulaire absorptie (p)',
  ppiSusceptibleTranscellularBlock: 'PPI gevoelig: blokkering transcellulaire absorptie (p)',
  ppiSusceptibleParacellularBlock: 'PPI gevoelig: blokkering paracellulaire absorptie (q)',
  ppiOnsetTimeConstantDays: 'tijdconstante opbouw PPI-effect (τ)',
  ppiOffsetTimeConstantDays: 'tijdconstante afbouw na stoppen',
  ppiOnsetHillExponent: 'exponent trage start PPI-effect',
  diabetesDeltaThetaMmolPerL: 'Δθ diabetes type 2',
  alcoholDeltaThetaMmolPerL: 'Δθ alcohol',
  alcoholDietAbsorptionFactor: 'absorptiefactor alcohol',
  giAbsorptionFactor: 'absorptiefactor gastro-intestinale aandoening',
  giEndogenousFactor: 'endogeen verlies × bij gastro-intestinale aandoening',
  elderlyVmaxFactor: 'V_max-factor ouderen',
  elderlyDeltaThetaMmolPerL: 'Δθ ouderen',
  elderlyFromAgeYears: 'leeftijd vanaf ouderen-effecten',
  laxativeThresholdMgPerDay: 'begin laxerende werking (MTI)',
  laxativeFullEffectMgPerDay: 'volle laxerende werking vanaf',
  laxativeNonFoodAbsorptionLoss: 'max. deel niet-voedingsmagnesium dat de drager mist door laxeren',
  oxideAvailability: 'opgelost deel van magnesiumoxide (s)',
};

/** Units as the Dutch text writes them. */
export const UNITS_NL: Readonly<Record<string, string>> = {
  'mmol/meal': 'mmol/maaltijd',
  'mmol/L filtrate': 'mmol/L filtraat',
  y: 'j',
};
