# People (world): heads of state and government, foreign and defence ministers of UN member states
# that people.lex does not cover, some well-known predecessors since 2022 ("former ..."), leaders of
# armed groups and movements, Russian-installed and breakaway leaders, heads of state companies
# often named in sanctions news, and heads and envoys of international organizations. Same
# conventions as people.lex: all forms are `*`, German and English spellings and transliterations;
# a bare surname only where the news uses it for this one person; `affil` names the office the
# person is known for.
# Offices are as of 2025 as far as known. Where an office changed late in 2025 or in 2026 and the
# holder is uncertain, the person is listed with the office held before ("former ...") or with a
# dated office ("President (2022-2026)", "Defence Minister (from 2023)"); nobody is listed in an
# office that I could not confirm.
# Left out on purpose as bare surnames: common surnames, words and places (Frieden, Haas, Tanner,
# Barrow, Talon, Boko, Chapo, Rama, Idris, Halina, Morales, Arce, Castro, Murillo, Peña, Chaves,
# Lourenço, Schmidt, Bar, Zamir, Hassan, Saleh, Sabah, Khalifa, Bennett, Halevi, Naqvi, Alimi,
# Zubaidi, Raggi, Masisi (a territory in DR Congo), Mumin, Tetteh, Balakrishnan, Sommerfeld, Beccari,
# Azoulay, Adesina, Gonsalves, Barghouti (also Mustafa Barghouti), Hajiyev, Tómasdóttir, Bakura),
# surnames shared by several people in the news (Barzani, Sadr, Assad, Haftar, Kabila is kept for
# Joseph Kabila), surnames that are given names in given-names.lex (Sihasak, Srettha, Debretsion,
# Boakai), "Carl Gustaf" (also a weapon), "Barbecue" (Chérizier's nickname, an English word), and
# Vietnamese, Chinese and Korean names, which appear only in full. "Abu Ubaidah" alone is left out
# (the Hamas spokesman and the al-Shabaab emir both use it).
# People whose office in 2026 I could not pin down (new Czech, Dutch, Bulgarian, Iraqi cabinets
# after late-2025 elections; Nigerian and Congolese reshuffles) are not guessed: either the
# predecessor with a dated office is listed, or nobody.
# --- Western Europe and microstates ---
actor | person:alexander-van-der-bellen | person | Alexander Van der Bellen
name | person:alexander-van-der-bellen | * | Alexander Van der Bellen; Alexander van der Bellen; Van der Bellen; van der Bellen
affil | person:alexander-van-der-bellen | state:aut | Federal President

actor | person:beate-meinl-reisinger | person | Beate Meinl-Reisinger
name | person:beate-meinl-reisinger | * | Beate Meinl-Reisinger; Meinl-Reisinger
affil | person:beate-meinl-reisinger | state:aut | Foreign Minister

actor | person:klaudia-tanner | person | Klaudia Tanner
name | person:klaudia-tanner | * | Klaudia Tanner
affil | person:klaudia-tanner | state:aut | Defence Minister

actor | person:alexander-schallenberg | person | Alexander Schallenberg
name | person:alexander-schallenberg | * | Alexander Schallenberg; Schallenberg
affil | person:alexander-schallenberg | state:aut | former Foreign Minister and interim Chancellor

actor | person:karin-keller-sutter | person | Karin Keller-Sutter
name | person:karin-keller-sutter | * | Karin Keller-Sutter; Keller-Sutter
affil | person:karin-keller-sutter | state:che | Federal Councillor, President of the Confederation 2025

actor | person:viola-amherd | person | Viola Amherd
name | person:viola-amherd | * | Viola Amherd; Amherd
affil | person:viola-amherd | state:che | former Defence Minister

actor | person:martin-pfister | person | Martin Pfister
name | person:martin-pfister | * | Martin Pfister
affil | person:martin-pfister | state:che | Defence Minister

actor | person:guy-parmelin | person | Guy Parmelin
name | person:guy-parmelin | * | Guy Parmelin; Parmelin
affil | person:guy-parmelin | state:che | Federal Councillor

actor | person:maxime-prevot | person | Maxime Prévot
name | person:maxime-prevot | * | Maxime Prévot; Maxime Prevot; Prévot
affil | person:maxime-prevot | state:bel | Foreign Minister

actor | person:theo-francken | person | Theo Francken
name | person:theo-francken | * | Theo Francken; Francken
affil | person:theo-francken | state:bel | Defence Minister

actor | person:king-philippe | person | King Philippe of Belgium
name | person:king-philippe | * | König Philippe; King Philippe; Philippe of Belgium
affil | person:king-philippe | state:bel | King

actor | person:alexander-de-croo | person | Alexander De Croo
name | person:alexander-de-croo | * | Alexander De Croo; Alexander de Croo; De Croo
affil | person:alexander-de-croo | state:bel | former Prime Minister

actor | person:caspar-veldkamp | person | Caspar Veldkamp
name | person:caspar-veldkamp | * | Caspar Veldkamp; Veldkamp
affil | person:caspar-veldkamp | state:nld | former Foreign Minister

actor | person:david-van-weel | person | David van Weel
name | person:david-van-weel | * | David van Weel; van Weel
affil | person:david-van-weel | state:nld | Foreign Minister

actor | person:ruben-brekelmans | person | Ruben Brekelmans
name | person:ruben-brekelmans | * | Ruben Brekelmans; Brekelmans
affil | person:ruben-brekelmans | state:nld | Defence Minister

actor | person:rob-jetten | person | Rob Jetten
name | person:rob-jetten | * | Rob Jetten; Jetten
affil | person:rob-jetten | state:nld | D66 leader

actor | person:willem-alexander | person | King Willem-Alexander
name | person:willem-alexander | * | König Willem-Alexander; King Willem-Alexander; Willem-Alexander
affil | person:willem-alexander | state:nld | King

actor | person:luc-frieden | person | Luc Frieden
name | person:luc-frieden | * | Luc Frieden
affil | person:luc-frieden | state:lux | Prime Minister

actor | person:xavier-bettel | person | Xavier Bettel
name | person:xavier-bettel | * | Xavier Bettel; Bettel
affil | person:xavier-bettel | state:lux | Foreign Minister

actor | person:yuriko-backes | person | Yuriko Backes
name | person:yuriko-backes | * | Yuriko Backes
affil | person:yuriko-backes | state:lux | Defence Minister

actor | person:catherine-connolly | person | Catherine Connolly
name | person:catherine-connolly | * | Catherine Connolly
affil | person:catherine-connolly | state:irl | President

actor | person:michael-d-higgins | person | Michael D. Higgins
name | person:michael-d-higgins | * | Michael D. Higgins; Michael Higgins
affil | person:michael-d-higgins | state:irl | former President

actor | person:simon-harris | person | Simon Harris
name | person:simon-harris | * | Simon Harris
affil | person:simon-harris | state:irl | Tánaiste

actor | person:helen-mcentee | person | Helen McEntee
name | person:helen-mcentee | * | Helen McEntee; McEntee
affil | person:helen-mcentee | state:irl | Government minister

actor | person:paulo-rangel | person | Paulo Rangel
name | person:paulo-rangel | * | Paulo Rangel
affil | person:paulo-rangel | state:prt | Foreign Minister

actor | person:nuno-melo | person | Nuno Melo
name | person:nuno-melo | * | Nuno Melo
affil | person:nuno-melo | state:prt | Defence Minister

actor | person:xavier-espot-zamora | person | Xavier Espot Zamora
name | person:xavier-espot-zamora | * | Xavier Espot Zamora; Xavier Espot
affil | person:xavier-espot-zamora | state:and | Head of Government

actor | person:albert-ii-of-monaco | person | Prince Albert II of Monaco
name | person:albert-ii-of-monaco | * | Fürst Albert II.; Fürst Albert; Prince Albert II; Albert II of Monaco
affil | person:albert-ii-of-monaco | state:mco | Sovereign Prince

actor | person:hans-adam-ii | person | Prince Hans-Adam II of Liechtenstein
name | person:hans-adam-ii | * | Fürst Hans-Adam II.; Hans-Adam II; Prince Hans-Adam II
affil | person:hans-adam-ii | state:lie | Reigning Prince

actor | person:brigitte-haas | person | Brigitte Haas
name | person:brigitte-haas | * | Brigitte Haas
affil | person:brigitte-haas | state:lie | Prime Minister

actor | person:robert-abela | person | Robert Abela
name | person:robert-abela | * | Robert Abela; Abela
affil | person:robert-abela | state:mlt | Prime Minister

actor | person:myriam-spiteri-debono | person | Myriam Spiteri Debono
name | person:myriam-spiteri-debono | * | Myriam Spiteri Debono
affil | person:myriam-spiteri-debono | state:mlt | President

actor | person:ian-borg | person | Ian Borg
name | person:ian-borg | * | Ian Borg
affil | person:ian-borg | state:mlt | Foreign Minister

actor | person:nikos-christodoulides | person | Nikos Christodoulides
name | person:nikos-christodoulides | * | Nikos Christodoulides; Nikos Christodoulidis; Christodoulides; Christodoulidis
affil | person:nikos-christodoulides | state:cyp | President

actor | person:constantinos-kombos | person | Constantinos Kombos
name | person:constantinos-kombos | * | Constantinos Kombos; Konstantinos Kombos; Kombos
affil | person:constantinos-kombos | state:cyp | Foreign Minister

actor | person:konstantinos-tasoulas | person | Konstantinos Tasoulas
name | person:konstantinos-tasoulas | * | Konstantinos Tasoulas; Tasoulas
affil | person:konstantinos-tasoulas | state:grc | President

actor | person:katerina-sakellaropoulou | person | Katerina Sakellaropoulou
name | person:katerina-sakellaropoulou | * | Katerina Sakellaropoulou; Sakellaropoulou
affil | person:katerina-sakellaropoulou | state:grc | former President

actor | person:giorgos-gerapetritis | person | Giorgos Gerapetritis
name | person:giorgos-gerapetritis | * | Giorgos Gerapetritis; George Gerapetritis; Georgios Gerapetritis; Gerapetritis
affil | person:giorgos-gerapetritis | state:grc | Foreign Minister

actor | person:nikos-dendias | person | Nikos Dendias
name | person:nikos-dendias | * | Nikos Dendias; Nikolaos Dendias; Dendias
affil | person:nikos-dendias | state:grc | Defence Minister

actor | person:ersin-tatar | person | Ersin Tatar
name | person:ersin-tatar | * | Ersin Tatar
affil | person:ersin-tatar | org:northern-cyprus | former President of Northern Cyprus

actor | person:tufan-erhurman | person | Tufan Erhürman
name | person:tufan-erhurman | * | Tufan Erhürman; Tufan Erhurman; Erhürman; Erhurman
affil | person:tufan-erhurman | org:northern-cyprus | President of Northern Cyprus


# --- Nordic states ---
actor | person:troels-lund-poulsen | person | Troels Lund Poulsen
name | person:troels-lund-poulsen | * | Troels Lund Poulsen
affil | person:troels-lund-poulsen | state:dnk | Defence Minister

actor | person:king-frederik-x | person | King Frederik X of Denmark
name | person:king-frederik-x | * | König Frederik X.; King Frederik X; Frederik X
affil | person:king-frederik-x | state:dnk | King

actor | person:mute-egede | person | Múte B. Egede
name | person:mute-egede | * | Múte B. Egede; Mute B. Egede; Múte Egede; Mute Egede
affil | person:mute-egede | org:greenland | former Premier of Greenland

actor | person:jens-frederik-nielsen | person | Jens-Frederik Nielsen
name | person:jens-frederik-nielsen | * | Jens-Frederik Nielsen
affil | person:jens-frederik-nielsen | org:greenland | Premier of Greenland

actor | person:tore-o-sandvik | person | Tore O. Sandvik
name | person:tore-o-sandvik | * | Tore O. Sandvik; Tore Sandvik
affil | person:tore-o-sandvik | state:nor | Defence Minister

actor | person:bjorn-arild-gram | person | Bjørn Arild Gram
name | person:bjorn-arild-gram | * | Bjørn Arild Gram; Bjorn Arild Gram
affil | person:bjorn-arild-gram | state:nor | former Defence Minister

actor | person:king-harald-v | person | King Harald V of Norway
name | person:king-harald-v | * | König Harald V.; King Harald V; Harald V
affil | person:king-harald-v | state:nor | King

actor | person:king-carl-xvi-gustaf | person | King Carl XVI Gustaf of Sweden
name | person:king-carl-xvi-gustaf | * | König Carl XVI. Gustaf; King Carl XVI Gustaf; Carl XVI Gustaf
affil | person:king-carl-xvi-gustaf | state:swe | King

actor | person:kristrun-frostadottir | person | Kristrún Frostadóttir
name | person:kristrun-frostadottir | * | Kristrún Frostadóttir; Kristrun Frostadottir; Frostadóttir; Frostadottir
affil | person:kristrun-frostadottir | state:isl | Prime Minister

actor | person:thorgerdur-katrin-gunnarsdottir | person | Þorgerður Katrín Gunnarsdóttir
name | person:thorgerdur-katrin-gunnarsdottir | * | Þorgerður Katrín Gunnarsdóttir; Thorgerdur Katrin Gunnarsdottir; Þorgerður Gunnarsdóttir
affil | person:thorgerdur-katrin-gunnarsdottir | state:isl | Foreign Minister

actor | person:halla-tomasdottir | person | Halla Tómasdóttir
name | person:halla-tomasdottir | * | Halla Tómasdóttir; Halla Tomasdottir
affil | person:halla-tomasdottir | state:isl | President


# --- Central and Southeastern Europe ---
actor | person:jan-lipavsky | person | Jan Lipavský
name | person:jan-lipavsky | * | Jan Lipavský; Jan Lipavsky; Lipavský; Lipavsky
affil | person:jan-lipavsky | state:cze | former Foreign Minister

actor | person:jana-cernochova | person | Jana Černochová
name | person:jana-cernochova | * | Jana Černochová; Jana Cernochova; Černochová; Cernochova
affil | person:jana-cernochova | state:cze | former Defence Minister

actor | person:robert-golob | person | Robert Golob
name | person:robert-golob | * | Robert Golob; Golob
affil | person:robert-golob | state:svn | Prime Minister

actor | person:natasa-pirc-musar | person | Nataša Pirc Musar
name | person:natasa-pirc-musar | * | Nataša Pirc Musar; Natasa Pirc Musar; Pirc Musar
affil | person:natasa-pirc-musar | state:svn | President

actor | person:tanja-fajon | person | Tanja Fajon
name | person:tanja-fajon | * | Tanja Fajon; Fajon
affil | person:tanja-fajon | state:svn | Foreign Minister

actor | person:borut-sajovic | person | Borut Sajovic
name | person:borut-sajovic | * | Borut Sajovic; Borut Sajović
affil | person:borut-sajovic | state:svn | Defence Minister

actor | person:andrej-plenkovic | person | Andrej Plenković
name | person:andrej-plenkovic | * | Andrej Plenković; Andrej Plenkovic; Plenković; Plenkovic
affil | person:andrej-plenkovic | state:hrv | Prime Minister

actor | person:zoran-milanovic | person | Zoran Milanović
name | person:zoran-milanovic | * | Zoran Milanović; Zoran Milanovic; Milanović; Milanovic
affil | person:zoran-milanovic | state:hrv | President

actor | person:gordan-grlic-radman | person | Gordan Grlić Radman
name | person:gordan-grlic-radman | * | Gordan Grlić Radman; Gordan Grlic Radman; Grlić Radman; Grlic Radman
affil | person:gordan-grlic-radman | state:hrv | Foreign Minister

actor | person:ivan-anusic | person | Ivan Anušić
name | person:ivan-anusic | * | Ivan Anušić; Ivan Anusic; Anušić
affil | person:ivan-anusic | state:hrv | Defence Minister

actor | person:borjana-kristo | person | Borjana Krišto
name | person:borjana-kristo | * | Borjana Krišto; Borjana Kristo; Krišto
affil | person:borjana-kristo | state:bih | Chair of the Council of Ministers

actor | person:zeljka-cvijanovic | person | Željka Cvijanović
name | person:zeljka-cvijanovic | * | Željka Cvijanović; Zeljka Cvijanovic; Cvijanović; Cvijanovic
affil | person:zeljka-cvijanovic | state:bih | Member of the Presidency

actor | person:denis-becirovic | person | Denis Bećirović
name | person:denis-becirovic | * | Denis Bećirović; Denis Becirovic; Bećirović; Becirovic
affil | person:denis-becirovic | state:bih | Member of the Presidency

actor | person:zeljko-komsic | person | Željko Komšić
name | person:zeljko-komsic | * | Željko Komšić; Zeljko Komsic; Komšić; Komsic
affil | person:zeljko-komsic | state:bih | Member of the Presidency

actor | person:elmedin-konakovic | person | Elmedin Konaković
name | person:elmedin-konakovic | * | Elmedin Konaković; Elmedin Konakovic; Konaković; Konakovic
affil | person:elmedin-konakovic | state:bih | Foreign Minister

actor | person:milorad-dodik | person | Milorad Dodik
name | person:milorad-dodik | * | Milorad Dodik; Dodik
affil | person:milorad-dodik | org:republika-srpska | former President of Republika Srpska

actor | person:christian-schmidt | person | Christian Schmidt
name | person:christian-schmidt | * | Christian Schmidt
affil | person:christian-schmidt | org:office-of-the-high-representative | High Representative for Bosnia and Herzegovina

