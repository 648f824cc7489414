# Organizations: named bodies that are no state's government (RELATIONS.md, kind `organization`):
# international organizations and their organs, non-state armed groups and movements, unrecognised
# states, a few parties, companies and intelligence agencies that the news names as actors.
# Names are proper names, matched case-sensitively; German genitive -s and English 's are added by
# the loader, so only irregular inflected forms are listed ("Europäischen Union", "Islamischen Staates").
#
# Decisions:
# - EU institutions that speak for the Union (Commission, Council, European Council, EEAS, its naval
#   missions) are names of org:eu; the European Parliament, the ECB and the EU's court act on their own
#   and have their own ids. "Brüssel" / "Brussels" are names of org:eu.
# - UN organs and agencies that act on their own (Security Council, General Assembly, UNHCR, IAEA, ...)
#   have their own ids; bare "Security Council" / "Sicherheitsrat" are left out (Russia has one too).
# - Unrecognised or partly recognised states and autonomous territories that are not in states.lex
#   (Somaliland, Transnistria, Abkhazia, South Ossetia, Northern Cyprus, Greenland, Hong Kong) are organizations, as the gold files do for Somaliland.
# - Armed forces and guards of a state resolve to the state (states-forms.lex: IDF, PLA, IRGC); named
#   intelligence agencies are organizations here so that the extractor can find them.
# - "ADF" alone is left out (also the Australian Defence Force); "AA" (Arakan Army) too.
# - "RSF" is the Sudanese Rapid Support Forces; Reporters Without Borders is named in full or "ROG".
# - Bare "Wagner" is the Wagner Group (a reader should prefer a person when a given name precedes it).
# - State news agencies (KCNA, TASS, Xinhua, ...) and publishing outlets are not listed; the three
#   newspapers below are listed so that "Washington Post" is not read as the US.

# --- United Nations and its organs, agencies, courts and missions ---
actor | org:un | organization | United Nations
name | org:un | * | UN; UNO; Uno; U.N.
name | org:un | de | Vereinte Nationen; Vereinten Nationen
name | org:un | en | United Nations

actor | org:un-security-council | organization | UN Security Council
name | org:un-security-council | * | UNSC
name | org:un-security-council | de | UN-Sicherheitsrat; UN-Sicherheitsrats; UN-Sicherheitsrates; Uno-Sicherheitsrat; Uno-Sicherheitsrats; UNO-Sicherheitsrat; UNO-Sicherheitsrats; Weltsicherheitsrat; Weltsicherheitsrats; Weltsicherheitsrates; Sicherheitsrat der Vereinten Nationen; Sicherheitsrat der UN; Sicherheitsrat der UNO
name | org:un-security-council | en | UN Security Council; U.N. Security Council; United Nations Security Council

actor | org:un-general-assembly | organization | UN General Assembly
name | org:un-general-assembly | * | UNGA
name | org:un-general-assembly | de | UN-Vollversammlung; UN-Generalversammlung; Uno-Vollversammlung; UNO-Vollversammlung; Uno-Generalversammlung; UNO-Generalversammlung; Vollversammlung der Vereinten Nationen; Generalversammlung der Vereinten Nationen
name | org:un-general-assembly | en | UN General Assembly; U.N. General Assembly; United Nations General Assembly

actor | org:un-human-rights-council | organization | UN Human Rights Council
name | org:un-human-rights-council | * | UNHRC
name | org:un-human-rights-council | de | UN-Menschenrechtsrat; UN-Menschenrechtsrats; UN-Menschenrechtsrates; Uno-Menschenrechtsrat; UNO-Menschenrechtsrat; Menschenrechtsrat der Vereinten Nationen
name | org:un-human-rights-council | en | UN Human Rights Council; U.N. Human Rights Council; United Nations Human Rights Council

actor | org:ohchr | organization | UN Human Rights Office (OHCHR)
name | org:ohchr | * | OHCHR
name | org:ohchr | de | UN-Menschenrechtsbüro; UN-Menschenrechtsbüros; UN-Hochkommissariat für Menschenrechte; UN-Menschenrechtskommissariat; Hochkommissariat der Vereinten Nationen für Menschenrechte
name | org:ohchr | en | UN Human Rights Office; UN human rights office; Office of the High Commissioner for Human Rights; Office of the United Nations High Commissioner for Human Rights

actor | org:unhcr | organization | UNHCR
name | org:unhcr | * | UNHCR
name | org:unhcr | de | UN-Flüchtlingshilfswerk; UN-Flüchtlingshilfswerks; UN-Flüchtlingshilfswerkes; Uno-Flüchtlingshilfswerk; UNO-Flüchtlingshilfswerk; Flüchtlingshilfswerk der Vereinten Nationen; UN-Flüchtlingskommissariat
name | org:unhcr | en | UN refugee agency; U.N. refugee agency; UN Refugee Agency; United Nations High Commissioner for Refugees; Office of the United Nations High Commissioner for Refugees

actor | org:unicef | organization | UNICEF
name | org:unicef | * | UNICEF; Unicef
name | org:unicef | de | UN-Kinderhilfswerk; UN-Kinderhilfswerks; UN-Kinderhilfswerkes; Uno-Kinderhilfswerk; UNO-Kinderhilfswerk; Kinderhilfswerk der Vereinten Nationen
name | org:unicef | en | UN children's agency; U.N. children's agency; United Nations Children's Fund

actor | org:unrwa | organization | UNRWA
name | org:unrwa | * | UNRWA; Unrwa
name | org:unrwa | de | UN-Palästinenserhilfswerk; UN-Palästinenserhilfswerks; UN-Palästinenserhilfswerkes; Uno-Palästinenserhilfswerk; UNO-Palästinenserhilfswerk; Palästinenserhilfswerk; Palästinenserhilfswerks; Hilfswerk der Vereinten Nationen für Palästina-Flüchtlinge
name | org:unrwa | en | UN agency for Palestinian refugees; UN Relief and Works Agency; United Nations Relief and Works Agency; United Nations Relief and Works Agency for Palestine Refugees

