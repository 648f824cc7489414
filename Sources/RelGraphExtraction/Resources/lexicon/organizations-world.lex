# Organizations (world): non-state armed groups, militias and movements, state-owned and defence
# companies, intelligence and security agencies, regional and international bodies, peacekeeping
# missions and breakaway or autonomous entities that organizations.lex does not list. Same format and
# conventions as organizations.lex (names case-sensitive; German genitive -s and English 's added by
# the loader; irregular German inflections listed).
#
# Left out on purpose:
# - Acronyms that are common words or clash with better-known bodies: FLA, AFC (Alliance Fleuve
#   Congo: football), FACT (Chad), CPC (CAR coalition: Communist Party of China), KIA (Kachin army:
#   carmaker, "killed in action"), PDF (People's Defence Force: file format), PLA (Manipur: China's
#   army), CPP (Philippines and Cambodia), JI (Jemaah Islamiyah), NRF (Afghan front: NATO Response
#   Force), IRA (Inflation Reduction Act), ETA, CV (Comando Vermelho), CDN (Cartel del Noreste), EMC
#   (Estado Mayor Central), MSS for Haiti's mission (China's Ministry of State Security is MSS), ISF
#   (Gaza stabilization force), GSF (Haiti), PLC (Yemen's council), UAC, KAI, HAL, NOC, BIS (Bank for
#   International Settlements vs. US Bureau of Industry and Security vs. German "bis"), NDB (New
#   Development Bank vs. Swiss intelligence), RBI, PIF (Saudi fund vs. Pacific Islands Forum), EDA,
#   EPC, TDF, BNP, PPP, MIT (Turkish MİT is listed with its dotted capital), RGB, GIP, KGB (Soviet
#   KGB in history: Belarus's KGB is left to the title mechanism), SSA, ESN, MAD, V4, G9 alone,
#   PTI (Press Trust of India), OPM (US Office of Personnel Management), NRC (US Nuclear Regulatory
#   Commission), NSG (India's National Security Guard), OTS, DSN, AFF, JAD, CTA, CAN, DPO, NDF, BRAS,
#   SZR, "SPLA" (now South Sudan's army), "OLA" (also the given name Ola), "AFC/M23" (the shipped
#   M23 entry), bare "ICE" (the German train: the finder also reads English-only forms in German
#   articles). "NSA" is kept for the US agency although Indian news also writes it for a national
#   security adviser.
# - Bare "Rafael", "Leonardo", "Shell", "Emirates", "Amal", "Lazarus", "Aman", "Diehl", "Raiffeisen"
#   (given names, common words, places or German co-operative banks) and bare "Rada" (Ukraine's
#   parliament: the Libyan force is "Radaa" or in full); the full forms are listed.
# - State armed forces, guards and branches (Sudanese Armed Forces, Basij, Quds Force, Rosgvardia,
#   Azov and other units of a state's forces, Myanmar's junta and State Administration Council) belong
#   to their state, as in states-forms.lex; central banks and ministries too.
# - Generic "UN peacekeepers", "Blauhelme", "blue helmets" are left out: they are theme cues
#   (troops sent) in de.lex/en.lex; only the UN Department of Peace Operations is listed.
# - EU missions (EUFOR, EULEX, EUMM, EUTM ...) are left out: organizations.lex reads EU missions as
#   org:eu. New names for ids that are already declared (e.g. "Nusra-Front" for org:hts) are not
#   added here.
# - Political parties only where they are armed, were armed, or act as sides in a conflict (KDP,
#   PUK, Amal, Lebanese Forces, Islah, SPLM, FSLN, NLD, USDP, PTI, TLP); domestic parties of
#   Europe and elsewhere are left out. State news agencies and outlets are not listed.
# - Territories (Faroe Islands, New Caledonia, Puerto Rico, Macau, Bougainville, Puntland, Jubaland,
#   Gagauzia, Republika Srpska) are organizations, as organizations.lex does for Greenland and Hong
#   Kong; regions that are only places (Crimea, Tigray, Darfur, Azawad, Nagorno-Karabakh) are not.

# --- Africa: Sahel, West Africa, Lake Chad ---
actor | org:islamic-state-sahel | organization | Islamic State Sahel Province
name | org:islamic-state-sahel | * | ISGS; ISSP; IS-Sahel; ISIS-Sahel
name | org:islamic-state-sahel | de | Islamischer Staat in der Großsahara; Islamischen Staates in der Großsahara; Islamischer Staat Sahel; Islamischen Staates Sahel; Provinz Sahel des Islamischen Staates
name | org:islamic-state-sahel | en | Islamic State Sahel Province; Islamic State in the Greater Sahara; Islamic State Sahel; Islamic State in the Sahel

actor | org:ansarul-islam | organization | Ansarul Islam
name | org:ansarul-islam | * | Ansarul Islam; Ansaroul Islam; Ansar ul Islam

actor | org:katiba-macina | organization | Katiba Macina
name | org:katiba-macina | * | Katiba Macina; Katibat Macina; Macina Liberation Front; Befreiungsfront von Macina

actor | org:aqim | organization | al-Qaeda in the Islamic Maghreb
name | org:aqim | * | AQIM; AQMI
name | org:aqim | de | al-Qaida im Islamischen Maghreb; Al-Qaida im Islamischen Maghreb; Al-Kaida im Islamischen Maghreb; al-Kaida im Islamischen Maghreb
name | org:aqim | en | al-Qaeda in the Islamic Maghreb; Al-Qaeda in the Islamic Maghreb; al-Qaida in the Islamic Maghreb

actor | org:fla | organization | Azawad Liberation Front
name | org:fla | * | Front de libération de l'Azawad; Front de Libération de l'Azawad
name | org:fla | de | Befreiungsfront von Azawad; Azawad-Befreiungsfront
name | org:fla | en | Azawad Liberation Front; Azawad Liberation Front (FLA)

actor | org:csp-dpa | organization | Permanent Strategic Framework (Mali)
name | org:csp-dpa | * | CSP-DPA; CSP-PSD; Cadre stratégique permanent
name | org:csp-dpa | en | Permanent Strategic Framework; Strategic Framework for the Defence of the People of Azawad

actor | org:mnla | organization | National Movement for the Liberation of Azawad
name | org:mnla | * | MNLA; Mouvement national de libération de l'Azawad
name | org:mnla | de | Nationale Bewegung für die Befreiung des Azawad; Nationalen Bewegung für die Befreiung des Azawad
name | org:mnla | en | National Movement for the Liberation of Azawad

actor | org:ansaru | organization | Ansaru
name | org:ansaru | * | Ansaru; Jama'atu Ansarul Muslimina fi Biladis Sudan

actor | org:lakurawa | organization | Lakurawa
name | org:lakurawa | * | Lakurawa

actor | org:ipob | organization | Indigenous People of Biafra
name | org:ipob | * | IPOB
name | org:ipob | de | Indigene Völker von Biafra
name | org:ipob | en | Indigenous People of Biafra; Indigenous Peoples of Biafra

actor | org:mfdc | organization | Movement of Democratic Forces of Casamance
name | org:mfdc | * | MFDC; Mouvement des forces démocratiques de Casamance
name | org:mfdc | de | Bewegung der Demokratischen Kräfte der Casamance
name | org:mfdc | en | Movement of Democratic Forces of Casamance; Movement of Democratic Forces of the Casamance

actor | org:fact-chad | organization | Front for Change and Concord in Chad
name | org:fact-chad | * | Front pour l'alternance et la concorde au Tchad
name | org:fact-chad | de | Front für Wandel und Eintracht im Tschad
name | org:fact-chad | en | Front for Change and Concord in Chad

actor | org:mnjtf | organization | Multinational Joint Task Force (Lake Chad)
name | org:mnjtf | * | MNJTF
name | org:mnjtf | de | Multinationale Gemeinsame Einsatztruppe
name | org:mnjtf | en | Multinational Joint Task Force

actor | org:lake-chad-basin-commission | organization | Lake Chad Basin Commission
name | org:lake-chad-basin-commission | * | LCBC
name | org:lake-chad-basin-commission | de | Tschadseebecken-Kommission; Tschadsee-Kommission
name | org:lake-chad-basin-commission | en | Lake Chad Basin Commission

actor | org:g5-sahel | organization | G5 Sahel
name | org:g5-sahel | * | G5 Sahel; G5-Sahel

# --- Africa: Central Africa and Great Lakes ---
actor | org:afc | organization | Alliance Fleuve Congo
name | org:afc | * | Alliance Fleuve Congo
name | org:afc | de | Kongo-Fluss-Allianz; Allianz Kongo-Fluss
name | org:afc | en | Congo River Alliance

actor | org:codeco | organization | CODECO
name | org:codeco | * | CODECO; Codeco; Coopérative pour le développement du Congo
name | org:codeco | en | Cooperative for the Development of Congo

actor | org:wazalendo | organization | Wazalendo
name | org:wazalendo | * | Wazalendo

actor | org:red-tabara | organization | RED-Tabara
name | org:red-tabara | * | RED-Tabara; Red Tabara; RED Tabara

actor | org:iscap | organization | Islamic State Central Africa Province
name | org:iscap | * | ISCAP; IS-Zentralafrika
name | org:iscap | de | Provinz Zentralafrika des Islamischen Staates; Islamischer Staat Zentralafrika
name | org:iscap | en | Islamic State Central Africa Province; Islamic State Central Africa

actor | org:lra | organization | Lord's Resistance Army
name | org:lra | * | LRA
name | org:lra | de | Widerstandsarmee des Herrn; Lord's Resistance Army
name | org:lra | en | Lord’s Resistance Army

actor | org:cpc-car | organization | Coalition of Patriots for Change (Central African Republic)
name | org:cpc-car | * | Coalition des patriotes pour le changement
name | org:cpc-car | de | Koalition der Patrioten für den Wandel
name | org:cpc-car | en | Coalition of Patriots for Change

actor | org:3r | organization | Return, Reclamation and Rehabilitation (3R)
name | org:3r | * | Retour, Réclamation et Réhabilitation
name | org:3r | en | Return, Reclamation and Rehabilitation

actor | org:seleka | organization | Séléka
name | org:seleka | * | Séléka; Seleka; Ex-Séléka; Ex-Seleka

actor | org:anti-balaka | organization | Anti-Balaka
name | org:anti-balaka | * | Anti-Balaka; Anti-balaka

actor | org:ambazonia | organization | Ambazonia (Anglophone separatists, Cameroon)
name | org:ambazonia | * | Ambazonia; Ambazonien; Ambazonia Defence Forces; Ambazonian Defence Forces
name | org:ambazonia | en | Ambazonian separatists; Ambazonia Governing Council; Interim Government of Ambazonia

actor | org:samidrc | organization | SADC Mission in the DRC (SAMIDRC)
name | org:samidrc | * | SAMIDRC
name | org:samidrc | en | SADC Mission in the Democratic Republic of Congo; SADC Mission in the DRC

actor | org:icglr | organization | International Conference on the Great Lakes Region
name | org:icglr | * | ICGLR
name | org:icglr | de | Internationale Konferenz der Großen Seen; Internationale Konferenz für die Region der Großen Seen
name | org:icglr | en | International Conference on the Great Lakes Region

actor | org:eccas | organization | Economic Community of Central African States
name | org:eccas | * | ECCAS; CEEAC
name | org:eccas | de | Wirtschaftsgemeinschaft Zentralafrikanischer Staaten
name | org:eccas | en | Economic Community of Central African States

actor | org:cemac | organization | Economic and Monetary Community of Central Africa
name | org:cemac | * | CEMAC
name | org:cemac | de | Zentralafrikanische Wirtschafts- und Währungsgemeinschaft
name | org:cemac | en | Economic and Monetary Community of Central Africa

# --- Africa: Sudan, South Sudan, Horn of Africa ---
actor | org:splm-n | organization | Sudan People's Liberation Movement-North
name | org:splm-n | * | SPLM-N; SPLM-North; SPLA-N
name | org:splm-n | de | Sudanesische Volksbefreiungsbewegung-Nord
name | org:splm-n | en | Sudan People's Liberation Movement-North; Sudan People's Liberation Movement–North; Sudan People’s Liberation Movement-North

actor | org:splm | organization | Sudan People's Liberation Movement (South Sudan)
name | org:splm | * | SPLM
name | org:splm | de | Sudanesische Volksbefreiungsbewegung
name | org:splm | en | Sudan People's Liberation Movement; Sudan People’s Liberation Movement

actor | org:splm-io | organization | SPLM-In Opposition
name | org:splm-io | * | SPLM-IO; SPLM/A-IO; SPLA-IO; SPLM-In Opposition
name | org:splm-io | en | Sudan People's Liberation Movement-in-Opposition; Sudan People's Liberation Movement in Opposition

actor | org:white-army | organization | White Army (South Sudan)
name | org:white-army | en | Nuer White Army
name | org:white-army | de | Weiße Armee der Nuer

