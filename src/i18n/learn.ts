/**
 * Structure of the learn panel: the article's statements grouped as in the article, each with its
 * reference numbers (from the article's list, ARTICLE_REFERENCES) and, where the model can show
 * it, a scenario to try. Texts are in the catalogues under `learn.<section>.<fact>`.
 */
import type { ScenarioId } from '../scenarios/scenarios.ts';
import type { MessageKey } from './nl.ts';

export interface LearnFact {
  key: MessageKey;
  /** Reference numbers in the article's list; empty when the article gives none. */
  sources: readonly number[];
  /** A scenario that shows this fact in the model. */
  scenario?: ScenarioId;
}

export interface LearnSection {
  id: string;
  title: MessageKey;
  facts: readonly LearnFact[];
}

const f = (key: MessageKey, sources: readonly number[], scenario?: ScenarioId): LearnFact =>
  scenario ? { key, sources, scenario } : { key, sources };

export const LEARN_SECTIONS: readonly LearnSection[] = [
  {
    id: 'function',
    title: 'learn.section.function',
    facts: [
      f('learn.function.essential', []),
      f('learn.function.enzymes', [1]),
      f('learn.function.synthesis', [1]),
      f('learn.function.boneMembranes', [1]),
      f('learn.function.minerals', [2, 3]),
    ],
  },
  {
    id: 'distribution',
    title: 'learn.section.distribution',
    facts: [
      f('learn.distribution.total', [2], 'healthy-man'),
      f('learn.distribution.bone', [1], 'healthy-man'),
      f('learn.distribution.boneRelease', [8], 'depletion-experiment'),
      f('learn.distribution.muscle', [9, 10], 'depletion-experiment'),
      f('learn.distribution.serum', [1, 3], 'healthy-man'),
      f('learn.distribution.serumForms', [1, 6]),
    ],
  },
  {
    id: 'absorption',
    title: 'learn.section.absorption',
    facts: [
      f('learn.absorption.site', [1, 2]),
      f('learn.absorption.active', [1, 2], 'low-intake'),
      f('learn.absorption.fraction', [1, 2], 'healthy-man'),
      f('learn.absorption.intake', [1, 2], 'supplement-above-ul'),
      f('learn.absorption.inhibitors', [1, 2]),
      f('learn.absorption.fibre', [1, 2]),
    ],
  },
  {
    id: 'transport',
    title: 'learn.section.transport',
    facts: [f('learn.transport.cells', [7]), f('learn.transport.trpm7', [1])],
  },
  {
    id: 'elimination',
    title: 'learn.section.elimination',
    facts: [
      f('learn.elimination.routes', []),
      f('learn.elimination.urineRange', [1, 2], 'depletion-experiment'),
      f('learn.elimination.disturbed', [1, 2], 'type2-diabetes'),
      f('learn.elimination.raise', [1, 2]),
      f('learn.elimination.lower', [1, 2]),
      f('learn.elimination.faeces', [11], 'healthy-man'),
      f('learn.elimination.endogenous', [12], 'gi-disease'),
      f('learn.elimination.sweat', [1]),
      f('learn.elimination.milk', [1], 'breastfeeding'),
      f('learn.elimination.biomarker', [1], 'low-intake'),
      f('learn.elimination.urineNotIntake', [1]),
    ],
  },
  {
    id: 'deficiency',
    title: 'learn.section.deficiency',
    facts: [
      f('learn.deficiency.rare', [3], 'low-intake'),
      f('learn.deficiency.causes', [4], 'gi-disease'),
      f('learn.deficiency.symptoms', [4]),
      f('learn.deficiency.unspecific', [1]),
      f('learn.deficiency.calciumPotassium', [1, 4], 'ppi-long-term'),
    ],
  },
  {
    id: 'excess',
    title: 'learn.section.excess',
    facts: [
      f('learn.excess.food', [], 'supplement-above-ul'),
      f('learn.excess.laxative', [1], 'supplement-above-ul'),
      f('learn.excess.ul', [5]),
      f('learn.excess.ulSupplementsOnly', [1]),
      f('learn.excess.toxic', [4], 'laxative-kidney-failure'),
    ],
  },
  {
    id: 'recommendations',
    title: 'learn.section.recommendations',
    facts: [
      f('learn.recommendations.noBiomarker', [1]),
      f('learn.recommendations.ai', [1]),
      f('learn.recommendations.hgr', [3]),
      f('learn.recommendations.values', [1, 3], 'healthy-woman'),
      f('learn.recommendations.infants', [1, 3]),
      f('learn.recommendations.pregnancy', [1, 3], 'breastfeeding'),
    ],
  },
  {
    id: 'interactions',
    title: 'learn.section.interactions',
    facts: [
      f('learn.interactions.calcium', [4]),
      f('learn.interactions.iron', [4]),
      f('learn.interactions.zinc', [4]),
    ],
  },
  {
    id: 'food',
    title: 'learn.section.food',
    facts: [
      f('learn.food.sources', [1]),
      f('learn.food.fibre', [4]),
      f('learn.food.fortified', [1]),
      f('learn.food.water', [1]),
      f('learn.food.portion', [24]),
      f('learn.food.intake', []),
    ],
  },
  {
    id: 'advice',
    title: 'learn.section.advice',
    facts: [f('learn.advice.food', []), f('learn.advice.supplements', [])],
  },
  {
    id: 'riskGroups',
    title: 'learn.section.riskGroups',
    facts: [
      f('learn.riskGroups.gi', [13], 'gi-disease'),
      f('learn.riskGroups.diabetes', [13, 14, 15], 'type2-diabetes'),
      f('learn.riskGroups.alcohol', [13, 16], 'alcohol'),
      f('learn.riskGroups.olderIntake', [21], 'older-adult'),
      f('learn.riskGroups.olderBody', [17], 'older-adult'),
      f('learn.riskGroups.olderDrugs', [18, 19]),
    ],
  },
  {
    id: 'drugs',
    title: 'learn.section.drugs',
    facts: [
      f('learn.drugs.doctor', []),
      f('learn.drugs.bisphosphonates', [20, 21]),
      f('learn.drugs.antibiotics', [21]),
      f('learn.drugs.diureticsUp', [22], 'loop-diuretic'),
      f('learn.drugs.diureticsDown', [22], 'potassium-sparing'),
      f('learn.drugs.ppi', [23], 'ppi-long-term'),
      f('learn.drugs.ppiSupplements', [23], 'ppi-stop'),
    ],
  },
];

