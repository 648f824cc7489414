# Political parties that international news names (governing parties and main opposition parties), as organizations, by country: EU members,
# UK and Ireland (incl. Northern Ireland), rest of Europe, Caucasus, Russia, Turkey, Middle East, Africa, Asia, Oceania, the Americas. Not declared
# again: Georgian Dream, Fidesz, United Russia, BJP, ANC, Likud, KDP, PUK, Amal, Lebanese Forces, Hezbollah, Hamas, Fatah, PKK, Islah, PTI, TLP, FSLN, TPLF.
# China's CCP is a name of state:chn (states-forms.lex); Vietnam's Communist Party is left out likewise (belongs to state:vnm if wanted).
# Ambiguous abbreviations are left out, long forms kept (an article's "Slovak National Party (SNS)" still defines SNS): SDP, SNS, SDS, DPS, PSD,
# PAS, PDP, PS, PD, SD, SP, DP, PT, PL, MAS, RN (Royal Navy), DA, APC, BNP (BNP Paribas), EFF, AAP, PPP, PKR, BBB, CSV, ERC, ITN, UDA, DUI, TPP,
# CPM, MDB, APRA, NDP, UNP, CDP, BSP; names used for parties of two countries are left out: "Democratic Alliance" (South Africa/Portugal: no DA
# entry), "Justice and Development Party", "Democratic Party", "Labor Party", "Liberal Party", "Socialist Party", bare Greens, Liberals, Democrats ...
# Kept on purpose: "PP" = Spain (no other major PP); "Labour", "Labour Party" = UK; "Conservative Party", "Tories" = UK; "Republican Party", "GOP" = US;
# "FDP" = Germany (Swiss only "FDP.Die Liberalen"); "SVP" = Swiss; "Venstre" = Denmark; "Vox", "Lega", "Morena" despite media/sports/given-name uses.

# --- Austria ---
actor | org:oevp | organization | Austrian People's Party (ÖVP)
name | org:oevp | * | ÖVP; OeVP; OVP
name | org:oevp | de | Österreichische Volkspartei; Österreichischen Volkspartei; ÖVP-Partei
name | org:oevp | en | Austrian People's Party

actor | org:spoe | organization | Social Democratic Party of Austria (SPÖ)
name | org:spoe | * | SPÖ; SPOe; SPO
name | org:spoe | de | Sozialdemokratische Partei Österreichs; Sozialdemokratischen Partei Österreichs
name | org:spoe | en | Social Democratic Party of Austria; Austrian Social Democrats

actor | org:neos | organization | NEOS (Austria)
name | org:neos | * | NEOS

actor | org:fpoe | organization | Freedom Party of Austria (FPÖ)
name | org:fpoe | * | FPÖ; FPOe; FPO
name | org:fpoe | de | Freiheitliche Partei Österreichs; Freiheitlichen Partei Österreichs; FPÖ-Partei
name | org:fpoe | en | Freedom Party of Austria; Austrian Freedom Party

# --- Belgium ---
actor | org:n-va | organization | New Flemish Alliance (N-VA)
name | org:n-va | * | N-VA; Nieuw-Vlaamse Alliantie
name | org:n-va | de | Neu-Flämische Allianz; Neu-Flämischen Allianz; Neue Flämische Allianz; Neuen Flämischen Allianz
name | org:n-va | en | New Flemish Alliance

actor | org:vlaams-belang | organization | Vlaams Belang
name | org:vlaams-belang | * | Vlaams Belang
name | org:vlaams-belang | de | Vlaams-Belang-Partei

actor | org:mr | organization | Reformist Movement (MR, Belgium)
name | org:mr | * | Mouvement Réformateur; Mouvement réformateur
name | org:mr | en | Reformist Movement

actor | org:les-engages | organization | Les Engagés (Belgium)
name | org:les-engages | * | Les Engagés

actor | org:vooruit | organization | Vooruit (Belgium)
name | org:vooruit | * | Vooruit

actor | org:cdv | organization | Christian Democratic and Flemish (CD&V)
name | org:cdv | * | CD&V; Christen-Democratisch en Vlaams

actor | org:ptb-pvda | organization | Workers' Party of Belgium (PTB-PVDA)
name | org:ptb-pvda | * | PTB; PVDA; PTB-PVDA
name | org:ptb-pvda | de | Partei der Arbeit Belgiens
name | org:ptb-pvda | en | Workers' Party of Belgium

# --- Bulgaria ---
actor | org:gerb | organization | GERB (Bulgaria)
name | org:gerb | * | GERB; GERB-SDS
name | org:gerb | de | GERB-Partei; Bürger für eine europäische Entwicklung Bulgariens
name | org:gerb | en | Citizens for European Development of Bulgaria

actor | org:bsp | organization | Bulgarian Socialist Party
name | org:bsp | de | Bulgarische Sozialistische Partei; Bulgarischen Sozialistischen Partei
name | org:bsp | en | Bulgarian Socialist Party

actor | org:itn | organization | There Is Such a People (Bulgaria)
name | org:itn | de | Es gibt so ein Volk
name | org:itn | en | There Is Such a People

actor | org:dps-bgr | organization | Movement for Rights and Freedoms (DPS, Bulgaria)
name | org:dps-bgr | de | Bewegung für Rechte und Freiheiten; DPS-Neues Anfang; DPS-Neuer Anfang
name | org:dps-bgr | en | Movement for Rights and Freedoms; DPS-New Beginning

actor | org:vazrazhdane | organization | Revival (Vazrazhdane, Bulgaria)
name | org:vazrazhdane | * | Vazrazhdane; Wasraschdane; Vazrazhdane party
name | org:vazrazhdane | de | Wasraschdane-Partei; Vazrazhdane-Partei

actor | org:pp-db | organization | We Continue the Change – Democratic Bulgaria (PP-DB)
name | org:pp-db | * | PP-DB
name | org:pp-db | de | Wir setzen den Wandel fort; Demokratisches Bulgarien
name | org:pp-db | en | We Continue the Change; Democratic Bulgaria

# --- Croatia ---
actor | org:hdz | organization | Croatian Democratic Union (HDZ)
name | org:hdz | * | HDZ; Hrvatska demokratska zajednica
name | org:hdz | de | Kroatische Demokratische Gemeinschaft; Kroatischen Demokratischen Gemeinschaft; HDZ-Partei
name | org:hdz | en | Croatian Democratic Union

actor | org:sdp-hrv | organization | Social Democratic Party of Croatia
name | org:sdp-hrv | * | Socijaldemokratska partija Hrvatske
name | org:sdp-hrv | de | Sozialdemokratische Partei Kroatiens; Sozialdemokratischen Partei Kroatiens
name | org:sdp-hrv | en | Social Democratic Party of Croatia

actor | org:domovinski-pokret | organization | Homeland Movement (Croatia)
name | org:domovinski-pokret | * | Domovinski pokret
name | org:domovinski-pokret | de | Heimatbewegung
name | org:domovinski-pokret | en | Homeland Movement

actor | org:mozemo | organization | Možemo! (Croatia)
name | org:mozemo | * | Možemo; Možemo!; Mozemo

# --- Cyprus ---
actor | org:disy | organization | Democratic Rally (DISY, Cyprus)
name | org:disy | * | DISY; DISY-Partei
name | org:disy | de | Demokratische Gesamtbewegung; Demokratischen Gesamtbewegung
name | org:disy | en | Democratic Rally

actor | org:akel | organization | Progressive Party of Working People (AKEL, Cyprus)
name | org:akel | * | AKEL
name | org:akel | de | Fortschrittspartei des werktätigen Volkes
name | org:akel | en | Progressive Party of Working People

actor | org:elam | organization | ELAM (Cyprus)
name | org:elam | * | ELAM

actor | org:diko | organization | Democratic Party (DIKO, Cyprus)
name | org:diko | * | DIKO

# --- Czech Republic ---
actor | org:ano | organization | ANO (Czech Republic)
name | org:ano | * | ANO; ANO 2011
name | org:ano | de | ANO-Partei; ANO-Bewegung
name | org:ano | en | ANO party; ANO movement

actor | org:spd-cze | organization | Freedom and Direct Democracy (SPD, Czech Republic)
name | org:spd-cze | * | Svoboda a přímá demokracie
name | org:spd-cze | de | Freiheit und direkte Demokratie
name | org:spd-cze | en | Freedom and Direct Democracy

actor | org:motoriste | organization | Motorists for Themselves (Czech Republic)
name | org:motoriste | * | Motoristé sobě; Motoristé
name | org:motoriste | de | Motoristen-Partei; Partei der Motoristen
name | org:motoriste | en | Motorists for Themselves; Motorists party

actor | org:ods | organization | Civic Democratic Party (ODS, Czech Republic)
name | org:ods | * | ODS
name | org:ods | de | Demokratische Bürgerpartei; Demokratischen Bürgerpartei
name | org:ods | en | Civic Democratic Party

actor | org:spolu | organization | SPOLU alliance (Czech Republic)
name | org:spolu | * | SPOLU; Spolu
name | org:spolu | de | Spolu-Bündnis; Spolu-Koalition

actor | org:stan | organization | Mayors and Independents (STAN, Czech Republic)
name | org:stan | * | STAN
name | org:stan | de | Bürgermeister und Unabhängige
name | org:stan | en | Mayors and Independents

actor | org:pirati-cze | organization | Czech Pirate Party
name | org:pirati-cze | * | Piráti
name | org:pirati-cze | de | Tschechische Piratenpartei; Tschechischen Piratenpartei
name | org:pirati-cze | en | Czech Pirate Party

# --- Denmark and Greenland ---
actor | org:socialdemokratiet | organization | Social Democrats (Denmark)
name | org:socialdemokratiet | * | Socialdemokratiet
name | org:socialdemokratiet | de | dänischen Sozialdemokraten; Dänische Sozialdemokraten; Dänischen Sozialdemokraten
name | org:socialdemokratiet | en | Danish Social Democrats

actor | org:venstre | organization | Venstre (Denmark)
name | org:venstre | * | Venstre
name | org:venstre | de | Venstre-Partei; Rechtsliberale Partei Venstre

actor | org:moderaterne | organization | Moderates (Denmark)
name | org:moderaterne | * | Moderaterne

actor | org:sf-dnk | organization | Socialist People's Party (Denmark)
name | org:sf-dnk | * | Socialistisk Folkeparti
name | org:sf-dnk | de | Sozialistische Volkspartei; Sozialistischen Volkspartei
name | org:sf-dnk | en | Socialist People's Party

actor | org:dansk-folkeparti | organization | Danish People's Party
name | org:dansk-folkeparti | * | Dansk Folkeparti
name | org:dansk-folkeparti | de | Dänische Volkspartei; Dänischen Volkspartei
name | org:dansk-folkeparti | en | Danish People's Party

actor | org:danmarksdemokraterne | organization | Denmark Democrats
name | org:danmarksdemokraterne | * | Danmarksdemokraterne
name | org:danmarksdemokraterne | de | Dänemarkdemokraten
name | org:danmarksdemokraterne | en | Denmark Democrats

actor | org:liberal-alliance-dnk | organization | Liberal Alliance (Denmark)
name | org:liberal-alliance-dnk | * | Liberal Alliance

actor | org:demokraatit | organization | Democrats (Demokraatit, Greenland)
name | org:demokraatit | * | Demokraatit

actor | org:naleraq | organization | Naleraq (Greenland)
name | org:naleraq | * | Naleraq

actor | org:inuit-ataqatigiit | organization | Inuit Ataqatigiit (Greenland)
name | org:inuit-ataqatigiit | * | Inuit Ataqatigiit

actor | org:siumut | organization | Siumut (Greenland)
name | org:siumut | * | Siumut

# --- Estonia ---
actor | org:reformierakond | organization | Estonian Reform Party
name | org:reformierakond | * | Reformierakond
name | org:reformierakond | de | Estnische Reformpartei; Estnischen Reformpartei
name | org:reformierakond | en | Estonian Reform Party

actor | org:eesti-200 | organization | Estonia 200
name | org:eesti-200 | * | Eesti 200
name | org:eesti-200 | de | Estland 200
name | org:eesti-200 | en | Estonia 200

actor | org:isamaa | organization | Isamaa (Estonia)
name | org:isamaa | * | Isamaa
name | org:isamaa | de | Isamaa-Partei

actor | org:ekre | organization | Conservative People's Party of Estonia (EKRE)
name | org:ekre | * | EKRE
name | org:ekre | de | Estnische Konservative Volkspartei; Estnischen Konservativen Volkspartei
name | org:ekre | en | Conservative People's Party of Estonia