actor | org:slm-aw | organization | Sudan Liberation Movement/Army - Abdel Wahid
name | org:slm-aw | * | SLM-AW; SLA-AW; SLM/A-AW
name | org:slm-aw | de | Sudanesische Befreiungsbewegung; Sudanesische Befreiungsarmee
name | org:slm-aw | en | Sudan Liberation Movement; Sudan Liberation Army; Sudan Liberation Movement/Army

actor | org:jem | organization | Justice and Equality Movement
name | org:jem | de | Bewegung für Gerechtigkeit und Gleichheit
name | org:jem | en | Justice and Equality Movement

actor | org:tasis | organization | Sudan Founding Alliance (Tasis)
name | org:tasis | * | Tasis; Ta'sis
name | org:tasis | de | Sudanesische Gründungsallianz
name | org:tasis | en | Sudan Founding Alliance; Sudanese Founding Alliance; Government of Peace and Unity

actor | org:ola | organization | Oromo Liberation Army
name | org:ola | de | Oromo-Befreiungsarmee; Oromo Liberation Army

actor | org:olf | organization | Oromo Liberation Front
name | org:olf | * | OLF
name | org:olf | de | Oromo-Befreiungsfront
name | org:olf | en | Oromo Liberation Front

actor | org:onlf | organization | Ogaden National Liberation Front
name | org:onlf | * | ONLF
name | org:onlf | de | Nationale Befreiungsfront des Ogaden; Ogaden-Befreiungsfront
name | org:onlf | en | Ogaden National Liberation Front

actor | org:tigray-defence-forces | organization | Tigray Defence Forces
name | org:tigray-defence-forces | de | Tigray-Verteidigungskräfte; Verteidigungskräfte von Tigray
name | org:tigray-defence-forces | en | Tigray Defence Forces; Tigray Defense Forces

actor | org:tigray-interim-administration | organization | Tigray Interim Regional Administration
name | org:tigray-interim-administration | de | Übergangsverwaltung von Tigray; Tigray-Übergangsverwaltung
name | org:tigray-interim-administration | en | Tigray Interim Regional Administration; Tigray Interim Administration

actor | org:islamic-state-somalia | organization | Islamic State Somalia Province
name | org:islamic-state-somalia | * | IS-Somalia; ISIS-Somalia
name | org:islamic-state-somalia | de | Islamischer Staat Somalia; Islamischen Staates Somalia
name | org:islamic-state-somalia | en | Islamic State Somalia Province; Islamic State Somalia; Islamic State in Somalia

actor | org:puntland | organization | Puntland
name | org:puntland | * | Puntland

actor | org:jubaland | organization | Jubaland
name | org:jubaland | * | Jubaland

actor | org:ssc-khatumo | organization | SSC-Khatumo
name | org:ssc-khatumo | * | SSC-Khatumo; SSC-Khaatumo; Khatumo

actor | org:atmis | organization | AU mission in Somalia (ATMIS/AUSSOM)
name | org:atmis | * | ATMIS; AUSSOM; AMISOM
name | org:atmis | de | AU-Mission in Somalia; Mission der Afrikanischen Union in Somalia
name | org:atmis | en | African Union Transition Mission in Somalia; African Union Support and Stabilization Mission in Somalia; African Union Mission in Somalia; AU mission in Somalia

# --- Africa: Mozambique, Libya, Maghreb, southern Africa ---
actor | org:islamic-state-mozambique | organization | Islamic State Mozambique Province
name | org:islamic-state-mozambique | * | Ansar al-Sunna; Ansar al-Sunnah; Ahlu Sunnah Wa-Jama; Ahl al-Sunna wal-Jamaa
name | org:islamic-state-mozambique | de | Islamischer Staat Mosambik; Islamischen Staates Mosambik
name | org:islamic-state-mozambique | en | Islamic State Mozambique Province; Islamic State Mozambique; Islamic State in Mozambique

actor | org:samim | organization | SADC Mission in Mozambique
name | org:samim | * | SAMIM
name | org:samim | en | SADC Mission in Mozambique

actor | org:rada | organization | Rada Special Deterrence Force (Libya)
name | org:rada | * | Radaa
name | org:rada | de | Spezialabschreckungskräfte
name | org:rada | en | Special Deterrence Force; Rada Special Deterrence Force; Rada Force

actor | org:libyan-presidential-council | organization | Presidential Council of Libya
name | org:libyan-presidential-council | de | Libyscher Präsidialrat; Libyschen Präsidialrat; Libyschen Präsidialrats; Libyschen Präsidialrates
name | org:libyan-presidential-council | en | Libyan Presidential Council; Presidential Council of Libya

actor | org:libyan-house-of-representatives | organization | House of Representatives of Libya
name | org:libyan-house-of-representatives | de | Libysches Repräsentantenhaus; Libyschen Repräsentantenhaus; Libyschen Repräsentantenhauses
name | org:libyan-house-of-representatives | en | Libyan House of Representatives; Libya's House of Representatives; House of Representatives in Tobruk

actor | org:sadr | organization | Sahrawi Arab Democratic Republic
name | org:sadr | * | SADR; RASD
name | org:sadr | de | Demokratische Arabische Republik Sahara; Demokratischen Arabischen Republik Sahara
name | org:sadr | en | Sahrawi Arab Democratic Republic; Sahrawi Republic

actor | org:arab-maghreb-union | organization | Arab Maghreb Union
name | org:arab-maghreb-union | * | UMA
name | org:arab-maghreb-union | de | Union des Arabischen Maghreb; Maghreb-Union; Arabische Maghreb-Union; Arabischen Maghreb-Union
name | org:arab-maghreb-union | en | Arab Maghreb Union

actor | org:comesa | organization | COMESA
name | org:comesa | * | COMESA
name | org:comesa | de | Gemeinsamer Markt für das Östliche und Südliche Afrika
name | org:comesa | en | Common Market for Eastern and Southern Africa

actor | org:uemoa | organization | West African Economic and Monetary Union
name | org:uemoa | * | UEMOA; WAEMU
name | org:uemoa | de | Westafrikanische Wirtschafts- und Währungsunion
name | org:uemoa | en | West African Economic and Monetary Union

actor | org:afdb | organization | African Development Bank
name | org:afdb | * | AfDB
name | org:afdb | de | Afrikanische Entwicklungsbank
name | org:afdb | en | African Development Bank

actor | org:afreximbank | organization | African Export-Import Bank
name | org:afreximbank | * | Afreximbank
name | org:afreximbank | en | African Export-Import Bank

# --- Middle East: Palestinian factions, Lebanon ---
actor | org:pflp | organization | Popular Front for the Liberation of Palestine
name | org:pflp | * | PFLP; PFLP-GC
name | org:pflp | de | Volksfront zur Befreiung Palästinas
name | org:pflp | en | Popular Front for the Liberation of Palestine

actor | org:dflp | organization | Democratic Front for the Liberation of Palestine
name | org:dflp | * | DFLP
name | org:dflp | de | Demokratische Front zur Befreiung Palästinas; Demokratischen Front zur Befreiung Palästinas
name | org:dflp | en | Democratic Front for the Liberation of Palestine

actor | org:al-aqsa-martyrs-brigades | organization | al-Aqsa Martyrs' Brigades
name | org:al-aqsa-martyrs-brigades | de | Al-Aksa-Märtyrerbrigaden; Al-Aqsa-Märtyrerbrigaden; Aksa-Märtyrerbrigaden
name | org:al-aqsa-martyrs-brigades | en | al-Aqsa Martyrs' Brigades; Al-Aqsa Martyrs' Brigades; al-Aqsa Martyrs Brigades; Al-Aqsa Martyrs Brigades

actor | org:jenin-brigade | organization | Jenin Brigade
name | org:jenin-brigade | de | Dschenin-Brigade; Jenin-Brigade; Dschenin-Bataillon
name | org:jenin-brigade | en | Jenin Brigade; Jenin Brigades; Jenin Battalion

actor | org:lions-den | organization | Lions' Den
name | org:lions-den | * | Areen al-Usud; Arin al-Usud
name | org:lions-den | en | Lions' Den; Lion's Den; Lions’ Den

actor | org:amal-movement | organization | Amal Movement
name | org:amal-movement | de | Amal-Bewegung; Amal-Miliz; Schiitenbewegung Amal
name | org:amal-movement | en | Amal Movement; Amal movement

actor | org:lebanese-forces | organization | Lebanese Forces
name | org:lebanese-forces | en | Lebanese Forces party
name | org:lebanese-forces | de | Libanesische Kräfte; Libanesischen Kräfte

actor | org:gaza-humanitarian-foundation | organization | Gaza Humanitarian Foundation
name | org:gaza-humanitarian-foundation | * | GHF
name | org:gaza-humanitarian-foundation | de | Gaza Humanitarian Foundation; Gaza-Stiftung

actor | org:board-of-peace | organization | Board of Peace (Gaza)
name | org:board-of-peace | en | Board of Peace

actor | org:palestinian-red-crescent | organization | Palestine Red Crescent Society
name | org:palestinian-red-crescent | * | PRCS
name | org:palestinian-red-crescent | de | Palästinensischer Roter Halbmond; Palästinensischen Roten Halbmond; Palästinensischen Roten Halbmonds
name | org:palestinian-red-crescent | en | Palestine Red Crescent Society; Palestinian Red Crescent; Palestine Red Crescent; Palestinian Red Crescent Society

# --- Middle East: Iraq ---
actor | org:asaib-ahl-al-haq | organization | Asaib Ahl al-Haq
name | org:asaib-ahl-al-haq | * | Asaib Ahl al-Haq; Asa'ib Ahl al-Haq; Asaib Ahl al-Hak

actor | org:nujaba | organization | Harakat Hezbollah al-Nujaba
name | org:nujaba | * | Nujaba; al-Nujaba; Harakat al-Nujaba; Harakat Hezbollah al-Nujaba; Nudschaba; Harakat Hisbollah al-Nudschaba

actor | org:kataib-sayyid-al-shuhada | organization | Kataib Sayyid al-Shuhada
name | org:kataib-sayyid-al-shuhada | * | Kataib Sayyid al-Shuhada; Kata'ib Sayyid al-Shuhada

actor | org:badr-organization | organization | Badr Organization
name | org:badr-organization | de | Badr-Organisation; Badr-Brigaden; Badr-Miliz
name | org:badr-organization | en | Badr Organization; Badr Organisation; Badr Brigades

actor | org:saraya-al-salam | organization | Saraya al-Salam
name | org:saraya-al-salam | * | Saraya al-Salam
name | org:saraya-al-salam | de | Friedensbrigaden
name | org:saraya-al-salam | en | Peace Companies

actor | org:kdp | organization | Kurdistan Democratic Party (Iraq)
name | org:kdp | * | KDP
name | org:kdp | de | Demokratische Partei Kurdistans; Demokratischen Partei Kurdistans
name | org:kdp | en | Kurdistan Democratic Party

actor | org:puk | organization | Patriotic Union of Kurdistan
name | org:puk | * | PUK
name | org:puk | de | Patriotische Union Kurdistans
name | org:puk | en | Patriotic Union of Kurdistan

actor | org:somo | organization | State Organization for Marketing of Oil (Iraq)
name | org:somo | * | SOMO
name | org:somo | en | State Organization for Marketing of Oil; State Oil Marketing Organization

# --- Middle East: Syria ---
actor | org:aanes | organization | Autonomous Administration of North and East Syria
name | org:aanes | * | AANES; Rojava
name | org:aanes | de | Autonome Administration von Nord- und Ostsyrien; Selbstverwaltung Nord- und Ostsyriens; Autonome Verwaltung Nord- und Ostsyriens
name | org:aanes | en | Autonomous Administration of North and East Syria; Autonomous Administration of North and East Syria (AANES)

actor | org:syrian-democratic-council | organization | Syrian Democratic Council
name | org:syrian-democratic-council | de | Demokratischer Rat Syriens; Syrischer Demokratischer Rat
name | org:syrian-democratic-council | en | Syrian Democratic Council

actor | org:hurras-al-din | organization | Hurras al-Din
name | org:hurras-al-din | * | Hurras al-Din; Huras al-Din; Hurras ad-Din

actor | org:ahrar-al-sham | organization | Ahrar al-Sham
name | org:ahrar-al-sham | * | Ahrar al-Sham; Ahrar asch-Scham

actor | org:jaysh-al-islam | organization | Jaysh al-Islam
name | org:jaysh-al-islam | * | Jaysh al-Islam; Jaish al-Islam; Dschaisch al-Islam

actor | org:men-of-dignity | organization | Men of Dignity (Sweida)
name | org:men-of-dignity | * | Rijal al-Karama; Harakat Rijal al-Karama
name | org:men-of-dignity | de | Männer der Würde
name | org:men-of-dignity | en | Men of Dignity; Men of Dignity movement

actor | org:hamza-division | organization | Hamza Division
name | org:hamza-division | de | Hamza-Division; Hamsa-Division
name | org:hamza-division | en | Hamza Division