actor | person:djuro-macut | person | Đuro Macut
name | person:djuro-macut | * | Đuro Macut; Djuro Macut; Duro Macut; Macut
affil | person:djuro-macut | state:srb | Prime Minister

actor | person:milos-vucevic | person | Miloš Vučević
name | person:milos-vucevic | * | Miloš Vučević; Milos Vucevic; Vučević; Vucevic
affil | person:milos-vucevic | state:srb | former Prime Minister

actor | person:ana-brnabic | person | Ana Brnabić
name | person:ana-brnabic | * | Ana Brnabić; Ana Brnabic; Brnabić; Brnabic
affil | person:ana-brnabic | state:srb | Speaker of Parliament, former Prime Minister

actor | person:bratislav-gasic | person | Bratislav Gašić
name | person:bratislav-gasic | * | Bratislav Gašić; Bratislav Gasic; Gašić
affil | person:bratislav-gasic | state:srb | Defence Minister

actor | person:milojko-spajic | person | Milojko Spajić
name | person:milojko-spajic | * | Milojko Spajić; Milojko Spajic; Spajić; Spajic
affil | person:milojko-spajic | state:mne | Prime Minister

actor | person:jakov-milatovic | person | Jakov Milatović
name | person:jakov-milatovic | * | Jakov Milatović; Jakov Milatovic; Milatović; Milatovic
affil | person:jakov-milatovic | state:mne | President

actor | person:ervin-ibrahimovic | person | Ervin Ibrahimović
name | person:ervin-ibrahimovic | * | Ervin Ibrahimović; Ervin Ibrahimovic
affil | person:ervin-ibrahimovic | state:mne | Foreign Minister

actor | person:hristijan-mickoski | person | Hristijan Mickoski
name | person:hristijan-mickoski | * | Hristijan Mickoski; Christijan Mickoski; Mickoski
affil | person:hristijan-mickoski | state:mkd | Prime Minister

actor | person:gordana-siljanovska-davkova | person | Gordana Siljanovska-Davkova
name | person:gordana-siljanovska-davkova | * | Gordana Siljanovska-Davkova; Siljanovska-Davkova
affil | person:gordana-siljanovska-davkova | state:mkd | President

actor | person:timco-mucunski | person | Timčo Mucunski
name | person:timco-mucunski | * | Timčo Mucunski; Timco Mucunski; Mucunski
affil | person:timco-mucunski | state:mkd | Foreign Minister

actor | person:edi-rama | person | Edi Rama
name | person:edi-rama | * | Edi Rama
affil | person:edi-rama | state:alb | Prime Minister

actor | person:bajram-begaj | person | Bajram Begaj
name | person:bajram-begaj | * | Bajram Begaj; Begaj
affil | person:bajram-begaj | state:alb | President

actor | person:igli-hasani | person | Igli Hasani
name | person:igli-hasani | * | Igli Hasani
affil | person:igli-hasani | state:alb | former Foreign Minister

actor | person:rosen-zhelyazkov | person | Rosen Zhelyazkov
name | person:rosen-zhelyazkov | * | Rosen Zhelyazkov; Rossen Scheljaskow; Rosen Scheljaskow; Zhelyazkov; Scheljaskow
affil | person:rosen-zhelyazkov | state:bgr | Prime Minister (from January 2025)

actor | person:rumen-radev | person | Rumen Radev
name | person:rumen-radev | * | Rumen Radew; Rumen Radev; Radew; Radev
affil | person:rumen-radev | state:bgr | President (elected 2016, re-elected 2021)

actor | person:georg-georgiev | person | Georg Georgiev
name | person:georg-georgiev | * | Georg Georgiev; Georg Georgiew
affil | person:georg-georgiev | state:bgr | Foreign Minister

actor | person:ilie-bolojan | person | Ilie Bolojan
name | person:ilie-bolojan | * | Ilie Bolojan; Bolojan
affil | person:ilie-bolojan | state:rou | Prime Minister

actor | person:marcel-ciolacu | person | Marcel Ciolacu
name | person:marcel-ciolacu | * | Marcel Ciolacu; Ciolacu
affil | person:marcel-ciolacu | state:rou | former Prime Minister

actor | person:klaus-iohannis | person | Klaus Iohannis
name | person:klaus-iohannis | * | Klaus Iohannis; Klaus Johannis; Iohannis; Johannis
affil | person:klaus-iohannis | state:rou | former President

actor | person:oana-toiu | person | Oana Țoiu
name | person:oana-toiu | * | Oana Țoiu; Oana Toiu; Oana Ţoiu; Țoiu
affil | person:oana-toiu | state:rou | Foreign Minister

actor | person:ionut-mosteanu | person | Ionuț Moșteanu
name | person:ionut-mosteanu | * | Ionuț Moșteanu; Ionut Mosteanu; Moșteanu; Mosteanu
affil | person:ionut-mosteanu | state:rou | Defence Minister

actor | person:dorin-recean | person | Dorin Recean
name | person:dorin-recean | * | Dorin Recean; Recean
affil | person:dorin-recean | state:mda | former Prime Minister

actor | person:alexandru-munteanu | person | Alexandru Munteanu
name | person:alexandru-munteanu | * | Alexandru Munteanu
affil | person:alexandru-munteanu | state:mda | Prime Minister

actor | person:mihai-popsoi | person | Mihai Popșoi
name | person:mihai-popsoi | * | Mihai Popșoi; Mihai Popsoi; Popșoi; Popsoi
affil | person:mihai-popsoi | state:mda | Deputy Prime Minister, Foreign Minister (from 2024)

actor | person:evghenia-gutul | person | Evghenia Guțul
name | person:evghenia-gutul | * | Evghenia Guțul; Evghenia Gutul; Jewgenija Guzul
affil | person:evghenia-gutul | org:gagauzia | former Governor of Gagauzia

actor | person:ilan-shor | person | Ilan Shor
name | person:ilan-shor | * | Ilan Shor; Ilan Schor
affil | person:ilan-shor | state:mda | fugitive pro-Russian politician

actor | person:vadim-krasnoselsky | person | Vadim Krasnoselsky
name | person:vadim-krasnoselsky | * | Vadim Krasnoselsky; Wadim Krasnoselski; Krasnoselsky; Krasnoselski
affil | person:vadim-krasnoselsky | org:transnistria | leader of Transnistria

# --- Caucasus, Central Asia, Mongolia ---
actor | person:vahagn-khachaturyan | person | Vahagn Khachaturyan
name | person:vahagn-khachaturyan | * | Vahagn Khachaturyan; Wahagn Chatschaturjan; Vahagn Chatschaturjan
affil | person:vahagn-khachaturyan | state:arm | President

actor | person:suren-papikyan | person | Suren Papikyan
name | person:suren-papikyan | * | Suren Papikyan; Suren Papikjan; Papikyan; Papikjan
affil | person:suren-papikyan | state:arm | Defence Minister

actor | person:ali-asadov | person | Ali Asadov
name | person:ali-asadov | * | Ali Asadov; Ali Asadow
affil | person:ali-asadov | state:aze | Prime Minister

actor | person:zakir-hasanov | person | Zakir Hasanov
name | person:zakir-hasanov | * | Zakir Hasanov; Sakir Hasanow; Zakir Hasanow
affil | person:zakir-hasanov | state:aze | Defence Minister

actor | person:hikmet-hajiyev | person | Hikmet Hajiyev
name | person:hikmet-hajiyev | * | Hikmet Hajiyev; Hikmet Hadschijew
affil | person:hikmet-hajiyev | state:aze | Foreign policy adviser to the President

actor | person:olzhas-bektenov | person | Olzhas Bektenov
name | person:olzhas-bektenov | * | Olzhas Bektenov; Olschas Bektenow; Bektenov; Bektenow
affil | person:olzhas-bektenov | state:kaz | Prime Minister

actor | person:murat-nurtleu | person | Murat Nurtleu
name | person:murat-nurtleu | * | Murat Nurtleu; Nurtleu
affil | person:murat-nurtleu | state:kaz | Deputy Prime Minister and Foreign Minister (from 2023)

actor | person:abdulla-aripov | person | Abdulla Aripov
name | person:abdulla-aripov | * | Abdulla Aripov; Abdulla Aripow; Aripov; Aripow
affil | person:abdulla-aripov | state:uzb | Prime Minister

actor | person:bakhtiyor-saidov | person | Bakhtiyor Saidov
name | person:bakhtiyor-saidov | * | Bakhtiyor Saidov; Bachtijor Saidow
affil | person:bakhtiyor-saidov | state:uzb | Foreign Minister

actor | person:adylbek-kasymaliev | person | Adylbek Kasymaliev
name | person:adylbek-kasymaliev | * | Adylbek Kasymaliev; Adylbek Kassymalijew; Kasymaliev; Kassymalijew
affil | person:adylbek-kasymaliev | state:kgz | Chairman of the Cabinet of Ministers

actor | person:jeenbek-kulubaev | person | Jeenbek Kulubaev
name | person:jeenbek-kulubaev | * | Jeenbek Kulubaev; Dschenbek Kulubajew; Kulubaev; Kulubajew
affil | person:jeenbek-kulubaev | state:kgz | Foreign Minister

actor | person:sirojiddin-muhriddin | person | Sirojiddin Muhriddin
name | person:sirojiddin-muhriddin | * | Sirojiddin Muhriddin; Sirodschiddin Muhriddin; Muhriddin
affil | person:sirojiddin-muhriddin | state:tjk | Foreign Minister

actor | person:gurbanguly-berdimuhamedow | person | Gurbanguly Berdimuhamedow
name | person:gurbanguly-berdimuhamedow | * | Gurbanguly Berdimuhamedow; Gurbanguly Berdimuhamedov; Gurbanguly Berdymukhamedov
affil | person:gurbanguly-berdimuhamedow | state:tkm | Chairman of the Halk Maslahaty, former President

actor | person:rashid-meredov | person | Rashid Meredov
name | person:rashid-meredov | * | Rashid Meredov; Raschid Meredow; Meredov; Meredow
affil | person:rashid-meredov | state:tkm | Foreign Minister

actor | person:ukhnaagiin-khurelsukh | person | Ukhnaagiin Khürelsükh
name | person:ukhnaagiin-khurelsukh | * | Ukhnaagiin Khürelsükh; Ukhnaa Khurelsukh; Uchnaagiin Chürelsüch; Khürelsükh; Khurelsukh
affil | person:ukhnaagiin-khurelsukh | state:mng | President

actor | person:luvsannamsrai-oyun-erdene | person | Luvsannamsrain Oyun-Erdene
name | person:luvsannamsrai-oyun-erdene | * | Luvsannamsrain Oyun-Erdene; Oyun-Erdene; Ojuun-Erdene
affil | person:luvsannamsrai-oyun-erdene | state:mng | former Prime Minister

actor | person:battsetseg-batmunkh | person | Battsetseg Batmunkh
name | person:battsetseg-batmunkh | * | Battsetseg Batmunkh
affil | person:battsetseg-batmunkh | state:mng | Foreign Minister


# --- South Asia ---
actor | person:harini-amarasuriya | person | Harini Amarasuriya
name | person:harini-amarasuriya | * | Harini Amarasuriya; Amarasuriya
affil | person:harini-amarasuriya | state:lka | Prime Minister

actor | person:vijitha-herath | person | Vijitha Herath
name | person:vijitha-herath | * | Vijitha Herath
affil | person:vijitha-herath | state:lka | Foreign Minister

actor | person:ranil-wickremesinghe | person | Ranil Wickremesinghe
name | person:ranil-wickremesinghe | * | Ranil Wickremesinghe; Ranil Wickremasinghe; Wickremesinghe
affil | person:ranil-wickremesinghe | state:lka | former President

actor | person:kp-sharma-oli | person | K. P. Sharma Oli
name | person:kp-sharma-oli | * | K. P. Sharma Oli; KP Sharma Oli; K.P. Sharma Oli; Khadga Prasad Sharma Oli; Sharma Oli
affil | person:kp-sharma-oli | state:npl | former Prime Minister

actor | person:sushila-karki | person | Sushila Karki
name | person:sushila-karki | * | Sushila Karki
affil | person:sushila-karki | state:npl | interim Prime Minister

actor | person:ram-chandra-poudel | person | Ram Chandra Poudel
name | person:ram-chandra-poudel | * | Ram Chandra Poudel; Ram Chandra Paudel
affil | person:ram-chandra-poudel | state:npl | President

actor | person:pushpa-kamal-dahal | person | Pushpa Kamal Dahal
name | person:pushpa-kamal-dahal | * | Pushpa Kamal Dahal; Prachanda
affil | person:pushpa-kamal-dahal | state:npl | former Prime Minister

actor | person:tshering-tobgay | person | Tshering Tobgay
name | person:tshering-tobgay | * | Tshering Tobgay; Tobgay
affil | person:tshering-tobgay | state:btn | Prime Minister

actor | person:jigme-khesar-namgyel-wangchuck | person | Jigme Khesar Namgyel Wangchuck
name | person:jigme-khesar-namgyel-wangchuck | * | Jigme Khesar Namgyel Wangchuck; König Jigme Khesar
affil | person:jigme-khesar-namgyel-wangchuck | state:btn | King

actor | person:mohamed-muizzu | person | Mohamed Muizzu
name | person:mohamed-muizzu | * | Mohamed Muizzu; Mohammed Muizzu; Muizzu
affil | person:mohamed-muizzu | state:mdv | President

actor | person:abdulla-khaleel | person | Abdulla Khaleel
name | person:abdulla-khaleel | * | Abdulla Khaleel
affil | person:abdulla-khaleel | state:mdv | Foreign Minister

actor | person:tarique-rahman | person | Tarique Rahman
name | person:tarique-rahman | * | Tarique Rahman; Tarik Rahman
affil | person:tarique-rahman | state:bgd | BNP leader

actor | person:khaleda-zia | person | Khaleda Zia
name | person:khaleda-zia | * | Khaleda Zia; Khaleda Sia
affil | person:khaleda-zia | state:bgd | former Prime Minister

actor | person:touhid-hossain | person | Md. Touhid Hossain
name | person:touhid-hossain | * | Touhid Hossain; Md. Touhid Hossain; Mohammad Touhid Hossain
affil | person:touhid-hossain | state:bgd | Foreign Adviser

actor | person:waker-uz-zaman | person | Waker-uz-Zaman
name | person:waker-uz-zaman | * | Waker-uz-Zaman; Waker-Uz-Zaman
affil | person:waker-uz-zaman | state:bgd | Army Chief

actor | person:mohsin-naqvi | person | Mohsin Naqvi
name | person:mohsin-naqvi | * | Mohsin Naqvi
affil | person:mohsin-naqvi | state:pak | Interior Minister

actor | person:nawaz-sharif | person | Nawaz Sharif
name | person:nawaz-sharif | * | Nawaz Sharif; Muhammad Nawaz Sharif
affil | person:nawaz-sharif | state:pak | former Prime Minister

actor | person:maryam-nawaz | person | Maryam Nawaz
name | person:maryam-nawaz | * | Maryam Nawaz; Maryam Nawaz Sharif
affil | person:maryam-nawaz | state:pak | Chief Minister of Punjab

actor | person:mullah-mohammad-yaqoob | person | Mullah Mohammad Yaqoob
name | person:mullah-mohammad-yaqoob | * | Mohammad Yaqoob; Mullah Yaqoob; Mohammad Jakub; Mullah Jakub
affil | person:mullah-mohammad-yaqoob | org:taliban | Taliban Defence Minister

actor | person:mohammad-hasan-akhund | person | Mohammad Hasan Akhund
name | person:mohammad-hasan-akhund | * | Mohammad Hasan Akhund; Mullah Hasan Akhund; Hasan Akhund
affil | person:mohammad-hasan-akhund | org:taliban | Taliban Prime Minister

actor | person:abdul-ghani-baradar | person | Abdul Ghani Baradar
name | person:abdul-ghani-baradar | * | Abdul Ghani Baradar; Mullah Baradar; Baradar
affil | person:abdul-ghani-baradar | org:taliban | Taliban Deputy Prime Minister

actor | person:ahmad-massoud | person | Ahmad Massoud
name | person:ahmad-massoud | * | Ahmad Massoud; Ahmad Massud
affil | person:ahmad-massoud | org:afghan-nrf | leader of the National Resistance Front

actor | person:omar-abdullah | person | Omar Abdullah
name | person:omar-abdullah | * | Omar Abdullah
affil | person:omar-abdullah | state:ind | Chief Minister of Jammu and Kashmir

actor | person:mallikarjun-kharge | person | Mallikarjun Kharge
name | person:mallikarjun-kharge | * | Mallikarjun Kharge; Kharge
affil | person:mallikarjun-kharge | state:ind | Congress party president

actor | person:anil-chauhan | person | Anil Chauhan
name | person:anil-chauhan | * | Anil Chauhan
affil | person:anil-chauhan | state:ind | Chief of Defence Staff

actor | person:upendra-dwivedi | person | Upendra Dwivedi
name | person:upendra-dwivedi | * | Upendra Dwivedi
affil | person:upendra-dwivedi | state:ind | Army Chief


# --- Southeast Asia ---
actor | person:mohamad-hasan | person | Mohamad Hasan
name | person:mohamad-hasan | * | Mohamad Hasan; Tok Mat
affil | person:mohamad-hasan | state:mys | Foreign Minister

