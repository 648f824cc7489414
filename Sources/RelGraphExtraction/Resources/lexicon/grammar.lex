# Grammar words the relation finder's mechanisms use beyond de.lex/en.lex: locative and other
# prepositions (an actor after them is no subject or object), descriptors that point back to
# organizations and armed forces, and verbs that qualify a claim (a denial with a claim noun).
prep | de | location | in; im; am; bei; beim; nahe; innerhalb
prep | en | location | in; at; near; inside; within
prep | de | other | seit; wegen; trotz; während; vor; über; hinsichtlich; inmitten; angesichts; bezüglich; infolge; ohne; unter; neben; gemäß; außer; statt; anstelle; jenseits; entlang; dank; mittels; binnen; gegenüber von
prep | en | other | since; despite; during; after; before; over; about; amid; regarding; following; without; under; among; across; beyond; alongside; throughout; until; except; concerning; amongst
coref | en | org | group; movement; militia; organisation; organization; rebels; insurgents; militants; bloc
coref | de | org | Gruppe; Gruppierung; Miliz; Bewegung; Organisation; Terrorgruppe; Terrormiliz; Rebellengruppe; Rebellen
coref | de | state | Armee; Streitkräfte; Militär; Armeeführung; Militärführung; Regierungen; Behörden
coref | en | state | army; military; armed forces; authorities; governments
report | de | qualify | nannte; nannten; nennt; nennen; genannt; bezeichnete; bezeichneten; bezeichnet; bezeichnen; sprach; sprachen; spricht
report | en | qualify | called; calls; calling; call; described; describes; describing; dismissed; dismisses; branded; brands; labelled; labeled; considers; considered; deems; deemed
title | de | Amtskollege; Amtskollegen; Amtskollegin; Amtskolleginnen | -
title | en | counterpart | -
titlehead | de | funktionär; funktionärin; beauftragte; beauftragter; beauftragten; gesandte; gesandter; gesandten; kommandeur; kommandeurin; vorsitzende; vorsitzender
title | en | head; chief; premier; commander | -
coref | en | pair | both; both sides; both parties
# war: wars that news names by one side, as data: "the invasion of Ukraine", "der Ukraine-Krieg" (no attacker named) are
# Russia's; "Russia's full-scale invasion", "Russlands Angriffskrieg" (no target named) are against Ukraine. Only war and
# invasion nouns use it, and only where the text leaves that side out.
war | * | state:ukr | state:rus
# orghead: the last word of an organization's name; a run of two to five capitalized English words ending in one
# names an organization the lexicon does not know ("the Colorado Party", "the Mano River Union")
orghead | en | Party; Union; Church; Patriarchate; Institute; Front; Movement; Council; Commission; Agency; League; Coalition; Federation; Congress; Organisation; Organization; Alliance; Foundation; Observatory; Group; Corporation; Holdings
# quantifier: words before a plural that make it no one thing: "all agreements", "sämtliche Abkommen" name no agreement
quantifier | en | all; any; every
quantifier | de | alle; allen; aller; sämtliche; sämtlichen; jede; jeder; jedes; jeden
# ties: last words of alliance cues of close ties; such ties are a person's alliance too ("Mnangagwa pflegt enge
# Beziehungen zu Moskau"), where other alliance cues tie only states, organizations and groups
ties | en | ties; relations; relationship; relationships
ties | de | Beziehung; Beziehungen
# holding: verbs of having, keeping or ending an agreement; the subject before one is a party to the agreement named
# with another ("Egypt has a defence agreement with Sudan", "Fiji will not renew its police agreement with China",
# "Fidschi will das Polizeiabkommen mit China nicht verlängern")
holding | en | has; have; had; having; maintains; maintain; maintained; maintaining; renew; renews; renewed; renewing; extend; extends; extended; extending; terminate; terminates; terminated; terminating; suspend; suspends; suspended; suspending; scrap; scraps; scrapped; scrapping; cancel; cancels; cancelled; canceled; cancelling; canceling
holding | de | hat; haben; hatte; hatten; unterhält; unterhalten; unterhielt; verlängern; verlängert; verlängerte; verlängerten; kündigen; kündigt; kündigte; kündigten; gekündigt; aufkündigen; aufgekündigt