actor | org:keskerakond | organization | Estonian Centre Party
name | org:keskerakond | * | Keskerakond
name | org:keskerakond | de | Estnische Zentrumspartei; Estnischen Zentrumspartei
name | org:keskerakond | en | Estonian Centre Party; Estonian Center Party

# --- Finland ---
actor | org:kokoomus | organization | National Coalition Party (Finland)
name | org:kokoomus | * | Kokoomus; Kansallinen Kokoomus
name | org:kokoomus | de | Nationale Sammlungspartei; Nationalen Sammlungspartei
name | org:kokoomus | en | National Coalition Party

actor | org:finns-party | organization | Finns Party
name | org:finns-party | * | Perussuomalaiset
name | org:finns-party | de | Wahre Finnen; Wahren Finnen; Basisfinnen; Finnen-Partei
name | org:finns-party | en | Finns Party; True Finns

actor | org:sdp-fin | organization | Social Democratic Party of Finland
name | org:sdp-fin | * | Suomen Sosialidemokraattinen Puolue
name | org:sdp-fin | de | Sozialdemokratische Partei Finnlands; Sozialdemokratischen Partei Finnlands; finnischen Sozialdemokraten; Finnische Sozialdemokraten; Finnischen Sozialdemokraten
name | org:sdp-fin | en | Social Democratic Party of Finland; Finnish Social Democrats

actor | org:keskusta | organization | Centre Party of Finland
name | org:keskusta | * | Keskusta
name | org:keskusta | de | Finnische Zentrumspartei; Finnischen Zentrumspartei
name | org:keskusta | en | Centre Party of Finland; Finnish Centre Party

actor | org:rkp-fin | organization | Swedish People's Party of Finland
name | org:rkp-fin | de | Schwedische Volkspartei Finnlands; Schwedischen Volkspartei Finnlands
name | org:rkp-fin | en | Swedish People's Party of Finland

# --- France ---
actor | org:renaissance | organization | Renaissance (France)
name | org:renaissance | de | Renaissance-Partei; Partei Renaissance
name | org:renaissance | en | Renaissance party; Renaissance Party; Ensemble pour la République

actor | org:modem | organization | Democratic Movement (MoDem, France)
name | org:modem | * | MoDem; Mouvement démocrate; Mouvement Démocrate

actor | org:horizons | organization | Horizons (France)
name | org:horizons | de | Horizons-Partei
name | org:horizons | en | Horizons party

actor | org:les-republicains | organization | The Republicans (Les Républicains, France)
name | org:les-republicains | * | Les Républicains; Les Republicains

actor | org:rn | organization | National Rally (Rassemblement National, France)
name | org:rn | * | Rassemblement National; Rassemblement national
name | org:rn | de | RN-Partei; Nationale Sammlungsbewegung; Nationalen Sammlungsbewegung
name | org:rn | en | National Rally

actor | org:lfi | organization | France Unbowed (LFI)
name | org:lfi | * | LFI; La France insoumise; La France Insoumise
name | org:lfi | de | Unbeugsames Frankreich; Unbeugsame Frankreich; Unbeugsamen Frankreich
name | org:lfi | en | France Unbowed

actor | org:ps-fra | organization | Socialist Party (France)
name | org:ps-fra | * | Parti socialiste
name | org:ps-fra | de | Sozialistische Partei Frankreichs; Sozialistischen Partei Frankreichs; Französische Sozialistische Partei; Französischen Sozialistischen Partei
name | org:ps-fra | en | French Socialist Party

actor | org:pcf | organization | French Communist Party
name | org:pcf | * | PCF; Parti communiste français
name | org:pcf | de | Kommunistische Partei Frankreichs; Kommunistischen Partei Frankreichs; Französische Kommunistische Partei; Französischen Kommunistischen Partei
name | org:pcf | en | French Communist Party

actor | org:les-ecologistes | organization | The Ecologists (France)
name | org:les-ecologistes | * | Les Écologistes

actor | org:nfp | organization | New Popular Front (France)
name | org:nfp | * | Nouveau Front populaire; Nouveau Front Populaire
name | org:nfp | de | Neue Volksfront; Neuen Volksfront
name | org:nfp | en | New Popular Front

# --- Germany ---
actor | org:cdu | organization | Christian Democratic Union (CDU)
name | org:cdu | * | CDU
name | org:cdu | de | Christlich Demokratische Union; Christlich Demokratischen Union; Christlich-Demokratische Union; Christlich-Demokratischen Union
name | org:cdu | en | Christian Democratic Union

actor | org:csu | organization | Christian Social Union in Bavaria (CSU)
name | org:csu | * | CSU
name | org:csu | de | Christlich-Soziale Union; Christlich-Sozialen Union
name | org:csu | en | Christian Social Union

actor | org:cdu-csu | organization | CDU/CSU (Union parties)
name | org:cdu-csu | * | CDU/CSU
name | org:cdu-csu | de | Unionsparteien; Unionsfraktion; Unionsfraktion im Bundestag

actor | org:spd | organization | Social Democratic Party of Germany (SPD)
name | org:spd | * | SPD
name | org:spd | de | Sozialdemokratische Partei Deutschlands; Sozialdemokratischen Partei Deutschlands
name | org:spd | en | Social Democratic Party of Germany; German Social Democrats

actor | org:afd | organization | Alternative for Germany (AfD)
name | org:afd | * | AfD; Alternative für Deutschland
name | org:afd | de | AfD-Partei
name | org:afd | en | Alternative for Germany

actor | org:gruene | organization | Alliance 90/The Greens (Germany)
name | org:gruene | de | Bündnis 90/Die Grünen; Grünen-Partei
name | org:gruene | en | German Greens; Alliance 90/The Greens

actor | org:die-linke | organization | The Left (Die Linke, Germany)
name | org:die-linke | * | Die Linke
name | org:die-linke | de | Linkspartei

actor | org:bsw | organization | Sahra Wagenknecht Alliance (BSW)
name | org:bsw | * | BSW
name | org:bsw | de | Bündnis Sahra Wagenknecht; BSW-Partei
name | org:bsw | en | Sahra Wagenknecht Alliance

actor | org:fdp | organization | Free Democratic Party (FDP, Germany)
name | org:fdp | * | FDP
name | org:fdp | de | Freie Demokratische Partei; Freien Demokratischen Partei
name | org:fdp | en | Free Democratic Party

# --- Greece ---
actor | org:nd | organization | New Democracy (Greece)
name | org:nd | * | Nea Dimokratia
name | org:nd | de | Neue Demokratie; Neuen Demokratie
name | org:nd | en | New Democracy

actor | org:pasok | organization | PASOK (Greece)
name | org:pasok | * | PASOK; Pasok
name | org:pasok | de | Panhellenische Sozialistische Bewegung; Panhellenischen Sozialistischen Bewegung
name | org:pasok | en | Panhellenic Socialist Movement

actor | org:syriza | organization | Syriza (Greece)
name | org:syriza | * | Syriza; SYRIZA
name | org:syriza | de | Syriza-Partei

actor | org:kke | organization | Communist Party of Greece (KKE)
name | org:kke | * | KKE
name | org:kke | de | Kommunistische Partei Griechenlands; Kommunistischen Partei Griechenlands
name | org:kke | en | Communist Party of Greece

actor | org:greek-solution | organization | Greek Solution
name | org:greek-solution | * | Elliniki Lysi
name | org:greek-solution | de | Griechische Lösung; Griechischen Lösung
name | org:greek-solution | en | Greek Solution

# --- Hungary ---
actor | org:tisza | organization | Tisza (Respect and Freedom Party, Hungary)
name | org:tisza | * | TISZA; Tisza party; Tisza Party
name | org:tisza | de | Tisza-Partei; Partei Respekt und Freiheit
name | org:tisza | en | Respect and Freedom Party

actor | org:mi-hazank | organization | Our Homeland Movement (Mi Hazánk, Hungary)
name | org:mi-hazank | * | Mi Hazánk; Mi Hazank
name | org:mi-hazank | de | Bewegung Unsere Heimat
name | org:mi-hazank | en | Our Homeland Movement

actor | org:kdnp | organization | Christian Democratic People's Party (KDNP, Hungary)
name | org:kdnp | * | KDNP

# --- Ireland (Sinn Féin also in Northern Ireland) ---
actor | org:fianna-fail | organization | Fianna Fáil
name | org:fianna-fail | * | Fianna Fáil; Fianna Fail

actor | org:fine-gael | organization | Fine Gael
name | org:fine-gael | * | Fine Gael

actor | org:sinn-fein | organization | Sinn Féin
name | org:sinn-fein | * | Sinn Féin; Sinn Fein
name | org:sinn-fein | de | Sinn-Féin-Partei; Sinn-Fein-Partei

actor | org:labour-irl | organization | Labour Party (Ireland)
name | org:labour-irl | en | Irish Labour Party
name | org:labour-irl | de | irische Labour-Partei; irischen Labour-Partei; Irische Labour-Partei; Irischen Labour-Partei

actor | org:pbp | organization | People Before Profit (Ireland)
name | org:pbp | * | People Before Profit

# --- Italy ---
actor | org:fdi | organization | Brothers of Italy (FdI)
name | org:fdi | * | FdI; Fratelli d'Italia; Fratelli d’Italia
name | org:fdi | de | Brüder Italiens
name | org:fdi | en | Brothers of Italy

actor | org:lega | organization | Lega (League, Italy)
name | org:lega | * | Lega; Lega Nord
name | org:lega | de | Lega-Partei
name | org:lega | en | Lega party; Northern League

actor | org:forza-italia | organization | Forza Italia
name | org:forza-italia | * | Forza Italia

actor | org:noi-moderati | organization | Noi Moderati (Italy)
name | org:noi-moderati | * | Noi Moderati

actor | org:pd-ita | organization | Democratic Party (PD, Italy)
name | org:pd-ita | * | Partito Democratico; Partito democratico
name | org:pd-ita | de | Demokratische Partei Italiens; Demokratischen Partei Italiens
name | org:pd-ita | en | Italian Democratic Party

actor | org:m5s | organization | Five Star Movement (M5S)
name | org:m5s | * | M5S; Movimento 5 Stelle; Movimento Cinque Stelle
name | org:m5s | de | Fünf-Sterne-Bewegung; 5-Sterne-Bewegung
name | org:m5s | en | Five Star Movement; Five-Star Movement; 5-Star Movement

actor | org:avs | organization | Greens and Left Alliance (AVS, Italy)
name | org:avs | * | Alleanza Verdi e Sinistra

actor | org:italia-viva | organization | Italia Viva
name | org:italia-viva | * | Italia Viva

# --- Latvia ---
actor | org:new-unity | organization | New Unity (Latvia)
name | org:new-unity | * | Jaunā Vienotība; Jauna Vienotiba
name | org:new-unity | en | New Unity

actor | org:zzs | organization | Union of Greens and Farmers (ZZS, Latvia)
name | org:zzs | * | ZZS
name | org:zzs | de | Bund der Grünen und Bauern; Bundes der Grünen und Bauern
name | org:zzs | en | Union of Greens and Farmers

actor | org:national-alliance-lva | organization | National Alliance (Latvia)
name | org:national-alliance-lva | * | Nacionālā apvienība

actor | org:latvia-first | organization | Latvia First (LPV)
name | org:latvia-first | * | Latvija pirmajā vietā
name | org:latvia-first | de | Lettland zuerst
name | org:latvia-first | en | Latvia First

# --- Lithuania ---
actor | org:lsdp | organization | Social Democratic Party of Lithuania (LSDP)
name | org:lsdp | * | LSDP
name | org:lsdp | de | Sozialdemokratische Partei Litauens; Sozialdemokratischen Partei Litauens; litauischen Sozialdemokraten; Litauische Sozialdemokraten; Litauischen Sozialdemokraten
name | org:lsdp | en | Social Democratic Party of Lithuania; Lithuanian Social Democrats

actor | org:nemuno-ausra | organization | Dawn of Nemunas (Lithuania)
name | org:nemuno-ausra | * | Nemuno aušra; Nemuno Aušra; Nemuno ausra
name | org:nemuno-ausra | en | Dawn of Nemunas; Dawn of the Nemunas

actor | org:lvzs | organization | Lithuanian Farmers, Greens and Christian Families Union (LVŽS)
name | org:lvzs | * | LVŽS; LVZS
name | org:lvzs | de | Bund der Bauern und Grünen Litauens
name | org:lvzs | en | Lithuanian Farmers and Greens Union; Lithuanian Farmers, Greens and Christian Families Union

actor | org:ts-lkd | organization | Homeland Union – Lithuanian Christian Democrats (TS-LKD)
name | org:ts-lkd | * | TS-LKD; Tėvynės sąjunga
name | org:ts-lkd | de | Vaterlandsunion; Heimatunion
name | org:ts-lkd | en | Homeland Union