actor | person:mohamed-khaled-nordin | person | Mohamed Khaled Nordin
name | person:mohamed-khaled-nordin | * | Mohamed Khaled Nordin; Khaled Nordin
affil | person:mohamed-khaled-nordin | state:mys | Defence Minister

actor | person:sultan-ibrahim-iskandar | person | Sultan Ibrahim Iskandar
name | person:sultan-ibrahim-iskandar | * | Sultan Ibrahim Iskandar; Sultan Ibrahim
affil | person:sultan-ibrahim-iskandar | state:mys | King

actor | person:vivian-balakrishnan | person | Vivian Balakrishnan
name | person:vivian-balakrishnan | * | Vivian Balakrishnan
affil | person:vivian-balakrishnan | state:sgp | Foreign Minister

actor | person:chan-chun-sing | person | Chan Chun Sing
name | person:chan-chun-sing | * | Chan Chun Sing
affil | person:chan-chun-sing | state:sgp | Defence Minister

actor | person:ng-eng-hen | person | Ng Eng Hen
name | person:ng-eng-hen | * | Ng Eng Hen
affil | person:ng-eng-hen | state:sgp | former Defence Minister

actor | person:tharman-shanmugaratnam | person | Tharman Shanmugaratnam
name | person:tharman-shanmugaratnam | * | Tharman Shanmugaratnam; Shanmugaratnam
affil | person:tharman-shanmugaratnam | state:sgp | President

actor | person:lee-hsien-loong | person | Lee Hsien Loong
name | person:lee-hsien-loong | * | Lee Hsien Loong
affil | person:lee-hsien-loong | state:sgp | Senior Minister, former Prime Minister

actor | person:enrique-manalo | person | Enrique Manalo
name | person:enrique-manalo | * | Enrique Manalo; Manalo
affil | person:enrique-manalo | state:phl | former Foreign Secretary

actor | person:theresa-lazaro | person | Theresa Lazaro
name | person:theresa-lazaro | * | Theresa Lazaro; Ma. Theresa Lazaro; Maria Theresa Lazaro
affil | person:theresa-lazaro | state:phl | Foreign Secretary

actor | person:gilberto-teodoro | person | Gilberto Teodoro
name | person:gilberto-teodoro | * | Gilberto Teodoro; Gilberto Teodoro Jr.; Gibo Teodoro
affil | person:gilberto-teodoro | state:phl | Defence Secretary

actor | person:pham-minh-chinh | person | Pham Minh Chinh
name | person:pham-minh-chinh | * | Pham Minh Chinh; Phạm Minh Chính
affil | person:pham-minh-chinh | state:vnm | Prime Minister

actor | person:luong-cuong | person | Luong Cuong
name | person:luong-cuong | * | Luong Cuong; Lương Cường
affil | person:luong-cuong | state:vnm | President

actor | person:bui-thanh-son | person | Bui Thanh Son
name | person:bui-thanh-son | * | Bui Thanh Son; Bùi Thanh Sơn
affil | person:bui-thanh-son | state:vnm | Deputy Prime Minister, former Foreign Minister

actor | person:phan-van-giang | person | Phan Van Giang
name | person:phan-van-giang | * | Phan Van Giang; Phan Văn Giang
affil | person:phan-van-giang | state:vnm | Defence Minister

actor | person:sihasak-phuangketkeow | person | Sihasak Phuangketkeow
name | person:sihasak-phuangketkeow | * | Sihasak Phuangketkeow
affil | person:sihasak-phuangketkeow | state:tha | Foreign Minister

actor | person:maris-sangiampongsa | person | Maris Sangiampongsa
name | person:maris-sangiampongsa | * | Maris Sangiampongsa; Sangiampongsa
affil | person:maris-sangiampongsa | state:tha | former Foreign Minister

actor | person:maha-vajiralongkorn | person | King Maha Vajiralongkorn
name | person:maha-vajiralongkorn | * | Maha Vajiralongkorn; Vajiralongkorn; König Vajiralongkorn; König Maha Vajiralongkorn; Rama X
affil | person:maha-vajiralongkorn | state:tha | King

actor | person:srettha-thavisin | person | Srettha Thavisin
name | person:srettha-thavisin | * | Srettha Thavisin
affil | person:srettha-thavisin | state:tha | former Prime Minister

actor | person:prak-sokhonn | person | Prak Sokhonn
name | person:prak-sokhonn | * | Prak Sokhonn; Sokhonn
affil | person:prak-sokhonn | state:khm | Foreign Minister

actor | person:tea-seiha | person | Tea Seiha
name | person:tea-seiha | * | Tea Seiha
affil | person:tea-seiha | state:khm | Defence Minister

actor | person:sonexay-siphandone | person | Sonexay Siphandone
name | person:sonexay-siphandone | * | Sonexay Siphandone; Siphandone
affil | person:sonexay-siphandone | state:lao | Prime Minister

actor | person:thongloun-sisoulith | person | Thongloun Sisoulith
name | person:thongloun-sisoulith | * | Thongloun Sisoulith; Sisoulith
affil | person:thongloun-sisoulith | state:lao | President

actor | person:than-swe | person | Than Swe
name | person:than-swe | * | Than Swe
affil | person:than-swe | state:mmr | Foreign Minister (junta)

actor | person:soe-win | person | Soe Win
name | person:soe-win | * | Soe Win
affil | person:soe-win | state:mmr | Deputy Commander-in-Chief

actor | person:duwa-lashi-la | person | Duwa Lashi La
name | person:duwa-lashi-la | * | Duwa Lashi La
affil | person:duwa-lashi-la | org:nug | Acting President of the National Unity Government

actor | person:zin-mar-aung | person | Zin Mar Aung
name | person:zin-mar-aung | * | Zin Mar Aung
affil | person:zin-mar-aung | org:nug | Foreign Minister of the National Unity Government

actor | person:xanana-gusmao | person | Xanana Gusmão
name | person:xanana-gusmao | * | Xanana Gusmão; Xanana Gusmao; Gusmão; Gusmao
affil | person:xanana-gusmao | state:tls | Prime Minister

actor | person:jose-ramos-horta | person | José Ramos-Horta
name | person:jose-ramos-horta | * | José Ramos-Horta; Jose Ramos-Horta; Ramos-Horta
affil | person:jose-ramos-horta | state:tls | President

actor | person:hassanal-bolkiah | person | Sultan Hassanal Bolkiah
name | person:hassanal-bolkiah | * | Hassanal Bolkiah; Sultan Hassanal Bolkiah; Bolkiah
affil | person:hassanal-bolkiah | state:brn | Sultan and Prime Minister

actor | person:sufmi-dasco-ahmad | person | Sufmi Dasco Ahmad
name | person:sufmi-dasco-ahmad | * | Sufmi Dasco Ahmad
affil | person:sufmi-dasco-ahmad | state:idn | Deputy Speaker of Parliament


# --- Pacific ---
actor | person:james-marape | person | James Marape
name | person:james-marape | * | James Marape; Marape
affil | person:james-marape | state:png | Prime Minister

actor | person:sitiveni-rabuka | person | Sitiveni Rabuka
name | person:sitiveni-rabuka | * | Sitiveni Rabuka; Rabuka
affil | person:sitiveni-rabuka | state:fji | Prime Minister

actor | person:jeremiah-manele | person | Jeremiah Manele
name | person:jeremiah-manele | * | Jeremiah Manele; Manele
affil | person:jeremiah-manele | state:slb | Prime Minister

actor | person:manasseh-sogavare | person | Manasseh Sogavare
name | person:manasseh-sogavare | * | Manasseh Sogavare; Sogavare
affil | person:manasseh-sogavare | state:slb | former Prime Minister

actor | person:jotham-napat | person | Jotham Napat
name | person:jotham-napat | * | Jotham Napat; Napat
affil | person:jotham-napat | state:vut | Prime Minister

actor | person:fiame-naomi-mataafa | person | Fiamē Naomi Mataʻafa
name | person:fiame-naomi-mataafa | * | Fiamē Naomi Mataʻafa; Fiame Naomi Mata'afa; Fiame Naomi Mataafa
affil | person:fiame-naomi-mataafa | state:wsm | former Prime Minister

actor | person:taneti-maamau | person | Taneti Maamau
name | person:taneti-maamau | * | Taneti Maamau; Maamau
affil | person:taneti-maamau | state:kir | President

actor | person:david-adeang | person | David Adeang
name | person:david-adeang | * | David Adeang; Adeang
affil | person:david-adeang | state:nru | President

actor | person:feleti-teo | person | Feleti Teo
name | person:feleti-teo | * | Feleti Teo
affil | person:feleti-teo | state:tuv | Prime Minister

actor | person:surangel-whipps | person | Surangel Whipps Jr.
name | person:surangel-whipps | * | Surangel Whipps Jr.; Surangel Whipps; Whipps
affil | person:surangel-whipps | state:plw | President

actor | person:hilda-heine | person | Hilda Heine
name | person:hilda-heine | * | Hilda Heine
affil | person:hilda-heine | state:mhl | President

actor | person:wesley-simina | person | Wesley Simina
name | person:wesley-simina | * | Wesley Simina; Simina
affil | person:wesley-simina | state:fsm | President

# --- Middle East: Iraq and Kurdistan ---
actor | person:abdul-latif-rashid | person | Abdul Latif Rashid
name | person:abdul-latif-rashid | * | Abdul Latif Rashid; Abdul Latif Raschid; Abdel Latif Rashid
affil | person:abdul-latif-rashid | state:irq | President

actor | person:thabet-al-abbasi | person | Thabet al-Abbasi
name | person:thabet-al-abbasi | * | Thabet al-Abbasi; Thabit al-Abbasi
affil | person:thabet-al-abbasi | state:irq | Defence Minister

actor | person:masrour-barzani | person | Masrour Barzani
name | person:masrour-barzani | * | Masrour Barzani; Masrur Barzani; Masrur Barsani; Masrour Barsani
affil | person:masrour-barzani | org:krg | Prime Minister of the Kurdistan Region

actor | person:nechirvan-barzani | person | Nechirvan Barzani
name | person:nechirvan-barzani | * | Nechirvan Barzani; Nechirwan Barzani; Netschirwan Barsani; Nechirvan Barsani
affil | person:nechirvan-barzani | org:krg | President of the Kurdistan Region

actor | person:masoud-barzani | person | Masoud Barzani
name | person:masoud-barzani | * | Masoud Barzani; Massud Barsani; Masud Barzani; Massoud Barzani
affil | person:masoud-barzani | org:kdp | KDP leader

actor | person:bafel-talabani | person | Bafel Talabani
name | person:bafel-talabani | * | Bafel Talabani
affil | person:bafel-talabani | org:puk | PUK leader

actor | person:muqtada-al-sadr | person | Muqtada al-Sadr
name | person:muqtada-al-sadr | * | Muqtada al-Sadr; Moqtada al-Sadr; Muktada al-Sadr; Moktada al-Sadr; Muqtada Sadr
affil | person:muqtada-al-sadr | org:saraya-al-salam | Shiite cleric, leader of the Sadrist movement

actor | person:hadi-al-amiri | person | Hadi al-Amiri
name | person:hadi-al-amiri | * | Hadi al-Amiri; Hadi al-Ameri
affil | person:hadi-al-amiri | org:badr-organization | leader of the Badr Organization

actor | person:qais-al-khazali | person | Qais al-Khazali
name | person:qais-al-khazali | * | Qais al-Khazali; Kais al-Chasali; Qais Khazali
affil | person:qais-al-khazali | org:asaib-ahl-al-haq | leader of Asaib Ahl al-Haq

actor | person:akram-al-kaabi | person | Akram al-Kaabi
name | person:akram-al-kaabi | * | Akram al-Kaabi; Akram al-Kabi
affil | person:akram-al-kaabi | org:nujaba | leader of Harakat al-Nujaba

actor | person:falih-al-fayyadh | person | Falih al-Fayyadh
name | person:falih-al-fayyadh | * | Falih al-Fayyadh; Falih al-Fayyad; Faleh al-Fayyadh
affil | person:falih-al-fayyadh | org:pmf | Chairman of the Popular Mobilization Commission

actor | person:abu-fadak-al-mohammedawi | person | Abu Fadak al-Mohammedawi
name | person:abu-fadak-al-mohammedawi | * | Abu Fadak al-Mohammedawi; Abu Fadak al-Muhammadawi; Abu Fadak
affil | person:abu-fadak-al-mohammedawi | org:pmf | PMF chief of staff

actor | person:barham-salih | person | Barham Salih
name | person:barham-salih | * | Barham Salih; Barham Saleh
affil | person:barham-salih | state:irq | former President


# --- Middle East: Gulf ---
actor | person:mishal-al-ahmad-al-jaber-al-sabah | person | Emir Mishal al-Ahmad al-Jaber al-Sabah
name | person:mishal-al-ahmad-al-jaber-al-sabah | * | Mishal al-Ahmad al-Jaber al-Sabah; Mishal al-Ahmad; Emir Mishal; Mischal al-Ahmad al-Dschabir as-Sabah; Scheich Mischal
affil | person:mishal-al-ahmad-al-jaber-al-sabah | state:kwt | Emir

actor | person:ahmad-al-abdullah-al-sabah | person | Ahmad al-Abdullah al-Sabah
name | person:ahmad-al-abdullah-al-sabah | * | Ahmad al-Abdullah al-Sabah; Ahmad Abdullah al-Ahmad al-Sabah
affil | person:ahmad-al-abdullah-al-sabah | state:kwt | Prime Minister

actor | person:abdullah-al-yahya | person | Abdullah al-Yahya
name | person:abdullah-al-yahya | * | Abdullah al-Yahya; Abdullah Ali al-Yahya
affil | person:abdullah-al-yahya | state:kwt | Foreign Minister

actor | person:hamad-bin-isa-al-khalifa | person | King Hamad bin Isa Al Khalifa
name | person:hamad-bin-isa-al-khalifa | * | Hamad bin Isa Al Khalifa; Hamad bin Isa al-Khalifa; König Hamad; King Hamad; Hamad bin Issa Al Chalifa
affil | person:hamad-bin-isa-al-khalifa | state:bhr | King

actor | person:salman-bin-hamad-al-khalifa | person | Salman bin Hamad Al Khalifa
name | person:salman-bin-hamad-al-khalifa | * | Salman bin Hamad Al Khalifa; Salman bin Hamad al-Khalifa; Salman bin Hamad
affil | person:salman-bin-hamad-al-khalifa | state:bhr | Crown Prince and Prime Minister

actor | person:abdullatif-al-zayani | person | Abdullatif bin Rashid Al Zayani
name | person:abdullatif-al-zayani | * | Abdullatif bin Rashid Al Zayani; Abdullatif Al Zayani; Abdullatif al-Zayani; Abdullatif al-Sajani; Zayani
affil | person:abdullatif-al-zayani | state:bhr | Foreign Minister

actor | person:mohammed-bin-rashid-al-maktoum | person | Mohammed bin Rashid Al Maktoum
name | person:mohammed-bin-rashid-al-maktoum | * | Mohammed bin Rashid Al Maktoum; Mohammed bin Raschid Al Maktum; Mohammed bin Rashid; Scheich Mohammed bin Raschid
affil | person:mohammed-bin-rashid-al-maktoum | state:are | Vice President and Prime Minister, Ruler of Dubai

actor | person:tahnoun-bin-zayed | person | Tahnoun bin Zayed Al Nahyan
name | person:tahnoun-bin-zayed | * | Tahnoun bin Zayed; Tahnoun bin Zayed Al Nahyan; Tahnun bin Sajid; Tahnoon bin Zayed
affil | person:tahnoun-bin-zayed | state:are | National Security Adviser

actor | person:anwar-gargash | person | Anwar Gargash
name | person:anwar-gargash | * | Anwar Gargash; Anwar Gargasch; Gargash; Gargasch
affil | person:anwar-gargash | state:are | Diplomatic Adviser to the President

actor | person:rashad-al-alimi | person | Rashad al-Alimi
name | person:rashad-al-alimi | * | Rashad al-Alimi; Raschad al-Alimi; Rashad Muhammad al-Alimi
affil | person:rashad-al-alimi | org:yemen-presidential-leadership-council | Chairman of the Presidential Leadership Council of Yemen

actor | person:salem-bin-breik | person | Salem bin Breik
name | person:salem-bin-breik | * | Salem bin Breik; Salem Saleh bin Braik; Salim bin Breik
affil | person:salem-bin-breik | state:yem | Prime Minister

actor | person:ahmed-awad-bin-mubarak | person | Ahmed Awad bin Mubarak
name | person:ahmed-awad-bin-mubarak | * | Ahmed Awad bin Mubarak; Ahmed bin Mubarak
affil | person:ahmed-awad-bin-mubarak | state:yem | former Prime Minister

actor | person:aidarous-al-zubaidi | person | Aidarous al-Zubaidi
name | person:aidarous-al-zubaidi | * | Aidarous al-Zubaidi; Aidarus al-Zubaidi; Aidarus al-Subaidi; Aidarous al-Zoubaidi
affil | person:aidarous-al-zubaidi | org:stc | President of the Southern Transitional Council

actor | person:tareq-saleh | person | Tareq Saleh
name | person:tareq-saleh | * | Tareq Saleh; Tarik Saleh; Tariq Saleh
affil | person:tareq-saleh | org:yemen-presidential-leadership-council | Member of the Presidential Leadership Council


# --- Middle East: Jordan, Lebanon, Syria ---
actor | person:jafar-hassan | person | Jafar Hassan
name | person:jafar-hassan | * | Jafar Hassan; Dschafar Hassan; Jaafar Hassan
affil | person:jafar-hassan | state:jor | Prime Minister

