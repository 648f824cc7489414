# relgraph lexicon: German language words (LANG de).
# Format: docs/lexicon.md. One record a line, fields separated by '|', list items by ';'.
# Actors (states, organizations, people, groups, given names) live in the actor files, not here.
#
# Matching (LexiconLoader, RelationFinder): every word record is compared lower-cased, titles
# included, and multiword forms token by token (the longest match wins). The finder keeps
# German verb, verb-recv and adj cues on lower-case words (or at a sentence start) and noun
# and theme cues on capitalized words, so each form is written in its real case. '*' at
# the start or end of a cue form matches any prefix or suffix; a hyphenated word that matches
# no cue is also tried by its last part ('Ukraine-Krieg' -> 'Krieg').

# ======================================================================
# 1. title: offices before or after a person's name
# Every case and gender form. The last field is the actor the title itself implies,
# or '-' (the state then comes from an adjective, a prefix like 'US-' or the context).
# Compounds not listed here are still caught by the titlehead records (section 2).
# Not listed on purpose: Scheich (also part of names: Hassan Sheikh Mohamud), Ayatollah
# and Sultan (ranks or given names rather than offices), Oppositionsführer (holds no
# office of the state; titlehead 'führer' still finds the person), Major and Hauptmann
# (also surnames), Obersten (also the adjective in 'Oberster Staatsrat').
# ======================================================================
# heads of state and government
title | de | Präsident; Präsidenten; Präsidentin; Präsidentinnen; Staatspräsident; Staatspräsidenten; Staatspräsidentin; Staatspräsidentinnen; Vizepräsident; Vizepräsidenten; Vizepräsidentin; Vizepräsidentinnen; Übergangspräsident; Übergangspräsidenten; Übergangspräsidentin; Übergangspräsidentinnen; Interimspräsident; Interimspräsidenten; Interimspräsidentin; Interimspräsidentinnen; Bundespräsident; Bundespräsidenten; Bundespräsidentin; Bundespräsidentinnen; Parlamentspräsident; Parlamentspräsidenten; Parlamentspräsidentin; Parlamentspräsidentinnen | -
# Bundespräsident is also the Austrian and Swiss title, hence no implied actor
title | de | Ministerpräsident; Ministerpräsidenten; Ministerpräsidentin; Ministerpräsidentinnen; Premierminister; Premierministers; Premierministern; Premierministerin; Premierministerinnen; Premier; Premiers; Vize-Premierminister; Vize-Premierministers; Vize-Premierministern; Vize-Premierministerin; Vize-Premierministerinnen; Vizepremierminister; Vizepremierministers; Vizepremierministern; Vizepremierministerin; Vizepremierministerinnen; Vizepremier; Vizepremiers | -
title | de | Regierungschef; Regierungschefs; Regierungschefin; Regierungschefinnen; Staatschef; Staatschefs; Staatschefin; Staatsoberhaupt; Staatsoberhaupts; Staatsoberhauptes; Staatsoberhäupter; Oberhaupt; Oberhaupts; Oberhauptes; Kanzler; Kanzlers; Kanzlerin; Vizekanzler; Vizekanzlers; Vizekanzlerin | -
# Bundeskanzler: Germany by default (Austria also has one; an adjective or 'österreichische' in the text should win)
title | de | Bundeskanzler; Bundeskanzlers; Bundeskanzlerin | state:deu
title | de | Bundesaußenminister; Bundesaußenministers; Bundesaußenministern; Bundesaußenministerin; Bundesaußenministerinnen; Bundesverteidigungsminister; Bundesverteidigungsministers; Bundesverteidigungsministern; Bundesverteidigungsministerin; Bundesverteidigungsministerinnen; Bundesinnenminister; Bundesinnenministers; Bundesinnenministern; Bundesinnenministerin; Bundesinnenministerinnen; Bundesfinanzminister; Bundesfinanzministers; Bundesfinanzministern; Bundesfinanzministerin; Bundesfinanzministerinnen; Bundeswirtschaftsminister; Bundeswirtschaftsministers; Bundeswirtschaftsministern; Bundeswirtschaftsministerin; Bundeswirtschaftsministerinnen | state:deu
title | de | Machthaber; Machthabers; Machthaberin; Herrscher; Herrschers; Herrscherin; Alleinherrscher; Alleinherrschers; Diktator; Diktators; Diktatorin; Autokrat; Autokraten; Führer; Führers; Führerin; Staatsführer; Staatsführers; Anführer; Anführers; Anführerin; Oberster Führer; Obersten Führer; Oberste Führer; Obersten Führers | -
title | de | Revolutionsführer; Revolutionsführers | state:irn
title | de | König; Königs; Königin; Kronprinz; Kronprinzen; Kronprinzessin; Emir; Emirs; Monarch; Monarchen; Monarchin | -
title | de | Papst; Papstes | state:vat
title | de | Kremlchef; Kremlchefs; Kreml-Chef; Kreml-Chefs; Kremlherrscher; Kremlherrschers; Kremlsprecher; Kremlsprechers; Kremlsprecherin; Kreml-Sprecher; Kreml-Sprechers; Kreml-Sprecherin; Kremlberater; Kremlberaters; Kreml-Berater; Sprecher des Kremls; Sprecherin des Kremls | state:rus
title | de | Pentagonsprecher; Pentagon-Sprecher; Pentagon-Sprecherin; Pentagonsprecherin; Pentagon-Chef; Pentagonchef; Pentagon-Chefin; Sprecher des Pentagons; Sprecherin des Pentagons; Sprecher des Weißen Hauses; Sprecherin des Weißen Hauses; Pressesprecher des Weißen Hauses; Pressesprecherin des Weißen Hauses | state:usa
# ministers (every other '...minister' is caught by titlehead 'minister')
title | de | Minister; Ministers; Ministern; Ministerin; Ministerinnen; Außenminister; Außenministers; Außenministern; Außenministerin; Außenministerinnen; Verteidigungsminister; Verteidigungsministers; Verteidigungsministern; Verteidigungsministerin; Verteidigungsministerinnen; Innenminister; Innenministers; Innenministern; Innenministerin; Innenministerinnen; Finanzminister; Finanzministers; Finanzministern; Finanzministerin; Finanzministerinnen; Wirtschaftsminister; Wirtschaftsministers; Wirtschaftsministern; Wirtschaftsministerin; Wirtschaftsministerinnen; Justizminister; Justizministers; Justizministern; Justizministerin; Justizministerinnen; Energieminister; Energieministers; Energieministern; Energieministerin; Energieministerinnen; Handelsminister; Handelsministers; Handelsministern; Handelsministerin; Handelsministerinnen; Gesundheitsminister; Gesundheitsministers; Gesundheitsministern; Gesundheitsministerin; Gesundheitsministerinnen; Europaminister; Europaministers; Europaministern; Europaministerin; Europaministerinnen; Entwicklungsminister; Entwicklungsministers; Entwicklungsministern; Entwicklungsministerin; Entwicklungsministerinnen; Staatsminister; Staatsministers; Staatsministern; Staatsministerin; Staatsministerinnen; Landwirtschaftsminister; Landwirtschaftsministers; Landwirtschaftsministern; Landwirtschaftsministerin; Landwirtschaftsministerinnen; Agrarminister; Agrarministers; Agrarministern; Agrarministerin; Agrarministerinnen; Umweltminister; Umweltministers; Umweltministern; Umweltministerin; Umweltministerinnen; Arbeitsminister; Arbeitsministers; Arbeitsministern; Arbeitsministerin; Arbeitsministerinnen; Informationsminister; Informationsministers; Informationsministern; Informationsministerin; Informationsministerinnen; Geheimdienstminister; Geheimdienstministers; Geheimdienstministern; Geheimdienstministerin; Geheimdienstministerinnen; Sicherheitsminister; Sicherheitsministers; Sicherheitsministern; Sicherheitsministerin; Sicherheitsministerinnen; Ölminister; Ölministers; Ölministern; Ölministerin; Ölministerinnen; Vize-Außenminister; Vize-Außenministers; Vize-Außenministern; Vize-Außenministerin; Vize-Außenministerinnen; Vizeaußenminister; Vizeaußenministers; Vizeaußenministern; Vizeaußenministerin; Vizeaußenministerinnen; Vize-Verteidigungsminister; Vize-Verteidigungsministers; Vize-Verteidigungsministern; Vize-Verteidigungsministerin; Vize-Verteidigungsministerinnen; Vizeverteidigungsminister; Vizeverteidigungsministers; Vizeverteidigungsministern; Vizeverteidigungsministerin; Vizeverteidigungsministerinnen; Vize-Innenminister; Vize-Innenministers; Vize-Innenministern; Vize-Innenministerin; Vize-Innenministerinnen; Vizeinnenminister; Vizeinnenministers; Vizeinnenministern; Vizeinnenministerin; Vizeinnenministerinnen | -
# 'stellvertretende(r) ...': every case
title | de | stellvertretender Außenminister; stellvertretende Außenminister; stellvertretenden Außenminister; stellvertretenden Außenministers; stellvertretende Außenministerin; stellvertretenden Außenministerin; stellvertretender Verteidigungsminister; stellvertretende Verteidigungsminister; stellvertretenden Verteidigungsminister; stellvertretenden Verteidigungsministers; stellvertretende Verteidigungsministerin; stellvertretenden Verteidigungsministerin; stellvertretender Innenminister; stellvertretende Innenminister; stellvertretenden Innenminister; stellvertretenden Innenministers; stellvertretende Innenministerin; stellvertretenden Innenministerin; stellvertretender Premierminister; stellvertretende Premierminister; stellvertretenden Premierminister; stellvertretenden Premierministers; stellvertretende Premierministerin; stellvertretenden Premierministerin; stellvertretender Regierungssprecher; stellvertretende Regierungssprecher; stellvertretenden Regierungssprecher; stellvertretenden Regierungssprechers; stellvertretende Regierungssprecherin; stellvertretenden Regierungssprecherin; stellvertretender Generalsekretär; stellvertretende Generalsekretär; stellvertretenden Generalsekretär; stellvertretenden Generalsekretärs; stellvertretende Generalsekretärin; stellvertretenden Generalsekretärin; stellvertretender Sicherheitsberater; stellvertretende Sicherheitsberater; stellvertretenden Sicherheitsberater; stellvertretenden Sicherheitsberaters; stellvertretende Sicherheitsberaterin; stellvertretenden Sicherheitsberaterin; stellvertretender Kommandeur; stellvertretende Kommandeur; stellvertretenden Kommandeur; stellvertretenden Kommandeurs; stellvertretende Kommandeurin; stellvertretenden Kommandeurin; stellvertretender Ministerpräsident; stellvertretende Ministerpräsident; stellvertretenden Ministerpräsident; stellvertretenden Ministerpräsidenten; stellvertretende Ministerpräsidentin; stellvertretenden Ministerpräsidentin; stellvertretender Präsident; stellvertretende Präsident; stellvertretenden Präsident; stellvertretenden Präsidenten; stellvertretende Präsidentin; stellvertretenden Präsidentin; stellvertretender Regierungschef; stellvertretende Regierungschef; stellvertretenden Regierungschef; stellvertretenden Regierungschefs; stellvertretende Regierungschefin; stellvertretenden Regierungschefin; stellvertretender Generalstabschef; stellvertretende Generalstabschef; stellvertretenden Generalstabschef; stellvertretenden Generalstabschefs; stellvertretender Vorsitzender; stellvertretende Vorsitzende; stellvertretenden Vorsitzenden | -
# spokespeople
title | de | Sprecher; Sprechers; Sprechern; Sprecherin; Sprecherinnen; Regierungssprecher; Regierungssprechers; Regierungssprechern; Regierungssprecherin; Regierungssprecherinnen; Außenamtssprecher; Außenamtssprechers; Außenamtssprechern; Außenamtssprecherin; Außenamtssprecherinnen; Militärsprecher; Militärsprechers; Militärsprechern; Militärsprecherin; Militärsprecherinnen; Armeesprecher; Armeesprechers; Armeesprechern; Armeesprecherin; Armeesprecherinnen; Präsidentensprecher; Präsidentensprechers; Präsidentensprechern; Präsidentensprecherin; Präsidentensprecherinnen; Präsidialamtssprecher; Präsidialamtssprechers; Präsidialamtssprechern; Präsidialamtssprecherin; Präsidialamtssprecherinnen; Außenministeriumssprecher; Außenministeriumssprechers; Außenministeriumssprechern; Außenministeriumssprecherin; Außenministeriumssprecherinnen; Pressesprecher; Pressesprechers; Pressesprechern; Pressesprecherin; Pressesprecherinnen; Parlamentssprecher; Parlamentssprechers; Parlamentssprechern; Parlamentssprecherin; Parlamentssprecherinnen; Sprecher des Außenministeriums; Sprecherin des Außenministeriums; Sprecher des Verteidigungsministeriums; Sprecherin des Verteidigungsministeriums; Sprecher der Regierung; Sprecherin der Regierung; Sprecher des Nationalen Sicherheitsrats; Sprecher des Nationalen Sicherheitsrates; Sprecher des Parlaments | -
# diplomats and envoys
title | de | Diplomat; Diplomatin; Botschafter; Botschafters; Botschaftern; Botschafterin; Botschafterinnen; Sonderbotschafter; Sonderbotschafters; Sonderbotschaftern; Sonderbotschafterin; Sonderbotschafterinnen; Gesandter; Gesandte; Gesandten; Gesandtem; Sondergesandter; Sondergesandte; Sondergesandten; Sondergesandtem; Abgesandter; Abgesandte; Abgesandten; Abgesandtem; Beauftragter; Beauftragte; Beauftragten; Beauftragtem; Sonderbeauftragter; Sonderbeauftragte; Sonderbeauftragten; Sonderbeauftragtem; Außenbeauftragter; Außenbeauftragte; Außenbeauftragten; Außenbeauftragtem; Hoher Vertreter; Hohe Vertreterin; Hohen Vertreter; Hohen Vertreters; Hochkommissar; Hochkommissars; Hochkommissarin; Chefdiplomat; Chefdiplomaten; Chefdiplomatin; Konsul; Konsuls; Konsulin; Generalkonsul; Generalkonsuls; Generalkonsulin; Geschäftsträger; Geschäftsträgers; Geschäftsträgern; Geschäftsträgerin; Geschäftsträgerinnen; Unterhändler; Unterhändlers; Unterhändlern; Unterhändlerin; Unterhändlerinnen; Chefunterhändler; Chefunterhändlers; Chefunterhändlern; Chefunterhändlerin; Chefunterhändlerinnen; Chefankläger; Chefanklägers; Chefanklägern; Chefanklägerin; Chefanklägerinnen | -
title | de | Energiekommissar; Energiekommissars; Energiekommissarin; Handelskommissar; Handelskommissars; Handelskommissarin; Erweiterungskommissar; Erweiterungskommissars; Erweiterungskommissarin; Verteidigungskommissar; Verteidigungskommissars; Verteidigungskommissarin; Migrationskommissar; Migrationskommissars; Migrationskommissarin; Wirtschaftskommissar; Wirtschaftskommissars; Wirtschaftskommissarin; Klimakommissar; Klimakommissars; Klimakommissarin; Agrarkommissar; Agrarkommissars; Agrarkommissarin; Haushaltskommissar; Haushaltskommissars; Haushaltskommissarin; Justizkommissar; Justizkommissars; Justizkommissarin; Binnenmarktkommissar; Binnenmarktkommissars; Binnenmarktkommissarin; Wettbewerbskommissar; Wettbewerbskommissars; Wettbewerbskommissarin; Gesundheitskommissar; Gesundheitskommissars; Gesundheitskommissarin; Innenkommissar; Innenkommissars; Innenkommissarin; Nachbarschaftskommissar; Nachbarschaftskommissars; Nachbarschaftskommissarin; Krisenkommissar; Krisenkommissars; Krisenkommissarin | org:eu
title | de | Hoher Kommissar; Hohe Kommissar; Hohen Kommissar; Hohe Kommissarin; Hohen Kommissarin | -
# secretaries general, advisers, party and parliament offices
title | de | Generalsekretär; Generalsekretärs; Generalsekretärin; Staatssekretär; Staatssekretärs; Staatssekretärin; Pressesekretär; Pressesekretärs; Pressesekretärin; Berater; Beraters; Beratern; Beraterin; Beraterinnen; Sicherheitsberater; Sicherheitsberaters; Sicherheitsberatern; Sicherheitsberaterin; Sicherheitsberaterinnen; Präsidentenberater; Präsidentenberaters; Präsidentenberatern; Präsidentenberaterin; Präsidentenberaterinnen; Nationaler Sicherheitsberater; Nationale Sicherheitsberaterin; Nationalen Sicherheitsberater; Nationalen Sicherheitsberaters; Vorsitzender; Vorsitzende; Vorsitzenden; Vorsitzendem; Parteivorsitzender; Parteivorsitzende; Parteivorsitzenden; Parteivorsitzendem; Ehrenvorsitzender; Ehrenvorsitzende; Ehrenvorsitzenden; Ehrenvorsitzendem; Abgeordneter; Abgeordnete; Abgeordneten; Abgeordnetem; Parteichef; Parteichefs; Parteichefin; Fraktionschef; Fraktionschefs; Fraktionschefin; Senator; Senators; Senatorin; Gouverneur; Gouverneurs; Gouverneurin; Bürgermeister; Bürgermeisters; Bürgermeistern; Bürgermeisterin; Bürgermeisterinnen; Oberbürgermeister; Oberbürgermeisters; Oberbürgermeistern; Oberbürgermeisterin; Oberbürgermeisterinnen; Direktor; Direktors; Direktorin; Generaldirektor; Generaldirektors; Generaldirektorin; Leiter; Leiters; Leiterin; Kommissionspräsident; Kommissionspräsidenten; Kommissionspräsidentin; Kommissionspräsidentinnen; Ratspräsident; Ratspräsidenten; Ratspräsidentin; Ratspräsidentinnen | -
title | de | UN-Generalsekretär; UN-Generalsekretärs; UN-Generalsekretärin; UNO-Generalsekretär; UNO-Generalsekretärs; UNO-Generalsekretärin | org:un
title | de | Nato-Generalsekretär; Nato-Generalsekretärs; Nato-Generalsekretärin; Nato-Chef; Nato-Chefs; Nato-Chefin | org:nato
# military and security
title | de | General; Generals; Generäle; Generälen; Generalleutnant; Generalleutnants; Generalmajor; Generalmajors; Generaloberst; Brigadegeneral; Brigadegenerals; Armeegeneral; Admiral; Admirals; Vizeadmiral; Konteradmiral; Feldmarschall; Marschall; Oberst; Oberstleutnant; Oberbefehlshaber; Oberbefehlshabers; Oberbefehlshaberin; Befehlshaber; Befehlshabers; Kommandeur; Kommandeurs; Kommandeurin; Kommandant; Kommandanten; Kommandantin; Chef; Chefs; Chefin; Armeechef; Armeechefs; Militärchef; Militärchefs; Generalstabschef; Generalstabschefs; Geheimdienstchef; Geheimdienstchefs; Geheimdienstchefin; Spionagechef; Juntachef; Junta-Chef; Junta-Chefs; Außenamtschef; Außenamtschefin | -
title | de | Gründer; Gründers; Gründerin; Mitgründer; Mitgründers; Mitbegründer; Mitbegründers; Begründer; Begründers; Generalstabschef; Generalstabschefs; Stabschef; Stabschefs | -
# Richter eines obersten Gerichts ("Verfassungsrichter X", "Richter Alexandre de Moraes")
title | de | Bischof; Bischofs; Bischöfe; Weihbischof; Weihbischofs; Erzbischof; Erzbischofs; Kardinal; Kardinals; Imam; Imams; Mufti; Großmufti; Rabbiner; Oberrabbiner | -
title | de | Nuntius; Apostolischer Nuntius; Apostolischen Nuntius; Apostolische Nuntius | state:vat
title | de | Richter; Richters; Richterin; Verfassungsrichter; Verfassungsrichterin; Bundesrichter; Bundesrichterin; Oberster Richter; Obersten Richter | -

