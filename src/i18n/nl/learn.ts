/**
 * Learn panel (Dutch): the statements of the source article as short facts, and the model notes.
 * Which reference numbers and scenario each fact has is in ../learn.ts.
 */
export const nlLearn = {
  'learn.title': 'Wat zegt het artikel?',
  'learn.intro':
    'Korte feiten uit het artikel waarop deze simulator gebaseerd is. Vergelijk ze met wat het model toont.',
  'learn.article': 'Bron: "Magnesium in de voeding", Inge Lodewijckx, KU Leuven, 2 april 2025.',
  'learn.sources': 'Bron: {sources}',
  'learn.sourcesNone': 'Uit de tekst van het artikel',
  'learn.tryIt': 'Probeer het: {scenario}',
  'learn.references.title': 'Referenties van het artikel',

  'learn.section.function': 'Functie',
  'learn.section.distribution': 'Verdeling en opslag',
  'learn.section.absorption': 'Absorptie',
  'learn.section.transport': 'Transport naar de cellen',
  'learn.section.elimination': 'Eliminatie',
  'learn.section.deficiency': 'Te weinig magnesium',
  'learn.section.excess': 'Te veel magnesium',
  'learn.section.recommendations': 'Aanbevolen hoeveelheid',
  'learn.section.interactions': 'Interacties met andere mineralen',
  'learn.section.food': 'Magnesium in de voeding',
  'learn.section.advice': 'Aandachtspunten',
  'learn.section.riskGroups': 'Risicogroepen',
  'learn.section.drugs': 'Geneesmiddelen',

  'learn.function.essential':
    'Magnesium is het vierde meest voorkomende macromineraal in ons lichaam, na calcium, kalium en natrium. We kunnen het niet zelf aanmaken: alles moet uit de voeding komen.',
  'learn.function.enzymes':
    'Magnesium is als co-factor nodig voor meer dan 300 enzymatische reacties, vooral reacties met ATP, de energierijke molecule van de cel.',
  'learn.function.synthesis':
    'Magnesium speelt een rol in de productie van energie en in de aanmaak van nucleïnezuren, eiwitten, koolhydraten en lipiden.',
  'learn.function.boneMembranes':
    'Magnesium is betrokken bij de botontwikkeling en stabiliseert celmembranen.',
  'learn.function.minerals':
    'Magnesium helpt calcium, kalium en natrium te regelen. Zo is het onmisbaar voor zenuwimpulsen, spiercontracties en het hartritme.',

  'learn.distribution.total':
    'Het lichaam bevat 20 tot 28 g magnesium, vooral in de botten en de zachte weefsels.',
  'learn.distribution.bone':
    'Ongeveer 60% zit in de botten: sterk gebonden aan apatiet, of losjes op het oppervlak van de botkristallen.',
  'learn.distribution.boneRelease':
    'Het gebonden magnesium is moeilijk vrij te maken. Het magnesium op het botoppervlak komt snel vrij, naargelang de inname. Dat is belangrijk voor de regeling.',
  'learn.distribution.muscle':
    'De spieren bevatten ongeveer 25% van het magnesium, vooral in de mitochondriën.',
  'learn.distribution.serum':
    'Slechts 0,3% van al het magnesium zit in het serum. De serumconcentratie ligt normaal tussen 0,75 en 0,95 mmol per liter.',
  'learn.distribution.serumForms':
    'In het serum is ongeveer 54% van het magnesium vrij: de bioactieve vorm. Ruim 30% is gebonden aan eiwitten zoals albumine; de rest zit in negatief geladen complexen.',

  'learn.absorption.site':
    'Magnesium wordt vooral geabsorbeerd in het onderste deel van de dunne darm, het ileum: passief, tussen de cellen door (paracellulair).',
  'learn.absorption.active':
    'Alleen bij een lage inname speelt ook actief transport door de cellen (transcellulair) een rol.',
  'learn.absorption.fraction':
    'Meestal wordt 40 tot 50% van het ingenomen magnesium geabsorbeerd, al worden ook waarden van 10 tot 70% gemeld.',
  'learn.absorption.intake':
    'Hoe meer magnesium je inneemt, hoe kleiner het geabsorbeerde deel (in het artikel: de absorptiecoëfficiënt).',
  'learn.absorption.inhibitors':
    'Fytinezuur (uit volkoren granen en zemelen) en fosfaat remmen de absorptie.',
  'learn.absorption.fibre': 'De fermentatie van oplosbare voedingsvezels bevordert de absorptie.',

  'learn.transport.cells':
    'Bijna alle cellen reageren snel op een tekort of een teveel aan magnesium, met speciale transportereiwitten.',
  'learn.transport.trpm7':
    'Het belangrijkste transportereiwit is TRPM7. Is er veel magnesium in de cellen, dan werkt TRPM7 minder en gaat er minder naar binnen. Bij weinig magnesium gebeurt het omgekeerde.',

  'learn.elimination.routes': 'Magnesium verlaat het lichaam vooral via de urine en de stoelgang.',
  'learn.elimination.urineRange':
    'De nieren houden het serum-Mg constant. Naargelang de inname scheiden ze 5 tot slechts 0,5 mmol (ongeveer 120 tot 12 mg) per dag uit.',
  'learn.elimination.disturbed':
    'Polyurie bij diabetes, geneesmiddelen zoals diuretica en overmatig alcoholgebruik kunnen die regeling verstoren.',
  'learn.elimination.raise':
    'Natriurese (veel natrium in de urine), een osmotische belasting en metabole acidose verhogen de uitscheiding.',
  'learn.elimination.lower':
    'Metabole alkalose, parathyreoïdhormoon (PTH) en mogelijk ook calcitonine beperken de uitscheiding.',
  'learn.elimination.faeces':
    'Het magnesium in de stoelgang is grotendeels magnesium uit de voeding dat niet werd geabsorbeerd.',
  'learn.elimination.endogenous':
    'Het lichaam scheidt ook zelf magnesium af in de darm, via gal, pancreas- en darmsappen en darmcellen. Naargelang het serum-Mg wordt een deel daarvan opnieuw geabsorbeerd.',
  'learn.elimination.sweat':
    'Via zweet gaat heel weinig magnesium verloren, via de menstruatie verwaarloosbaar weinig.',
  'learn.elimination.milk': 'Bij borstvoeding gaat ongeveer 25 mg magnesium per dag naar de moedermelk.',
  'learn.elimination.biomarker':
    'Er is geen goede biomarker voor de totale hoeveelheid magnesium in het lichaam, de magnesiumstatus. Soms gebruikt men het serum-Mg.',
  'learn.elimination.urineNotIntake':
    'Er is onvoldoende bewijs dat het magnesium in de urine weergeeft hoeveel magnesium iemand eet.',

  'learn.deficiency.rare':
    'Bij gezonde mensen is een tekort met klachten zeldzaam: bij een lage inname beperken de nieren de uitscheiding.',
  'learn.deficiency.causes':
    'Een chronisch lage inname, of een verstoorde regeling door nierfunctiestoornissen, gastro-intestinale aandoeningen, overmatig alcoholgebruik of bepaalde geneesmiddelen, kan wel tot een tekort leiden.',
  'learn.deficiency.symptoms':
    'Mogelijke klachten: neuromusculaire overprikkelbaarheid, spiertrekkingen en -krampen, rusteloze benen, vermoeidheid, algemene zwakte, kransslagaderspasmen en hartritmestoornissen.',
  'learn.deficiency.unspecific':
    'Die klachten zijn moeilijk specifiek aan magnesium toe te schrijven, omdat magnesium bij zoveel processen en mineralen betrokken is.',
  'learn.deficiency.calciumPotassium':
    'Een tekort kan ook hypocalciëmie en hypokaliëmie geven. Vooral bij een serum-Mg onder 0,5 mmol/L kunnen neurologische en cardiale symptomen ontstaan.',

  'learn.excess.food':
    'Te veel magnesium uit de voeding is zeldzaam: de nieren scheiden het teveel efficiënt uit.',
  'learn.excess.laxative':
    'Te veel magnesium uit supplementen of geneesmiddelen werkt laxerend: milde diarree, soms met misselijkheid en buikkrampen.',
  'learn.excess.ul':
    'De NOAEL en de maximale toelaatbare inname (MTI) zijn voor volwassenen en kinderen ouder dan 4 jaar 250 mg per dag. Voor kinderen van 1 tot 3 jaar is er geen MTI, door gebrek aan gegevens.',
  'learn.excess.ulSupplementsOnly':
    'Die MTI geldt enkel voor magnesium dat niet uit de gewone voeding komt: supplementen, en volgens het SCF-advies (2001) waarop ze steunt ook magnesiumrijk water en aan voeding toegevoegd magnesium. Het magnesium uit de gewone voeding mag er nog bij. Het model telt supplementen en water mee, zoals het SCF.',
  'learn.excess.toxic':
    'Toxische hypermagnesiëmie treedt pas op bij meer dan 2500 mg, tien keer de MTI. Typisch zijn een lage bloeddruk (hypotensie) en spierzwakte.',

  'learn.recommendations.noBiomarker':
    'Zonder goede biomarker is de gemiddelde behoefte moeilijk te bepalen, en dus ook de aanbevolen dagelijkse hoeveelheid (ADH).',
  'learn.recommendations.ai':
    'Daarom legde EFSA een adequate inname (AI) vast, op basis van wat mensen in studies dagelijks innemen.',
  'learn.recommendations.hgr': 'De Hoge Gezondheidsraad (2016) volgt de aanbevelingen van EFSA (2015).',
  'learn.recommendations.values':
    'De AI is 350 mg per dag voor mannen en 300 mg per dag voor vrouwen. Vanaf 10 jaar verschilt de AI per geslacht, omdat de inname dan duidelijk verschilt.',
  'learn.recommendations.infants':
    'Voor zuigelingen van 7 tot 11 maanden is de AI berekend uit de inname via moedermelk en het lichaamsgewicht.',
  'learn.recommendations.pregnancy':
    'Tijdens de zwangerschap en de borstvoeding stijgt de behoefte maar heel weinig. Het lichaam absorbeert meer en/of scheidt minder uit, dus de AI is voor alle vrouwen dezelfde.',

  'learn.interactions.calcium':
    'Calcium en magnesium werken elkaar soms tegen, maar ze concurreren niet rechtstreeks om de absorptie in de darm.',
  'learn.interactions.iron':
    'Magnesium vermindert de absorptie van ijzer, vooral als je ze tegelijk inneemt: ze vormen onoplosbare complexen.',
  'learn.interactions.zinc':
    'Magnesium kan de aanmaak van maagzuur blokkeren en zo de absorptie van zink beperken.',

  'learn.food.sources':
    'Magnesium zit vooral in noten, volkoren granen en graanproducten, zeevruchten, groenten, peulvruchten, bessen, bananen en cacao.',
  'learn.food.fibre':
    'Vezelrijke voedingsmiddelen bevatten meestal veel magnesium. Voedingsmiddelen rijk aan vet of toegevoegde suikers, en alcohol, bevatten er nauwelijks.',
  'learn.food.fortified':
    'Magnesium wordt ook toegevoegd aan sommige voedingsmiddelen, zoals ontbijtgranen, en aan voedingssupplementen.',
  'learn.food.water':
    'Ook leidingwater en flessenwater leveren magnesium. Hoeveel, hangt af van het merk en de regio.',
  'learn.food.portion':
    'Kijk niet alleen naar het gehalte per 100 g, maar ook per gebruikelijke portie. We eten peulvruchten, pasta en rijst gekookt, niet droog, en een handje noten per dag, geen 100 g.',
  'learn.food.intake':
    'Volwassenen in Europa krijgen gemiddeld 232 tot 439 mg magnesium per dag binnen. Mannen krijgen meer binnen dan vrouwen, vooral omdat ze meer eten.',

  'learn.advice.food':
    'Het advies is om magnesium uit de voeding te halen eerder dan uit supplementen: gezond en gevarieerd eten, met volkoren granen, peulvruchten, groenten, fruit, een handje noten of zaden en af en toe zeevruchten.',
  'learn.advice.supplements':
    'Verrijkte voedingsmiddelen of supplementen kunnen nuttig zijn bij toestanden die meer magnesium vragen, zoals gastro-intestinale aandoeningen of diabetes type 2. Overleg dan met de behandelende arts.',

  'learn.riskGroups.gi':
    'Gastro-intestinale aandoeningen zoals de ziekte van Crohn, coeliakie en gastro-enteritis gaan vaak samen met chronische diarree, wat tot een tekort kan leiden. Ook een gastric bypass kan de absorptie verstoren.',
  'learn.riskGroups.diabetes':
    'Bij diabetes type 2 zorgt veel glucose in de nieren voor meer urine, en daarmee voor meer magnesium in de urine.',
  'learn.riskGroups.alcohol':
    'Overmatig alcoholgebruik gaat vaak samen met slecht eten, braken en diarree, nierfunctiestoornissen met meer magnesium in de urine, een tekort aan vitamine D, alcoholische keto-acidose en hyperaldosteronisme door leverziekte.',
  'learn.riskGroups.olderIntake':
    'Ouderen krijgen meestal minder magnesium binnen dan jongvolwassenen: ze eten kleinere porties.',
  'learn.riskGroups.olderBody':
    'Met de leeftijd neemt de absorptie in de darm af en stijgt de uitscheiding via de urine.',
  'learn.riskGroups.olderDrugs':
    'Ouderen hebben vaker chronische ziekten en nemen vaker geneesmiddelen die de magnesiumstatus veranderen.',

  'learn.drugs.doctor':
    'Wie regelmatig geneesmiddelen neemt, bespreekt zijn magnesiuminname best met de behandelende arts.',
  'learn.drugs.bisphosphonates':
    'Magnesiumsupplementen kunnen de absorptie van bisfosfonaten zoals alendronaat verhinderen. Daarom wordt een interval van 2 uur tussen beide aanbevolen.',
  'learn.drugs.antibiotics':
    'Magnesium vormt onoplosbare complexen met tetracyclines (bv. doxycycline) en chinolonen (bv. levofloxacine). Daarom worden die antibiotica minstens 2 uur voor of 4 tot 6 uur na een magnesiumsupplement ingenomen.',
  'learn.drugs.diureticsUp':
    'Langdurig gebruik van lisdiuretica (furosemide) en thiazidediuretica (hydrochlorothiazide) verhoogt het magnesium in de urine en kan de magnesiumstatus verlagen.',
  'learn.drugs.diureticsDown':
    'Kaliumsparende diuretica zoals amiloride beperken de uitscheiding van magnesium en kunnen de magnesiumstatus verhogen.',
  'learn.drugs.ppi':
    'Langdurig gebruik van protonpompinhibitoren zoals lansoprazole, meestal langer dan een jaar, kan tot hypomagnesiëmie leiden.',
  'learn.drugs.ppiSupplements':
    'Supplementen verhogen het serum-Mg dan vaak flink, maar in 25% van de gevallen niet. Dan moet de behandeling met de protonpompinhibitor stoppen. Een periodieke controle van het serum-Mg is aanbevolen.',

  'notes.title': 'Over dit model',
  'notes.intro':
    'Dit is een vereenvoudigd, educatief model van de magnesiumhuishouding van een volwassene van 70 kg. Het toont richtingen en ordes van grootte, geen voorspellingen voor een echte persoon.',
  'notes.limitations.title': 'Vereenvoudigingen en beperkingen',
  'notes.limitation.1':
    'De absorptie volgt de kinetiek van Fine (1991), maar zijn constanten konden niet worden nagelezen. Het model splitst de absorptie in twee wegen per maaltijd: een passieve weg tussen de cellen (veel capaciteit, weinig affiniteit: het grootste deel bij een gewone inname, zoals het artikel zegt) en een actieve weg door de cellen (TRPM6/7: weinig capaciteit, veel affiniteit, belangrijk bij een lage inname). De constanten zijn afgestemd op samenvattende cijfers (75% bij een zeer lage inname, 40% bij 350 mg per dag, 65% → 11% per maaltijd). Voeding, water en supplementen delen dezelfde dragers.',
  'notes.limitation.2':
    'Het verlies via gal en darmsappen, de terugkoppeling op de absorptie en de snelheid van de uitwisseling met de weefsels zijn aannames, afgestemd op depletiestudies, geen metingen.',
  'notes.limitation.3':
    'Bij een protonpompinhibitor (PPI) bouwt het effect in de darm zich in het model over jaren op (bij een gevoelige gebruiker onder {normalLow} mmol/L na ongeveer 2 jaar, onder {severeBelow} na ongeveer 2,7 jaar), zoals bij patiënten (mediaan 4 tot 5,5 jaar). Waarom het zo lang duurt, is niet gekend; het model beschrijft het alleen. Het echte verloop is onvoorspelbaar. In bevolkingsstudies zakt het serum-Mg bij gewone gebruikers iets meer dan in het model.',
  'notes.limitation.4':
    'Het model bevat geen parathyreoïdhormoon (PTH), vitamine D, calcium of kalium. Hypocalciëmie en hypokaliëmie verschijnen alleen als waarschuwing.',
  'notes.limitation.5':
    'De weefsels wisselen in het model alleen netto magnesium uit met het bloed. Om metingen met isotopen (tracers) na te bootsen, zijn stromen in beide richtingen nodig.',
  'notes.limitation.6':
    'De voedingswaarden komen uit de Amerikaanse voedingsmiddelentabel (USDA). De waarden van de Belgische voedingsmiddelentabel (NUBEL) waren niet beschikbaar.',
  'notes.sources':
    'Bronnen: het artikel "Magnesium in de voeding" (I. Lodewijckx, KU Leuven, 2025), de adviezen van EFSA (2015) en de Hoge Gezondheidsraad (2016), en de studies die de modelhandleiding voor leerkrachten opsomt.',
} as const satisfies Record<string, string>;