# wrongdoing: verbs of breaking a rule, a right or a border ("broke", "brach" are left out: "broke off talks", "brach die Beziehungen ab"). An actor that a reported clause says did so is accused by the
# speaker ("said Ukraine had violated Mali's sovereignty", "„Kroatien verletzt … internationales Recht“, sagte Fajon");
# in the article's own voice they draw nothing
wrongdoing | en | violated; violates; violate; violating; breached; breaching; flouted; flouts; flout; flouting; infringed; infringes; infringe; infringing; undermined; undermines; undermining
wrongdoing | de | verletzt; verletzte; verletzten; verletze; verletzen; verstößt; verstieß; verstoßen; verstoße; missachtet; missachtete; missachteten; missachte; missachten; untergräbt; untergrabe; untergraben; untergrub; untergrüben
# culprit: two-word phrases that make their subject the one behind an event; in a reported clause, the speaker accuses that
# subject ("Poland said Russia was behind the explosion", "Kiew erklärte, Moskau stecke hinter dem Anschlag"; German also
# with the verb at the clause's end, "dass Moskau hinter dem Anschlag stecke")
culprit | en | was behind; is behind; were behind; are behind; been behind; be behind
culprit | de | stecke hinter; stecken hinter; steckt hinter; steckte hinter; steckten hinter
# cancel: verbs that call off a planned act; a visit after one in its clause did not happen ("cancelled a state visit to
# Washington", "sagte seinen Besuch in Indien ab"). A two-word form is a verb and its particle: in English the next word, in
# German the clause's last word
cancel | en | cancelled; canceled; cancels; cancel; cancelling; canceling; called off; call off; calls off; calling off; postponed; postpones; postpone; postponing; scrapped; scraps; scrap; scrapping; shelved; shelves; shelve; put off; puts off; putting off
cancel | de | abgesagt; absagen; abzusagen; verschob; verschoben; verschiebt; verschieben; sagte ab; sagten ab; sagt ab; sagen ab
# involvement: nouns for a part in what was done; a denial verb with one as its object ("denied any involvement", "bestreitet
# jede Beteiligung") answers the last statement, a sentence or two before, that reported the denier doing something
involvement | en | involvement; wrongdoing; complicity; responsibility; role; part; link; links; connection
involvement | de | beteiligung; verwicklung; verantwortung; mitverantwortung; mitwirkung; schuld; mitschuld; rolle; fehlverhalten; verbindung; verbindungen
# welcome: verbs of welcoming; welcoming another actor's decision or move ("welcomed Paraguay's decision", "begrüßte die
# Entscheidung Serbiens") supports that actor
welcome | en | welcomed; welcomes; welcome; welcoming; hailed; hails; hail; praised; praises; praise; applauded; applauds; applaud
welcome | de | begrüßte; begrüßten; begrüßt; begrüßen; lobte; lobten; lobt; loben; würdigte; würdigten; würdigt
# orgtitle: titles of a company's, movement's or church's head; with no actor named, the office is guessed in the organization named
# last, not in a state ("Konzernchef Simon Trott", "Chief Executive Nicolai Tangen")
orgtitle | en | chief executive; chief executive officer; ceo; managing director; executive director; founder; co-founder; cofounder; chairman of the board
orgtitle | en | bishop; archbishop; auxiliary bishop; cardinal; imam; mufti; grand mufti; rabbi; chief rabbi
orgtitle | de | bischof; bischofs; weihbischof; weihbischofs; erzbischof; erzbischofs; kardinal; kardinals; imam; mufti; großmufti; rabbiner; oberrabbiner
orgtitle | de | konzernchef; konzernchefin; firmenchef; firmenchefin; vorstandschef; vorstandschefin; vorstandsvorsitzender; vorstandsvorsitzende; vorstandsvorsitzenden; unternehmenschef; unternehmenschefin; geschäftsführer; geschäftsführerin; aufsichtsratschef; aufsichtsratschefin; gründer; gründerin; mitgründer; mitbegründer; firmengründer; konzerngründer

