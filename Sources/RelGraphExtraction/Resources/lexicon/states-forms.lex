# Hand-written forms of the states declared in states.lex (which holds the CLDR names).
# Per state: German adjective stems (the loader adds -e -en -er -es -em and capitals), English
# adjectives, German demonyms with their inflected forms, English demonyms (a form that is also the
# English adjective, "Russian", "Chinese", is listed once, under adj), and names: capitals and seats
# of government as metonyms, official long names, inflected German forms of multiword names
# ("Vereinigten Staaten"), common abbreviations, and named institutions that stand for the state
# (Kreml, Pentagon, Downing Street, Bundesregierung, Knesset) and its armed forces (IDF, PLA, IRGC),
# as RELATIONS.md resolves them. German genitive -s and English 's are added by the loader.
#
# Decisions (see docs/lexicon.md, "What the shipped actor lexicon covers"):
# - Bare "Kongo" / "Congo" / "Congolese" / "kongolesisch" mean the DR Congo (as in most news);
#   the Republic of the Congo is named by "Republik Kongo", "Republic of (the) Congo", "Brazzaville".
#   A reader must prefer the longest match: "Demokratische Republik Kongo" contains "Republik Kongo".
# - "Brüssel" / "Brussels" stand for the EU (organizations.lex), not Belgium.
# - "Den Haag" / "The Hague" are left out: in the news they mostly stand for the ICJ / ICC.
# - English "Dominican" is the Dominican Republic; Dominica has no English adjective here.
# - Bare "Korea", "Korean", "koreanisch" are left out (ambiguous between the two Koreas).
# - "Islamic Republic" / "Islamische Republik" alone mean Iran.
# - "National Security Council" / "Nationaler Sicherheitsrat" alone mean the US one; the Iranian
#   "Supreme National Security Council" is listed in full so that the longer form wins.
# - "Palästinenser" / "Palestinians" are group:palestinians (groups.lex), so Palestine has no demonym.
# - Capitals that are also common names of other things are left out: Victoria (Seychelles).


adj | state:afg | de | afghanisch
adj | state:afg | en | Afghan
demonym | state:afg | de | Afghane; Afghanen; Afghanin; Afghaninnen
demonym | state:afg | en | Afghans
name | state:afg | de | Islamisches Emirat Afghanistan; Islamische Emirat Afghanistan; Islamischen Emirat Afghanistan; Islamischen Emirats Afghanistan
name | state:afg | en | Islamic Emirate of Afghanistan
name | state:afg | * | Kabul

adj | state:ago | de | angolanisch
adj | state:ago | en | Angolan
demonym | state:ago | de | Angolaner; Angolanern; Angolanerin; Angolanerinnen
demonym | state:ago | en | Angolans
name | state:ago | * | Luanda

adj | state:alb | de | albanisch
adj | state:alb | en | Albanian
demonym | state:alb | de | Albaner; Albanern; Albanerin; Albanerinnen
demonym | state:alb | en | Albanians
name | state:alb | * | Tirana

adj | state:and | de | andorranisch
adj | state:and | en | Andorran
demonym | state:and | de | Andorraner; Andorranern; Andorranerin; Andorranerinnen
demonym | state:and | en | Andorrans
name | state:and | * | Andorra la Vella

adj | state:are | de | emiratisch
adj | state:are | en | Emirati
demonym | state:are | de | Emirati; Emiratis; Emiratin; Emiratinnen
demonym | state:are | en | Emiratis
name | state:are | de | VAE; Emirate; Vereinigten Arabischen Emirate; Vereinigten Arabischen Emiraten; Abu Dabi
name | state:are | en | UAE; U.A.E.; Emirates
name | state:are | * | Abu Dhabi

adj | state:arg | de | argentinisch
adj | state:arg | en | Argentine; Argentinian
demonym | state:arg | de | Argentinier; Argentiniern; Argentinierin; Argentinierinnen
demonym | state:arg | en | Argentines; Argentinians
name | state:arg | de | Argentinische Republik
name | state:arg | en | Argentine Republic
name | state:arg | * | Buenos Aires; Casa Rosada

adj | state:arm | de | armenisch
adj | state:arm | en | Armenian
demonym | state:arm | de | Armenier; Armeniern; Armenierin; Armenierinnen
demonym | state:arm | en | Armenians
name | state:arm | de | Eriwan; Jerewan; Republik Armenien
name | state:arm | en | Republic of Armenia
name | state:arm | * | Yerevan

adj | state:atg | de | antiguanisch
adj | state:atg | en | Antiguan
demonym | state:atg | de | Antiguaner; Antiguanern; Antiguanerin; Antiguanerinnen
demonym | state:atg | en | Antiguans
name | state:atg | * | Saint John's

adj | state:aus | de | australisch
adj | state:aus | en | Australian
demonym | state:aus | de | Australier; Australiern; Australierin; Australierinnen
demonym | state:aus | en | Australians
name | state:aus | de | Australischer Bund
name | state:aus | en | Commonwealth of Australia; Australian Defence Force; Australian Defense Force; Royal Australian Navy
name | state:aus | * | Canberra

adj | state:aut | de | österreichisch
adj | state:aut | en | Austrian
demonym | state:aut | de | Österreicher; Österreichern; Österreicherin; Österreicherinnen
demonym | state:aut | en | Austrians
name | state:aut | de | Wien; Republik Österreich
name | state:aut | en | Vienna; Republic of Austria

adj | state:aze | de | aserbaidschanisch
adj | state:aze | en | Azerbaijani; Azeri
demonym | state:aze | de | Aserbaidschaner; Aserbaidschanern; Aserbaidschanerin; Aserbaidschanerinnen
demonym | state:aze | en | Azerbaijanis; Azeris
name | state:aze | de | Republik Aserbaidschan
name | state:aze | en | Republic of Azerbaijan
name | state:aze | * | Baku

adj | state:bdi | de | burundisch
adj | state:bdi | en | Burundian
demonym | state:bdi | de | Burundier; Burundiern; Burundierin; Burundierinnen
demonym | state:bdi | en | Burundians
name | state:bdi | * | Gitega; Bujumbura

adj | state:bel | de | belgisch
adj | state:bel | en | Belgian
demonym | state:bel | de | Belgier; Belgiern; Belgierin; Belgierinnen
demonym | state:bel | en | Belgians
name | state:bel | de | Königreich Belgien
name | state:bel | en | Kingdom of Belgium

adj | state:ben | de | beninisch
adj | state:ben | en | Beninese
demonym | state:ben | de | Beniner; Beninern; Beninerin; Beninerinnen
name | state:ben | * | Porto-Novo; Cotonou

adj | state:bfa | de | burkinisch
adj | state:bfa | en | Burkinabe; Burkinabè
demonym | state:bfa | de | Burkiner; Burkinern; Burkinerin; Burkinerinnen
name | state:bfa | * | Ouagadougou

adj | state:bgd | de | bangladeschisch
adj | state:bgd | en | Bangladeshi
demonym | state:bgd | de | Bangladescher; Bangladeschern; Bangladescherin; Bangladescherinnen
demonym | state:bgd | en | Bangladeshis
name | state:bgd | de | Dakka
name | state:bgd | * | Dhaka

adj | state:bgr | de | bulgarisch
adj | state:bgr | en | Bulgarian
demonym | state:bgr | de | Bulgare; Bulgaren; Bulgarin; Bulgarinnen
demonym | state:bgr | en | Bulgarians
name | state:bgr | * | Sofia

adj | state:bhr | de | bahrainisch
adj | state:bhr | en | Bahraini
demonym | state:bhr | de | Bahrainer; Bahrainern; Bahrainerin; Bahrainerinnen
demonym | state:bhr | en | Bahrainis
name | state:bhr | de | Königreich Bahrain
name | state:bhr | en | Kingdom of Bahrain
name | state:bhr | * | Manama

adj | state:bhs | de | bahamaisch
adj | state:bhs | en | Bahamian
demonym | state:bhs | de | Bahamaer; Bahamaern; Bahamaerin; Bahamaerinnen
demonym | state:bhs | en | Bahamians
name | state:bhs | en | The Bahamas
name | state:bhs | * | Nassau

adj | state:bih | de | bosnisch; bosnisch-herzegowinisch
adj | state:bih | en | Bosnian
demonym | state:bih | de | Bosnier; Bosniern; Bosnierin; Bosnierinnen
demonym | state:bih | en | Bosnians
name | state:bih | de | Bosnien; Bosnien-Herzegowina
name | state:bih | en | Bosnia; Bosnia-Herzegovina
name | state:bih | * | Sarajevo; BiH