actor | person:crown-prince-hussein | person | Crown Prince Hussein of Jordan
name | person:crown-prince-hussein | * | Kronprinz Hussein; Crown Prince Hussein; Hussein bin Abdullah
affil | person:crown-prince-hussein | state:jor | Crown Prince

actor | person:nabih-berri | person | Nabih Berri
name | person:nabih-berri | * | Nabih Berri; Berri
affil | person:nabih-berri | state:lbn | Speaker of Parliament

actor | person:youssef-rajji | person | Youssef Rajji
name | person:youssef-rajji | * | Youssef Rajji; Youssef Raggi; Joseph Rajji; Rajji
affil | person:youssef-rajji | state:lbn | Foreign Minister

actor | person:michel-menassa | person | Michel Menassa
name | person:michel-menassa | * | Michel Menassa; Menassa
affil | person:michel-menassa | state:lbn | Defence Minister

actor | person:samir-geagea | person | Samir Geagea
name | person:samir-geagea | * | Samir Geagea; Samir Dschadscha; Geagea
affil | person:samir-geagea | org:lebanese-forces | leader of the Lebanese Forces

actor | person:rodolphe-haykal | person | Rodolphe Haykal
name | person:rodolphe-haykal | * | Rodolphe Haykal; Rudolph Haykal
affil | person:rodolphe-haykal | state:lbn | Army commander

actor | person:mazloum-abdi | person | Mazloum Abdi
name | person:mazloum-abdi | * | Mazloum Abdi; Mazlum Abdi; Masloum Abdi; Mazloum Kobani
affil | person:mazloum-abdi | org:sdf | Commander of the Syrian Democratic Forces

actor | person:hikmat-al-hijri | person | Hikmat al-Hijri
name | person:hikmat-al-hijri | * | Hikmat al-Hijri; Hikmat al-Hidschri; Sheikh Hikmat al-Hijri; Scheich Hikmat al-Hidschri
affil | person:hikmat-al-hijri | state:syr | Druze spiritual leader in Sweida

actor | person:anas-khattab | person | Anas Khattab
name | person:anas-khattab | * | Anas Khattab; Anas Chattab
affil | person:anas-khattab | state:syr | Interior Minister

actor | person:maher-al-assad | person | Maher al-Assad
name | person:maher-al-assad | * | Maher al-Assad; Maher Assad
affil | person:maher-al-assad | state:syr | former commander of the Fourth Division


# --- Middle East: Israel ---
actor | person:eyal-zamir | person | Eyal Zamir
name | person:eyal-zamir | * | Eyal Zamir; Ejal Samir
affil | person:eyal-zamir | state:isr | Chief of the General Staff

actor | person:herzi-halevi | person | Herzi Halevi
name | person:herzi-halevi | * | Herzi Halevi; Herzl Halevi
affil | person:herzi-halevi | state:isr | former Chief of the General Staff

actor | person:david-barnea | person | David Barnea
name | person:david-barnea | * | David Barnea; Barnea
affil | person:david-barnea | org:mossad | Director of Mossad

actor | person:ronen-bar | person | Ronen Bar
name | person:ronen-bar | * | Ronen Bar
affil | person:ronen-bar | org:shin-bet | former Director of Shin Bet

actor | person:david-zini | person | David Zini
name | person:david-zini | * | David Zini; Zini
affil | person:david-zini | org:shin-bet | Director of Shin Bet

actor | person:ron-dermer | person | Ron Dermer
name | person:ron-dermer | * | Ron Dermer; Dermer
affil | person:ron-dermer | state:isr | Minister of Strategic Affairs (from 2022), Netanyahu confidant

actor | person:naftali-bennett | person | Naftali Bennett
name | person:naftali-bennett | * | Naftali Bennett
affil | person:naftali-bennett | state:isr | former Prime Minister

actor | person:avigdor-liberman | person | Avigdor Liberman
name | person:avigdor-liberman | * | Avigdor Liberman; Avigdor Lieberman; Liberman
affil | person:avigdor-liberman | state:isr | Yisrael Beiteinu leader

actor | person:danny-danon | person | Danny Danon
name | person:danny-danon | * | Danny Danon; Danon
affil | person:danny-danon | state:isr | Ambassador to the UN

actor | person:eli-cohen | person | Eli Cohen
name | person:eli-cohen | * | Eli Cohen
affil | person:eli-cohen | state:isr | former Foreign Minister


# --- Palestinian leaders and armed groups ---
actor | person:hussein-al-sheikh | person | Hussein al-Sheikh
name | person:hussein-al-sheikh | * | Hussein al-Sheikh; Hussein al-Scheich; Hussein Al-Sheikh
affil | person:hussein-al-sheikh | org:plo | Vice President of the PLO and the State of Palestine

actor | person:marwan-barghouti | person | Marwan Barghouti
name | person:marwan-barghouti | * | Marwan Barghouti; Marwan Barghuti
affil | person:marwan-barghouti | org:fatah | jailed Fatah leader

actor | person:majed-faraj | person | Majed Faraj
name | person:majed-faraj | * | Majed Faraj; Madsched Faradsch
affil | person:majed-faraj | org:palestinian-authority | Head of General Intelligence

actor | person:jibril-rajoub | person | Jibril Rajoub
name | person:jibril-rajoub | * | Jibril Rajoub; Dschibril Radschub; Rajoub
affil | person:jibril-rajoub | org:fatah | Fatah Secretary General

actor | person:riyad-al-maliki | person | Riyad al-Maliki
name | person:riyad-al-maliki | * | Riyad al-Maliki; Riad Malki; Riad al-Maliki
affil | person:riyad-al-maliki | org:palestinian-authority | former Foreign Minister

actor | person:varsen-aghabekian | person | Varsen Aghabekian
name | person:varsen-aghabekian | * | Varsen Aghabekian; Varsen Aghabekian Shahin; Aghabekian
affil | person:varsen-aghabekian | org:palestinian-authority | Foreign Minister

actor | person:khaled-mashal | person | Khaled Mashal
name | person:khaled-mashal | * | Khaled Mashal; Khaled Meshaal; Chaled Maschal; Chalid Maschaal; Khalid Mashal; Maschal; Mashal
affil | person:khaled-mashal | org:hamas | Hamas leader abroad

actor | person:mousa-abu-marzouk | person | Mousa Abu Marzouk
name | person:mousa-abu-marzouk | * | Mousa Abu Marzouk; Musa Abu Marsuk; Moussa Abu Marzouk; Abu Marzouk; Abu Marsuk
affil | person:mousa-abu-marzouk | org:hamas | senior Hamas official

actor | person:osama-hamdan | person | Osama Hamdan
name | person:osama-hamdan | * | Osama Hamdan; Usama Hamdan
affil | person:osama-hamdan | org:hamas | senior Hamas official

actor | person:mohammed-sinwar | person | Mohammed Sinwar
name | person:mohammed-sinwar | * | Mohammed Sinwar; Muhammad Sinwar
affil | person:mohammed-sinwar | org:hamas | former Hamas military commander in Gaza

actor | person:izz-al-din-al-haddad | person | Izz al-Din al-Haddad
name | person:izz-al-din-al-haddad | * | Izz al-Din al-Haddad; Izz ad-Din al-Haddad; Ezzedine al-Haddad; Issedin al-Haddad
affil | person:izz-al-din-al-haddad | org:hamas | Hamas military commander in Gaza

actor | person:abu-obeida | person | Abu Obeida
name | person:abu-obeida | * | Abu Obeida; Abu Ubaida
affil | person:abu-obeida | org:hamas | spokesman of the Qassam Brigades

actor | person:ziyad-al-nakhalah | person | Ziyad al-Nakhalah
name | person:ziyad-al-nakhalah | * | Ziyad al-Nakhalah; Ziad al-Nakhala; Siad al-Nachala; Nakhalah; Nachala
affil | person:ziyad-al-nakhalah | org:islamic-jihad | Secretary General of Palestinian Islamic Jihad


# --- Middle East: Iran, Turkey ---
actor | person:mohammad-reza-aref | person | Mohammad Reza Aref
name | person:mohammad-reza-aref | * | Mohammad Reza Aref; Mohammad-Reza Aref
affil | person:mohammad-reza-aref | state:irn | First Vice President

actor | person:mohammad-bagheri | person | Mohammad Bagheri
name | person:mohammad-bagheri | * | Mohammad Bagheri; Mohammed Bagheri
affil | person:mohammad-bagheri | state:irn | former Chief of the General Staff

actor | person:abdolrahim-mousavi | person | Abdolrahim Mousavi
name | person:abdolrahim-mousavi | * | Abdolrahim Mousavi; Abdolrahim Mussawi; Abdolrahim Musawi
affil | person:abdolrahim-mousavi | state:irn | Chief of the General Staff

actor | person:mohammad-pakpour | person | Mohammad Pakpour
name | person:mohammad-pakpour | * | Mohammad Pakpour; Mohammad Pakpur; Pakpour; Pakpur
affil | person:mohammad-pakpour | state:irn | IRGC commander-in-chief

actor | person:amir-ali-hajizadeh | person | Amir Ali Hajizadeh
name | person:amir-ali-hajizadeh | * | Amir Ali Hajizadeh; Amir Ali Hadschisadeh; Hajizadeh
affil | person:amir-ali-hajizadeh | state:irn | former IRGC Aerospace Force commander

actor | person:gholam-hossein-mohseni-ejei | person | Gholam-Hossein Mohseni-Ejei
name | person:gholam-hossein-mohseni-ejei | * | Gholam-Hossein Mohseni-Ejei; Gholamhossein Mohseni-Ejei; Mohseni-Ejei; Mohseni-Edschei
affil | person:gholam-hossein-mohseni-ejei | state:irn | Head of the Judiciary

actor | person:ali-shamkhani | person | Ali Shamkhani
name | person:ali-shamkhani | * | Ali Shamkhani; Ali Schamchani; Shamkhani; Schamchani
affil | person:ali-shamkhani | state:irn | adviser to the Supreme Leader

actor | person:mohammad-eslami | person | Mohammad Eslami
name | person:mohammad-eslami | * | Mohammad Eslami; Mohammed Eslami
affil | person:mohammad-eslami | state:irn | Head of the Atomic Energy Organization

actor | person:kazem-gharibabadi | person | Kazem Gharibabadi
name | person:kazem-gharibabadi | * | Kazem Gharibabadi; Gharibabadi
affil | person:kazem-gharibabadi | state:irn | Deputy Foreign Minister

actor | person:majid-takht-ravanchi | person | Majid Takht-Ravanchi
name | person:majid-takht-ravanchi | * | Majid Takht-Ravanchi; Madschid Tacht-Rawantschi; Takht-Ravanchi
affil | person:majid-takht-ravanchi | state:irn | Deputy Foreign Minister

actor | person:devlet-bahceli | person | Devlet Bahçeli
name | person:devlet-bahceli | * | Devlet Bahçeli; Devlet Bahceli; Bahçeli; Bahceli
affil | person:devlet-bahceli | state:tur | MHP leader

actor | person:ozgur-ozel | person | Özgür Özel
name | person:ozgur-ozel | * | Özgür Özel; Ozgur Ozel
affil | person:ozgur-ozel | state:tur | CHP leader

actor | person:ekrem-imamoglu | person | Ekrem İmamoğlu
name | person:ekrem-imamoglu | * | Ekrem İmamoğlu; Ekrem Imamoglu; İmamoğlu; Imamoglu
affil | person:ekrem-imamoglu | state:tur | jailed Mayor of Istanbul

actor | person:abdullah-ocalan | person | Abdullah Öcalan
name | person:abdullah-ocalan | * | Abdullah Öcalan; Abdullah Ocalan; Öcalan; Ocalan
affil | person:abdullah-ocalan | org:pkk | jailed PKK founder

actor | person:murat-karayilan | person | Murat Karayılan
name | person:murat-karayilan | * | Murat Karayılan; Murat Karayilan; Karayılan; Karayilan
affil | person:murat-karayilan | org:pkk | PKK commander

actor | person:cemil-bayik | person | Cemil Bayık
name | person:cemil-bayik | * | Cemil Bayık; Cemil Bayik
affil | person:cemil-bayik | org:pkk | PKK leader

actor | person:numan-kurtulmus | person | Numan Kurtulmuş
name | person:numan-kurtulmus | * | Numan Kurtulmuş; Numan Kurtulmus; Kurtulmuş
affil | person:numan-kurtulmus | state:tur | Speaker of Parliament

actor | person:omer-celik | person | Ömer Çelik
name | person:omer-celik | * | Ömer Çelik; Omer Celik
affil | person:omer-celik | state:tur | AKP spokesman

# --- North Africa ---
actor | person:mohamed-al-menfi | person | Mohamed al-Menfi
name | person:mohamed-al-menfi | * | Mohamed al-Menfi; Mohammed al-Menfi; Mohamed Menfi; Menfi
affil | person:mohamed-al-menfi | org:libyan-presidential-council | Chairman of the Presidential Council of Libya

actor | person:aguila-saleh | person | Aguila Saleh
name | person:aguila-saleh | * | Aguila Saleh; Akila Saleh; Aguila Saleh Issa
affil | person:aguila-saleh | org:libyan-house-of-representatives | Speaker of the House of Representatives

actor | person:osama-hammad | person | Osama Hammad
name | person:osama-hammad | * | Osama Hammad; Usama Hammad
affil | person:osama-hammad | state:lby | Prime Minister of the eastern government

actor | person:sara-zaafrani-zenzri | person | Sara Zaafrani Zenzri
name | person:sara-zaafrani-zenzri | * | Sara Zaafrani Zenzri; Sarra Zaafrani Zenzri; Zaafrani Zenzri
affil | person:sara-zaafrani-zenzri | state:tun | Prime Minister

actor | person:mohamed-ali-nafti | person | Mohamed Ali Nafti
name | person:mohamed-ali-nafti | * | Mohamed Ali Nafti; Nafti
affil | person:mohamed-ali-nafti | state:tun | Foreign Minister

actor | person:ahmed-attaf | person | Ahmed Attaf
name | person:ahmed-attaf | * | Ahmed Attaf; Attaf
affil | person:ahmed-attaf | state:dza | Foreign Minister

actor | person:said-chengriha | person | Saïd Chengriha
name | person:said-chengriha | * | Saïd Chengriha; Said Chengriha; Said Chanegriha; Saïd Chanegriha; Chengriha; Chanegriha
affil | person:said-chengriha | state:dza | Chief of Staff of the Army

actor | person:nadir-larbaoui | person | Nadir Larbaoui
name | person:nadir-larbaoui | * | Nadir Larbaoui; Larbaoui
affil | person:nadir-larbaoui | state:dza | former Prime Minister

actor | person:aziz-akhannouch | person | Aziz Akhannouch
name | person:aziz-akhannouch | * | Aziz Akhannouch; Aziz Achannusch; Akhannouch
affil | person:aziz-akhannouch | state:mar | Head of Government

actor | person:nasser-bourita | person | Nasser Bourita
name | person:nasser-bourita | * | Nasser Bourita; Nasser Burita; Bourita
affil | person:nasser-bourita | state:mar | Foreign Minister

actor | person:mohamed-ould-ghazouani | person | Mohamed Ould Ghazouani
name | person:mohamed-ould-ghazouani | * | Mohamed Ould Ghazouani; Mohamed Ould Cheikh El Ghazouani; Mohamed Ould Ghasouani; Ghazouani
affil | person:mohamed-ould-ghazouani | state:mrt | President

actor | person:brahim-ghali | person | Brahim Ghali
name | person:brahim-ghali | * | Brahim Ghali
affil | person:brahim-ghali | org:polisario | Secretary General of the Polisario Front

actor | person:abdel-mageed-saqr | person | Abdel Mageed Saqr
name | person:abdel-mageed-saqr | * | Abdel Mageed Saqr; Abdelmagid Saqr
affil | person:abdel-mageed-saqr | state:egy | Defence Minister


# --- Sudan, South Sudan, Horn of Africa ---
actor | person:kamil-idris | person | Kamil Idris
name | person:kamil-idris | * | Kamil Idris; Kamil Eltayeb Idris; Kamel Idris
affil | person:kamil-idris | state:sdn | Prime Minister

actor | person:abdalla-hamdok | person | Abdalla Hamdok
name | person:abdalla-hamdok | * | Abdalla Hamdok; Abdallah Hamdok; Abdalla Hamduk; Hamdok
affil | person:abdalla-hamdok | state:sdn | former Prime Minister

actor | person:shams-al-din-kabbashi | person | Shams al-Din Kabbashi
name | person:shams-al-din-kabbashi | * | Shams al-Din Kabbashi; Shamseldin Kabashi; Shams al-Din Kabashi; Kabbashi
affil | person:shams-al-din-kabbashi | state:sdn | Deputy Commander-in-Chief of the Sudanese Armed Forces

actor | person:yasir-al-atta | person | Yasir al-Atta
name | person:yasir-al-atta | * | Yasir al-Atta; Yasser al-Atta; Jasir al-Atta
affil | person:yasir-al-atta | state:sdn | Assistant Commander-in-Chief

actor | person:abdelrahim-dagalo | person | Abdelrahim Hamdan Dagalo
name | person:abdelrahim-dagalo | * | Abdelrahim Hamdan Dagalo; Abdelrahim Dagalo; Abdul Rahim Dagalo; Abdel Rahim Dagalo
affil | person:abdelrahim-dagalo | org:rsf | Deputy Commander of the RSF