# groupnoun: nouns of people who are no state's officials, with their English plural. After a state's adjective they name a
# group of that state's people, no state ("23 Kenyan fishermen", "kirgisische Staatsbürger", "the Hungarian minority"); the
# group's id and label are the state's English adjective and the plural (group:kenyan-fishermen). Soldiers, troops, police,
# officials and diplomats are left out: "nordkoreanische Soldaten" is North Korea. English singulars name the group too ("a French
# citizen": group:french-citizens). Groups marked armed (militias, rebels, cartels) may attack; the others are never the
# attacker, visitor or sender of an edge. Nouns marked person (politicians) only describe a person named after them.
groupnoun | en | fishermen | fishermen; fisherman
groupnoun | en | migrants | migrants; labour migrants; labor migrants; migrant workers
groupnoun | en | citizens | citizens; nationals; citizen; national
groupnoun | en | workers | workers; labourers; laborers; worker
groupnoun | en | lawyers | lawyers; lawyer
groupnoun | en | activists | activists; activist
groupnoun | en | civilians | civilians
groupnoun | en | refugees | refugees
groupnoun | en | asylum seekers | asylum seekers; asylum-seekers
groupnoun | en | journalists | journalists; journalist
groupnoun | en | students | students; student
groupnoun | en | researchers | researchers; researcher; scientists; scientist; academics; academic
groupnoun | en | writers | writers; writer; bloggers; blogger; artists; artist
groupnoun | en | politicians | politicians; politician; opposition politicians; opposition politician; teachers; teacher | person
groupnoun | en | businessmen | businessmen; businessman; businesswoman; businesspeople
groupnoun | en | aid workers | aid workers; aid worker
groupnoun | en | herders | herders
groupnoun | en | farmers | farmers
groupnoun | en | pilgrims | pilgrims
groupnoun | en | tourists | tourists; tourist
groupnoun | en | sailors | sailors; seafarers; crew members
groupnoun | en | prisoners | prisoners; detainees
groupnoun | en | deportees | deportees; deportee
groupnoun | en | dissidents | dissidents
groupnoun | en | women | women
groupnoun | en | children | children
groupnoun | en | minority | minority
groupnoun | en | banks | banks
groupnoun | en | cartels | cartels | armed
groupnoun | en | militias | militias | armed
groupnoun | en | rebels | rebels | armed
groupnoun | de | fishermen | Fischer; Fischern
groupnoun | de | migrants | Migranten; Arbeitsmigranten
groupnoun | de | citizens | Staatsbürger; Staatsbürgern; Staatsbürgerin; Staatsbürgerinnen; Bürger; Bürgern; Bürgerin; Bürgerinnen; Staatsangehörige; Staatsangehörigen
groupnoun | de | workers | Arbeiter; Arbeitern; Arbeitskräfte; Arbeitskräften
groupnoun | de | lawyers | Anwälte; Anwälten; Rechtsanwälte; Rechtsanwälten; Anwalt; Anwältin
groupnoun | de | activists | Aktivisten; Aktivistinnen; Aktivist; Aktivistin
groupnoun | de | civilians | Zivilisten
groupnoun | de | refugees | Flüchtlinge; Flüchtlingen; Geflüchtete; Geflüchteten
groupnoun | de | asylum seekers | Asylbewerber; Asylbewerbern; Asylsuchende; Asylsuchenden
groupnoun | de | journalists | Journalisten; Journalistinnen; Journalist; Journalistin
groupnoun | de | students | Studenten; Studierende; Studierenden; Student; Studentin
groupnoun | de | researchers | Forscher; Forscherin; Wissenschaftler; Wissenschaftlerin; Wissenschaftlern
groupnoun | de | writers | Schriftsteller; Schriftstellerin; Schriftstellern; Blogger; Bloggerin; Künstler; Künstlerin; Künstlern
groupnoun | de | politicians | Politiker; Politikerin; Politikern; Oppositionspolitiker; Oppositionspolitikerin; Oppositionspolitikern; Lehrer; Lehrerin | person
groupnoun | de | businessmen | Geschäftsmann; Geschäftsleute; Geschäftsleuten; Unternehmer; Unternehmerin
groupnoun | de | aid workers | Entwicklungshelfer; Entwicklungshelferin; Helfer
groupnoun | de | herders | Viehhirten; Hirten
groupnoun | de | farmers | Bauern; Landwirte; Landwirten
groupnoun | de | pilgrims | Pilger; Pilgern
groupnoun | de | tourists | Touristen
groupnoun | de | sailors | Seeleute; Seeleuten; Matrosen
groupnoun | de | prisoners | Häftlinge; Häftlingen; Gefangene; Gefangenen
groupnoun | de | dissidents | Dissidenten
groupnoun | de | women | Frauen
groupnoun | de | children | Kinder; Kindern
groupnoun | de | minority | Minderheit
groupnoun | de | banks | Banken
groupnoun | de | cartels | Kartelle; Kartellen | armed
groupnoun | de | militias | Milizen | armed
groupnoun | de | rebels | Rebellen | armed
# detain: verbs that hold, arrest, deport or sentence people: sanction cues that sanction a person or a group only
# ("Qatari coast guard vessels detained 14 Bahraini fishermen", "Tanzania deported Martha Karua"; a state or body they
# name draws nothing). A fourth field is a German particle that closes the clause ("nahmen … fest").
detain | en | detains; detained; detaining; arrests; arrested; arresting; deports; deported; deporting; jailed; jails; imprisoned; imprisons
detain | de | festgenommen; festgehalten; verhaftet; verhaftete; verhafteten; inhaftiert; inhaftierte; inhaftierten; abgeschoben; ausgebürgert
detain | de | nimmt; nehmen; nahm; nahmen | fest
detain | de | hält; halten; hielt; hielten | fest
detain | de | schiebt; schieben; schob; schoben | ab
detain | de | bürgert; bürgerten; bürgerte | aus