actor | org:who | organization | World Health Organization
name | org:who | * | WHO
name | org:who | de | Weltgesundheitsorganisation; UN-Gesundheitsorganisation
name | org:who | en | World Health Organization; World Health Organisation

actor | org:wfp | organization | World Food Programme
name | org:wfp | * | WFP
name | org:wfp | de | Welternährungsprogramm; Welternährungsprogramms; Welternährungsprogrammes; UN-Welternährungsprogramm; UN-Welternährungsprogramms; Uno-Welternährungsprogramm; UNO-Welternährungsprogramm
name | org:wfp | en | World Food Programme; World Food Program; UN World Food Programme

actor | org:fao | organization | Food and Agriculture Organization
name | org:fao | * | FAO
name | org:fao | de | Welternährungsorganisation; UN-Ernährungsorganisation; UN-Landwirtschaftsorganisation; Ernährungs- und Landwirtschaftsorganisation der Vereinten Nationen
name | org:fao | en | Food and Agriculture Organization; Food and Agriculture Organisation

actor | org:ocha | organization | UN Office for the Coordination of Humanitarian Affairs
name | org:ocha | * | OCHA
name | org:ocha | de | UN-Nothilfebüro; UN-Nothilfebüros; Uno-Nothilfebüro; UNO-Nothilfebüro; UN-Büro für die Koordinierung humanitärer Angelegenheiten
name | org:ocha | en | UN Office for the Coordination of Humanitarian Affairs; United Nations Office for the Coordination of Humanitarian Affairs; UN humanitarian office; UN humanitarian affairs office

actor | org:undp | organization | UN Development Programme
name | org:undp | * | UNDP
name | org:undp | de | UN-Entwicklungsprogramm; UN-Entwicklungsprogramms; Entwicklungsprogramm der Vereinten Nationen
name | org:undp | en | UN Development Programme; United Nations Development Programme

actor | org:unesco | organization | UNESCO
name | org:unesco | * | UNESCO; Unesco
name | org:unesco | de | UN-Kulturorganisation; Organisation der Vereinten Nationen für Bildung, Wissenschaft und Kultur
name | org:unesco | en | United Nations Educational, Scientific and Cultural Organization; UN cultural agency

actor | org:iom | organization | International Organization for Migration
name | org:iom | * | IOM
name | org:iom | de | Internationale Organisation für Migration; Internationalen Organisation für Migration; UN-Migrationsorganisation
name | org:iom | en | International Organization for Migration; UN migration agency

actor | org:imo | organization | International Maritime Organization
name | org:imo | * | IMO
name | org:imo | de | Internationale Seeschifffahrtsorganisation; Internationalen Seeschifffahrtsorganisation; Internationale Seeschifffahrts-Organisation; Internationalen Seeschifffahrts-Organisation
name | org:imo | en | International Maritime Organization; International Maritime Organisation

actor | org:iaea | organization | International Atomic Energy Agency
name | org:iaea | * | IAEA; IAEO
name | org:iaea | de | Internationale Atomenergiebehörde; Internationalen Atomenergiebehörde; Internationale Atomenergie-Organisation; Internationalen Atomenergie-Organisation; UN-Atomaufsicht; UN-Atombehörde; Uno-Atombehörde; UNO-Atombehörde; Atomenergiebehörde
name | org:iaea | en | International Atomic Energy Agency; UN nuclear watchdog; U.N. nuclear watchdog

actor | org:opcw | organization | Organisation for the Prohibition of Chemical Weapons
name | org:opcw | * | OPCW; OVCW
name | org:opcw | de | Organisation für das Verbot chemischer Waffen
name | org:opcw | en | Organisation for the Prohibition of Chemical Weapons; Organization for the Prohibition of Chemical Weapons

actor | org:icj | organization | International Court of Justice
name | org:icj | * | ICJ; IGH
name | org:icj | de | Internationaler Gerichtshof; Internationale Gerichtshof; Internationalen Gerichtshof; Internationalen Gerichtshofs; Internationalen Gerichtshofes; UN-Gerichtshof; Uno-Gerichtshof; UNO-Gerichtshof
name | org:icj | en | International Court of Justice; World Court

actor | org:icc | organization | International Criminal Court
name | org:icc | * | ICC; IStGH
name | org:icc | de | Internationaler Strafgerichtshof; Internationale Strafgerichtshof; Internationalen Strafgerichtshof; Internationalen Strafgerichtshofs; Internationalen Strafgerichtshofes; Weltstrafgericht; Weltstrafgerichts; Weltstrafgerichtshof
name | org:icc | en | International Criminal Court

actor | org:pca | organization | Permanent Court of Arbitration
name | org:pca | de | Ständiger Schiedshof; Ständige Schiedshof; Ständigen Schiedshof; Ständigen Schiedshofs
name | org:pca | en | Permanent Court of Arbitration

actor | org:unifil | organization | UNIFIL
name | org:unifil | * | UNIFIL; Unifil
name | org:unifil | de | UN-Friedenstruppe im Libanon; UN-Mission im Libanon
name | org:unifil | en | United Nations Interim Force in Lebanon

actor | org:monusco | organization | MONUSCO
name | org:monusco | * | MONUSCO; Monusco

actor | org:minusma | organization | MINUSMA
name | org:minusma | * | MINUSMA; Minusma

# --- NATO, EU and European bodies ---
actor | org:nato | organization | NATO
name | org:nato | * | NATO; Nato; OTAN
name | org:nato | de | Nordatlantikpakt; Nordatlantische Allianz; Nordatlantischen Allianz; Organisation des Nordatlantikvertrags
name | org:nato | en | North Atlantic Treaty Organization; North Atlantic Treaty Organisation; North Atlantic Alliance; Atlantic Alliance