actor | org:sultan-murad-division | organization | Sultan Murad Division
name | org:sultan-murad-division | de | Sultan-Murad-Division
name | org:sultan-murad-division | en | Sultan Murad Division

actor | org:fatemiyoun | organization | Liwa Fatemiyoun
name | org:fatemiyoun | * | Fatemiyoun; Liwa Fatemiyoun; Fatemiyoun Brigade; Fatimiyun
name | org:fatemiyoun | de | Fatemiyoun-Brigade

actor | org:zainabiyoun | organization | Liwa Zainabiyoun
name | org:zainabiyoun | * | Zainabiyoun; Liwa Zainabiyoun; Zainabiyoun Brigade
name | org:zainabiyoun | de | Zainabiyoun-Brigade

actor | org:white-helmets | organization | White Helmets (Syria Civil Defence)
name | org:white-helmets | de | Weißhelme; Weißhelmen; Syrischer Zivilschutz
name | org:white-helmets | en | White Helmets; Syria Civil Defence; Syrian Civil Defence

# --- Middle East: Yemen, Gulf, Iran, Turkey, Egypt ---
actor | org:stc | organization | Southern Transitional Council (Yemen)
name | org:stc | * | STC
name | org:stc | de | Südlicher Übergangsrat; Südlichen Übergangsrat; Südlichen Übergangsrats; Südlichen Übergangsrates; Südjemenitischer Übergangsrat
name | org:stc | en | Southern Transitional Council

actor | org:yemen-presidential-leadership-council | organization | Presidential Leadership Council (Yemen)
name | org:yemen-presidential-leadership-council | de | Präsidialer Führungsrat; Präsidialen Führungsrat; Präsidialen Führungsrats; Präsidialrat des Jemen
name | org:yemen-presidential-leadership-council | en | Presidential Leadership Council; Presidential Leadership Council of Yemen

actor | org:islah | organization | Islah Party (Yemen)
name | org:islah | * | Al-Islah; al-Islah
name | org:islah | de | Islah-Partei
name | org:islah | en | Islah Party; Yemeni Congregation for Reform

actor | org:giants-brigades | organization | Giants Brigades
name | org:giants-brigades | * | Amaliqa; al-Amaliqa
name | org:giants-brigades | de | Riesen-Brigaden; Giganten-Brigaden
name | org:giants-brigades | en | Giants Brigades; Giants Brigade

actor | org:aqap | organization | al-Qaeda in the Arabian Peninsula
name | org:aqap | * | AQAP
name | org:aqap | de | al-Qaida auf der Arabischen Halbinsel; Al-Qaida auf der Arabischen Halbinsel; Al-Kaida auf der Arabischen Halbinsel; al-Kaida auf der Arabischen Halbinsel
name | org:aqap | en | al-Qaeda in the Arabian Peninsula; Al-Qaeda in the Arabian Peninsula; al-Qaida in the Arabian Peninsula

actor | org:jaish-al-adl | organization | Jaish al-Adl
name | org:jaish-al-adl | * | Jaish al-Adl; Jaish ul-Adl; Dschaisch al-Adl
name | org:jaish-al-adl | en | Army of Justice

actor | org:pjak | organization | Party of Free Life of Kurdistan (PJAK)
name | org:pjak | * | PJAK
name | org:pjak | de | Partei für ein freies Leben in Kurdistan
name | org:pjak | en | Party of Free Life of Kurdistan; Kurdistan Free Life Party

actor | org:pdki | organization | Democratic Party of Iranian Kurdistan
name | org:pdki | * | PDKI; KDPI
name | org:pdki | de | Demokratische Partei Kurdistan-Iran; Demokratische Partei des iranischen Kurdistan
name | org:pdki | en | Democratic Party of Iranian Kurdistan; Kurdish Democratic Party of Iran

actor | org:komala | organization | Komala
name | org:komala | * | Komala; Komalah

actor | org:mek | organization | People's Mojahedin Organization of Iran (MEK)
name | org:mek | * | MEK; MKO; PMOI
name | org:mek | de | Volksmudschahedin; Volksmodschahedin; Volksmudschaheddin; Volksmudschahedin Iran
name | org:mek | en | People's Mojahedin Organization of Iran; People's Mujahedin of Iran; Mujahedin-e Khalq; Mojahedin-e Khalq

actor | org:ncri | organization | National Council of Resistance of Iran
name | org:ncri | * | NCRI
name | org:ncri | de | Nationaler Widerstandsrat Iran; Nationaler Widerstandsrat des Iran; Nationalen Widerstandsrates Iran; Nationalen Widerstandsrats Iran
name | org:ncri | en | National Council of Resistance of Iran

actor | org:gulen-movement | organization | Gülen movement
name | org:gulen-movement | * | FETÖ; FETO; Hizmet
name | org:gulen-movement | de | Gülen-Bewegung; Gülen Bewegung
name | org:gulen-movement | en | Gülen movement; Gulen movement; Fethullah Terrorist Organization

actor | org:muslim-brotherhood | organization | Muslim Brotherhood
name | org:muslim-brotherhood | de | Muslimbruderschaft; Muslimbrüder; Muslimbrüdern; Muslimbrüderschaft
name | org:muslim-brotherhood | en | Muslim Brotherhood; Society of the Muslim Brothers

actor | org:hasm | organization | Hasm Movement
name | org:hasm | * | Hasm; Harakat Sawa'id Misr
name | org:hasm | de | Hasm-Bewegung
name | org:hasm | en | Hasm Movement; Hasm movement

# --- South and Central Asia ---
actor | org:blf | organization | Balochistan Liberation Front
name | org:blf | * | BLF
name | org:blf | de | Befreiungsfront Belutschistans; Belutschistanische Befreiungsfront
name | org:blf | en | Balochistan Liberation Front; Baluchistan Liberation Front

actor | org:brag | organization | Baloch Raji Aajoi Sangar
name | org:brag | * | Baloch Raji Aajoi Sangar

actor | org:lashkar-e-jhangvi | organization | Lashkar-e-Jhangvi
name | org:lashkar-e-jhangvi | * | Lashkar-e-Jhangvi; Lashkar-i-Jhangvi; Laschkar-e-Dschangwi

actor | org:sipah-e-sahaba | organization | Sipah-e-Sahaba
name | org:sipah-e-sahaba | * | Sipah-e-Sahaba; Ahle Sunnat Wal Jamaat

actor | org:tlp | organization | Tehreek-e-Labbaik Pakistan
name | org:tlp | * | TLP; Tehreek-e-Labbaik Pakistan; Tehrik-e-Labbaik Pakistan; Tehreek-e-Labbaik

actor | org:pti | organization | Pakistan Tehreek-e-Insaf
name | org:pti | * | Pakistan Tehreek-e-Insaf; Pakistan Tehrik-e-Insaf
name | org:pti | de | Pakistanische Bewegung für Gerechtigkeit
name | org:pti | en | Pakistan Movement for Justice

actor | org:jamaat-ul-ahrar | organization | Jamaat-ul-Ahrar
name | org:jamaat-ul-ahrar | * | Jamaat-ul-Ahrar; Jamaat ul-Ahrar

actor | org:hafiz-gul-bahadur-group | organization | Hafiz Gul Bahadur group
name | org:hafiz-gul-bahadur-group | de | Hafiz-Gul-Bahadur-Gruppe
name | org:hafiz-gul-bahadur-group | en | Hafiz Gul Bahadur group; Hafiz Gul Bahadur Group

actor | org:haqqani-network | organization | Haqqani network
name | org:haqqani-network | de | Haqqani-Netzwerk; Haqqani-Netzwerks; Haqqani-Netzwerkes; Hakkani-Netzwerk
name | org:haqqani-network | en | Haqqani network; Haqqani Network

actor | org:afghan-nrf | organization | National Resistance Front of Afghanistan
name | org:afghan-nrf | de | Nationale Widerstandsfront Afghanistans; Nationale Widerstandsfront
name | org:afghan-nrf | en | National Resistance Front of Afghanistan; National Resistance Front

actor | org:afghanistan-freedom-front | organization | Afghanistan Freedom Front
name | org:afghanistan-freedom-front | de | Afghanische Freiheitsfront
name | org:afghanistan-freedom-front | en | Afghanistan Freedom Front

actor | org:hizbul-mujahideen | organization | Hizbul Mujahideen
name | org:hizbul-mujahideen | * | Hizbul Mujahideen; Hizb-ul-Mujahideen; Hisbul Mudschahidin

actor | org:harkat-ul-mujahideen | organization | Harkat-ul-Mujahideen
name | org:harkat-ul-mujahideen | * | Harkat-ul-Mujahideen; Harakat ul-Mujahidin

actor | org:paff | organization | People's Anti-Fascist Front (Kashmir)
name | org:paff | * | PAFF
name | org:paff | en | People's Anti-Fascist Front; People’s Anti-Fascist Front

actor | org:ulfa | organization | United Liberation Front of Asom
name | org:ulfa | * | ULFA; ULFA-I; ULFA(I)
name | org:ulfa | de | Vereinigte Befreiungsfront von Assam
name | org:ulfa | en | United Liberation Front of Asom; United Liberation Front of Assam

actor | org:nscn | organization | National Socialist Council of Nagaland
name | org:nscn | * | NSCN; NSCN-IM; NSCN(IM); NSCN-K
name | org:nscn | en | National Socialist Council of Nagaland

actor | org:cpi-maoist | organization | Communist Party of India (Maoist)
name | org:cpi-maoist | * | CPI (Maoist); CPI-Maoist
name | org:cpi-maoist | de | Naxaliten; Naxaliten-Rebellen; Kommunistische Partei Indiens (Maoistisch)
name | org:cpi-maoist | en | Communist Party of India (Maoist); Naxalites; Naxalite rebels; Maoist rebels

actor | org:arambai-tenggol | organization | Arambai Tenggol
name | org:arambai-tenggol | * | Arambai Tenggol

actor | org:ltte | organization | Liberation Tigers of Tamil Eelam
name | org:ltte | * | LTTE
name | org:ltte | de | Befreiungstiger von Tamil Eelam; Tamil Tigers; Tamilische Befreiungstiger; Tamilischen Befreiungstiger
name | org:ltte | en | Liberation Tigers of Tamil Eelam

actor | org:imu | organization | Islamic Movement of Uzbekistan
name | org:imu | * | IMU
name | org:imu | de | Islamische Bewegung Usbekistans; Islamischen Bewegung Usbekistans
name | org:imu | en | Islamic Movement of Uzbekistan

actor | org:jamaat-ansarullah | organization | Jamaat Ansarullah (Tajikistan)
name | org:jamaat-ansarullah | * | Jamaat Ansarullah; Jamaat Ansarulloh

actor | org:tibetan-government-in-exile | organization | Central Tibetan Administration
name | org:tibetan-government-in-exile | de | Tibetische Exilregierung; tibetische Exilregierung; tibetischen Exilregierung; Tibetischen Exilregierung; Zentrale Tibetische Verwaltung
name | org:tibetan-government-in-exile | en | Central Tibetan Administration; Tibetan government-in-exile; Tibetan government in exile

actor | org:saarc | organization | South Asian Association for Regional Cooperation
name | org:saarc | * | SAARC
name | org:saarc | de | Südasiatische Vereinigung für regionale Kooperation; Südasiatische Vereinigung für regionale Zusammenarbeit
name | org:saarc | en | South Asian Association for Regional Cooperation

actor | org:bimstec | organization | BIMSTEC
name | org:bimstec | * | BIMSTEC
name | org:bimstec | en | Bay of Bengal Initiative for Multi-Sectoral Technical and Economic Cooperation

actor | org:organization-of-turkic-states | organization | Organization of Turkic States
name | org:organization-of-turkic-states | de | Organisation der Turkstaaten; Organisation Türkischer Staaten; Türkischer Staatenbund; Turkstaaten-Organisation
name | org:organization-of-turkic-states | en | Organization of Turkic States; Organisation of Turkic States

# --- Southeast Asia: Myanmar ---
actor | org:kia | organization | Kachin Independence Army
name | org:kia | de | Kachin Independence Army; Unabhängigkeitsarmee der Kachin; Kachin-Unabhängigkeitsarmee

actor | org:kio | organization | Kachin Independence Organisation
name | org:kio | * | KIO
name | org:kio | de | Kachin-Unabhängigkeitsorganisation
name | org:kio | en | Kachin Independence Organisation; Kachin Independence Organization

actor | org:knu | organization | Karen National Union
name | org:knu | * | KNU
name | org:knu | de | Karen National Union; Nationale Union der Karen

actor | org:knla | organization | Karen National Liberation Army
name | org:knla | * | KNLA
name | org:knla | de | Nationale Befreiungsarmee der Karen; Karen-Befreiungsarmee
name | org:knla | en | Karen National Liberation Army

actor | org:karen-national-army | organization | Karen National Army (former Karen Border Guard Force)
name | org:karen-national-army | en | Karen National Army; Karen Border Guard Force; Kayin State Border Guard Force