adj | state:blr | de | belarussisch; weißrussisch
adj | state:blr | en | Belarusian; Belarussian
demonym | state:blr | de | Belarusse; Belarussen; Belarussin; Belarussinnen; Weißrusse; Weißrussen; Weißrussin; Weißrussinnen
demonym | state:blr | en | Belarusians; Belarussians
name | state:blr | de | Weißrussland; Republik Belarus
name | state:blr | en | Republic of Belarus
name | state:blr | * | Minsk

adj | state:blz | de | belizisch
adj | state:blz | en | Belizean
demonym | state:blz | de | Belizer; Belizern; Belizerin; Belizerinnen
demonym | state:blz | en | Belizeans
name | state:blz | * | Belmopan

adj | state:bol | de | bolivianisch
adj | state:bol | en | Bolivian
demonym | state:bol | de | Bolivianer; Bolivianern; Bolivianerin; Bolivianerinnen
demonym | state:bol | en | Bolivians
name | state:bol | de | Plurinationaler Staat Bolivien
name | state:bol | en | Plurinational State of Bolivia
name | state:bol | * | La Paz

adj | state:bra | de | brasilianisch
adj | state:bra | en | Brazilian
demonym | state:bra | de | Brasilianer; Brasilianern; Brasilianerin; Brasilianerinnen
demonym | state:bra | en | Brazilians
name | state:bra | de | Föderative Republik Brasilien
name | state:bra | en | Federative Republic of Brazil
name | state:bra | * | Brasília; Brasilia; Planalto

adj | state:brb | de | barbadisch
adj | state:brb | en | Barbadian; Bajan
demonym | state:brb | de | Barbadier; Barbadiern; Barbadierin; Barbadierinnen
demonym | state:brb | en | Barbadians
name | state:brb | * | Bridgetown

adj | state:brn | de | bruneiisch
adj | state:brn | en | Bruneian
demonym | state:brn | de | Bruneier; Bruneiern; Bruneierin; Bruneierinnen
demonym | state:brn | en | Bruneians
name | state:brn | de | Brunei
name | state:brn | en | Brunei Darussalam
name | state:brn | * | Bandar Seri Begawan

adj | state:btn | de | bhutanisch
adj | state:btn | en | Bhutanese
demonym | state:btn | de | Bhutaner; Bhutanern; Bhutanerin; Bhutanerinnen
name | state:btn | * | Thimphu

adj | state:bwa | de | botswanisch; botsuanisch
adj | state:bwa | en | Botswanan
demonym | state:bwa | de | Botswaner; Botswanern; Botswanerin; Botswanerinnen; Botsuaner; Botsuanern; Botsuanerin; Botsuanerinnen
demonym | state:bwa | en | Batswana; Motswana
name | state:bwa | de | Botswana
name | state:bwa | * | Gaborone

adj | state:caf | de | zentralafrikanisch
adj | state:caf | en | Central African
demonym | state:caf | de | Zentralafrikaner; Zentralafrikanern; Zentralafrikanerin; Zentralafrikanerinnen
demonym | state:caf | en | Central Africans
name | state:caf | de | Zentralafrikanischen Republik; Zentralafrikanischer Republik
name | state:caf | en | CAR
name | state:caf | * | Bangui

adj | state:can | de | kanadisch
adj | state:can | en | Canadian
demonym | state:can | de | Kanadier; Kanadiern; Kanadierin; Kanadierinnen
demonym | state:can | en | Canadians
name | state:can | * | Ottawa

adj | state:che | de | schweizerisch
adj | state:che | en | Swiss
demonym | state:che | de | Schweizer; Schweizern; Schweizerin; Schweizerinnen
name | state:che | de | Eidgenossenschaft; Schweizerische Eidgenossenschaft; Schweizerischen Eidgenossenschaft
name | state:che | en | Swiss Confederation; Berne
name | state:che | * | Bern

adj | state:chl | de | chilenisch
adj | state:chl | en | Chilean
demonym | state:chl | de | Chilene; Chilenen; Chilenin; Chileninnen
demonym | state:chl | en | Chileans
name | state:chl | de | Santiago de Chile; Republik Chile
name | state:chl | en | Republic of Chile
name | state:chl | * | Santiago; La Moneda

adj | state:chn | de | chinesisch
adj | state:chn | en | Chinese
demonym | state:chn | de | Chinese; Chinesen; Chinesin; Chinesinnen
name | state:chn | de | Peking; Volksrepublik China; Pekinger; Volksbefreiungsarmee; Kommunistische Partei Chinas; KPCh
name | state:chn | en | People's Republic of China; PRC; P.R.C.; People's Liberation Army; Chinese Communist Party; Communist Party of China; CCP; CPC
name | state:chn | * | Beijing; Zhongnanhai

adj | state:civ | de | ivorisch
adj | state:civ | en | Ivorian
demonym | state:civ | de | Ivorer; Ivorern; Ivorerin; Ivorerinnen
demonym | state:civ | en | Ivorians
name | state:civ | de | Elfenbeinküste
name | state:civ | en | Ivory Coast; Cote d'Ivoire
name | state:civ | * | Yamoussoukro; Abidjan

adj | state:cmr | de | kamerunisch
adj | state:cmr | en | Cameroonian
demonym | state:cmr | de | Kameruner; Kamerunern; Kamerunerin; Kamerunerinnen
demonym | state:cmr | en | Cameroonians
name | state:cmr | de | Jaunde
name | state:cmr | * | Yaoundé; Yaounde

adj | state:cod | de | kongolesisch
adj | state:cod | en | Congolese
demonym | state:cod | de | Kongolese; Kongolesen; Kongolesin; Kongolesinnen
name | state:cod | de | Demokratische Republik Kongo; Demokratischen Republik Kongo; DR Kongo; Kongo
name | state:cod | en | Democratic Republic of the Congo; Democratic Republic of Congo; DR Congo; DRC; Congo
name | state:cod | * | Kinshasa

name | state:cog | de | Republik Kongo
name | state:cog | en | Republic of the Congo; Republic of Congo
name | state:cog | * | Brazzaville

adj | state:col | de | kolumbianisch
adj | state:col | en | Colombian
demonym | state:col | de | Kolumbianer; Kolumbianern; Kolumbianerin; Kolumbianerinnen
demonym | state:col | en | Colombians
name | state:col | * | Bogotá; Bogota

adj | state:com | de | komorisch
adj | state:com | en | Comorian
demonym | state:com | de | Komorer; Komorern; Komorerin; Komorerinnen
demonym | state:com | en | Comorians
name | state:com | de | Union der Komoren
name | state:com | en | Union of the Comoros
name | state:com | * | Moroni

adj | state:cpv | de | kapverdisch; kap-verdisch
adj | state:cpv | en | Cape Verdean; Cabo Verdean
demonym | state:cpv | de | Kapverdier; Kapverdiern; Kapverdierin; Kapverdierinnen
demonym | state:cpv | en | Cape Verdeans
name | state:cpv | de | Kap Verde
name | state:cpv | en | Cabo Verde
name | state:cpv | * | Praia

adj | state:cri | de | costa-ricanisch; costaricanisch
adj | state:cri | en | Costa Rican
demonym | state:cri | de | Costa-Ricaner; Costa-Ricanern; Costa-Ricanerin; Costa-Ricanerinnen; Costaricaner; Costaricanern; Costaricanerin; Costaricanerinnen
demonym | state:cri | en | Costa Ricans
name | state:cri | * | San José

adj | state:cub | de | kubanisch
adj | state:cub | en | Cuban
demonym | state:cub | de | Kubaner; Kubanern; Kubanerin; Kubanerinnen
demonym | state:cub | en | Cubans
name | state:cub | de | Havanna
name | state:cub | en | Havana

adj | state:cyp | de | zyprisch
adj | state:cyp | en | Cypriot
demonym | state:cyp | de | Zyprer; Zyprern; Zyprerin; Zyprerinnen; Zypriote; Zyprioten; Zypriotin; Zypriotinnen
demonym | state:cyp | en | Cypriots
name | state:cyp | de | Nikosia; Republik Zypern
name | state:cyp | en | Nicosia; Republic of Cyprus

adj | state:cze | de | tschechisch
adj | state:cze | en | Czech
demonym | state:cze | de | Tscheche; Tschechen; Tschechin; Tschechinnen
demonym | state:cze | en | Czechs
name | state:cze | de | Tschechische Republik; Tschechischen Republik; Prag; Prager Burg
name | state:cze | en | Czech Republic; Prague; Prague Castle