# ======================================================================
# 2. titlehead: German compound heads
# A capitalized word ending in one of these is a title ('Vize-Verteidigungsminister',
# 'Nato-Generalsekretär', 'Außenamtssprecherin'); its first part may name the actor.
# Every case and gender ending is listed, since the code compares word endings.
# ======================================================================
titlehead | de | minister; ministers; ministern; ministerin; ministerinnen
titlehead | de | sprecher; sprechers; sprechern; sprecherin; sprecherinnen
titlehead | de | präsident; präsidenten; präsidentin; präsidentinnen
titlehead | de | chef; chefs; chefin; chefinnen
titlehead | de | botschafter; botschafters; botschaftern; botschafterin
titlehead | de | sekretär; sekretärs; sekretärin
titlehead | de | kanzler; kanzlers; kanzlerin
titlehead | de | führer; führers; führerin
titlehead | de | kommandeur; kommandeurs; kommandeurin; kommandant; kommandanten; kommandantin
titlehead | de | berater; beraters; beraterin
titlehead | de | gesandter; gesandte; gesandten; beauftragter; beauftragte; beauftragten
titlehead | de | vorsitzender; vorsitzende; vorsitzenden; abgeordneter; abgeordnete; abgeordneten
titlehead | de | general; generals; admiral; admirals; befehlshaber; befehlshabers; offizier; offiziers
titlehead | de | diplomat; diplomaten; diplomatin; unterhändler; unterhändlerin; ankläger; anklägerin
titlehead | de | premier; premiers; machthaber; machthabers; herrscher; herrschers; oberhaupt; oberhaupts
titlehead | de | gouverneur; gouverneurs; gouverneurin; bürgermeister; bürgermeisters; bürgermeisterin
titlehead | de | senator; senatorin; direktor; direktors; direktorin; leiter; leiters; leiterin
titlehead | de | kommissar; kommissars; kommissarin; vertreter; vertreters; vertreterin
titlehead | de | könig; königin; prinz; prinzessin; emir; monarch; monarchin