actor | org:kfor | organization | Kosovo Force (KFOR)
name | org:kfor | * | KFOR
name | org:kfor | de | Kosovo-Schutztruppe; Nato-Schutztruppe KFOR; Schutztruppe KFOR
name | org:kfor | en | Kosovo Force

actor | org:eu | organization | European Union
name | org:eu | * | EU; E.U.
name | org:eu | de | Europäische Union; Europäischen Union; Brüssel; Brüsseler; EU-Kommission; Europäische Kommission; Europäischen Kommission; Brüsseler Kommission; Europäischer Rat; Europäische Rat; Europäischen Rat; Europäischen Rats; Europäischen Rates; Rat der EU; Rat der Europäischen Union; EU-Rat; EU-Rats; EU-Rates; Europäischer Auswärtiger Dienst; Europäische Auswärtige Dienst; Europäischen Auswärtigen Dienst; Europäischen Auswärtigen Dienstes; Europäer
name | org:eu | en | European Union; Brussels; European Commission; EU Commission; European Council; Council of the EU; Council of the European Union; EU Council; European External Action Service; EEAS; Europeans; EUNAVFOR Aspides; Operation Aspides; Aspides; EUNAVFOR Atalanta; Operation Atalanta

actor | org:european-parliament | organization | European Parliament
name | org:european-parliament | de | Europäisches Parlament; Europäische Parlament; Europäischen Parlament; Europäischen Parlaments; Europaparlament; EU-Parlament
name | org:european-parliament | en | European Parliament; EU Parliament

actor | org:ecb | organization | European Central Bank
name | org:ecb | * | ECB; EZB
name | org:ecb | de | Europäische Zentralbank; Europäischen Zentralbank
name | org:ecb | en | European Central Bank

actor | org:cjeu | organization | Court of Justice of the European Union
name | org:cjeu | * | EuGH; ECJ; CJEU
name | org:cjeu | de | Europäischer Gerichtshof; Europäische Gerichtshof; Europäischen Gerichtshof; Europäischen Gerichtshofs; Europäischen Gerichtshofes; Gerichtshof der Europäischen Union
name | org:cjeu | en | European Court of Justice; Court of Justice of the European Union; EU Court of Justice

actor | org:frontex | organization | Frontex
name | org:frontex | * | Frontex

actor | org:council-of-europe | organization | Council of Europe
name | org:council-of-europe | de | Europarat; Europarats; Europarates
name | org:council-of-europe | en | Council of Europe

actor | org:echr | organization | European Court of Human Rights
name | org:echr | * | EGMR; ECHR; ECtHR
name | org:echr | de | Europäischer Gerichtshof für Menschenrechte; Europäische Gerichtshof für Menschenrechte; Europäischen Gerichtshof für Menschenrechte; Europäischen Gerichtshofs für Menschenrechte; Menschenrechtsgerichtshof
name | org:echr | en | European Court of Human Rights

actor | org:osce | organization | OSCE
name | org:osce | * | OSCE; OSZE
name | org:osce | de | Organisation für Sicherheit und Zusammenarbeit in Europa
name | org:osce | en | Organization for Security and Co-operation in Europe; Organization for Security and Cooperation in Europe; Organisation for Security and Co-operation in Europe

# --- Groups of states and regional organizations ---
actor | org:g7 | organization | G7
name | org:g7 | * | G7; G-7
name | org:g7 | de | Gruppe der Sieben; G7-Staaten; G7-Gruppe
name | org:g7 | en | Group of Seven

actor | org:g20 | organization | G20
name | org:g20 | * | G20; G-20
name | org:g20 | de | Gruppe der 20; Gruppe der Zwanzig; G20-Staaten; G20-Gruppe
name | org:g20 | en | Group of 20; Group of Twenty

actor | org:brics | organization | BRICS
name | org:brics | * | BRICS; Brics; BRICS+; Brics+
name | org:brics | de | Brics-Staaten; BRICS-Staaten; Brics-Gruppe; BRICS-Gruppe; Brics-Bündnis; BRICS-Bündnis

actor | org:quad | organization | Quad
name | org:quad | * | Quad
name | org:quad | de | Quad-Gruppe; Quad-Staaten
name | org:quad | en | Quadrilateral Security Dialogue

actor | org:five-eyes | organization | Five Eyes
name | org:five-eyes | * | Five Eyes
name | org:five-eyes | de | Five-Eyes-Allianz; Five-Eyes-Staaten

actor | org:african-union | organization | African Union
name | org:african-union | * | AU
name | org:african-union | de | Afrikanische Union; Afrikanischen Union
name | org:african-union | en | African Union

actor | org:ecowas | organization | ECOWAS
name | org:ecowas | * | ECOWAS; Ecowas; CEDEAO
name | org:ecowas | de | Westafrikanische Wirtschaftsgemeinschaft; Westafrikanischen Wirtschaftsgemeinschaft
name | org:ecowas | en | Economic Community of West African States

actor | org:aes | organization | Alliance of Sahel States
name | org:aes | * | AES
name | org:aes | de | Allianz der Sahelstaaten; Allianz der Sahel-Staaten; Sahel-Allianz; Konföderation der Sahelstaaten
name | org:aes | en | Alliance of Sahel States; Confederation of Sahel States

actor | org:igad | organization | IGAD
name | org:igad | * | IGAD
name | org:igad | en | Intergovernmental Authority on Development

actor | org:sadc | organization | SADC
name | org:sadc | * | SADC
name | org:sadc | de | Entwicklungsgemeinschaft des südlichen Afrika
name | org:sadc | en | Southern African Development Community

actor | org:eac | organization | East African Community
name | org:eac | * | EAC
name | org:eac | de | Ostafrikanische Gemeinschaft; Ostafrikanischen Gemeinschaft
name | org:eac | en | East African Community

actor | org:arab-league | organization | Arab League
name | org:arab-league | de | Arabische Liga; Arabischen Liga
name | org:arab-league | en | Arab League; League of Arab States