adj | state:deu | de | deutsch
adj | state:deu | en | German
demonym | state:deu | de | Deutscher; Deutsche; Deutschen
demonym | state:deu | en | Germans
name | state:deu | de | Bundesrepublik; Bundesrepublik Deutschland; BRD; Bundesregierung; Kanzleramt; Bundeskanzleramt; Auswärtiges Amt; Auswärtige Amt; Auswärtigen Amt; Auswärtigen Amts; Auswärtigen Amtes; Bundestag
name | state:deu | en | Federal Republic of Germany
name | state:deu | * | Berlin; Bundeswehr

adj | state:dji | de | dschibutisch
adj | state:dji | en | Djiboutian
demonym | state:dji | de | Dschibutier; Dschibutiern; Dschibutierin; Dschibutierinnen
demonym | state:dji | en | Djiboutians
name | state:dji | en | Djibouti City

adj | state:dma | de | dominicanisch
demonym | state:dma | de | Dominicaner; Dominicanern; Dominicanerin; Dominicanerinnen
name | state:dma | de | Commonwealth Dominica
name | state:dma | en | Commonwealth of Dominica
name | state:dma | * | Roseau

adj | state:dnk | de | dänisch
adj | state:dnk | en | Danish
demonym | state:dnk | de | Däne; Dänen; Dänin; Däninnen
demonym | state:dnk | en | Danes
name | state:dnk | de | Kopenhagen; Königreich Dänemark
name | state:dnk | en | Copenhagen; Kingdom of Denmark
name | state:dnk | * | Christiansborg

adj | state:dom | de | dominikanisch
adj | state:dom | en | Dominican
demonym | state:dom | de | Dominikaner; Dominikanern; Dominikanerin; Dominikanerinnen
demonym | state:dom | en | Dominicans
name | state:dom | de | Dominikanischen Republik
name | state:dom | * | Santo Domingo

adj | state:dza | de | algerisch
adj | state:dza | en | Algerian
demonym | state:dza | de | Algerier; Algeriern; Algerierin; Algerierinnen
demonym | state:dza | en | Algerians
name | state:dza | de | Algier
name | state:dza | en | Algiers

adj | state:ecu | de | ecuadorianisch
adj | state:ecu | en | Ecuadorian
demonym | state:ecu | de | Ecuadorianer; Ecuadorianern; Ecuadorianerin; Ecuadorianerinnen
demonym | state:ecu | en | Ecuadorians
name | state:ecu | * | Quito

adj | state:egy | de | ägyptisch
adj | state:egy | en | Egyptian
demonym | state:egy | de | Ägypter; Ägyptern; Ägypterin; Ägypterinnen
demonym | state:egy | en | Egyptians
name | state:egy | de | Kairo; Arabische Republik Ägypten; Arabischen Republik Ägypten
name | state:egy | en | Cairo; Arab Republic of Egypt

adj | state:eri | de | eritreisch
adj | state:eri | en | Eritrean
demonym | state:eri | de | Eritreer; Eritreern; Eritreerin; Eritreerinnen
demonym | state:eri | en | Eritreans
name | state:eri | * | Asmara

adj | state:esp | de | spanisch
adj | state:esp | en | Spanish
demonym | state:esp | de | Spanier; Spaniern; Spanierin; Spanierinnen
demonym | state:esp | en | Spaniards; Spaniard
name | state:esp | de | Königreich Spanien
name | state:esp | en | Kingdom of Spain
name | state:esp | * | Madrid; Moncloa

adj | state:est | de | estnisch
adj | state:est | en | Estonian
demonym | state:est | de | Este; Esten; Estin; Estinnen
demonym | state:est | en | Estonians
name | state:est | de | Republik Estland
name | state:est | en | Republic of Estonia
name | state:est | * | Tallinn

adj | state:eth | de | äthiopisch
adj | state:eth | en | Ethiopian
demonym | state:eth | de | Äthiopier; Äthiopiern; Äthiopierin; Äthiopierinnen
demonym | state:eth | en | Ethiopians
name | state:eth | de | Addis Abeba
name | state:eth | en | Addis Ababa

adj | state:fin | de | finnisch
adj | state:fin | en | Finnish
demonym | state:fin | de | Finne; Finnen; Finnin; Finninnen
demonym | state:fin | en | Finns
name | state:fin | de | Republik Finnland
name | state:fin | en | Republic of Finland
name | state:fin | * | Helsinki

adj | state:fji | de | fidschianisch
adj | state:fji | en | Fijian
demonym | state:fji | de | Fidschianer; Fidschianern; Fidschianerin; Fidschianerinnen
demonym | state:fji | en | Fijians
name | state:fji | * | Suva

adj | state:fra | de | französisch
adj | state:fra | en | French
demonym | state:fra | de | Franzose; Franzosen; Französin; Französinnen
demonym | state:fra | en | Frenchmen
name | state:fra | de | Élysée-Palast; Elysée-Palast; Elyseepalast; Élyséepalast; Französische Republik; Französischen Republik
name | state:fra | en | Élysée Palace; Elysée Palace; Elysee Palace; French Republic
name | state:fra | * | Paris; Élysée; Elysée; Elysee; Quai d'Orsay; Matignon

adj | state:fsm | de | mikronesisch
adj | state:fsm | en | Micronesian
demonym | state:fsm | de | Mikronesier; Mikronesiern; Mikronesierin; Mikronesierinnen
demonym | state:fsm | en | Micronesians
name | state:fsm | de | Föderierte Staaten von Mikronesien; Föderierten Staaten von Mikronesien
name | state:fsm | en | Federated States of Micronesia
name | state:fsm | * | Palikir

adj | state:gab | de | gabunisch
adj | state:gab | en | Gabonese
demonym | state:gab | de | Gabuner; Gabunern; Gabunerin; Gabunerinnen
name | state:gab | * | Libreville

adj | state:gbr | de | britisch
adj | state:gbr | en | British
demonym | state:gbr | de | Brite; Briten; Britin; Britinnen
demonym | state:gbr | en | Britons; Briton; Brits
name | state:gbr | de | Großbritannien; Britannien; Vereinigte Königreich; Vereinigten Königreich; Vereinigten Königreichs; Vereinigten Königreiches; Nordirland; Nordirlands
name | state:gbr | en | Britain; Great Britain; UK; U.K.; Foreign Office; Number 10; Whitehall; Westminster
name | state:gbr | * | London; Downing Street

adj | state:geo | de | georgisch
adj | state:geo | en | Georgian
demonym | state:geo | de | Georgier; Georgiern; Georgierin; Georgierinnen
demonym | state:geo | en | Georgians
name | state:geo | de | Tiflis; Tbilissi
name | state:geo | en | Tbilisi

adj | state:gha | de | ghanaisch
adj | state:gha | en | Ghanaian
demonym | state:gha | de | Ghanaer; Ghanaern; Ghanaerin; Ghanaerinnen
demonym | state:gha | en | Ghanaians
name | state:gha | * | Accra

adj | state:gin | de | guineisch
adj | state:gin | en | Guinean
demonym | state:gin | de | Guineer; Guineern; Guineerin; Guineerinnen
demonym | state:gin | en | Guineans
name | state:gin | de | Konakry
name | state:gin | * | Conakry

adj | state:gmb | de | gambisch
adj | state:gmb | en | Gambian
demonym | state:gmb | de | Gambier; Gambiern; Gambierin; Gambierinnen
demonym | state:gmb | en | Gambians
name | state:gmb | en | The Gambia
name | state:gmb | * | Banjul

adj | state:gnb | de | guinea-bissauisch
adj | state:gnb | en | Bissau-Guinean
demonym | state:gnb | de | Guinea-Bissauer; Guinea-Bissauern; Guinea-Bissauerin; Guinea-Bissauerinnen
demonym | state:gnb | en | Bissau-Guineans
name | state:gnb | * | Bissau

adj | state:gnq | de | äquatorialguineisch
adj | state:gnq | en | Equatorial Guinean
demonym | state:gnq | de | Äquatorialguineer; Äquatorialguineern; Äquatorialguineerin; Äquatorialguineerinnen
demonym | state:gnq | en | Equatorial Guineans
name | state:gnq | de | Äquatorial-Guinea
name | state:gnq | * | Malabo

adj | state:grc | de | griechisch
adj | state:grc | en | Greek
demonym | state:grc | de | Grieche; Griechen; Griechin; Griechinnen
demonym | state:grc | en | Greeks
name | state:grc | de | Athen; Hellenische Republik
name | state:grc | en | Athens; Hellenic Republic

