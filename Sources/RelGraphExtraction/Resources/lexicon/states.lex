# GENERATED FILE, do not edit: the German and English CLDR names of the states.
# Regenerate with:
#     swift Scripts/generate-states.swift > Sources/RelGraphExtraction/Resources/lexicon/states.lex
# Hand-written forms (adjectives, demonyms, capitals, other names) are in states-forms.lex.
# 197 states, sorted by id.

actor | state:afg | state | Afghanistan
name | state:afg | de | Afghanistan
name | state:afg | en | Afghanistan

actor | state:ago | state | Angola
name | state:ago | de | Angola
name | state:ago | en | Angola

actor | state:alb | state | Albania
name | state:alb | de | Albanien
name | state:alb | en | Albania

actor | state:and | state | Andorra
name | state:and | de | Andorra
name | state:and | en | Andorra

actor | state:are | state | United Arab Emirates
name | state:are | de | Vereinigte Arabische Emirate
name | state:are | en | United Arab Emirates

actor | state:arg | state | Argentina
name | state:arg | de | Argentinien
name | state:arg | en | Argentina

actor | state:arm | state | Armenia
name | state:arm | de | Armenien
name | state:arm | en | Armenia

actor | state:atg | state | Antigua and Barbuda
name | state:atg | de | Antigua und Barbuda
name | state:atg | en | Antigua and Barbuda

actor | state:aus | state | Australia
name | state:aus | de | Australien
name | state:aus | en | Australia

actor | state:aut | state | Austria
name | state:aut | de | Österreich
name | state:aut | en | Austria

actor | state:aze | state | Azerbaijan
name | state:aze | de | Aserbaidschan
name | state:aze | en | Azerbaijan

actor | state:bdi | state | Burundi
name | state:bdi | de | Burundi
name | state:bdi | en | Burundi

actor | state:bel | state | Belgium
name | state:bel | de | Belgien
name | state:bel | en | Belgium

actor | state:ben | state | Benin
name | state:ben | de | Benin
name | state:ben | en | Benin

actor | state:bfa | state | Burkina Faso
name | state:bfa | de | Burkina Faso
name | state:bfa | en | Burkina Faso

actor | state:bgd | state | Bangladesh
name | state:bgd | de | Bangladesch
name | state:bgd | en | Bangladesh

actor | state:bgr | state | Bulgaria
name | state:bgr | de | Bulgarien
name | state:bgr | en | Bulgaria

actor | state:bhr | state | Bahrain
name | state:bhr | de | Bahrain
name | state:bhr | en | Bahrain

actor | state:bhs | state | Bahamas
name | state:bhs | de | Bahamas
name | state:bhs | en | Bahamas

actor | state:bih | state | Bosnia and Herzegovina
name | state:bih | de | Bosnien und Herzegowina
name | state:bih | en | Bosnia and Herzegovina

actor | state:blr | state | Belarus
name | state:blr | de | Belarus
name | state:blr | en | Belarus

actor | state:blz | state | Belize
name | state:blz | de | Belize
name | state:blz | en | Belize

actor | state:bol | state | Bolivia
name | state:bol | de | Bolivien
name | state:bol | en | Bolivia

actor | state:bra | state | Brazil
name | state:bra | de | Brasilien
name | state:bra | en | Brazil

actor | state:brb | state | Barbados
name | state:brb | de | Barbados
name | state:brb | en | Barbados

actor | state:brn | state | Brunei
name | state:brn | de | Brunei Darussalam
name | state:brn | en | Brunei

actor | state:btn | state | Bhutan
name | state:btn | de | Bhutan
name | state:btn | en | Bhutan

actor | state:bwa | state | Botswana
name | state:bwa | de | Botsuana
name | state:bwa | en | Botswana

actor | state:caf | state | Central African Republic
name | state:caf | de | Zentralafrikanische Republik
name | state:caf | en | Central African Republic

actor | state:can | state | Canada
name | state:can | de | Kanada
name | state:can | en | Canada