actor | org:dkba | organization | Democratic Karen Buddhist Army
name | org:dkba | * | DKBA
name | org:dkba | en | Democratic Karen Buddhist Army; Democratic Karen Benevolent Army

actor | org:knpp | organization | Karenni National Progressive Party
name | org:knpp | * | KNPP
name | org:knpp | en | Karenni National Progressive Party; Karenni Army

actor | org:kndf | organization | Karenni Nationalities Defense Force
name | org:kndf | * | KNDF
name | org:kndf | en | Karenni Nationalities Defense Force; Karenni Nationalities Defence Force

actor | org:cnf | organization | Chin National Front
name | org:cnf | * | CNF
name | org:cnf | en | Chin National Front; Chin National Army

actor | org:uwsa | organization | United Wa State Army
name | org:uwsa | * | UWSA
name | org:uwsa | de | Vereinigte Wa-Staatsarmee; United Wa State Army

actor | org:rcss | organization | Restoration Council of Shan State
name | org:rcss | * | RCSS; SSA-South; SSA-S
name | org:rcss | en | Restoration Council of Shan State; Shan State Army-South

actor | org:sspp | organization | Shan State Progress Party
name | org:sspp | * | SSPP; SSA-North; SSA-N
name | org:sspp | en | Shan State Progress Party; Shan State Army-North

actor | org:myanmar-pdf | organization | People's Defence Force (Myanmar)
name | org:myanmar-pdf | de | Volksverteidigungskräfte; Volksverteidigungskräften
name | org:myanmar-pdf | en | People's Defence Force; People's Defense Force; People’s Defence Force; People's Defence Forces; People's Defense Forces

actor | org:arsa | organization | Arakan Rohingya Salvation Army
name | org:arsa | * | ARSA
name | org:arsa | de | Arakan Rohingya Salvation Army; Arakanische Rohingya-Heilsarmee

actor | org:rohingya-solidarity-organisation | organization | Rohingya Solidarity Organisation
name | org:rohingya-solidarity-organisation | en | Rohingya Solidarity Organisation; Rohingya Solidarity Organization

actor | org:nmsp | organization | New Mon State Party
name | org:nmsp | * | NMSP
name | org:nmsp | en | New Mon State Party

actor | org:absdf | organization | All Burma Students' Democratic Front
name | org:absdf | * | ABSDF
name | org:absdf | en | All Burma Students' Democratic Front

actor | org:bpla | organization | Bamar People's Liberation Army
name | org:bpla | * | BPLA
name | org:bpla | en | Bamar People's Liberation Army

actor | org:nld | organization | National League for Democracy
name | org:nld | * | NLD
name | org:nld | de | Nationale Liga für Demokratie; Nationalen Liga für Demokratie
name | org:nld | en | National League for Democracy

actor | org:usdp | organization | Union Solidarity and Development Party
name | org:usdp | * | USDP
name | org:usdp | de | Union Solidarity and Development Party; Partei für Solidarität und Entwicklung der Union

# --- Southeast Asia: Philippines, Thailand, Indonesia ---
actor | org:npa | organization | New People's Army
name | org:npa | * | NPA
name | org:npa | de | Neue Volksarmee; Neuen Volksarmee
name | org:npa | en | New People's Army; New People’s Army

actor | org:cpp-philippines | organization | Communist Party of the Philippines
name | org:cpp-philippines | de | Kommunistische Partei der Philippinen
name | org:cpp-philippines | en | Communist Party of the Philippines

actor | org:ndfp | organization | National Democratic Front of the Philippines
name | org:ndfp | * | NDFP
name | org:ndfp | en | National Democratic Front of the Philippines

actor | org:milf | organization | Moro Islamic Liberation Front
name | org:milf | * | MILF
name | org:milf | de | Islamische Befreiungsfront der Moros; Moro Islamic Liberation Front

actor | org:mnlf | organization | Moro National Liberation Front
name | org:mnlf | * | MNLF
name | org:mnlf | de | Nationale Befreiungsfront der Moros
name | org:mnlf | en | Moro National Liberation Front

actor | org:abu-sayyaf | organization | Abu Sayyaf
name | org:abu-sayyaf | * | Abu Sayyaf; Abu-Sayyaf; Abu Sayyaf Group
name | org:abu-sayyaf | de | Abu-Sayyaf-Gruppe; Abu Sajaf

actor | org:biff | organization | Bangsamoro Islamic Freedom Fighters
name | org:biff | * | BIFF
name | org:biff | en | Bangsamoro Islamic Freedom Fighters

actor | org:dawlah-islamiyah | organization | Dawlah Islamiyah
name | org:dawlah-islamiyah | * | Dawlah Islamiyah; Maute group; Maute Group; Maute-Gruppe

actor | org:brn | organization | Barisan Revolusi Nasional
name | org:brn | * | BRN; Barisan Revolusi Nasional
name | org:brn | en | National Revolutionary Front

actor | org:pulo | organization | Patani United Liberation Organisation
name | org:pulo | * | PULO
name | org:pulo | en | Patani United Liberation Organisation; Pattani United Liberation Organization

actor | org:opm | organization | Free Papua Movement
name | org:opm | * | Organisasi Papua Merdeka; TPNPB; TPNPB-OPM
name | org:opm | de | Bewegung Freies Papua; Freie-Papua-Bewegung
name | org:opm | en | Free Papua Movement; West Papua National Liberation Army

actor | org:jemaah-islamiyah | organization | Jemaah Islamiyah
name | org:jemaah-islamiyah | * | Jemaah Islamiyah; Jemaah Islamiah

actor | org:jad | organization | Jamaah Ansharut Daulah
name | org:jad | * | Jamaah Ansharut Daulah

actor | org:apec | organization | Asia-Pacific Economic Cooperation
name | org:apec | * | APEC; Apec
name | org:apec | de | Asiatisch-Pazifische Wirtschaftsgemeinschaft; Asiatisch-Pazifische Wirtschaftskooperation
name | org:apec | en | Asia-Pacific Economic Cooperation

actor | org:pacific-islands-forum | organization | Pacific Islands Forum
name | org:pacific-islands-forum | de | Pazifik-Inselforum; Pazifische Inselforum; Pazifischen Inselforums
name | org:pacific-islands-forum | en | Pacific Islands Forum

actor | org:adb | organization | Asian Development Bank
name | org:adb | * | ADB
name | org:adb | de | Asiatische Entwicklungsbank; Asiatischen Entwicklungsbank
name | org:adb | en | Asian Development Bank

actor | org:aiib | organization | Asian Infrastructure Investment Bank
name | org:aiib | * | AIIB
name | org:aiib | de | Asiatische Infrastrukturinvestmentbank; Asiatischen Infrastrukturinvestmentbank; Asiatische Infrastruktur-Investmentbank
name | org:aiib | en | Asian Infrastructure Investment Bank

actor | org:new-development-bank | organization | New Development Bank (BRICS)
name | org:new-development-bank | de | Neue Entwicklungsbank; Neuen Entwicklungsbank; BRICS-Bank; Brics-Bank
name | org:new-development-bank | en | New Development Bank; BRICS bank

# --- Latin America and the Caribbean ---
actor | org:clan-del-golfo | organization | Clan del Golfo (Gulf Clan)
name | org:clan-del-golfo | * | Clan del Golfo; AGC; EGC; Autodefensas Gaitanistas de Colombia; Ejército Gaitanista de Colombia
name | org:clan-del-golfo | de | Golf-Clan; Golfclan
name | org:clan-del-golfo | en | Gulf Clan; Gaitanista Army of Colombia; Gaitanista Self-Defense Forces of Colombia

actor | org:farc-emc | organization | FARC dissidents, Estado Mayor Central
name | org:farc-emc | * | Estado Mayor Central; FARC-EMC
name | org:farc-emc | en | Central General Staff

actor | org:segunda-marquetalia | organization | Segunda Marquetalia
name | org:segunda-marquetalia | * | Segunda Marquetalia
name | org:segunda-marquetalia | en | Second Marquetalia

actor | org:comandos-de-la-frontera | organization | Comandos de la Frontera
name | org:comandos-de-la-frontera | * | Comandos de la Frontera

actor | org:shining-path | organization | Shining Path
name | org:shining-path | * | Sendero Luminoso
name | org:shining-path | de | Leuchtender Pfad; Leuchtenden Pfad; Leuchtenden Pfades
name | org:shining-path | en | Shining Path

actor | org:cjng | organization | Jalisco New Generation Cartel
name | org:cjng | * | CJNG; Cártel de Jalisco Nueva Generación; Cartel de Jalisco Nueva Generación
name | org:cjng | de | Jalisco-Kartell; Jalisco-Kartells; Kartell Jalisco Nueva Generación; Kartell Neue Generation Jalisco
name | org:cjng | en | Jalisco New Generation Cartel; Jalisco Cartel

actor | org:gulf-cartel | organization | Gulf Cartel
name | org:gulf-cartel | * | Cártel del Golfo; Cartel del Golfo
name | org:gulf-cartel | de | Golf-Kartell; Golf-Kartells; Golfkartell
name | org:gulf-cartel | en | Gulf Cartel

actor | org:cartel-del-noreste | organization | Cartel del Noreste (Los Zetas)
name | org:cartel-del-noreste | * | Cártel del Noreste; Cartel del Noreste; Los Zetas; Zetas
name | org:cartel-del-noreste | en | Northeast Cartel
name | org:cartel-del-noreste | de | Zetas-Kartell

actor | org:familia-michoacana | organization | La Nueva Familia Michoacana
name | org:familia-michoacana | * | La Nueva Familia Michoacana; Familia Michoacana; La Familia Michoacana

actor | org:carteles-unidos | organization | Cárteles Unidos
name | org:carteles-unidos | * | Cárteles Unidos; Carteles Unidos

actor | org:juarez-cartel | organization | Juárez Cartel
name | org:juarez-cartel | * | Cártel de Juárez; Cartel de Juárez
name | org:juarez-cartel | de | Juárez-Kartell; Juarez-Kartell
name | org:juarez-cartel | en | Juárez Cartel; Juarez Cartel

actor | org:beltran-leyva | organization | Beltrán Leyva Organization
name | org:beltran-leyva | de | Beltrán-Leyva-Kartell
name | org:beltran-leyva | en | Beltrán Leyva Organization; Beltran Leyva Organization; Beltrán Leyva cartel

actor | org:los-chapitos | organization | Los Chapitos
name | org:los-chapitos | * | Los Chapitos; Chapitos

actor | org:cartel-of-the-suns | organization | Cartel of the Suns
name | org:cartel-of-the-suns | * | Cartel de los Soles; Cártel de los Soles
name | org:cartel-of-the-suns | de | Sonnenkartell; Kartell der Sonnen; Sonnen-Kartell
name | org:cartel-of-the-suns | en | Cartel of the Suns

actor | org:ms-13 | organization | MS-13 (Mara Salvatrucha)
name | org:ms-13 | * | MS-13; MS13; Mara Salvatrucha

actor | org:barrio-18 | organization | Barrio 18
name | org:barrio-18 | * | Barrio 18; Barrio-18; Calle 18; Mara 18

actor | org:los-choneros | organization | Los Choneros
name | org:los-choneros | * | Los Choneros; Choneros

actor | org:los-lobos | organization | Los Lobos (Ecuador)
name | org:los-lobos | * | Los Lobos

actor | org:pcc-brazil | organization | Primeiro Comando da Capital
name | org:pcc-brazil | * | Primeiro Comando da Capital; PCC

actor | org:comando-vermelho | organization | Comando Vermelho
name | org:comando-vermelho | * | Comando Vermelho
name | org:comando-vermelho | en | Red Command

actor | org:viv-ansanm | organization | Viv Ansanm
name | org:viv-ansanm | * | Viv Ansanm

actor | org:g9-haiti | organization | G9 Family and Allies (Haiti)
name | org:g9-haiti | * | G9 an Fanmi e Alye; G9 an Fanmi
name | org:g9-haiti | en | G9 Family and Allies; G9 gang alliance

actor | org:gran-grif | organization | Gran Grif
name | org:gran-grif | * | Gran Grif

actor | org:400-mawozo | organization | 400 Mawozo
name | org:400-mawozo | * | 400 Mawozo; Mawozo

actor | org:mss-haiti | organization | Multinational Security Support Mission (Haiti)
name | org:mss-haiti | de | Multinationale Sicherheitsunterstützungsmission
name | org:mss-haiti | en | Multinational Security Support Mission; Multinational Security Support mission

actor | org:gang-suppression-force | organization | Gang Suppression Force (Haiti)
name | org:gang-suppression-force | en | Gang Suppression Force

actor | org:binuh | organization | UN Integrated Office in Haiti (BINUH)
name | org:binuh | * | BINUH

