/**
 * The diet builder (Dutch): ready-made menus, the food picker and ranking, the menu table, water,
 * supplement, eaten versus absorbed against the adequate intake, the supplement against the upper
 * limit, the sources of the magnesium, and handing the menu to the model.
 */
export const nlDiet = {
  'diet.title': 'Stel een dagmenu samen',
  'diet.intro':
    'Kies voedingsmiddelen en porties, drinkwater en eventueel een supplement. Vergelijk wat je eet met wat het lichaam opneemt, en laat het model daarna met dit menu leven.',
  'diet.section.build': 'Het menu',
  'diet.section.drinks': 'Water, supplement en porties',
  'diet.section.result': 'Wat doet dit menu?',

  'diet.ready.label': 'Kant-en-klaar menu',
  'diet.ready.load': 'Laad dit menu',
  'diet.ready.loaded': 'Het menu ‘{name}’ is geladen. Je kunt het nu aanpassen.',

  'diet.group.nuts-seeds': 'Noten, zaden en cacao',
  'diet.group.grains': 'Granen en brood',
  'diet.group.legumes': 'Peulvruchten en tofu',
  'diet.group.vegetables': 'Groenten en aardappelen',
  'diet.group.fruit': 'Fruit',
  'diet.group.fish-seafood': 'Vis en zeevruchten',
  'diet.group.meat-eggs': 'Vlees, kip en eieren',
  'diet.group.dairy': 'Melk en zuivel',
  'diet.group.drinks': 'Dranken',

  'diet.basis.legend': 'Magnesium tonen',
  'diet.basis.per100g': 'per 100 g',
  'diet.basis.perPortion': 'per portie',

  'diet.picker.label': 'Voedingsmiddel toevoegen',
  'diet.picker.option.per100g': '{name}: {amount} {unit} per 100 {portionUnit}',
  'diet.picker.option.perPortion': '{name}: {amount} {unit} in {portion}',
  'diet.picker.add': 'Voeg toe',
  'diet.picker.added': '{name} is toegevoegd: {portion}.',
  'diet.picker.addedMore': 'Er is een portie {name} bij: nu {grams} {portionUnit}.',

  'diet.ranking.title.per100g': 'Meeste magnesium per 100 g',
  'diet.ranking.title.perPortion': 'Meeste magnesium per gebruikelijke portie',
  'diet.ranking.label': 'nr. {rank} {name}',
  'diet.ranking.otherRank.per100g': 'per 100 g: nr. {rank}',
  'diet.ranking.otherRank.perPortion': 'per portie: nr. {rank}',
  'diet.ranking.aria.per100g':
    'Staafdiagram: de {count} voedingsmiddelen met het meeste magnesium per 100 g. Bovenaan staat {first} met {amount} {unit}.',
  'diet.ranking.aria.perPortion':
    'Staafdiagram: de {count} voedingsmiddelen met het meeste magnesium per gebruikelijke portie. Bovenaan staat {first} met {amount} {unit}.',
  'diet.ranking.col.rank': 'Plaats',
  'diet.ranking.col.portion': 'Portie',
  'diet.ranking.col.other': 'Plaats op de andere manier',

  'diet.menu.heading': 'Jouw menu voor één dag',
  // A soft hyphen lets the header break on a phone: 'Voedings-' / 'middel'.
  'diet.menu.col.food': 'Voedings\u00admiddel',
  'diet.menu.col.amount': 'Hoeveelheid',
  'diet.menu.col.mg': 'Magnesium ({unit})',
  'diet.menu.col.mgShort': 'Mg ({unit})',
  'diet.menu.col.actions': 'Verwijderen',
  'diet.menu.amountLabel': 'Hoeveelheid {name} in {portionUnit}',
  'diet.menu.portions': '≈ {count} × {portion}',
  'diet.menu.lessPortion': 'Eén portie {name} minder',
  'diet.menu.morePortion': 'Eén portie {name} meer',
  'diet.menu.remove': '{name} verwijderen',
  'diet.menu.removed': '{name} is uit het menu verwijderd.',
  'diet.menu.empty': 'Het menu is leeg. Voeg een voedingsmiddel toe of laad een kant-en-klaar menu.',
  'diet.menu.totalFood': 'Totaal uit voeding',
  'diet.menu.oxalate': 'rijk aan oxalaat',

  'diet.field.tooHigh': 'Dit veld gaat tot {max} {unit}: het menu rekent met {max} {unit}.',
  'diet.field.tooLow': 'Dit veld begint bij {min} {unit}: het menu rekent met {min} {unit}.',
  'diet.field.notANumber': 'Dit is geen getal: het menu rekent verder met {used} {unit}.',
  'diet.field.dosesUnit': 'innames per dag',
  'diet.field.litresUnit': 'liter per dag',

  'diet.water.heading': 'Drinkwater',
  'diet.water.choose': 'Soort water',
  'diet.water.custom': 'Eigen waarde',
  'diet.water.option': '{name} ({mgPerL} mg/L)',
  'diet.water.mgPerL': 'Magnesium in het water (mg/L)',
  'diet.water.litres': 'Hoeveel je drinkt (liter per dag)',
  'diet.water.total': 'Uit het water: {amount} {unit}.',
  'diet.water.claim': 'Vanaf {min} mg/L mag ‘bevat magnesium’ op het etiket staan.',

  'diet.supplement.heading': 'Supplement',
  'diet.supplement.compound': 'Stof op het etiket',
  'diet.supplement.compoundOption': '{name} ({formula})',
  'diet.supplement.form.soluble': 'Het model rekent dit als een oplosbaar zout.',
  'diet.supplement.form.oxide':
    'Het model rekent dit als magnesiumoxide: dat lost slecht op, er wordt minder van opgenomen.',
  'diet.supplement.form.unknown': 'Het etiket noemt geen zout: het model rekent met een oplosbaar zout.',
  'diet.supplement.mass': 'Hoeveelheid per inname, zoals op het etiket (mg)',
  'diet.supplement.doses': 'Innames per dag',
  'diet.supplement.elemental':
    '{mass} mg {compound} bevat {elemental} mg magnesium: {percent}% van de massa.',
  'diet.supplement.molarMass':
    'Alleen het magnesium zelf telt. Het hele molecule weegt {molar} g/mol, waarvan {mgMass} g/mol magnesium.',
  'diet.supplement.perDay': 'Per dag: {amount} {unit} magnesium uit het supplement.',
  'diet.supplement.none': 'Geen supplement.',

  'diet.result.eaten': 'Gegeten',
  'diet.result.absorbed': 'Opgenomen',
  'diet.result.aiMarker': 'AI {amount}',
  'diet.result.aria':
    'Staafdiagram: gegeten {eaten} {unit}, opgenomen {absorbed} {unit} ({percent}%). De adequate inname is {ai} {unit}.',
  'diet.result.aria.noAi': 'Staafdiagram: gegeten {eaten} {unit}, opgenomen {absorbed} {unit} ({percent}%).',
  'diet.result.legend':
    'De balk ‘Gegeten’ is opgedeeld in voeding (effen), water (gearceerd) en supplement (gestippeld). De streepjeslijn is de adequate inname (AI).',
  'diet.result.absorbedShare': 'Het lichaam neemt {absorbed} {unit} op: {percent}% van wat je binnenkrijgt.',
  'diet.result.ai': 'Adequate inname (AI) voor {group}: {amount} {unit}. Dit menu haalt {percent}% daarvan.',
  'diet.result.noAi': 'Voor deze leeftijd is er geen adequate inname.',
  'diet.result.person.male': 'Berekend voor de persoon in het model: mannelijk, {age} jaar.',
  'diet.result.person.female': 'Berekend voor de persoon in het model: vrouwelijk, {age} jaar.',
  'diet.result.aiSource': 'Bron: EFSA (2015), gevolgd door de Hoge Gezondheidsraad (2016).',
  'diet.result.steadyState':
    'Opgenomen: berekend voor het evenwicht, met de darm van de persoon in het model. Geneesmiddelen en aandoeningen uit de instellingen tellen mee.',
  'diet.result.phytate':
    'Fytinezuur uit dit menu: {mmol} mmol per maaltijd. Zonder fytinezuur zou het lichaam {without} {unit} opnemen in plaats van {absorbed} {unit}.',
  'diet.result.phytateNone':
    'Dit menu bevat bijna geen fytinezuur. Dat zit vooral in volkoren granen, zemelen, peulvruchten en noten.',
  'diet.result.oxalate':
    'Oxalaat in {foods} bindt magnesium, zodat er minder van wordt opgenomen. Het model rekent daar niet mee: de echte opname ligt dus wat lager.',
  'diet.quoted': '‘{text}’',

  'diet.ul.heading': 'Supplement en maximale toelaatbare inname',

  'diet.contrib.heading': 'Waar komt het magnesium vandaan?',
  'diet.contrib.water': 'Drinkwater',
  'diet.contrib.supplement': 'Supplement',
  'diet.contrib.aria':
    'Staafdiagram van de bronnen van magnesium, van groot naar klein. De grootste bron is {first}: {amount} {unit}, {percent}% van het totaal.',
  'diet.contrib.value': '{amount} {unit} ({percent}%)',
  'diet.contrib.empty': 'Nog geen magnesium: het menu is leeg.',
  'diet.contrib.col.source': 'Bron',
  'diet.contrib.col.share': 'Aandeel',

  'diet.apply.button': 'Gebruik dit menu in het model',
  'diet.apply.done': 'Vanaf dag {day} rekent het model met dit menu: {amount} {unit}.',
  'diet.apply.inUse': 'Het model rekent met dit menu.',
  'diet.apply.notInUse':
    'Het model rekent nog met een andere inname: {amount} {unit} uit voeding. Druk op de knop om dit menu te gebruiken.',
  'diet.apply.otherForm':
    'Het model rekent nog met een andere vorm van het supplement. Druk op de knop om dit menu te gebruiken.',
  'diet.body.heading': 'Wat doet het lichaam?',
  // Not 'Play'/'Pause': the time controls have those names, and two buttons must not share one.
  'diet.body.play': 'Laat de tijd lopen',
  'diet.body.pause': 'Zet de tijd stil',
  'diet.body.hint': 'Laat de tijd lopen en kijk hoe het serum-Mg en de urine reageren.',
  'diet.body.serum': 'Serum-Mg',
  'diet.body.serumValue': '{value} mmol/L ({band})',
  'diet.body.urine': 'In de urine',
  'diet.body.absorbed': 'Opgenomen in de darm',

  'diet.sources.summary': 'Waar komen de getallen vandaan?',
  'diet.sources.foods':
    'Magnesium per voedingsmiddel: de Amerikaanse voedingsmiddelentabel (USDA, SR legacy), met het NDB-nummer van elk voedingsmiddel in dit menu:',
  'diet.sources.food': '{name}: NDB {ndb}',
  'diet.sources.foodFdc': '{name}: FoodData Central {fdc}',
  'diet.sources.foodEstimate': '{name}: schatting uit een recept (zie hieronder)',
  'diet.sources.references': 'Referentiewaarden en omrekeningen:',
} as const satisfies Record<string, string>;