actor | state:che | state | Switzerland
name | state:che | de | Schweiz
name | state:che | en | Switzerland

actor | state:chl | state | Chile
name | state:chl | de | Chile
name | state:chl | en | Chile

actor | state:chn | state | China
name | state:chn | de | China
name | state:chn | en | China

actor | state:civ | state | Côte d'Ivoire
name | state:civ | de | Côte d’Ivoire; Côte d'Ivoire
name | state:civ | en | Côte d’Ivoire; Côte d'Ivoire

actor | state:cmr | state | Cameroon
name | state:cmr | de | Kamerun
name | state:cmr | en | Cameroon

actor | state:cod | state | DR Congo
name | state:cod | de | Kongo-Kinshasa
name | state:cod | en | Congo-Kinshasa

actor | state:cog | state | Republic of the Congo
name | state:cog | de | Kongo-Brazzaville
name | state:cog | en | Congo-Brazzaville

actor | state:col | state | Colombia
name | state:col | de | Kolumbien
name | state:col | en | Colombia

actor | state:com | state | Comoros
name | state:com | de | Komoren
name | state:com | en | Comoros

actor | state:cpv | state | Cape Verde
name | state:cpv | de | Cabo Verde
name | state:cpv | en | Cape Verde

actor | state:cri | state | Costa Rica
name | state:cri | de | Costa Rica
name | state:cri | en | Costa Rica

actor | state:cub | state | Cuba
name | state:cub | de | Kuba
name | state:cub | en | Cuba

actor | state:cyp | state | Cyprus
name | state:cyp | de | Zypern
name | state:cyp | en | Cyprus

actor | state:cze | state | Czechia
name | state:cze | de | Tschechien
name | state:cze | en | Czechia

actor | state:deu | state | Germany
name | state:deu | de | Deutschland
name | state:deu | en | Germany

actor | state:dji | state | Djibouti
name | state:dji | de | Dschibuti
name | state:dji | en | Djibouti

actor | state:dma | state | Dominica
name | state:dma | de | Dominica
name | state:dma | en | Dominica

actor | state:dnk | state | Denmark
name | state:dnk | de | Dänemark
name | state:dnk | en | Denmark

actor | state:dom | state | Dominican Republic
name | state:dom | de | Dominikanische Republik
name | state:dom | en | Dominican Republic

actor | state:dza | state | Algeria
name | state:dza | de | Algerien
name | state:dza | en | Algeria

actor | state:ecu | state | Ecuador
name | state:ecu | de | Ecuador
name | state:ecu | en | Ecuador

actor | state:egy | state | Egypt
name | state:egy | de | Ägypten
name | state:egy | en | Egypt

actor | state:eri | state | Eritrea
name | state:eri | de | Eritrea
name | state:eri | en | Eritrea

actor | state:esp | state | Spain
name | state:esp | de | Spanien
name | state:esp | en | Spain

actor | state:est | state | Estonia
name | state:est | de | Estland
name | state:est | en | Estonia

actor | state:eth | state | Ethiopia
name | state:eth | de | Äthiopien
name | state:eth | en | Ethiopia

actor | state:fin | state | Finland
name | state:fin | de | Finnland
name | state:fin | en | Finland

actor | state:fji | state | Fiji
name | state:fji | de | Fidschi
name | state:fji | en | Fiji

actor | state:fra | state | France
name | state:fra | de | Frankreich
name | state:fra | en | France

actor | state:fsm | state | Micronesia
name | state:fsm | de | Mikronesien
name | state:fsm | en | Micronesia

actor | state:gab | state | Gabon
name | state:gab | de | Gabun
name | state:gab | en | Gabon

actor | state:gbr | state | United Kingdom
name | state:gbr | de | Vereinigtes Königreich
name | state:gbr | en | United Kingdom

actor | state:geo | state | Georgia
name | state:geo | de | Georgien
name | state:geo | en | Georgia