actor | org:fsln | organization | Sandinista National Liberation Front
name | org:fsln | * | FSLN
name | org:fsln | de | Sandinistische Nationale Befreiungsfront; Sandinisten; Sandinistische Befreiungsfront
name | org:fsln | en | Sandinista National Liberation Front; Sandinistas

actor | org:celac | organization | CELAC
name | org:celac | * | CELAC; Celac
name | org:celac | de | Gemeinschaft der Lateinamerikanischen und Karibischen Staaten
name | org:celac | en | Community of Latin American and Caribbean States

actor | org:alba | organization | ALBA
name | org:alba | * | ALBA; ALBA-TCP
name | org:alba | de | Bolivarianische Allianz für Amerika; Bolivarische Allianz für die Völker unseres Amerikas
name | org:alba | en | Bolivarian Alliance for the Peoples of Our America; Bolivarian Alliance

actor | org:pacific-alliance | organization | Pacific Alliance
name | org:pacific-alliance | de | Pazifik-Allianz; Pazifische Allianz
name | org:pacific-alliance | en | Pacific Alliance

actor | org:andean-community | organization | Andean Community

name | org:andean-community | de | Andengemeinschaft; Andenpakt
name | org:andean-community | en | Andean Community

actor | org:sica | organization | Central American Integration System
name | org:sica | * | SICA
name | org:sica | de | Zentralamerikanisches Integrationssystem
name | org:sica | en | Central American Integration System

actor | org:idb | organization | Inter-American Development Bank
name | org:idb | * | IDB; IADB
name | org:idb | de | Interamerikanische Entwicklungsbank; Interamerikanischen Entwicklungsbank
name | org:idb | en | Inter-American Development Bank

actor | org:unvmc | organization | UN Verification Mission in Colombia
name | org:unvmc | en | UN Verification Mission in Colombia; United Nations Verification Mission in Colombia
name | org:unvmc | de | UN-Verifikationsmission in Kolumbien

# --- Europe, Caucasus: armed groups, breakaway and autonomous entities ---
actor | org:russian-volunteer-corps | organization | Russian Volunteer Corps
name | org:russian-volunteer-corps | * | RDK
name | org:russian-volunteer-corps | de | Russisches Freiwilligenkorps; Russischen Freiwilligenkorps; Russischen Freiwilligenkorps'
name | org:russian-volunteer-corps | en | Russian Volunteer Corps

actor | org:freedom-of-russia-legion | organization | Freedom of Russia Legion
name | org:freedom-of-russia-legion | de | Legion Freiheit Russlands; Legion „Freiheit Russlands“; Legion "Freiheit Russlands"
name | org:freedom-of-russia-legion | en | Freedom of Russia Legion; Legion of Free Russia

actor | org:rusich | organization | Rusich (Russian paramilitary group)
name | org:rusich | * | Rusich; Russitsch; DShRG Rusich

actor | org:new-ira | organization | New IRA
name | org:new-ira | * | New IRA; Real IRA; Continuity IRA
name | org:new-ira | de | Neue IRA

actor | org:dpr | organization | Donetsk People's Republic
name | org:dpr | * | DNR; DVR
name | org:dpr | de | Volksrepublik Donezk; Donezker Volksrepublik; Volksrepublik Donetsk
name | org:dpr | en | Donetsk People's Republic; Donetsk People’s Republic; DPR

actor | org:lpr | organization | Luhansk People's Republic
name | org:lpr | * | LNR; LVR
name | org:lpr | de | Volksrepublik Luhansk; Luhansker Volksrepublik; Volksrepublik Lugansk
name | org:lpr | en | Luhansk People's Republic; Luhansk People’s Republic; Lugansk People's Republic; LPR

actor | org:republika-srpska | organization | Republika Srpska
name | org:republika-srpska | * | Republika Srpska
name | org:republika-srpska | de | Serbische Republik; bosnische Serbenrepublik; Serbenrepublik
name | org:republika-srpska | en | Bosnian Serb entity

actor | org:artsakh | organization | Republic of Artsakh (Nagorno-Karabakh)
name | org:artsakh | * | Artsakh; Arzach
name | org:artsakh | de | Republik Arzach; Republik Bergkarabach
name | org:artsakh | en | Republic of Artsakh

actor | org:gagauzia | organization | Gagauzia
name | org:gagauzia | * | Gagauzia; Gagausien; Gagauz Yeri

actor | org:faroe-islands | organization | Faroe Islands
name | org:faroe-islands | de | Färöer; Färöer-Inseln; Färöerinseln
name | org:faroe-islands | en | Faroe Islands; Faroes
name | org:faroe-islands | * | Tórshavn; Torshavn
adj | org:faroe-islands | de | färöisch
adj | org:faroe-islands | en | Faroese
demonym | org:faroe-islands | de | Färinger; Färingern; Färingerin; Färingerinnen

actor | org:new-caledonia | organization | New Caledonia
name | org:new-caledonia | * | Kanaky
name | org:new-caledonia | de | Neukaledonien; Neukaledoniens
name | org:new-caledonia | en | New Caledonia

actor | org:bougainville | organization | Autonomous Region of Bougainville
name | org:bougainville | de | Autonome Region Bougainville
name | org:bougainville | en | Autonomous Region of Bougainville

actor | org:puerto-rico | organization | Puerto Rico
name | org:puerto-rico | * | Puerto Rico

actor | org:macau | organization | Macau
name | org:macau | * | Macau; Macao

actor | org:office-of-the-high-representative | organization | Office of the High Representative (Bosnia and Herzegovina)
name | org:office-of-the-high-representative | * | OHR
name | org:office-of-the-high-representative | de | Büro des Hohen Repräsentanten
name | org:office-of-the-high-representative | en | Office of the High Representative

# --- Europe: bodies and formats ---
actor | org:oecd | organization | OECD
name | org:oecd | * | OECD
name | org:oecd | de | Organisation für wirtschaftliche Zusammenarbeit und Entwicklung; Industriestaatenorganisation
name | org:oecd | en | Organisation for Economic Co-operation and Development; Organization for Economic Cooperation and Development

actor | org:ebrd | organization | European Bank for Reconstruction and Development
name | org:ebrd | * | EBRD
name | org:ebrd | de | Osteuropabank; Europäische Bank für Wiederaufbau und Entwicklung; Europäischen Bank für Wiederaufbau und Entwicklung
name | org:ebrd | en | European Bank for Reconstruction and Development

actor | org:eib | organization | European Investment Bank
name | org:eib | * | EIB
name | org:eib | de | Europäische Investitionsbank; Europäischen Investitionsbank
name | org:eib | en | European Investment Bank

actor | org:europol | organization | Europol
name | org:europol | * | Europol

actor | org:eurojust | organization | Eurojust
name | org:eurojust | * | Eurojust

actor | org:eppo | organization | European Public Prosecutor's Office
name | org:eppo | * | EPPO
name | org:eppo | de | Europäische Staatsanwaltschaft; Europäischen Staatsanwaltschaft; EU-Staatsanwaltschaft
name | org:eppo | en | European Public Prosecutor's Office; European Public Prosecutor’s Office

actor | org:esa | organization | European Space Agency
name | org:esa | * | ESA
name | org:esa | de | Europäische Weltraumorganisation; Europäischen Weltraumorganisation
name | org:esa | en | European Space Agency

actor | org:efta | organization | European Free Trade Association
name | org:efta | * | EFTA; Efta
name | org:efta | de | Europäische Freihandelsassoziation; Europäischen Freihandelsassoziation
name | org:efta | en | European Free Trade Association

actor | org:odihr | organization | OSCE Office for Democratic Institutions and Human Rights
name | org:odihr | * | ODIHR; BDIMR
name | org:odihr | de | Büro für demokratische Institutionen und Menschenrechte
name | org:odihr | en | Office for Democratic Institutions and Human Rights

actor | org:venice-commission | organization | Venice Commission
name | org:venice-commission | de | Venedig-Kommission; Venediger Kommission
name | org:venice-commission | en | Venice Commission

actor | org:nordic-council | organization | Nordic Council
name | org:nordic-council | de | Nordischer Rat; Nordischen Rat; Nordischen Rates; Nordischen Rats
name | org:nordic-council | en | Nordic Council

actor | org:jef | organization | Joint Expeditionary Force
name | org:jef | * | JEF
name | org:jef | de | Gemeinsame Expeditionsstreitkraft; Joint Expeditionary Force

actor | org:visegrad-group | organization | Visegrád Group
name | org:visegrad-group | de | Visegrád-Gruppe; Visegrad-Gruppe; Visegrád-Staaten; Visegrad-Staaten
name | org:visegrad-group | en | Visegrád Group; Visegrad Group; Visegrad Four; Visegrád Four

actor | org:bucharest-nine | organization | Bucharest Nine
name | org:bucharest-nine | * | B9
name | org:bucharest-nine | de | Bukarest-Neun; Bukarester Neun; Bukarest-9
name | org:bucharest-nine | en | Bucharest Nine; Bucharest Nine group

actor | org:weimar-triangle | organization | Weimar Triangle
name | org:weimar-triangle | de | Weimarer Dreieck; Weimarer Dreiecks; Weimarer Dreieckes
name | org:weimar-triangle | en | Weimar Triangle

actor | org:three-seas-initiative | organization | Three Seas Initiative
name | org:three-seas-initiative | de | Drei-Meere-Initiative
name | org:three-seas-initiative | en | Three Seas Initiative

actor | org:ukraine-defense-contact-group | organization | Ukraine Defense Contact Group (Ramstein group)
name | org:ukraine-defense-contact-group | * | UDCG
name | org:ukraine-defense-contact-group | de | Ukraine-Kontaktgruppe; Ramstein-Gruppe; Ramstein-Format; Kontaktgruppe zur Verteidigung der Ukraine
name | org:ukraine-defense-contact-group | en | Ukraine Defense Contact Group; Ukraine Defence Contact Group; Ramstein group; Ramstein format

actor | org:european-political-community | organization | European Political Community
name | org:european-political-community | de | Europäische Politische Gemeinschaft; Europäischen Politischen Gemeinschaft
name | org:european-political-community | en | European Political Community

actor | org:arctic-council | organization | Arctic Council
name | org:arctic-council | de | Arktischer Rat; Arktischen Rat; Arktischen Rates; Arktischen Rats
name | org:arctic-council | en | Arctic Council

actor | org:eurasian-development-bank | organization | Eurasian Development Bank
name | org:eurasian-development-bank | de | Eurasische Entwicklungsbank; Eurasischen Entwicklungsbank
name | org:eurasian-development-bank | en | Eurasian Development Bank

# --- International bodies and UN agencies, courts, missions ---
actor | org:ilo | organization | International Labour Organization
name | org:ilo | * | ILO
name | org:ilo | de | Internationale Arbeitsorganisation; Internationalen Arbeitsorganisation
name | org:ilo | en | International Labour Organization; International Labor Organization

actor | org:unctad | organization | UNCTAD
name | org:unctad | * | UNCTAD; Unctad
name | org:unctad | de | UN-Handels- und Entwicklungskonferenz; Handels- und Entwicklungskonferenz der Vereinten Nationen
name | org:unctad | en | UN Conference on Trade and Development; United Nations Conference on Trade and Development

actor | org:unep | organization | UN Environment Programme
name | org:unep | * | UNEP
name | org:unep | de | UN-Umweltprogramm; Umweltprogramm der Vereinten Nationen
name | org:unep | en | UN Environment Programme; United Nations Environment Programme

actor | org:unfpa | organization | UN Population Fund
name | org:unfpa | * | UNFPA
name | org:unfpa | de | UN-Bevölkerungsfonds; Bevölkerungsfonds der Vereinten Nationen
name | org:unfpa | en | UN Population Fund; United Nations Population Fund

actor | org:un-women | organization | UN Women
name | org:un-women | * | UN Women; UN-Women; UN-Frauen

actor | org:unodc | organization | UN Office on Drugs and Crime
name | org:unodc | * | UNODC
name | org:unodc | de | UN-Büro für Drogen- und Verbrechensbekämpfung; Büro der Vereinten Nationen für Drogen- und Verbrechensbekämpfung
name | org:unodc | en | UN Office on Drugs and Crime; United Nations Office on Drugs and Crime

actor | org:unaids | organization | UNAIDS
name | org:unaids | * | UNAIDS
name | org:unaids | de | UN-Aidsprogramm; Gemeinsames Programm der Vereinten Nationen für HIV/Aids

actor | org:ifad | organization | International Fund for Agricultural Development
name | org:ifad | * | IFAD
name | org:ifad | de | Internationaler Fonds für landwirtschaftliche Entwicklung
name | org:ifad | en | International Fund for Agricultural Development

actor | org:ifc | organization | International Finance Corporation
name | org:ifc | * | IFC
name | org:ifc | de | Internationale Finanz-Corporation
name | org:ifc | en | International Finance Corporation

actor | org:itu | organization | International Telecommunication Union
name | org:itu | * | ITU
name | org:itu | de | Internationale Fernmeldeunion; Internationalen Fernmeldeunion
name | org:itu | en | International Telecommunication Union

