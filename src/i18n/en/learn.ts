/** Learn panel and model notes (British English). */
import type { nlLearn } from '../nl/learn.ts';

export const enLearn: Record<keyof typeof nlLearn, string> = {
  'learn.title': 'What does the article say?',
  'learn.intro':
    'Short facts from the article this simulator is based on. Compare them with what the model shows.',
  'learn.article':
    'Source: "Magnesium in de voeding" (Dietary magnesium), Inge Lodewijckx, KU Leuven, 2 April 2025 (in Dutch).',
  'learn.sources': 'Source: {sources}',
  'learn.sourcesNone': 'From the text of the article',
  'learn.tryIt': 'Try it: {scenario}',
  'learn.references.title': 'References of the article',

  'learn.section.function': 'Function',
  'learn.section.distribution': 'Distribution and storage',
  'learn.section.absorption': 'Absorption',
  'learn.section.transport': 'Transport into cells',
  'learn.section.elimination': 'Elimination',
  'learn.section.deficiency': 'Too little magnesium',
  'learn.section.excess': 'Too much magnesium',
  'learn.section.recommendations': 'Recommended intake',
  'learn.section.interactions': 'Interactions with other minerals',
  'learn.section.food': 'Magnesium in food',
  'learn.section.advice': 'Points of attention',
  'learn.section.riskGroups': 'Groups at risk',
  'learn.section.drugs': 'Medicines',

  'learn.function.essential':
    'Magnesium is the fourth most abundant macromineral in the body, after calcium, potassium and sodium. We cannot make it ourselves: all of it must come from food.',
  'learn.function.enzymes':
    'As a cofactor, magnesium is needed for more than 300 enzyme reactions, especially reactions involving ATP, the energy-rich molecule of the cell.',
  'learn.function.synthesis':
    'Magnesium plays a part in producing energy and in making nucleic acids, proteins, carbohydrates and lipids.',
  'learn.function.boneMembranes': 'Magnesium is involved in bone development and stabilises cell membranes.',
  'learn.function.minerals':
    'Magnesium helps regulate calcium, potassium and sodium. That makes it essential for nerve impulses, muscle contraction and heart rhythm.',

  'learn.distribution.total': 'The body contains 20 to 28 g of magnesium, mostly in bone and soft tissue.',
  'learn.distribution.bone':
    'About 60% is in bone: either tightly bound in apatite, or held loosely on the surface of the bone crystals.',
  'learn.distribution.boneRelease':
    'The bound magnesium is hard to release. The magnesium on the bone surface is released quickly, depending on intake. This matters for regulation.',
  'learn.distribution.muscle': 'Muscle holds about 25% of the magnesium, mostly in the mitochondria.',
  'learn.distribution.serum':
    'Only 0.3% of all magnesium is in the serum. Normally that is 0.75 to 0.95 mmol per litre.',
  'learn.distribution.serumForms':
    'In serum, about 54% of the magnesium is free: the bioactive form. Over 30% is bound to proteins such as albumin; the rest is in negatively charged complexes.',

  'learn.absorption.site':
    'Magnesium is absorbed mainly in the last part of the small intestine, the ileum: passively, between the cells (paracellular).',
  'learn.absorption.active':
    'Only when intake is low does active transport through the cells (transcellular) also play a part.',
  'learn.absorption.fraction':
    'Usually 40 to 50% of the magnesium taken in is absorbed, although values from 10 to 70% are reported.',
  'learn.absorption.intake':
    'The more magnesium you take in, the smaller the share that is absorbed: fractional absorption falls.',
  'learn.absorption.inhibitors': 'Phytic acid (from whole grains and bran) and phosphate hinder absorption.',
  'learn.absorption.fibre': 'Fermentation of soluble dietary fibre promotes absorption.',

  'learn.transport.cells':
    'Almost all cells react quickly to a shortage or an excess of magnesium, using special transporter proteins.',
  'learn.transport.trpm7':
    'The most important transporter protein is TRPM7. When cells hold a lot of magnesium, TRPM7 works less and less magnesium goes in. With little magnesium the opposite happens.',

  'learn.elimination.routes': 'Magnesium leaves the body mainly in the urine and the faeces.',
  'learn.elimination.urineRange':
    'The kidneys keep serum Mg constant. Depending on intake they excrete from 5 down to only 0.5 mmol (about 120 to 12 mg) a day.',
  'learn.elimination.disturbed':
    'Polyuria in diabetes, medicines such as diuretics, and excessive alcohol use can disturb this regulation.',
  'learn.elimination.raise':
    'Natriuresis (much sodium in the urine), an osmotic load and metabolic acidosis increase excretion.',
  'learn.elimination.lower':
    'Metabolic alkalosis, parathyroid hormone (PTH) and perhaps calcitonin limit excretion.',
  'learn.elimination.faeces': 'The magnesium in faeces is mostly magnesium from food that was not absorbed.',
  'learn.elimination.endogenous':
    'The body also secretes magnesium into the gut itself, in bile, pancreatic and intestinal juices and gut cells. Depending on serum Mg, part of it is reabsorbed.',
  'learn.elimination.sweat':
    'Very little magnesium is lost in sweat, and a negligible amount through menstruation.',
  'learn.elimination.milk': 'During breastfeeding about 25 mg of magnesium a day goes into the breast milk.',
  'learn.elimination.biomarker':
    'There is no good biomarker for the total amount of magnesium in the body, the magnesium status. Serum Mg is sometimes used.',
  'learn.elimination.urineNotIntake':
    'There is not enough evidence that the magnesium in urine reflects how much magnesium someone eats.',

  'learn.deficiency.rare':
    'In healthy people a deficiency with symptoms is rare: when intake is low, the kidneys limit excretion.',
  'learn.deficiency.causes':
    'A chronically low intake, or regulation disturbed by kidney problems, gut disease, excessive alcohol use or certain medicines, can lead to a deficiency.',
  'learn.deficiency.symptoms':
    'Possible symptoms: neuromuscular hyperexcitability, muscle twitches and cramps, restless legs, fatigue, general weakness, coronary artery spasms and arrhythmias.',
  'learn.deficiency.unspecific':
    'These symptoms are hard to pin on magnesium specifically, because magnesium is involved in so many processes and minerals.',
  'learn.deficiency.calciumPotassium':
    'A deficiency can also cause hypocalcaemia and hypokalaemia. Especially with serum Mg below 0.5 mmol/L, neurological and cardiac symptoms can appear.',

  'learn.excess.food': 'Too much magnesium from food is rare: the kidneys excrete the excess efficiently.',
  'learn.excess.laxative':
    'Too much magnesium from supplements or medicines acts as a laxative: mild diarrhoea, sometimes with nausea and abdominal cramps.',
  'learn.excess.ul':
    'The NOAEL and the tolerable upper intake level (UL) for adults and children over 4 are 250 mg a day. For children aged 1 to 3 there is no UL, for lack of data.',
  'learn.excess.ulSupplementsOnly':
    'This UL applies only to magnesium that does not come from ordinary food: supplements and, according to the SCF opinion (2001) it rests on, Mg-rich water and magnesium added to foods too. Magnesium from ordinary food may come on top. The model counts supplements and water, as the SCF does.',
  'learn.excess.toxic':
    'Toxic hypermagnesaemia occurs only above 2,500 mg, ten times the UL. Typical signs are low blood pressure (hypotension) and muscle weakness.',

  'learn.recommendations.noBiomarker':
    'Without a good biomarker the average requirement is hard to set, and so is the recommended daily allowance.',
  'learn.recommendations.ai':
    'That is why EFSA set an adequate intake (AI), based on what people take in each day in studies.',
  'learn.recommendations.hgr':
    'The Belgian Superior Health Council (2016) follows the EFSA recommendations (2015).',
  'learn.recommendations.values':
    'The AI is 350 mg a day for men and 300 mg a day for women. From age 10 the AI differs by sex, because intakes then differ clearly.',
  'learn.recommendations.infants':
    'For infants aged 7 to 11 months the AI is worked out from the intake from breast milk and body weight.',
  'learn.recommendations.pregnancy':
    'During pregnancy and breastfeeding the need rises only very slightly. The body absorbs more and/or excretes less, so the AI is the same for all women.',

  'learn.interactions.calcium':
    'Calcium and magnesium sometimes work against each other, but they do not compete directly for absorption in the gut.',
  'learn.interactions.iron':
    'Magnesium lowers the absorption of iron, especially when both are taken together: they form insoluble complexes.',
  'learn.interactions.zinc':
    'Magnesium can block the secretion of stomach acid and so limit the absorption of zinc.',

  'learn.food.sources':
    'Magnesium is found mainly in nuts, whole grains and grain products, seafood, vegetables, legumes, berries, bananas and cocoa.',
  'learn.food.fibre':
    'Fibre-rich foods usually contain a lot of magnesium. Foods rich in fat or added sugars, and alcohol, contain hardly any.',
  'learn.food.fortified':
    'Magnesium is also added to some foods, such as breakfast cereals, and to dietary supplements.',
  'learn.food.water':
    'Tap water and bottled water provide magnesium too. How much depends on the brand and the region.',
  'learn.food.portion':
    'Look not only at the content per 100 g, but also per usual portion. We eat legumes, pasta and rice cooked, not dry, and a handful of nuts a day, not 100 g.',
  'learn.food.intake':
    'Adults in Europe take in 232 to 439 mg of magnesium a day on average. Men take in more than women, mainly because they eat more.',

  'learn.advice.food':
    'The advice is to get magnesium from food rather than from supplements: a healthy, varied diet with whole grains, legumes, vegetables, fruit, a handful of nuts or seeds and seafood now and then.',
  'learn.advice.supplements':
    'Fortified foods or supplements can be useful in situations that need more magnesium, such as gut disease or type 2 diabetes. Then talk it over with the doctor treating you.',

  'learn.riskGroups.gi':
    'Gut diseases such as Crohn’s disease, coeliac disease and gastroenteritis often come with chronic diarrhoea, which can lead to a deficiency. A gastric bypass can also disturb absorption.',
  'learn.riskGroups.diabetes':
    'In type 2 diabetes, much glucose in the kidneys makes more urine, and with it more magnesium in the urine.',
  'learn.riskGroups.alcohol':
    'Excessive alcohol use often goes with a poor diet, vomiting and diarrhoea, kidneys that lose more magnesium, a lack of vitamin D, alcoholic ketoacidosis and hyperaldosteronism from liver disease.',
  'learn.riskGroups.olderIntake':
    'Older adults usually take in less magnesium than young adults: they eat smaller portions.',
  'learn.riskGroups.olderBody': 'With age, absorption in the gut falls and excretion in the urine rises.',
  'learn.riskGroups.olderDrugs':
    'Older adults more often have chronic diseases and more often take medicines that change the magnesium status.',

  'learn.drugs.doctor':
    'People who take medicines regularly are advised to discuss their magnesium intake with the doctor treating them.',
  'learn.drugs.bisphosphonates':
    'Magnesium supplements can prevent the absorption of bisphosphonates such as alendronate. That is why 2 hours between the two is recommended.',
  'learn.drugs.antibiotics':
    'Magnesium forms insoluble complexes with tetracyclines (e.g. doxycycline) and quinolones (e.g. levofloxacin). That is why these antibiotics are taken at least 2 hours before or 4 to 6 hours after a magnesium supplement.',
  'learn.drugs.diureticsUp':
    'Long-term use of loop diuretics (furosemide) and thiazide diuretics (hydrochlorothiazide) raises magnesium in the urine and can lower the magnesium status.',
  'learn.drugs.diureticsDown':
    'Potassium-sparing diuretics such as amiloride limit magnesium excretion and can raise the magnesium status.',
  'learn.drugs.ppi':
    'Long-term use of proton-pump inhibitors such as lansoprazole, usually for more than a year, can lead to hypomagnesaemia.',
  'learn.drugs.ppiSupplements':
    'Supplements then often raise serum Mg a lot, but in 25% of cases they do not. The proton-pump inhibitor must then be stopped. Checking serum Mg from time to time is recommended.',

  'notes.title': 'About this model',
  'notes.intro':
    'This is a simplified, educational model of magnesium balance in a 70 kg adult. It shows directions and orders of magnitude, not predictions for a real person.',
  'notes.limitations.title': 'Simplifications and limitations',
  'notes.limitation.1':
    'Absorption follows the kinetics of Fine (1991), but his constants could not be checked. The model splits uptake into two pathways per meal: a passive one between the cells (large capacity, low affinity: most of the uptake at ordinary intakes, as the article says) and an active one through the cells (TRPM6/7: small capacity, high affinity, important at low intakes). The constants are fitted to summary numbers (75% at a very low intake, 40% at 350 mg a day, 65% → 11% per meal). Food, water and supplements share the same carriers.',
  'notes.limitation.2':
    'Loss in bile and gut juices, the feedback on absorption and the speed of exchange with the tissues are assumptions tuned to depletion studies, not measurements.',
  'notes.limitation.3':
    'With a PPI the effect on the gut builds up over years in the model (in a susceptible user below {normalLow} mmol/L after about 2 years, below {severeBelow} after about 2.7 years), as in patients (median 4 to 5.5 years). Why it takes so long is not known; the model only describes it. The real course is unpredictable. In population studies serum Mg of typical users falls a little more than in the model.',
  'notes.limitation.4':
    'The model has no parathyroid hormone (PTH), vitamin D, calcium or potassium. Hypocalcaemia and hypokalaemia appear only as alerts.',
  'notes.limitation.5':
    'In the model, tissues exchange only net magnesium with the blood. Mimicking isotope (tracer) measurements would need flows in both directions.',
  'notes.limitation.6':
    'Food values come from the US food composition table (USDA). Values from the Belgian food composition table (NUBEL) were not available.',
  'notes.sources':
    'Sources: the article "Magnesium in de voeding" (I. Lodewijckx, KU Leuven, 2025), the EFSA (2015) and Belgian Superior Health Council (2016) opinions, and the studies listed in the teachers’ model guide.',
};