# --- Luxembourg ---
actor | org:csv | organization | Christian Social People's Party (CSV, Luxembourg)
name | org:csv | * | Chrëschtlech-Sozial Vollekspartei
name | org:csv | de | Christlich-Soziale Volkspartei; Christlich-Sozialen Volkspartei
name | org:csv | en | Christian Social People's Party

actor | org:lsap | organization | Luxembourg Socialist Workers' Party (LSAP)
name | org:lsap | * | LSAP
name | org:lsap | de | Luxemburger Sozialistische Arbeiterpartei; Luxemburger Sozialistischen Arbeiterpartei
name | org:lsap | en | Luxembourg Socialist Workers' Party

# --- Malta ---
actor | org:labour-mlt | organization | Labour Party (Malta)
name | org:labour-mlt | * | Partit Laburista
name | org:labour-mlt | en | Maltese Labour Party; Malta Labour Party

actor | org:pn-mlt | organization | Nationalist Party (Malta)
name | org:pn-mlt | * | Partit Nazzjonalista

# --- Netherlands ---
actor | org:d66 | organization | Democrats 66 (D66, Netherlands)
name | org:d66 | * | D66; Democraten 66
name | org:d66 | de | D66-Partei; Demokraten 66
name | org:d66 | en | Democrats 66

actor | org:pvv | organization | Party for Freedom (PVV, Netherlands)
name | org:pvv | * | PVV; Partij voor de Vrijheid
name | org:pvv | de | Partei für die Freiheit; PVV-Partei
name | org:pvv | en | Party for Freedom

actor | org:vvd | organization | People's Party for Freedom and Democracy (VVD, Netherlands)
name | org:vvd | * | VVD; Volkspartij voor Vrijheid en Democratie
name | org:vvd | de | Volkspartei für Freiheit und Demokratie; VVD-Partei
name | org:vvd | en | People's Party for Freedom and Democracy

actor | org:gl-pvda | organization | GreenLeft–Labour (GL-PvdA, Netherlands)
name | org:gl-pvda | * | GroenLinks-PvdA; GroenLinks–PvdA; GL-PvdA; GroenLinks; PvdA; Partij van de Arbeid
name | org:gl-pvda | en | GreenLeft-Labour; GreenLeft–Labour; Dutch Labour Party
name | org:gl-pvda | de | niederländische Arbeitspartei; niederländischen Arbeitspartei

actor | org:cda | organization | Christian Democratic Appeal (CDA, Netherlands)
name | org:cda | * | CDA; Christen-Democratisch Appèl
name | org:cda | de | Christlich-Demokratischer Appell; Christlich-Demokratische Appell; Christlich-Demokratischen Appell; Christlich-Demokratischen Appells
name | org:cda | en | Christian Democratic Appeal

actor | org:ja21 | organization | JA21 (Netherlands)
name | org:ja21 | * | JA21

actor | org:bbb | organization | Farmer–Citizen Movement (BBB, Netherlands)
name | org:bbb | * | BoerBurgerBeweging
name | org:bbb | de | Bauer-Bürger-Bewegung; Bauern-Bürger-Bewegung; BBB-Partei
name | org:bbb | en | Farmer-Citizen Movement; Farmer–Citizen Movement; Farmers' Citizen Movement

actor | org:nsc | organization | New Social Contract (NSC, Netherlands)
name | org:nsc | * | Nieuw Sociaal Contract
name | org:nsc | de | Neuer Gesellschaftsvertrag; Neuen Gesellschaftsvertrag
name | org:nsc | en | New Social Contract

actor | org:fvd | organization | Forum for Democracy (FvD, Netherlands)
name | org:fvd | * | FvD; Forum voor Democratie

# --- Poland ---
actor | org:pis | organization | Law and Justice (PiS)
name | org:pis | * | PiS; Prawo i Sprawiedliwość
name | org:pis | de | Recht und Gerechtigkeit; PiS-Partei
name | org:pis | en | Law and Justice

actor | org:ko | organization | Civic Coalition (KO, Poland)
name | org:ko | * | Koalicja Obywatelska; Platforma Obywatelska
name | org:ko | de | Bürgerkoalition; Bürgerplattform
name | org:ko | en | Civic Coalition; Civic Platform

actor | org:psl | organization | Polish People's Party (PSL)
name | org:psl | * | PSL
name | org:psl | de | Polnische Volkspartei; Polnischen Volkspartei; Polnische Bauernpartei; Polnischen Bauernpartei
name | org:psl | en | Polish People's Party

actor | org:polska-2050 | organization | Poland 2050
name | org:polska-2050 | * | Polska 2050
name | org:polska-2050 | de | Polen 2050
name | org:polska-2050 | en | Poland 2050

actor | org:lewica | organization | The Left (Lewica, Poland)
name | org:lewica | * | Lewica; Nowa Lewica

actor | org:konfederacja | organization | Confederation Liberty and Independence (Poland)
name | org:konfederacja | * | Konfederacja; Konfederacja Wolność i Niepodległość
name | org:konfederacja | de | Konfederacja-Partei

actor | org:kkp | organization | Confederation of the Polish Crown
name | org:kkp | * | Konfederacja Korony Polskiej
name | org:kkp | de | Konföderation der Polnischen Krone
name | org:kkp | en | Confederation of the Polish Crown

# --- Portugal ---
actor | org:ad-prt | organization | Democratic Alliance (AD, Portugal)
name | org:ad-prt | * | Aliança Democrática
name | org:ad-prt | de | Demokratische Allianz (AD); Demokratischen Allianz (AD)
name | org:ad-prt | en | Democratic Alliance (AD)

actor | org:psd-prt | organization | Social Democratic Party (PSD, Portugal)
name | org:psd-prt | * | Partido Social Democrata
name | org:psd-prt | de | Sozialdemokratische Partei Portugals; Sozialdemokratischen Partei Portugals
name | org:psd-prt | en | Portuguese Social Democratic Party

actor | org:chega | organization | Chega (Portugal)
name | org:chega | * | Chega
name | org:chega | de | Chega-Partei

actor | org:ps-prt | organization | Socialist Party (PS, Portugal)
name | org:ps-prt | de | Sozialistische Partei Portugals; Sozialistischen Partei Portugals
name | org:ps-prt | en | Portuguese Socialist Party

actor | org:il-prt | organization | Liberal Initiative (Portugal)
name | org:il-prt | * | Iniciativa Liberal

# --- Romania ---
actor | org:pnl | organization | National Liberal Party (PNL, Romania)
name | org:pnl | * | PNL; Partidul Național Liberal
name | org:pnl | de | Nationalliberale Partei; Nationalliberalen Partei
name | org:pnl | en | National Liberal Party

actor | org:psd-rou | organization | Social Democratic Party (PSD, Romania)
name | org:psd-rou | * | Partidul Social Democrat
name | org:psd-rou | de | rumänischen Sozialdemokraten; Rumänische Sozialdemokraten; Rumänischen Sozialdemokraten; Sozialdemokratische Partei Rumäniens; Sozialdemokratischen Partei Rumäniens
name | org:psd-rou | en | Romanian Social Democrats; Romanian Social Democratic Party

actor | org:usr | organization | Save Romania Union (USR)
name | org:usr | * | USR
name | org:usr | de | Union Rettet Rumänien
name | org:usr | en | Save Romania Union

actor | org:udmr | organization | Democratic Alliance of Hungarians in Romania (UDMR)
name | org:udmr | * | UDMR; RMDSZ
name | org:udmr | de | Demokratische Union der Ungarn in Rumänien; Demokratischen Union der Ungarn in Rumänien; Demokratischer Verband der Ungarn in Rumänien
name | org:udmr | en | Democratic Alliance of Hungarians in Romania; Democratic Union of Hungarians in Romania

actor | org:aur | organization | Alliance for the Union of Romanians (AUR)
name | org:aur | * | AUR
name | org:aur | de | Allianz für die Vereinigung der Rumänen; Allianz für die Einheit der Rumänen; AUR-Partei
name | org:aur | en | Alliance for the Union of Romanians

actor | org:sos-romania | organization | S.O.S. Romania
name | org:sos-romania | * | S.O.S. România; SOS România; SOS Romania
name | org:sos-romania | de | SOS Rumänien

# --- Slovakia ---
actor | org:smer | organization | Smer – Slovak Social Democracy
name | org:smer | * | Smer; Smer-SD
name | org:smer | de | Smer-Partei
name | org:smer | en | Smer party

actor | org:hlas | organization | Hlas – Social Democracy (Slovakia)
name | org:hlas | * | Hlas; Hlas-SD
name | org:hlas | de | Hlas-Partei

actor | org:sns-svk | organization | Slovak National Party
name | org:sns-svk | * | Slovenská národná strana
name | org:sns-svk | de | Slowakische Nationalpartei; Slowakischen Nationalpartei
name | org:sns-svk | en | Slovak National Party

actor | org:progressive-slovakia | organization | Progressive Slovakia
name | org:progressive-slovakia | * | Progresívne Slovensko
name | org:progressive-slovakia | de | Progressive Slowakei; Progressiven Slowakei
name | org:progressive-slovakia | en | Progressive Slovakia

actor | org:sas | organization | Freedom and Solidarity (SaS, Slovakia)
name | org:sas | * | SaS; Sloboda a Solidarita

actor | org:kdh | organization | Christian Democratic Movement (KDH, Slovakia)
name | org:kdh | * | KDH

# --- Slovenia ---
actor | org:gibanje-svoboda | organization | Freedom Movement (Slovenia)
name | org:gibanje-svoboda | * | Gibanje Svoboda

actor | org:sds-svn | organization | Slovenian Democratic Party
name | org:sds-svn | * | Slovenska demokratska stranka
name | org:sds-svn | de | Slowenische Demokratische Partei; Slowenischen Demokratischen Partei
name | org:sds-svn | en | Slovenian Democratic Party

# --- Spain ---
actor | org:psoe | organization | Spanish Socialist Workers' Party (PSOE)
name | org:psoe | * | PSOE; Partido Socialista Obrero Español
name | org:psoe | de | Spanische Sozialistische Arbeiterpartei; Spanischen Sozialistischen Arbeiterpartei; PSOE-Partei
name | org:psoe | en | Spanish Socialist Workers' Party

actor | org:sumar | organization | Sumar (Spain)
name | org:sumar | * | Sumar
name | org:sumar | de | Sumar-Bündnis

actor | org:pp-esp | organization | People's Party (PP, Spain)
name | org:pp-esp | * | PP; Partido Popular
name | org:pp-esp | de | PP-Partei; Spanische Volkspartei; Spanischen Volkspartei
name | org:pp-esp | en | Spanish People's Party

actor | org:vox | organization | Vox (Spain)
name | org:vox | * | Vox
name | org:vox | de | Vox-Partei
name | org:vox | en | Vox party

actor | org:junts | organization | Together for Catalonia (Junts)
name | org:junts | * | Junts; Junts per Catalunya
name | org:junts | de | Gemeinsam für Katalonien; Junts-Partei
name | org:junts | en | Together for Catalonia

actor | org:erc | organization | Republican Left of Catalonia (ERC)
name | org:erc | * | Esquerra Republicana; Esquerra Republicana de Catalunya
name | org:erc | de | Republikanische Linke Kataloniens; Republikanischen Linken Kataloniens
name | org:erc | en | Republican Left of Catalonia

actor | org:pnv | organization | Basque Nationalist Party (PNV)
name | org:pnv | * | PNV; EAJ-PNV
name | org:pnv | de | Baskische Nationalistische Partei; Baskischen Nationalistischen Partei
name | org:pnv | en | Basque Nationalist Party

actor | org:eh-bildu | organization | EH Bildu (Spain)
name | org:eh-bildu | * | EH Bildu; Bildu

actor | org:podemos | organization | Podemos (Spain)
name | org:podemos | * | Podemos
name | org:podemos | de | Podemos-Partei

# --- Sweden ---
actor | org:moderaterna | organization | Moderate Party (Sweden)
name | org:moderaterna | * | Moderaterna
name | org:moderaterna | de | Moderate Sammlungspartei; Moderaten Sammlungspartei
name | org:moderaterna | en | Moderate Party

actor | org:sd-swe | organization | Sweden Democrats
name | org:sd-swe | * | Sverigedemokraterna
name | org:sd-swe | de | Schwedendemokraten
name | org:sd-swe | en | Sweden Democrats

actor | org:kd-swe | organization | Christian Democrats (Sweden)
name | org:kd-swe | * | Kristdemokraterna

