/**
 * Controls (Dutch): one label, hint (and unit for numbers) per model input, option labels,
 * intake against the adequate intake, supplements against the upper limit, clamp messages.
 */
export const nlControls = {
  'input.intakeMgPerDay.label': 'Magnesium uit de voeding',
  'input.intakeMgPerDay.hint': 'Hoeveel magnesium je per dag eet, zonder water en supplementen.',
  'input.intakeMgPerDay.unit': 'mg/dag',
  'input.waterMgPerL.label': 'Magnesium in het drinkwater',
  'input.waterMgPerL.hint':
    'Leidingwater bevat enkele mg per liter, sommige flessenwaters meer dan 100 mg per liter.',
  'input.waterMgPerL.unit': 'mg/L',
  'input.waterLPerDay.label': 'Hoeveel water je drinkt',
  'input.waterLPerDay.hint': 'Liter water per dag, met het magnesiumgehalte hierboven.',
  'input.waterLPerDay.unit': 'L/dag',
  'input.supplementMgPerDay.label': 'Magnesiumsupplement',
  'input.supplementMgPerDay.hint':
    'Magnesium uit supplementen of laxeermiddelen, in mg per dag, bovenop de voeding.',
  'input.supplementMgPerDay.unit': 'mg/dag',
  'input.supplementDosesPerDay.label': 'Aantal innames per dag',
  'input.supplementDosesPerDay.hint':
    'Verdeeld over meerdere innames wordt een supplement beter opgenomen dan in één keer.',
  'input.supplementDosesPerDay.unit': 'innames/dag',
  'input.supplementForm.label': 'Vorm van het supplement',
  'input.supplementForm.hint':
    'Magnesiumoxide lost slecht op: er wordt minder van opgenomen dan van een oplosbaar zout zoals citraat.',
  'supplementForm.soluble': 'Een oplosbaar zout (bv. citraat, chloride, lactaat)',
  'supplementForm.oxide': 'Magnesiumoxide of -hydroxide',
  'input.diuretic.label': 'Plasmiddel (diureticum)',
  'input.diuretic.hint': 'Sommige plasmiddelen laten de nieren meer magnesium verliezen, andere minder.',
  'input.ppi.label': 'Maagzuurremmer (protonpompinhibitor, PPI)',
  'input.ppi.hint': 'Langdurig gebruik kan de opname van magnesium in de darm remmen.',
  'input.conditions.label': 'Aandoeningen en situaties',
  'input.conditions.hint': 'Kies wat van toepassing is. Je mag er meerdere kiezen.',
  'input.gfrMlPerMin.label': 'Nierfunctie (GFR)',
  'input.gfrMlPerMin.hint':
    'Hoeveel bloed de nieren per minuut filteren: normaal ongeveer {gfrNormal} mL/min, onder {kidneyWarningGfr} ernstig verminderd.',
  'input.gfrMlPerMin.unit': 'mL/min',
  'input.phytateMmolPerMeal.label': 'Fytinezuur per maaltijd',
  'input.phytateMmolPerMeal.hint':
    'Fytinezuur uit volkoren granen en zemelen bindt magnesium in de darm, zodat er minder wordt opgenomen.',
  'input.phytateMmolPerMeal.unit': 'mmol/maaltijd',
  'input.fermentableFibre.label': 'Veel oplosbare voedingsvezels',
  'input.fermentableFibre.hint':
    'Als darmbacteriën oplosbare vezels fermenteren, wordt iets meer magnesium opgenomen.',
  'input.sex.label': 'Geslacht',
  'input.sex.hint':
    'Vanaf {aiBySexFromAge} jaar is de adequate inname voor jongens en mannen hoger dan voor meisjes en vrouwen.',
  'input.ageYears.label': 'Leeftijd',
  'input.ageYears.hint':
    'Bepaalt de adequate inname. Vanaf {elderlyFromAge} jaar rekent het model met de effecten van ouder worden.',
  'input.ageYears.unit': 'jaar',
  'input.ivMgPerDay.label': 'Magnesium via een infuus',
  'input.ivMgPerDay.hint': 'Magnesium dat rechtstreeks in het bloed gaat, zonder langs de darm te passeren.',
  'input.ivMgPerDay.unit': 'mg/dag',

  'diuretic.none': 'Geen',
  'diuretic.loop': 'Lisdiureticum (bv. furosemide)',
  'diuretic.loop.hint': 'Remt de terugopname in de nieren: meer magnesium in de urine.',
  'diuretic.thiazide': 'Thiazidediureticum (bv. hydrochloorthiazide)',
  'diuretic.thiazide.hint': 'Remt de terugopname in de nieren een beetje: iets meer magnesium in de urine.',
  'diuretic.potassium-sparing': 'Kaliumsparend diureticum (bv. amiloride)',
  'diuretic.potassium-sparing.hint': 'Beperkt het verlies van magnesium via de urine.',
  'ppi.none': 'Geen',
  'ppi.typical': 'Ja, een gewone gebruiker (bv. lansoprazole)',
  'ppi.typical.hint':
    'Na jaren daalt de actieve opname in de darm een beetje; de urine bevat zo’n 10 mg magnesium per dag minder.',
  'ppi.susceptible': 'Ja, een gevoelige gebruiker',
  'ppi.susceptible.hint':
    'Bij een kleine groep gebruikers valt na verloop van jaren de actieve opname weg en daalt ook de passieve. Zij krijgen ernstige hypomagnesiëmie.',
  'condition.type2-diabetes': 'Diabetes type 2',
  'condition.type2-diabetes.hint':
    'Veel glucose in de nieren geeft meer urine, en met die urine gaat meer magnesium verloren.',
  'condition.alcohol': 'Overmatig alcoholgebruik',
  'condition.alcohol.hint': 'Minder gezond eten, minder opname in de darm en meer verlies via de nieren.',
  'condition.gi-disease': 'Darmziekte met diarree',
  'condition.gi-disease.hint':
    'Bv. de ziekte van Crohn, coeliakie, gastro-enteritis of een gastric bypass: minder opname en meer verlies via de stoelgang.',
  'condition.elderly': 'Oudere leeftijd',
  'condition.elderly.hint': 'Ouderen nemen minder magnesium op in de darm en verliezen er meer via de urine.',
  'condition.lactation': 'Borstvoeding',
  'condition.lactation.hint': 'Ongeveer {milk} mg magnesium per dag gaat naar de moedermelk.',
  'sex.male': 'Man',
  'sex.female': 'Vrouw',
  'phytate.none': 'Geen (witbrood, witte rijst)',
  'phytate.some': 'Wat (een gewone westerse voeding)',
  'phytate.high': 'Veel (volkoren of vegetarische voeding)',

  'intake.vsAdequate': '{intake} mg/dag = {percent}% van de adequate inname ({ai} mg/dag voor {group}).',
  'intake.total':
    'Totale inname: {total} mg/dag (voeding {food}, water {water}, supplement {supplement} mg/dag).',
  'intake.noAi.infant':
    'Geen adequate inname onder {aiFromMonths} maanden: moedermelk (ongeveer {milk} mg magnesium per dag) dekt de behoefte.',
  'intake.noAi.invalidAge': 'Ongeldige leeftijd.',
  'aiGroup.infant': 'zuigelingen van {fromMonths} tot {toMonths} maanden',
  'aiGroup.child': 'kinderen van {from} tot {to} jaar',
  'aiGroup.boy': 'jongens van {from} tot {to} jaar',
  'aiGroup.girl': 'meisjes van {from} tot {to} jaar',
  'aiGroup.man': 'mannen',
  'aiGroup.woman': 'vrouwen, ook tijdens zwangerschap en borstvoeding',
  'water.contribution': 'Het drinkwater levert {water} mg magnesium per dag.',
  'water.countsAsNonFood':
    'Magnesium uit mineraalwater werkt in het model laxerend zoals een supplement, en telt mee voor de MTI.',
  'supplement.belowUl':
    'Supplement: {supplement} {unit}. Dat is onder de maximale toelaatbare inname (MTI) van {ul} {unit}.',
  'supplement.aboveUl':
    'Supplement: {supplement} {unit}. Dat is boven de MTI van {ul} {unit}: kans op dunne stoelgang of diarree.',
  'supplement.toxicDose':
    'Supplement: {supplement} {unit}. Dat is meer dan {toxicUlMultiple} keer de MTI ({toxic} {unit}). Pas bij zulke hoeveelheden treedt toxische hypermagnesiëmie op.',
  'supplement.ulOnlySupplements':
    'De MTI geldt voor magnesium buiten de gewone voeding: supplementen en geneesmiddelen en, zoals het SCF (2001) rekent, ook magnesiumrijk water. Deze balk toont het supplement; de waarschuwing van het model telt het water mee. Het magnesium uit gewone voeding komt er nog bij.',
  'supplement.none': 'Geen supplement: de MTI speelt hier geen rol.',
  'supplement.ulSource': 'Bron: Wetenschappelijk Comité voor de menselijke voeding (SCF, 2001) en EFSA.',
  'supplement.noUlYoungChildren':
    'Voor kinderen jonger dan {ulFromAge} jaar is er geen MTI: daarvoor zijn er te weinig gegevens.',
  'clamp.notice': 'Waarde {given} {unit} ligt buiten het zinvolle bereik; het model gebruikt {used} {unit}.',
  'clamp.notANumber': 'Dit is geen getal; het model gebruikt {used} {unit}.',
} as const satisfies Record<string, string>;