actor | org:gcc | organization | Gulf Cooperation Council
name | org:gcc | * | GCC
name | org:gcc | de | Golf-Kooperationsrat; Golf-Kooperationsrats; Golf-Kooperationsrates; Golfkooperationsrat; Golfkooperationsrats; Golfkooperationsrates; Kooperationsrat der Arabischen Golfstaaten
name | org:gcc | en | Gulf Cooperation Council; Cooperation Council for the Arab States of the Gulf

actor | org:oic | organization | Organisation of Islamic Cooperation
name | org:oic | * | OIC; OIZ
name | org:oic | de | Organisation für Islamische Zusammenarbeit; Organisation der Islamischen Kooperation
name | org:oic | en | Organisation of Islamic Cooperation; Organization of Islamic Cooperation

actor | org:opec | organization | OPEC
name | org:opec | * | OPEC; Opec
name | org:opec | de | Organisation erdölexportierender Länder; Organisation Erdöl exportierender Länder
name | org:opec | en | Organization of the Petroleum Exporting Countries

actor | org:opec-plus | organization | OPEC+
name | org:opec-plus | * | OPEC+; Opec+; OPEC plus; Opec plus; OPEC Plus; Opec Plus

actor | org:asean | organization | ASEAN
name | org:asean | * | ASEAN; Asean
name | org:asean | de | Verband Südostasiatischer Nationen; Vereinigung Südostasiatischer Staaten
name | org:asean | en | Association of Southeast Asian Nations

actor | org:sco | organization | Shanghai Cooperation Organisation
name | org:sco | * | SCO; SOZ
name | org:sco | de | Shanghaier Organisation für Zusammenarbeit; Schanghaier Organisation für Zusammenarbeit; Shanghai-Organisation; Schanghai-Organisation
name | org:sco | en | Shanghai Cooperation Organisation; Shanghai Cooperation Organization

actor | org:csto | organization | Collective Security Treaty Organization
name | org:csto | * | CSTO; OVKS
name | org:csto | de | Organisation des Vertrags über kollektive Sicherheit
name | org:csto | en | Collective Security Treaty Organization; Collective Security Treaty Organisation

actor | org:cis | organization | Commonwealth of Independent States
name | org:cis | * | CIS; GUS
name | org:cis | de | Gemeinschaft Unabhängiger Staaten
name | org:cis | en | Commonwealth of Independent States

actor | org:eaeu | organization | Eurasian Economic Union
name | org:eaeu | * | EAEU; EAWU
name | org:eaeu | de | Eurasische Wirtschaftsunion; Eurasischen Wirtschaftsunion
name | org:eaeu | en | Eurasian Economic Union

actor | org:union-state | organization | Union State of Russia and Belarus
name | org:union-state | de | Unionsstaat; Unionsstaates; Unionsstaat Russland-Belarus; Unionsstaat von Russland und Belarus; Oberster Staatsrat; Oberste Staatsrat; Obersten Staatsrat; Obersten Staatsrats; Obersten Staatsrates
name | org:union-state | en | Union State; Union State of Russia and Belarus; Supreme State Council

actor | org:oas | organization | Organization of American States
name | org:oas | * | OAS; OAE
name | org:oas | de | Organisation Amerikanischer Staaten
name | org:oas | en | Organization of American States

actor | org:mercosur | organization | Mercosur
name | org:mercosur | * | Mercosur; Mercosul

actor | org:caricom | organization | CARICOM
name | org:caricom | * | CARICOM; Caricom
name | org:caricom | de | Karibische Gemeinschaft; Karibischen Gemeinschaft
name | org:caricom | en | Caribbean Community

actor | org:commonwealth | organization | Commonwealth of Nations
name | org:commonwealth | en | Commonwealth of Nations

# --- Finance, trade, police ---
actor | org:imf | organization | International Monetary Fund
name | org:imf | * | IMF; IWF
name | org:imf | de | Internationaler Währungsfonds; Internationale Währungsfonds; Internationalen Währungsfonds
name | org:imf | en | International Monetary Fund

actor | org:world-bank | organization | World Bank
name | org:world-bank | de | Weltbank
name | org:world-bank | en | World Bank

actor | org:wto | organization | World Trade Organization
name | org:wto | * | WTO
name | org:wto | de | Welthandelsorganisation
name | org:wto | en | World Trade Organization; World Trade Organisation

actor | org:interpol | organization | Interpol
name | org:interpol | * | Interpol; INTERPOL

# --- Humanitarian and human-rights organizations, research institutes ---
actor | org:icrc | organization | International Committee of the Red Cross
name | org:icrc | * | ICRC; IKRK
name | org:icrc | de | Internationales Komitee vom Roten Kreuz; Internationale Komitee vom Roten Kreuz; Internationalen Komitee vom Roten Kreuz; Internationalen Komitees vom Roten Kreuz; Rotes Kreuz; Rote Kreuz; Roten Kreuz; Roten Kreuzes
name | org:icrc | en | International Committee of the Red Cross; Red Cross

actor | org:amnesty-international | organization | Amnesty International
name | org:amnesty-international | * | Amnesty International; Amnesty

actor | org:human-rights-watch | organization | Human Rights Watch
name | org:human-rights-watch | * | Human Rights Watch; HRW

actor | org:msf | organization | Doctors Without Borders (MSF)
name | org:msf | * | MSF; Médecins Sans Frontières; Medecins Sans Frontieres
name | org:msf | de | Ärzte ohne Grenzen
name | org:msf | en | Doctors Without Borders

actor | org:reporters-without-borders | organization | Reporters Without Borders
name | org:reporters-without-borders | * | Reporters sans frontières
name | org:reporters-without-borders | de | Reporter ohne Grenzen; ROG
name | org:reporters-without-borders | en | Reporters Without Borders

actor | org:isw | organization | Institute for the Study of War
name | org:isw | * | ISW; Institute for the Study of War
name | org:isw | de | Institut für Kriegsstudien