actor | org:liberalerna | organization | Liberals (Sweden)
name | org:liberalerna | * | Liberalerna

actor | org:sap-swe | organization | Swedish Social Democratic Party
name | org:sap-swe | * | Socialdemokraterna
name | org:sap-swe | de | schwedischen Sozialdemokraten; Schwedische Sozialdemokraten; Schwedischen Sozialdemokraten; Sozialdemokratische Arbeiterpartei Schwedens; Sozialdemokratischen Arbeiterpartei Schwedens
name | org:sap-swe | en | Swedish Social Democrats; Swedish Social Democratic Party

actor | org:vansterpartiet | organization | Left Party (Sweden)
name | org:vansterpartiet | * | Vänsterpartiet

actor | org:centerpartiet | organization | Centre Party (Sweden)
name | org:centerpartiet | * | Centerpartiet

# --- United Kingdom (Northern Ireland's Sinn Féin: see Ireland) ---
actor | org:labour | organization | Labour Party (UK)
name | org:labour | * | Labour; Labour Party
name | org:labour | de | Labour-Partei; britische Labour-Partei; britischen Labour-Partei; Britische Labour-Partei; Britischen Labour-Partei
name | org:labour | en | British Labour Party; UK Labour Party

actor | org:conservative-party | organization | Conservative Party (UK)
name | org:conservative-party | * | Tories; Tory-Partei
name | org:conservative-party | de | Konservative Partei Großbritanniens; Konservativen Partei Großbritanniens; britische Konservative Partei; britischen Konservativen Partei; Britische Konservative Partei; Britischen Konservativen Partei
name | org:conservative-party | en | Conservative Party; Conservative and Unionist Party; British Conservative Party; Tory; Tory party; Tory Party

actor | org:reform-uk | organization | Reform UK
name | org:reform-uk | * | Reform UK
name | org:reform-uk | de | Reform-UK-Partei; Partei Reform UK

actor | org:lib-dems | organization | Liberal Democrats (UK)
name | org:lib-dems | * | Lib Dems; Lib Dem
name | org:lib-dems | de | britischen Liberaldemokraten; Britische Liberaldemokraten; Britischen Liberaldemokraten
name | org:lib-dems | en | Liberal Democrats

actor | org:snp | organization | Scottish National Party (SNP)
name | org:snp | * | SNP
name | org:snp | de | Schottische Nationalpartei; Schottischen Nationalpartei
name | org:snp | en | Scottish National Party

actor | org:plaid-cymru | organization | Plaid Cymru
name | org:plaid-cymru | * | Plaid Cymru

actor | org:green-party-ew | organization | Green Party of England and Wales
name | org:green-party-ew | en | Green Party of England and Wales

actor | org:dup | organization | Democratic Unionist Party (DUP)
name | org:dup | * | DUP
name | org:dup | de | Demokratische Unionistische Partei; Demokratischen Unionistischen Partei; DUP-Partei
name | org:dup | en | Democratic Unionist Party

actor | org:uup | organization | Ulster Unionist Party (UUP)
name | org:uup | * | UUP
name | org:uup | de | Ulster Unionist Party; Ulster-Unionisten-Partei
name | org:uup | en | Ulster Unionist Party

actor | org:sdlp | organization | Social Democratic and Labour Party (SDLP)
name | org:sdlp | * | SDLP
name | org:sdlp | en | Social Democratic and Labour Party

actor | org:alliance-ni | organization | Alliance Party of Northern Ireland
name | org:alliance-ni | en | Alliance Party of Northern Ireland

actor | org:tuv | organization | Traditional Unionist Voice (TUV)
name | org:tuv | * | TUV
name | org:tuv | en | Traditional Unionist Voice

# --- Norway ---
actor | org:arbeiderpartiet | organization | Labour Party (Norway)
name | org:arbeiderpartiet | * | Arbeiderpartiet
name | org:arbeiderpartiet | de | Norwegische Arbeiterpartei; Norwegischen Arbeiterpartei; norwegische Arbeiterpartei; norwegischen Arbeiterpartei
name | org:arbeiderpartiet | en | Norwegian Labour Party

actor | org:frp | organization | Progress Party (FrP, Norway)
name | org:frp | * | FrP; Fremskrittspartiet
name | org:frp | de | Norwegische Fortschrittspartei; Norwegischen Fortschrittspartei; norwegische Fortschrittspartei; norwegischen Fortschrittspartei
name | org:frp | en | Norwegian Progress Party

actor | org:hoyre | organization | Conservative Party (Høyre, Norway)
name | org:hoyre | * | Høyre; Hoyre

actor | org:senterpartiet | organization | Centre Party (Norway)
name | org:senterpartiet | * | Senterpartiet

# --- Switzerland ---
actor | org:svp | organization | Swiss People's Party (SVP)
name | org:svp | * | SVP
name | org:svp | de | Schweizerische Volkspartei; Schweizerischen Volkspartei
name | org:svp | en | Swiss People's Party

actor | org:sp-che | organization | Social Democratic Party of Switzerland (SP)
name | org:sp-che | de | SP Schweiz; Sozialdemokratische Partei der Schweiz; Sozialdemokratischen Partei der Schweiz
name | org:sp-che | en | Social Democratic Party of Switzerland; Swiss Social Democrats

actor | org:fdp-che | organization | FDP.The Liberals (Switzerland)
name | org:fdp-che | * | FDP.Die Liberalen
name | org:fdp-che | en | FDP.The Liberals

# --- Iceland ---
actor | org:samfylkingin | organization | Social Democratic Alliance (Iceland)
name | org:samfylkingin | * | Samfylkingin
name | org:samfylkingin | en | Social Democratic Alliance

actor | org:vidreisn | organization | Liberal Reform Party (Viðreisn, Iceland)
name | org:vidreisn | * | Viðreisn; Vidreisn

actor | org:flokkur-folksins | organization | People's Party (Flokkur fólksins, Iceland)
name | org:flokkur-folksins | * | Flokkur fólksins

actor | org:independence-party-isl | organization | Independence Party (Iceland)
name | org:independence-party-isl | * | Sjálfstæðisflokkurinn
name | org:independence-party-isl | de | Isländische Unabhängigkeitspartei; Isländischen Unabhängigkeitspartei
name | org:independence-party-isl | en | Icelandic Independence Party

# --- Serbia ---
actor | org:sns-srb | organization | Serbian Progressive Party (SNS)
name | org:sns-srb | * | Srpska napredna stranka
name | org:sns-srb | de | Serbische Fortschrittspartei; Serbischen Fortschrittspartei
name | org:sns-srb | en | Serbian Progressive Party

actor | org:sps-srb | organization | Socialist Party of Serbia (SPS)
name | org:sps-srb | * | SPS
name | org:sps-srb | de | Sozialistische Partei Serbiens; Sozialistischen Partei Serbiens
name | org:sps-srb | en | Socialist Party of Serbia

actor | org:ssp-srb | organization | Party of Freedom and Justice (SSP, Serbia)
name | org:ssp-srb | * | Stranka slobode i pravde
name | org:ssp-srb | de | Partei für Freiheit und Gerechtigkeit
name | org:ssp-srb | en | Party of Freedom and Justice

# --- Bosnia and Herzegovina ---
actor | org:snsd | organization | Alliance of Independent Social Democrats (SNSD)
name | org:snsd | * | SNSD
name | org:snsd | de | Bund der Unabhängigen Sozialdemokraten; Bundes der Unabhängigen Sozialdemokraten; Allianz der Unabhängigen Sozialdemokraten; Allianz der unabhängigen Sozialdemokraten; SNSD-Partei
name | org:snsd | en | Alliance of Independent Social Democrats

actor | org:hdz-bih | organization | Croatian Democratic Union of Bosnia and Herzegovina (HDZ BiH)
name | org:hdz-bih | * | HDZ BiH; HDZ-BiH
name | org:hdz-bih | en | Croatian Democratic Union of Bosnia and Herzegovina

actor | org:sda | organization | Party of Democratic Action (SDA, Bosnia)
name | org:sda | * | SDA; Stranka demokratske akcije
name | org:sda | de | Partei der Demokratischen Aktion
name | org:sda | en | Party of Democratic Action

actor | org:sdp-bih | organization | Social Democratic Party of Bosnia and Herzegovina
name | org:sdp-bih | * | SDP BiH; SDP-BiH
name | org:sdp-bih | de | Sozialdemokratische Partei Bosnien und Herzegowinas; Sozialdemokratischen Partei Bosnien und Herzegowinas
name | org:sdp-bih | en | Social Democratic Party of Bosnia and Herzegovina

actor | org:sds-bih | organization | Serb Democratic Party (SDS, Bosnia)
name | org:sds-bih | * | Srpska demokratska stranka
name | org:sds-bih | de | Serbische Demokratische Partei; Serbischen Demokratischen Partei
name | org:sds-bih | en | Serb Democratic Party; Serbian Democratic Party

# --- Montenegro ---
actor | org:pes | organization | Europe Now! Movement (PES, Montenegro)
name | org:pes | * | Pokret Evropa sad
name | org:pes | de | Bewegung Europa Jetzt; Bewegung Europa jetzt
name | org:pes | en | Europe Now Movement; Europe Now! Movement

actor | org:dps-mne | organization | Democratic Party of Socialists of Montenegro (DPS)
name | org:dps-mne | de | Demokratische Partei der Sozialisten; Demokratischen Partei der Sozialisten
name | org:dps-mne | en | Democratic Party of Socialists; Democratic Party of Socialists of Montenegro

actor | org:zbcg | organization | For the Future of Montenegro (ZBCG)
name | org:zbcg | * | Za budućnost Crne Gore
name | org:zbcg | de | Für die Zukunft Montenegros
name | org:zbcg | en | For the Future of Montenegro

# --- North Macedonia ---
actor | org:vmro-dpmne | organization | VMRO-DPMNE (North Macedonia)
name | org:vmro-dpmne | * | VMRO-DPMNE; VMRO–DPMNE
name | org:vmro-dpmne | de | VMRO-DPMNE-Partei

actor | org:sdsm | organization | Social Democratic Union of Macedonia (SDSM)
name | org:sdsm | * | SDSM
name | org:sdsm | de | Sozialdemokratischer Bund Mazedoniens; Sozialdemokratische Bund Mazedoniens; Sozialdemokratischen Bund Mazedoniens; Sozialdemokratischen Bundes Mazedoniens; Sozialdemokratische Liga Mazedoniens; Sozialdemokratischen Liga Mazedoniens
name | org:sdsm | en | Social Democratic Union of Macedonia

actor | org:dui | organization | Democratic Union for Integration (DUI, North Macedonia)
name | org:dui | de | Demokratische Union für Integration; Demokratischen Union für Integration
name | org:dui | en | Democratic Union for Integration

actor | org:vlen | organization | VLEN coalition (North Macedonia)
name | org:vlen | * | VLEN

# --- Albania ---
actor | org:ps-alb | organization | Socialist Party of Albania
name | org:ps-alb | * | Partia Socialiste
name | org:ps-alb | de | Sozialistische Partei Albaniens; Sozialistischen Partei Albaniens
name | org:ps-alb | en | Socialist Party of Albania

actor | org:pd-alb | organization | Democratic Party of Albania
name | org:pd-alb | * | Partia Demokratike
name | org:pd-alb | de | Demokratische Partei Albaniens; Demokratischen Partei Albaniens
name | org:pd-alb | en | Democratic Party of Albania

# --- Kosovo ---
actor | org:vetevendosje | organization | Vetëvendosje (Self-Determination Movement, Kosovo)
name | org:vetevendosje | * | Vetëvendosje; Vetëvendosje!; Vetevendosje
name | org:vetevendosje | de | Bewegung Selbstbestimmung; Vetëvendosje-Bewegung
name | org:vetevendosje | en | Self-Determination Movement

actor | org:pdk-kos | organization | Democratic Party of Kosovo (PDK)
name | org:pdk-kos | de | Demokratische Partei des Kosovo; Demokratischen Partei des Kosovo; Demokratische Partei Kosovos; Demokratischen Partei Kosovos
name | org:pdk-kos | en | Democratic Party of Kosovo

actor | org:ldk | organization | Democratic League of Kosovo (LDK)
name | org:ldk | * | LDK
name | org:ldk | de | Demokratische Liga des Kosovo; Demokratischen Liga des Kosovo; Demokratische Liga Kosovos; Demokratischen Liga Kosovos
name | org:ldk | en | Democratic League of Kosovo

actor | org:aak | organization | Alliance for the Future of Kosovo (AAK)
name | org:aak | * | AAK
name | org:aak | de | Allianz für die Zukunft des Kosovo; Allianz für die Zukunft Kosovos
name | org:aak | en | Alliance for the Future of Kosovo