actor | org:icao | organization | International Civil Aviation Organization
name | org:icao | * | ICAO
name | org:icao | de | Internationale Zivilluftfahrtorganisation; Internationalen Zivilluftfahrtorganisation
name | org:icao | en | International Civil Aviation Organization

actor | org:wipo | organization | World Intellectual Property Organization
name | org:wipo | * | WIPO
name | org:wipo | de | Weltorganisation für geistiges Eigentum
name | org:wipo | en | World Intellectual Property Organization

actor | org:wmo | organization | World Meteorological Organization
name | org:wmo | * | WMO
name | org:wmo | de | Weltorganisation für Meteorologie; Weltwetterorganisation
name | org:wmo | en | World Meteorological Organization

actor | org:unido | organization | UN Industrial Development Organization
name | org:unido | * | UNIDO
name | org:unido | de | Organisation der Vereinten Nationen für industrielle Entwicklung
name | org:unido | en | United Nations Industrial Development Organization; UN Industrial Development Organization

actor | org:unfccc | organization | UN Framework Convention on Climate Change secretariat
name | org:unfccc | * | UNFCCC
name | org:unfccc | de | UN-Klimasekretariat; Klimasekretariat der Vereinten Nationen
name | org:unfccc | en | UN climate secretariat; UN Climate Change secretariat

actor | org:ipcc | organization | Intergovernmental Panel on Climate Change
name | org:ipcc | * | IPCC
name | org:ipcc | de | Weltklimarat; Weltklimarats; Weltklimarates; Zwischenstaatlicher Ausschuss für Klimaänderungen
name | org:ipcc | en | Intergovernmental Panel on Climate Change

actor | org:ctbto | organization | CTBTO
name | org:ctbto | * | CTBTO
name | org:ctbto | de | Organisation des Vertrags über das umfassende Verbot von Nuklearversuchen; Atomteststopp-Organisation
name | org:ctbto | en | Comprehensive Nuclear-Test-Ban Treaty Organization

actor | org:itlos | organization | International Tribunal for the Law of the Sea
name | org:itlos | * | ITLOS
name | org:itlos | de | Internationaler Seegerichtshof; Internationalen Seegerichtshof; Internationalen Seegerichtshofs; Internationalen Seegerichtshofes
name | org:itlos | en | International Tribunal for the Law of the Sea

actor | org:ecosoc | organization | UN Economic and Social Council
name | org:ecosoc | * | ECOSOC; Ecosoc
name | org:ecosoc | de | Wirtschafts- und Sozialrat der Vereinten Nationen; UN-Wirtschafts- und Sozialrat
name | org:ecosoc | en | UN Economic and Social Council; United Nations Economic and Social Council

actor | org:unops | organization | UN Office for Project Services
name | org:unops | * | UNOPS

actor | org:iea | organization | International Energy Agency
name | org:iea | * | IEA
name | org:iea | de | Internationale Energieagentur; Internationalen Energieagentur; Internationale Energie-Agentur; Internationalen Energie-Agentur
name | org:iea | en | International Energy Agency

actor | org:irena | organization | International Renewable Energy Agency
name | org:irena | * | IRENA
name | org:irena | de | Internationale Agentur für Erneuerbare Energien
name | org:irena | en | International Renewable Energy Agency

actor | org:fatf | organization | Financial Action Task Force
name | org:fatf | * | FATF; GAFI
name | org:fatf | de | Financial Action Task Force; Arbeitsgruppe für finanzielle Maßnahmen gegen Geldwäsche

actor | org:nuclear-suppliers-group | organization | Nuclear Suppliers Group
name | org:nuclear-suppliers-group | de | Gruppe der Kernmaterial-Lieferländer
name | org:nuclear-suppliers-group | en | Nuclear Suppliers Group

actor | org:ifrc | organization | International Federation of Red Cross and Red Crescent Societies
name | org:ifrc | * | IFRC
name | org:ifrc | de | Internationale Föderation der Rotkreuz- und Rothalbmondgesellschaften; Internationalen Föderation der Rotkreuz- und Rothalbmondgesellschaften
name | org:ifrc | en | International Federation of Red Cross and Red Crescent Societies

actor | org:francophonie | organization | Organisation internationale de la Francophonie
name | org:francophonie | * | OIF; Francophonie; Organisation internationale de la Francophonie
name | org:francophonie | de | Internationale Organisation der Frankophonie; Frankophonie
name | org:francophonie | en | International Organisation of La Francophonie

actor | org:cplp | organization | Community of Portuguese Language Countries
name | org:cplp | * | CPLP
name | org:cplp | de | Gemeinschaft der Länder portugiesischer Sprache
name | org:cplp | en | Community of Portuguese Language Countries; Community of Portuguese-Speaking Countries

actor | org:non-aligned-movement | organization | Non-Aligned Movement
name | org:non-aligned-movement | de | Bewegung der Blockfreien Staaten; Bewegung der Blockfreien; Blockfreien-Bewegung
name | org:non-aligned-movement | en | Non-Aligned Movement; Non-Aligned Movement (NAM)

actor | org:g77 | organization | Group of 77
name | org:g77 | * | G77; G-77
name | org:g77 | de | Gruppe der 77
name | org:g77 | en | Group of 77

actor | org:islamic-development-bank | organization | Islamic Development Bank
name | org:islamic-development-bank | * | IsDB
name | org:islamic-development-bank | de | Islamische Entwicklungsbank; Islamischen Entwicklungsbank
name | org:islamic-development-bank | en | Islamic Development Bank

actor | org:unmiss | organization | UN Mission in South Sudan
name | org:unmiss | * | UNMISS
name | org:unmiss | de | UN-Mission im Südsudan; UN-Mission in Südsudan
name | org:unmiss | en | UN Mission in South Sudan; United Nations Mission in South Sudan

actor | org:minusca | organization | MINUSCA
name | org:minusca | * | MINUSCA; Minusca
name | org:minusca | de | UN-Mission in der Zentralafrikanischen Republik
name | org:minusca | en | UN mission in the Central African Republic

actor | org:unisfa | organization | UNISFA
name | org:unisfa | * | UNISFA
name | org:unisfa | en | UN Interim Security Force for Abyei

actor | org:unficyp | organization | UNFICYP
name | org:unficyp | * | UNFICYP
name | org:unficyp | de | UN-Friedenstruppe in Zypern; UN-Friedenstruppe auf Zypern
name | org:unficyp | en | UN Peacekeeping Force in Cyprus

actor | org:undof | organization | UNDOF
name | org:undof | * | UNDOF
name | org:undof | de | UN-Beobachtermission auf den Golanhöhen
name | org:undof | en | UN Disengagement Observer Force

actor | org:untso | organization | UNTSO
name | org:untso | * | UNTSO
name | org:untso | en | UN Truce Supervision Organization

actor | org:minurso | organization | MINURSO
name | org:minurso | * | MINURSO; Minurso
name | org:minurso | de | UN-Mission für die Westsahara
name | org:minurso | en | UN Mission for the Referendum in Western Sahara

actor | org:unmik | organization | UNMIK
name | org:unmik | * | UNMIK
name | org:unmik | de | UN-Verwaltungsmission im Kosovo
name | org:unmik | en | UN Interim Administration Mission in Kosovo

actor | org:unmogip | organization | UNMOGIP
name | org:unmogip | * | UNMOGIP
name | org:unmogip | en | UN Military Observer Group in India and Pakistan

actor | org:unsmil | organization | UN Support Mission in Libya
name | org:unsmil | * | UNSMIL
name | org:unsmil | de | UN-Unterstützungsmission in Libyen; UN-Mission in Libyen
name | org:unsmil | en | UN Support Mission in Libya; United Nations Support Mission in Libya

actor | org:unama | organization | UN Assistance Mission in Afghanistan
name | org:unama | * | UNAMA
name | org:unama | de | UN-Mission in Afghanistan; UN-Unterstützungsmission in Afghanistan
name | org:unama | en | UN Assistance Mission in Afghanistan; United Nations Assistance Mission in Afghanistan

actor | org:unami | organization | UN Assistance Mission for Iraq
name | org:unami | * | UNAMI
name | org:unami | de | UN-Mission im Irak; UN-Unterstützungsmission für den Irak
name | org:unami | en | UN Assistance Mission for Iraq; United Nations Assistance Mission for Iraq

actor | org:untmis | organization | UN Transitional Assistance Mission in Somalia
name | org:untmis | * | UNTMIS; UNSOM
name | org:untmis | en | UN Transitional Assistance Mission in Somalia; UN Assistance Mission in Somalia

actor | org:unmha | organization | UN Mission to support the Hudaydah Agreement
name | org:unmha | * | UNMHA

actor | org:un-dpo | organization | UN Department of Peace Operations
name | org:un-dpo | de | UN-Hauptabteilung Friedenseinsätze; Hauptabteilung Friedenseinsätze der Vereinten Nationen
name | org:un-dpo | en | UN Department of Peace Operations; United Nations Department of Peace Operations

# --- Non-governmental organizations and institutes often named as actors ---
actor | org:international-crisis-group | organization | International Crisis Group
name | org:international-crisis-group | de | International Crisis Group; Crisis Group

actor | org:acled | organization | ACLED
name | org:acled | * | ACLED; Acled
name | org:acled | en | Armed Conflict Location and Event Data; Armed Conflict Location & Event Data Project

actor | org:iiss | organization | International Institute for Strategic Studies
name | org:iiss | * | IISS
name | org:iiss | de | Internationales Institut für Strategische Studien
name | org:iiss | en | International Institute for Strategic Studies

actor | org:oxfam | organization | Oxfam
name | org:oxfam | * | Oxfam

actor | org:save-the-children | organization | Save the Children
name | org:save-the-children | * | Save the Children

actor | org:international-rescue-committee | organization | International Rescue Committee
name | org:international-rescue-committee | * | IRC
name | org:international-rescue-committee | de | International Rescue Committee; Internationales Rettungskomitee

actor | org:norwegian-refugee-council | organization | Norwegian Refugee Council
name | org:norwegian-refugee-council | de | Norwegischer Flüchtlingsrat; Norwegische Flüchtlingsrat; Norwegischen Flüchtlingsrat; Norwegischen Flüchtlingsrats
name | org:norwegian-refugee-council | en | Norwegian Refugee Council

actor | org:world-central-kitchen | organization | World Central Kitchen
name | org:world-central-kitchen | * | World Central Kitchen; WCK

actor | org:transparency-international | organization | Transparency International
name | org:transparency-international | * | Transparency International

actor | org:greenpeace | organization | Greenpeace
name | org:greenpeace | * | Greenpeace

actor | org:btselem | organization | B'Tselem
name | org:btselem | * | B'Tselem; B’Tselem; Btselem

# --- Intelligence and security agencies ---
actor | org:nsa | organization | National Security Agency (US)
name | org:nsa | * | NSA
name | org:nsa | en | National Security Agency

actor | org:dia | organization | Defense Intelligence Agency (US)
name | org:dia | en | Defense Intelligence Agency

actor | org:dea | organization | Drug Enforcement Administration (US)
name | org:dea | * | DEA
name | org:dea | de | US-Drogenbehörde; US-Drogenbekämpfungsbehörde
name | org:dea | en | Drug Enforcement Administration

actor | org:ice | organization | US Immigration and Customs Enforcement
name | org:ice | de | US-Einwanderungsbehörde ICE; Einwanderungs- und Zollbehörde
name | org:ice | en | Immigration and Customs Enforcement; US Immigration and Customs Enforcement

actor | org:gchq | organization | GCHQ
name | org:gchq | * | GCHQ
name | org:gchq | en | Government Communications Headquarters

actor | org:dgsi | organization | DGSI (France)
name | org:dgsi | * | DGSI

actor | org:bfv | organization | Federal Office for the Protection of the Constitution (Germany)
name | org:bfv | * | BfV
name | org:bfv | de | Verfassungsschutz; Bundesamt für Verfassungsschutz; Bundesamts für Verfassungsschutz; Bundesamtes für Verfassungsschutz
name | org:bfv | en | Federal Office for the Protection of the Constitution

actor | org:mad-germany | organization | Military Counterintelligence Service (Germany)
name | org:mad-germany | de | Militärischer Abschirmdienst; Militärischen Abschirmdienst; Militärischen Abschirmdienstes; Militärischen Abschirmdiensts

actor | org:mss-chn | organization | Ministry of State Security (China)
name | org:mss-chn | * | MSS
name | org:mss-chn | de | chinesisches Ministerium für Staatssicherheit; chinesischen Ministeriums für Staatssicherheit
name | org:mss-chn | en | Chinese Ministry of State Security; China's Ministry of State Security

actor | org:mois | organization | Ministry of Intelligence of Iran (MOIS)
name | org:mois | * | MOIS; VAJA
name | org:mois | de | iranisches Geheimdienstministerium; iranischen Geheimdienstministeriums
name | org:mois | en | Iranian Ministry of Intelligence; Iran's Ministry of Intelligence; Ministry of Intelligence and Security

