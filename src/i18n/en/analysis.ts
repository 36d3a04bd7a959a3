/** The explanation section (British English); what each key means is in ../nl/analysis.ts. */
import type { nlAnalysis } from '../nl/analysis.ts';

export const enAnalysis: Record<keyof typeof nlAnalysis, string> = {
  'analysis.title': 'The model explains itself',
  'analysis.intro':
    'How fast does each part of the body respond, what matters most right now, and how sure is the model? Worked out for the current settings.',
  'analysis.view.legend': 'Show',
  'analysis.view.time': 'Time scales',
  'analysis.view.sensitivity': 'What matters',
  'analysis.view.uncertainty': 'How sure',
  'analysis.waiting': 'Worked out as soon as you let go …',
  'analysis.running': 'Working it out …',
  'analysis.progress': 'Working it out … {percent}%',
  'analysis.failed': 'This calculation could not start in this browser.',
  'analysis.notAvailable': 'With these settings there is no steady state to work around.',

  'analysis.time.intro':
    'After a small change (say a little more magnesium in the diet) the body finds a new balance. Each part does so at its own pace:',
  'analysis.time.mode':
    '{pool}: half of the adjustment within about {half}, nearly all of it (97%) within about {settled}.',
  'analysis.time.modeOscillating':
    '{pool}: swings a little, half of the adjustment within about {half}, nearly all of it (97%) within about {settled}.',
  'analysis.time.never': '{pool}: does not settle with these settings.',
  'analysis.time.how':
    'Worked out from the model itself: the rates at which small deviations around the balance die away (eigenvalues of the linearised balance equations, with mathjs).',
  'analysis.duration.lessThanHour': 'less than an hour',
  'analysis.duration.hours': '{count} hours',
  'analysis.duration.hours.one': '{count} hour',

  'analysis.sensitivity.intro':
    'If one value goes up by 10%, by how many per cent does {output} change at steady state? A bar of 0.5 means 5%. To the right: it rises with it. To the left: it falls.',
  'analysis.sensitivity.output.legend': 'For',
  'analysis.sensitivity.output.serum': 'serum Mg',
  'analysis.sensitivity.output.urine': 'urinary Mg',
  'analysis.sensitivity.chart': 'Sensitivity of {output} at steady state, largest first',
  'analysis.sensitivity.setting': 'setting',
  'analysis.sensitivity.grade': 'grade {grade}',
  'analysis.sensitivity.none': 'No value changes {output} noticeably here.',
  'analysis.sensitivity.anchors':
    'Apart: the values the model is calibrated to. The kidney threshold is set so that the reference adult sits exactly there; they set the level, the mechanisms above set the changes. {list}.',
  'analysis.sensitivity.anchorItem': '{label}: {value}',
  'analysis.sensitivity.all': 'All {count} factors in a table',
  'analysis.sensitivity.table.factor': 'Factor',
  'analysis.sensitivity.skipped': 'No slope to work out here (value 0, or a whole number): {list}.',

  'analysis.uncertainty.intro':
    'Not every value in the model is equally well known. The model was run {sets} times with other, equally plausible parameter values, each calibrated again. The band around the projection in the serum chart shows where 90% of those outcomes fall (5–95%).',
  'analysis.uncertainty.now': 'Now (day {day}): serum Mg between {low} and {high} mmol/L.',
  'analysis.uncertainty.end': 'On day {day}: between {low} and {high} mmol/L.',
  'analysis.uncertainty.steady':
    'At steady state with these settings: serum Mg between {low} and {high} mmol/L, urine between {urineLow} and {urineHigh} {unit}.',
  'analysis.uncertainty.rejected': '{count} parameter sets could not be calibrated and are left out.',
  'analysis.uncertainty.rangesTitle': 'Plausible range per grade of evidence',
  'analysis.uncertainty.range': '{grade}: between {low}% and {high}% of the value',
  'analysis.uncertainty.rangesNote':
    'Drawn as a Latin hypercube sample (fixed seed, so the same sets every time). Shares between 0 and 1 vary on their odds, so they stay shares.',
  'analysis.band.legend': 'Band: 90% of the plausible models',

  'analysis.cannotTell.now':
    'The model cannot tell which band serum Mg is in now: {bands}. With plausible parameter values it lies between {low} and {high} mmol/L.',
  'analysis.cannotTell.end':
    'The model cannot tell which band serum Mg is in on day {day}: {bands}. With plausible parameter values it lies between {low} and {high} mmol/L.',
  'analysis.cannotTell.steady':
    'The model cannot tell which band serum Mg is in at steady state: {bands}. With plausible parameter values it lies between {low} and {high} mmol/L.',

  'parameter.serumRefMmolPerL': 'Reference serum Mg',
  'parameter.plasmaVolumeL': 'Plasma volume',
  'parameter.interstitialVolumeL': 'Tissue fluid volume',
  'parameter.ultrafilterableFraction': 'Filterable share of serum Mg',
  'parameter.ionisedFraction': 'Free (ionised) share of serum Mg',
  'parameter.referenceIntakeMgPerDay': 'Reference intake',
  'parameter.passiveFraction': 'Passive uptake in the gut',
  'parameter.activeVmaxMmolPerDay': 'Maximum active uptake (Vmax)',
  'parameter.activeKmMmolPerDay': 'Half-saturation of active uptake (Km)',
  'parameter.mealsPerDay': 'Meals per day',
  'parameter.statusFeedbackAlpha': 'Feedback of serum Mg on uptake',
  'parameter.statusFeedbackMin': 'Lower limit of that feedback',
  'parameter.statusFeedbackMax': 'Upper limit of that feedback',
  'parameter.absorbedFractionCap': 'Highest possible fractional absorption',
  'parameter.phytateHalfEffectMmol': 'Phytic acid for half inhibition',
  'parameter.fibreAbsorptionFactor': 'Effect of soluble dietary fibre',
  'parameter.endogenousFaecalMmolPerDay': 'Own loss into the gut (digestive juices)',
  'parameter.gfrRefMlPerMin': 'Standard kidney function (GFR)',
  'parameter.obligatoryExcretedFraction': 'Smallest share the kidneys always excrete',
  'parameter.thresholdSplayMmolPerL': 'Spread of the kidney threshold',
  'parameter.measuredTmMgMmolPerL': 'Measured kidney threshold (as a check)',
  'parameter.muscleRefMmol': 'Magnesium in muscle',
  'parameter.muscleGamma': 'How strongly muscle follows serum Mg',
  'parameter.muscleRatePerDay': 'Exchange rate of muscle',
  'parameter.softTissueRefMmol': 'Magnesium in other soft tissue',
  'parameter.softTissueGamma': 'How strongly other tissue follows serum Mg',
  'parameter.softTissueRatePerDay': 'Exchange rate of other tissue',
  'parameter.boneSurfaceRefMmol': 'Magnesium on the bone surface',
  'parameter.boneSurfaceGamma': 'How strongly the bone surface follows serum Mg',
  'parameter.boneSurfaceRatePerDay': 'Exchange rate of the bone surface',
  'parameter.deepBoneRefMmol': 'Magnesium in deep bone',
  'parameter.deepBoneRemodellingPerDay': 'Bone remodelling (deep bone)',
  'parameter.sweatMgPerDay': 'Loss in sweat',
  'parameter.milkMgPerDay': 'Magnesium in breast milk',
  'parameter.secretionHalfSaturationMmolPerL': 'Serum Mg at which sweat and milk halve',
};