# ======================================================================
# 3. cue: words that signal an edge, per type
# CLASS verb: the subject is the source. verb-recv: the subject is the receiver (target).
# noun / adj: the relation is carried by a noun phrase ('Waffenlieferungen Irans an Russland',
# 'die Allianz zwischen Moskau und Pjöngjang') or an adjective ('verbündete Staaten').
# A separable verb has two records: the joined forms (infinitive, participle, zu-infinitive,
# finite forms of a subordinate clause) and the split finite forms, whose last field is
# the particle that must close the clause ('wies ... zurück').
#
# CLASS theme: what is sent or delivered (Truppen, Soldaten, Waffen, Drohnen). A theme decides
# the type of a transfer verb in its clause and draws no edge alone unless a preposition names
# the receiver ('Soldaten nach Russland') or a support cue stands in the clause.
# German cue classes follow capitalization: verb, verb-recv and adj forms are lower case
# (also matched at a sentence start), noun and theme forms capitalized.
#
# How the aid types combine (arms_supply, military_support, support):
# - A verb of military_support (schicken, entsenden, stationieren) with an arms theme in its
# clause draws arms_supply ('schickte Panzer an die Ukraine'); a verb of arms_supply with a
# personnel theme draws military_support. With a support verb (unterstützen, helfen,
# bereitstellen, erhalten) a theme draws its own edge beside the support edge
# ('hilft Russland mit Soldaten' -> support and military_support).
# - A verb of any other type keeps its type: 'feuerte Raketen auf Israel' is conflict; a theme
# after 'gegen' or 'auf' is no receiver.
# - Transfer nouns (Waffenlieferungen, Entsendung, Militärhilfe) are nouns, not themes: they
# name the transfer itself and carry an edge on their own.
# - Generic receiving verbs (erhalten, bekommen) are verb-recv under support only; with a
# theme the receiver gets an arms_supply or military_support edge from the theme
# ('erhält Kampfjets aus Schweden').
# Commerce verbs (verkaufen, exportieren, kaufen) are not cues: they would turn oil and gas
# trade into arms_supply; the arms themes and Rüstungsexport/Waffenverkauf carry arms sales.
# ======================================================================
# --- alliance (symmetric) ---
cue | alliance | de | noun | Allianz; Allianzen; *allianz; *allianzen; Bündnis; Bündnisses; Bündnisse; Bündnissen; *bündnis; *bündnisses; *bündnisse; *bündnissen; Partnerschaft; Partnerschaften; *partnerschaft; *partnerschaften; Partner; Partners; Partnern; Partnerin; Partnerland; Partnerlandes; Partnerländer; Partnerländern; Partnerstaat; Partnerstaaten; Bündnispartner; Bündnispartners; Bündnispartnern; Sicherheitspartner; Verbündeter; Verbündete; Verbündeten; Verbündetem; *verbündeter; *verbündete; *verbündeten; Freundschaft; Freundschaften; Waffenbrüderschaft; enge Beziehung; enge Beziehungen; enge Verbindungen; enge Bande; engen Beziehung; engen Beziehungen; engen Verbindungen; engen Bande; engere Beziehung; engere Beziehungen; engere Verbindungen; engere Bande; engeren Beziehung; engeren Beziehungen; engeren Verbindungen; engeren Bande; engste Beziehung; engste Beziehungen; engste Verbindungen; engste Bande; engsten Beziehung; engsten Beziehungen; engsten Verbindungen; engsten Bande; freundliche Beziehung; freundliche Beziehungen; freundliche Verbindungen; freundliche Bande; freundlichen Beziehung; freundlichen Beziehungen; freundlichen Verbindungen; freundlichen Bande; freundlichere Beziehung; freundlichere Beziehungen; freundlichere Verbindungen; freundlichere Bande; freundlicheren Beziehung; freundlicheren Beziehungen; freundlicheren Verbindungen; freundlicheren Bande; freundschaftliche Beziehung; freundschaftliche Beziehungen; freundschaftliche Verbindungen; freundschaftliche Bande; freundschaftlichen Beziehung; freundschaftlichen Beziehungen; freundschaftlichen Verbindungen; freundschaftlichen Bande; gute Beziehung; gute Beziehungen; gute Verbindungen; gute Bande; guten Beziehung; guten Beziehungen; guten Verbindungen; guten Bande; bessere Beziehung; bessere Beziehungen; bessere Verbindungen; bessere Bande; besseren Beziehung; besseren Beziehungen; besseren Verbindungen; besseren Bande; herzliche Beziehung; herzliche Beziehungen; herzliche Verbindungen; herzliche Bande; herzlichen Beziehung; herzlichen Beziehungen; herzlichen Verbindungen; herzlichen Bande; enges Verhältnis; engen Verhältnis; gutes Verhältnis; guten Verhältnis; engeres Verhältnis; freundschaftliches Verhältnis; Zusammenarbeit; *zusammenarbeit; Kooperation; Kooperationen; *kooperation; Annäherung; Schulterschluss; Schulterschlusses; Vertragsverbündeter; Vertragsverbündete; Vertragsverbündeten; Vertragspartner; Vertragspartners; Vertragspartnern; militärische Zusammenarbeit; militärischen Zusammenarbeit; Militärkooperation; Rüstungskooperation; Sicherheitskooperation; Verteidigungskooperation; strategische Zusammenarbeit; strategischen Zusammenarbeit; Militärbeziehungen; Verteidigungszusammenarbeit
# gemeinsame Militärübungen: ein Bündnis der Staaten, die sie abhalten
cue | alliance | de | noun | gemeinsame Übungen; gemeinsamen Übungen; gemeinsame Übung; gemeinsamen Übung; gemeinsame Militärübungen; gemeinsamen Militärübungen; gemeinsame Militärübung; gemeinsamen Militärübung; gemeinsame Manöver; gemeinsamen Manöver; gemeinsamen Manövern; gemeinsame Marineübungen; gemeinsamen Marineübungen; gemeinsame Seemanöver; gemeinsamen Seemanöver; gemeinsamen Seemanövern; gemeinsame Patrouillen; gemeinsamen Patrouillen
# joining an organization is an alliance with it (membership of NATO, EU, BRICS); with an agreement node as the other side the finder draws party_to instead
cue | alliance | de | noun | Beitritt; Beitritts; Beitrittes; *beitritt; *beitritts; Mitgliedschaft; *mitgliedschaft; Mitglied; Mitglieds; Mitglieder; Mitgliedern; *-Mitglied; *-Mitglieds; *-Mitglieder; Mitgliedsland; Mitgliedslandes; Mitgliedsländer; Mitgliedsländern; Mitgliedstaat; Mitgliedsstaat; Mitgliedstaaten; Mitgliedsstaaten
cue | alliance | de | verb | beitreten; beitritt; beitrat; beitraten; beigetreten; beizutreten
cue | alliance | de | verb | tritt; treten; trat; traten; trete | bei
cue | alliance | de | verb | verbünden; verbündet; verbündete; verbündeten
# relying on a partner for security is an alliance ("stützt sich auf die Türkei", "verlässt sich auf Russland")
cue | alliance | de | verb | stützt; stützen; stützte; stützten | auf
cue | alliance | de | verb | verlässt; verlassen; verließ; verließen | auf
cue | alliance | de | verb | angehören; angehört; anzugehören
# founding an organization makes its founders members ('hat mit Mali und Niger die AES gegründet')
cue | alliance | de | verb | gründen; gründet; gründete; gründeten; gegründet; mitbegründet; mitgegründet; zu gründen
# einen Block bilden: "Mali, Burkina Faso und Niger bilden die Allianz der Sahelstaaten" ("bildet … aus", trains, is another verb)
cue | alliance | de | verb | bildet; bilden; bildete; bildeten
cue | alliance | de | noun | Gründungsmitglied; Gründungsmitglieder; Gründungsmitgliedern; Gründungsmitglieds
cue | alliance | de | verb | gehört; gehören; gehörte; gehörten | an
cue | alliance | de | verb | zusammenschließen; zusammengeschlossen; zusammenzuschließen
cue | alliance | de | verb | schließt; schließen; schloss; schlossen | zusammen
# 'kooperieren' is not a cue: 'mit den Ermittlern kooperieren' is no alliance (the noun Kooperation is)
cue | alliance | de | verb | zusammenarbeiten; zusammenarbeitet; zusammenarbeitete; zusammenarbeiteten; zusammengearbeitet; zusammenzuarbeiten
cue | alliance | de | verb | arbeitet; arbeiten; arbeitete; arbeiteten; arbeite | zusammen
cue | alliance | de | verb | rückt; rücken; rückte; rückten | zusammen
cue | alliance | de | verb | nähert; nähern; näherte; näherten | an
cue | alliance | de | verb | annähern; angenähert; anzunähern
cue | alliance | de | adj | verbündet; verbündete; verbündeten; verbündeter; verbündetes; verbündetem; befreundet; befreundete; befreundeten; befreundeter; befreundetes; befreundetem; alliiert; alliierte; alliierten; alliierter; alliiertes; alliiertem; eng verbündet; eng verbündete; eng verbündeten
# --- party_to (actor -> agreement): the target must be an agreement node ---
cue | party_to | de | verb | unterzeichnen; unterzeichnet; unterzeichnete; unterzeichneten; unterzeichne; unterschreiben; unterschreibt; unterschrieb; unterschrieben; unterschreibe; schließen; schließt; schloss; schlossen; geschlossen; schließe; schlösse; abschließen; abschließt; abschloss; abschlossen; abgeschlossen; abzuschließen; vereinbaren; vereinbart; vereinbarte; vereinbarten; vereinbare; ratifizieren; ratifiziert; ratifizierte; ratifizierten; ratifiziere; besiegeln; besiegelt; besiegelte; besiegelten; aushandeln; aushandelt; aushandelte; aushandelten; ausgehandelt; auszuhandeln; einigt; einigte; einigten; geeinigt; paraphieren; paraphiert; paraphierte; paraphierten
cue | party_to | de | verb | schließt; schließen; schloss; schlossen; schließe | ab
cue | party_to | de | verb | handelt; handeln; handelte; handelten | aus
cue | party_to | de | verb | stimmt; stimmen; stimmte; stimmten | zu
cue | party_to | de | verb | zustimmen; zugestimmt; zuzustimmen
# acting on an agreement as one bound by it: leaving, keeping, carrying out, extending it (not breaking it:
# "warf Eriwan vor, die Waffenruhe verletzt zu haben" is a claim about a violation, not one about being a party)
# (and binding: "verpflichtet", where the agreement is the subject and the party its object: "Der Vertrag verpflichtet beide Länder")
cue | party_to | de | verb | verpflichtet; verpflichtete; verpflichten; beitreten; beitritt; beitrat; beitraten; beigetreten; beizutreten; austreten; ausgetreten; auszutreten; aussteigen; ausgestiegen; auszusteigen; einhalten; eingehalten; einzuhalten; umsetzen; umgesetzt; umzusetzen; kündigen; kündigt; kündigte; kündigten; gekündigt; aufkündigen; aufgekündigt; verlängern; verlängert; verlängerte; verlängerten
cue | party_to | de | verb | tritt; treten; trat; traten | aus
cue | party_to | de | verb | tritt; treten; trat; traten | bei
cue | party_to | de | verb | steigt; steigen; stieg; stiegen | aus
cue | party_to | de | verb | hält; halten; hielt; hielten | ein
cue | party_to | de | verb | setzt; setzen; setzte; setzten | um
cue | party_to | de | verb | kündigt; kündigen; kündigte; kündigten | auf
cue | party_to | de | noun | Unterzeichnung; Unterzeichnungen; Unterschrift; Unterschriften; Unterzeichner; Unterzeichnern; Unterzeichnerstaat; Unterzeichnerstaaten; Vertragsstaat; Vertragsstaaten; Vertragspartei; Vertragsparteien; Ratifizierung; Ratifikation; Abschluss; Abschlusses; Abkommen; Abkommens; *abkommen; *abkommens; Vertrag; Vertrags; Vertrages; Verträge; Verträgen; *vertrag; *vertrags; *vertrages; *verträge; *verträgen; Pakt; Pakts; Paktes; Pakte; *pakt; *pakts; *paktes; Vereinbarung; Vereinbarungen; *vereinbarung; *vereinbarungen; Memorandum; Memorandums; Absichtserklärung; Absichtserklärungen; Übereinkommen; Übereinkunft; Deal; Deals; *-Deal; *-Deals; Waffenstillstand; Waffenstillstands; Waffenruhe
# --- military_support (helper -> helped): troops, soldiers, personnel ---
cue | military_support | de | verb | entsenden; entsendet; entsandte; entsandten; entsendete; entsendeten; entsandt; entsende; senden; sendet; sandte; sandten; gesandt; sende; schicken; schickt; schickte; schickten; geschickt; schicke; stationieren; stationiert; stationierte; stationierten; stationiere; verlegen; verlegt; verlegte; verlegten; verlege; abkommandieren; abkommandiert; abkommandierte; ausbilden; ausbildet; ausbildete; ausbildeten; ausgebildet; auszubilden; kämpfen an der Seite; kämpft an der Seite; kämpfte an der Seite; kämpften an der Seite
cue | military_support | de | verb | bildet; bilden; bildete; bildeten; bilde | aus
# recruiting: the subject is the side that receives the fighters
cue | military_support | de | verb-recv | rekrutieren; rekrutiert; rekrutierte; rekrutierten; rekrutiere; anwerben; anwirbt; anwarb; angeworben; anzuwerben
cue | military_support | de | verb-recv | wirbt; werben; warb; warben | an
cue | military_support | de | noun | Entsendung; Entsendungen; *entsendung; *entsendungen; Stationierung; Stationierungen; *stationierung; Truppenverlegung; Truppenverlegungen; Truppenverlagerung; Ausbildung; Ausbildungsmission; militärische Unterstützung; militärischer Unterstützung; militärische Hilfe; militärischer Hilfe
# personnel themes (see above)
cue | military_support | de | theme | Truppen; *truppen; Truppe; *truppe; Soldaten; *soldaten; Soldat; Soldatinnen; Militärangehörige; Militärangehörigen; Militärpersonal; Kämpfer; Kämpfern; *kämpfer; *kämpfern; Söldner; Söldnern; *söldner; *söldnern; Ausbilder; Ausbildern; *ausbilder; *ausbildern; Militärberater; Militärberatern; Offiziere; Offizieren; Spezialkräfte; Spezialkräften; Spezialeinheiten; Freiwillige; Freiwilligen; Bataillon; Bataillone; Bataillonen; Brigade; Brigaden; Kontingent; Kontingente; Kontingents; Kriegsschiff; Kriegsschiffe; Kriegsschiffen; Marineschiffe; Flugzeugträger; Blauhelme; Blauhelmen; Stützpunkt; Stützpunkte; Stützpunkten; Militärstützpunkt; Militärstützpunkte; Militärstützpunkten; Militärbasis; Militärbasen; Marinestützpunkt; Marinestützpunkte; Luftwaffenstützpunkt; Luftwaffenstützpunkte
# --- arms_supply (supplier -> receiver): weapons, munitions, missiles, drones ---
cue | arms_supply | de | verb | liefern; liefert; lieferte; lieferten; geliefert; liefere; beliefern; beliefert; belieferte; belieferten; beliefere; versorgen; versorgt; versorgte; versorgten; versorge; ausrüsten; ausrüstet; ausrüstete; ausrüsteten; ausgerüstet; auszurüsten; aufrüsten; aufgerüstet; aufzurüsten; bewaffnen; transferieren; transferiert; transferierte; transferierten
cue | arms_supply | de | verb | rüstet; rüsten; rüstete; rüsteten; rüste | aus
cue | arms_supply | de | verb | rüstet; rüsten; rüstete; rüsteten; rüste | auf
# transfer nouns: carry the edge on their own
cue | arms_supply | de | noun | Waffenlieferung; Waffenlieferungen; *waffenlieferung; *waffenlieferungen; Munitionslieferung; Munitionslieferungen; Rüstungslieferung; Rüstungslieferungen; Raketenlieferung; Raketenlieferungen; Drohnenlieferung; Drohnenlieferungen; Panzerlieferung; Panzerlieferungen; Kampfjetlieferungen; Rüstungsexport; Rüstungsexporte; Rüstungsexporten; Rüstungsexports; Waffenexport; Waffenexporte; Waffenexporten; Waffenverkauf; Waffenverkäufe; Waffenverkäufen; Rüstungsverkauf; Rüstungsverkäufe; Militärhilfe; Militärhilfen; Rüstungshilfe; Waffenhilfe; Transfer; Transfers; Waffentransfer; Waffentransfers
# arms themes (see above). Ships and submarines are not here: they are deployed more often than handed over (warships are personnel-side themes of military_support)
# CLASS agent (see en.lex): 'Lieferant' alone is not one (Gas, Öl)
cue | arms_supply | de | agent | Waffenlieferant; Waffenlieferanten; *waffenlieferant; *waffenlieferanten; Rüstungslieferant; Rüstungslieferanten; Waffenexporteur; Waffenexporteure; Rüstungsexporteur; Rüstungsexporteure; Waffenlieferer
# Kauf: der Käufer erhält, der Verkäufer (von, aus, bei) liefert; nur mit Waffen als Thema
cue | arms_supply | de | verb-recv | kaufte; kauften; kauft; kaufen; gekauft; kaufe; erwarb; erwarben; erwirbt; erwerben; erworben; bezieht; bezog; bezogen; beziehen; importiert; importierte; importierten; importieren
cue | arms_supply | de | theme | Waffe; Waffen; *waffen; Munition; *munition; Rakete; Raketen; *rakete; *raketen; Raketensystem; Raketensysteme; *raketensystem; *raketensysteme; *raketensystemen; Marschflugkörper; Marschflugkörpern; Flugkörper; Raketenwerfer; Mehrfachraketenwerfer; Drohne; Drohnen; *drohne; *drohnen; Granaten; *granaten; Geschosse; Artilleriegeschosse; Sprengköpfe; Artillerie; Artilleriesysteme; Haubitze; Haubitzen; Mörser; Panzer; Panzern; *panzer; *panzern; Kampfjet; Kampfjets; *kampfjets; Kampfflugzeug; Kampfflugzeuge; Kampfflugzeugen; *kampfflugzeuge; *kampfflugzeugen; Flugabwehr; Flugabwehrsysteme; Luftabwehr; Luftabwehrsysteme; *abwehrsystem; *abwehrsysteme; Luftverteidigungssysteme; Rüstungsgüter; Rüstungsgütern; Kriegsgerät; Militärgerät; Militärausrüstung; Gewehre; Sturmgewehre; HIMARS; ATACMS; Taurus; Patriot; Patriot-Systeme; Leopard; F-16; Iskander; Shahed; Bayraktar; Javelin; Stinger; Storm Shadow; Tomahawk; Patrouillenboote; Patrouillenbooten; Patrouillenboot; Patrouillenschiffe; Patrouillenschiff; Kampfhubschrauber; Militärhubschrauber
# --- support (supporter -> supported): political, financial, moral backing, aid ---
cue | support | de | verb | unterstützen; unterstützt; unterstützte; unterstützten; unterstütze; helfen; hilft; half; halfen; geholfen; helfe; beistehen; beisteht; beistand; beistanden; beigestanden; beizustehen; zusichern; zusichert; zusicherte; zusicherten; zugesichert; zuzusichern; zusagen; zusagt; zusagte; zusagten; zugesagt; zuzusagen; versprechen; verspricht; versprach; versprachen; versprochen; verspreche; spenden; spendet; spendete; spendeten; gespendet; finanzieren; finanziert; finanzierte; finanzierten; finanziere; bereitstellen; bereitstellt; bereitstellte; bereitgestellt; bereitzustellen; zur Verfügung stellen; zur Verfügung gestellt; zur Verfügung zu stellen; gewähren; gewährt; gewährte; gewährten; gewähre; überlassen; überlässt; überließ; überließen; loben; lobt; lobte; lobten; gelobt; gratulieren; gratuliert; gratulierte; gratulierten; solidarisieren; solidarisiert; solidarisierte; solidarisierten; steht hinter; stehen hinter; stand hinter; standen hinter; steht fest hinter; stehen fest hinter; stellt sich hinter; stellen sich hinter; stellte sich hinter; stellten sich hinter; steht an der Seite; stehen an der Seite; stand an der Seite; standen an der Seite; steht fest an der Seite; stehen fest an der Seite; verteidigt; verteidigte; verteidigten; in Schutz genommen; nahm in Schutz; nahmen in Schutz; bewilligen; bewilligt; bewilligte; bewilligten; anerkennen; anerkannt; anzuerkennen
cue | support | de | verb | steht; stehen; stand; standen; stehe | bei
cue | support | de | verb | steht; stehen; stand; standen; stehe; stünde; stünden; gestanden | Seite
# sich hinter etwas stellen: backing it ("stellte sich hinter den marokkanischen Autonomieplan")
cue | support | de | verb | stellte; stellt; stellen; stellten; gestellt | hinter
cue | support | de | verb | stellt; stellen; stellte; stellten; gestellt; stelle; schlägt; schlagen; schlug; schlugen; geschlagen | Seite
cue | support | de | verb | erkennt; erkennen; erkannte; erkannten | an
cue | support | de | verb | sichert; sichern; sicherte; sicherten; sichere | zu
cue | support | de | verb | sagt; sagen; sagte; sagten; sage | zu
cue | support | de | verb | stellt; stellen; stellte; stellten; stelle | bereit
cue | support | de | verb | stellt; stellen; stellte; stellten; stelle | Verfügung
# generic receiving verbs: the subject receives; an arms or personnel noun upgrades the type
cue | support | de | verb-recv | erhalten; erhält; erhielt; erhielten; erhalte; bekommen; bekommt; bekam; bekamen; bekomme
cue | support | de | noun | Unterstützung; *unterstützung; Anerkennung; Hilfe; Hilfen; Finanzhilfe; Finanzhilfen; Wirtschaftshilfe; Wirtschaftshilfen; Entwicklungshilfe; Entwicklungshilfen; Budgethilfe; Nothilfe; Soforthilfe; Wiederaufbauhilfe; Hilfspaket; Hilfspakete; Hilfspakets; Hilfsgelder; Hilfsgeldern; Hilfslieferung; Hilfslieferungen; Solidarität; Rückendeckung; Rückhalt; Beistand; Beistands; Zuspruch; Beifall; Lob; Finanzierung; Kredit; Kredite; Krediten; Darlehen; Zusage; Zusagen
# Selbstverteidigung: ein zugesprochenes Recht auf Selbstverteidigung ist Unterstützung des Sprechers für den, der es hat
cue | support | de | noun | Recht auf Selbstverteidigung; Selbstverteidigungsrecht; Recht zur Selbstverteidigung
# CLASS agent: a noun naming the source by its role; its possessor or genitive is the target ("Syriens Schutzmacht", "Unterstützer Kiews")
cue | support | de | agent | Unterstützer; Unterstützern; Unterstützerin; Hauptunterstützer; Schutzmacht; Schutzmächte; Schutzpatron; Geldgeber; Geldgebern; Hauptgeldgeber; Förderer; Gönner; Sponsor; Sponsoren; Fürsprecher; Kreditgeber; Kreditgebern; Kreditgebers; Hauptkreditgeber; Geberland; Geberländer
cue | support | de | adj | solidarisch; solidarische; solidarischen; *-treu; *-treue; *-treuen; *-treuer; *-treues
# --- conflict (attacker -> attacked; undirected fighting: both sides) ---
cue | conflict | de | verb | erobern; erobert; eroberte; eroberten; zurückerobert; zurückeroberte; stürmen; stürmte; stürmten; gestürmt; angreifen; angreift; angriff; angriffen; angegriffen; anzugreifen; einmarschieren; einmarschiert; einmarschierte; einmarschierten; einzumarschieren; überfallen; überfällt; überfiel; überfielen; bombardieren; bombardiert; bombardierte; bombardierten; bombardiere; beschießen; beschießt; beschoss; beschossen; beschieße; bekämpfen; bekämpft; bekämpfte; bekämpften; kämpfen; kämpft; kämpfte; kämpften; gekämpft; kämpfe; besetzen; besetzt; besetzte; besetzten; besetze; annektieren; annektiert; annektierte; annektierten; abschießen; abgeschossen; abzuschießen; abfeuern; abgefeuert; feuert; feuerte; feuerten; töten; tötet; tötete; töteten; getötet; töte; ermorden; ermordet; ermordete; ermordeten; zerstören; zerstört; zerstörte; zerstörten; zerstöre; vorgehen; vorgeht; vorging; vorgingen; vorgegangen; vorzugehen; rammen; rammt; rammte; rammten; gerammt
cue | conflict | de | verb | greift; greifen; griff; griffen; greife | an
cue | conflict | de | verb | führt; führen; führte; führten | Krieg
cue | conflict | de | verb | marschiert; marschieren; marschierte; marschierten | ein
cue | conflict | de | verb | schießt; schießen; schoss; schossen | ab
cue | conflict | de | verb | feuert; feuern; feuerte; feuerten | ab
cue | conflict | de | verb | geht; gehen; ging; gingen | vor
cue | conflict | de | noun | hybrider Krieg; hybriden Krieg; hybride Kriegsführung; hybriden Kriegsführung; hybrider Angriff; hybriden Angriff; hybride Angriffe; hybriden Angriffen; Krieg; Kriege; Krieges; Kriegs; Kriegen; *-krieg; *-kriege; *-krieges; *-kriegs; *-kriegen; Angriffskrieg; Angriffskriegs; Angriffskrieges; Angriffskriege; Angriffskriegen; Bürgerkrieg; Bürgerkriegs; Bürgerkrieges; Bürgerkriege; Bürgerkriegen; Stellvertreterkrieg; Stellvertreterkriegs; Stellvertreterkrieges; Stellvertreterkriege; Stellvertreterkriegen; Grenzkrieg; Grenzkriegs; Grenzkrieges; Grenzkriege; Grenzkriegen; Vernichtungskrieg; Vernichtungskriegs; Vernichtungskrieges; Vernichtungskriege; Vernichtungskriegen; Eroberungskrieg; Eroberungskriegs; Eroberungskrieges; Eroberungskriege; Eroberungskriegen; Atomkrieg; Atomkriegs; Atomkrieges; Atomkriege; Atomkriegen; Luftkrieg; Luftkriegs; Luftkrieges; Luftkriege; Luftkriegen; Drohnenkrieg; Drohnenkriegs; Drohnenkrieges; Drohnenkriege; Drohnenkriegen; Landkrieg; Landkriegs; Landkrieges; Landkriege; Landkriegen; Seekrieg; Seekriegs; Seekrieges; Seekriege; Seekriegen; Abnutzungskrieg; Abnutzungskriegs; Abnutzungskrieges; Abnutzungskriege; Abnutzungskriegen; Weltkrieg; Weltkriegs; Weltkrieges; Weltkriege; Weltkriegen; Nahostkrieg; Nahostkriegs; Nahostkrieges; Nahostkriege; Nahostkriegen; Gazakrieg; Gazakriegs; Gazakrieges; Gazakriege; Gazakriegen; Ukrainekrieg; Ukrainekriegs; Ukrainekrieges; Ukrainekriege; Ukrainekriegen; Kaukasuskrieg; Kaukasuskriegs; Kaukasuskrieges; Kaukasuskriege; Kaukasuskriegen; Golfkrieg; Golfkriegs; Golfkrieges; Golfkriege; Golfkriegen; Irakkrieg; Irakkriegs; Irakkrieges; Irakkriege; Irakkriegen; Afghanistankrieg; Afghanistankriegs; Afghanistankrieges; Afghanistankriege; Afghanistankriegen; Syrienkrieg; Syrienkriegs; Syrienkrieges; Syrienkriege; Syrienkriegen; Jemenkrieg; Jemenkriegs; Jemenkrieges; Jemenkriege; Jemenkriegen; Guerillakrieg; Guerillakriegs; Guerillakrieges; Guerillakriege; Guerillakriegen; Partisanenkrieg; Partisanenkriegs; Partisanenkrieges; Partisanenkriege; Partisanenkriegen; Präventivkrieg; Präventivkriegs; Präventivkrieges; Präventivkriege; Präventivkriegen; Angriff; Angriffe; Angriffs; Angriffes; Angriffen; *angriff; *angriffe; *angriffs; *angriffen; Angreifer; Angreifern; Invasion; Invasionen; Einmarsch; Einmarsches; Einmarschs; Überfall; Überfalls; Überfälle; Überfällen; Offensive; Offensiven; Gegenoffensive; Gegenoffensiven; Militäroffensive; Großoffensive; Bodenoffensive; Frühjahrsoffensive; Sommeroffensive; Winteroffensive; Luftschlag; Luftschläge; Luftschlägen; Militärschlag; Militärschläge; Vergeltungsschlag; Vergeltungsschläge; Präventivschlag; Gegenschlag; Bombardierung; Bombardierungen; Bombardement; Beschuss; Beschusses; *beschuss; *beschusses; Kampf; Kampfes; Kämpfe; Kämpfen; Kampfhandlungen; Gefecht; Gefechte; Gefechten; Gefechts; Feindseligkeiten; Kriegshandlungen; Bekämpfung; Konflikt; Konflikts; Konfliktes; Konflikte; Konflikten; *-konflikt; *-konflikts; *-konflikte; Grenzkonflikt; Grenzkonflikts; Nahostkonflikt; Nahostkonflikts; Territorialkonflikt; Aggression; Aggressionen; Aggressor; Aggressoren; Annexion; Belagerung; Anschlag; Anschläge; Anschlägen; Anschlags; Attentat; Attentate; Tötung; Ermordung; Militäroperation; Militäroperationen; Spezialoperation; Kampfeinsatz; Schusswechsel; Schusswechseln; Feuergefecht; Feuergefechte; Feuergefechten
# --- denial (denier -> claimant) ---
cue | denial | de | verb | zurückweisen; zurückweist; zurückwies; zurückwiesen; zurückgewiesen; zurückzuweisen; zurückweise; bestreiten; bestreitet; bestritt; bestritten; bestreite; dementieren; dementiert; dementierte; dementierten; dementiere; leugnen; leugnet; leugnete; leugneten; geleugnet; leugne; abstreiten; abstreitet; abstritt; abstritten; abgestritten; abzustreiten; ablehnen; ablehnt; ablehnte; ablehnten; abgelehnt; abzulehnen; verneinen; verneint; verneinte; verneinten
cue | denial | de | verb | weist; weisen; wies; wiesen; weise | zurück
cue | denial | de | verb | streitet; streiten; stritt; stritten | ab
cue | denial | de | verb | lehnt; lehnen; lehnte; lehnten; lehne | ab
# saying the other side has no evidence denies its claim ("Indien habe keinerlei Beweise vorgelegt")
cue | denial | de | noun | keine Beweise; keinerlei Beweise; keinen Beweis; keine Belege; keinerlei Belege; keinen Beleg; Dementi; Dementis; Zurückweisung; Ablehnung; Täuschung; Täuschungen; Lüge; Lügen; Falschmeldung; Falschmeldungen; Falschinformation; Falschinformationen; Desinformation; Propaganda; Fake News; Erfindung; Erfindungen; Unsinn; Verleumdung; Verleumdungen
cue | denial | de | adj | haltlos; haltlose; haltlosen; haltloser; haltloses; haltlosem; unbegründet; unbegründete; unbegründeten; unbegründeter; unbegründetes; unbegründetem; absurd; absurde; absurden; absurder; absurdes; absurdem; unwahr; unwahre; unwahren; unwahrer; unwahres; unwahrem; erfunden; frei erfunden; erlogen; aus der Luft gegriffen
# --- accusation (accuser -> accused) ---
cue | accusation | de | verb | protestieren; protestiert; protestierte; protestierten; beschuldigen; beschuldigt; beschuldigte; beschuldigten; beschuldige; bezichtigen; bezichtigt; bezichtigte; bezichtigten; vorwerfen; vorwirft; vorwarf; vorwarfen; vorgeworfen; vorzuwerfen; vorwerfe; anklagen; anklagt; anklagte; anklagten; angeklagt; anzuklagen; verurteilen; verurteilt; verurteilte; verurteilten; verurteile; kritisieren; kritisiert; kritisierte; kritisierten; kritisiere; anprangern; anprangert; anprangerte; anprangerten; angeprangert; anzuprangern; verdächtigen; verdächtigt; verdächtigte; verdächtigten; rügen; rügt; rügte; rügten; gerügt; tadeln; tadelt; tadelte; getadelt; geißeln; geißelt; geißelte; verantwortlich machen; verantwortlich macht; verantwortlich machte; verantwortlich machten; verantwortlich gemacht; verantwortlich zu machen; verklagen; verklagt; verklagte; verklagten; verklage; einbestellen; einbestellt; einbestellte; einbestellten; einzubestellen
cue | accusation | de | verb | wirft; werfen; warf; warfen; werfe | vor
cue | accusation | de | verb | klagt; klagen; klagte; klagten | an
# den Botschafter einbestellen: eine diplomatische Rüge an dessen Staat
cue | accusation | de | verb | bestellt; bestellen; bestellte; bestellten | ein
cue | accusation | de | verb | prangert; prangern; prangerte; prangerten | an
# recalling an envoy from a state ('rief seinen Botschafter aus Algier zurück') is a diplomatic protest against it:
# 'aus' at the phrase's end marks the state; the particle or participle closes the clause (the phrase starts at the
# envoy, not at its article: a phrase that starts with 'den' or 'die' would make every sentence ask the phrase index)
cue | accusation | de | verb | Botschafter aus; Botschafterin aus; Gesandten aus; Gesandte aus; Geschäftsträger aus; Geschäftsträgerin aus | zurück
cue | accusation | de | verb | Botschafter aus; Botschafterin aus; Gesandten aus; Gesandte aus; Geschäftsträger aus; Geschäftsträgerin aus | zurückgerufen
cue | accusation | de | verb | Botschafter aus; Botschafterin aus; Gesandten aus; Gesandte aus; Geschäftsträger aus; Geschäftsträgerin aus | zurückzurufen
cue | accusation | de | verb | Botschafter aus; Botschafterin aus; Gesandten aus; Gesandte aus; Geschäftsträger aus; Geschäftsträgerin aus | abberufen
cue | accusation | de | verb | Botschafter aus; Botschafterin aus; Gesandten aus; Gesandte aus; Geschäftsträger aus; Geschäftsträgerin aus | abgezogen
cue | accusation | de | verb | Botschafter aus; Botschafterin aus; Gesandten aus; Gesandte aus; Geschäftsträger aus; Geschäftsträgerin aus | ab
# 'machte X für Y verantwortlich': the word that closes the clause is 'verantwortlich'
cue | accusation | de | verb | macht; machen; machte; machten; mache | verantwortlich
cue | accusation | de | noun | Vorwurf; Vorwürfe; Vorwürfen; Vorwurfs; Anschuldigung; Anschuldigungen; Beschuldigung; Beschuldigungen; Kritik; Verurteilung; Anklage; Anklagen; Schuldzuweisung; Schuldzuweisungen; Provokation; Provokationen; Schuld; Klage; Klagen; Völkermordklage; Völkermordklagen; *klage; Protestnote; Protestnoten; Protestschreiben; Protestbrief; Protestbriefe
# CLASS qualify (see en.lex): accusing only after a qualifying verb ("nannte die Rhetorik Russlands gefährlich")
cue | accusation | de | qualify | gefährlich; gefährliche; gefährlichen; aggressiv; aggressive; aggressiven; feindselig; feindselige; feindseligen; rechtswidrig; rechtswidrige; rechtswidrigen; illegal; illegale; illegalen; kriminell; kriminelle; kriminellen; inakzeptabel; inakzeptable; inakzeptablen; unannehmbar; unannehmbare; unannehmbaren; empörend; Verletzung; Verletzungen; Verstoß; Verstöße; Bruch; Aggression; Aggressionen; Einmischung; Einmischungen; Verbrechen; Kriegsverbrechen; Terrorismus; Staatsterrorismus; Angriff; Erpressung; Drohung; unverantwortlich; unverantwortliche; unverantwortlichen; rücksichtslos; rücksichtslose; rücksichtslosen; provokativ; provokative; provokativen; Tyrann; Diktator; Aggressor; korrupt; korrupte; korrupten; korrupter; Lügner; Faschist; Faschisten; faschistisch; faschistische; faschistischen; Terrorist; Terroristen; Terrorstaat; Schurkenstaat; Völkermord; Apartheid; Verräter
cue | accusation | de | adj | unverantwortlich; unverantwortliche; unverantwortlichen; unverantwortlicher; unverantwortliches; unverantwortlichem; völkerrechtswidrig; völkerrechtswidrige; völkerrechtswidrigen; völkerrechtswidriger; völkerrechtswidriges; völkerrechtswidrigem; provokativ; provokative; provokativen; provokativer; provokatives; provokativem; verantwortlich; schuld
# --- request (asker -> asked) ---
cue | request | de | verb | auffordern; auffordert; aufforderte; aufforderten; aufgefordert; aufzufordern; fordern; fordert; forderte; forderten; gefordert; fordere; appellieren; appelliert; appellierte; appellierten; bitten; bittet; bat; baten; gebeten; drängen; drängt; drängte; drängten; gedrängt; aufrufen; aufruft; aufrief; aufriefen; aufgerufen; aufzurufen; verlangen; verlangt; verlangte; verlangten; ersuchen; ersucht; ersuchte; ersuchten; mahnen; mahnt; mahnte; mahnten; gemahnt; ermahnen; ermahnt; ermahnte; ermahnten; anordnen; anordnet; anordnete; angeordnet; einfordern; eingefordert; beantragen; beantragt; beantragte; beantragten
cue | request | de | verb | fordert; fordern; forderte; forderten; fordere | auf
cue | request | de | verb | ruft; rufen; rief; riefen | auf
# einen Streit vor ein Gericht oder ein Gremium bringen: es anrufen ("will den Fall vor die OAS bringen", "brachte den Streit vor den IGH")
cue | request | de | verb | Fall vor; Streit vor; Streitfall vor; Grenzstreit vor; Konflikt vor
cue | request | de | verb | ordnet; ordnen; ordnete; ordneten | an
cue | request | de | verb | fordert; fordern; forderte; forderten | ein
cue | request | de | noun | Aufforderung; Aufforderungen; Forderung; Forderungen; Appell; Appelle; Appells; Aufruf; Aufrufe; Aufrufs; Bitte; Bitten; Ersuchen; Gesuch; Verlangen; Drängen
# --- visit (visitor -> host): target from nach / in / zu or the object ---
cue | visit | de | verb | besuchen; besucht; besuchte; besuchten; besuche; reisen; reist; reiste; reisten; gereist; reise; eintreffen; eintrifft; eintraf; eintrafen; eingetroffen; weilen; weilt; weilte; weilten; flog nach; flogen nach; fliegt nach; fliegen nach
cue | visit | de | verb | trifft; treffen; traf; trafen | ein
# hosting: the subject is the host (receiver), the object the visitor
# CLASS meet: a meeting in a place of a state is a visit to it for everyone there who is not of that state ("traf Xi in Peking")
cue | visit | de | meet | traf; trafen; trifft; treffen; getroffen; Gespräche führte; Gespräche führten
# "wird im Herbst in Teheran erwartet": expected in a place (a meeting-like cue: only with a place of a state)
cue | visit | de | meet | erwartet
cue | visit | de | meet | kam; kamen; kommt; kommen | zusammen
cue | visit | de | meet | führte; führten; führt; führen | Gespräche
cue | visit | de | verb-recv | empfangen; empfängt; empfing; empfingen; empfange
cue | visit | de | noun | Besuch; Besuchs; Besuches; Besuche; Besuchen; *besuch; *besuchs; *besuches; Visite; Stippvisite; Reise; Auslandsreise; Auslandsreisen; Asienreise; Europareise; Nahostreise; Afrikareise; Dienstreise; Staatsreise; Antrittsreise; Besuchsreise
# --- represents: drawn from titles (sections 1 and 2); no cue records ---
# --- sanction (sanctioner -> sanctioned) ---
cue | sanction | de | verb | sanktionieren; sanktioniert; sanktionierte; sanktionierten; sanktioniere; verhängen; verhängt; verhängte; verhängten; verhänge; boykottieren; boykottiert; boykottierte; boykottierten; ausweisen; ausgewiesen; auszuweisen
cue | sanction | de | verb | weist; weisen; wies; wiesen; weise | aus
cue | sanction | de | verb | des Landes verwiesen; des Landes verweisen; des Landes zu verweisen
cue | sanction | de | verb | verweist; verweisen; verwies; verwiesen | Landes
cue | sanction | de | verb | erklärt; erklären; erklärte; erklärten; erkläre | unerwünschten
cue | sanction | de | verb | erklärt; erklären; erklärte; erklärten; erkläre | unerwünschte
# einstufen, erklären oder listen als Terrororganisation ist eine Sanktion ("stuften die Gruppe als Terrororganisation ein",
# "wurde zur Terrororganisation erklärt"): das Verb mit dem Wort später in seinem Satzteil
cue | sanction | de | verb | stuft; stufen; stufte; stuften; eingestuft; einstufen; einzustufen; erklärt; erklären; erklärte; erklärten; listet; listeten; listete; gelistet | terrororganisation
cue | sanction | de | verb | stuft; stufen; stufte; stuften; eingestuft; einstufen; einzustufen; erklärt; erklären; erklärte; erklärten; listet; listeten; listete; gelistet | terrorgruppe
cue | sanction | de | verb | stuft; stufen; stufte; stuften; eingestuft; einstufen; einzustufen; erklärt; erklären; erklärte; erklärten; listet; listeten; listete; gelistet | terrormiliz
cue | sanction | de | verb | stuft; stufen; stufte; stuften; eingestuft; einstufen; einzustufen; listet; listeten; listete; gelistet | terroristische
cue | sanction | de | verb | stuft; stufen; stufte; stuften; eingestuft; einstufen; einzustufen; listet; listeten; listete; gelistet | terroristischen
cue | sanction | de | verb | zu unerwünschten Personen erklärt; zur unerwünschten Person erklärt; zu unerwünschten Personen erklären; zur unerwünschten Person erklären; zu unerwünschten Personen erklärte; zur unerwünschten Person erklärte; zu unerwünschten Personen erklärten; zur unerwünschten Person erklärten
cue | sanction | de | verb | friert; frieren; fror; froren | ein
cue | sanction | de | verb | einfrieren; eingefroren; einzufrieren; einfror; einfroren
# revoking someone's visa, licence or accreditation ('entzog ihm das Visum')
cue | sanction | de | verb | entziehen; entzieht; entzog; entzogen; entzogen; entziehe; zu entziehen
cue | sanction | de | noun | Ausweisung; Ausweisungen
# CLASS reverse: stopping or cutting aid is a sanction (CAMEO 162): with an aid noun in its clause the aid draws a sanction; alone nothing
cue | sanction | de | reverse | aussetzen; ausgesetzt; auszusetzen; einfrieren; eingefroren; einzufrieren; streichen; gestrichen; strich; strichen; kürzen; gekürzt; kürzte; kürzten; einstellen; eingestellt; einzustellen; stoppen; gestoppt; stoppte; stoppten; stoppt; beenden; beendet; beendete; beendeten; zurückfahren; zurückgefahren; Aussetzung; Aussetzen; Stopp; Einfrieren; Kürzung; Kürzungen
cue | sanction | de | reverse | setzt; setzen; setzte; setzten | aus
cue | sanction | de | reverse | friert; frieren; fror; froren | ein
cue | sanction | de | reverse | stellt; stellen; stellte; stellten | ein
cue | sanction | de | reverse | fährt; fahren; fuhr; fuhren | zurück
cue | sanction | de | reverse | kündigen; kündigt; kündigte; kündigten; gekündigt; aufkündigen; aufgekündigt; aufzukündigen; aussteigen; ausgestiegen; auszusteigen; Kündigung; Ausstieg; Ausstiegs
cue | sanction | de | reverse | kündigt; kündigen; kündigte; kündigten | auf
cue | sanction | de | reverse | steigt; steigen; stieg; stiegen | aus
# link (see en.lex): Verbindungen, die ein Verb schließt ("schloss die Grenze zu Belarus"); diplomatische Beziehungen nicht
# verbs of thanks: an aid noun after them ('dankte Washington für die Unterstützung') is the thanked one's aid to the subject
thank | de | danken; dankt; dankte; dankten; gedankt; bedanken; bedankt; bedankte; bedankten
link | de | noun | Grenze; Grenzen; Landgrenze; Grenzübergang; Grenzübergänge; Übergänge; Luftraum; Handel; Einfuhr; Einfuhren; Importe; Ausfuhren; Exporte; Flugverkehr; Flüge; Güterverkehr
link | de | verb | schließen; schließt; schloss; schlossen; geschlossen; zu schließen; abriegeln; abgeriegelt; abbrechen; abgebrochen; abzubrechen; dichtgemacht
link | de | verb | brach; brachen; bricht; brechen | ab
link | de | verb | riegelt; riegelte; riegelten | ab
cue | sanction | de | noun | Schwarze Liste; schwarze Liste; schwarzen Liste; Sanktionsliste; Sanktionslisten; Terrorliste; Terrorlisten
cue | sanction | de | noun | Sanktion; Sanktionen; *sanktion; *sanktionen; Sanktions*; Strafmaßnahme; Strafmaßnahmen; Strafzölle; Strafzöllen; Embargo; Embargos; *embargo; *embargos; Einreiseverbot; Einreiseverbote; Einreiseverboten; Einreisesperre; Einreisesperren; Reiseverbot; Exportverbot; Exportverbote; Importverbot; Importverbote; Ausfuhrverbot; Einfuhrverbot; Handelsverbot; Boykott; Boykotte; Vermögenssperre
# --- threat (threatener -> threatened) ---
cue | threat | de | verb | drohen; droht; drohte; drohten; gedroht; drohe; androhen; androht; androhte; angedroht; anzudrohen; bedrohen; bedroht; bedrohte; bedrohten; bedrohe; warnen; warnt; warnte; warnten; gewarnt; warne; einschüchtern; eingeschüchtert; einzuschüchtern; erpressen; erpresst; erpresste; erpressten
cue | threat | de | verb | droht; drohen; drohte; drohten | an
cue | threat | de | verb | schüchtert; schüchtern; schüchterte; schüchterten | ein
cue | threat | de | noun | vernichtende Antwort; vernichtenden Antwort; harte Antwort; harten Antwort; entschiedene Antwort; entschiedenen Antwort; entschlossene Antwort; entschlossenen Antwort; Drohung; Drohungen; Androhung; Bedrohung; Bedrohungen; Warnung; Warnungen; Ultimatum; Ultimaten; Gegenmaßnahmen; Vergeltung; Vergeltungsmaßnahmen; entschlossene Maßnahmen; entschlossenen Maßnahmen; entsprechende Maßnahmen; entsprechenden Maßnahmen; notwendigen Maßnahmen; notwendige Maßnahmen; geeignete Maßnahmen; geeigneten Maßnahmen; harte Konsequenzen; ernste Konsequenzen; ernsten Konsequenzen; schwerwiegende Konsequenzen; Rache; Racheakt; Racheakte; Einschüchterung; Erpressung; Drohgebärde; Drohgebärden; Säbelrasseln; Drohkulisse