actor | org:unit-8200 | organization | Unit 8200
name | org:unit-8200 | de | Einheit 8200
name | org:unit-8200 | en | Unit 8200

actor | org:mit-turkey | organization | National Intelligence Organization of Turkey (MİT)
name | org:mit-turkey | * | MİT
name | org:mit-turkey | de | Türkischer Nachrichtendienst MİT; Nationaler Nachrichtendienst der Türkei
name | org:mit-turkey | en | National Intelligence Organization; Turkish National Intelligence Organization

actor | org:szru | organization | Foreign Intelligence Service of Ukraine
name | org:szru | * | SZRU
name | org:szru | de | Auslandsgeheimdienst der Ukraine; ukrainischer Auslandsgeheimdienst; ukrainischen Auslandsgeheimdienstes
name | org:szru | en | Foreign Intelligence Service of Ukraine; Ukraine's Foreign Intelligence Service

actor | org:asio | organization | ASIO (Australia)
name | org:asio | * | ASIO
name | org:asio | en | Australian Security Intelligence Organisation

actor | org:csis | organization | Canadian Security Intelligence Service
name | org:csis | en | Canadian Security Intelligence Service

actor | org:abw | organization | Internal Security Agency (Poland)
name | org:abw | * | ABW; Agencja Bezpieczeństwa Wewnętrznego
name | org:abw | de | polnischer Inlandsgeheimdienst ABW
name | org:abw | en | Internal Security Agency

actor | org:aivd | organization | AIVD (Netherlands)
name | org:aivd | * | AIVD; MIVD

actor | org:sapo | organization | Swedish Security Service (Säpo)
name | org:sapo | * | Säpo; SÄPO; Säkerhetspolisen
name | org:sapo | en | Swedish Security Service

actor | org:kapo | organization | Estonian Internal Security Service (KAPO)
name | org:kapo | * | KAPO; Kaitsepolitseiamet

actor | org:dsn-austria | organization | Directorate State Protection and Intelligence (Austria)
name | org:dsn-austria | de | Direktion Staatsschutz und Nachrichtendienst

actor | org:gid-jordan | organization | General Intelligence Directorate (Jordan)
name | org:gid-jordan | en | General Intelligence Directorate

actor | org:nia-india | organization | National Investigation Agency (India)
name | org:nia-india | en | National Investigation Agency

actor | org:rgb-prk | organization | Reconnaissance General Bureau (North Korea)
name | org:rgb-prk | de | Aufklärungshauptbüro; Generalbüro für Aufklärung
name | org:rgb-prk | en | Reconnaissance General Bureau

actor | org:lazarus-group | organization | Lazarus Group
name | org:lazarus-group | de | Lazarus-Gruppe; Lazarus Group
name | org:lazarus-group | en | Lazarus hackers

actor | org:sandworm | organization | Sandworm
name | org:sandworm | * | Sandworm; APT44

actor | org:apt28 | organization | APT28 (Fancy Bear)
name | org:apt28 | * | APT28; Fancy Bear

actor | org:apt29 | organization | APT29 (Cozy Bear)
name | org:apt29 | * | APT29; Cozy Bear; Midnight Blizzard

actor | org:volt-typhoon | organization | Volt Typhoon
name | org:volt-typhoon | * | Volt Typhoon

actor | org:salt-typhoon | organization | Salt Typhoon
name | org:salt-typhoon | * | Salt Typhoon

actor | org:killnet | organization | Killnet
name | org:killnet | * | Killnet; KillNet

actor | org:noname05716 | organization | NoName057(16)
name | org:noname05716 | * | NoName057(16); NoName057

actor | org:nso-group | organization | NSO Group
name | org:nso-group | * | NSO; NSO Group
name | org:nso-group | de | NSO-Gruppe

# --- Russian state and defence companies, banks ---
actor | org:rostec | organization | Rostec
name | org:rostec | * | Rostec; Rostech; Rostekh

actor | org:almaz-antey | organization | Almaz-Antey
name | org:almaz-antey | * | Almaz-Antey; Almas-Antei

actor | org:kalashnikov-concern | organization | Kalashnikov Concern
name | org:kalashnikov-concern | de | Kalaschnikow-Konzern; Kalaschnikow-Konzerns
name | org:kalashnikov-concern | en | Kalashnikov Concern; Kalashnikov Group

actor | org:uralvagonzavod | organization | Uralvagonzavod
name | org:uralvagonzavod | * | Uralvagonzavod; Uralwagonsawod

actor | org:tactical-missiles-corporation | organization | Tactical Missiles Corporation
name | org:tactical-missiles-corporation | * | KTRV
name | org:tactical-missiles-corporation | en | Tactical Missiles Corporation

actor | org:united-aircraft-corporation | organization | United Aircraft Corporation
name | org:united-aircraft-corporation | en | United Aircraft Corporation

actor | org:alabuga | organization | Alabuga Special Economic Zone
name | org:alabuga | * | Alabuga
name | org:alabuga | de | Sonderwirtschaftszone Alabuga
name | org:alabuga | en | Alabuga Special Economic Zone

actor | org:roscosmos | organization | Roscosmos
name | org:roscosmos | * | Roscosmos; Roskosmos

actor | org:novatek | organization | Novatek
name | org:novatek | * | Novatek; Nowatek

actor | org:gazprom-neft | organization | Gazprom Neft
name | org:gazprom-neft | * | Gazprom Neft; Gazprom Neft'

actor | org:transneft | organization | Transneft
name | org:transneft | * | Transneft

actor | org:sovcomflot | organization | Sovcomflot
name | org:sovcomflot | * | Sovcomflot; Sowcomflot

actor | org:aeroflot | organization | Aeroflot
name | org:aeroflot | * | Aeroflot

actor | org:sberbank | organization | Sberbank
name | org:sberbank | * | Sberbank; Sber

actor | org:vtb | organization | VTB Bank
name | org:vtb | * | VTB; VTB Bank

actor | org:gazprombank | organization | Gazprombank
name | org:gazprombank | * | Gazprombank

actor | org:alfa-bank | organization | Alfa-Bank
name | org:alfa-bank | * | Alfa-Bank; Alfa Bank

actor | org:rdif | organization | Russian Direct Investment Fund
name | org:rdif | * | RDIF
name | org:rdif | de | Russischer Direktinvestmentfonds; Russischen Direktinvestmentfonds; Russischer Fonds für Direktinvestitionen; Russischen Fonds für Direktinvestitionen
name | org:rdif | en | Russian Direct Investment Fund

actor | org:belavia | organization | Belavia
name | org:belavia | * | Belavia

# --- Chinese state and defence companies ---
actor | org:avic | organization | Aviation Industry Corporation of China
name | org:avic | * | AVIC
name | org:avic | en | Aviation Industry Corporation of China

actor | org:casic | organization | China Aerospace Science and Industry Corporation
name | org:casic | * | CASIC
name | org:casic | en | China Aerospace Science and Industry Corporation

actor | org:casc | organization | China Aerospace Science and Technology Corporation
name | org:casc | * | CASC
name | org:casc | en | China Aerospace Science and Technology Corporation

actor | org:cetc | organization | China Electronics Technology Group
name | org:cetc | * | CETC
name | org:cetc | en | China Electronics Technology Group Corporation; China Electronics Technology Group

actor | org:cssc | organization | China State Shipbuilding Corporation
name | org:cssc | * | CSSC
name | org:cssc | en | China State Shipbuilding Corporation

actor | org:cosco | organization | COSCO
name | org:cosco | * | COSCO; Cosco; COSCO Shipping
name | org:cosco | en | China COSCO Shipping

actor | org:cnpc | organization | China National Petroleum Corporation
name | org:cnpc | * | CNPC; PetroChina
name | org:cnpc | en | China National Petroleum Corporation

actor | org:sinopec | organization | Sinopec
name | org:sinopec | * | Sinopec

actor | org:cnooc | organization | CNOOC
name | org:cnooc | * | CNOOC
name | org:cnooc | en | China National Offshore Oil Corporation

actor | org:zte | organization | ZTE
name | org:zte | * | ZTE

actor | org:smic | organization | SMIC
name | org:smic | * | SMIC
name | org:smic | en | Semiconductor Manufacturing International Corporation

actor | org:hikvision | organization | Hikvision
name | org:hikvision | * | Hikvision

actor | org:dji | organization | DJI
name | org:dji | * | DJI

actor | org:catl | organization | CATL
name | org:catl | * | CATL
name | org:catl | en | Contemporary Amperex Technology

actor | org:china-development-bank | organization | China Development Bank
name | org:china-development-bank | de | Chinesische Entwicklungsbank; Chinesischen Entwicklungsbank
name | org:china-development-bank | en | China Development Bank

actor | org:air-china | organization | Air China
name | org:air-china | * | Air China

# --- Iranian and North Korean state companies ---
actor | org:nioc | organization | National Iranian Oil Company
name | org:nioc | * | NIOC
name | org:nioc | de | Nationale Iranische Ölgesellschaft; Nationalen Iranischen Ölgesellschaft
name | org:nioc | en | National Iranian Oil Company

actor | org:irisl | organization | Islamic Republic of Iran Shipping Lines
name | org:irisl | * | IRISL
name | org:irisl | en | Islamic Republic of Iran Shipping Lines

actor | org:iran-air | organization | Iran Air
name | org:iran-air | * | Iran Air

actor | org:mahan-air | organization | Mahan Air
name | org:mahan-air | * | Mahan Air

actor | org:bank-melli | organization | Bank Melli Iran
name | org:bank-melli | * | Bank Melli; Bank Melli Iran

actor | org:qods-aviation-industries | organization | Qods Aviation Industries
name | org:qods-aviation-industries | * | Qods Aviation Industries; Quds Aviation Industries

actor | org:hesa | organization | Iran Aircraft Manufacturing Industrial Company (HESA)
name | org:hesa | * | HESA

actor | org:komid | organization | Korea Mining Development Trading Corporation
name | org:komid | * | KOMID
name | org:komid | en | Korea Mining Development Trading Corporation

actor | org:air-koryo | organization | Air Koryo
name | org:air-koryo | * | Air Koryo

# --- Israeli, Turkish and other defence companies ---
actor | org:elbit-systems | organization | Elbit Systems
name | org:elbit-systems | * | Elbit; Elbit Systems

actor | org:iai | organization | Israel Aerospace Industries
name | org:iai | * | IAI
name | org:iai | en | Israel Aerospace Industries

actor | org:rafael-ads | organization | Rafael Advanced Defense Systems
name | org:rafael-ads | * | Rafael Advanced Defense Systems

actor | org:el-al | organization | El Al
name | org:el-al | * | El Al

actor | org:baykar | organization | Baykar
name | org:baykar | * | Baykar

actor | org:aselsan | organization | Aselsan
name | org:aselsan | * | Aselsan; ASELSAN

actor | org:roketsan | organization | Roketsan
name | org:roketsan | * | Roketsan

actor | org:turkish-aerospace | organization | Turkish Aerospace Industries
name | org:turkish-aerospace | * | TUSAŞ; TUSAS
name | org:turkish-aerospace | en | Turkish Aerospace; Turkish Aerospace Industries

actor | org:turkish-airlines | organization | Turkish Airlines
name | org:turkish-airlines | * | Turkish Airlines; Türk Hava Yolları

actor | org:tpao | organization | Turkish Petroleum Corporation
name | org:tpao | * | TPAO
name | org:tpao | en | Turkish Petroleum Corporation; Turkish Petroleum

actor | org:botas | organization | BOTAŞ
name | org:botas | * | BOTAŞ; Botaş; Botas

actor | org:airbus | organization | Airbus
name | org:airbus | * | Airbus; Airbus Defence and Space

actor | org:thales | organization | Thales
name | org:thales | * | Thales

actor | org:mbda | organization | MBDA
name | org:mbda | * | MBDA

actor | org:knds | organization | KNDS
name | org:knds | * | KNDS; Krauss-Maffei Wegmann; KMW; Nexter

actor | org:hensoldt | organization | Hensoldt
name | org:hensoldt | * | Hensoldt

actor | org:diehl-defence | organization | Diehl Defence
name | org:diehl-defence | * | Diehl Defence

actor | org:tkms | organization | ThyssenKrupp Marine Systems
name | org:tkms | * | TKMS; Thyssenkrupp Marine Systems; ThyssenKrupp Marine Systems

actor | org:kongsberg | organization | Kongsberg Defence & Aerospace
name | org:kongsberg | * | Kongsberg Defence & Aerospace; Kongsberg Gruppen

actor | org:nammo | organization | Nammo
name | org:nammo | * | Nammo

actor | org:dassault-aviation | organization | Dassault Aviation
name | org:dassault-aviation | * | Dassault Aviation; Dassault

actor | org:safran | organization | Safran
name | org:safran | * | Safran

actor | org:leonardo | organization | Leonardo (Italian defence group)
name | org:leonardo | * | Leonardo S.p.A.; Leonardo DRS; Leonardo-Konzern