# sentencing: verbs that condemn or sentence; penalty: what makes them sentence. With a penalty in its clause such a verb
# is a detention, a sanction of a person or group only ("verurteilte einen litauischen Staatsbürger zu zehn Jahren Haft"),
# and no accusation ("verurteilte den Angriff")
sentencing | de | verurteilt; verurteilte; verurteilten; verurteilen
penalty | de | haft; gefängnis; haftstrafe; haftstrafen; gefängnisstrafe; gefängnisstrafen; lagerhaft; straflager; strafkolonie; geldstrafe; todesstrafe; tode; jahren; monaten; arbeitslager
detain | en | sentenced; sentences

# personnoun: nouns of one person by trade or standing. Two to four unknown capitalized words are a person's name when
# such a noun stands right before them ("der Verleger Gui Minhai", "another maid, Jullebee Ranara,") or describes them
# in an apposition ("Chilekwa Mumba, a Kitwe-based activist"); so are they after an age ("34-year-old Rowena Dacanay")
# when the name closes its phrase
personnoun | en | activist; journalist; reporter; photographer; lawyer; attorney; publisher; businessman; businesswoman; entrepreneur; tycoon; billionaire; banker; man; woman; citizen; national; resident; dissident; maid; worker; priest; pastor; cleric; missionary; nun; student; researcher; academic; scholar; professor; economist; analyst; writer; author; novelist; poet; blogger; artist; musician; farmer; fisherman; teacher; doctor; nurse; engineer; politician; critic; campaigner; whistleblower; defendant; suspect; detainee; prisoner; victim; survivor; refugee; migrant
personnoun | de | aktivist; aktivistin; aktivisten; menschenrechtsaktivist; menschenrechtsaktivistin; menschenrechtler; menschenrechtlerin; umweltaktivist; umweltaktivistin; journalist; journalistin; journalisten; reporter; reporterin; fotograf; fotografin; anwalt; anwältin; anwalts; menschenrechtsanwalt; menschenrechtsanwältin; verleger; verlegerin; verlegers; buchhändler; buchhändlerin; geschäftsmann; geschäftsfrau; unternehmer; unternehmerin; milliardär; milliardärin; oligarch; oligarchen; bankier; mann; frau; staatsbürger; staatsbürgerin; staatsbürgers; staatsangehörige; staatsangehörigen; bürger; bürgerin; dissident; dissidentin; dissidenten; priester; pfarrer; pastor; ordensfrau; student; studentin; studenten; forscher; forscherin; wissenschaftler; wissenschaftlerin; professor; professorin; ökonom; ökonomin; analyst; analystin; analysten; schriftsteller; schriftstellerin; autor; autorin; dichter; dichterin; blogger; bloggerin; künstler; künstlerin; musiker; musikerin; landwirt; landwirtin; bauer; fischer; lehrer; lehrerin; arzt; ärztin; politiker; politikerin; oppositionspolitiker; oppositionspolitikerin; oppositionelle; oppositionellen; regierungskritiker; regierungskritikerin; kritiker; kritikerin; angeklagte; angeklagten; beschuldigte; beschuldigten; häftling; gefangene; gefangenen; hausangestellte; hausangestellten
# expel: phrases of leaving a country; a request to do so is an expulsion, a sanction ("forderte einen schwedischen
# Diplomaten auf, das Land zu verlassen", "ordered a Swedish diplomat to leave the country")
expel | en | leave the country; leave the territory; depart the country; leave within
expel | de | das land zu verlassen; das land verlassen; das land binnen; das land innerhalb; zur ausreise; auszureisen
# relnoun: nouns of a tie to another person; an apposition that opens with one gives no office of the title after it
# ("Olena Zelenska, the wife of the Ukrainian president", "Ilya Yashin, a fierce critic of the Russian president")
relnoun | en | wife; husband; son; daughter; widow; widower; brother; sister; father; mother; son-in-law; daughter-in-law; nephew; niece; cousin; grandson; granddaughter; critic; opponent; ally; rival; friend; confidant; challenger; foe
relnoun | de | ehefrau; frau; ehemann; mann; gattin; gatte; sohn; tochter; witwe; witwer; bruder; schwester; vater; mutter; schwiegersohn; schwiegertochter; neffe; nichte; enkel; enkelin; kritiker; kritikerin; gegner; gegnerin; gegenspieler; verbündeter; verbündete; verbündeten; vertrauter; vertraute; vertrauten; rivale; rivalin; herausforderer; herausforderin; freund; freundin
# critique: verbs of criticising that close a reported clause with their speaker: the speaker accuses the reported
# clause's subject ("Kroatien behandle Bosnien wie einen Hinterhof, kritisierte Bećirović")
critique | en | complained; criticised; criticized; protested; charged
critique | de | kritisierte; kritisiert; beklagte; beklagt; monierte; moniert; bemängelte; bemängelt; klagte; beschwerte
# leadverb: verbs of leading in a relative clause right after a person's name: "Zhang Xuezheng, who has led Nexperia since
# 2020", "Zhang, der Nexperia seit 2020 führte": the person represents what the clause names
leadverb | en | leads; led; heads; headed; chairs; chaired; commands; commanded
leadverb | de | führt; führte; leitet; leitete; anführt; anführte; befehligt; befehligte; regiert; regierte

# approx: words that make a number approximate. Before a number ("about 30 Guinean troops", "von mindestens sieben
# mauretanischen Viehhirten") they belong to its noun phrase and are no preposition.
approx | en | about; around; some; nearly; almost; roughly; approximately; over; under; least; than
approx | de | rund; etwa; mindestens; fast; knapp; über; unter; circa; ca.; beinahe; nahezu; als

# orgnoun: lower-case nouns that describe an organization beside its name. In English, one to three capitalized words
# the lexicon does not know right after one ("the environmental group Justica Ambiental", "the main opposition party
# Chadema") or right before one ("the ruling Frelimo party") name an organization.
orgnoun | en | group; party; movement; militia; platform; association; organisation; organization; network; firm; company; consortium; miner; institute; watchdog; subsidiary; conglomerate; manufacturer; contractor; lender; insurer; shipbuilder; carmaker; automaker; chipmaker; producer; operator
# German: a noun that is one or ends in one ("der Energiekonzern Woodside", "Chiphersteller Nexperia"), see docs/lexicon.md
orgnoun | de | konzern; hersteller; unternehmen; firma; tochtergesellschaft; bewegung; partei; organisation; miliz; betreiber; reederei; gruppe; verband; institut