/** The article's reference list (number n is element n − 1). Citations are not translated. */
export const ARTICLE_REFERENCES: readonly string[] = [
  'EFSA NDA Panel, 2015. Scientific Opinion on Dietary Reference Values for magnesium. EFSA Journal 13(7):4186.',
  'Hoge Gezondheidsraad. Voedingsaanbevelingen voor België, 2009, nr. 8309. Brussel: HGR; 2009.',
  'Hoge Gezondheidsraad. Voedingsaanbevelingen voor België – 2016. Brussel: HGR; 2016. Advies nr. 9285.',
  'EFSA. Tolerable upper intake levels for vitamins and minerals. Parma: EFSA; 2006.',
  'SCF (Scientific Committee on Food), 2001. Opinion on the Tolerable Upper Intake Level of magnesium.',
  'Elin RJ, 1987. Assessment of magnesium status. Clinical Chemistry 33:1965–1970.',
  'Romani A, 2011. Cellular magnesium homeostasis. Archives of Biochemistry and Biophysics 512:1–23.',
  'Laires MJ, Monteiro CP, Bicho M, 2004. Role of cellular magnesium in health and human disease. Frontiers in Bioscience 9:262–276.',
  'Kubota T et al., 2005. Mitochondria are intracellular magnesium stores. Biochimica et Biophysica Acta 1744:19–28.',
  'Wolf FI, Trapani V, 2008. Cell (patho)physiology of magnesium. Clinical Science 114:27–35.',
  'Lakshmanan FL et al., 1984. Magnesium intakes, balances, and blood levels of adults consuming self-selected diets. Am J Clin Nutr 40:1380–1389.',
  'Swaminathan R, 2003. Magnesium metabolism and its disorders. Clinical Biochemist Reviews 24:47–66.',
  'Rude RK, 2010. Magnesium. In: Encyclopedia of Dietary Supplements, 2nd ed. New York: Informa Healthcare; 527–537.',
  'Chaudhary DP, Sharma R, Bansal DD, 2010. Implications of magnesium deficiency in type 2 diabetes: a review. Biol Trace Elem Res 134:119–129.',
  'Tosiello L, 1996. Hypomagnesemia and diabetes mellitus. Arch Intern Med 156:1143–1148.',
  'Rivlin RS, 1994. Magnesium deficiency and alcohol intake. J Am Coll Nutr 13:416–423.',
  'Musso CG, 2009. Magnesium metabolism in health and disease. Int Urol Nephrol 41:357–362.',
  'Institute of Medicine, 1997. Dietary Reference Intakes: Calcium, Phosphorus, Magnesium, Vitamin D and Fluoride. Washington, DC: National Academy Press.',
  'Barbagallo M, Belvedere M, Dominguez LJ, 2009. Magnesium homeostasis and aging. Magnes Res 22:235–246.',
  'Dunn CJ, Goa KL, 2001. Risedronate: a review of its pharmacological properties and clinical use in resorptive bone disease. Drugs 61:685–712.',
  'Natural Medicines Comprehensive Database. Magnesium. 2013.',
  'Sarafidis PA, Georgianos PI, Lasaridis AN, 2010. Diuretics in clinical practice. Part II. Expert Opin Drug Saf 9:259–273.',
  'U.S. Food and Drug Administration, 2011. Proton Pump Inhibitor Drugs (PPIs): Drug Safety Communication – Low Magnesium Levels Can Be Associated With Long-Term Use.',
  'Belgische voedingsmiddelentabel – www.internubel.be, consulted 17 February 2025.',
  'Verordening (EG) nr. 1924/2006 inzake voedings- en gezondheidsclaims voor levensmiddelen.',
];

/** The source article itself (its title is Dutch in both languages). */
export const ARTICLE = {
  title: 'Magnesium in de voeding',
  author: 'Inge Lodewijckx',
  affiliation: 'KU Leuven',
  published: '2025-04-02',
} as const;