# ======================================================================
# 4. prep: prepositions that mark a role
# 'in' is no target but a location (see below). 'von' is agent (passive 'von X entsandt');
# the source of a transfer is 'aus'. 'in' is a location (grammar.lex): directional 'in' +
# accusative ('in die Ukraine') cannot be told from it by a word list.
# ======================================================================
prep | de | target | an; ans; gegen; auf; für; nach; zu; zur; zum; gegenüber; in Richtung
prep | de | agent | von; vom; durch; seitens; vonseiten; von Seiten
prep | de | pair | zwischen
prep | de | with | mit; gemeinsam mit; zusammen mit
prep | de | source | aus
# location and other prepositions (in, im, bei / seit, wegen ...) are in grammar.lex

# ======================================================================
# 5. report: reporting frames
# verb: the clause's subject (or the actor after the verb: 'sagte Zelensky') is who asserts.
# Finite forms of separable reporting verbs are listed bare ('teilte', 'fügte'): the code
# checks the clause for a report verb. 'gab' (gab ... an) is not listed: 'es gab' is too common.
# marker: 'so X', 'laut X', 'X zufolge', 'nach Angaben X'. The reported-hedges angeblich,
# mutmaßlich, vermeintlich, soll, sollen are markers too: they make an edge 'reported'
# (someone claims it) rather than 'possible'; German 'soll/sollen' in news means 'reportedly'.
# claim: nouns that point back to the last claim and its source ('wies die Behauptungen zurück').
# ======================================================================
report | de | verb | sagte; sagten; sagt; sagen; gesagt; sage; erklärte; erklärten; erklärt; erklären; erkläre; betonte; betonten; betont; betonen; betone; teilte; teilten; teilt; mitteilte; mitteilten; mitgeteilt; mitteilen; berichtete; berichteten; berichtet; berichten; meldete; meldeten; meldet; melden; gemeldet; angegeben; angab; behauptete; behaupteten; behauptet; behaupten; behaupte; fügte; fügten; fügt; hinzugefügt; wiederholte; wiederholten; schrieb; schrieben; schreibt; twitterte; twitterten; postete; posteten; bestätigte; bestätigten; bestätigt; räumte; räumten; eingeräumt; einräumte; sprach; sprachen; spricht; nannte; nannten; nennt; bezeichnete; bezeichneten; bezeichnet; kündigte; kündigten; angekündigt; ankündigte; hieß; äußerte; äußerten; geäußert; unterstrich; unterstrichen; bekräftigte; bekräftigten; bekräftigt; versicherte; versicherten; beteuerte; beteuerten; argumentierte; argumentierten; antwortete; antworteten; entgegnete; entgegneten; erwiderte; erwiderten; ergänzte; ergänzten; verkündete; verkündeten; verkündet; glaubt; glauben; glaubte; glaubten; vermutet; vermuten; vermutete; vermuteten
report | de | marker | so; laut; zufolge; nach Angaben; nach einem Bericht; nach einem Bericht von; nach einem Bericht der; nach einem Bericht des; nach Berichten; nach Erkenntnissen; nach Angaben von; nach Angaben des; nach Angaben der; nach eigenen Angaben; nach Ansicht; nach Einschätzung; nach Auffassung; nach Darstellung; nach Informationen; nach Aussage; nach Aussagen; unter Berufung auf
report | de | rumour | angeblich; angebliche; angeblichen; angeblicher; mutmaßlich; mutmaßliche; mutmaßlichen; mutmaßlicher; vermeintlich; vermeintliche; vermeintlichen; soll; sollen
report | de | claim | Erkenntnisse; Befunde; Feststellungen; Behauptung; Behauptungen; Vorwurf; Vorwürfe; Vorwürfen; Anschuldigung; Anschuldigungen; Unterstellung; Unterstellungen; Beschuldigung; Beschuldigungen; Bericht; Berichte; Berichts; Angaben; Aussage; Aussagen; Äußerung; Äußerungen; Darstellung; Darstellungen; Version; Spekulation; Spekulationen; Gerüchte; Gerüchten; Vermutung; Vermutungen; Kritik