adj | state:grd | de | grenadisch
adj | state:grd | en | Grenadian
demonym | state:grd | de | Grenader; Grenadern; Grenaderin; Grenaderinnen
demonym | state:grd | en | Grenadians
name | state:grd | * | St. George's

adj | state:gtm | de | guatemaltekisch
adj | state:gtm | en | Guatemalan
demonym | state:gtm | de | Guatemalteke; Guatemalteken; Guatemaltekin; Guatemaltekinnen
demonym | state:gtm | en | Guatemalans
name | state:gtm | de | Guatemala-Stadt
name | state:gtm | en | Guatemala City

adj | state:guy | de | guyanisch
adj | state:guy | en | Guyanese
demonym | state:guy | de | Guyaner; Guyanern; Guyanerin; Guyanerinnen
name | state:guy | de | Kooperative Republik Guyana
name | state:guy | en | Co-operative Republic of Guyana; Cooperative Republic of Guyana
name | state:guy | * | Georgetown

adj | state:hnd | de | honduranisch
adj | state:hnd | en | Honduran
demonym | state:hnd | de | Honduraner; Honduranern; Honduranerin; Honduranerinnen
demonym | state:hnd | en | Hondurans
name | state:hnd | * | Tegucigalpa

adj | state:hrv | de | kroatisch
adj | state:hrv | en | Croatian
demonym | state:hrv | de | Kroate; Kroaten; Kroatin; Kroatinnen
demonym | state:hrv | en | Croatians; Croats; Croat
name | state:hrv | * | Zagreb

adj | state:hti | de | haitianisch
adj | state:hti | en | Haitian
demonym | state:hti | de | Haitianer; Haitianern; Haitianerin; Haitianerinnen
demonym | state:hti | en | Haitians
name | state:hti | * | Port-au-Prince

adj | state:hun | de | ungarisch
adj | state:hun | en | Hungarian
demonym | state:hun | de | Ungar; Ungarn; Ungarin; Ungarinnen
demonym | state:hun | en | Hungarians
name | state:hun | * | Budapest

adj | state:idn | de | indonesisch
adj | state:idn | en | Indonesian
demonym | state:idn | de | Indonesier; Indonesiern; Indonesierin; Indonesierinnen
demonym | state:idn | en | Indonesians
name | state:idn | de | Dschakarta; Republik Indonesien
name | state:idn | en | Republic of Indonesia
name | state:idn | * | Jakarta

adj | state:ind | de | indisch
adj | state:ind | en | Indian
demonym | state:ind | de | Inder; Indern; Inderin; Inderinnen
demonym | state:ind | en | Indians
name | state:ind | de | Neu-Delhi; Republik Indien
name | state:ind | en | New Delhi; Republic of India; Ministry of External Affairs
name | state:ind | * | Delhi

adj | state:irl | de | irisch
adj | state:irl | en | Irish
demonym | state:irl | de | Ire; Iren; Irin; Irinnen
demonym | state:irl | en | Irishmen
name | state:irl | de | Republik Irland
name | state:irl | en | Republic of Ireland
name | state:irl | * | Dublin

adj | state:irn | de | iranisch
adj | state:irn | en | Iranian
demonym | state:irn | de | Iraner; Iranern; Iranerin; Iranerinnen
demonym | state:irn | en | Iranians
name | state:irn | de | Teheran; Oberster Nationaler Sicherheitsrat; Oberste Nationale Sicherheitsrat; Obersten Nationalen Sicherheitsrat; Obersten Nationalen Sicherheitsrats; Obersten Nationalen Sicherheitsrates; Revolutionsgarden; Revolutionsgarde; Islamische Republik; Islamischen Republik; Islamische Republik Iran; Islamischen Republik Iran; Teheraner
name | state:irn | en | Tehran; Islamic Republic; Islamic Republic of Iran; Supreme National Security Council; Revolutionary Guards; Revolutionary Guard; Islamic Revolutionary Guard Corps; Revolutionary Guard Corps
name | state:irn | * | IRGC

adj | state:irq | de | irakisch
adj | state:irq | en | Iraqi
demonym | state:irq | de | Iraker; Irakern; Irakerin; Irakerinnen
demonym | state:irq | en | Iraqis
name | state:irq | de | Bagdad; Republik Irak
name | state:irq | en | Baghdad; Republic of Iraq

adj | state:isl | de | isländisch
adj | state:isl | en | Icelandic
demonym | state:isl | de | Isländer; Isländern; Isländerin; Isländerinnen
demonym | state:isl | en | Icelanders
name | state:isl | * | Reykjavík; Reykjavik

adj | state:isr | de | israelisch
adj | state:isr | en | Israeli
demonym | state:isr | de | Israeli; Israelis; Israelin; Israelinnen
demonym | state:isr | en | Israelis
name | state:isr | de | Staat Israel; Zahal; Israelische Verteidigungsstreitkräfte; zionistische Regime; zionistischen Regime; zionistisches Regime; zionistischen Regimes
name | state:isr | en | State of Israel; Israel Defense Forces; Israel Defence Forces; Zionist regime; Zionist entity
name | state:isr | * | Jerusalem; Tel Aviv; Knesset; IDF

adj | state:ita | de | italienisch
adj | state:ita | en | Italian
demonym | state:ita | de | Italiener; Italienern; Italienerin; Italienerinnen
demonym | state:ita | en | Italians
name | state:ita | de | Rom; Italienische Republik; Italienischen Republik
name | state:ita | en | Rome; Italian Republic
name | state:ita | * | Palazzo Chigi; Farnesina; Quirinal

adj | state:jam | de | jamaikanisch
adj | state:jam | en | Jamaican
demonym | state:jam | de | Jamaikaner; Jamaikanern; Jamaikanerin; Jamaikanerinnen
demonym | state:jam | en | Jamaicans
name | state:jam | * | Kingston

adj | state:jor | de | jordanisch
adj | state:jor | en | Jordanian
demonym | state:jor | de | Jordanier; Jordaniern; Jordanierin; Jordanierinnen
demonym | state:jor | en | Jordanians
name | state:jor | de | Haschemitisches Königreich Jordanien; Haschemitische Königreich Jordanien; Haschemitischen Königreich Jordanien
name | state:jor | en | Hashemite Kingdom of Jordan
name | state:jor | * | Amman

adj | state:jpn | de | japanisch
adj | state:jpn | en | Japanese
demonym | state:jpn | de | Japaner; Japanern; Japanerin; Japanerinnen
name | state:jpn | de | Tokio
name | state:jpn | * | Tokyo

adj | state:kaz | de | kasachisch
adj | state:kaz | en | Kazakh; Kazakhstani
demonym | state:kaz | de | Kasache; Kasachen; Kasachin; Kasachinnen
demonym | state:kaz | en | Kazakhs; Kazakhstanis
name | state:kaz | de | Republik Kasachstan
name | state:kaz | en | Republic of Kazakhstan
name | state:kaz | * | Astana

adj | state:ken | de | kenianisch
adj | state:ken | en | Kenyan
demonym | state:ken | de | Kenianer; Kenianern; Kenianerin; Kenianerinnen
demonym | state:ken | en | Kenyans
name | state:ken | * | Nairobi

adj | state:kgz | de | kirgisisch
adj | state:kgz | en | Kyrgyz
demonym | state:kgz | de | Kirgise; Kirgisen; Kirgisin; Kirgisinnen
demonym | state:kgz | en | Kyrgyzstanis
name | state:kgz | de | Kirgistan; Bischkek
name | state:kgz | en | Kyrgyz Republic; Bishkek

adj | state:khm | de | kambodschanisch
adj | state:khm | en | Cambodian
demonym | state:khm | de | Kambodschaner; Kambodschanern; Kambodschanerin; Kambodschanerinnen
demonym | state:khm | en | Cambodians
name | state:khm | * | Phnom Penh

adj | state:kir | de | kiribatisch
adj | state:kir | en | I-Kiribati
name | state:kir | * | Tarawa; South Tarawa

adj | state:kna | de | kittitianisch
adj | state:kna | en | Kittitian
demonym | state:kna | en | Kittitians
name | state:kna | en | Saint Kitts and Nevis; St Kitts and Nevis
name | state:kna | * | Basseterre

adj | state:kor | de | südkoreanisch
adj | state:kor | en | South Korean
demonym | state:kor | de | Südkoreaner; Südkoreanern; Südkoreanerin; Südkoreanerinnen
demonym | state:kor | en | South Koreans
name | state:kor | de | Republik Korea; Blaues Haus; Blaue Haus; Blauen Haus; Blauen Hauses
name | state:kor | en | Republic of Korea; ROK; Blue House
name | state:kor | * | Seoul; Cheong Wa Dae