actor | org:srpska-lista | organization | Serb List (Kosovo)
name | org:srpska-lista | * | Srpska lista; Srpska Lista
name | org:srpska-lista | de | Serbische Liste; Serbischen Liste
name | org:srpska-lista | en | Serb List; Serbian List

# --- Moldova ---
actor | org:pas-mda | organization | Party of Action and Solidarity (PAS, Moldova)
name | org:pas-mda | * | Partidul Acțiune și Solidaritate
name | org:pas-mda | de | Partei Aktion und Solidarität; Partei der Aktion und Solidarität; Partei für Aktion und Solidarität
name | org:pas-mda | en | Party of Action and Solidarity; Action and Solidarity Party

actor | org:psrm | organization | Party of Socialists of the Republic of Moldova (PSRM)
name | org:psrm | * | PSRM
name | org:psrm | de | Partei der Sozialisten der Republik Moldau; Sozialistische Partei Moldaus; Sozialistischen Partei Moldaus
name | org:psrm | en | Party of Socialists of the Republic of Moldova; Moldovan Party of Socialists

actor | org:pcrm | organization | Party of Communists of the Republic of Moldova (PCRM)
name | org:pcrm | * | PCRM
name | org:pcrm | de | Partei der Kommunisten der Republik Moldau
name | org:pcrm | en | Party of Communists of the Republic of Moldova

actor | org:patriotic-bloc-mda | organization | Patriotic Electoral Bloc (Moldova)
name | org:patriotic-bloc-mda | de | Patriotischer Wahlblock; Patriotische Wahlblock; Patriotischen Wahlblock; Patriotischen Wahlblocks
name | org:patriotic-bloc-mda | en | Patriotic Electoral Bloc

# --- Ukraine ---
actor | org:servant-of-the-people | organization | Servant of the People (Ukraine)
name | org:servant-of-the-people | * | Sluha Narodu
name | org:servant-of-the-people | de | Partei Diener des Volkes
name | org:servant-of-the-people | en | Servant of the People party; Servant of the People Party

actor | org:european-solidarity | organization | European Solidarity (Ukraine)
name | org:european-solidarity | * | Jewropejska Solidarnist; Yevropeiska Solidarnist
name | org:european-solidarity | de | Partei Europäische Solidarität
name | org:european-solidarity | en | European Solidarity party; European Solidarity Party

actor | org:batkivshchyna | organization | Batkivshchyna (Fatherland, Ukraine)
name | org:batkivshchyna | * | Batkivshchyna; Batkiwschtschyna
name | org:batkivshchyna | de | Vaterlandspartei
name | org:batkivshchyna | en | Fatherland party

# --- Georgia (Georgian Dream: organizations.lex) ---
actor | org:unm | organization | United National Movement (Georgia)
name | org:unm | * | UNM
name | org:unm | de | Vereinte Nationale Bewegung; Vereinten Nationalen Bewegung; Vereinigte Nationale Bewegung; Vereinigten Nationalen Bewegung
name | org:unm | en | United National Movement

actor | org:coalition-for-change | organization | Coalition for Change (Georgia)
name | org:coalition-for-change | de | Koalition für den Wandel
name | org:coalition-for-change | en | Coalition for Change

actor | org:strong-georgia | organization | Strong Georgia
name | org:strong-georgia | de | Starkes Georgien; Starke Georgien; Starken Georgien
name | org:strong-georgia | en | Strong Georgia

actor | org:gakharia-for-georgia | organization | Gakharia for Georgia
name | org:gakharia-for-georgia | * | Gakharia for Georgia
name | org:gakharia-for-georgia | de | Gacharia für Georgien

# --- Armenia ---
actor | org:civil-contract | organization | Civil Contract (Armenia)
name | org:civil-contract | de | Partei Ziviler Vertrag; Partei Zivilvertrag; Bürgervertrag; Zivilvertrag-Partei
name | org:civil-contract | en | Civil Contract party; Civil Contract Party

actor | org:armenia-alliance | organization | Armenia Alliance
name | org:armenia-alliance | de | Bündnis Armenien; Allianz Armenien
name | org:armenia-alliance | en | Armenia Alliance

actor | org:strong-armenia | organization | Strong Armenia
name | org:strong-armenia | de | Starkes Armenien; Starke Armenien; Starken Armenien
name | org:strong-armenia | en | Strong Armenia

# --- Azerbaijan ---
actor | org:yap | organization | New Azerbaijan Party (YAP)
name | org:yap | * | Yeni Azərbaycan Partiyası
name | org:yap | de | Partei Neues Aserbaidschan; Neues Aserbaidschan
name | org:yap | en | New Azerbaijan Party

actor | org:musavat | organization | Musavat (Azerbaijan)
name | org:musavat | * | Musavat

actor | org:apfp | organization | Azerbaijan Popular Front Party
name | org:apfp | de | Partei der Volksfront Aserbaidschans; Volksfront Aserbaidschans
name | org:apfp | en | Azerbaijan Popular Front Party; Popular Front Party of Azerbaijan

# --- Belarus ---
actor | org:belaya-rus | organization | Belaya Rus (Belarus)
name | org:belaya-rus | * | Belaya Rus; Belaja Rus

# --- Russia (United Russia: organizations.lex) ---
actor | org:kprf | organization | Communist Party of the Russian Federation (KPRF)
name | org:kprf | * | KPRF; CPRF
name | org:kprf | de | Kommunistische Partei der Russischen Föderation; Kommunistischen Partei der Russischen Föderation; Kommunistische Partei Russlands; Kommunistischen Partei Russlands
name | org:kprf | en | Communist Party of the Russian Federation; Russian Communist Party

actor | org:ldpr | organization | Liberal Democratic Party of Russia (LDPR)
name | org:ldpr | * | LDPR
name | org:ldpr | de | Liberal-Demokratische Partei Russlands; Liberal-Demokratischen Partei Russlands; Liberaldemokratische Partei Russlands; Liberaldemokratischen Partei Russlands
name | org:ldpr | en | Liberal Democratic Party of Russia

actor | org:just-russia | organization | A Just Russia – For Truth
name | org:just-russia | de | Gerechtes Russland; Gerechte Russland; Gerechten Russland
name | org:just-russia | en | A Just Russia; Just Russia; A Just Russia – For Truth

actor | org:yabloko | organization | Yabloko (Russia)
name | org:yabloko | * | Yabloko; Jabloko

# --- Turkey ---
actor | org:akp | organization | Justice and Development Party (AKP, Turkey)
name | org:akp | * | AKP; AK Party; AK Parti; Adalet ve Kalkınma Partisi
name | org:akp | de | Partei für Gerechtigkeit und Aufschwung; AKP-Partei; AK-Partei

actor | org:chp | organization | Republican People's Party (CHP, Turkey)
name | org:chp | * | CHP; Cumhuriyet Halk Partisi
name | org:chp | de | Republikanische Volkspartei; Republikanischen Volkspartei; CHP-Partei
name | org:chp | en | Republican People's Party

actor | org:mhp | organization | Nationalist Movement Party (MHP, Turkey)
name | org:mhp | * | MHP; Milliyetçi Hareket Partisi
name | org:mhp | de | Partei der Nationalistischen Bewegung; MHP-Partei
name | org:mhp | en | Nationalist Movement Party

actor | org:dem-party | organization | Peoples' Equality and Democracy Party (DEM Party, Turkey)
name | org:dem-party | * | DEM Party; DEM Parti; DEM-Partei
name | org:dem-party | de | Partei für Emanzipation und Demokratie der Völker; Partei für Gleichheit und Demokratie der Völker; prokurdische DEM; prokurdischen DEM
name | org:dem-party | en | Peoples' Equality and Democracy Party

actor | org:iyi | organization | Good Party (İYİ, Turkey)
name | org:iyi | * | İYİ Parti; IYI Parti; İYİ Party; IYI Party; İYİ-Partei; IYI-Partei

actor | org:yeniden-refah | organization | New Welfare Party (Turkey)
name | org:yeniden-refah | * | Yeniden Refah; Yeniden Refah Partisi
name | org:yeniden-refah | de | Neue Wohlfahrtspartei
name | org:yeniden-refah | en | New Welfare Party

# --- Israel (Likud: organizations.lex) ---
actor | org:yesh-atid | organization | Yesh Atid (Israel)
name | org:yesh-atid | * | Yesh Atid; Jesch Atid
name | org:yesh-atid | de | Jesch-Atid-Partei; Yesh-Atid-Partei
name | org:yesh-atid | en | Yesh Atid party

actor | org:blue-and-white | organization | Blue and White / National Unity (Israel, Gantz)
name | org:blue-and-white | * | Kachol Lavan
name | org:blue-and-white | de | Blau-Weiß-Partei
name | org:blue-and-white | en | Blue and White party; Blue and White Party

actor | org:shas | organization | Shas (Israel)
name | org:shas | * | Shas; Schas
name | org:shas | de | Schas-Partei; Shas-Partei

actor | org:utj | organization | United Torah Judaism (Israel)
name | org:utj | * | UTJ
name | org:utj | de | Vereinigtes Thora-Judentum; Vereinigte Thora-Judentum; Vereinigten Thora-Judentum; Vereinigten Thora-Judentums; Vereinigtes Torah-Judentum
name | org:utj | en | United Torah Judaism

actor | org:religious-zionism | organization | Religious Zionist Party (Israel)
name | org:religious-zionism | de | Religiös-Zionistische Partei; Religiös-Zionistischen Partei; Partei des Religiösen Zionismus; Partei Religiöser Zionismus
name | org:religious-zionism | en | Religious Zionist Party; Religious Zionism party; Religious Zionism Party

actor | org:otzma-yehudit | organization | Otzma Yehudit (Jewish Power, Israel)
name | org:otzma-yehudit | * | Otzma Yehudit; Otzma Jehudit; Ozma Jehudit
name | org:otzma-yehudit | de | Jüdische Stärke; Jüdischen Stärke; Jüdische Kraft; Jüdischen Kraft
name | org:otzma-yehudit | en | Jewish Power party; Jewish Power Party

actor | org:yisrael-beiteinu | organization | Yisrael Beiteinu (Israel)
name | org:yisrael-beiteinu | * | Yisrael Beiteinu; Yisrael Beytenu; Jisrael Beitenu; Israel Beitenu; Israel Beiteinu
name | org:yisrael-beiteinu | de | Unser Haus Israel

actor | org:raam | organization | Ra'am (United Arab List, Israel)
name | org:raam | * | Ra'am; Ra’am
name | org:raam | de | Vereinigte Arabische Liste; Vereinigten Arabischen Liste
name | org:raam | en | United Arab List

actor | org:hadash | organization | Hadash (Israel)
name | org:hadash | * | Hadash; Chadasch; Hadash-Ta'al

actor | org:democrats-isr | organization | The Democrats (HaDemokratim, Israel)
name | org:democrats-isr | * | HaDemokratim

# --- Iran ---
actor | org:paydari | organization | Front of Islamic Revolution Stability (Paydari, Iran)
name | org:paydari | * | Paydari; Paydari Front; Jebhe-ye Paydari
name | org:paydari | de | Paydari-Front; Front der Standhaftigkeit der Islamischen Revolution
name | org:paydari | en | Front of Islamic Revolution Stability; Front of Islamic Revolution Steadfastness

# --- Iraq (KDP, PUK, Badr: organizations-world.lex) ---
actor | org:gorran | organization | Gorran Movement (Iraqi Kurdistan)
name | org:gorran | * | Gorran; Goran Movement; Gorran Movement
name | org:gorran | de | Gorran-Bewegung; Goran-Bewegung

actor | org:new-generation-irq | organization | New Generation Movement (Iraqi Kurdistan)
name | org:new-generation-irq | * | Nawey Nwê
name | org:new-generation-irq | de | Bewegung Neue Generation
name | org:new-generation-irq | en | New Generation Movement

actor | org:kiu | organization | Kurdistan Islamic Union
name | org:kiu | * | KIU
name | org:kiu | de | Islamische Union Kurdistans; Islamischen Union Kurdistans
name | org:kiu | en | Kurdistan Islamic Union

actor | org:coordination-framework | organization | Coordination Framework (Iraq)
name | org:coordination-framework | de | Koordinationsrahmen; Koordinierungsrahmen; Schiitischer Koordinationsrahmen; Schiitische Koordinationsrahmen; Schiitischen Koordinationsrahmen; Schiitischen Koordinationsrahmens
name | org:coordination-framework | en | Coordination Framework; Shiite Coordination Framework; Shia Coordination Framework