actor | state:gha | state | Ghana
name | state:gha | de | Ghana
name | state:gha | en | Ghana

actor | state:gin | state | Guinea
name | state:gin | de | Guinea
name | state:gin | en | Guinea

actor | state:gmb | state | Gambia
name | state:gmb | de | Gambia
name | state:gmb | en | Gambia

actor | state:gnb | state | Guinea-Bissau
name | state:gnb | de | Guinea-Bissau
name | state:gnb | en | Guinea-Bissau

actor | state:gnq | state | Equatorial Guinea
name | state:gnq | de | Äquatorialguinea
name | state:gnq | en | Equatorial Guinea

actor | state:grc | state | Greece
name | state:grc | de | Griechenland
name | state:grc | en | Greece

actor | state:grd | state | Grenada
name | state:grd | de | Grenada
name | state:grd | en | Grenada

actor | state:gtm | state | Guatemala
name | state:gtm | de | Guatemala
name | state:gtm | en | Guatemala

actor | state:guy | state | Guyana
name | state:guy | de | Guyana
name | state:guy | en | Guyana

actor | state:hnd | state | Honduras
name | state:hnd | de | Honduras
name | state:hnd | en | Honduras

actor | state:hrv | state | Croatia
name | state:hrv | de | Kroatien
name | state:hrv | en | Croatia

actor | state:hti | state | Haiti
name | state:hti | de | Haiti
name | state:hti | en | Haiti

actor | state:hun | state | Hungary
name | state:hun | de | Ungarn
name | state:hun | en | Hungary

actor | state:idn | state | Indonesia
name | state:idn | de | Indonesien
name | state:idn | en | Indonesia

actor | state:ind | state | India
name | state:ind | de | Indien
name | state:ind | en | India

actor | state:irl | state | Ireland
name | state:irl | de | Irland
name | state:irl | en | Ireland

actor | state:irn | state | Iran
name | state:irn | de | Iran
name | state:irn | en | Iran

actor | state:irq | state | Iraq
name | state:irq | de | Irak
name | state:irq | en | Iraq

actor | state:isl | state | Iceland
name | state:isl | de | Island
name | state:isl | en | Iceland

actor | state:isr | state | Israel
name | state:isr | de | Israel
name | state:isr | en | Israel

actor | state:ita | state | Italy
name | state:ita | de | Italien
name | state:ita | en | Italy

actor | state:jam | state | Jamaica
name | state:jam | de | Jamaika
name | state:jam | en | Jamaica

actor | state:jor | state | Jordan
name | state:jor | de | Jordanien
name | state:jor | en | Jordan

actor | state:jpn | state | Japan
name | state:jpn | de | Japan
name | state:jpn | en | Japan

actor | state:kaz | state | Kazakhstan
name | state:kaz | de | Kasachstan
name | state:kaz | en | Kazakhstan

actor | state:ken | state | Kenya
name | state:ken | de | Kenia
name | state:ken | en | Kenya

actor | state:kgz | state | Kyrgyzstan
name | state:kgz | de | Kirgisistan
name | state:kgz | en | Kyrgyzstan

actor | state:khm | state | Cambodia
name | state:khm | de | Kambodscha
name | state:khm | en | Cambodia

actor | state:kir | state | Kiribati
name | state:kir | de | Kiribati
name | state:kir | en | Kiribati

actor | state:kna | state | Saint Kitts and Nevis
name | state:kna | de | St. Kitts und Nevis
name | state:kna | en | St. Kitts and Nevis

actor | state:kor | state | South Korea
name | state:kor | de | Südkorea
name | state:kor | en | South Korea

actor | state:kwt | state | Kuwait
name | state:kwt | de | Kuwait
name | state:kwt | en | Kuwait

actor | state:lao | state | Laos
name | state:lao | de | Laos
name | state:lao | en | Laos

actor | state:lbn | state | Lebanon
name | state:lbn | de | Libanon
name | state:lbn | en | Lebanon