# ======================================================================
# 6. negation
# 'ohne' is not listed: 'griff ohne Vorwarnung an' is no negated attack.
# 'nicht nur ... sondern' and 'nicht mehr nur' do not negate: the finder must skip 'nicht'
# when 'nur' or 'mehr nur' follows (a record cannot express that).
# ======================================================================
negation | de | nicht; kein; keine; keinen; keiner; keinem; keines; keinerlei; nie; niemals; nirgends; weder; niemand; niemanden; niemandem; nichts

# ======================================================================
# 7. hedge: words that make an edge 'possible'
# Modal, conditional, question, fear, plan and intention words. They mean 'possible'
# (not stated as fact). Words that mean 'someone claims it' (angeblich, mutmaßlich, soll,
# sollen) are report markers (section 5) and mean 'reported'.
# 'hätte/wäre' are not listed: in news they are mostly reported speech ('da beide einen
# Vertrag geschlossen hätten'). 'wenn' is listed for its conditional use; temporal 'wenn'
# is rare in news (past events take 'als').
# ======================================================================
hedge | de | könnte; könnten; könne; würde; würden; möglicherweise; vielleicht; wahrscheinlich; vermutlich; eventuell; womöglich; gegebenenfalls; möglich; mögliche; möglichen; möglicher; Möglichkeit; potenziell; potenzielle; potenziellen; potentiell; potentielle; potentiellen; sollte; sollten; falls; wenn; sofern; im Falle; ob; inwieweit; Plan; Pläne; Plänen; plant; planen; plante; planten; geplant; geplante; geplanten; erwägt; erwägen; erwog; erwogen; prüft; prüfen; prüfte; befürchtet; befürchten; befürchtete; befürchteten; Befürchtung; Befürchtungen; fürchtet; fürchten; fürchtete; Sorge; Sorgen; Angst; Ängste; Gefahr; Risiko; will; wollen; wollte; wollten; beabsichtigt; Absicht; bereit; erwartet; erwarten; offenbar; anscheinend; scheinbar; fragen sich; fragt sich; Vorschlag; vorgeschlagen
# intent: das Subjekt kündigt eigenes Handeln an; auch Hedge, ein angekündigter Angriff droht
# ('Die Huthi kündigten an, weiter Schiffe anzugreifen').
intent | de | kündigte an; kündigten an; kündigt an; kündigen an; angekündigt; schwor; schworen; geschworen; schwört; schwören
# summon: Rügen durch Einbestellen eines Gesandten; sie gelten dessen Staat, auch wenn er namentlich genannt ist.
summon | de | einbestellen; einbestellt; einbestellte; einbestellten; einzubestellen; bestellt; bestellen; bestellte; bestellten