actor | org:sipri | organization | Stockholm International Peace Research Institute
name | org:sipri | * | SIPRI; Sipri; Stockholm International Peace Research Institute
name | org:sipri | de | Stockholmer Friedensforschungsinstitut; Stockholmer Friedensforschungsinstituts; Friedensforschungsinstitut Sipri; Friedensforschungsinstitut SIPRI

# --- Non-state armed groups and movements ---
actor | org:hamas | organization | Hamas
name | org:hamas | * | Hamas; HAMAS
name | org:hamas | de | Hamas-Miliz; Islamische Widerstandsbewegung; Islamischen Widerstandsbewegung; Kassam-Brigaden; Essedin-al-Kassam-Brigaden; Al-Kassam-Brigaden
name | org:hamas | en | Islamic Resistance Movement; Qassam Brigades; al-Qassam Brigades; Al-Qassam Brigades; Izz ad-Din al-Qassam Brigades

actor | org:hezbollah | organization | Hezbollah
name | org:hezbollah | * | Hezbollah; Hizbollah; Hizbullah; Hizballah
name | org:hezbollah | de | Hisbollah; Hisbollah-Miliz
name | org:hezbollah | en | Hezbollah movement

actor | org:kataib-hezbollah | organization | Kataib Hezbollah
name | org:kataib-hezbollah | * | Kataib Hezbollah; Kata'ib Hezbollah; Kataib Hizbollah
name | org:kataib-hezbollah | de | Kataib Hisbollah

actor | org:islamic-resistance-in-iraq | organization | Islamic Resistance in Iraq
name | org:islamic-resistance-in-iraq | de | Islamischer Widerstand im Irak; Islamische Widerstand im Irak; Islamischen Widerstand im Irak; Islamischen Widerstands im Irak
name | org:islamic-resistance-in-iraq | en | Islamic Resistance in Iraq

actor | org:houthis | organization | Houthis (Ansar Allah)
name | org:houthis | * | Houthis; Houthi; Ansar Allah; Ansarallah; Ansar Allah movement
name | org:houthis | de | Huthis; Huthi; Huthi-Miliz; Huthi-Milizen; Huthi-Rebellen; Huthi-Bewegung; Houthi-Miliz; Houthi-Rebellen; Houthi-Bewegung
name | org:houthis | en | Houthi movement; Houthi rebels; Houthi militia; Houthi militants

actor | org:taliban | organization | Taliban
name | org:taliban | * | Taliban; Taleban
name | org:taliban | de | Taliban-Regierung; Taliban-Regime; Taliban-Führung; Taliban-Miliz

actor | org:ttp | organization | Tehrik-i-Taliban Pakistan
name | org:ttp | * | TTP; Tehrik-i-Taliban Pakistan; Tehreek-e-Taliban Pakistan

actor | org:al-shabaab | organization | al-Shabaab
name | org:al-shabaab | * | al-Shabaab; Al-Shabaab; al-Shabab; Al-Shabab; al Shabaab; Al Shabaab; Shabaab; Harakat al-Shabaab al-Mujahideen
name | org:al-shabaab | de | al-Schabaab; Al-Schabaab; al-Schabab; Al-Schabab; Schabaab; Schabab; Schabab-Miliz; Schabaab-Miliz; Al-Schabaab-Miliz; Al-Shabaab-Miliz
name | org:al-shabaab | en | al-Shabaab insurgency; al-Shabaab militants

actor | org:islamic-state | organization | Islamic State
name | org:islamic-state | * | IS; ISIS; ISIL; Daesh; Daesch
name | org:islamic-state | de | Islamischer Staat; Islamische Staat; Islamischen Staat; Islamischen Staats; Islamischen Staates; IS-Miliz; IS-Terrormiliz; Terrormiliz IS; Terrormiliz Islamischer Staat; IS-Dschihadisten; IS-Terroristen
name | org:islamic-state | en | Islamic State; Islamic State group; Islamic State of Iraq and Syria; Islamic State of Iraq and the Levant

actor | org:islamic-state-khorasan | organization | Islamic State Khorasan Province
name | org:islamic-state-khorasan | * | ISIS-K; IS-K; ISKP; ISPK
name | org:islamic-state-khorasan | de | IS-Khorasan; IS-Ableger Khorasan
name | org:islamic-state-khorasan | en | Islamic State Khorasan; Islamic State Khorasan Province; Islamic State-Khorasan

actor | org:al-qaeda | organization | al-Qaeda
name | org:al-qaeda | * | al-Qaeda; Al-Qaeda; al-Qaida; Al-Qaida; al Qaeda; Al Qaeda; Al Qaida
name | org:al-qaeda | de | al-Kaida; Al-Kaida; Al Kaida; Terrornetzwerk al-Kaida

actor | org:jnim | organization | JNIM
name | org:jnim | * | JNIM; Jama'at Nusrat al-Islam wal-Muslimin; Jamaat Nusrat al-Islam wal-Muslimin
name | org:jnim | de | Gruppe zur Unterstützung des Islam und der Muslime
name | org:jnim | en | Group for the Support of Islam and Muslims

actor | org:boko-haram | organization | Boko Haram
name | org:boko-haram | * | Boko Haram; Boko-Haram
name | org:boko-haram | de | Boko-Haram-Miliz

actor | org:hts | organization | Hayat Tahrir al-Sham
name | org:hts | * | HTS; Hayat Tahrir al-Sham; Hay'at Tahrir al-Sham; Hayat Tahrir al-Scham
name | org:hts | de | Haiat Tahrir al-Scham; Hajat Tahrir al-Scham; Haiat Tahrir asch-Scham; HTS-Miliz

actor | org:sdf | organization | Syrian Democratic Forces
name | org:sdf | * | SDF; SDK
name | org:sdf | de | Demokratische Kräfte Syriens; Demokratischen Kräfte Syriens; Syrische Demokratische Kräfte; Syrischen Demokratischen Kräfte
name | org:sdf | en | Syrian Democratic Forces

