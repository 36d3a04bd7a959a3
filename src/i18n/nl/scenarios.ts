/**
 * Scenario texts (Dutch): title, story, predict-before-play question and what to notice.
 * The notices describe what the model shows (directions and rough sizes, checked by running
 * each scenario); they avoid exact numbers that could drift with the parameters.
 */
export const nlScenarios = {
  'scenarioPanel.none': 'Vrij verkennen',
  'scenarioPanel.predictTitle': 'Voorspel eerst',
  'scenarioPanel.noticeTitle': 'Waar moet je op letten?',
  'scenarioPanel.suggestedDays': 'Aanbevolen duur: {days} dagen',
  'scenarioPanel.comparedWithBaseline': 'De vergelijkingslijn (stippellijn) is de gezonde start.',
  'scenarioPanel.restart': 'Begin opnieuw',

  'scenarioGroup.healthy': 'Gezond',
  'scenarioGroup.diet': 'Voeding',
  'scenarioGroup.drugs': 'Geneesmiddelen',
  'scenarioGroup.conditions': 'Aandoeningen en levensfasen',
  'scenarioGroup.excess': 'Te veel magnesium',

  'scenario.healthy-man.title': 'Gezonde man',
  'scenario.healthy-man.story':
    'Tom is 40 en eet gevarieerd: volkoren brood, groenten, peulvruchten en een handje noten. Zo krijgt hij {aiMan} mg magnesium per dag binnen, precies de adequate inname voor mannen.',
  'scenario.healthy-man.question': 'Verandert het serum-Mg als je de tijd laat lopen?',
  'scenario.healthy-man.notice':
    'Er verandert niets: het lichaam is in evenwicht. De darm absorbeert ongeveer 40% van de inname, en wat netto binnenkomt, verlaat het lichaam weer via de urine. Bekijk ook de verdeling: ongeveer 60% van het magnesium zit in de botten en een kwart in de spieren.',

  'scenario.healthy-woman.title': 'Gezonde vrouw',
  'scenario.healthy-woman.story':
    'Sara is 40 en eet gezond. Ze krijgt {aiWoman} mg magnesium per dag binnen, de adequate inname voor vrouwen. Vrouwen eten gemiddeld wat minder dan mannen en krijgen zo ook minder magnesium binnen.',
  'scenario.healthy-woman.question': 'Sara eet minder magnesium dan Tom. Is haar serum-Mg daarom lager?',
  'scenario.healthy-woman.notice':
    'Nee: het serum-Mg is even hoog als bij Tom, ongeveer 0,85 mmol/L. Bij een kleinere inname absorbeert de darm een iets groter deel, en de urine bevat wat minder magnesium.',

  'scenario.low-intake.title': 'Weinig magnesium in de voeding',
  'scenario.low-intake.story':
    'Jonas is 40 en eet vooral witbrood, frieten, snacks en frisdrank. Volkoren granen, groenten en noten eet hij zelden. Zo krijgt hij maar 180 mg magnesium per dag binnen, ongeveer de helft van de adequate inname.',
  'scenario.low-intake.question':
    'Wat daalt het eerst en het meest: het serum-Mg of het magnesium in de urine?',
  'scenario.low-intake.notice':
    'Binnen enkele dagen zakt de urine van ongeveer 110 naar ongeveer 65 mg per dag, en de darm absorbeert een groter deel: ongeveer de helft. Het serum-Mg daalt nauwelijks en blijft normaal. Een normaal serum verraadt dus niet dat de inname laag is.',

  'scenario.depletion-experiment.title': 'Drie weken bijna geen magnesium (experiment)',
  'scenario.depletion-experiment.story':
    'In een experiment kregen gezonde vrijwilligers drie weken lang een voeding met minder dan 12 mg magnesium per dag. Zo konden onderzoekers zien hoe het lichaam reageert op een plots tekort.',
  'scenario.depletion-experiment.question':
    'Hoeveel daalt het serum-Mg in drie weken: nauwelijks, ongeveer een kwart of tot bijna nul?',
  'scenario.depletion-experiment.notice':
    'Het serum-Mg daalt van ongeveer 0,85 tot ongeveer 0,6 mmol/L: ongeveer een kwart, zoals in het echte experiment. De urine zakt in enkele dagen tot bijna niets. Het botoppervlak geeft magnesium af, terwijl de spieren het hunne bijna volledig vasthouden.',

  'scenario.ppi-long-term.title': 'Jarenlang een protonpompinhibitor (maagzuurremmer)',
  'scenario.ppi-long-term.story':
    'Marc is 40 en neemt elke dag een protonpompinhibitor tegen maagzuur. Hij hoort bij de kleine groep gebruikers bij wie dat geneesmiddel na verloop van tijd de absorptie van magnesium in de darm bijna volledig blokkeert.',
  'scenario.ppi-long-term.question':
    'Wat zakt eerst: het magnesium in de urine of het serum-Mg? En na hoeveel tijd?',
  'scenario.ppi-long-term.notice':
    'Het effect bouwt zich over jaren op. Eerst zakt de urine: na een jaar is ze ongeveer gehalveerd, na twee jaar bijna nul. De nieren sparen wat ze kunnen, en zo blijft het serum-Mg meer dan een jaar normaal. In het derde jaar zakt het snel onder {normalLow} en dan onder {severeBelow} mmol/L: ernstige hypomagnesiëmie, zoals bij patiënten na gemiddeld enkele jaren. Probeer een supplement: het serum stijgt wat, maar blijft te laag.',

  'scenario.ppi-stop.title': 'Stoppen met de protonpompinhibitor',
  'scenario.ppi-stop.story':
    'Door zijn protonpompinhibitor (maagzuurremmer) heeft Marc na enkele jaren een ernstig magnesiumtekort gekregen, en supplementen helpen onvoldoende. Na vier jaar stopt hij, in overleg met zijn arts, met de protonpompinhibitor.',
  'scenario.ppi-stop.question':
    'Het tekort heeft jaren nodig gehad. Hoe lang duurt het na het stoppen tot het serum-Mg weer normaal is: dagen, maanden of jaren?',
  'scenario.ppi-stop.notice':
    'Zodra de darm weer magnesium absorbeert, stijgt het serum-Mg snel: na ongeveer een week is het weer normaal. De urine blijft nog even laag, want eerst vullen de weefsels en het botoppervlak zich weer aan. Na ongeveer een maand is alles terug zoals bij de start.',

  'scenario.loop-diuretic.title': 'Lisdiureticum (furosemide)',
  'scenario.loop-diuretic.story':
    'Paul heeft hartfalen en neemt elke dag furosemide, een sterk werkend lisdiureticum (plaspil). Het laat de nieren meer zout en water uitscheiden, en daarmee ook meer magnesium.',
  'scenario.loop-diuretic.question':
    'Blijft de urine meer magnesium bevatten zolang Paul het diureticum neemt?',
  'scenario.loop-diuretic.notice':
    'Bij de start verliezen de nieren veel meer magnesium via de urine, waardoor het serum-Mg wat zakt. Na enkele dagen is de urine bijna terug op het oude niveau: een nieuw evenwicht, met een serum-Mg dat ongeveer 8% lager ligt en nog net normaal is.',

  'scenario.thiazide.title': 'Thiazidediureticum (hydrochlorothiazide)',
  'scenario.thiazide.story':
    'Rik heeft een hoge bloeddruk en neemt elke dag hydrochlorothiazide. Dit diureticum werkt op een ander deel van de nier dan furosemide.',
  'scenario.thiazide.question': 'Zakt het serum-Mg meer of minder dan bij furosemide?',
  'scenario.thiazide.notice':
    'Ook hier stijgt de urine eerst, waarna zich een nieuw evenwicht instelt. Het serum-Mg zakt ongeveer 5%: minder dan bij furosemide, en het blijft normaal.',

  'scenario.potassium-sparing.title': 'Kaliumsparend diureticum (amiloride)',
  'scenario.potassium-sparing.story':
    'Karel neemt amiloride, een kaliumsparend diureticum (plaspil). Op het magnesium in de nieren werkt het in de andere richting dan furosemide.',
  'scenario.potassium-sparing.question': 'Wat doet de urine bij de start: bevat ze meer of minder magnesium?',
  'scenario.potassium-sparing.notice':
    'Bij de start houden de nieren meer magnesium vast: de urine daalt. Het serum-Mg stijgt een heel klein beetje en blijft normaal, en daarna is de urine weer ongeveer zoals bij de start.',

  'scenario.ppi-plus-diuretic.title': 'Protonpompinhibitor en diureticum samen',
  'scenario.ppi-plus-diuretic.story':
    'Georges krijgt furosemide voor zijn hart en neemt daarnaast elke dag een protonpompinhibitor (maagzuurremmer). Hij is een gewone gebruiker: na enkele jaren absorbeert zijn darm een beetje minder magnesium.',
  'scenario.ppi-plus-diuretic.question':
    'Elk geneesmiddel apart verlaagt het serum-Mg een beetje. Wat gebeurt er als ze samen komen?',
  'scenario.ppi-plus-diuretic.notice':
    'Het diureticum verlaagt het serum-Mg meteen tot net boven de ondergrens. De protonpompinhibitor zie je vooral in de urine: na enkele jaren bevat ze ongeveer 10 mg magnesium per dag minder, want de nieren sparen wat de darm minder absorbeert. Het serum-Mg zakt daardoor maar heel weinig verder. In bevolkingsstudies geeft die combinatie wel duidelijk vaker hypomagnesiëmie: echte nieren sparen minder perfect dan die van het model.',

  'scenario.type2-diabetes.title': 'Diabetes type 2',
  'scenario.type2-diabetes.story':
    'Ahmed heeft diabetes type 2. Zijn bloedsuiker is vaak te hoog, zodat er glucose in de urine komt. Glucose trekt water mee: hij plast meer, en met die urine verliest hij ook magnesium.',
  'scenario.type2-diabetes.question': 'Blijft het serum-Mg normaal, of zakt het eronder?',
  'scenario.type2-diabetes.notice':
    'Eerst bevat de urine veel meer magnesium; na enkele dagen is er een nieuw evenwicht. Het serum-Mg zakt tot ongeveer 0,74 mmol/L, net onder de ondergrens van het normale bereik: hypomagnesiëmie. Dat is het gemiddelde bij mensen met diabetes type 2; bijna een derde van hen zit zelfs onder 0,70.',

  'scenario.alcohol.title': 'Overmatig alcoholgebruik',
  'scenario.alcohol.story':
    'Dirk drinkt al jaren elke dag veel alcohol. Hij eet slecht en krijgt maar 250 mg magnesium per dag binnen. Zijn darm absorbeert minder en zijn nieren verliezen meer magnesium.',
  'scenario.alcohol.question': 'Drie effecten samen: zakt het serum-Mg onder het normale bereik?',
  'scenario.alcohol.notice':
    'Na een korte piek in de urine stelt zich een nieuw evenwicht in. Het serum-Mg zakt tot ongeveer 0,8 mmol/L: nog normaal, maar het botoppervlak heeft magnesium afgegeven en de reserve is kleiner. Braken, diarree en keto-acidose zitten niet in het model; in het echt maken ze het tekort vaak groter.',

  'scenario.gi-disease.title': 'Gastro-intestinale aandoening met chronische diarree',
  'scenario.gi-disease.story':
    'Lucas heeft de ziekte van Crohn met chronische diarree. Zijn darm absorbeert minder magnesium, en met de diarree gaat ook het magnesium uit gal en darmsappen verloren.',
  'scenario.gi-disease.question':
    'Langs welke weg verliest Lucas het meeste magnesium: via de urine of via de stoelgang?',
  'scenario.gi-disease.notice':
    'De stoelgang bevat veel meer magnesium dan vroeger, de urine bijna niets meer: de nieren sparen wat ze kunnen. Toch zakt het serum-Mg binnen ongeveer twee weken onder {normalLow} mmol/L, en het blijft laag.',

  'scenario.older-adult.title': 'Oudere persoon',
  'scenario.older-adult.story':
    'Jozef is 78. Hij eet kleinere porties en krijgt 280 mg magnesium per dag binnen. Zijn darm absorbeert wat minder en zijn nieren scheiden wat meer uit.',
  'scenario.older-adult.question':
    'Geen van die effecten is groot. Wat doet het serum-Mg als ze samen komen?',
  'scenario.older-adult.notice':
    'Elk effect is klein, maar samen zakken het serum-Mg (tot ongeveer 0,82 mmol/L) en de urine. Het serum blijft normaal, maar de reserve is kleiner. Ouderen nemen vaak ook geneesmiddelen: voeg een diureticum of een protonpompinhibitor toe en kijk wat er gebeurt.',

  'scenario.breastfeeding.title': 'Borstvoeding',
  'scenario.breastfeeding.story':
    'Emma is 31 en geeft borstvoeding. Via de moedermelk gaat elke dag ongeveer {milk} mg magnesium naar haar baby. Ze eet {aiWoman} mg magnesium per dag, de adequate inname voor vrouwen.',
  'scenario.breastfeeding.question': 'Moet Emma meer magnesium eten om haar serum-Mg normaal te houden?',
  'scenario.breastfeeding.notice':
    'Nee: haar nieren scheiden ongeveer evenveel minder uit als er naar de melk gaat, en het serum-Mg blijft normaal. In dit model gebeurt die compensatie vooral via de nieren; de absorptie in de darm verandert nauwelijks.',

  'scenario.supplement-above-ul.title': 'Supplement boven de MTI',
  'scenario.supplement-above-ul.story':
    'Kevin eet gezond, maar neemt elke dag ook een supplement met 500 mg magnesium, in de hoop op minder spierkrampen. Dat is het dubbele van de maximale toelaatbare inname (MTI) voor supplementen.',
  'scenario.supplement-above-ul.question': 'Stijgt het serum-Mg boven het normale bereik?',
  'scenario.supplement-above-ul.notice':
    'Nee, het serum-Mg stijgt nauwelijks. De darm absorbeert slechts een klein deel van de extra dosis (van de totale inname nog ongeveer een vijfde), en de nieren scheiden wat extra binnenkomt weer uit: de urine stijgt. Het supplement werkt wel laxerend: de stoelgang bevat veel meer magnesium.',

  'scenario.laxative-kidney-failure.title': 'Magnesiumlaxeermiddel bij nierfalen',
  'scenario.laxative-kidney-failure.story':
    'Albert is 72 en heeft nierfalen in het eindstadium, nog zonder dialyse: zijn nieren filteren nog maar 7 mL per minuut. Tegen verstopping neemt hij elke dag een laxeermiddel met 3 g magnesium.',
  'scenario.laxative-kidney-failure.question':
    'Met gezonde nieren blijft het serum-Mg normaal, zelfs met zoveel magnesium. Wat gebeurt er bij Albert?',
  'scenario.laxative-kidney-failure.notice':
    'Binnen enkele dagen stijgt het serum-Mg boven het normale bereik: hypermagnesiëmie. Het blijft stijgen en passeert na ongeveer drie weken {toxicFrom} mmol/L, waar de peesreflexen wegvallen en spierzwakte begint: toxische hypermagnesiëmie, zoals in gepubliceerde gevallen bij oudere mensen met nierfalen. Zet de nierfunctie op {gfrNormal} mL/min: met gezonde nieren blijft het serum bij dezelfde dosis normaal.',
} as const satisfies Record<string, string>;