actor | org:state-of-law | organization | State of Law Coalition (Iraq)
name | org:state-of-law | * | Dawlat al-Qanun
name | org:state-of-law | de | Rechtsstaat-Koalition; Koalition Rechtsstaat; Rechtsstaat-Allianz
name | org:state-of-law | en | State of Law Coalition; State of Law coalition

actor | org:sadrist-movement | organization | Sadrist Movement (Iraq)
name | org:sadrist-movement | de | Sadr-Bewegung; Sadristen; Sadristische Bewegung; Sadristischen Bewegung
name | org:sadrist-movement | en | Sadrist Movement; Sadrist movement; Sadrists; Sadr movement; National Shiite Movement; National Shia Movement

actor | org:taqaddum | organization | Taqaddum (Progress Party, Iraq)
name | org:taqaddum | de | Taqaddum-Partei
name | org:taqaddum | en | Taqaddum Party; Taqaddum party

actor | org:reconstruction-and-development | organization | Reconstruction and Development Coalition (Iraq)
name | org:reconstruction-and-development | de | Koalition für Wiederaufbau und Entwicklung; Bündnis für Wiederaufbau und Entwicklung
name | org:reconstruction-and-development | en | Reconstruction and Development Coalition; Reconstruction and Development coalition

# --- Lebanon (Hezbollah, Amal, Lebanese Forces: organizations.lex, organizations-world.lex) ---
actor | org:fpm | organization | Free Patriotic Movement (Lebanon)
name | org:fpm | * | FPM
name | org:fpm | de | Freie Patriotische Bewegung; Freien Patriotischen Bewegung
name | org:fpm | en | Free Patriotic Movement

actor | org:kataeb | organization | Kataeb Party (Lebanon)
name | org:kataeb | * | Kataeb; Kataeb Party
name | org:kataeb | de | Kataeb-Partei; Phalange-Partei; libanesische Phalange; libanesischen Phalange
name | org:kataeb | en | Lebanese Phalanges; Phalange party

actor | org:psp-lbn | organization | Progressive Socialist Party (Lebanon)
name | org:psp-lbn | de | Progressive Sozialistische Partei; Progressiven Sozialistischen Partei
name | org:psp-lbn | en | Progressive Socialist Party

actor | org:future-movement | organization | Future Movement (Lebanon)
name | org:future-movement | * | Tayyar al-Mustaqbal
name | org:future-movement | de | Zukunftsbewegung; Zukunftsbewegung Hariris
name | org:future-movement | en | Future Movement

# --- Tunisia ---
actor | org:ennahda | organization | Ennahda (Tunisia)
name | org:ennahda | * | Ennahda; Ennahdha; Ennahda party
name | org:ennahda | de | Ennahda-Partei; Ennahdha-Partei

actor | org:free-destourian-party | organization | Free Destourian Party (Tunisia)
name | org:free-destourian-party | de | Freie Destur-Partei; Freien Destur-Partei; Freie Destourische Partei; Freien Destourischen Partei
name | org:free-destourian-party | en | Free Destourian Party; Free Constitutional Party

# --- Egypt (Muslim Brotherhood: organizations-world.lex) ---
actor | org:mostaqbal-watan | organization | Nation's Future Party (Egypt)
name | org:mostaqbal-watan | * | Mostaqbal Watan; Mustaqbal Watan
name | org:mostaqbal-watan | de | Partei Zukunft der Nation
name | org:mostaqbal-watan | en | Nation's Future Party; Nation's Future party

actor | org:nour | organization | Al-Nour Party (Egypt)
name | org:nour | de | Nur-Partei; Nour-Partei; Partei des Lichts
name | org:nour | en | Al-Nour Party; al-Nour Party; Nour Party; Al-Nour party; al-Nour party

actor | org:wafd | organization | Wafd Party (Egypt)
name | org:wafd | * | Wafd; Wafd Party; New Wafd Party
name | org:wafd | de | Wafd-Partei

# --- Morocco ---
actor | org:rni | organization | National Rally of Independents (RNI, Morocco)
name | org:rni | * | RNI; Rassemblement national des indépendants
name | org:rni | de | Nationale Sammlung der Unabhängigen; Nationalen Sammlung der Unabhängigen
name | org:rni | en | National Rally of Independents

actor | org:pam | organization | Authenticity and Modernity Party (PAM, Morocco)
name | org:pam | de | Partei für Authentizität und Modernität; Partei der Authentizität und Modernität
name | org:pam | en | Authenticity and Modernity Party; Party of Authenticity and Modernity

actor | org:istiqlal | organization | Istiqlal Party (Morocco)
name | org:istiqlal | de | Istiqlal-Partei
name | org:istiqlal | en | Istiqlal Party; Istiqlal party

actor | org:pjd | organization | Justice and Development Party (PJD, Morocco)
name | org:pjd | * | PJD
name | org:pjd | en | Moroccan Justice and Development Party

actor | org:usfp | organization | Socialist Union of Popular Forces (USFP, Morocco)
name | org:usfp | * | USFP
name | org:usfp | de | Sozialistische Union der Volkskräfte
name | org:usfp | en | Socialist Union of Popular Forces

# --- Algeria ---
actor | org:fln | organization | National Liberation Front (FLN, Algeria)
name | org:fln | * | FLN; Front de libération nationale
name | org:fln | de | algerische Nationale Befreiungsfront; algerischen Nationalen Befreiungsfront
name | org:fln | en | Algerian National Liberation Front

actor | org:rnd | organization | National Rally for Democracy (RND, Algeria)
name | org:rnd | * | RND; Rassemblement national démocratique
name | org:rnd | de | Nationale Sammlung für Demokratie; Nationalen Sammlung für Demokratie
name | org:rnd | en | National Rally for Democracy

actor | org:msp-dza | organization | Movement of Society for Peace (MSP, Algeria)
name | org:msp-dza | de | Bewegung der Gesellschaft für den Frieden
name | org:msp-dza | en | Movement of Society for Peace

actor | org:ffs | organization | Socialist Forces Front (FFS, Algeria)
name | org:ffs | * | FFS; Front des forces socialistes
name | org:ffs | de | Front der Sozialistischen Kräfte; Front der sozialistischen Kräfte
name | org:ffs | en | Socialist Forces Front

# --- South Africa (ANC: organizations.lex) ---

actor | org:mk-party | organization | uMkhonto weSizwe Party (MK, South Africa)
name | org:mk-party | * | MK Party; MK party; uMkhonto weSizwe Party; uMkhonto we Sizwe Party
name | org:mk-party | de | MK-Partei; uMkhonto-weSizwe-Partei

actor | org:eff | organization | Economic Freedom Fighters (EFF, South Africa)
name | org:eff | de | Kämpfer für wirtschaftliche Freiheit; EFF-Partei
name | org:eff | en | Economic Freedom Fighters

actor | org:ifp | organization | Inkatha Freedom Party (IFP, South Africa)
name | org:ifp | * | IFP; Inkatha; Inkatha Freedom Party
name | org:ifp | de | Inkatha-Freiheitspartei

actor | org:ff-plus | organization | Freedom Front Plus (South Africa)
name | org:ff-plus | * | FF+; Vryheidsfront Plus
name | org:ff-plus | en | Freedom Front Plus

# --- Kenya ---
actor | org:uda-ken | organization | United Democratic Alliance (UDA, Kenya)
name | org:uda-ken | de | Vereinigte Demokratische Allianz; Vereinigten Demokratischen Allianz
name | org:uda-ken | en | United Democratic Alliance

actor | org:odm | organization | Orange Democratic Movement (ODM, Kenya)
name | org:odm | * | ODM
name | org:odm | de | Orangene Demokratische Bewegung; Orangenen Demokratischen Bewegung; Orange Demokratische Bewegung
name | org:odm | en | Orange Democratic Movement

actor | org:wiper | organization | Wiper Democratic Movement (Kenya)
name | org:wiper | en | Wiper Democratic Movement; Wiper party; Wiper Party
name | org:wiper | de | Wiper-Partei

actor | org:jubilee-party | organization | Jubilee Party (Kenya)
name | org:jubilee-party | de | Jubilee-Partei
name | org:jubilee-party | en | Jubilee Party

# --- Nigeria ---
actor | org:apc | organization | All Progressives Congress (APC, Nigeria)
name | org:apc | * | All Progressives Congress
name | org:apc | de | Kongress aller Progressiven

actor | org:adc-nga | organization | African Democratic Congress (ADC, Nigeria)
name | org:adc-nga | de | Afrikanischer Demokratischer Kongress; Afrikanische Demokratische Kongress; Afrikanischen Demokratischen Kongress; Afrikanischen Demokratischen Kongresses
name | org:adc-nga | en | African Democratic Congress

actor | org:nnpp | organization | New Nigeria Peoples Party (NNPP)
name | org:nnpp | * | NNPP
name | org:nnpp | en | New Nigeria Peoples Party; New Nigeria People's Party

# --- Ethiopia (TPLF: organizations.lex) ---
actor | org:prosperity-party | organization | Prosperity Party (Ethiopia)
name | org:prosperity-party | de | Wohlstandspartei; Partei des Wohlstands
name | org:prosperity-party | en | Prosperity Party

actor | org:ezema | organization | Ethiopian Citizens for Social Justice (EZEMA)
name | org:ezema | * | EZEMA; Ezema
name | org:ezema | en | Ethiopian Citizens for Social Justice

actor | org:ofc | organization | Oromo Federalist Congress (Ethiopia)
name | org:ofc | * | Oromo Federalist Congress
name | org:ofc | de | Oromo-Föderalistenkongress; Föderalistischer Kongress der Oromo

# --- Zimbabwe ---
actor | org:zanu-pf | organization | ZANU-PF (Zimbabwe)
name | org:zanu-pf | * | ZANU-PF; Zanu-PF; ZANU–PF; Zanu–PF; Zanu PF; ZANU PF
name | org:zanu-pf | en | Zimbabwe African National Union – Patriotic Front; Zimbabwe African National Union-Patriotic Front

actor | org:ccc-zwe | organization | Citizens Coalition for Change (Zimbabwe)
name | org:ccc-zwe | de | Bürgerkoalition für den Wandel
name | org:ccc-zwe | en | Citizens Coalition for Change

actor | org:mdc | organization | Movement for Democratic Change (Zimbabwe)
name | org:mdc | * | MDC; MDC-T
name | org:mdc | de | Bewegung für Demokratischen Wandel; Bewegung für demokratischen Wandel
name | org:mdc | en | Movement for Democratic Change

# --- Senegal ---
actor | org:pastef | organization | PASTEF (Senegal)
name | org:pastef | * | PASTEF; Pastef
name | org:pastef | de | Pastef-Partei

actor | org:apr-sen | organization | Alliance for the Republic (APR, Senegal)
name | org:apr-sen | de | Allianz für die Republik
name | org:apr-sen | en | Alliance for the Republic

# --- India (BJP: organizations.lex) ---
actor | org:inc | organization | Indian National Congress
name | org:inc | * | Indian National Congress
name | org:inc | de | Kongresspartei; Indischer Nationalkongress; Indische Nationalkongress; Indischen Nationalkongress; Indischen Nationalkongresses
name | org:inc | en | Congress party; Congress Party

actor | org:aap | organization | Aam Aadmi Party (India)
name | org:aap | * | Aam Aadmi Party
name | org:aap | de | Aam-Aadmi-Partei; Partei des einfachen Mannes

actor | org:tmc | organization | All India Trinamool Congress (TMC)
name | org:tmc | * | TMC; Trinamool Congress; All India Trinamool Congress; Trinamool
name | org:tmc | de | Trinamool-Kongress

actor | org:samajwadi-party | organization | Samajwadi Party (India)
name | org:samajwadi-party | * | Samajwadi Party
name | org:samajwadi-party | de | Samajwadi-Partei

actor | org:dmk | organization | Dravida Munnetra Kazhagam (DMK, India)
name | org:dmk | * | DMK; Dravida Munnetra Kazhagam

actor | org:cpim | organization | Communist Party of India (Marxist)
name | org:cpim | * | CPI(M); CPI-M
name | org:cpim | de | Kommunistische Partei Indiens (Marxistisch); Kommunistischen Partei Indiens (Marxistisch)
name | org:cpim | en | Communist Party of India (Marxist)

actor | org:shiv-sena | organization | Shiv Sena (India)
name | org:shiv-sena | * | Shiv Sena; Shiv Sena (UBT)

actor | org:ncp-ind | organization | Nationalist Congress Party (India)
name | org:ncp-ind | en | Nationalist Congress Party

actor | org:jdu | organization | Janata Dal (United) (India)
name | org:jdu | * | JD(U); JD-U; JDU; Janata Dal (United)