actor | person:abdelaziz-al-hilu | person | Abdelaziz al-Hilu
name | person:abdelaziz-al-hilu | * | Abdelaziz al-Hilu; Abdel Aziz al-Hilu; Abdelaziz Adam al-Hilu; al-Hilu
affil | person:abdelaziz-al-hilu | org:splm-n | leader of the SPLM-N

actor | person:minni-minnawi | person | Minni Minnawi
name | person:minni-minnawi | * | Minni Minnawi; Minni Arko Minnawi; Minnawi
affil | person:minni-minnawi | state:sdn | Governor of Darfur

actor | person:jibril-ibrahim | person | Gibril Ibrahim
name | person:jibril-ibrahim | * | Gibril Ibrahim; Jibril Ibrahim
affil | person:jibril-ibrahim | org:jem | JEM leader, Finance Minister

actor | person:abdel-wahid-al-nur | person | Abdel Wahid al-Nur
name | person:abdel-wahid-al-nur | * | Abdel Wahid al-Nur; Abdel Wahid Mohamed al-Nur; Abdelwahid al-Nur
affil | person:abdel-wahid-al-nur | org:slm-aw | leader of the SLM-AW

actor | person:salva-kiir | person | Salva Kiir
name | person:salva-kiir | * | Salva Kiir; Salva Kiir Mayardit; Kiir
affil | person:salva-kiir | state:ssd | President

actor | person:riek-machar | person | Riek Machar
name | person:riek-machar | * | Riek Machar; Riek Machar Teny; Machar
affil | person:riek-machar | org:splm-io | SPLM-IO leader, suspended First Vice President

actor | person:debretsion-gebremichael | person | Debretsion Gebremichael
name | person:debretsion-gebremichael | * | Debretsion Gebremichael; Debretsion Gebremikael
affil | person:debretsion-gebremichael | org:tplf | TPLF chairman

actor | person:getachew-reda | person | Getachew Reda
name | person:getachew-reda | * | Getachew Reda
affil | person:getachew-reda | state:eth | former head of the Tigray interim administration

actor | person:tadesse-werede | person | Tadesse Werede
name | person:tadesse-werede | * | Tadesse Werede; Tadesse Worede
affil | person:tadesse-werede | org:tigray-interim-administration | President of the Tigray Interim Administration

actor | person:aisha-mohammed | person | Aisha Mohammed Mussa
name | person:aisha-mohammed | * | Aisha Mohammed Mussa
affil | person:aisha-mohammed | state:eth | Defence Minister

actor | person:birhanu-jula | person | Birhanu Jula
name | person:birhanu-jula | * | Birhanu Jula; Berhanu Jula
affil | person:birhanu-jula | state:eth | Chief of General Staff

actor | person:jawar-mohammed | person | Jawar Mohammed
name | person:jawar-mohammed | * | Jawar Mohammed
affil | person:jawar-mohammed | state:eth | Oromo opposition politician

actor | person:osman-saleh | person | Osman Saleh
name | person:osman-saleh | * | Osman Saleh; Osman Saleh Mohammed
affil | person:osman-saleh | state:eri | Foreign Minister

actor | person:yemane-gebremeskel | person | Yemane Gebremeskel
name | person:yemane-gebremeskel | * | Yemane Gebremeskel; Yemane G. Meskel
affil | person:yemane-gebremeskel | state:eri | Information Minister

actor | person:ismail-omar-guelleh | person | Ismaïl Omar Guelleh
name | person:ismail-omar-guelleh | * | Ismaïl Omar Guelleh; Ismail Omar Guelleh; Guelleh
affil | person:ismail-omar-guelleh | state:dji | President

actor | person:said-abdullahi-deni | person | Said Abdullahi Deni
name | person:said-abdullahi-deni | * | Said Abdullahi Deni; Said Deni
affil | person:said-abdullahi-deni | org:puntland | President of Puntland

actor | person:ahmed-madobe | person | Ahmed Madobe
name | person:ahmed-madobe | * | Ahmed Madobe; Ahmed Mohamed Islam Madobe; Madobe
affil | person:ahmed-madobe | org:jubaland | President of Jubaland

actor | person:ahmed-diriye | person | Ahmed Diriye
name | person:ahmed-diriye | * | Ahmed Diriye; Ahmad Umar Abu Ubaidah; Abu Ubaidah Ahmad Umar
affil | person:ahmed-diriye | org:al-shabaab | Emir of al-Shabaab

actor | person:abdulqadir-mumin | person | Abdulqadir Mumin
name | person:abdulqadir-mumin | * | Abdulqadir Mumin; Abdul Qadir Mumin
affil | person:abdulqadir-mumin | org:islamic-state-somalia | leader of Islamic State Somalia

actor | person:musalia-mudavadi | person | Musalia Mudavadi
name | person:musalia-mudavadi | * | Musalia Mudavadi; Mudavadi
affil | person:musalia-mudavadi | state:ken | Prime Cabinet Secretary and Foreign Minister

actor | person:kithure-kindiki | person | Kithure Kindiki
name | person:kithure-kindiki | * | Kithure Kindiki; Kindiki
affil | person:kithure-kindiki | state:ken | Deputy President

actor | person:rigathi-gachagua | person | Rigathi Gachagua
name | person:rigathi-gachagua | * | Rigathi Gachagua; Gachagua
affil | person:rigathi-gachagua | state:ken | former Deputy President

actor | person:raila-odinga | person | Raila Odinga
name | person:raila-odinga | * | Raila Odinga; Odinga
affil | person:raila-odinga | state:ken | former Prime Minister

actor | person:soipan-tuya | person | Soipan Tuya
name | person:soipan-tuya | * | Soipan Tuya; Roselinda Soipan Tuya
affil | person:soipan-tuya | state:ken | Defence Cabinet Secretary

actor | person:muhoozi-kainerugaba | person | Muhoozi Kainerugaba
name | person:muhoozi-kainerugaba | * | Muhoozi Kainerugaba; Muhoozi; Kainerugaba
affil | person:muhoozi-kainerugaba | state:uga | Chief of Defence Forces

actor | person:robinah-nabbanja | person | Robinah Nabbanja
name | person:robinah-nabbanja | * | Robinah Nabbanja; Nabbanja
affil | person:robinah-nabbanja | state:uga | Prime Minister

actor | person:jeje-odongo | person | Jeje Odongo
name | person:jeje-odongo | * | Jeje Odongo; Abubakhar Jeje Odongo
affil | person:jeje-odongo | state:uga | Foreign Minister

actor | person:bobi-wine | person | Bobi Wine
name | person:bobi-wine | * | Bobi Wine; Robert Kyagulanyi; Robert Kyagulanyi Ssentamu; Kyagulanyi
affil | person:bobi-wine | state:uga | opposition leader

actor | person:samia-suluhu-hassan | person | Samia Suluhu Hassan
name | person:samia-suluhu-hassan | * | Samia Suluhu Hassan; Samia Suluhu
affil | person:samia-suluhu-hassan | state:tza | President

actor | person:tundu-lissu | person | Tundu Lissu
name | person:tundu-lissu | * | Tundu Lissu; Lissu
affil | person:tundu-lissu | state:tza | opposition leader

actor | person:mahmoud-thabit-kombo | person | Mahmoud Thabit Kombo
name | person:mahmoud-thabit-kombo | * | Mahmoud Thabit Kombo
affil | person:mahmoud-thabit-kombo | state:tza | Foreign Minister


# --- Great Lakes and Central Africa ---
actor | person:evariste-ndayishimiye | person | Évariste Ndayishimiye
name | person:evariste-ndayishimiye | * | Évariste Ndayishimiye; Evariste Ndayishimiye; Ndayishimiye
affil | person:evariste-ndayishimiye | state:bdi | President

actor | person:albert-shingiro | person | Albert Shingiro
name | person:albert-shingiro | * | Albert Shingiro; Shingiro
affil | person:albert-shingiro | state:bdi | Foreign Minister (from 2020)

actor | person:judith-suminwa | person | Judith Suminwa
name | person:judith-suminwa | * | Judith Suminwa; Judith Suminwa Tuluka; Suminwa
affil | person:judith-suminwa | state:cod | Prime Minister

actor | person:guy-kabombo-muadiamvita | person | Guy Kabombo Muadiamvita
name | person:guy-kabombo-muadiamvita | * | Guy Kabombo Muadiamvita; Guy Kabombo
affil | person:guy-kabombo-muadiamvita | state:cod | Defence Minister (from 2024)

actor | person:joseph-kabila | person | Joseph Kabila
name | person:joseph-kabila | * | Joseph Kabila; Joseph Kabila Kabange; Kabila
affil | person:joseph-kabila | state:cod | former President

actor | person:corneille-nangaa | person | Corneille Nangaa
name | person:corneille-nangaa | * | Corneille Nangaa; Nangaa
affil | person:corneille-nangaa | org:afc | leader of the Alliance Fleuve Congo

actor | person:sultani-makenga | person | Sultani Makenga
name | person:sultani-makenga | * | Sultani Makenga; Makenga
affil | person:sultani-makenga | org:m23 | M23 military commander

actor | person:bertrand-bisimwa | person | Bertrand Bisimwa
name | person:bertrand-bisimwa | * | Bertrand Bisimwa; Bisimwa
affil | person:bertrand-bisimwa | org:m23 | M23 president

actor | person:lawrence-kanyuka | person | Lawrence Kanyuka
name | person:lawrence-kanyuka | * | Lawrence Kanyuka; Kanyuka
affil | person:lawrence-kanyuka | org:m23 | M23 spokesman

actor | person:denis-sassou-nguesso | person | Denis Sassou Nguesso
name | person:denis-sassou-nguesso | * | Denis Sassou Nguesso; Denis Sassou-Nguesso; Sassou Nguesso; Sassou-Nguesso
affil | person:denis-sassou-nguesso | state:cog | President

actor | person:jean-claude-gakosso | person | Jean-Claude Gakosso
name | person:jean-claude-gakosso | * | Jean-Claude Gakosso; Gakosso
affil | person:jean-claude-gakosso | state:cog | Foreign Minister

actor | person:faustin-archange-touadera | person | Faustin-Archange Touadéra
name | person:faustin-archange-touadera | * | Faustin-Archange Touadéra; Faustin Archange Touadéra; Faustin-Archange Touadera; Touadéra; Touadera
affil | person:faustin-archange-touadera | state:caf | President

actor | person:francois-bozize | person | François Bozizé
name | person:francois-bozize | * | François Bozizé; Francois Bozize; Bozizé; Bozize
affil | person:francois-bozize | org:cpc-car | CPC leader, former President

actor | person:paul-biya | person | Paul Biya
name | person:paul-biya | * | Paul Biya; Biya
affil | person:paul-biya | state:cmr | President

actor | person:joseph-dion-ngute | person | Joseph Dion Ngute
name | person:joseph-dion-ngute | * | Joseph Dion Ngute; Dion Ngute
affil | person:joseph-dion-ngute | state:cmr | Prime Minister

actor | person:issa-tchiroma-bakary | person | Issa Tchiroma Bakary
name | person:issa-tchiroma-bakary | * | Issa Tchiroma Bakary; Issa Tchiroma; Tchiroma
affil | person:issa-tchiroma-bakary | state:cmr | opposition leader

actor | person:brice-oligui-nguema | person | Brice Clotaire Oligui Nguema
name | person:brice-oligui-nguema | * | Brice Clotaire Oligui Nguema; Brice Oligui Nguema; Oligui Nguema
affil | person:brice-oligui-nguema | state:gab | President

actor | person:teodoro-obiang-nguema-mbasogo | person | Teodoro Obiang Nguema Mbasogo
name | person:teodoro-obiang-nguema-mbasogo | * | Teodoro Obiang Nguema Mbasogo; Teodoro Obiang Nguema; Teodoro Obiang
affil | person:teodoro-obiang-nguema-mbasogo | state:gnq | President

actor | person:teodoro-nguema-obiang-mangue | person | Teodoro Nguema Obiang Mangue
name | person:teodoro-nguema-obiang-mangue | * | Teodoro Nguema Obiang Mangue; Teodorín Obiang; Teodorin Obiang; Teodorín
affil | person:teodoro-nguema-obiang-mangue | state:gnq | Vice President

actor | person:allamaye-halina | person | Allamaye Halina
name | person:allamaye-halina | * | Allamaye Halina
affil | person:allamaye-halina | state:tcd | Prime Minister

actor | person:succes-masra | person | Succès Masra
name | person:succes-masra | * | Succès Masra; Succes Masra; Masra
affil | person:succes-masra | state:tcd | opposition leader, former Prime Minister


# --- West Africa and Sahel ---
actor | person:ali-lamine-zeine | person | Ali Lamine Zeine
name | person:ali-lamine-zeine | * | Ali Lamine Zeine; Ali Mahaman Lamine Zeine; Lamine Zeine
affil | person:ali-lamine-zeine | state:ner | Prime Minister

actor | person:salifou-mody | person | Salifou Mody
name | person:salifou-mody | * | Salifou Mody
affil | person:salifou-mody | state:ner | Defence Minister

actor | person:bakary-yaou-sangare | person | Bakary Yaou Sangaré
name | person:bakary-yaou-sangare | * | Bakary Yaou Sangaré; Bakary Yaou Sangare
affil | person:bakary-yaou-sangare | state:ner | Foreign Minister

actor | person:rimtalba-jean-emmanuel-ouedraogo | person | Rimtalba Jean Emmanuel Ouédraogo
name | person:rimtalba-jean-emmanuel-ouedraogo | * | Rimtalba Jean Emmanuel Ouédraogo; Jean Emmanuel Ouédraogo; Jean Emmanuel Ouedraogo
affil | person:rimtalba-jean-emmanuel-ouedraogo | state:bfa | Prime Minister

actor | person:karamoko-jean-marie-traore | person | Karamoko Jean-Marie Traoré
name | person:karamoko-jean-marie-traore | * | Karamoko Jean-Marie Traoré; Jean-Marie Traoré; Jean-Marie Traore
affil | person:karamoko-jean-marie-traore | state:bfa | Foreign Minister

actor | person:iyad-ag-ghaly | person | Iyad Ag Ghaly
name | person:iyad-ag-ghaly | * | Iyad Ag Ghaly; Iyad Ag Ghali; Ijad Ag Ghali; Ag Ghaly; Ag Ghali
affil | person:iyad-ag-ghaly | org:jnim | leader of JNIM

actor | person:amadou-koufa | person | Amadou Koufa
name | person:amadou-koufa | * | Amadou Koufa; Amadou Kouffa; Koufa
affil | person:amadou-koufa | org:katiba-macina | leader of Katiba Macina

actor | person:kashim-shettima | person | Kashim Shettima
name | person:kashim-shettima | * | Kashim Shettima; Shettima
affil | person:kashim-shettima | state:nga | Vice President

actor | person:yusuf-tuggar | person | Yusuf Tuggar
name | person:yusuf-tuggar | * | Yusuf Tuggar; Yusuf Maitama Tuggar; Tuggar
affil | person:yusuf-tuggar | state:nga | Foreign Minister

actor | person:mohammed-badaru-abubakar | person | Mohammed Badaru Abubakar
name | person:mohammed-badaru-abubakar | * | Mohammed Badaru Abubakar; Badaru Abubakar
affil | person:mohammed-badaru-abubakar | state:nga | Defence Minister (from 2023)

actor | person:christopher-musa | person | Christopher Musa
name | person:christopher-musa | * | Christopher Musa; Christopher Gwabin Musa
affil | person:christopher-musa | state:nga | former Chief of Defence Staff

actor | person:nnamdi-kanu | person | Nnamdi Kanu
name | person:nnamdi-kanu | * | Nnamdi Kanu
affil | person:nnamdi-kanu | org:ipob | IPOB leader

actor | person:samuel-okudzeto-ablakwa | person | Samuel Okudzeto Ablakwa
name | person:samuel-okudzeto-ablakwa | * | Samuel Okudzeto Ablakwa; Okudzeto Ablakwa; Ablakwa
affil | person:samuel-okudzeto-ablakwa | state:gha | Foreign Minister

actor | person:ousmane-sonko | person | Ousmane Sonko
name | person:ousmane-sonko | * | Ousmane Sonko; Sonko
affil | person:ousmane-sonko | state:sen | Prime Minister

actor | person:macky-sall | person | Macky Sall
name | person:macky-sall | * | Macky Sall
affil | person:macky-sall | state:sen | former President

actor | person:robert-beugre-mambe | person | Robert Beugré Mambé
name | person:robert-beugre-mambe | * | Robert Beugré Mambé; Robert Beugre Mambe; Beugré Mambé
affil | person:robert-beugre-mambe | state:civ | Prime Minister

actor | person:mamadi-doumbouya | person | Mamadi Doumbouya
name | person:mamadi-doumbouya | * | Mamadi Doumbouya; Doumbouya
affil | person:mamadi-doumbouya | state:gin | President

actor | person:umaro-sissoco-embalo | person | Umaro Sissoco Embaló
name | person:umaro-sissoco-embalo | * | Umaro Sissoco Embaló; Umaro Sissoco Embalo; Embaló; Embalo
affil | person:umaro-sissoco-embalo | state:gnb | President (elected 2019)

actor | person:julius-maada-bio | person | Julius Maada Bio
name | person:julius-maada-bio | * | Julius Maada Bio; Maada Bio
affil | person:julius-maada-bio | state:sle | President

