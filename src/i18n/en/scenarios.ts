/** Scenario texts (British English); see ../nl/scenarios.ts for how the notices were checked. */
import type { nlScenarios } from '../nl/scenarios.ts';

export const enScenarios: Record<keyof typeof nlScenarios, string> = {
  'scenarioPanel.none': 'Free exploration',
  'scenarioPanel.predictTitle': 'Predict first',
  'scenarioPanel.noticeTitle': 'What to notice',
  'scenarioPanel.suggestedDays': 'Suggested length: {days} days',
  'scenarioPanel.comparedWithBaseline': 'The dotted line is the healthy start, for comparison.',
  'scenarioPanel.restart': 'Start again',

  'scenarioGroup.healthy': 'Healthy',
  'scenarioGroup.diet': 'Diet',
  'scenarioGroup.drugs': 'Medicines',
  'scenarioGroup.conditions': 'Conditions and life stages',
  'scenarioGroup.excess': 'Too much magnesium',

  'scenario.healthy-man.title': 'Healthy man',
  'scenario.healthy-man.story':
    'Tom is 40 and eats a varied diet: wholemeal bread, vegetables, legumes and a handful of nuts. That gives him {aiMan} mg of magnesium a day, exactly the adequate intake for men.',
  'scenario.healthy-man.question': 'Does serum Mg change when you let time run?',
  'scenario.healthy-man.notice':
    'Nothing changes: the body is in a steady state. The gut absorbs about 40% of the intake, and what comes in net leaves again in the urine. Look at where the magnesium is, too: about 60% is in bone and a quarter in muscle.',

  'scenario.healthy-woman.title': 'Healthy woman',
  'scenario.healthy-woman.story':
    'Sara is 40 and eats well. She takes in {aiWoman} mg of magnesium a day, the adequate intake for women. On average women eat a little less than men, and so take in less magnesium.',
  'scenario.healthy-woman.question':
    'Sara eats less magnesium than Tom. Is her serum Mg lower because of that?',
  'scenario.healthy-woman.notice':
    'No: serum Mg is the same as Tom’s, about 0.85 mmol/L. With a smaller intake the gut absorbs a slightly larger share, and the urine contains a little less magnesium.',

  'scenario.low-intake.title': 'Little magnesium in the diet',
  'scenario.low-intake.story':
    'Jonas is 40 and lives mostly on white bread, chips, snacks and soft drinks. He rarely eats whole grains, vegetables or nuts. That gives him only 180 mg of magnesium a day, about half the adequate intake.',
  'scenario.low-intake.question': 'What falls first and most: serum Mg or the magnesium in the urine?',
  'scenario.low-intake.notice':
    'Within a few days urine falls from about 110 to about 65 mg a day, and the gut absorbs a larger share: about half. Serum Mg hardly falls and stays normal. So a normal serum value does not reveal that intake is low.',

  'scenario.depletion-experiment.title': 'Three weeks with almost no magnesium (experiment)',
  'scenario.depletion-experiment.story':
    'In an experiment, healthy volunteers ate a diet with less than 12 mg of magnesium a day for three weeks. This let researchers see how the body reacts to a sudden shortage.',
  'scenario.depletion-experiment.question':
    'How much does serum Mg fall in three weeks: hardly at all, by about a quarter, or to almost zero?',
  'scenario.depletion-experiment.notice':
    'Serum Mg falls from about 0.85 to about 0.6 mmol/L: about a quarter, as in the real experiment. Within a few days the urine drops to almost nothing. The bone surface gives up magnesium, while muscle keeps almost all of its own.',

  'scenario.ppi-long-term.title': 'Years on a stomach acid blocker',
  'scenario.ppi-long-term.story':
    'Marc is 40 and takes a proton-pump inhibitor every day for stomach acid. He belongs to the small group of users in whom, over time, this medicine almost completely blocks the absorption of magnesium in the gut.',
  'scenario.ppi-long-term.question':
    'What falls first: the magnesium in the urine or serum Mg? And after how long?',
  'scenario.ppi-long-term.notice':
    'The effect builds up over years. The urine falls first: after a year it is about halved, after two years almost nothing. The kidneys save what they can, so serum Mg stays normal for more than a year. In the third year it falls quickly below {normalLow} and then below {severeBelow} mmol/L: severe hypomagnesaemia, as in patients after a few years on average. Try adding a supplement: serum rises somewhat but stays too low.',

  'scenario.ppi-stop.title': 'Stopping the stomach acid blocker',
  'scenario.ppi-stop.story':
    'After a few years his acid blocker has given Marc a severe magnesium deficiency, and supplements do not help enough. After four years he stops the proton-pump inhibitor, in agreement with his doctor.',
  'scenario.ppi-stop.question':
    'The deficiency took years to develop. After stopping, how long until serum Mg is normal again: days, months or years?',
  'scenario.ppi-stop.notice':
    'As soon as the gut absorbs magnesium again, serum Mg rises quickly: after about a week it is normal again. The urine stays low for a while, because the tissues and the bone surface refill first. After about a month everything is back as at the start.',

  'scenario.loop-diuretic.title': 'Loop diuretic (furosemide)',
  'scenario.loop-diuretic.story':
    'Paul has heart failure and takes furosemide, a strong water tablet, every day. It makes the kidneys excrete more salt and water, and with them more magnesium.',
  'scenario.loop-diuretic.question':
    'Does the urine keep containing more magnesium for as long as Paul takes the diuretic?',
  'scenario.loop-diuretic.notice':
    'At the start the kidneys lose much more magnesium in the urine, so serum Mg falls a little. After a few days the urine is almost back at its old level: a new steady state, with serum Mg about 8% lower and still just normal.',

  'scenario.thiazide.title': 'Thiazide diuretic (hydrochlorothiazide)',
  'scenario.thiazide.story':
    'Rik has high blood pressure and takes hydrochlorothiazide every day. This diuretic acts on a different part of the kidney from furosemide.',
  'scenario.thiazide.question': 'Does serum Mg fall more or less than with furosemide?',
  'scenario.thiazide.notice':
    'Here too the urine rises first, and then a new steady state sets in. Serum Mg falls by about 5%: less than with furosemide, and it stays normal.',

  'scenario.potassium-sparing.title': 'Potassium-sparing diuretic (amiloride)',
  'scenario.potassium-sparing.story':
    'Karel takes amiloride, a diuretic that spares potassium. On magnesium in the kidneys it acts in the opposite direction from furosemide.',
  'scenario.potassium-sparing.question':
    'What does the urine do at the start: does it contain more or less magnesium?',
  'scenario.potassium-sparing.notice':
    'At the start the kidneys keep more magnesium: the urine falls. Serum Mg rises a tiny bit and stays normal, and after that the urine is roughly as it was at the start.',

  'scenario.ppi-plus-diuretic.title': 'Acid blocker and diuretic together',
  'scenario.ppi-plus-diuretic.story':
    'Georges takes furosemide for his heart and an acid blocker every day. He is a typical user: after a few years his gut absorbs a little less magnesium.',
  'scenario.ppi-plus-diuretic.question':
    'Each medicine on its own lowers serum Mg a little. What happens when they come together?',
  'scenario.ppi-plus-diuretic.notice':
    'The diuretic lowers serum Mg at once to just above the lower limit. The acid blocker shows mainly in the urine: after a few years it holds about 10 mg of magnesium a day less, because the kidneys save what the gut absorbs less. So serum Mg falls only very slightly further. In population studies this combination does give hypomagnesaemia clearly more often: real kidneys save less perfectly than the model’s.',

  'scenario.type2-diabetes.title': 'Type 2 diabetes',
  'scenario.type2-diabetes.story':
    'Ahmed has type 2 diabetes. His blood sugar is often too high, so glucose spills into his urine. Glucose draws water with it: he passes more urine, and with it he loses magnesium.',
  'scenario.type2-diabetes.question': 'Does serum Mg stay normal, or does it fall below the normal range?',
  'scenario.type2-diabetes.notice':
    'First the urine holds much more magnesium; after a few days there is a new steady state. Serum Mg falls to about 0.74 mmol/L, just below the lower limit of the normal range: hypomagnesaemia. That is the average in people with type 2 diabetes; almost a third of them are even below 0.70.',

  'scenario.alcohol.title': 'Excessive alcohol use',
  'scenario.alcohol.story':
    'Dirk has drunk a lot of alcohol every day for years. He eats poorly and takes in only 250 mg of magnesium a day. His gut absorbs less and his kidneys lose more magnesium.',
  'scenario.alcohol.question': 'Three effects together: does serum Mg fall below the normal range?',
  'scenario.alcohol.notice':
    'After a short peak in the urine a new steady state sets in. Serum Mg falls to about 0.8 mmol/L: still normal, but the bone surface has given up magnesium and the reserve is smaller. Vomiting, diarrhoea and ketoacidosis are not in the model; in real life they often make the deficiency worse.',

  'scenario.gi-disease.title': 'Gut disease with chronic diarrhoea',
  'scenario.gi-disease.story':
    'Lucas has Crohn’s disease with chronic diarrhoea. His gut absorbs less magnesium, and with the diarrhoea the magnesium from bile and intestinal juices is lost too.',
  'scenario.gi-disease.question':
    'Which way does Lucas lose the most magnesium: in the urine or in the faeces?',
  'scenario.gi-disease.notice':
    'The faeces contain much more magnesium than before, the urine almost none: the kidneys save what they can. Even so, serum Mg falls below {normalLow} mmol/L within about two weeks, and it stays low.',

  'scenario.older-adult.title': 'Older adult',
  'scenario.older-adult.story':
    'Jozef is 78. He eats smaller portions and takes in 280 mg of magnesium a day. His gut absorbs a little less and his kidneys excrete a little more.',
  'scenario.older-adult.question':
    'None of these effects is large. What does serum Mg do when they come together?',
  'scenario.older-adult.notice':
    'Each effect is small, but together serum Mg (to about 0.82 mmol/L) and the urine fall. Serum stays normal, but the reserve is smaller. Older adults often take medicines too: add a diuretic or an acid blocker and see what happens.',

  'scenario.breastfeeding.title': 'Breastfeeding',
  'scenario.breastfeeding.story':
    'Emma is 31 and breastfeeding. About {milk} mg of magnesium a day goes to her baby in the breast milk. She eats {aiWoman} mg of magnesium a day, the adequate intake for women.',
  'scenario.breastfeeding.question': 'Does Emma need to eat more magnesium to keep her serum Mg normal?',
  'scenario.breastfeeding.notice':
    'No: her kidneys excrete about as much less as goes into the milk, and serum Mg stays normal. In this model the compensation happens mainly in the kidneys; absorption in the gut hardly changes.',

  'scenario.supplement-above-ul.title': 'Supplement above the UL',
  'scenario.supplement-above-ul.story':
    'Kevin eats well, but also takes a 500 mg magnesium supplement every day, hoping for fewer muscle cramps. That is twice the tolerable upper intake level (UL) for supplements.',
  'scenario.supplement-above-ul.question': 'Does serum Mg rise above the normal range?',
  'scenario.supplement-above-ul.notice':
    'No, serum Mg hardly rises. The gut absorbs only a small part of the extra dose (about a fifth of the total intake), and the kidneys excrete what comes in extra: the urine rises. The supplement does act as a laxative: the faeces contain much more magnesium.',

  'scenario.laxative-kidney-failure.title': 'Magnesium laxative with kidney failure',
  'scenario.laxative-kidney-failure.story':
    'Albert is 72 and has end-stage kidney failure, not yet on dialysis: his kidneys filter only 7 mL per minute. For constipation he takes a laxative with 3 g of magnesium every day.',
  'scenario.laxative-kidney-failure.question':
    'With healthy kidneys serum Mg stays normal, even with this much magnesium. What happens to Albert?',
  'scenario.laxative-kidney-failure.notice':
    'Within a few days serum Mg rises above the normal range: hypermagnesaemia. It keeps rising and passes {toxicFrom} mmol/L after about three weeks, where tendon reflexes fade and muscle weakness begins: toxic hypermagnesaemia, as in published cases of older people with kidney failure. Set kidney function to {gfrNormal} mL/min: with healthy kidneys serum stays normal on the same dose.',
};