adj | state:kwt | de | kuwaitisch
adj | state:kwt | en | Kuwaiti
demonym | state:kwt | de | Kuwaiter; Kuwaitern; Kuwaiterin; Kuwaiterinnen
demonym | state:kwt | en | Kuwaitis
name | state:kwt | de | Kuwait-Stadt
name | state:kwt | en | Kuwait City

adj | state:lao | de | laotisch
adj | state:lao | en | Laotian
demonym | state:lao | de | Laote; Laoten; Laotin; Laotinnen
demonym | state:lao | en | Laotians
name | state:lao | de | Demokratische Volksrepublik Laos
name | state:lao | en | Lao PDR; Lao People's Democratic Republic
name | state:lao | * | Vientiane

adj | state:lbn | de | libanesisch
adj | state:lbn | en | Lebanese
demonym | state:lbn | de | Libanese; Libanesen; Libanesin; Libanesinnen
name | state:lbn | de | Libanesische Republik
name | state:lbn | en | Lebanese Republic
name | state:lbn | * | Beirut

adj | state:lbr | de | liberianisch
adj | state:lbr | en | Liberian
demonym | state:lbr | de | Liberianer; Liberianern; Liberianerin; Liberianerinnen
demonym | state:lbr | en | Liberians
name | state:lbr | * | Monrovia

adj | state:lby | de | libysch
adj | state:lby | en | Libyan
demonym | state:lby | de | Libyer; Libyern; Libyerin; Libyerinnen
demonym | state:lby | en | Libyans
name | state:lby | de | Tripolis
name | state:lby | en | Tripoli

adj | state:lca | de | lucianisch
adj | state:lca | en | Saint Lucian
demonym | state:lca | de | Lucianer; Lucianern; Lucianerin; Lucianerinnen
demonym | state:lca | en | Saint Lucians
name | state:lca | en | Saint Lucia
name | state:lca | * | Castries

adj | state:lie | de | liechtensteinisch
demonym | state:lie | de | Liechtensteiner; Liechtensteinern; Liechtensteinerin; Liechtensteinerinnen
demonym | state:lie | en | Liechtensteiners
name | state:lie | de | Fürstentum Liechtenstein
name | state:lie | en | Principality of Liechtenstein
name | state:lie | * | Vaduz

adj | state:lka | de | sri-lankisch
adj | state:lka | en | Sri Lankan
demonym | state:lka | de | Sri-Lanker; Sri-Lankern; Sri-Lankerin; Sri-Lankerinnen
demonym | state:lka | en | Sri Lankans
name | state:lka | * | Colombo; Sri Jayawardenepura Kotte

adj | state:lso | de | lesothisch
adj | state:lso | en | Basotho; Mosotho
demonym | state:lso | de | Lesother; Lesothern; Lesotherin; Lesotherinnen
name | state:lso | * | Maseru

adj | state:ltu | de | litauisch
adj | state:ltu | en | Lithuanian
demonym | state:ltu | de | Litauer; Litauern; Litauerin; Litauerinnen
demonym | state:ltu | en | Lithuanians
name | state:ltu | de | Wilna; Republik Litauen
name | state:ltu | en | Republic of Lithuania
name | state:ltu | * | Vilnius

adj | state:lux | de | luxemburgisch
adj | state:lux | en | Luxembourgish
demonym | state:lux | de | Luxemburger; Luxemburgern; Luxemburgerin; Luxemburgerinnen
demonym | state:lux | en | Luxembourgers
name | state:lux | de | Großherzogtum Luxemburg
name | state:lux | en | Grand Duchy of Luxembourg; Luxembourg City

adj | state:lva | de | lettisch
adj | state:lva | en | Latvian
demonym | state:lva | de | Lette; Letten; Lettin; Lettinnen
demonym | state:lva | en | Latvians
name | state:lva | de | Republik Lettland
name | state:lva | en | Republic of Latvia
name | state:lva | * | Riga

adj | state:mar | de | marokkanisch
adj | state:mar | en | Moroccan
demonym | state:mar | de | Marokkaner; Marokkanern; Marokkanerin; Marokkanerinnen
demonym | state:mar | en | Moroccans
name | state:mar | de | Königreich Marokko
name | state:mar | en | Kingdom of Morocco
name | state:mar | * | Rabat

adj | state:mco | de | monegassisch
adj | state:mco | en | Monegasque
demonym | state:mco | de | Monegasse; Monegassen; Monegassin; Monegassinnen
demonym | state:mco | en | Monegasques
name | state:mco | de | Fürstentum Monaco
name | state:mco | en | Principality of Monaco

adj | state:mda | de | moldauisch; moldawisch
adj | state:mda | en | Moldovan
demonym | state:mda | de | Moldauer; Moldauern; Moldauerin; Moldauerinnen; Moldawier; Moldawiern; Moldawierin; Moldawierinnen
demonym | state:mda | en | Moldovans
name | state:mda | de | Moldau; Moldawien; Moldova; Kischinau; Kischinjow
name | state:mda | en | Republic of Moldova
name | state:mda | * | Chișinău; Chisinau

adj | state:mdg | de | madagassisch
adj | state:mdg | en | Malagasy
demonym | state:mdg | de | Madagasse; Madagassen; Madagassin; Madagassinnen
name | state:mdg | * | Antananarivo

adj | state:mdv | de | maledivisch
adj | state:mdv | en | Maldivian
demonym | state:mdv | de | Malediver; Maledivern; Malediverin; Malediverinnen
demonym | state:mdv | en | Maldivians
name | state:mdv | * | Malé

adj | state:mex | de | mexikanisch
adj | state:mex | en | Mexican
demonym | state:mex | de | Mexikaner; Mexikanern; Mexikanerin; Mexikanerinnen
demonym | state:mex | en | Mexicans
name | state:mex | de | Mexiko-Stadt
name | state:mex | en | Mexico City

adj | state:mhl | de | marshallisch
adj | state:mhl | en | Marshallese
demonym | state:mhl | de | Marshaller; Marshallern; Marshallerin; Marshallerinnen
name | state:mhl | * | Majuro

adj | state:mkd | de | nordmazedonisch; mazedonisch
adj | state:mkd | en | North Macedonian; Macedonian
demonym | state:mkd | de | Nordmazedonier; Nordmazedoniern; Nordmazedonierin; Nordmazedonierinnen; Mazedonier; Mazedoniern; Mazedonierin; Mazedonierinnen
demonym | state:mkd | en | North Macedonians; Macedonians
name | state:mkd | de | Mazedonien
name | state:mkd | en | Macedonia
name | state:mkd | * | Skopje

adj | state:mli | de | malisch
adj | state:mli | en | Malian
demonym | state:mli | de | Malier; Maliern; Malierin; Malierinnen
demonym | state:mli | en | Malians
name | state:mli | de | Republik Mali
name | state:mli | en | Republic of Mali
name | state:mli | * | Bamako

adj | state:mlt | de | maltesisch
adj | state:mlt | en | Maltese
demonym | state:mlt | de | Malteser; Maltesern; Malteserin; Malteserinnen
name | state:mlt | * | Valletta

adj | state:mmr | de | myanmarisch; birmanisch; burmesisch
adj | state:mmr | en | Burmese
demonym | state:mmr | de | Myanmare; Myanmaren; Myanmarin; Myanmarinnen; Birmane; Birmanen; Birmanin; Birmaninnen
name | state:mmr | de | Birma; Burma
name | state:mmr | * | Naypyidaw; Naypyitaw; Nay Pyi Taw

adj | state:mne | de | montenegrinisch
adj | state:mne | en | Montenegrin
demonym | state:mne | de | Montenegriner; Montenegrinern; Montenegrinerin; Montenegrinerinnen
demonym | state:mne | en | Montenegrins
name | state:mne | * | Podgorica

adj | state:mng | de | mongolisch
adj | state:mng | en | Mongolian
demonym | state:mng | de | Mongole; Mongolen; Mongolin; Mongolinnen
demonym | state:mng | en | Mongolians
name | state:mng | * | Ulaanbaatar; Ulan Bator

adj | state:moz | de | mosambikanisch
adj | state:moz | en | Mozambican
demonym | state:moz | de | Mosambikaner; Mosambikanern; Mosambikanerin; Mosambikanerinnen
demonym | state:moz | en | Mozambicans
name | state:moz | * | Maputo