actor | org:ypg | organization | YPG
name | org:ypg | * | YPG; YPG-Miliz
name | org:ypg | de | Volksverteidigungseinheiten; Kurdenmiliz YPG
name | org:ypg | en | People's Protection Units; People's Defense Units

actor | org:pkk | organization | Kurdistan Workers' Party (PKK)
name | org:pkk | * | PKK
name | org:pkk | de | Arbeiterpartei Kurdistans; kurdische Arbeiterpartei; kurdischen Arbeiterpartei; Kurdische Arbeiterpartei; Kurdischen Arbeiterpartei
name | org:pkk | en | Kurdistan Workers' Party; Kurdistan Workers Party; Kurdistan Workers’ Party

actor | org:m23 | organization | M23
name | org:m23 | * | M23; M23-Miliz; M23-Rebellen; AFC/M23
name | org:m23 | de | Bewegung 23. März; Rebellengruppe M23; Miliz M23
name | org:m23 | en | March 23 Movement; M23 rebels; M23 rebel group

actor | org:rsf | organization | Rapid Support Forces
name | org:rsf | * | RSF; RSF-Miliz
name | org:rsf | de | Schnelle Eingreiftruppe; Schnellen Eingreiftruppe; Schnelle Unterstützungskräfte; Schnellen Unterstützungskräfte; Rapid Support Forces
name | org:rsf | en | Rapid Support Forces

actor | org:wagner-group | organization | Wagner Group
name | org:wagner-group | * | Wagner; PMC Wagner
name | org:wagner-group | de | Wagner-Gruppe; Gruppe Wagner; Söldnergruppe Wagner; Söldnertruppe Wagner; Privatarmee Wagner; Wagner-Söldner; Wagner-Kämpfer; Wagner-Truppe; Wagner-Truppen; Wagner-Armee
name | org:wagner-group | en | Wagner Group; Wagner group; Wagner mercenaries; Wagner fighters; Wagner mercenary group

actor | org:africa-corps | organization | Africa Corps
name | org:africa-corps | * | Africa Corps
name | org:africa-corps | de | Afrikakorps; Afrika-Korps; Afrikanisches Korps; Afrikanische Korps; Afrikanischen Korps

actor | org:palestinian-authority | organization | Palestinian Authority
name | org:palestinian-authority | de | Palästinensische Autonomiebehörde; Palästinensischen Autonomiebehörde; Autonomiebehörde; Palästinenserbehörde
name | org:palestinian-authority | en | Palestinian Authority; Palestinian National Authority

actor | org:plo | organization | Palestine Liberation Organization
name | org:plo | * | PLO
name | org:plo | de | Palästinensische Befreiungsorganisation; Palästinensischen Befreiungsorganisation
name | org:plo | en | Palestine Liberation Organization; Palestine Liberation Organisation

actor | org:fatah | organization | Fatah
name | org:fatah | * | Fatah; Fatah-Bewegung; Al-Fatah

actor | org:islamic-jihad | organization | Palestinian Islamic Jihad
name | org:islamic-jihad | * | PIJ
name | org:islamic-jihad | de | Islamischer Dschihad; Islamischen Dschihad; Islamischen Dschihads; Islamische Dschihad; Palästinensischer Islamischer Dschihad; Palästinensische Islamische Dschihad; Palästinensischen Islamischen Dschihad
name | org:islamic-jihad | en | Islamic Jihad; Palestinian Islamic Jihad; Al-Quds Brigades; al-Quds Brigades

actor | org:polisario | organization | Polisario Front
name | org:polisario | * | Polisario; Frente Polisario
name | org:polisario | de | Polisario-Front; Befreiungsfront Polisario
name | org:polisario | en | Polisario Front

actor | org:lna | organization | Libyan National Army
name | org:lna | * | LNA
name | org:lna | de | Libysche Nationalarmee; Libyschen Nationalarmee
name | org:lna | en | Libyan National Army; Libyan Arab Armed Forces

actor | org:sna | organization | Syrian National Army
name | org:sna | * | SNA
name | org:sna | de | Syrische Nationale Armee; Syrischen Nationalen Armee; Syrische Nationalarmee; Syrischen Nationalarmee
name | org:sna | en | Syrian National Army

actor | org:free-syrian-army | organization | Free Syrian Army
name | org:free-syrian-army | * | FSA
name | org:free-syrian-army | de | Freie Syrische Armee; Freien Syrischen Armee
name | org:free-syrian-army | en | Free Syrian Army

actor | org:pmf | organization | Popular Mobilization Forces
name | org:pmf | * | PMF; PMU; Hashd al-Shaabi; al-Hashd al-Shaabi
name | org:pmf | de | Volksmobilisierungskräfte; Volksmobilmachungseinheiten; Haschd al-Schaabi
name | org:pmf | en | Popular Mobilization Forces; Popular Mobilisation Forces; Popular Mobilization Units

actor | org:peshmerga | organization | Peshmerga
name | org:peshmerga | * | Peshmerga
name | org:peshmerga | de | Peschmerga

actor | org:krg | organization | Kurdistan Regional Government
name | org:krg | * | KRG
name | org:krg | de | Kurdische Regionalregierung; Kurdischen Regionalregierung; Kurdische Autonomieregierung; Kurdischen Autonomieregierung
name | org:krg | en | Kurdistan Regional Government

actor | org:iswap | organization | Islamic State West Africa Province
name | org:iswap | * | ISWAP
name | org:iswap | en | Islamic State West Africa Province; Islamic State in West Africa

actor | org:adf | organization | Allied Democratic Forces
name | org:adf | * | Allied Democratic Forces; ADF-Miliz; ADF-Rebellen
name | org:adf | en | ADF rebels; ADF militia