actor | state:lbr | state | Liberia
name | state:lbr | de | Liberia
name | state:lbr | en | Liberia

actor | state:lby | state | Libya
name | state:lby | de | Libyen
name | state:lby | en | Libya

actor | state:lca | state | Saint Lucia
name | state:lca | de | St. Lucia
name | state:lca | en | St. Lucia

actor | state:lie | state | Liechtenstein
name | state:lie | de | Liechtenstein
name | state:lie | en | Liechtenstein

actor | state:lka | state | Sri Lanka
name | state:lka | de | Sri Lanka
name | state:lka | en | Sri Lanka

actor | state:lso | state | Lesotho
name | state:lso | de | Lesotho
name | state:lso | en | Lesotho

actor | state:ltu | state | Lithuania
name | state:ltu | de | Litauen
name | state:ltu | en | Lithuania

actor | state:lux | state | Luxembourg
name | state:lux | de | Luxemburg
name | state:lux | en | Luxembourg

actor | state:lva | state | Latvia
name | state:lva | de | Lettland
name | state:lva | en | Latvia

actor | state:mar | state | Morocco
name | state:mar | de | Marokko
name | state:mar | en | Morocco

actor | state:mco | state | Monaco
name | state:mco | de | Monaco
name | state:mco | en | Monaco

actor | state:mda | state | Moldova
name | state:mda | de | Republik Moldau
name | state:mda | en | Moldova

actor | state:mdg | state | Madagascar
name | state:mdg | de | Madagaskar
name | state:mdg | en | Madagascar

actor | state:mdv | state | Maldives
name | state:mdv | de | Malediven
name | state:mdv | en | Maldives

actor | state:mex | state | Mexico
name | state:mex | de | Mexiko
name | state:mex | en | Mexico

actor | state:mhl | state | Marshall Islands
name | state:mhl | de | Marshallinseln
name | state:mhl | en | Marshall Islands

actor | state:mkd | state | North Macedonia
name | state:mkd | de | Nordmazedonien
name | state:mkd | en | North Macedonia

actor | state:mli | state | Mali
name | state:mli | de | Mali
name | state:mli | en | Mali

actor | state:mlt | state | Malta
name | state:mlt | de | Malta
name | state:mlt | en | Malta

actor | state:mmr | state | Myanmar
name | state:mmr | de | Myanmar
name | state:mmr | en | Myanmar; Burma

actor | state:mne | state | Montenegro
name | state:mne | de | Montenegro
name | state:mne | en | Montenegro

actor | state:mng | state | Mongolia
name | state:mng | de | Mongolei
name | state:mng | en | Mongolia

actor | state:moz | state | Mozambique
name | state:moz | de | Mosambik
name | state:moz | en | Mozambique

actor | state:mrt | state | Mauritania
name | state:mrt | de | Mauretanien
name | state:mrt | en | Mauritania

actor | state:mus | state | Mauritius
name | state:mus | de | Mauritius
name | state:mus | en | Mauritius

actor | state:mwi | state | Malawi
name | state:mwi | de | Malawi
name | state:mwi | en | Malawi

actor | state:mys | state | Malaysia
name | state:mys | de | Malaysia
name | state:mys | en | Malaysia

actor | state:nam | state | Namibia
name | state:nam | de | Namibia
name | state:nam | en | Namibia

actor | state:ner | state | Niger
name | state:ner | de | Niger
name | state:ner | en | Niger

actor | state:nga | state | Nigeria
name | state:nga | de | Nigeria
name | state:nga | en | Nigeria

actor | state:nic | state | Nicaragua
name | state:nic | de | Nicaragua
name | state:nic | en | Nicaragua

actor | state:nld | state | Netherlands
name | state:nld | de | Niederlande
name | state:nld | en | Netherlands

actor | state:nor | state | Norway
name | state:nor | de | Norwegen
name | state:nor | en | Norway