adj | state:mrt | de | mauretanisch
adj | state:mrt | en | Mauritanian
demonym | state:mrt | de | Mauretanier; Mauretaniern; Mauretanierin; Mauretanierinnen
demonym | state:mrt | en | Mauritanians
name | state:mrt | * | Nouakchott

adj | state:mus | de | mauritisch
adj | state:mus | en | Mauritian
demonym | state:mus | de | Mauritier; Mauritiern; Mauritierin; Mauritierinnen
demonym | state:mus | en | Mauritians
name | state:mus | * | Port Louis

adj | state:mwi | de | malawisch
adj | state:mwi | en | Malawian
demonym | state:mwi | de | Malawier; Malawiern; Malawierin; Malawierinnen
demonym | state:mwi | en | Malawians
name | state:mwi | * | Lilongwe

adj | state:mys | de | malaysisch
adj | state:mys | en | Malaysian
demonym | state:mys | de | Malaysier; Malaysiern; Malaysierin; Malaysierinnen
demonym | state:mys | en | Malaysians
name | state:mys | * | Kuala Lumpur; Putrajaya

adj | state:nam | de | namibisch
adj | state:nam | en | Namibian
demonym | state:nam | de | Namibier; Namibiern; Namibierin; Namibierinnen
demonym | state:nam | en | Namibians
name | state:nam | de | Windhuk
name | state:nam | * | Windhoek

adj | state:ner | de | nigrisch
adj | state:ner | en | Nigerien
demonym | state:ner | de | Nigrer; Nigrern; Nigrerin; Nigrerinnen
demonym | state:ner | en | Nigeriens
name | state:ner | * | Niamey

adj | state:nga | de | nigerianisch
adj | state:nga | en | Nigerian
demonym | state:nga | de | Nigerianer; Nigerianern; Nigerianerin; Nigerianerinnen
demonym | state:nga | en | Nigerians
name | state:nga | * | Abuja

adj | state:nic | de | nicaraguanisch
adj | state:nic | en | Nicaraguan
demonym | state:nic | de | Nicaraguaner; Nicaraguanern; Nicaraguanerin; Nicaraguanerinnen
demonym | state:nic | en | Nicaraguans
name | state:nic | * | Managua

adj | state:nld | de | niederländisch; holländisch
adj | state:nld | en | Dutch
demonym | state:nld | de | Niederländer; Niederländern; Niederländerin; Niederländerinnen; Holländer; Holländern; Holländerin; Holländerinnen
name | state:nld | de | Niederlanden; Holland; Königreich der Niederlande
name | state:nld | en | Holland; Kingdom of the Netherlands
name | state:nld | * | Amsterdam

adj | state:nor | de | norwegisch
adj | state:nor | en | Norwegian
demonym | state:nor | de | Norweger; Norwegern; Norwegerin; Norwegerinnen
demonym | state:nor | en | Norwegians
name | state:nor | de | Königreich Norwegen
name | state:nor | en | Kingdom of Norway
name | state:nor | * | Oslo

adj | state:npl | de | nepalesisch; nepalisch
adj | state:npl | en | Nepali; Nepalese
demonym | state:npl | de | Nepalese; Nepalesen; Nepalesin; Nepalesinnen
demonym | state:npl | en | Nepalis
name | state:npl | * | Kathmandu

adj | state:nru | de | nauruisch
adj | state:nru | en | Nauruan
demonym | state:nru | de | Nauruer; Nauruern; Nauruerin; Nauruerinnen
demonym | state:nru | en | Nauruans
name | state:nru | * | Yaren

adj | state:nzl | de | neuseeländisch
demonym | state:nzl | de | Neuseeländer; Neuseeländern; Neuseeländerin; Neuseeländerinnen
demonym | state:nzl | en | New Zealanders
name | state:nzl | * | Wellington

adj | state:omn | de | omanisch
adj | state:omn | en | Omani
demonym | state:omn | de | Omaner; Omanern; Omanerin; Omanerinnen
demonym | state:omn | en | Omanis
name | state:omn | de | Maskat; Sultanat Oman
name | state:omn | en | Muscat; Sultanate of Oman

adj | state:pak | de | pakistanisch
adj | state:pak | en | Pakistani
demonym | state:pak | de | Pakistaner; Pakistanern; Pakistanerin; Pakistanerinnen
demonym | state:pak | en | Pakistanis
name | state:pak | de | Islamische Republik Pakistan; Islamischen Republik Pakistan
name | state:pak | en | Islamic Republic of Pakistan
name | state:pak | * | Islamabad; Rawalpindi

adj | state:pan | de | panamaisch
adj | state:pan | en | Panamanian
demonym | state:pan | de | Panamaer; Panamaern; Panamaerin; Panamaerinnen
demonym | state:pan | en | Panamanians
name | state:pan | de | Panama-Stadt
name | state:pan | en | Panama City

adj | state:per | de | peruanisch
adj | state:per | en | Peruvian
demonym | state:per | de | Peruaner; Peruanern; Peruanerin; Peruanerinnen
demonym | state:per | en | Peruvians
name | state:per | * | Lima

adj | state:phl | de | philippinisch
adj | state:phl | en | Philippine; Filipino
demonym | state:phl | de | Philippiner; Philippinern; Philippinerin; Philippinerinnen; Filipino; Filipinos; Filipina; Filipinas
demonym | state:phl | en | Filipinos; Filipinas
name | state:phl | * | Manila; Malacañang; Malacanang

adj | state:plw | de | palauisch
adj | state:plw | en | Palauan
demonym | state:plw | de | Palauer; Palauern; Palauerin; Palauerinnen
demonym | state:plw | en | Palauans
name | state:plw | * | Ngerulmud; Koror

adj | state:png | de | papua-neuguineisch
adj | state:png | en | Papua New Guinean
demonym | state:png | de | Papua-Neuguineer; Papua-Neuguineern; Papua-Neuguineerin; Papua-Neuguineerinnen
demonym | state:png | en | Papua New Guineans
name | state:png | * | Port Moresby; PNG

adj | state:pol | de | polnisch
adj | state:pol | en | Polish
demonym | state:pol | de | Pole; Polen; Polin; Polinnen
demonym | state:pol | en | Poles
name | state:pol | de | Warschau; Republik Polen
name | state:pol | en | Warsaw; Republic of Poland

adj | state:prk | de | nordkoreanisch
adj | state:prk | en | North Korean
demonym | state:prk | de | Nordkoreaner; Nordkoreanern; Nordkoreanerin; Nordkoreanerinnen
demonym | state:prk | en | North Koreans
name | state:prk | de | Pjöngjang; Pjongjang; Demokratische Volksrepublik Korea; Demokratischen Volksrepublik Korea; DVRK; Koreanische Volksarmee; Koreanischen Volksarmee; Partei der Arbeit Koreas
name | state:prk | en | Democratic People's Republic of Korea; D.P.R.K.; Korean People's Army; Workers' Party of Korea
name | state:prk | * | Pyongyang; DPRK

adj | state:prt | de | portugiesisch
adj | state:prt | en | Portuguese
demonym | state:prt | de | Portugiese; Portugiesen; Portugiesin; Portugiesinnen
name | state:prt | de | Lissabon
name | state:prt | en | Lisbon

adj | state:pry | de | paraguayisch
adj | state:pry | en | Paraguayan
demonym | state:pry | de | Paraguayer; Paraguayern; Paraguayerin; Paraguayerinnen
demonym | state:pry | en | Paraguayans
name | state:pry | * | Asunción; Asuncion

adj | state:pse | de | palästinensisch
adj | state:pse | en | Palestinian
name | state:pse | de | Palästina; Staat Palästina; Palästinensischen Autonomiegebiete; Palästinensischen Autonomiegebieten
name | state:pse | en | Palestine; State of Palestine
name | state:pse | * | Ramallah

adj | state:qat | de | katarisch
adj | state:qat | en | Qatari
demonym | state:qat | de | Katarer; Katarern; Katarerin; Katarerinnen
demonym | state:qat | en | Qataris
name | state:qat | de | Staat Katar; Qatar
name | state:qat | en | State of Qatar
name | state:qat | * | Doha

adj | state:rou | de | rumänisch
adj | state:rou | en | Romanian
demonym | state:rou | de | Rumäne; Rumänen; Rumänin; Rumäninnen
demonym | state:rou | en | Romanians
name | state:rou | de | Bukarest
name | state:rou | en | Bucharest

adj | state:rus | de | russisch
adj | state:rus | en | Russian
demonym | state:rus | de | Russe; Russen; Russin; Russinnen
demonym | state:rus | en | Russians
name | state:rus | de | Moskau; Russische Föderation; Russischen Föderation; Staatsduma; Moskauer
name | state:rus | en | Moscow; Russian Federation; State Duma
name | state:rus | * | Kreml; Kremlin; Duma