# ======================================================================
# 8. pronoun: pronouns that point back to the last person
# er/ihn/ihm and the possessives seine, seinen, seinem, seiner, seines are included.
# Bare 'sein' is not (it is far more often the verb 'to be').
# 'sie' is included (the issue asks for it) but is also plural and, capitalized, formal:
# the finder should resolve it to a person only when the verb is singular or the last
# person is female (a title ending in -in). ihr/ihre/ihren/ihrem/ihrer are not included:
# in news they are mostly 'their' (ihre Truppen, ihre Beziehungen).
# Note: er/sein* also refer to masculine or neuter states ('Russland ... seine Invasion');
# the finder should prefer a state when the clause's verb is a state action.
# ======================================================================
pronoun | de | person | er; ihn; ihm; seine; seinen; seinem; seiner; seines; sie

# ======================================================================
# 9. coref: phrases that point back to states and organizations
# pair: the last two states named together. Adjectives between 'beiden' and the noun
# ('die beiden nordischen Länder') are for the code to allow; the common forms are here.
# state: descriptor nouns that, after a determiner and adjectives, point back to a state in
# context ('der geheimnisvolle Staat'). Regierung, Führung and Administration are included:
# the determiner + noun rule keeps them to 'die Regierung', 'die iranische Führung'.
# ======================================================================
coref | de | pair | beide Länder; die beiden Länder; beiden Länder; beiden Ländern; den beiden Ländern; beider Länder; der beiden Länder; die zwei Länder; ihrer beiden Länder; ihrer Länder; beide Staaten; die beiden Staaten; beiden Staaten; den beiden Staaten; beider Staaten; der beiden Staaten; beide Nationen; die beiden Nationen; beiden Nationen; den beiden Nationen; beider Nationen; der beiden Nationen; beide Seiten; die beiden Seiten; beiden Seiten; den beiden Seiten; beider Seiten; der beiden Seiten; beide Regierungen; die beiden Regierungen; beiden Regierungen; den beiden Regierungen; beider Regierungen; der beiden Regierungen; beide Verbündeten; die beiden Verbündeten; beiden Verbündeten; den beiden Verbündeten; beider Verbündeten; der beiden Verbündeten; beide Nachbarländer; die beiden Nachbarländer; beiden Nachbarländer; beiden Nachbarländern; den beiden Nachbarländern; beider Nachbarländer; der beiden Nachbarländer; beide Nachbarstaaten; die beiden Nachbarstaaten; beiden Nachbarstaaten; den beiden Nachbarstaaten; beider Nachbarstaaten; der beiden Nachbarstaaten; beide Nachbarn; die beiden Nachbarn; beiden Nachbarn; den beiden Nachbarn; beider Nachbarn; der beiden Nachbarn; beide Partner; die beiden Partner; beiden Partner; beiden Partnern; den beiden Partnern; beider Partner; der beiden Partner; beide Mächte; die beiden Mächte; beiden Mächte; beiden Mächten; den beiden Mächten; beider Mächte; der beiden Mächte; beide Atommächte; die beiden Atommächte; beiden Atommächte; beiden Atommächten; den beiden Atommächten; beider Atommächte; der beiden Atommächte; beide Hauptstädte; die beiden Hauptstädte; beiden Hauptstädte; beiden Hauptstädten; den beiden Hauptstädten; beider Hauptstädte; der beiden Hauptstädte
coref | de | state | Staat; Staates; Staats; Land; Landes; Lande; Nation; Regime; Regimes; Republik; Volksrepublik; Inselstaat; Inselstaates; Inselstaats; Insel; Inselrepublik; Inselnation; Inselreich; Königreich; Königreichs; Königreiches; Emirat; Emirats; Emirates; Sultanat; Sultanats; Diktatur; Monarchie; Golfmonarchie; Nachbarland; Nachbarlandes; Nachbarlands; Nachbarstaat; Nachbarstaates; Nachbarstaats; Kleinstaat; Stadtstaat; Binnenstaat; Binnenland; Küstenstaat; Golfstaat; Golfstaates; Golfemirat; Wüstenstaat; Bruderstaat; Ölstaat; Kaukasusrepublik; Balkanstaat; Baltenstaat; Ostseestaat; Sahelstaat; Karibikstaat; Andenstaat; Alpenrepublik; Alpenland; Atommacht; Großmacht; Supermacht; Weltmacht; Regionalmacht; Militärmacht; Kolonialmacht; Besatzungsmacht; Schutzmacht; Junta; Militärjunta; Militärregierung; Regierung; Führung; Staatsführung; Administration
# org: nouns that, after a determiner and adjectives, point back to the organization in context ('die Miliz', 'die Atombehörde'). Not Allianz/Bündnis (also the alliance between two states), Union (CDU/CSU), Kommission, Unternehmen/Firma (mostly a new, unnamed firm), Partei
coref | de | org | Staatenbund; Staatengemeinschaft; Wirtschaftsgemeinschaft; Regionalorganisation; Miliz; Terrormiliz; Islamistenmiliz; Gruppe; Gruppierung; Terrorgruppe; Söldnergruppe; Rebellengruppe; Islamistengruppe; Dschihadistengruppe; Organisation; Terrororganisation; Bewegung; Rebellenbewegung; Behörde; Atombehörde; Agentur; Geheimdienst; Gericht; Gerichtshof; Tribunal; Zeitung