actor | org:fdlr | organization | FDLR
name | org:fdlr | * | FDLR; FDLR-Miliz
name | org:fdlr | de | Demokratische Kräfte zur Befreiung Ruandas; Demokratischen Kräfte zur Befreiung Ruandas
name | org:fdlr | en | Democratic Forces for the Liberation of Rwanda

actor | org:tplf | organization | Tigray People's Liberation Front
name | org:tplf | * | TPLF
name | org:tplf | de | Volksbefreiungsfront von Tigray; Tigray-Volksbefreiungsfront
name | org:tplf | en | Tigray People's Liberation Front; Tigray People’s Liberation Front

actor | org:fano | organization | Fano
name | org:fano | * | Fano; Fano-Miliz
name | org:fano | en | Fano militia

actor | org:arakan-army | organization | Arakan Army
name | org:arakan-army | de | Arakan-Armee
name | org:arakan-army | en | Arakan Army

actor | org:mndaa | organization | Myanmar National Democratic Alliance Army
name | org:mndaa | * | MNDAA
name | org:mndaa | en | Myanmar National Democratic Alliance Army

actor | org:tnla | organization | Ta'ang National Liberation Army
name | org:tnla | * | TNLA
name | org:tnla | en | Ta'ang National Liberation Army; Ta’ang National Liberation Army

actor | org:three-brotherhood-alliance | organization | Three Brotherhood Alliance
name | org:three-brotherhood-alliance | de | Drei-Bruderschafts-Allianz; Bruderschaftsallianz
name | org:three-brotherhood-alliance | en | Three Brotherhood Alliance; Brotherhood Alliance

actor | org:nug | organization | National Unity Government of Myanmar
name | org:nug | * | NUG
name | org:nug | en | National Unity Government

actor | org:lashkar-e-taiba | organization | Lashkar-e-Taiba
name | org:lashkar-e-taiba | * | Lashkar-e-Taiba; Lashkar-e-Toiba; LeT

actor | org:jaish-e-mohammed | organization | Jaish-e-Mohammed
name | org:jaish-e-mohammed | * | Jaish-e-Mohammed; Jaish-e-Muhammad; JeM

actor | org:trf | organization | The Resistance Front
name | org:trf | * | TRF
name | org:trf | en | The Resistance Front

actor | org:bla | organization | Balochistan Liberation Army
name | org:bla | * | BLA
name | org:bla | de | Befreiungsarmee Belutschistans
name | org:bla | en | Balochistan Liberation Army; Baloch Liberation Army

actor | org:farc | organization | FARC
name | org:farc | * | FARC
name | org:farc | en | Revolutionary Armed Forces of Colombia

actor | org:eln | organization | National Liberation Army (Colombia)
name | org:eln | * | ELN
name | org:eln | de | Nationale Befreiungsarmee; Nationalen Befreiungsarmee

actor | org:tren-de-aragua | organization | Tren de Aragua
name | org:tren-de-aragua | * | Tren de Aragua

actor | org:sinaloa-cartel | organization | Sinaloa Cartel
name | org:sinaloa-cartel | de | Sinaloa-Kartell; Sinaloa-Kartells
name | org:sinaloa-cartel | en | Sinaloa Cartel; Sinaloa cartel

# --- Unrecognised or partly recognised states and autonomous territories not in states.lex ---
actor | org:somaliland | organization | Somaliland
name | org:somaliland | * | Somaliland
name | org:somaliland | de | Republik Somaliland
name | org:somaliland | en | Republic of Somaliland
adj | org:somaliland | de | somaliländisch

actor | org:transnistria | organization | Transnistria
name | org:transnistria | de | Transnistrien; Transnistrische Moldauische Republik; Pridnestrowien
name | org:transnistria | en | Transnistria; Transdniestria; Pridnestrovie; Pridnestrovian Moldavian Republic
adj | org:transnistria | de | transnistrisch
adj | org:transnistria | en | Transnistrian

actor | org:abkhazia | organization | Abkhazia
name | org:abkhazia | de | Abchasien; Suchumi
name | org:abkhazia | en | Abkhazia; Sukhumi
adj | org:abkhazia | de | abchasisch
adj | org:abkhazia | en | Abkhaz; Abkhazian

actor | org:south-ossetia | organization | South Ossetia
name | org:south-ossetia | de | Südossetien; Zchinwali
name | org:south-ossetia | en | South Ossetia; Tskhinvali
adj | org:south-ossetia | de | südossetisch
adj | org:south-ossetia | en | South Ossetian

actor | org:northern-cyprus | organization | Northern Cyprus
name | org:northern-cyprus | * | TRNC
name | org:northern-cyprus | de | Nordzypern; Türkische Republik Nordzypern; Türkischen Republik Nordzypern
name | org:northern-cyprus | en | Northern Cyprus; Turkish Republic of Northern Cyprus
adj | org:northern-cyprus | de | nordzyprisch

actor | org:greenland | organization | Greenland
name | org:greenland | de | Grönland
name | org:greenland | en | Greenland
name | org:greenland | * | Nuuk
adj | org:greenland | de | grönländisch
adj | org:greenland | en | Greenlandic
demonym | org:greenland | de | Grönländer; Grönländern; Grönländerin; Grönländerinnen
demonym | org:greenland | en | Greenlanders

actor | org:hong-kong | organization | Hong Kong
name | org:hong-kong | de | Hongkong
name | org:hong-kong | en | Hong Kong

# --- Political parties that act in international news ---
actor | org:georgian-dream | organization | Georgian Dream
name | org:georgian-dream | de | Georgischer Traum; Georgische Traum; Georgischen Traum; Georgischen Traums
name | org:georgian-dream | en | Georgian Dream
name | org:georgian-dream | * | Kartuli Ozneba

actor | org:fidesz | organization | Fidesz
name | org:fidesz | * | Fidesz

actor | org:united-russia | organization | United Russia
name | org:united-russia | de | Einiges Russland; Einige Russland; Einigen Russland; Einigen Russlands
name | org:united-russia | en | United Russia