actor | person:joseph-boakai | person | Joseph Boakai
name | person:joseph-boakai | * | Joseph Boakai; Joseph Nyuma Boakai
affil | person:joseph-boakai | state:lbr | President

actor | person:adama-barrow | person | Adama Barrow
name | person:adama-barrow | * | Adama Barrow
affil | person:adama-barrow | state:gmb | President

actor | person:faure-gnassingbe | person | Faure Gnassingbé
name | person:faure-gnassingbe | * | Faure Gnassingbé; Faure Gnassingbe; Gnassingbé; Gnassingbe
affil | person:faure-gnassingbe | state:tgo | President of the Council of Ministers

actor | person:patrice-talon | person | Patrice Talon
name | person:patrice-talon | * | Patrice Talon
affil | person:patrice-talon | state:ben | President (2016-2026)

actor | person:romuald-wadagni | person | Romuald Wadagni
name | person:romuald-wadagni | * | Romuald Wadagni; Wadagni
affil | person:romuald-wadagni | state:ben | Finance Minister, presidential candidate

actor | person:ulisses-correia-e-silva | person | Ulisses Correia e Silva
name | person:ulisses-correia-e-silva | * | Ulisses Correia e Silva
affil | person:ulisses-correia-e-silva | state:cpv | Prime Minister

actor | person:jose-maria-neves | person | José Maria Neves
name | person:jose-maria-neves | * | José Maria Neves; Jose Maria Neves
affil | person:jose-maria-neves | state:cpv | President

actor | person:omar-alieu-touray | person | Omar Alieu Touray
name | person:omar-alieu-touray | * | Omar Alieu Touray; Omar Touray
affil | person:omar-alieu-touray | org:ecowas | President of the ECOWAS Commission


# --- Southern Africa and Indian Ocean ---
actor | person:joao-lourenco | person | João Lourenço
name | person:joao-lourenco | * | João Lourenço; Joao Lourenco
affil | person:joao-lourenco | state:ago | President

actor | person:tete-antonio | person | Téte António
name | person:tete-antonio | * | Téte António; Tete Antonio
affil | person:tete-antonio | state:ago | Foreign Minister

actor | person:daniel-chapo | person | Daniel Chapo
name | person:daniel-chapo | * | Daniel Chapo
affil | person:daniel-chapo | state:moz | President

actor | person:venancio-mondlane | person | Venâncio Mondlane
name | person:venancio-mondlane | * | Venâncio Mondlane; Venancio Mondlane; Mondlane
affil | person:venancio-mondlane | state:moz | opposition leader

actor | person:filipe-nyusi | person | Filipe Nyusi
name | person:filipe-nyusi | * | Filipe Nyusi; Nyusi
affil | person:filipe-nyusi | state:moz | former President

actor | person:hakainde-hichilema | person | Hakainde Hichilema
name | person:hakainde-hichilema | * | Hakainde Hichilema; Hichilema
affil | person:hakainde-hichilema | state:zmb | President

actor | person:peter-mutharika | person | Peter Mutharika
name | person:peter-mutharika | * | Peter Mutharika; Arthur Peter Mutharika; Mutharika
affil | person:peter-mutharika | state:mwi | President

actor | person:lazarus-chakwera | person | Lazarus Chakwera
name | person:lazarus-chakwera | * | Lazarus Chakwera; Chakwera
affil | person:lazarus-chakwera | state:mwi | former President

actor | person:constantino-chiwenga | person | Constantino Chiwenga
name | person:constantino-chiwenga | * | Constantino Chiwenga; Chiwenga
affil | person:constantino-chiwenga | state:zwe | Vice President

actor | person:netumbo-nandi-ndaitwah | person | Netumbo Nandi-Ndaitwah
name | person:netumbo-nandi-ndaitwah | * | Netumbo Nandi-Ndaitwah; Nandi-Ndaitwah
affil | person:netumbo-nandi-ndaitwah | state:nam | President

actor | person:duma-boko | person | Duma Boko
name | person:duma-boko | * | Duma Boko
affil | person:duma-boko | state:bwa | President

actor | person:mokgweetsi-masisi | person | Mokgweetsi Masisi
name | person:mokgweetsi-masisi | * | Mokgweetsi Masisi
affil | person:mokgweetsi-masisi | state:bwa | former President

actor | person:sam-matekane | person | Sam Matekane
name | person:sam-matekane | * | Sam Matekane; Matekane
affil | person:sam-matekane | state:lso | Prime Minister

actor | person:mswati-iii | person | King Mswati III
name | person:mswati-iii | * | Mswati III; König Mswati III.; King Mswati III; Mswati
affil | person:mswati-iii | state:swz | King

actor | person:russell-dlamini | person | Russell Mmiso Dlamini
name | person:russell-dlamini | * | Russell Mmiso Dlamini; Russell Dlamini
affil | person:russell-dlamini | state:swz | Prime Minister

actor | person:paul-mashatile | person | Paul Mashatile
name | person:paul-mashatile | * | Paul Mashatile; Mashatile
affil | person:paul-mashatile | state:zaf | Deputy President

actor | person:jacob-zuma | person | Jacob Zuma
name | person:jacob-zuma | * | Jacob Zuma; Zuma
affil | person:jacob-zuma | state:zaf | former President, MK party leader

actor | person:julius-malema | person | Julius Malema
name | person:julius-malema | * | Julius Malema; Malema
affil | person:julius-malema | state:zaf | EFF leader

actor | person:john-steenhuisen | person | John Steenhuisen
name | person:john-steenhuisen | * | John Steenhuisen; Steenhuisen
affil | person:john-steenhuisen | state:zaf | DA leader

actor | person:andry-rajoelina | person | Andry Rajoelina
name | person:andry-rajoelina | * | Andry Rajoelina; Rajoelina
affil | person:andry-rajoelina | state:mdg | former President

actor | person:michael-randrianirina | person | Michael Randrianirina
name | person:michael-randrianirina | * | Michael Randrianirina; Randrianirina
affil | person:michael-randrianirina | state:mdg | leader of the transition

actor | person:azali-assoumani | person | Azali Assoumani
name | person:azali-assoumani | * | Azali Assoumani; Assoumani
affil | person:azali-assoumani | state:com | President

actor | person:navin-ramgoolam | person | Navin Ramgoolam
name | person:navin-ramgoolam | * | Navin Ramgoolam; Ramgoolam
affil | person:navin-ramgoolam | state:mus | Prime Minister

actor | person:pravind-jugnauth | person | Pravind Jugnauth
name | person:pravind-jugnauth | * | Pravind Jugnauth; Jugnauth
affil | person:pravind-jugnauth | state:mus | former Prime Minister

actor | person:patrick-herminie | person | Patrick Herminie
name | person:patrick-herminie | * | Patrick Herminie; Herminie
affil | person:patrick-herminie | state:syc | President

actor | person:wavel-ramkalawan | person | Wavel Ramkalawan
name | person:wavel-ramkalawan | * | Wavel Ramkalawan; Ramkalawan
affil | person:wavel-ramkalawan | state:syc | former President

# --- Americas ---
actor | person:rosa-villavicencio | person | Rosa Villavicencio
name | person:rosa-villavicencio | * | Rosa Villavicencio; Rosa Yolanda Villavicencio
affil | person:rosa-villavicencio | state:col | Foreign Minister

actor | person:francia-marquez | person | Francia Márquez
name | person:francia-marquez | * | Francia Márquez; Francia Marquez
affil | person:francia-marquez | state:col | Vice President

actor | person:alberto-van-klaveren | person | Alberto van Klaveren
name | person:alberto-van-klaveren | * | Alberto van Klaveren; van Klaveren
affil | person:alberto-van-klaveren | state:chl | Foreign Minister

actor | person:jose-antonio-kast | person | José Antonio Kast
name | person:jose-antonio-kast | * | José Antonio Kast; Jose Antonio Kast; Kast
affil | person:jose-antonio-kast | state:chl | Republican Party leader

actor | person:dina-boluarte | person | Dina Boluarte
name | person:dina-boluarte | * | Dina Boluarte; Boluarte
affil | person:dina-boluarte | state:per | former President

actor | person:jose-jeri | person | José Jerí
name | person:jose-jeri | * | José Jerí; Jose Jeri; Jerí
affil | person:jose-jeri | state:per | interim President

actor | person:rodrigo-paz | person | Rodrigo Paz
name | person:rodrigo-paz | * | Rodrigo Paz; Rodrigo Paz Pereira
affil | person:rodrigo-paz | state:bol | President

actor | person:luis-arce | person | Luis Arce
name | person:luis-arce | * | Luis Arce; Luis Alberto Arce
affil | person:luis-arce | state:bol | former President

actor | person:evo-morales | person | Evo Morales
name | person:evo-morales | * | Evo Morales
affil | person:evo-morales | state:bol | former President

actor | person:santiago-pena | person | Santiago Peña
name | person:santiago-pena | * | Santiago Peña; Santiago Pena
affil | person:santiago-pena | state:pry | President

actor | person:yamandu-orsi | person | Yamandú Orsi
name | person:yamandu-orsi | * | Yamandú Orsi; Yamandu Orsi
affil | person:yamandu-orsi | state:ury | President

actor | person:mario-lubetkin | person | Mario Lubetkin
name | person:mario-lubetkin | * | Mario Lubetkin; Lubetkin
affil | person:mario-lubetkin | state:ury | Foreign Minister

actor | person:luis-lacalle-pou | person | Luis Lacalle Pou
name | person:luis-lacalle-pou | * | Luis Lacalle Pou; Lacalle Pou
affil | person:luis-lacalle-pou | state:ury | former President

actor | person:geraldo-alckmin | person | Geraldo Alckmin
name | person:geraldo-alckmin | * | Geraldo Alckmin; Alckmin
affil | person:geraldo-alckmin | state:bra | Vice President

actor | person:pablo-quirno | person | Pablo Quirno
name | person:pablo-quirno | * | Pablo Quirno; Quirno
affil | person:pablo-quirno | state:arg | Foreign Minister

actor | person:ricardo-trevilla-trejo | person | Ricardo Trevilla Trejo
name | person:ricardo-trevilla-trejo | * | Ricardo Trevilla Trejo; Ricardo Trevilla
affil | person:ricardo-trevilla-trejo | state:mex | Defence Secretary

actor | person:omar-garcia-harfuch | person | Omar García Harfuch
name | person:omar-garcia-harfuch | * | Omar García Harfuch; Omar Garcia Harfuch; García Harfuch; Garcia Harfuch
affil | person:omar-garcia-harfuch | state:mex | Security Secretary

actor | person:manuel-marrero-cruz | person | Manuel Marrero Cruz
name | person:manuel-marrero-cruz | * | Manuel Marrero Cruz; Manuel Marrero
affil | person:manuel-marrero-cruz | state:cub | Prime Minister

actor | person:bruno-rodriguez-parrilla | person | Bruno Rodríguez Parrilla
name | person:bruno-rodriguez-parrilla | * | Bruno Rodríguez Parrilla; Bruno Rodriguez Parrilla; Bruno Rodríguez
affil | person:bruno-rodriguez-parrilla | state:cub | Foreign Minister

actor | person:raul-castro | person | Raúl Castro
name | person:raul-castro | * | Raúl Castro; Raul Castro
affil | person:raul-castro | state:cub | former President

actor | person:rosario-murillo | person | Rosario Murillo
name | person:rosario-murillo | * | Rosario Murillo
affil | person:rosario-murillo | state:nic | Co-President

actor | person:luis-abinader | person | Luis Abinader
name | person:luis-abinader | * | Luis Abinader; Abinader
affil | person:luis-abinader | state:dom | President

actor | person:laurent-saint-cyr | person | Laurent Saint-Cyr
name | person:laurent-saint-cyr | * | Laurent Saint-Cyr
affil | person:laurent-saint-cyr | state:hti | Coordinator of the Transitional Presidential Council

actor | person:alix-didier-fils-aime | person | Alix Didier Fils-Aimé
name | person:alix-didier-fils-aime | * | Alix Didier Fils-Aimé; Alix Didier Fils-Aime; Fils-Aimé; Fils-Aime
affil | person:alix-didier-fils-aime | state:hti | Prime Minister

actor | person:garry-conille | person | Garry Conille
name | person:garry-conille | * | Garry Conille; Conille
affil | person:garry-conille | state:hti | former Prime Minister

actor | person:ariel-henry | person | Ariel Henry
name | person:ariel-henry | * | Ariel Henry
affil | person:ariel-henry | state:hti | former Prime Minister

actor | person:jimmy-cherizier | person | Jimmy Chérizier
name | person:jimmy-cherizier | * | Jimmy Chérizier; Jimmy Cherizier; Chérizier; Cherizier
affil | person:jimmy-cherizier | org:viv-ansanm | leader of the Viv Ansanm gang alliance

actor | person:andrew-holness | person | Andrew Holness
name | person:andrew-holness | * | Andrew Holness; Holness
affil | person:andrew-holness | state:jam | Prime Minister

actor | person:kamla-persad-bissessar | person | Kamla Persad-Bissessar
name | person:kamla-persad-bissessar | * | Kamla Persad-Bissessar; Persad-Bissessar
affil | person:kamla-persad-bissessar | state:tto | Prime Minister

actor | person:mia-mottley | person | Mia Mottley
name | person:mia-mottley | * | Mia Amor Mottley; Mia Mottley; Mottley
affil | person:mia-mottley | state:brb | Prime Minister

actor | person:philip-davis | person | Philip Davis
name | person:philip-davis | * | Philip Davis; Philip Brave Davis
affil | person:philip-davis | state:bhs | Prime Minister

actor | person:bernardo-arevalo | person | Bernardo Arévalo
name | person:bernardo-arevalo | * | Bernardo Arévalo; Bernardo Arevalo
affil | person:bernardo-arevalo | state:gtm | President

actor | person:xiomara-castro | person | Xiomara Castro
name | person:xiomara-castro | * | Xiomara Castro
affil | person:xiomara-castro | state:hnd | President (2022-2026)

actor | person:nasry-asfura | person | Nasry Asfura
name | person:nasry-asfura | * | Nasry Asfura; Asfura
affil | person:nasry-asfura | state:hnd | presidential candidate 2025

actor | person:rodrigo-chaves | person | Rodrigo Chaves
name | person:rodrigo-chaves | * | Rodrigo Chaves; Rodrigo Chaves Robles
affil | person:rodrigo-chaves | state:cri | President (2022-2026)

actor | person:javier-martinez-acha | person | Javier Martínez-Acha
name | person:javier-martinez-acha | * | Javier Martínez-Acha; Javier Martinez-Acha
affil | person:javier-martinez-acha | state:pan | Foreign Minister

actor | person:johnny-briceno | person | John Briceño
name | person:johnny-briceno | * | John Briceño; Johnny Briceño; John Briceno
affil | person:johnny-briceno | state:blz | Prime Minister

actor | person:jennifer-geerlings-simons | person | Jennifer Geerlings-Simons
name | person:jennifer-geerlings-simons | * | Jennifer Geerlings-Simons; Geerlings-Simons
affil | person:jennifer-geerlings-simons | state:sur | President

actor | person:chan-santokhi | person | Chan Santokhi
name | person:chan-santokhi | * | Chan Santokhi; Santokhi
affil | person:chan-santokhi | state:sur | former President

actor | person:gaston-browne | person | Gaston Browne
name | person:gaston-browne | * | Gaston Browne
affil | person:gaston-browne | state:atg | Prime Minister

actor | person:dickon-mitchell | person | Dickon Mitchell
name | person:dickon-mitchell | * | Dickon Mitchell
affil | person:dickon-mitchell | state:grd | Prime Minister

actor | person:philip-j-pierre | person | Philip J. Pierre
name | person:philip-j-pierre | * | Philip J. Pierre; Philip Pierre
affil | person:philip-j-pierre | state:lca | Prime Minister

actor | person:roosevelt-skerrit | person | Roosevelt Skerrit
name | person:roosevelt-skerrit | * | Roosevelt Skerrit; Skerrit
affil | person:roosevelt-skerrit | state:dma | Prime Minister

actor | person:terrance-drew | person | Terrance Drew
name | person:terrance-drew | * | Terrance Drew
affil | person:terrance-drew | state:kna | Prime Minister

actor | person:ralph-gonsalves | person | Ralph Gonsalves
name | person:ralph-gonsalves | * | Ralph Gonsalves
affil | person:ralph-gonsalves | state:vct | Prime Minister (from 2001)


# --- United States, Canada: officials often named beyond people.lex ---
actor | person:dan-caine | person | Dan Caine
name | person:dan-caine | * | Dan Caine; Daniel Caine; John Daniel Caine
affil | person:dan-caine | state:usa | Chairman of the Joint Chiefs of Staff

actor | person:charles-q-brown | person | Charles Q. Brown
name | person:charles-q-brown | * | Charles Q. Brown; CQ Brown
affil | person:charles-q-brown | state:usa | former Chairman of the Joint Chiefs of Staff

actor | person:jared-kushner | person | Jared Kushner
name | person:jared-kushner | * | Jared Kushner; Kushner
affil | person:jared-kushner | state:usa | presidential envoy

actor | person:tom-barrack | person | Tom Barrack
name | person:tom-barrack | * | Tom Barrack; Thomas Barrack
affil | person:tom-barrack | state:usa | Ambassador to Turkey and Special Envoy for Syria