# ======================================================================
# 10. agreement: nouns naming an unnamed agreement
# The node id is built from the parties and the kind: agreement:prk-rus-defense-pact.
# Every defence pact or defence agreement is 'defense-pact' (one kind in both languages, so
# that German and English graphs of one event share the id). A peace agreement is not a
# ceasefire: two kinds. Memoranda of understanding are 'mou'.
# ======================================================================
agreement | de | Verteidigungspakt; Verteidigungspakts; Verteidigungspaktes; Verteidigungspakte; Verteidigungsabkommen; Verteidigungsabkommens; Verteidigungsvertrag; Verteidigungsvertrags; Verteidigungsvertrages; Beistandspakt; Beistandspakts; Beistandspaktes; Beistandsabkommen; Beistandsabkommens; Beistandsvertrag; Beistandsvertrags; Beistandsvertrages; Militärpakt; Militärpakts; Militärpaktes; Militärabkommen; Militärabkommens; gegenseitiger Vertrag; gegenseitige Vertrag; gegenseitigen Vertrag; gegenseitigen Vertrags; gegenseitigen Vertrages; Abkommen über Verteidigungszusammenarbeit | defense-pact
agreement | de | Truppenstatut; Truppenstatuts; Stationierungsabkommen; Stationierungsabkommens; Truppenstatutsabkommen | forces-agreement
agreement | de | Sicherheitsabkommen; Sicherheitsabkommens; Sicherheitsvertrag; Sicherheitsvertrags; Sicherheitsvertrages; Sicherheitspakt; Sicherheitspakts; Sicherheitspaktes; Sicherheitsvereinbarung; Sicherheitsvereinbarungen; Vertrag über Sicherheitsgarantien; Vertrags über Sicherheitsgarantien; Sicherheitsgarantien-Vertrag; Sicherheitsgarantien | security-agreement
agreement | de | Partnerschaftsvertrag; Partnerschaftsvertrags; Partnerschaftsvertrages; Partnerschaftsabkommen; Partnerschaftsabkommens; Vertrag über umfassende strategische Partnerschaft | partnership-treaty
agreement | de | Freundschaftsvertrag; Freundschaftsvertrags; Freundschaftsvertrages | friendship-treaty
agreement | de | Nichtangriffspakt; Nichtangriffspakts; Nichtangriffspaktes | non-aggression-pact
agreement | de | Waffenstillstand; Waffenstillstands; Waffenstillstandes; Waffenstillstandsabkommen; Waffenstillstandsabkommens; Waffenstillstandsvereinbarung; Waffenruhe; Feuerpause; Feuerpausen | ceasefire
agreement | de | Friedensabkommen; Friedensabkommens; Friedensvertrag; Friedensvertrags; Friedensvertrages; Friedensvereinbarung; Friedensdeal | peace-agreement
agreement | de | Absichtserklärung; Absichtserklärungen; Memorandum; Memorandums; Memoranden | mou
agreement | de | Handelsabkommen; Handelsabkommens; Freihandelsabkommen; Freihandelsabkommens; Handelsvertrag; Handelsvertrags; Handelsdeal | trade-agreement
agreement | de | Atomabkommen; Atomabkommens; Atomdeal; Atomdeals; Nuklearabkommen; Atomvereinbarung | nuclear-deal
agreement | de | Rüstungsdeal; Waffendeal; Rüstungsabkommen; Rüstungsgeschäft; Waffengeschäft | arms-deal
agreement | de | Abrüstungsvertrag; Abrüstungsabkommen; Rüstungskontrollvertrag; Rüstungskontrollabkommen | arms-control-treaty
agreement | de | Assoziierungsabkommen; Assoziierungsabkommens | association-agreement
agreement | de | Getreideabkommen; Getreideabkommens; Getreidedeal; Getreide-Deal | grain-deal
agreement | de | Kooperationsabkommen; Kooperationsvertrag; Kooperationsvereinbarung | cooperation-agreement
agreement | de | Rahmenabkommen; Rahmenabkommens; Grundsatzvereinbarung | framework-agreement
agreement | de | Grundsatzerklärung; Grundsatzerklärungen | declaration-of-principles
agreement | de | Pakt; Pakts; Paktes; Pakte | pact
agreement | de | Vertrag; Vertrags; Vertrages; Verträge; Verträgen; Staatsvertrag; Grundlagenvertrag | treaty
agreement | de | Abkommen; Abkommens; Vereinbarung; Vereinbarungen; Übereinkommen; Übereinkommens; Übereinkunft | agreement
agreement | de | Deal; Deals | deal
# kind 'named': an agreement only with a name before or after it ("the Jeddah Declaration", "die Charta von Liptako-Gourma"); alone no agreement
agreement | de | Erklärung; Erklärungen; Charta; Konsens; Protokoll; Protokolls; Konvention | named