actor | org:tdp | organization | Telugu Desam Party (India)
name | org:tdp | * | TDP; Telugu Desam Party; Telugu Desam

actor | org:rjd | organization | Rashtriya Janata Dal (India)
name | org:rjd | * | RJD; Rashtriya Janata Dal

actor | org:jknc | organization | Jammu and Kashmir National Conference
name | org:jknc | * | JKNC; Jammu and Kashmir National Conference; Jammu & Kashmir National Conference

actor | org:jkpdp | organization | Jammu and Kashmir Peoples Democratic Party
name | org:jkpdp | * | Jammu and Kashmir Peoples Democratic Party; Jammu and Kashmir People's Democratic Party

# --- Pakistan (PTI, TLP: organizations-world.lex) ---
actor | org:pml-n | organization | Pakistan Muslim League (Nawaz)
name | org:pml-n | * | PML-N; PMLN; PML(N); Pakistan Muslim League-Nawaz; Pakistan Muslim League (Nawaz); Pakistan Muslim League (N)
name | org:pml-n | de | Pakistanische Muslimliga; Pakistanischen Muslimliga; Muslimliga-Nawaz; Pakistanische Muslimliga-Nawaz; Pakistanischen Muslimliga-Nawaz

actor | org:ppp | organization | Pakistan Peoples Party
name | org:ppp | * | Pakistan Peoples Party; Pakistan People's Party; Pakistan Peoples Party Parliamentarians; PPPP
name | org:ppp | de | Pakistanische Volkspartei; Pakistanischen Volkspartei

actor | org:jui-f | organization | Jamiat Ulema-e-Islam (F) (Pakistan)
name | org:jui-f | * | JUI-F; JUI(F); Jamiat Ulema-e-Islam; Jamiat Ulema-e-Islam (F); Jamiat Ulema-e-Islam-Fazl; Jamiat Ulema-e-Islam Fazl

actor | org:mqm-p | organization | Muttahida Qaumi Movement – Pakistan
name | org:mqm-p | * | MQM-P; MQM; Muttahida Qaumi Movement; Muttahida Qaumi Movement-Pakistan

# --- Bangladesh ---
actor | org:bnp | organization | Bangladesh Nationalist Party (BNP)
name | org:bnp | * | Bangladesh Nationalist Party
name | org:bnp | de | Bangladeschische Nationalistische Partei; Bangladeschischen Nationalistischen Partei; Nationalistische Partei Bangladeschs; Nationalistischen Partei Bangladeschs; Nationalistische Partei Bangladeschs (BNP)
name | org:bnp | en | Bangladesh Nationalist Party (BNP)

actor | org:awami-league | organization | Awami League (Bangladesh)
name | org:awami-league | * | Awami League; Bangladesh Awami League
name | org:awami-league | de | Awami-Liga; Awami Liga

actor | org:jamaat-bgd | organization | Bangladesh Jamaat-e-Islami
name | org:jamaat-bgd | * | Bangladesh Jamaat-e-Islami; Jamaat-e-Islami Bangladesh
name | org:jamaat-bgd | de | Jamaat-e-Islami in Bangladesch

actor | org:ncp-bgd | organization | National Citizen Party (Bangladesh)
name | org:ncp-bgd | de | Nationale Bürgerpartei; Nationalen Bürgerpartei
name | org:ncp-bgd | en | National Citizen Party; National Citizens' Party

# --- Sri Lanka ---
actor | org:npp-lka | organization | National People's Power (Sri Lanka)
name | org:npp-lka | de | Nationale Volksmacht; Nationalen Volksmacht
name | org:npp-lka | en | National People's Power

actor | org:jvp | organization | Janatha Vimukthi Peramuna (JVP, Sri Lanka)
name | org:jvp | * | JVP; Janatha Vimukthi Peramuna

actor | org:sjb | organization | Samagi Jana Balawegaya (SJB, Sri Lanka)
name | org:sjb | * | SJB; Samagi Jana Balawegaya
name | org:sjb | en | United People's Power

actor | org:slpp | organization | Sri Lanka Podujana Peramuna (SLPP)
name | org:slpp | * | SLPP; Sri Lanka Podujana Peramuna
name | org:slpp | en | Sri Lanka People's Front

# --- Nepal ---
actor | org:nepali-congress | organization | Nepali Congress
name | org:nepali-congress | * | Nepali Congress
name | org:nepali-congress | de | Nepalesischer Kongress; Nepalesische Kongress; Nepalesischen Kongress; Nepalesischen Kongresses; Kongresspartei Nepals

actor | org:cpn-uml | organization | Communist Party of Nepal (Unified Marxist–Leninist)
name | org:cpn-uml | * | CPN-UML; CPN (UML); CPN(UML)
name | org:cpn-uml | en | Communist Party of Nepal (Unified Marxist-Leninist); Communist Party of Nepal (Unified Marxist–Leninist)

actor | org:cpn-mc | organization | Nepali Communist Party (former CPN Maoist Centre)
name | org:cpn-mc | * | CPN (Maoist Centre); CPN-Maoist Centre; CPN (Maoist Center); CPN-MC
name | org:cpn-mc | en | Maoist Centre; Maoist Center; Nepali Communist Party

actor | org:rsp-npl | organization | Rastriya Swatantra Party (Nepal)
name | org:rsp-npl | * | Rastriya Swatantra Party; Rashtriya Swatantra Party

actor | org:rpp-npl | organization | Rastriya Prajatantra Party (Nepal)
name | org:rpp-npl | * | Rastriya Prajatantra Party; Rashtriya Prajatantra Party

# --- Maldives ---
actor | org:pnc-mdv | organization | People's National Congress (Maldives)
name | org:pnc-mdv | en | People's National Congress

actor | org:mdp-mdv | organization | Maldivian Democratic Party (MDP)
name | org:mdp-mdv | * | Maldivian Democratic Party
name | org:mdp-mdv | de | Demokratische Partei der Malediven; Demokratischen Partei der Malediven

# --- Japan ---
actor | org:ldp-jpn | organization | Liberal Democratic Party (LDP, Japan)
name | org:ldp-jpn | * | LDP
name | org:ldp-jpn | de | Liberaldemokratische Partei; Liberaldemokratischen Partei; LDP-Partei
name | org:ldp-jpn | en | Liberal Democratic Party

actor | org:komeito | organization | Komeito (Japan)
name | org:komeito | * | Komeito; Kōmeitō
name | org:komeito | de | Komeito-Partei

actor | org:ishin | organization | Japan Innovation Party (Nippon Ishin no Kai)
name | org:ishin | * | Nippon Ishin no Kai; Ishin; Nippon Ishin
name | org:ishin | de | Japanische Innovationspartei; Japanischen Innovationspartei; Ishin-Partei
name | org:ishin | en | Japan Innovation Party

actor | org:cdp-jpn | organization | Constitutional Democratic Party of Japan
name | org:cdp-jpn | de | Konstitutionell-Demokratische Partei; Konstitutionell-Demokratischen Partei; Konstitutionell Demokratische Partei; Konstitutionell Demokratischen Partei
name | org:cdp-jpn | en | Constitutional Democratic Party; Constitutional Democratic Party of Japan

actor | org:dpfp | organization | Democratic Party for the People (Japan)
name | org:dpfp | * | DPFP
name | org:dpfp | en | Democratic Party for the People

actor | org:sanseito | organization | Sanseito (Japan)
name | org:sanseito | * | Sanseito; Sanseitō
name | org:sanseito | de | Sanseito-Partei

# --- South Korea ---
actor | org:dpk | organization | Democratic Party of Korea
name | org:dpk | * | Minjoo; Deobureo Minjudang
name | org:dpk | de | Demokratische Partei Koreas; Demokratischen Partei Koreas; Demokratische Partei Südkoreas; Demokratischen Partei Südkoreas
name | org:dpk | en | Democratic Party of Korea

actor | org:ppp-kor | organization | People Power Party (South Korea)
name | org:ppp-kor | de | Partei der Volksmacht; Volksmacht-Partei; People Power Party
name | org:ppp-kor | en | People Power Party

actor | org:rebuilding-korea-party | organization | Rebuilding Korea Party
name | org:rebuilding-korea-party | en | Rebuilding Korea Party

# --- Taiwan ---
actor | org:dpp | organization | Democratic Progressive Party (DPP, Taiwan)
name | org:dpp | * | DPP
name | org:dpp | de | Demokratische Fortschrittspartei; Demokratischen Fortschrittspartei; DPP-Partei
name | org:dpp | en | Democratic Progressive Party

actor | org:kmt | organization | Kuomintang (KMT, Taiwan)
name | org:kmt | * | KMT; Kuomintang; Guomindang
name | org:kmt | de | Kuomintang-Partei; KMT-Partei
name | org:kmt | en | Chinese Nationalist Party

actor | org:tpp-twn | organization | Taiwan People's Party
name | org:tpp-twn | de | Taiwanische Volkspartei; Taiwanischen Volkspartei
name | org:tpp-twn | en | Taiwan People's Party

# --- China and Vietnam: the Communist Party of China is a name of state:chn (states-forms.lex); the Communist Party of
# Vietnam is left out here for the same reason (to be added to state:vnm in states-forms.lex if wanted). ---

# --- Cambodia ---
actor | org:cpp-khm | organization | Cambodian People's Party
name | org:cpp-khm | de | Kambodschanische Volkspartei; Kambodschanischen Volkspartei
name | org:cpp-khm | en | Cambodian People's Party

actor | org:candlelight-party | organization | Candlelight Party (Cambodia)
name | org:candlelight-party | de | Kerzenlicht-Partei
name | org:candlelight-party | en | Candlelight Party

# --- Thailand ---
actor | org:bhumjaithai | organization | Bhumjaithai Party (Thailand)
name | org:bhumjaithai | * | Bhumjaithai; Bhumjaithai Party; Bhum Jai Thai
name | org:bhumjaithai | de | Bhumjaithai-Partei

actor | org:pheu-thai | organization | Pheu Thai Party (Thailand)
name | org:pheu-thai | * | Pheu Thai; Pheu Thai Party
name | org:pheu-thai | de | Pheu-Thai-Partei

actor | org:peoples-party-tha | organization | People's Party (Thailand, successor of Move Forward)
name | org:peoples-party-tha | * | Move Forward Party; Phak Prachachon
name | org:peoples-party-tha | de | Move-Forward-Partei; Thailändische Volkspartei; Thailändischen Volkspartei
name | org:peoples-party-tha | en | Thai People's Party

actor | org:utn | organization | United Thai Nation Party
name | org:utn | * | Ruam Thai Sang Chart
name | org:utn | en | United Thai Nation Party; United Thai Nation

# --- Malaysia ---
actor | org:pakatan-harapan | organization | Pakatan Harapan (Malaysia)
name | org:pakatan-harapan | * | Pakatan Harapan
name | org:pakatan-harapan | en | Alliance of Hope
name | org:pakatan-harapan | de | Allianz der Hoffnung

actor | org:pkr | organization | People's Justice Party (PKR, Malaysia)
name | org:pkr | * | Parti Keadilan Rakyat
name | org:pkr | de | Volksgerechtigkeitspartei
name | org:pkr | en | People's Justice Party

actor | org:dap-mys | organization | Democratic Action Party (DAP, Malaysia)
name | org:dap-mys | en | Democratic Action Party

actor | org:umno | organization | United Malays National Organisation (UMNO)
name | org:umno | * | UMNO; Umno
name | org:umno | en | United Malays National Organisation; United Malays National Organization

actor | org:barisan-nasional | organization | Barisan Nasional (Malaysia)
name | org:barisan-nasional | * | Barisan Nasional

actor | org:perikatan-nasional | organization | Perikatan Nasional (Malaysia)
name | org:perikatan-nasional | * | Perikatan Nasional

actor | org:pas-mys | organization | Malaysian Islamic Party (PAS)
name | org:pas-mys | * | Parti Islam Se-Malaysia
name | org:pas-mys | de | Islamische Partei Malaysias; Panmalaysische Islamische Partei; Panmalaysischen Islamischen Partei
name | org:pas-mys | en | Malaysian Islamic Party; Pan-Malaysian Islamic Party

actor | org:bersatu | organization | Malaysian United Indigenous Party (Bersatu)
name | org:bersatu | * | Parti Pribumi Bersatu Malaysia
name | org:bersatu | en | Bersatu party; Malaysian United Indigenous Party

# --- Indonesia ---
actor | org:gerindra | organization | Gerindra (Great Indonesia Movement Party)
name | org:gerindra | * | Gerindra; Gerindra Party
name | org:gerindra | de | Gerindra-Partei
name | org:gerindra | en | Great Indonesia Movement Party