actor | org:general-dynamics | organization | General Dynamics
name | org:general-dynamics | * | General Dynamics

actor | org:northrop-grumman | organization | Northrop Grumman
name | org:northrop-grumman | * | Northrop Grumman; Northrop

actor | org:l3harris | organization | L3Harris
name | org:l3harris | * | L3Harris; L3Harris Technologies

actor | org:anduril | organization | Anduril Industries
name | org:anduril | * | Anduril; Anduril Industries

actor | org:palantir | organization | Palantir
name | org:palantir | * | Palantir; Palantir Technologies

actor | org:helsing | organization | Helsing
name | org:helsing | * | Helsing

actor | org:hyundai-rotem | organization | Hyundai Rotem
name | org:hyundai-rotem | * | Hyundai Rotem

actor | org:korea-aerospace-industries | organization | Korea Aerospace Industries
name | org:korea-aerospace-industries | * | Korea Aerospace Industries

actor | org:mitsubishi-heavy-industries | organization | Mitsubishi Heavy Industries
name | org:mitsubishi-heavy-industries | * | Mitsubishi Heavy Industries; MHI

actor | org:embraer | organization | Embraer
name | org:embraer | * | Embraer

actor | org:hindustan-aeronautics | organization | Hindustan Aeronautics
name | org:hindustan-aeronautics | * | Hindustan Aeronautics; Hindustan Aeronautics Limited

actor | org:denel | organization | Denel
name | org:denel | * | Denel

actor | org:ukroboronprom | organization | Ukroboronprom (Ukrainian Defense Industry)
name | org:ukroboronprom | * | Ukroboronprom
name | org:ukroboronprom | en | Ukrainian Defense Industry

actor | org:antonov | organization | Antonov
name | org:antonov | * | Antonov Company
name | org:antonov | de | Antonow-Werke; Flugzeugbauer Antonow

actor | org:motor-sich | organization | Motor Sich
name | org:motor-sich | * | Motor Sich; Motor Sitsch

actor | org:fire-point | organization | Fire Point
name | org:fire-point | * | Fire Point

actor | org:naftogaz | organization | Naftogaz
name | org:naftogaz | * | Naftogaz; Naftohas

actor | org:energoatom | organization | Energoatom
name | org:energoatom | * | Energoatom

actor | org:ukrenergo | organization | Ukrenergo
name | org:ukrenergo | * | Ukrenergo

# --- Oil, gas and energy companies ---
actor | org:qatarenergy | organization | QatarEnergy
name | org:qatarenergy | * | QatarEnergy; Qatar Energy

actor | org:adnoc | organization | ADNOC
name | org:adnoc | * | ADNOC; Adnoc
name | org:adnoc | en | Abu Dhabi National Oil Company

actor | org:kpc | organization | Kuwait Petroleum Corporation
name | org:kpc | en | Kuwait Petroleum Corporation

actor | org:sonatrach | organization | Sonatrach
name | org:sonatrach | * | Sonatrach

actor | org:sonangol | organization | Sonangol
name | org:sonangol | * | Sonangol

actor | org:nnpc | organization | NNPC
name | org:nnpc | * | NNPC
name | org:nnpc | en | Nigerian National Petroleum Company; Nigerian National Petroleum Corporation

actor | org:petrobras | organization | Petrobras
name | org:petrobras | * | Petrobras

actor | org:pemex | organization | Pemex
name | org:pemex | * | Pemex; PEMEX; Petróleos Mexicanos

actor | org:pdvsa | organization | PDVSA
name | org:pdvsa | * | PDVSA; Petróleos de Venezuela

actor | org:ecopetrol | organization | Ecopetrol
name | org:ecopetrol | * | Ecopetrol

actor | org:petronas | organization | Petronas
name | org:petronas | * | Petronas

actor | org:pertamina | organization | Pertamina
name | org:pertamina | * | Pertamina

actor | org:equinor | organization | Equinor
name | org:equinor | * | Equinor

actor | org:eni | organization | Eni
name | org:eni | * | Eni; ENI

actor | org:totalenergies | organization | TotalEnergies
name | org:totalenergies | * | TotalEnergies

actor | org:bp | organization | BP
name | org:bp | * | BP

actor | org:socar | organization | SOCAR
name | org:socar | * | SOCAR; Socar
name | org:socar | en | State Oil Company of Azerbaijan Republic

actor | org:kazmunaygas | organization | KazMunayGas
name | org:kazmunaygas | * | KazMunayGas; KazMunaiGas

actor | org:kazatomprom | organization | Kazatomprom
name | org:kazatomprom | * | Kazatomprom

actor | org:orano | organization | Orano
name | org:orano | * | Orano

actor | org:uniper | organization | Uniper
name | org:uniper | * | Uniper

actor | org:omv | organization | OMV
name | org:omv | * | OMV

actor | org:national-oil-corporation-libya | organization | National Oil Corporation (Libya)
name | org:national-oil-corporation-libya | de | Nationale Ölgesellschaft Libyens; libysche Ölgesellschaft NOC
name | org:national-oil-corporation-libya | en | Libya's National Oil Corporation; Libyan National Oil Corporation

# --- Shipping, airlines, banks, funds ---
actor | org:maersk | organization | Maersk
name | org:maersk | * | Maersk; Mærsk; A.P. Moller-Maersk

actor | org:msc | organization | Mediterranean Shipping Company
name | org:msc | * | Mediterranean Shipping Company

actor | org:cma-cgm | organization | CMA CGM
name | org:cma-cgm | * | CMA CGM

actor | org:hapag-lloyd | organization | Hapag-Lloyd
name | org:hapag-lloyd | * | Hapag-Lloyd

actor | org:lufthansa | organization | Lufthansa
name | org:lufthansa | * | Lufthansa

actor | org:qatar-airways | organization | Qatar Airways
name | org:qatar-airways | * | Qatar Airways

actor | org:ethiopian-airlines | organization | Ethiopian Airlines
name | org:ethiopian-airlines | * | Ethiopian Airlines

actor | org:azal | organization | Azerbaijan Airlines
name | org:azal | * | AZAL; Azerbaijan Airlines

actor | org:air-india | organization | Air India
name | org:air-india | * | Air India

actor | org:swift | organization | SWIFT
name | org:swift | * | SWIFT
name | org:swift | en | Society for Worldwide Interbank Financial Telecommunication

actor | org:euroclear | organization | Euroclear
name | org:euroclear | * | Euroclear

actor | org:raiffeisen-bank-international | organization | Raiffeisen Bank International
name | org:raiffeisen-bank-international | * | Raiffeisen Bank International

actor | org:unicredit | organization | UniCredit
name | org:unicredit | * | UniCredit; Unicredit

actor | org:public-investment-fund | organization | Public Investment Fund (Saudi Arabia)
name | org:public-investment-fund | de | Staatsfonds PIF
name | org:public-investment-fund | en | Public Investment Fund

actor | org:mubadala | organization | Mubadala
name | org:mubadala | * | Mubadala

actor | org:qatar-investment-authority | organization | Qatar Investment Authority
name | org:qatar-investment-authority | * | QIA
name | org:qatar-investment-authority | en | Qatar Investment Authority


# --- Additions ---
actor | org:popular-resistance-committees | organization | Popular Resistance Committees
name | org:popular-resistance-committees | de | Volkswiderstandskomitees; Komitees des Volkswiderstands
name | org:popular-resistance-committees | en | Popular Resistance Committees

actor | org:world-economic-forum | organization | World Economic Forum
name | org:world-economic-forum | * | WEF
name | org:world-economic-forum | de | Weltwirtschaftsforum; Weltwirtschaftsforums
name | org:world-economic-forum | en | World Economic Forum

actor | org:bis | organization | Bank for International Settlements
name | org:bis | de | Bank für Internationalen Zahlungsausgleich
name | org:bis | en | Bank for International Settlements

actor | org:special-tribunal-aggression-ukraine | organization | Special Tribunal for the Crime of Aggression against Ukraine
name | org:special-tribunal-aggression-ukraine | de | Sondertribunal für das Verbrechen der Aggression gegen die Ukraine; Sondertribunal zur Aggression gegen die Ukraine
name | org:special-tribunal-aggression-ukraine | en | Special Tribunal for the Crime of Aggression against Ukraine; Special Tribunal for the Crime of Aggression

# --- German inflected forms (weak and genitive forms after an article) ---
name | org:islamic-state-sahel | de | Islamische Staat in der Großsahara; Islamischen Staat in der Großsahara; Islamische Staat Sahel; Islamischen Staat Sahel
name | org:islamic-state-somalia | de | Islamische Staat Somalia; Islamischen Staat Somalia
name | org:islamic-state-mozambique | de | Islamische Staat Mosambik; Islamischen Staat Mosambik
name | org:iscap | de | Islamische Staat Zentralafrika; Islamischen Staat Zentralafrika; Islamischen Staates Zentralafrika
name | org:stc | de | Südliche Übergangsrat
name | org:libyan-presidential-council | de | Libysche Präsidialrat
name | org:libyan-house-of-representatives | de | Libysche Repräsentantenhaus
name | org:yemen-presidential-leadership-council | de | Präsidiale Führungsrat; Präsidialen Führungsrates
name | org:syrian-democratic-council | de | Demokratische Rat Syriens; Demokratischen Rat Syriens; Demokratischen Rates Syriens; Syrische Demokratische Rat; Syrischen Demokratischen Rat; Syrischen Demokratischen Rates
name | org:palestinian-red-crescent | de | Palästinensische Rote Halbmond
name | org:ncri | de | Nationale Widerstandsrat Iran; Nationalen Widerstandsrat Iran
name | org:norwegian-refugee-council | de | Norwegischen Flüchtlingsrates
name | org:nordic-council | de | Nordische Rat
name | org:arctic-council | de | Arktische Rat
name | org:itlos | de | Internationale Seegerichtshof
name | org:ifad | de | Internationale Fonds für landwirtschaftliche Entwicklung; Internationalen Fonds für landwirtschaftliche Entwicklung
name | org:rdif | de | Russische Direktinvestmentfonds; Russische Fonds für Direktinvestitionen
name | org:russian-volunteer-corps | de | Russische Freiwilligenkorps
name | org:mad-germany | de | Militärische Abschirmdienst
name | org:splm | de | Sudanesischen Volksbefreiungsbewegung
name | org:splm-n | de | Sudanesischen Volksbefreiungsbewegung-Nord
name | org:slm-aw | de | Sudanesischen Befreiungsbewegung; Sudanesischen Befreiungsarmee
name | org:tasis | de | Sudanesischen Gründungsallianz
name | org:shining-path | de | Leuchtende Pfad
name | org:icglr | de | Internationalen Konferenz der Großen Seen; Internationalen Konferenz für die Region der Großen Seen
name | org:cemac | de | Zentralafrikanischen Wirtschafts- und Währungsgemeinschaft
name | org:uemoa | de | Westafrikanischen Wirtschafts- und Währungsunion
name | org:afdb | de | Afrikanischen Entwicklungsbank
name | org:pacific-alliance | de | Pazifischen Allianz
name | org:comesa | de | Gemeinsamen Markt für das Östliche und Südliche Afrika; Gemeinsamen Marktes für das Östliche und Südliche Afrika
name | org:puk | de | Patriotischen Union Kurdistans
name | org:milf | de | Islamischen Befreiungsfront der Moros
name | org:mnlf | de | Nationalen Befreiungsfront der Moros
name | org:ulfa | de | Vereinigten Befreiungsfront von Assam
name | org:uwsa | de | Vereinigten Wa-Staatsarmee
name | org:knla | de | Nationalen Befreiungsarmee der Karen
name | org:onlf | de | Nationalen Befreiungsfront des Ogaden
name | org:afghan-nrf | de | Nationalen Widerstandsfront Afghanistans; Nationalen Widerstandsfront
name | org:republika-srpska | de | Serbischen Republik; bosnischen Serbenrepublik
name | org:bougainville | de | Autonomen Region Bougainville
name | org:mnjtf | de | Multinationalen Gemeinsamen Einsatztruppe
name | org:mss-haiti | de | Multinationalen Sicherheitsunterstützungsmission
name | org:iiss | de | Internationalen Instituts für Strategische Studien
name | org:international-rescue-committee | de | Internationalen Rettungskomitees
name | org:mit-turkey | de | Nationale Nachrichtendienst der Türkei; Nationalen Nachrichtendienst der Türkei; Nationalen Nachrichtendienstes der Türkei
name | org:ipob | de | Indigenen Völker von Biafra
name | org:fact-chad | de | Fronts für Wandel und Eintracht im Tschad
name | org:mnla | de | Nationale Bewegung für die Befreiung von Azawad
name | org:aanes | de | Autonomen Administration von Nord- und Ostsyrien; Autonomen Verwaltung Nord- und Ostsyriens
name | org:non-aligned-movement | de | Bewegung Blockfreier Staaten