actor | person:morgan-ortagus | person | Morgan Ortagus
name | person:morgan-ortagus | * | Morgan Ortagus; Ortagus
affil | person:morgan-ortagus | state:usa | Deputy Special Envoy for the Middle East

actor | person:kristi-noem | person | Kristi Noem
name | person:kristi-noem | * | Kristi Noem; Noem
affil | person:kristi-noem | state:usa | Secretary of Homeland Security

actor | person:howard-lutnick | person | Howard Lutnick
name | person:howard-lutnick | * | Howard Lutnick; Lutnick
affil | person:howard-lutnick | state:usa | Commerce Secretary

actor | person:dan-driscoll | person | Dan Driscoll
name | person:dan-driscoll | * | Dan Driscoll; Daniel Driscoll
affil | person:dan-driscoll | state:usa | Secretary of the Army

actor | person:elbridge-colby | person | Elbridge Colby
name | person:elbridge-colby | * | Elbridge Colby
affil | person:elbridge-colby | state:usa | Under Secretary of Defense for Policy

actor | person:richard-grenell | person | Richard Grenell
name | person:richard-grenell | * | Richard Grenell; Ric Grenell; Grenell
affil | person:richard-grenell | state:usa | Special Envoy for Special Missions

actor | person:mike-huckabee | person | Mike Huckabee
name | person:mike-huckabee | * | Mike Huckabee; Huckabee
affil | person:mike-huckabee | state:usa | Ambassador to Israel

actor | person:jamieson-greer | person | Jamieson Greer
name | person:jamieson-greer | * | Jamieson Greer
affil | person:jamieson-greer | state:usa | Trade Representative

actor | person:chris-wright | person | Chris Wright
name | person:chris-wright | * | Chris Wright
affil | person:chris-wright | state:usa | Energy Secretary

# --- Leaders of armed groups and movements (Asia, Latin America, Russia) ---
actor | person:noor-wali-mehsud | person | Noor Wali Mehsud
name | person:noor-wali-mehsud | * | Noor Wali Mehsud; Mufti Noor Wali Mehsud; Nur Wali Mehsud
affil | person:noor-wali-mehsud | org:ttp | TTP leader

actor | person:bashir-zeb | person | Bashir Zeb
name | person:bashir-zeb | * | Bashir Zeb; Bashir Zeb Baloch
affil | person:bashir-zeb | org:bla | BLA leader

actor | person:hafiz-saeed | person | Hafiz Saeed
name | person:hafiz-saeed | * | Hafiz Saeed; Hafiz Muhammad Saeed; Hafis Saeed
affil | person:hafiz-saeed | org:lashkar-e-taiba | Lashkar-e-Taiba founder

actor | person:masood-azhar | person | Masood Azhar
name | person:masood-azhar | * | Masood Azhar; Maulana Masood Azhar; Masud Azhar
affil | person:masood-azhar | org:jaish-e-mohammed | Jaish-e-Mohammed leader

actor | person:syed-salahuddin | person | Syed Salahuddin
name | person:syed-salahuddin | * | Syed Salahuddin
affil | person:syed-salahuddin | org:hizbul-mujahideen | Hizbul Mujahideen leader

actor | person:sanaullah-ghafari | person | Sanaullah Ghafari
name | person:sanaullah-ghafari | * | Sanaullah Ghafari; Shahab al-Muhajir
affil | person:sanaullah-ghafari | org:islamic-state-khorasan | ISIS-K leader

actor | person:twan-mrat-naing | person | Twan Mrat Naing
name | person:twan-mrat-naing | * | Twan Mrat Naing
affil | person:twan-mrat-naing | org:arakan-army | Arakan Army commander-in-chief

actor | person:peng-daxun | person | Peng Daxun
name | person:peng-daxun | * | Peng Daxun
affil | person:peng-daxun | org:mndaa | MNDAA leader

actor | person:nban-la | person | N'Ban La
name | person:nban-la | * | N'Ban La; N’Ban La
affil | person:nban-la | org:kio | KIO chairman

actor | person:bao-youxiang | person | Bao Youxiang
name | person:bao-youxiang | * | Bao Youxiang
affil | person:bao-youxiang | org:uwsa | UWSA leader

actor | person:saw-chit-thu | person | Saw Chit Thu
name | person:saw-chit-thu | * | Saw Chit Thu
affil | person:saw-chit-thu | org:karen-national-army | Karen National Army leader

actor | person:ataullah-abu-ammar-jununi | person | Ataullah Abu Ammar Jununi
name | person:ataullah-abu-ammar-jununi | * | Ataullah Abu Ammar Jununi; Ataullah abu Ammar Jununi
affil | person:ataullah-abu-ammar-jununi | org:arsa | ARSA leader

actor | person:ivan-mordisco | person | Iván Mordisco
name | person:ivan-mordisco | * | Iván Mordisco; Ivan Mordisco; Mordisco
affil | person:ivan-mordisco | org:farc-emc | leader of the Estado Mayor Central

actor | person:ivan-marquez | person | Iván Márquez
name | person:ivan-marquez | * | Iván Márquez; Ivan Marquez
affil | person:ivan-marquez | org:segunda-marquetalia | leader of the Segunda Marquetalia

actor | person:chiquito-malo | person | Chiquito Malo
name | person:chiquito-malo | * | Chiquito Malo; Jobanis de Jesús Ávila
affil | person:chiquito-malo | org:clan-del-golfo | Clan del Golfo leader

actor | person:ismael-zambada | person | Ismael "El Mayo" Zambada
name | person:ismael-zambada | * | Ismael Zambada; Ismael Zambada García; El Mayo Zambada; El Mayo
affil | person:ismael-zambada | org:sinaloa-cartel | Sinaloa Cartel co-founder

actor | person:ovidio-guzman | person | Ovidio Guzmán
name | person:ovidio-guzman | * | Ovidio Guzmán; Ovidio Guzman; Ovidio Guzmán López
affil | person:ovidio-guzman | org:los-chapitos | Los Chapitos leader

actor | person:ivan-archivaldo-guzman | person | Iván Archivaldo Guzmán
name | person:ivan-archivaldo-guzman | * | Iván Archivaldo Guzmán; Ivan Archivaldo Guzman
affil | person:ivan-archivaldo-guzman | org:los-chapitos | Los Chapitos leader

actor | person:joaquin-guzman | person | Joaquín "El Chapo" Guzmán
name | person:joaquin-guzman | * | Joaquín Guzmán; Joaquin Guzman; El Chapo; El Chapo Guzmán; El Chapo Guzman
affil | person:joaquin-guzman | org:sinaloa-cartel | jailed Sinaloa Cartel leader

actor | person:nemesio-oseguera | person | Nemesio Oseguera Cervantes
name | person:nemesio-oseguera | * | Nemesio Oseguera; Nemesio Oseguera Cervantes; El Mencho
affil | person:nemesio-oseguera | org:cjng | CJNG leader

actor | person:rafael-caro-quintero | person | Rafael Caro Quintero
name | person:rafael-caro-quintero | * | Rafael Caro Quintero; Caro Quintero
affil | person:rafael-caro-quintero | org:sinaloa-cartel | drug lord

actor | person:hector-guerrero-flores | person | Héctor Guerrero Flores
name | person:hector-guerrero-flores | * | Héctor Guerrero Flores; Hector Guerrero Flores; Niño Guerrero
affil | person:hector-guerrero-flores | org:tren-de-aragua | Tren de Aragua leader

actor | person:apti-alaudinov | person | Apti Alaudinov
name | person:apti-alaudinov | * | Apti Alaudinov; Apti Alaudinow; Alaudinov; Alaudinow
affil | person:apti-alaudinov | state:rus | Akhmat commander

actor | person:denis-kapustin | person | Denis Kapustin
name | person:denis-kapustin | * | Denis Kapustin; Denis Nikitin
affil | person:denis-kapustin | org:russian-volunteer-corps | Russian Volunteer Corps commander

actor | person:denis-pushilin | person | Denis Pushilin
name | person:denis-pushilin | * | Denis Pushilin; Denis Puschilin; Pushilin; Puschilin
affil | person:denis-pushilin | org:dpr | Russian-installed head of Donetsk

actor | person:leonid-pasechnik | person | Leonid Pasechnik
name | person:leonid-pasechnik | * | Leonid Pasechnik; Leonid Passetschnik; Pasechnik; Passetschnik
affil | person:leonid-pasechnik | org:lpr | Russian-installed head of Luhansk

actor | person:sergey-aksyonov | person | Sergey Aksyonov
name | person:sergey-aksyonov | * | Sergey Aksyonov; Sergei Aksjonow; Sergej Aksjonow; Aksyonov; Aksjonow
affil | person:sergey-aksyonov | state:rus | Russian-installed head of Crimea

actor | person:vladimir-saldo | person | Vladimir Saldo
name | person:vladimir-saldo | * | Vladimir Saldo; Wladimir Saldo
affil | person:vladimir-saldo | state:rus | Russian-installed governor of Kherson region

actor | person:yevgeny-balitsky | person | Yevgeny Balitsky
name | person:yevgeny-balitsky | * | Yevgeny Balitsky; Jewgeni Balizki; Balitsky; Balizki
affil | person:yevgeny-balitsky | state:rus | Russian-installed governor of Zaporizhzhia region

actor | person:aslan-bzhania | person | Aslan Bzhania
name | person:aslan-bzhania | * | Aslan Bzhania; Aslan Bschania
affil | person:aslan-bzhania | org:abkhazia | former leader of Abkhazia

actor | person:badra-gunba | person | Badra Gunba
name | person:badra-gunba | * | Badra Gunba; Gunba
affil | person:badra-gunba | org:abkhazia | leader of Abkhazia

actor | person:alan-gagloyev | person | Alan Gagloyev
name | person:alan-gagloyev | * | Alan Gagloyev; Alan Gagloew
affil | person:alan-gagloyev | org:south-ossetia | leader of South Ossetia


# --- Russia, Ukraine, Belarus: further officials ---
actor | person:alexei-likhachev | person | Alexei Likhachev
name | person:alexei-likhachev | * | Alexei Likhachev; Alexej Lichatschow; Alexei Lichatschow; Likhachev; Lichatschow
affil | person:alexei-likhachev | org:rosatom | Director General of Rosatom

actor | person:sergei-chemezov | person | Sergei Chemezov
name | person:sergei-chemezov | * | Sergei Chemezov; Sergej Tschemesow; Chemezov; Tschemesow
affil | person:sergei-chemezov | org:rostec | CEO of Rostec

actor | person:alexei-miller | person | Alexei Miller
name | person:alexei-miller | * | Alexei Miller; Alexej Miller
affil | person:alexei-miller | org:gazprom | CEO of Gazprom

actor | person:igor-sechin | person | Igor Sechin
name | person:igor-sechin | * | Igor Sechin; Igor Setschin; Sechin; Setschin
affil | person:igor-sechin | org:rosneft | CEO of Rosneft

actor | person:viktor-zolotov | person | Viktor Zolotov
name | person:viktor-zolotov | * | Viktor Zolotov; Viktor Solotow; Zolotov; Solotow
affil | person:viktor-zolotov | state:rus | Director of the National Guard (Rosgvardia)

actor | person:alexander-dugin | person | Alexander Dugin
name | person:alexander-dugin | * | Alexander Dugin; Dugin
affil | person:alexander-dugin | state:rus | nationalist ideologue

actor | person:vladimir-medinsky | person | Vladimir Medinsky
name | person:vladimir-medinsky | * | Vladimir Medinsky; Wladimir Medinski; Medinsky; Medinski
affil | person:vladimir-medinsky | state:rus | presidential aide, head of negotiating delegation

actor | person:sergei-kiriyenko | person | Sergei Kiriyenko
name | person:sergei-kiriyenko | * | Sergei Kiriyenko; Sergej Kirijenko; Kiriyenko; Kirijenko
affil | person:sergei-kiriyenko | state:rus | First Deputy Chief of Staff of the Presidential Administration

actor | person:oleksandr-kamyshin | person | Oleksandr Kamyshin
name | person:oleksandr-kamyshin | * | Oleksandr Kamyshin; Olexander Kamyschin; Kamyshin
affil | person:oleksandr-kamyshin | state:ukr | adviser to the President, former Minister of Strategic Industries

actor | person:vasyl-maliuk | person | Vasyl Maliuk
name | person:vasyl-maliuk | * | Vasyl Maliuk; Wassyl Maljuk; Maliuk; Maljuk
affil | person:vasyl-maliuk | org:sbu | Head of the SBU (appointed 2022)

actor | person:oleh-ivashchenko | person | Oleh Ivashchenko
name | person:oleh-ivashchenko | * | Oleh Ivashchenko; Oleh Iwaschtschenko
affil | person:oleh-ivashchenko | org:szru | Head of the Foreign Intelligence Service (from 2024)

actor | person:oleksandr-kubrakov | person | Oleksandr Kubrakov
name | person:oleksandr-kubrakov | * | Oleksandr Kubrakov; Olexander Kubrakow
affil | person:oleksandr-kubrakov | state:ukr | former Deputy Prime Minister

actor | person:serhiy-kyslytsya | person | Serhiy Kyslytsya
name | person:serhiy-kyslytsya | * | Serhiy Kyslytsya; Serhij Kyslyzja; Kyslytsya
affil | person:serhiy-kyslytsya | state:ukr | First Deputy Foreign Minister


# --- Europe: further leaders and opposition figures named in international news ---
actor | person:jordan-bardella | person | Jordan Bardella
name | person:jordan-bardella | * | Jordan Bardella; Bardella
affil | person:jordan-bardella | state:fra | Rassemblement National president

actor | person:bruno-retailleau | person | Bruno Retailleau
name | person:bruno-retailleau | * | Bruno Retailleau; Retailleau
affil | person:bruno-retailleau | state:fra | former Interior Minister

actor | person:francois-hollande | person | François Hollande
name | person:francois-hollande | * | François Hollande; Francois Hollande
affil | person:francois-hollande | state:fra | former President

actor | person:nicolas-sarkozy | person | Nicolas Sarkozy
name | person:nicolas-sarkozy | * | Nicolas Sarkozy; Sarkozy
affil | person:nicolas-sarkozy | state:fra | former President

actor | person:nigel-farage | person | Nigel Farage
name | person:nigel-farage | * | Nigel Farage; Farage
affil | person:nigel-farage | state:gbr | Reform UK leader

actor | person:kemi-badenoch | person | Kemi Badenoch
name | person:kemi-badenoch | * | Kemi Badenoch; Badenoch
affil | person:kemi-badenoch | state:gbr | Leader of the Opposition

actor | person:jonathan-powell | person | Jonathan Powell
name | person:jonathan-powell | * | Jonathan Powell
affil | person:jonathan-powell | state:gbr | National Security Adviser

actor | person:tony-radakin | person | Tony Radakin
name | person:tony-radakin | * | Tony Radakin; Radakin
affil | person:tony-radakin | state:gbr | former Chief of the Defence Staff

actor | person:carsten-breuer | person | Carsten Breuer
name | person:carsten-breuer | * | Carsten Breuer
affil | person:carsten-breuer | state:deu | Inspector General of the Bundeswehr

actor | person:elly-schlein | person | Elly Schlein
name | person:elly-schlein | * | Elly Schlein; Schlein
affil | person:elly-schlein | state:ita | Democratic Party leader

actor | person:alberto-nunez-feijoo | person | Alberto Núñez Feijóo
name | person:alberto-nunez-feijoo | * | Alberto Núñez Feijóo; Alberto Nunez Feijoo; Feijóo; Feijoo
affil | person:alberto-nunez-feijoo | state:esp | People's Party leader

actor | person:herbert-kickl | person | Herbert Kickl
name | person:herbert-kickl | * | Herbert Kickl; Kickl
affil | person:herbert-kickl | state:aut | FPÖ leader


# --- Heads and envoys of international organizations ---
actor | person:amy-pope | person | Amy Pope
name | person:amy-pope | * | Amy Pope
affil | person:amy-pope | org:iom | Director General of the IOM

actor | person:audrey-azoulay | person | Audrey Azoulay
name | person:audrey-azoulay | * | Audrey Azoulay
affil | person:audrey-azoulay | org:unesco | former Director-General of UNESCO

actor | person:khaled-el-enany | person | Khaled El-Enany
name | person:khaled-el-enany | * | Khaled El-Enany; Khaled el-Enany; Chaled al-Anani; Khaled al-Anani
affil | person:khaled-el-enany | org:unesco | Director-General of UNESCO

actor | person:fernando-arias | person | Fernando Arias
name | person:fernando-arias | * | Fernando Arias
affil | person:fernando-arias | org:opcw | former Director-General of the OPCW

actor | person:tomoko-akane | person | Tomoko Akane
name | person:tomoko-akane | * | Tomoko Akane
affil | person:tomoko-akane | org:icc | President of the ICC

actor | person:yuji-iwasawa | person | Yuji Iwasawa
name | person:yuji-iwasawa | * | Yuji Iwasawa; Iwasawa Yuji; Iwasawa
affil | person:yuji-iwasawa | org:icj | President of the ICJ

actor | person:mirjana-spoljaric | person | Mirjana Spoljaric
name | person:mirjana-spoljaric | * | Mirjana Spoljaric; Mirjana Spoljaric Egger; Mirjana Spoljarić; Spoljaric
affil | person:mirjana-spoljaric | org:icrc | President of the ICRC

actor | person:agnes-callamard | person | Agnès Callamard
name | person:agnes-callamard | * | Agnès Callamard; Agnes Callamard; Callamard
affil | person:agnes-callamard | org:amnesty-international | Secretary General of Amnesty International