actor | state:npl | state | Nepal
name | state:npl | de | Nepal
name | state:npl | en | Nepal

actor | state:nru | state | Nauru
name | state:nru | de | Nauru
name | state:nru | en | Nauru

actor | state:nzl | state | New Zealand
name | state:nzl | de | Neuseeland
name | state:nzl | en | New Zealand

actor | state:omn | state | Oman
name | state:omn | de | Oman
name | state:omn | en | Oman

actor | state:pak | state | Pakistan
name | state:pak | de | Pakistan
name | state:pak | en | Pakistan

actor | state:pan | state | Panama
name | state:pan | de | Panama
name | state:pan | en | Panama

actor | state:per | state | Peru
name | state:per | de | Peru
name | state:per | en | Peru

actor | state:phl | state | Philippines
name | state:phl | de | Philippinen
name | state:phl | en | Philippines

actor | state:plw | state | Palau
name | state:plw | de | Palau
name | state:plw | en | Palau

actor | state:png | state | Papua New Guinea
name | state:png | de | Papua-Neuguinea
name | state:png | en | Papua New Guinea

actor | state:pol | state | Poland
name | state:pol | de | Polen
name | state:pol | en | Poland

actor | state:prk | state | North Korea
name | state:prk | de | Nordkorea
name | state:prk | en | North Korea

actor | state:prt | state | Portugal
name | state:prt | de | Portugal
name | state:prt | en | Portugal

actor | state:pry | state | Paraguay
name | state:pry | de | Paraguay
name | state:pry | en | Paraguay

actor | state:pse | state | Palestine
name | state:pse | de | Palästinensische Autonomiegebiete
name | state:pse | en | Palestinian Territories

actor | state:qat | state | Qatar
name | state:qat | de | Katar
name | state:qat | en | Qatar

actor | state:rou | state | Romania
name | state:rou | de | Rumänien
name | state:rou | en | Romania

actor | state:rus | state | Russia
name | state:rus | de | Russland
name | state:rus | en | Russia

actor | state:rwa | state | Rwanda
name | state:rwa | de | Ruanda
name | state:rwa | en | Rwanda

actor | state:sau | state | Saudi Arabia
name | state:sau | de | Saudi-Arabien
name | state:sau | en | Saudi Arabia

actor | state:sdn | state | Sudan
name | state:sdn | de | Sudan
name | state:sdn | en | Sudan

actor | state:sen | state | Senegal
name | state:sen | de | Senegal
name | state:sen | en | Senegal

actor | state:sgp | state | Singapore
name | state:sgp | de | Singapur
name | state:sgp | en | Singapore

actor | state:slb | state | Solomon Islands
name | state:slb | de | Salomonen
name | state:slb | en | Solomon Islands

actor | state:sle | state | Sierra Leone
name | state:sle | de | Sierra Leone
name | state:sle | en | Sierra Leone

actor | state:slv | state | El Salvador
name | state:slv | de | El Salvador
name | state:slv | en | El Salvador

actor | state:smr | state | San Marino
name | state:smr | de | San Marino
name | state:smr | en | San Marino

actor | state:som | state | Somalia
name | state:som | de | Somalia
name | state:som | en | Somalia

actor | state:srb | state | Serbia
name | state:srb | de | Serbien
name | state:srb | en | Serbia

actor | state:ssd | state | South Sudan
name | state:ssd | de | Südsudan
name | state:ssd | en | South Sudan

actor | state:stp | state | São Tomé and Príncipe
name | state:stp | de | São Tomé und Príncipe
name | state:stp | en | São Tomé and Príncipe

actor | state:sur | state | Suriname
name | state:sur | de | Suriname
name | state:sur | en | Suriname

actor | state:svk | state | Slovakia
name | state:svk | de | Slowakei
name | state:svk | en | Slovakia

actor | state:svn | state | Slovenia
name | state:svn | de | Slowenien
name | state:svn | en | Slovenia

actor | state:swe | state | Sweden
name | state:swe | de | Schweden
name | state:swe | en | Sweden