adj | state:rwa | de | ruandisch; rwandisch
adj | state:rwa | en | Rwandan
demonym | state:rwa | de | Ruander; Ruandern; Ruanderin; Ruanderinnen
demonym | state:rwa | en | Rwandans
name | state:rwa | de | Rwanda
name | state:rwa | * | Kigali

adj | state:sau | de | saudisch; saudi-arabisch
adj | state:sau | en | Saudi; Saudi Arabian
demonym | state:sau | de | Saudi; Saudis; Saudi-Araber; Saudi-Arabern; Saudi-Araberin; Saudi-Araberinnen
demonym | state:sau | en | Saudis; Saudi Arabians
name | state:sau | de | Riad; Königreich Saudi-Arabien
name | state:sau | en | Riyadh; Kingdom of Saudi Arabia; KSA

adj | state:sdn | de | sudanesisch
adj | state:sdn | en | Sudanese
demonym | state:sdn | de | Sudanese; Sudanesen; Sudanesin; Sudanesinnen
name | state:sdn | de | Khartum; Republik Sudan
name | state:sdn | en | Khartoum; Republic of the Sudan
name | state:sdn | * | Port Sudan

adj | state:sen | de | senegalesisch
adj | state:sen | en | Senegalese
demonym | state:sen | de | Senegalese; Senegalesen; Senegalesin; Senegalesinnen
name | state:sen | * | Dakar

adj | state:sgp | de | singapurisch
adj | state:sgp | en | Singaporean
demonym | state:sgp | de | Singapurer; Singapurern; Singapurerin; Singapurerinnen
demonym | state:sgp | en | Singaporeans

adj | state:slb | de | salomonisch
adj | state:slb | en | Solomon Islander
demonym | state:slb | de | Salomoner; Salomonern; Salomonerin; Salomonerinnen
demonym | state:slb | en | Solomon Islanders
name | state:slb | * | Honiara

adj | state:sle | de | sierra-leonisch
adj | state:sle | en | Sierra Leonean
demonym | state:sle | de | Sierra-Leoner; Sierra-Leonern; Sierra-Leonerin; Sierra-Leonerinnen
demonym | state:sle | en | Sierra Leoneans
name | state:sle | * | Freetown

adj | state:slv | de | salvadorianisch
adj | state:slv | en | Salvadoran; Salvadorian
demonym | state:slv | de | Salvadorianer; Salvadorianern; Salvadorianerin; Salvadorianerinnen
demonym | state:slv | en | Salvadorans; Salvadorians
name | state:slv | * | San Salvador

adj | state:smr | de | san-marinesisch
adj | state:smr | en | Sammarinese

adj | state:som | de | somalisch
adj | state:som | en | Somali
demonym | state:som | de | Somalier; Somaliern; Somalierin; Somalierinnen
demonym | state:som | en | Somalis
name | state:som | de | Mogadischu; Bundesrepublik Somalia
name | state:som | en | Mogadishu; Federal Republic of Somalia
name | state:som | * | Villa Somalia

adj | state:srb | de | serbisch
adj | state:srb | en | Serbian; Serb
demonym | state:srb | de | Serbe; Serben; Serbin; Serbinnen
demonym | state:srb | en | Serbians; Serbs
name | state:srb | de | Belgrad; Republik Serbien
name | state:srb | en | Belgrade; Republic of Serbia

adj | state:ssd | de | südsudanesisch
adj | state:ssd | en | South Sudanese
demonym | state:ssd | de | Südsudanese; Südsudanesen; Südsudanesin; Südsudanesinnen
name | state:ssd | de | Dschuba
name | state:ssd | * | Juba

adj | state:stp | de | santomeisch
adj | state:stp | en | Santomean
name | state:stp | de | Sao Tome und Principe
name | state:stp | en | Sao Tome and Principe
name | state:stp | * | São Tomé; Sao Tome

adj | state:sur | de | surinamisch
adj | state:sur | en | Surinamese
demonym | state:sur | de | Surinamer; Surinamern; Surinamerin; Surinamerinnen
name | state:sur | de | Surinam
name | state:sur | en | Surinam
name | state:sur | * | Paramaribo

adj | state:svk | de | slowakisch
adj | state:svk | en | Slovak; Slovakian
demonym | state:svk | de | Slowake; Slowaken; Slowakin; Slowakinnen
demonym | state:svk | en | Slovaks
name | state:svk | de | Slowakische Republik; Slowakischen Republik
name | state:svk | en | Slovak Republic
name | state:svk | * | Bratislava

adj | state:svn | de | slowenisch
adj | state:svn | en | Slovenian; Slovene
demonym | state:svn | de | Slowene; Slowenen; Slowenin; Sloweninnen
demonym | state:svn | en | Slovenians; Slovenes
name | state:svn | de | Laibach
name | state:svn | * | Ljubljana

adj | state:swe | de | schwedisch
adj | state:swe | en | Swedish
demonym | state:swe | de | Schwede; Schweden; Schwedin; Schwedinnen
demonym | state:swe | en | Swedes
name | state:swe | de | Königreich Schweden
name | state:swe | en | Kingdom of Sweden
name | state:swe | * | Stockholm; Rosenbad

adj | state:swz | de | eswatinisch; swasiländisch
adj | state:swz | en | Swazi
demonym | state:swz | en | Swazis; Emaswati
name | state:swz | de | Swasiland; Königreich Eswatini
name | state:swz | en | Swaziland; Kingdom of Eswatini
name | state:swz | * | Mbabane; Lobamba

adj | state:syc | de | seychellisch
adj | state:syc | en | Seychellois
demonym | state:syc | de | Seycheller; Seychellern; Seychellerin; Seychellerinnen

adj | state:syr | de | syrisch
adj | state:syr | en | Syrian
demonym | state:syr | de | Syrer; Syrern; Syrerin; Syrerinnen
demonym | state:syr | en | Syrians
name | state:syr | de | Damaskus; Arabische Republik Syrien; Arabischen Republik Syrien
name | state:syr | en | Damascus; Syrian Arab Republic

adj | state:tcd | de | tschadisch
adj | state:tcd | en | Chadian
demonym | state:tcd | de | Tschader; Tschadern; Tschaderin; Tschaderinnen
demonym | state:tcd | en | Chadians
name | state:tcd | * | N'Djamena; N’Djamena; Ndjamena

adj | state:tgo | de | togoisch; togolesisch
adj | state:tgo | en | Togolese
demonym | state:tgo | de | Togoer; Togoern; Togoerin; Togoerinnen
name | state:tgo | * | Lomé; Lome

adj | state:tha | de | thailändisch
adj | state:tha | en | Thai
demonym | state:tha | de | Thailänder; Thailändern; Thailänderin; Thailänderinnen
demonym | state:tha | en | Thais
name | state:tha | de | Königreich Thailand
name | state:tha | en | Kingdom of Thailand
name | state:tha | * | Bangkok

adj | state:tjk | de | tadschikisch
adj | state:tjk | en | Tajik; Tajikistani
demonym | state:tjk | de | Tadschike; Tadschiken; Tadschikin; Tadschikinnen
demonym | state:tjk | en | Tajiks
name | state:tjk | de | Duschanbe
name | state:tjk | en | Dushanbe

adj | state:tkm | de | turkmenisch
adj | state:tkm | en | Turkmen
demonym | state:tkm | de | Turkmene; Turkmenen; Turkmenin; Turkmeninnen
demonym | state:tkm | en | Turkmens
name | state:tkm | de | Aschgabat
name | state:tkm | en | Ashgabat

adj | state:tls | de | osttimoresisch; timoresisch
adj | state:tls | en | East Timorese; Timorese
demonym | state:tls | de | Osttimorese; Osttimoresen; Osttimoresin; Osttimoresinnen; Timorese; Timoresen; Timoresin; Timoresinnen
name | state:tls | de | Osttimor
name | state:tls | en | East Timor
name | state:tls | * | Dili

adj | state:ton | de | tongaisch
adj | state:ton | en | Tongan
demonym | state:ton | de | Tongaer; Tongaern; Tongaerin; Tongaerinnen
demonym | state:ton | en | Tongans
name | state:ton | * | Nukuʻalofa; Nuku'alofa

adj | state:tto | de | trinidadisch
adj | state:tto | en | Trinidadian
demonym | state:tto | de | Trinidader; Trinidadern; Trinidaderin; Trinidaderinnen
demonym | state:tto | en | Trinidadians
name | state:tto | * | Port of Spain; Port-of-Spain