# ======================================================================
# 11. boilerplate: whole lines of web clutter (case-insensitive)
# Each regex must match the whole line (the loader anchors it); the rest of the line after the
# second '|' is the regex, so alternatives with '|' are fine. Every pattern applies to every
# article, whatever its language. One-word category lines at the top ('Ukraine', 'Politik')
# are left to the code: a regex cannot tell them from one-word headlines. Teaser links after
# 'Mehr zum Thema' or 'Lesen Sie auch' are not caught here (the header often stands inside the
# article, and the text goes on after the teasers).
# boilerplate-end: a line after which the rest of the page is clutter. Only headers that open
# a comment section or a closing list of related articles. Not 'Mehr zum Thema' (the article
# often goes on after it) and not a bare 'Kommentare' or '12 Kommentare' (also a link or a
# counter at the top of a page: an end marker there would drop the whole article).
# ======================================================================
boilerplate | de | Kurze Werbeeinblendung.*
boilerplate | de | (Werbung|Anzeige)
boilerplate | de | (Werbung|Anzeige)\s*[-–—:].*
boilerplate | de | Gesponsert.*
boilerplate | de | Advertorial
boilerplate-box | de | Das könnte (Sie|dich) auch interessieren.*
boilerplate-box | de | Mehr zum Thema.*
boilerplate | de | Alle Artikel zum Thema.*
boilerplate-box | de | (Lesen Sie auch|Lesen Sie mehr|Auch interessant|Zum Thema|Weitere Nachrichten|Verwandte Artikel):?
boilerplate | de | Lesen Sie (auch|mehr).*
boilerplate | de | Auch interessant:?.*
boilerplate | de | (Ähnliche|Weitere|Empfohlene|Verwandte) Themen:?
boilerplate-box | de | (Weitere|Empfohlene) Artikel:?
boilerplate-box | de | Mehr Nachrichten:?
boilerplate-box | de | Meistgelesen:?
boilerplate | de | (Jetzt )?weiterlesen.*
boilerplate | de | (Mehr erfahren|Mehr anzeigen|Alle anzeigen|Jetzt lesen)\W*
boilerplate | de | Video
boilerplate | de | Videos?: .*
boilerplate | de | (Zur )?Bildergalerie.*
boilerplate | de | Podcast: .*
boilerplate | de | Kommentare?\s*(\(\d+\))?
boilerplate | de | \d+ Kommentare?
boilerplate | de | Ihr Kommentar:?
boilerplate | de | (Kommentar )?absenden
boilerplate | de | (Ihr )?(Kommentar|Name) \*.*
boilerplate | de | (Deine|Ihre) E-Mail-Adresse wird nicht veröffentlicht.*
boilerplate | de | Erforderliche Felder sind mit .* markiert.*
boilerplate | de | .*\bschrieb am \d{1,2}\.\d{1,2}\.\d{2,4}.*
boilerplate | de | Schaltfläche .*Zurück zum Anfang.*
boilerplate | de | (Zurück zum Anfang|Zurück nach oben|Nach oben|Zum Seitenanfang|Seitenanfang|Zur Startseite)\W*
boilerplate | de | (Startseite|Home|Menü|Suche|Schließen)
# eine Autorenzeile: der Autor ist kein Akteur (zwei bis vier Wörter, kein Punkt: "Von Moskau aus …" ist ein Satz)
boilerplate | de | Von [\w'’-]+( [\w'’-]+){1,3}((,| und) [^.]*)?( [·|•] .*)?
boilerplate | de | Teilen:?
boilerplate | de | Teilen (auf|über|per) .*
boilerplate | de | (Artikel|Beitrag|Jetzt) teilen.*
boilerplate | de | (Facebook|Twitter|X|WhatsApp|Telegram|LinkedIn|Bluesky|Xing|Threads|Instagram|Pinterest|Reddit|Messenger|Flipboard|E-Mail|Mail|Drucken)
boilerplate | de | (Link kopieren|Artikel merken|Merken|Vorlesen|Fehler melden)
boilerplate | de | (Artikel vorlesen|Audio anhören).*
boilerplate | de | Cookies?
boilerplate | de | Cookie-\w+.*
boilerplate | de | (Wir verwenden|Diese Website verwendet) Cookies.*
boilerplate | de | .*\b(nutzen|verwenden) Cookies\b.*
boilerplate | de | Ihre Privatsphäre ist uns wichtig.*
boilerplate | de | (Akzeptieren|Zustimmen)( und weiter)?
boilerplate | de | Alle (akzeptieren|ablehnen)
boilerplate | de | (Ablehnen|Anpassen|Einstellungen)
boilerplate | de | (Impressum|Kontakt|AGB|Nutzungsbedingungen|Mediadaten|Datenschutz|Datenschutz-Einstellungen|Datenschutzerklärung|Datenschutzhinweise?)
boilerplate | de | Newsletter.*
boilerplate | de | \W*Newsletter\W*
boilerplate | de | Jetzt (abonnieren|registrieren|anmelden).*
boilerplate | de | Abonnieren.*
boilerplate | de | (Anmelden|Registrieren|Einloggen|Login)
boilerplate | de | .*\bE-Paper\b.*
boilerplate | de | Dieser Artikel ist (nur )?für Abonnenten.*
boilerplate | de | Alle Rechte vorbehalten.*
boilerplate | de | ©.*
boilerplate | de | \(c\) .*
boilerplate | de | Copyright (\d|©).*
boilerplate | de | (Fotos?|Bild|Grafik): .*
boilerplate | de | .*\.\s*(Fotos?|Bild): [^.]+
boilerplate | de | Bildquelle.*
boilerplate | de | Quellen?(/Referenz)?:?
boilerplate | de | Quellen?\s*:(\s*[\w.&/'-]+,?){0,4}
boilerplate | de | Quelle/Referenz.*
boilerplate | de | \(?(dpa|dpa-AFX|AFP|Reuters|AP|KNA|epd|APA|SDA)(/[\w-]+)*\)?
boilerplate | de | Mit Material (von|der) .*
boilerplate | de | (Mit )?Agenturmaterial.*
boilerplate | de | .*\.\s+[\w.'-]+( [\w.'-]+){0,3}/[\w '&-]+
boilerplate | de | https?://\S+
boilerplate | de | www\.\S+
boilerplate | de | [a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,6}(/\S*)?
boilerplate | de | .*\bLesezeit:?\s*\d+\s*Min.*
boilerplate | de | Stand: \d.*
boilerplate | de | (Zuletzt )?aktualisiert:? (am )?\d.*
boilerplate | de | Veröffentlicht:? (am )?\d.*
boilerplate | de | \d{1,2}\.\d{1,2}\.\d{2,4}(,? \d{1,2}:\d{2}( Uhr)?)?
boilerplate | de | [^.!?]*›[^.!?]*
boilerplate | de | »\s*[\w&-]+( [\w&-]+){0,2}
# a related-story link after "» " (a quotation opens with »Text and closes with «)
boilerplate | de | »\s+[^«]+
# a section link alone on its line (navigation of the page), never a sentence of an article
boilerplate | de | (Ressorts?|Rubriken|Deutschland|Ausland|Inland|Europa|Welt|Politik|Wirtschaft|Sport|Kultur|Meinung|Wissen|Panorama|Regionales?)
boilerplate | de | [\w &-]{1,30} \| [\w &-]{1,30}( \| [\w &-]{1,30})*
boilerplate-end | de | (Ähnliche|Verwandte) (Artikel|Beiträge):?
boilerplate-end | de | Leserkommentare?\s*(\(\d+\))?(\s*[–-].*)?
boilerplate-end | de | Schreibe einen Kommentar.*
boilerplate-end | de | Kommentare? schreiben.*
boilerplate-end | de | Diskutieren Sie mit.*

# ======================================================================
# 12. function: capitalized words that never begin a name
# Sentence-initial function words, weekdays and months. Left out on purpose because they are
# also common surnames or given names: Kurz, Lange, Klein, Ernst, Frank. 'Weil' is kept
# (the conjunction is far more frequent than the surname). 'August' is kept (month).
# ======================================================================
function | de | Der; Die; Das; Den; Dem; Des; Ein; Eine; Einen; Einem; Einer; Eines; Kein; Keine; Keinen; Keinem; Keiner
function | de | Am; Im; Ins; Zum; Zur; Vom; Beim; Ans; Aufs; Übers
function | de | Ich; Du; Er; Sie; Es; Wir; Ihr; Man; Mein; Meine; Dein; Sein; Seine; Seinen; Seinem; Seiner; Ihre; Ihren; Ihrem; Ihrer; Unser; Unsere; Euer; Dies; Diese; Dieser; Dieses; Diesen; Diesem; Jene; Jener; Jenes; Jeder; Jede; Jedes; Jeden; Alle; Alles; Allen; Viele; Vielen; Einige; Mehrere; Manche; Beide; Beiden; Welche; Welcher; Solche; Andere; Anderen; Weitere; Weiteren; Niemand; Nichts; Jemand; Etwas; Selbst
function | de | Und; Oder; Aber; Denn; Doch; Sondern; Sowie; Dass; Weil; Wenn; Als; Falls; Obwohl; Nachdem; Bevor; Sobald; Seitdem; Während; Damit; Ob; Wie; Was; Wer; Wo; Wann; Warum; Weshalb; Wieso; Woher; Wohin; Womit; Wofür
function | de | Nach; Vor; Seit; Bei; Mit; Von; Für; Gegen; Ohne; Um; Durch; Über; Unter; Zwischen; Aus; Auf; An; In; Zu; Bis; Trotz; Wegen; Laut; Angesichts; Infolge; Gegenüber; Neben; Hinter; Innerhalb; Außerhalb; Entlang; Statt; Anstatt; Dank; Gemäß; Zufolge
function | de | Auch; Dabei; Dennoch; Deshalb; Daher; Darum; Dafür; Dagegen; Danach; Davor; Darauf; Daraufhin; Darüber; Zudem; Außerdem; Zuvor; Bereits; Schon; Noch; Nun; Jetzt; Heute; Gestern; Morgen; Dann; Dort; Hier; So; Also; Erst; Nur; Sogar; Allerdings; Jedoch; Zwar; Indes; Inzwischen; Mittlerweile; Unterdessen; Derweil; Zunächst; Schließlich; Später; Früher; Bald; Immer; Nie; Niemals; Nicht; Bisher; Bislang; Seither; Offenbar; Offensichtlich; Angeblich; Vermutlich; Möglicherweise; Vielleicht; Tatsächlich; Eigentlich; Einst; Zuletzt; Erneut; Gleichzeitig; Zugleich; Stattdessen; Ebenfalls; Ebenso; Besonders; Gerade; Genau; Ja; Nein; Wohl; Somit; Folglich; Jedenfalls; Immerhin; Zumindest; Lediglich; Allein; Hinzu; Anschließend; Vorher; Insgesamt; Rund; Etwa; Fast; Mehr; Weniger; Knapp; Gut; Ganz; Sehr; Kaum; Oft; Häufig; Meist; Meistens; Anfang; Ende; Mitte; Beginn
function | de | Zwei; Drei; Vier; Fünf; Sechs; Sieben; Acht; Neun; Zehn; Elf; Zwölf; Hundert; Hunderte; Tausend; Tausende; Dutzende; Millionen; Milliarden
function | de | Montag; Dienstag; Mittwoch; Donnerstag; Freitag; Samstag; Sonnabend; Sonntag; Montags; Dienstags; Mittwochs; Donnerstags; Freitags; Samstags; Sonntags
function | de | Januar; Jänner; Februar; Feber; März; April; Mai; Juni; Juli; August; September; Oktober; November; Dezember
# Orte nach ihrer Art: ein Vorname davor ist keine Person ("Second-Thomas-Riff" steht zusammen, "Thomas Riff" nicht)
function | de | Riff; Insel; Inseln; Meerenge; Bucht; Golf; Fluss; Staudamm; Kanal; Halbinsel; Platz; Straße; Brücke; Stützpunkt; Hafen; Grenzübergang