actor | org:bjp | organization | Bharatiya Janata Party
name | org:bjp | * | BJP; Bharatiya Janata Party

actor | org:anc | organization | African National Congress
name | org:anc | * | ANC
name | org:anc | de | Afrikanischer Nationalkongress; Afrikanische Nationalkongress; Afrikanischen Nationalkongress; Afrikanischen Nationalkongresses
name | org:anc | en | African National Congress

actor | org:likud | organization | Likud
name | org:likud | * | Likud; Likud-Partei

# --- Intelligence and security agencies named as acting on their own ---
actor | org:cia | organization | CIA
name | org:cia | * | CIA
name | org:cia | en | Central Intelligence Agency

actor | org:fbi | organization | FBI
name | org:fbi | * | FBI
name | org:fbi | en | Federal Bureau of Investigation

actor | org:mossad | organization | Mossad
name | org:mossad | * | Mossad

actor | org:shin-bet | organization | Shin Bet
name | org:shin-bet | * | Shin Bet; Shabak
name | org:shin-bet | de | Schin Bet; Schabak
name | org:shin-bet | en | Israel Security Agency

actor | org:fsb | organization | FSB
name | org:fsb | * | FSB
name | org:fsb | en | Federal Security Service of the Russian Federation

actor | org:svr | organization | SVR
name | org:svr | * | SVR

actor | org:gru | organization | GRU
name | org:gru | * | GRU

actor | org:hur | organization | HUR (Ukrainian military intelligence)
name | org:hur | * | HUR; GUR
name | org:hur | en | Defence Intelligence of Ukraine; Defense Intelligence of Ukraine

actor | org:sbu | organization | SBU
name | org:sbu | * | SBU
name | org:sbu | en | Security Service of Ukraine

actor | org:nis-kor | organization | South Korea's National Intelligence Service
name | org:nis-kor | * | NIS
name | org:nis-kor | de | Nationaler Geheimdienst Südkoreas; Nationale Geheimdienst Südkoreas
name | org:nis-kor | en | National Intelligence Service

actor | org:mi6 | organization | MI6
name | org:mi6 | * | MI6
name | org:mi6 | en | Secret Intelligence Service

actor | org:mi5 | organization | MI5
name | org:mi5 | * | MI5

actor | org:bnd | organization | BND
name | org:bnd | * | BND; Bundesnachrichtendienst; Bundesnachrichtendienstes

actor | org:dgse | organization | DGSE
name | org:dgse | * | DGSE

actor | org:isi | organization | Inter-Services Intelligence
name | org:isi | * | ISI; Inter-Services Intelligence

actor | org:raw | organization | Research and Analysis Wing
name | org:raw | * | RAW; Research and Analysis Wing

# --- Companies often named in geopolitical news ---
actor | org:exxonmobil | organization | ExxonMobil
name | org:exxonmobil | * | ExxonMobil; Exxon Mobil; Exxon

actor | org:chevron | organization | Chevron
name | org:chevron | * | Chevron

actor | org:gazprom | organization | Gazprom
name | org:gazprom | * | Gazprom
name | org:gazprom | de | Gasprom

actor | org:rosneft | organization | Rosneft
name | org:rosneft | * | Rosneft

actor | org:lukoil | organization | Lukoil
name | org:lukoil | * | Lukoil

actor | org:rosatom | organization | Rosatom
name | org:rosatom | * | Rosatom

actor | org:rosoboronexport | organization | Rosoboronexport
name | org:rosoboronexport | * | Rosoboronexport

actor | org:saudi-aramco | organization | Saudi Aramco
name | org:saudi-aramco | * | Saudi Aramco; Aramco

actor | org:huawei | organization | Huawei
name | org:huawei | * | Huawei

actor | org:tiktok | organization | TikTok
name | org:tiktok | * | TikTok

actor | org:bytedance | organization | ByteDance
name | org:bytedance | * | ByteDance

actor | org:tsmc | organization | TSMC
name | org:tsmc | * | TSMC; Taiwan Semiconductor Manufacturing Company

actor | org:nvidia | organization | Nvidia
name | org:nvidia | * | Nvidia; NVIDIA

actor | org:spacex | organization | SpaceX
name | org:spacex | * | SpaceX; Starlink

actor | org:boeing | organization | Boeing
name | org:boeing | * | Boeing

actor | org:lockheed-martin | organization | Lockheed Martin
name | org:lockheed-martin | * | Lockheed Martin; Lockheed

actor | org:rtx | organization | RTX (Raytheon)
name | org:rtx | * | RTX; Raytheon

actor | org:rheinmetall | organization | Rheinmetall
name | org:rheinmetall | * | Rheinmetall

actor | org:bae-systems | organization | BAE Systems
name | org:bae-systems | * | BAE Systems; BAE

actor | org:saab | organization | Saab
name | org:saab | * | Saab

actor | org:hanwha | organization | Hanwha
name | org:hanwha | * | Hanwha; Hanwha Aerospace

actor | org:norinco | organization | Norinco
name | org:norinco | * | Norinco; NORINCO

actor | org:naval-group | organization | Naval Group
name | org:naval-group | * | Naval Group

actor | org:shahed-aviation-industries | organization | Shahed Aviation Industries
name | org:shahed-aviation-industries | * | Shahed Aviation Industries; Shahed Aviation Industries Research Center

# --- Newspapers, listed only so that their names are not read as states ---
actor | org:washington-post | organization | The Washington Post
name | org:washington-post | * | Washington Post; The Washington Post

actor | org:new-york-times | organization | The New York Times
name | org:new-york-times | * | New York Times; The New York Times

actor | org:wall-street-journal | organization | The Wall Street Journal
name | org:wall-street-journal | * | Wall Street Journal; The Wall Street Journal
# seats of unrecognised states' governments, as metonyms
name | org:transnistria | * | Tiraspol
name | org:somaliland | * | Hargeisa