adj | state:tun | de | tunesisch
adj | state:tun | en | Tunisian
demonym | state:tun | de | Tunesier; Tunesiern; Tunesierin; Tunesierinnen
demonym | state:tun | en | Tunisians
name | state:tun | * | Tunis

adj | state:tur | de | türkisch
adj | state:tur | en | Turkish
demonym | state:tur | de | Türke; Türken; Türkin; Türkinnen
demonym | state:tur | en | Turks; Turk
name | state:tur | de | Türkiye
name | state:tur | en | Turkey
name | state:tur | * | Ankara; Turkiye

adj | state:tuv | de | tuvaluisch
adj | state:tuv | en | Tuvaluan
demonym | state:tuv | de | Tuvaluer; Tuvaluern; Tuvaluerin; Tuvaluerinnen
demonym | state:tuv | en | Tuvaluans
name | state:tuv | * | Funafuti

adj | state:twn | de | taiwanisch
adj | state:twn | en | Taiwanese
demonym | state:twn | de | Taiwaner; Taiwanern; Taiwanerin; Taiwanerinnen
name | state:twn | de | Taipeh; Republik China
name | state:twn | en | Republic of China; ROC
name | state:twn | * | Taipei

adj | state:tza | de | tansanisch
adj | state:tza | en | Tanzanian
demonym | state:tza | de | Tansanier; Tansaniern; Tansanierin; Tansanierinnen
demonym | state:tza | en | Tanzanians
name | state:tza | de | Daressalam
name | state:tza | en | Dar es Salaam
name | state:tza | * | Dodoma

adj | state:uga | de | ugandisch
adj | state:uga | en | Ugandan
demonym | state:uga | de | Ugander; Ugandern; Uganderin; Uganderinnen
demonym | state:uga | en | Ugandans
name | state:uga | * | Kampala

adj | state:ukr | de | ukrainisch
adj | state:ukr | en | Ukrainian
demonym | state:ukr | de | Ukrainer; Ukrainern; Ukrainerin; Ukrainerinnen
demonym | state:ukr | en | Ukrainians
name | state:ukr | de | Kiew; Kyjiw; Kijiw; Werchowna Rada; Kiewer
name | state:ukr | en | Verkhovna Rada
name | state:ukr | * | Kyiv; Kiev; Rada

adj | state:ury | de | uruguayisch
adj | state:ury | en | Uruguayan
demonym | state:ury | de | Uruguayer; Uruguayern; Uruguayerin; Uruguayerinnen
demonym | state:ury | en | Uruguayans
name | state:ury | * | Montevideo

adj | state:usa | de | amerikanisch; US-amerikanisch
adj | state:usa | en | American
demonym | state:usa | de | Amerikaner; Amerikanern; Amerikanerin; Amerikanerinnen; US-Amerikaner; US-Amerikanern; US-Amerikanerin; US-Amerikanerinnen
demonym | state:usa | en | Americans
name | state:usa | de | Vereinigten Staaten; Vereinigte Staaten von Amerika; Vereinigten Staaten von Amerika; Amerika; Weißes Haus; Weiße Haus; Weißen Haus; Weißen Hauses; US-Regierung; US-Außenministerium; US-Verteidigungsministerium; US-Finanzministerium; US-Kongress; Nationaler Sicherheitsrat; Nationale Sicherheitsrat; Nationalen Sicherheitsrat; Nationalen Sicherheitsrats; Nationalen Sicherheitsrates; Washingtoner
name | state:usa | en | United States of America; America; White House; State Department; US State Department; Department of State; Defense Department; Department of Defense; US Defense Department; Department of War; Treasury Department; US Treasury; National Security Council; Capitol Hill; US Congress; Oval Office
name | state:usa | * | USA; US; U.S.; U.S.A.; Washington; Pentagon

adj | state:uzb | de | usbekisch
adj | state:uzb | en | Uzbek; Uzbekistani
demonym | state:uzb | de | Usbeke; Usbeken; Usbekin; Usbekinnen
demonym | state:uzb | en | Uzbeks
name | state:uzb | de | Taschkent
name | state:uzb | en | Tashkent

adj | state:vat | de | vatikanisch
name | state:vat | de | Vatikan; Heiliger Stuhl; Heilige Stuhl; Heiligen Stuhl; Heiligen Stuhls; Heiligen Stuhles
name | state:vat | en | Vatican; Holy See

adj | state:vct | de | vincentisch
adj | state:vct | en | Vincentian
demonym | state:vct | de | Vincenter; Vincentern; Vincenterin; Vincenterinnen
demonym | state:vct | en | Vincentians
name | state:vct | en | Saint Vincent and the Grenadines; St Vincent and the Grenadines
name | state:vct | * | Kingstown

adj | state:ven | de | venezolanisch
adj | state:ven | en | Venezuelan
demonym | state:ven | de | Venezolaner; Venezolanern; Venezolanerin; Venezolanerinnen
demonym | state:ven | en | Venezuelans
name | state:ven | de | Bolivarische Republik Venezuela
name | state:ven | en | Bolivarian Republic of Venezuela
name | state:ven | * | Caracas; Miraflores

adj | state:vnm | de | vietnamesisch
adj | state:vnm | en | Vietnamese
demonym | state:vnm | de | Vietnamese; Vietnamesen; Vietnamesin; Vietnamesinnen
name | state:vnm | de | Sozialistische Republik Vietnam
name | state:vnm | en | Viet Nam; Socialist Republic of Vietnam
name | state:vnm | * | Hanoi

adj | state:vut | de | vanuatuisch
adj | state:vut | en | Ni-Vanuatu
name | state:vut | * | Port Vila

adj | state:wsm | de | samoanisch
adj | state:wsm | en | Samoan
demonym | state:wsm | de | Samoaner; Samoanern; Samoanerin; Samoanerinnen
demonym | state:wsm | en | Samoans
name | state:wsm | * | Apia

adj | state:xkx | de | kosovarisch
adj | state:xkx | en | Kosovar; Kosovan
demonym | state:xkx | de | Kosovare; Kosovaren; Kosovarin; Kosovarinnen
demonym | state:xkx | en | Kosovars
name | state:xkx | de | Republik Kosovo
name | state:xkx | en | Republic of Kosovo
name | state:xkx | * | Pristina; Prishtina; Priština

adj | state:yem | de | jemenitisch
adj | state:yem | en | Yemeni
demonym | state:yem | de | Jemenit; Jemeniten; Jemenitin; Jemenitinnen
demonym | state:yem | en | Yemenis
name | state:yem | de | Republik Jemen
name | state:yem | en | Republic of Yemen
name | state:yem | * | Sanaa; Sana'a

adj | state:zaf | de | südafrikanisch
adj | state:zaf | en | South African
demonym | state:zaf | de | Südafrikaner; Südafrikanern; Südafrikanerin; Südafrikanerinnen
demonym | state:zaf | en | South Africans
name | state:zaf | de | Republik Südafrika
name | state:zaf | en | Republic of South Africa
name | state:zaf | * | Pretoria; Tshwane

adj | state:zmb | de | sambisch
adj | state:zmb | en | Zambian
demonym | state:zmb | de | Sambier; Sambiern; Sambierin; Sambierinnen
demonym | state:zmb | en | Zambians
name | state:zmb | * | Lusaka

adj | state:zwe | de | simbabwisch
adj | state:zwe | en | Zimbabwean
demonym | state:zwe | de | Simbabwer; Simbabwern; Simbabwerin; Simbabwerinnen
demonym | state:zwe | en | Zimbabweans
name | state:zwe | * | Harare

# region: names of regions and waters that hold a state's name or adjective and name no actor ("the small South American
# nation" is no United States, "in the Indian Ocean" no India). Matched as names, longest first, and dropped.
region | en | South America; South American; Latin America; Latin American; Central America; Central American; North America; North American; Indian Ocean; Indian subcontinent; New Mexico; Gulf of Mexico; Gulf of America; Gulf of Oman; Gulf of Guinea; Gulf of Thailand; Gulf of Finland; Taiwan Strait; Strait of Taiwan; Sea of Japan; Irish Sea; South China Sea; East China Sea
region | de | Indischer Ozean; Indischen Ozean; Indischem Ozean; Indischen Ozeans; Golf von Mexiko; Golf von Amerika; New Mexico; Golf von Oman; Golf von Guinea; Golf von Thailand; Finnischer Meerbusen; Finnischen Meerbusen; Straße von Taiwan; Japanisches Meer; Japanischen Meer; Japanischen Meeres; Irische See; Irischen See