actor | org:golkar | organization | Golkar (Indonesia)
name | org:golkar | * | Golkar
name | org:golkar | de | Golkar-Partei

actor | org:pdi-p | organization | Indonesian Democratic Party of Struggle (PDI-P)
name | org:pdi-p | * | PDI-P; PDIP; PDI Perjuangan
name | org:pdi-p | de | Demokratische Partei des Kampfes Indonesiens; Indonesische Demokratische Partei des Kampfes; Indonesischen Demokratischen Partei des Kampfes
name | org:pdi-p | en | Indonesian Democratic Party of Struggle

actor | org:nasdem | organization | NasDem Party (Indonesia)
name | org:nasdem | * | NasDem; Nasdem; NasDem Party

actor | org:pkb | organization | National Awakening Party (PKB, Indonesia)
name | org:pkb | * | PKB; Partai Kebangkitan Bangsa
name | org:pkb | en | National Awakening Party

actor | org:pks | organization | Prosperous Justice Party (PKS, Indonesia)
name | org:pks | * | PKS; Partai Keadilan Sejahtera
name | org:pks | en | Prosperous Justice Party

# --- Philippines ---
actor | org:pfp-phl | organization | Partido Federal ng Pilipinas
name | org:pfp-phl | * | Partido Federal ng Pilipinas
name | org:pfp-phl | en | Federal Party of the Philippines

actor | org:pdp-laban | organization | PDP–Laban (Philippines)
name | org:pdp-laban | * | PDP-Laban; PDP–Laban; PDP Laban

actor | org:lakas-cmd | organization | Lakas–CMD (Philippines)
name | org:lakas-cmd | * | Lakas-CMD; Lakas–CMD; Lakas-Christian Muslim Democrats

actor | org:akbayan | organization | Akbayan (Philippines)
name | org:akbayan | * | Akbayan

# --- Australia ---
actor | org:alp | organization | Australian Labor Party (ALP)
name | org:alp | * | ALP; Australian Labor Party
name | org:alp | de | Labor-Partei; australische Labor-Partei; australischen Labor-Partei; Australische Labor-Partei; Australischen Labor-Partei

actor | org:liberal-party-aus | organization | Liberal Party of Australia
name | org:liberal-party-aus | de | Liberale Partei Australiens; Liberalen Partei Australiens
name | org:liberal-party-aus | en | Liberal Party of Australia; Australian Liberal Party

actor | org:nationals-aus | organization | National Party of Australia (the Nationals)
name | org:nationals-aus | en | National Party of Australia; Australian Nationals

actor | org:australian-greens | organization | Australian Greens
name | org:australian-greens | de | australischen Grünen; Australische Grüne; Australischen Grünen
name | org:australian-greens | en | Australian Greens

actor | org:one-nation | organization | Pauline Hanson's One Nation (Australia)
name | org:one-nation | de | One-Nation-Partei
name | org:one-nation | en | One Nation party; One Nation Party; Pauline Hanson's One Nation

# --- New Zealand ---
actor | org:national-party-nzl | organization | New Zealand National Party
name | org:national-party-nzl | de | Neuseeländische Nationalpartei; Neuseeländischen Nationalpartei
name | org:national-party-nzl | en | New Zealand National Party

actor | org:act-nzl | organization | ACT New Zealand
name | org:act-nzl | en | ACT Party; ACT New Zealand
name | org:act-nzl | de | ACT-Partei

actor | org:nz-first | organization | New Zealand First
name | org:nz-first | * | NZ First; New Zealand First
name | org:nz-first | de | Partei New Zealand First

actor | org:labour-nzl | organization | New Zealand Labour Party
name | org:labour-nzl | de | neuseeländische Labour-Partei; neuseeländischen Labour-Partei; Neuseeländische Labour-Partei; Neuseeländischen Labour-Partei
name | org:labour-nzl | en | New Zealand Labour Party; NZ Labour

actor | org:te-pati-maori | organization | Te Pāti Māori (New Zealand)
name | org:te-pati-maori | * | Te Pāti Māori; Te Pati Maori
name | org:te-pati-maori | en | Māori Party; Maori Party
name | org:te-pati-maori | de | Maori-Partei; Māori-Partei

# --- Canada ---
actor | org:liberal-party-can | organization | Liberal Party of Canada
name | org:liberal-party-can | de | Liberale Partei Kanadas; Liberalen Partei Kanadas
name | org:liberal-party-can | en | Liberal Party of Canada; Canadian Liberal Party

actor | org:conservative-party-can | organization | Conservative Party of Canada
name | org:conservative-party-can | de | Konservative Partei Kanadas; Konservativen Partei Kanadas
name | org:conservative-party-can | en | Conservative Party of Canada; Canadian Conservative Party

actor | org:ndp-can | organization | New Democratic Party (Canada)
name | org:ndp-can | de | Neue Demokratische Partei; Neuen Demokratischen Partei
name | org:ndp-can | en | New Democratic Party

actor | org:bloc-quebecois | organization | Bloc Québécois (Canada)
name | org:bloc-quebecois | * | Bloc Québécois; Bloc Quebecois

# --- Mexico ---
actor | org:morena | organization | Morena (Mexico)
name | org:morena | * | Morena; MORENA
name | org:morena | de | Morena-Partei
name | org:morena | en | Morena party; National Regeneration Movement

actor | org:pan-mex | organization | National Action Party (PAN, Mexico)
name | org:pan-mex | * | Partido Acción Nacional
name | org:pan-mex | de | Partei der Nationalen Aktion; Partido de Acción Nacional
name | org:pan-mex | en | National Action Party

actor | org:pri | organization | Institutional Revolutionary Party (PRI, Mexico)
name | org:pri | * | PRI; Partido Revolucionario Institucional
name | org:pri | de | Partei der Institutionalisierten Revolution; Institutionelle Revolutionäre Partei; Institutionellen Revolutionären Partei
name | org:pri | en | Institutional Revolutionary Party

actor | org:mc-mex | organization | Citizens' Movement (Mexico)
name | org:mc-mex | * | Movimiento Ciudadano

# --- Brazil ---
actor | org:pt-bra | organization | Workers' Party (PT, Brazil)
name | org:pt-bra | * | Partido dos Trabalhadores
name | org:pt-bra | de | brasilianische Arbeiterpartei; brasilianischen Arbeiterpartei; Brasilianische Arbeiterpartei; Brasilianischen Arbeiterpartei
name | org:pt-bra | en | Brazilian Workers' Party

actor | org:mdb | organization | Brazilian Democratic Movement (MDB)
name | org:mdb | * | Movimento Democrático Brasileiro
name | org:mdb | en | Brazilian Democratic Movement

actor | org:uniao-brasil | organization | União Brasil
name | org:uniao-brasil | * | União Brasil; Uniao Brasil

# --- Argentina ---
actor | org:lla | organization | La Libertad Avanza (Argentina)
name | org:lla | * | La Libertad Avanza; LLA
name | org:lla | de | Die Freiheit schreitet voran
name | org:lla | en | Liberty Advances

actor | org:pj-arg | organization | Justicialist Party (Peronists, Argentina)
name | org:pj-arg | * | Partido Justicialista; Fuerza Patria; Unión por la Patria
name | org:pj-arg | de | Peronisten; Peronistische Partei; Peronistischen Partei; Justizialistische Partei; Justizialistischen Partei
name | org:pj-arg | en | Justicialist Party; Peronist party; Peronist Party; Peronists

actor | org:pro-arg | organization | Republican Proposal (PRO, Argentina)
name | org:pro-arg | * | Propuesta Republicana

actor | org:ucr | organization | Radical Civic Union (UCR, Argentina)
name | org:ucr | * | UCR; Unión Cívica Radical
name | org:ucr | de | Radikale Bürgerunion; Radikalen Bürgerunion
name | org:ucr | en | Radical Civic Union

# --- Venezuela ---
actor | org:psuv | organization | United Socialist Party of Venezuela (PSUV)
name | org:psuv | * | PSUV; Partido Socialista Unido de Venezuela
name | org:psuv | de | Vereinigte Sozialistische Partei Venezuelas; Vereinigten Sozialistischen Partei Venezuelas
name | org:psuv | en | United Socialist Party of Venezuela

actor | org:vente-venezuela | organization | Vente Venezuela
name | org:vente-venezuela | * | Vente Venezuela

actor | org:pud | organization | Unitary Platform (PUD, Venezuela)
name | org:pud | * | PUD; Plataforma Unitaria; Plataforma Unitaria Democrática
name | org:pud | de | Einheitsplattform; Demokratische Einheitsplattform; Demokratischen Einheitsplattform
name | org:pud | en | Unitary Platform; Unitary Democratic Platform

actor | org:primero-justicia | organization | Primero Justicia (Venezuela)
name | org:primero-justicia | * | Primero Justicia

actor | org:voluntad-popular | organization | Voluntad Popular (Venezuela)
name | org:voluntad-popular | * | Voluntad Popular
name | org:voluntad-popular | en | Popular Will

# --- Colombia ---
actor | org:pacto-historico | organization | Historic Pact (Colombia)
name | org:pacto-historico | * | Pacto Histórico; Pacto Historico
name | org:pacto-historico | de | Historischer Pakt; Historische Pakt; Historischen Pakt; Historischen Pakts
name | org:pacto-historico | en | Historic Pact

actor | org:centro-democratico | organization | Democratic Centre (Colombia)
name | org:centro-democratico | * | Centro Democrático; Centro Democratico
name | org:centro-democratico | de | Demokratisches Zentrum; Demokratische Zentrum; Demokratischen Zentrum; Demokratischen Zentrums
name | org:centro-democratico | en | Democratic Center party; Democratic Centre party

# --- Peru ---
actor | org:fuerza-popular | organization | Popular Force (Peru)
name | org:fuerza-popular | * | Fuerza Popular

actor | org:peru-libre | organization | Free Peru (Perú Libre)
name | org:peru-libre | * | Perú Libre; Peru Libre
name | org:peru-libre | en | Free Peru

actor | org:renovacion-popular | organization | Popular Renewal (Peru)
name | org:renovacion-popular | * | Renovación Popular; Renovacion Popular

actor | org:apra | organization | Peruvian Aprista Party (APRA)
name | org:apra | * | Partido Aprista Peruano
name | org:apra | en | Peruvian Aprista Party

# --- Chile ---
actor | org:republican-party-chl | organization | Republican Party of Chile
name | org:republican-party-chl | * | Partido Republicano; Partido Republicano de Chile
name | org:republican-party-chl | de | Republikanische Partei Chiles; Republikanischen Partei Chiles
name | org:republican-party-chl | en | Republican Party of Chile; Chilean Republican Party

actor | org:pc-chl | organization | Communist Party of Chile
name | org:pc-chl | * | Partido Comunista de Chile
name | org:pc-chl | de | Kommunistische Partei Chiles; Kommunistischen Partei Chiles
name | org:pc-chl | en | Communist Party of Chile; Chilean Communist Party

actor | org:udi | organization | Independent Democratic Union (UDI, Chile)
name | org:udi | * | Unión Demócrata Independiente
name | org:udi | en | Independent Democratic Union

actor | org:renovacion-nacional | organization | National Renewal (RN, Chile)
name | org:renovacion-nacional | * | Renovación Nacional

actor | org:pnl-chl | organization | National Libertarian Party (Chile)
name | org:pnl-chl | * | Partido Nacional Libertario
name | org:pnl-chl | en | National Libertarian Party

# --- Bolivia ---
actor | org:mas-bol | organization | Movement for Socialism (MAS, Bolivia)
name | org:mas-bol | * | Movimiento al Socialismo; MAS-IPSP
name | org:mas-bol | de | Bewegung zum Sozialismus; Bewegung für den Sozialismus
name | org:mas-bol | en | Movement for Socialism; Movement Towards Socialism; Movement toward Socialism

# --- Nicaragua: the FSLN is in organizations-world.lex; no other party acts in international news. ---

# --- United States ---
actor | org:gop | organization | Republican Party (United States)
name | org:gop | * | GOP; Republican Party
name | org:gop | de | Republikanische Partei; Republikanischen Partei; US-Republikaner; Republikanische Partei der USA; Republikanischen Partei der USA
name | org:gop | en | Grand Old Party; Republican National Committee; RNC; US Republican Party; U.S. Republican Party

actor | org:democratic-party-usa | organization | Democratic Party (United States)
name | org:democratic-party-usa | * | DNC; Democratic National Committee
name | org:democratic-party-usa | de | US-Demokraten; Demokratische Partei der USA; Demokratischen Partei der USA; amerikanischen Demokraten
name | org:democratic-party-usa | en | US Democratic Party; U.S. Democratic Party
