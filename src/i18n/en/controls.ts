/** Controls (British English). */
import type { nlControls } from '../nl/controls.ts';

export const enControls: Record<keyof typeof nlControls, string> = {
  'input.intakeMgPerDay.label': 'Magnesium from food',
  'input.intakeMgPerDay.hint': 'How much magnesium you eat per day, without water and supplements.',
  'input.intakeMgPerDay.unit': 'mg/day',
  'input.waterMgPerL.label': 'Magnesium in drinking water',
  'input.waterMgPerL.hint':
    'Tap water has a few mg per litre, some bottled waters more than 100 mg per litre.',
  'input.waterMgPerL.unit': 'mg/L',
  'input.waterLPerDay.label': 'How much water you drink',
  'input.waterLPerDay.hint': 'Litres of water per day, with the magnesium content above.',
  'input.waterLPerDay.unit': 'L/day',
  'input.supplementMgPerDay.label': 'Magnesium supplement',
  'input.supplementMgPerDay.hint': 'Magnesium from supplements or laxatives, in mg per day, on top of food.',
  'input.supplementMgPerDay.unit': 'mg/day',
  'input.supplementDosesPerDay.label': 'Doses per day',
  'input.supplementDosesPerDay.hint':
    'A supplement split into several doses is absorbed better than all at once.',
  'input.supplementDosesPerDay.unit': 'doses/day',
  'input.supplementForm.label': 'Form of the supplement',
  'input.supplementForm.hint':
    'Magnesium oxide dissolves poorly: less of it is absorbed than of a soluble salt such as citrate.',
  'supplementForm.soluble': 'A soluble salt (e.g. citrate, chloride, lactate)',
  'supplementForm.oxide': 'Magnesium oxide or hydroxide',
  'input.diuretic.label': 'Water tablet (diuretic)',
  'input.diuretic.hint': 'Some diuretics make the kidneys lose more magnesium, others less.',
  'input.ppi.label': 'Stomach acid blocker (proton-pump inhibitor, PPI)',
  'input.ppi.hint': 'Long-term use can block the absorption of magnesium in the gut.',
  'input.conditions.label': 'Conditions and situations',
  'input.conditions.hint': 'Choose what applies. You can choose more than one.',
  'input.gfrMlPerMin.label': 'Kidney function (GFR)',
  'input.gfrMlPerMin.hint':
    'How much blood the kidneys filter per minute: normally about {gfrNormal} mL/min, below {kidneyWarningGfr} severely reduced.',
  'input.gfrMlPerMin.unit': 'mL/min',
  'input.phytateMmolPerMeal.label': 'Phytic acid per meal',
  'input.phytateMmolPerMeal.hint':
    'Phytic acid from whole grains and bran binds magnesium in the gut, so less is absorbed.',
  'input.phytateMmolPerMeal.unit': 'mmol/meal',
  'input.fermentableFibre.label': 'Plenty of soluble dietary fibre',
  'input.fermentableFibre.hint':
    'When gut bacteria ferment soluble fibre, a little more magnesium is absorbed.',
  'input.sex.label': 'Sex',
  'input.sex.hint':
    'From age {aiBySexFromAge}, the adequate intake for boys and men is higher than for girls and women.',
  'input.ageYears.label': 'Age',
  'input.ageYears.hint':
    'Sets the adequate intake. From age {elderlyFromAge} the model includes the effects of ageing.',
  'input.ageYears.unit': 'years',
  'input.ivMgPerDay.label': 'Magnesium by drip (intravenous)',
  'input.ivMgPerDay.hint': 'Magnesium that goes straight into the blood, without passing the gut.',
  'input.ivMgPerDay.unit': 'mg/day',

  'diuretic.none': 'None',
  'diuretic.loop': 'Loop diuretic (e.g. furosemide)',
  'diuretic.loop.hint': 'Blocks reabsorption in the kidneys: more magnesium in the urine.',
  'diuretic.thiazide': 'Thiazide diuretic (e.g. hydrochlorothiazide)',
  'diuretic.thiazide.hint':
    'Blocks reabsorption in the kidneys a little: slightly more magnesium in the urine.',
  'diuretic.potassium-sparing': 'Potassium-sparing diuretic (e.g. amiloride)',
  'diuretic.potassium-sparing.hint': 'Limits the loss of magnesium in the urine.',
  'ppi.none': 'None',
  'ppi.typical': 'Yes, a typical user (e.g. lansoprazole)',
  'ppi.typical.hint':
    'Over the years active absorption in the gut falls a little; urine holds about 10 mg of magnesium a day less.',
  'ppi.susceptible': 'Yes, a susceptible user',
  'ppi.susceptible.hint':
    'In a small group of users, over the years, active absorption stops and passive absorption falls too. They develop severe hypomagnesaemia.',
  'condition.type2-diabetes': 'Type 2 diabetes',
  'condition.type2-diabetes.hint':
    'Much glucose in the kidneys makes more urine, and more magnesium is lost with that urine.',
  'condition.alcohol': 'Excessive alcohol use',
  'condition.alcohol.hint': 'A poorer diet, less absorption in the gut and more loss through the kidneys.',
  'condition.gi-disease': 'Gut disease with diarrhoea',
  'condition.gi-disease.hint':
    'E.g. Crohn’s disease, coeliac disease, gastroenteritis or a gastric bypass: less absorption and more loss in the faeces.',
  'condition.elderly': 'Older age',
  'condition.elderly.hint': 'Older adults absorb less magnesium in the gut and lose more in the urine.',
  'condition.lactation': 'Breastfeeding',
  'condition.lactation.hint': 'About {milk} mg of magnesium per day goes into the breast milk.',
  'sex.male': 'Male',
  'sex.female': 'Female',
  'phytate.none': 'None (white bread, white rice)',
  'phytate.some': 'Some (an ordinary Western diet)',
  'phytate.high': 'A lot (whole-grain or vegetarian diet)',

  'intake.vsAdequate': '{intake} mg/day = {percent}% of the adequate intake ({ai} mg/day for {group}).',
  'intake.total':
    'Total intake: {total} mg/day (food {food}, water {water}, supplement {supplement} mg/day).',
  'intake.noAi.infant':
    'No adequate intake below {aiFromMonths} months: breast milk (about {milk} mg magnesium a day) covers the need.',
  'intake.noAi.invalidAge': 'Invalid age.',
  'aiGroup.infant': 'infants aged {fromMonths} to {toMonths} months',
  'aiGroup.child': 'children aged {from} to {to}',
  'aiGroup.boy': 'boys aged {from} to {to}',
  'aiGroup.girl': 'girls aged {from} to {to}',
  'aiGroup.man': 'men',
  'aiGroup.woman': 'women, including during pregnancy and breastfeeding',
  'water.contribution': 'The drinking water provides {water} mg of magnesium per day.',
  'water.countsAsNonFood':
    'In the model, magnesium from mineral water acts as a laxative like a supplement, and counts towards the UL.',
  'supplement.belowUl':
    'Supplement: {supplement} {unit}. That is below the tolerable upper intake level (UL) of {ul} {unit}.',
  'supplement.aboveUl':
    'Supplement: {supplement} {unit}. That is above the UL of {ul} {unit}: loose stools or diarrhoea are possible.',
  'supplement.toxicDose':
    'Supplement: {supplement} {unit}. That is more than {toxicUlMultiple} times the UL ({toxic} {unit}). Only at such amounts does toxic hypermagnesaemia occur.',
  'supplement.ulOnlySupplements':
    'The UL concerns magnesium from outside ordinary food: supplements and medicines and, as the SCF (2001) counts it, Mg-rich water. This bar shows the supplement; the model’s alert adds the water. Magnesium from ordinary food comes on top.',
  'supplement.none': 'No supplement: the UL does not come into play here.',
  'supplement.ulSource': 'Source: Scientific Committee on Food (SCF, 2001) and EFSA.',
  'supplement.noUlYoungChildren': 'There is no UL for children under {ulFromAge}: there are too few data.',
  'clamp.notice': 'The value {given} {unit} is outside the meaningful range; the model uses {used} {unit}.',
  'clamp.notANumber': 'This is not a number; the model uses {used} {unit}.',
};
