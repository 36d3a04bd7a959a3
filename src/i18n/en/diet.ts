/** The diet builder (British English); see nl/diet.ts. */
import type { nlDiet } from '../nl/diet.ts';

export const enDiet: Record<keyof typeof nlDiet, string> = {
  'diet.title': 'Build a day’s menu',
  'diet.intro':
    'Choose foods and portions, drinking water and, if you like, a supplement. Compare what you eat with what the body absorbs, then let the model live on this menu.',
  'diet.section.build': 'The menu',
  'diet.section.drinks': 'Water, supplement and portions',
  'diet.section.result': 'What does this menu do?',

  'diet.ready.label': 'Ready-made menu',
  'diet.ready.load': 'Load this menu',
  'diet.ready.loaded': 'The menu ‘{name}’ has been loaded. You can now change it.',

  'diet.group.nuts-seeds': 'Nuts, seeds and cocoa',
  'diet.group.grains': 'Grains and bread',
  'diet.group.legumes': 'Legumes and tofu',
  'diet.group.vegetables': 'Vegetables and potatoes',
  'diet.group.fruit': 'Fruit',
  'diet.group.fish-seafood': 'Fish and seafood',
  'diet.group.meat-eggs': 'Meat, chicken and eggs',
  'diet.group.dairy': 'Milk and dairy',
  'diet.group.drinks': 'Drinks',

  'diet.basis.legend': 'Show magnesium',
  'diet.basis.per100g': 'per 100 g',
  'diet.basis.perPortion': 'per portion',

  'diet.picker.label': 'Add a food',
  'diet.picker.option.per100g': '{name}: {amount} {unit} per 100 {portionUnit}',
  'diet.picker.option.perPortion': '{name}: {amount} {unit} in {portion}',
  'diet.picker.add': 'Add',
  'diet.picker.added': '{name} has been added: {portion}.',
  'diet.picker.addedMore': 'One more portion of {name}: now {grams} {portionUnit}.',

  'diet.ranking.title.per100g': 'Most magnesium per 100 g',
  'diet.ranking.title.perPortion': 'Most magnesium per usual portion',
  'diet.ranking.label': 'no. {rank} {name}',
  'diet.ranking.otherRank.per100g': 'per 100 g: no. {rank}',
  'diet.ranking.otherRank.perPortion': 'per portion: no. {rank}',
  'diet.ranking.aria.per100g':
    'Bar chart: the {count} foods with the most magnesium per 100 g. At the top is {first} with {amount} {unit}.',
  'diet.ranking.aria.perPortion':
    'Bar chart: the {count} foods with the most magnesium per usual portion. At the top is {first} with {amount} {unit}.',
  'diet.ranking.col.rank': 'Rank',
  'diet.ranking.col.portion': 'Portion',
  'diet.ranking.col.other': 'Rank the other way',

  'diet.menu.heading': 'Your menu for one day',
  'diet.menu.col.food': 'Food',
  'diet.menu.col.amount': 'Amount',
  'diet.menu.col.mg': 'Magnesium ({unit})',
  'diet.menu.col.mgShort': 'Mg ({unit})',
  'diet.menu.col.actions': 'Remove',
  'diet.menu.amountLabel': 'Amount of {name} in {portionUnit}',
  'diet.menu.portions': '≈ {count} × {portion}',
  'diet.menu.lessPortion': 'One portion less of {name}',
  'diet.menu.morePortion': 'One more portion of {name}',
  'diet.menu.remove': 'Remove {name}',
  'diet.menu.removed': '{name} has been removed from the menu.',
  'diet.menu.empty': 'The menu is empty. Add a food or load a ready-made menu.',
  'diet.menu.totalFood': 'Total from food',
  'diet.menu.oxalate': 'rich in oxalate',

  'diet.field.tooHigh': 'This field goes up to {max} {unit}: the menu uses {max} {unit}.',
  'diet.field.tooLow': 'This field starts at {min} {unit}: the menu uses {min} {unit}.',
  'diet.field.notANumber': 'This is not a number: the menu keeps {used} {unit}.',
  'diet.field.dosesUnit': 'doses a day',
  'diet.field.litresUnit': 'litres a day',

  'diet.water.heading': 'Drinking water',
  'diet.water.choose': 'Kind of water',
  'diet.water.custom': 'Own value',
  'diet.water.option': '{name} ({mgPerL} mg/L)',
  'diet.water.mgPerL': 'Magnesium in the water (mg/L)',
  'diet.water.litres': 'How much you drink (litres a day)',
  'diet.water.total': 'From the water: {amount} {unit}.',
  'diet.water.claim': 'From {min} mg/L the label may say ‘contains magnesium’.',

  'diet.supplement.heading': 'Supplement',
  'diet.supplement.compound': 'Compound on the label',
  'diet.supplement.compoundOption': '{name} ({formula})',
  'diet.supplement.form.soluble': 'The model counts this as a soluble salt.',
  'diet.supplement.form.oxide':
    'The model counts this as magnesium oxide: it dissolves poorly, so less of it is absorbed.',
  'diet.supplement.form.unknown': 'The label names no salt: the model takes a soluble salt.',
  'diet.supplement.mass': 'Amount per dose, as on the label (mg)',
  'diet.supplement.doses': 'Doses a day',
  'diet.supplement.elemental':
    '{mass} mg {compound} contains {elemental} mg magnesium: {percent}% of its mass.',
  'diet.supplement.molarMass':
    'Only the magnesium itself counts. The whole molecule weighs {molar} g/mol, of which {mgMass} g/mol is magnesium.',
  'diet.supplement.perDay': 'Per day: {amount} {unit} magnesium from the supplement.',
  'diet.supplement.none': 'No supplement.',

  'diet.result.eaten': 'Eaten',
  'diet.result.absorbed': 'Absorbed',
  'diet.result.aiMarker': 'AI {amount}',
  'diet.result.aria':
    'Bar chart: eaten {eaten} {unit}, absorbed {absorbed} {unit} ({percent}%). The adequate intake is {ai} {unit}.',
  'diet.result.aria.noAi': 'Bar chart: eaten {eaten} {unit}, absorbed {absorbed} {unit} ({percent}%).',
  'diet.result.legend':
    'The ‘Eaten’ bar is split into food (solid), water (hatched) and supplement (dotted). The dashed line is the adequate intake (AI).',
  'diet.result.absorbedShare': 'The body absorbs {absorbed} {unit}: {percent}% of what you take in.',
  'diet.result.ai': 'Adequate intake (AI) for {group}: {amount} {unit}. This menu reaches {percent}% of it.',
  'diet.result.noAi': 'There is no adequate intake for this age.',
  'diet.result.person.male': 'Calculated for the person in the model: male, aged {age}.',
  'diet.result.person.female': 'Calculated for the person in the model: female, aged {age}.',
  'diet.result.aiSource': 'Source: EFSA (2015), followed by the Belgian Superior Health Council (2016).',
  'diet.result.steadyState':
    'Absorbed: calculated at steady state, with the gut of the person in the model. Medicines and conditions from the settings are included.',
  'diet.result.phytate':
    'Phytic acid from this menu: {mmol} mmol per meal. Without phytic acid the body would absorb {without} {unit} instead of {absorbed} {unit}.',
  'diet.result.phytateNone':
    'This menu contains hardly any phytic acid. It comes mainly from whole grains, bran, legumes and nuts.',
  'diet.result.oxalate':
    'Oxalate in {foods} binds magnesium, so less of it is absorbed. The model does not include this: real absorption is therefore somewhat lower.',
  'diet.quoted': '‘{text}’',

  'diet.ul.heading': 'Supplement and tolerable upper intake level',

  'diet.contrib.heading': 'Where does the magnesium come from?',
  'diet.contrib.water': 'Drinking water',
  'diet.contrib.supplement': 'Supplement',
  'diet.contrib.aria':
    'Bar chart of the sources of magnesium, largest first. The largest source is {first}: {amount} {unit}, {percent}% of the total.',
  'diet.contrib.value': '{amount} {unit} ({percent}%)',
  'diet.contrib.empty': 'No magnesium yet: the menu is empty.',
  'diet.contrib.col.source': 'Source',
  'diet.contrib.col.share': 'Share',

  'diet.apply.button': 'Use this menu in the model',
  'diet.apply.done': 'From day {day} the model runs on this menu: {amount} {unit}.',
  'diet.apply.inUse': 'The model is running on this menu.',
  'diet.apply.notInUse':
    'The model is still running on another intake: {amount} {unit} from food. Press the button to use this menu.',
  'diet.apply.otherForm':
    'The model is still running on another form of the supplement. Press the button to use this menu.',
  'diet.body.heading': 'What does the body do?',
  // Not 'Play'/'Pause': the time controls have those names, and two buttons must not share one.
  'diet.body.play': 'Let time run',
  'diet.body.pause': 'Stop time',
  'diet.body.hint': 'Let time run and watch how serum Mg and urine respond.',
  'diet.body.serum': 'Serum Mg',
  'diet.body.serumValue': '{value} mmol/L ({band})',
  'diet.body.urine': 'In the urine',
  'diet.body.absorbed': 'Absorbed by the gut',

  'diet.sources.summary': 'Where do the numbers come from?',
  'diet.sources.foods':
    'Magnesium per food: the US food composition table (USDA, SR legacy), with the NDB number of each food on this menu:',
  'diet.sources.food': '{name}: NDB {ndb}',
  'diet.sources.foodFdc': '{name}: FoodData Central {fdc}',
  'diet.sources.foodEstimate': '{name}: estimate from a recipe (see below)',
  'diet.sources.references': 'Reference values and conversions:',
};