actor | state:swz | state | Eswatini
name | state:swz | de | Eswatini
name | state:swz | en | Eswatini

actor | state:syc | state | Seychelles
name | state:syc | de | Seychellen
name | state:syc | en | Seychelles

actor | state:syr | state | Syria
name | state:syr | de | Syrien
name | state:syr | en | Syria

actor | state:tcd | state | Chad
name | state:tcd | de | Tschad
name | state:tcd | en | Chad

actor | state:tgo | state | Togo
name | state:tgo | de | Togo
name | state:tgo | en | Togo

actor | state:tha | state | Thailand
name | state:tha | de | Thailand
name | state:tha | en | Thailand

actor | state:tjk | state | Tajikistan
name | state:tjk | de | Tadschikistan
name | state:tjk | en | Tajikistan

actor | state:tkm | state | Turkmenistan
name | state:tkm | de | Turkmenistan
name | state:tkm | en | Turkmenistan

actor | state:tls | state | Timor-Leste
name | state:tls | de | Timor-Leste
name | state:tls | en | Timor-Leste

actor | state:ton | state | Tonga
name | state:ton | de | Tonga
name | state:ton | en | Tonga

actor | state:tto | state | Trinidad and Tobago
name | state:tto | de | Trinidad und Tobago
name | state:tto | en | Trinidad and Tobago

actor | state:tun | state | Tunisia
name | state:tun | de | Tunesien
name | state:tun | en | Tunisia

actor | state:tur | state | Turkey
name | state:tur | de | Türkei
name | state:tur | en | Türkiye

actor | state:tuv | state | Tuvalu
name | state:tuv | de | Tuvalu
name | state:tuv | en | Tuvalu

actor | state:twn | state | Taiwan
name | state:twn | de | Taiwan
name | state:twn | en | Taiwan

actor | state:tza | state | Tanzania
name | state:tza | de | Tansania
name | state:tza | en | Tanzania

actor | state:uga | state | Uganda
name | state:uga | de | Uganda
name | state:uga | en | Uganda

actor | state:ukr | state | Ukraine
name | state:ukr | de | Ukraine
name | state:ukr | en | Ukraine

actor | state:ury | state | Uruguay
name | state:ury | de | Uruguay
name | state:ury | en | Uruguay

actor | state:usa | state | United States
name | state:usa | de | Vereinigte Staaten
name | state:usa | en | United States

actor | state:uzb | state | Uzbekistan
name | state:uzb | de | Usbekistan
name | state:uzb | en | Uzbekistan

actor | state:vat | state | Vatican City
name | state:vat | de | Vatikanstadt
name | state:vat | en | Vatican City

actor | state:vct | state | Saint Vincent and the Grenadines
name | state:vct | de | St. Vincent und die Grenadinen
name | state:vct | en | St. Vincent and Grenadines

actor | state:ven | state | Venezuela
name | state:ven | de | Venezuela
name | state:ven | en | Venezuela

actor | state:vnm | state | Vietnam
name | state:vnm | de | Vietnam
name | state:vnm | en | Vietnam

actor | state:vut | state | Vanuatu
name | state:vut | de | Vanuatu
name | state:vut | en | Vanuatu

actor | state:wsm | state | Samoa
name | state:wsm | de | Samoa
name | state:wsm | en | Samoa

actor | state:xkx | state | Kosovo
name | state:xkx | de | Kosovo
name | state:xkx | en | Kosovo

actor | state:yem | state | Yemen
name | state:yem | de | Jemen
name | state:yem | en | Yemen

actor | state:zaf | state | South Africa
name | state:zaf | de | Südafrika
name | state:zaf | en | South Africa

actor | state:zmb | state | Zambia
name | state:zmb | de | Sambia
name | state:zmb | en | Zambia

actor | state:zwe | state | Zimbabwe
name | state:zwe | de | Simbabwe
name | state:zwe | en | Zimbabwe