actor | person:alain-berset | person | Alain Berset
name | person:alain-berset | * | Alain Berset; Berset
affil | person:alain-berset | org:council-of-europe | Secretary General of the Council of Europe

actor | person:mathias-cormann | person | Mathias Cormann
name | person:mathias-cormann | * | Mathias Cormann; Cormann
affil | person:mathias-cormann | org:oecd | Secretary-General of the OECD

actor | person:fatih-birol | person | Fatih Birol
name | person:fatih-birol | * | Fatih Birol; Birol
affil | person:fatih-birol | org:iea | Executive Director of the IEA

actor | person:haitham-al-ghais | person | Haitham al-Ghais
name | person:haitham-al-ghais | * | Haitham al-Ghais; Haitham Al Ghais
affil | person:haitham-al-ghais | org:opec | Secretary General of OPEC

actor | person:jasem-al-budaiwi | person | Jasem Mohamed Albudaiwi
name | person:jasem-al-budaiwi | * | Jasem Mohamed Albudaiwi; Jasem al-Budaiwi; Jassim al-Budaiwi
affil | person:jasem-al-budaiwi | org:gcc | Secretary General of the GCC

actor | person:hissein-brahim-taha | person | Hissein Brahim Taha
name | person:hissein-brahim-taha | * | Hissein Brahim Taha
affil | person:hissein-brahim-taha | org:oic | Secretary General of the OIC

actor | person:kao-kim-hourn | person | Kao Kim Hourn
name | person:kao-kim-hourn | * | Kao Kim Hourn
affil | person:kao-kim-hourn | org:asean | Secretary-General of ASEAN

actor | person:inger-andersen | person | Inger Andersen
name | person:inger-andersen | * | Inger Andersen
affil | person:inger-andersen | org:unep | Executive Director of UNEP

actor | person:simon-stiell | person | Simon Stiell
name | person:simon-stiell | * | Simon Stiell; Stiell
affil | person:simon-stiell | org:unfccc | Executive Secretary of UN Climate Change

actor | person:odile-renaud-basso | person | Odile Renaud-Basso
name | person:odile-renaud-basso | * | Odile Renaud-Basso; Renaud-Basso
affil | person:odile-renaud-basso | org:ebrd | President of the EBRD

actor | person:nadia-calvino | person | Nadia Calviño
name | person:nadia-calvino | * | Nadia Calviño; Nadia Calvino; Calviño
affil | person:nadia-calvino | org:eib | President of the EIB

actor | person:masato-kanda | person | Masato Kanda
name | person:masato-kanda | * | Masato Kanda
affil | person:masato-kanda | org:adb | President of the ADB

actor | person:sidi-ould-tah | person | Sidi Ould Tah
name | person:sidi-ould-tah | * | Sidi Ould Tah
affil | person:sidi-ould-tah | org:afdb | President of the African Development Bank

actor | person:akinwumi-adesina | person | Akinwumi Adesina
name | person:akinwumi-adesina | * | Akinwumi Adesina
affil | person:akinwumi-adesina | org:afdb | former President of the African Development Bank

actor | person:ilan-goldfajn | person | Ilan Goldfajn
name | person:ilan-goldfajn | * | Ilan Goldfajn; Goldfajn
affil | person:ilan-goldfajn | org:idb | President of the IDB

actor | person:dilma-rousseff | person | Dilma Rousseff
name | person:dilma-rousseff | * | Dilma Rousseff; Rousseff
affil | person:dilma-rousseff | org:new-development-bank | President of the New Development Bank, former President of Brazil

actor | person:jean-pierre-lacroix | person | Jean-Pierre Lacroix
name | person:jean-pierre-lacroix | * | Jean-Pierre Lacroix
affil | person:jean-pierre-lacroix | org:un | Under-Secretary-General for Peace Operations

actor | person:rosemary-dicarlo | person | Rosemary DiCarlo
name | person:rosemary-dicarlo | * | Rosemary DiCarlo; DiCarlo
affil | person:rosemary-dicarlo | org:un | Under-Secretary-General for Political and Peacebuilding Affairs

actor | person:hans-grundberg | person | Hans Grundberg
name | person:hans-grundberg | * | Hans Grundberg; Grundberg
affil | person:hans-grundberg | org:un | UN Special Envoy for Yemen

actor | person:geir-pedersen | person | Geir Pedersen
name | person:geir-pedersen | * | Geir Pedersen; Geir O. Pedersen
affil | person:geir-pedersen | org:un | former UN Special Envoy for Syria

actor | person:hanna-tetteh | person | Hanna Tetteh
name | person:hanna-tetteh | * | Hanna Tetteh; Hanna Serwaa Tetteh
affil | person:hanna-tetteh | org:unsmil | UN Special Representative for Libya

actor | person:ramtane-lamamra | person | Ramtane Lamamra
name | person:ramtane-lamamra | * | Ramtane Lamamra; Lamamra
affil | person:ramtane-lamamra | org:un | UN Personal Envoy for Sudan

actor | person:sigrid-kaag | person | Sigrid Kaag
name | person:sigrid-kaag | * | Sigrid Kaag; Kaag
affil | person:sigrid-kaag | org:un | former UN Senior Humanitarian and Reconstruction Coordinator for Gaza

actor | person:jeanine-hennis-plasschaert | person | Jeanine Hennis-Plasschaert
name | person:jeanine-hennis-plasschaert | * | Jeanine Hennis-Plasschaert; Hennis-Plasschaert
affil | person:jeanine-hennis-plasschaert | org:unami | UN Special Representative for Iraq

actor | person:staffan-de-mistura | person | Staffan de Mistura
name | person:staffan-de-mistura | * | Staffan de Mistura; de Mistura
affil | person:staffan-de-mistura | org:un | UN Personal Envoy for Western Sahara

actor | person:bintou-keita | person | Bintou Keita
name | person:bintou-keita | * | Bintou Keita
affil | person:bintou-keita | org:monusco | former head of MONUSCO

actor | person:roza-otunbayeva | person | Roza Otunbayeva
name | person:roza-otunbayeva | * | Roza Otunbayeva; Rosa Otunbajewa; Otunbayeva; Otunbajewa
affil | person:roza-otunbayeva | org:unama | head of UNAMA

actor | person:achim-steiner | person | Achim Steiner
name | person:achim-steiner | * | Achim Steiner
affil | person:achim-steiner | org:undp | former Administrator of UNDP

actor | person:edem-wosornu | person | Edem Wosornu
name | person:edem-wosornu | * | Edem Wosornu; Wosornu
affil | person:edem-wosornu | org:ocha | OCHA Director of Operations

actor | person:marta-kos | person | Marta Kos
name | person:marta-kos | * | Marta Kos
affil | person:marta-kos | org:eu | EU Commissioner for Enlargement

actor | person:valdis-dombrovskis | person | Valdis Dombrovskis
name | person:valdis-dombrovskis | * | Valdis Dombrovskis; Dombrovskis
affil | person:valdis-dombrovskis | org:eu | EU Commissioner for Economy

actor | person:teresa-ribera | person | Teresa Ribera
name | person:teresa-ribera | * | Teresa Ribera
affil | person:teresa-ribera | org:eu | Executive Vice-President of the European Commission

actor | person:henna-virkkunen | person | Henna Virkkunen
name | person:henna-virkkunen | * | Henna Virkkunen; Virkkunen
affil | person:henna-virkkunen | org:eu | Executive Vice-President of the European Commission

actor | person:dubravka-suica | person | Dubravka Šuica
name | person:dubravka-suica | * | Dubravka Šuica; Dubravka Suica; Šuica
affil | person:dubravka-suica | org:eu | EU Commissioner for the Mediterranean

actor | person:hadja-lahbib | person | Hadja Lahbib
name | person:hadja-lahbib | * | Hadja Lahbib; Lahbib
affil | person:hadja-lahbib | org:eu | EU Commissioner for Crisis Management


# --- Further ministers and heads of state (systematic pass over states with few entries) ---
actor | person:carlos-vila-nova | person | Carlos Vila Nova
name | person:carlos-vila-nova | * | Carlos Vila Nova
affil | person:carlos-vila-nova | state:stp | President

actor | person:aisake-eke | person | Aisake Eke
name | person:aisake-eke | * | Aisake Eke
affil | person:aisake-eke | state:ton | Prime Minister

actor | person:tupou-vi | person | King Tupou VI
name | person:tupou-vi | * | Tupou VI; König Tupou VI.; King Tupou VI
affil | person:tupou-vi | state:ton | King

actor | person:luca-beccari | person | Luca Beccari
name | person:luca-beccari | * | Luca Beccari
affil | person:luca-beccari | state:smr | Secretary of State for Foreign Affairs

actor | person:gabriela-sommerfeld | person | Gabriela Sommerfeld
name | person:gabriela-sommerfeld | * | Gabriela Sommerfeld
affil | person:gabriela-sommerfeld | state:ecu | Foreign Minister

actor | person:gian-carlo-loffredo | person | Gian Carlo Loffredo
name | person:gian-carlo-loffredo | * | Gian Carlo Loffredo; Giancarlo Loffredo; Loffredo
affil | person:gian-carlo-loffredo | state:ecu | Defence Minister

actor | person:felix-ulloa | person | Félix Ulloa
name | person:felix-ulloa | * | Félix Ulloa; Felix Ulloa
affil | person:felix-ulloa | state:slv | Vice President

actor | person:alexandra-hill-tinoco | person | Alexandra Hill Tinoco
name | person:alexandra-hill-tinoco | * | Alexandra Hill Tinoco; Alexandra Hill
affil | person:alexandra-hill-tinoco | state:slv | Foreign Minister

actor | person:carlos-ramiro-martinez | person | Carlos Ramiro Martínez
name | person:carlos-ramiro-martinez | * | Carlos Ramiro Martínez; Carlos Ramiro Martinez
affil | person:carlos-ramiro-martinez | state:gtm | Foreign Minister

actor | person:ruben-ramirez-lezcano | person | Rubén Ramírez Lezcano
name | person:ruben-ramirez-lezcano | * | Rubén Ramírez Lezcano; Ruben Ramirez Lezcano
affil | person:ruben-ramirez-lezcano | state:pry | Foreign Minister

actor | person:roberto-alvarez | person | Roberto Álvarez
name | person:roberto-alvarez | * | Roberto Álvarez Gil; Roberto Alvarez Gil
affil | person:roberto-alvarez | state:dom | Foreign Minister

actor | person:kamina-johnson-smith | person | Kamina Johnson Smith
name | person:kamina-johnson-smith | * | Kamina Johnson Smith; Johnson Smith
affil | person:kamina-johnson-smith | state:jam | Foreign Minister

actor | person:jane-naana-opoku-agyemang | person | Jane Naana Opoku-Agyemang
name | person:jane-naana-opoku-agyemang | * | Jane Naana Opoku-Agyemang; Opoku-Agyemang
affil | person:jane-naana-opoku-agyemang | state:gha | Vice President

actor | person:mulambo-haimbe | person | Mulambo Haimbe
name | person:mulambo-haimbe | * | Mulambo Haimbe; Haimbe
affil | person:mulambo-haimbe | state:zmb | Foreign Minister

actor | person:lucia-witbooi | person | Lucia Witbooi
name | person:lucia-witbooi | * | Lucia Witbooi
affil | person:lucia-witbooi | state:nam | Vice President

actor | person:justin-tkatchenko | person | Justin Tkatchenko
name | person:justin-tkatchenko | * | Justin Tkatchenko; Tkatchenko
affil | person:justin-tkatchenko | state:png | former Foreign Minister

actor | person:timothy-kabba | person | Timothy Musa Kabba
name | person:timothy-kabba | * | Timothy Musa Kabba; Timothy Kabba
affil | person:timothy-kabba | state:sle | Foreign Minister

actor | person:jeremiah-koung | person | Jeremiah Koung
name | person:jeremiah-koung | * | Jeremiah Kpan Koung; Jeremiah Koung
affil | person:jeremiah-koung | state:lbr | Vice President

actor | person:robert-dussey | person | Robert Dussey
name | person:robert-dussey | * | Robert Dussey; Dussey
affil | person:robert-dussey | state:tgo | Foreign Minister

actor | person:mohamed-salem-ould-merzoug | person | Mohamed Salem Ould Merzoug
name | person:mohamed-salem-ould-merzoug | * | Mohamed Salem Ould Merzoug; Ould Merzoug
affil | person:mohamed-salem-ould-merzoug | state:mrt | Foreign Minister

actor | person:amadou-oury-bah | person | Amadou Oury Bah
name | person:amadou-oury-bah | * | Amadou Oury Bah; Bah Oury
affil | person:amadou-oury-bah | state:gin | Prime Minister

actor | person:morissanda-kouyate | person | Morissanda Kouyaté
name | person:morissanda-kouyate | * | Morissanda Kouyaté; Morissanda Kouyate
affil | person:morissanda-kouyate | state:gin | Foreign Minister

actor | person:sylvie-baipo-temon | person | Sylvie Baïpo-Temon
name | person:sylvie-baipo-temon | * | Sylvie Baïpo-Temon; Sylvie Baipo-Temon; Baïpo-Temon
affil | person:sylvie-baipo-temon | state:caf | Foreign Minister

actor | person:olushegun-adjadi-bakari | person | Olushegun Adjadi Bakari
name | person:olushegun-adjadi-bakari | * | Olushegun Adjadi Bakari; Shegun Adjadi Bakari
affil | person:olushegun-adjadi-bakari | state:ben | Foreign Minister

actor | person:kacou-houadja-leon-adom | person | Kacou Houadja Léon Adom
name | person:kacou-houadja-leon-adom | * | Kacou Houadja Léon Adom; Léon Kacou Adom; Leon Kacou Adom
affil | person:kacou-houadja-leon-adom | state:civ | Foreign Minister

actor | person:lejeune-mbella-mbella | person | Lejeune Mbella Mbella
name | person:lejeune-mbella-mbella | * | Lejeune Mbella Mbella; Mbella Mbella
affil | person:lejeune-mbella-mbella | state:cmr | Foreign Minister

actor | person:juvenal-marizamunda | person | Juvénal Marizamunda
name | person:juvenal-marizamunda | * | Juvénal Marizamunda; Juvenal Marizamunda; Marizamunda
affil | person:juvenal-marizamunda | state:rwa | Defence Minister

actor | person:amon-murwira | person | Amon Murwira
name | person:amon-murwira | * | Amon Murwira; Murwira
affil | person:amon-murwira | state:zwe | Foreign Minister

actor | person:celestin-simpore | person | Célestin Simporé
name | person:celestin-simpore | * | Célestin Simporé; Celestin Simpore; Simporé
affil | person:celestin-simpore | state:bfa | Defence Minister

actor | person:birame-diop | person | Birame Diop
name | person:birame-diop | * | Birame Diop
affil | person:birame-diop | state:sen | Defence Minister

actor | person:ruslan-zhaksylykov | person | Ruslan Zhaksylykov
name | person:ruslan-zhaksylykov | * | Ruslan Zhaksylykov; Ruslan Schaksylykow
affil | person:ruslan-zhaksylykov | state:kaz | Defence Minister

actor | person:shukhrat-khalmukhamedov | person | Shukhrat Khalmukhamedov
name | person:shukhrat-khalmukhamedov | * | Shukhrat Khalmukhamedov; Schuchrat Chalmuchamedow
affil | person:shukhrat-khalmukhamedov | state:uzb | Defence Minister

actor | person:kokhir-rasulzoda | person | Kokhir Rasulzoda
name | person:kokhir-rasulzoda | * | Kokhir Rasulzoda; Kochir Rasulsoda; Rasulzoda
affil | person:kokhir-rasulzoda | state:tjk | Prime Minister

actor | person:thongsavanh-phomvihane | person | Thongsavanh Phomvihane
name | person:thongsavanh-phomvihane | * | Thongsavanh Phomvihane
affil | person:thongsavanh-phomvihane | state:lao | Foreign Minister


# --- Leaders of jihadist groups ---
actor | person:abu-hafs-al-hashimi-al-qurashi | person | Abu Hafs al-Hashimi al-Qurashi
name | person:abu-hafs-al-hashimi-al-qurashi | * | Abu Hafs al-Hashimi al-Qurashi; Abu Hafs al-Haschimi al-Kuraschi
affil | person:abu-hafs-al-hashimi-al-qurashi | org:islamic-state | leader of the Islamic State

actor | person:saif-al-adel | person | Saif al-Adel
name | person:saif-al-adel | * | Saif al-Adel; Saif al-Adl; Seif al-Adel
affil | person:saif-al-adel | org:al-qaeda | al-Qaeda leader

actor | person:saad-al-awlaki | person | Saad al-Awlaki
name | person:saad-al-awlaki | * | Saad al-Awlaki; Saad bin Atef al-Awlaki
affil | person:saad-al-awlaki | org:aqap | AQAP leader

actor | person:bakura-doro | person | Bakura Doro
name | person:bakura-doro | * | Bakura Doro; Bakura Modu
affil | person:bakura-doro | org:boko-haram | Boko Haram leader

actor | person:musa-baluku | person | Musa Baluku
name | person:musa-baluku | * | Musa Baluku; Baluku
affil | person:musa-baluku | org:adf | ADF leader

actor | person:jaal-marroo | person | Jaal Marroo
name | person:jaal-marroo | * | Jaal Marroo; Kumsa Diriba
affil | person:jaal-marroo | org:ola | OLA commander

