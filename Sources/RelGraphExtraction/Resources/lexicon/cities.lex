# Major non-capital cities that the news names as places where a state acts or is acted on
# ("Russian forces shelled Kharkiv", "Israelische Kampfjets griffen Ziele in Chan Junis an",
# "Modi visited Mumbai"): each city is a `name` of the state it belongs to, as capitals are in
# states-forms.lex. Capitals and seats of government are in states-forms.lex, not here.
# German genitive -s and English 's are added by the loader.
#
# Decisions (see docs/lexicon.md):
# - Cities of occupied or annexed territory belong to the state the UN recognizes: Crimea, Donetsk,
#   Luhansk, Mariupol, Melitopol to Ukraine; Stepanakert/Chankendi to Azerbaijan.
# - Cities that are already names of another actor are left out (Tiraspol, Zchinwali, Suchumi,
#   Hongkong, Macau), and so are regions (Krim, Donbas, Kaschmir, Kurdistan, Darfur, Tigray).
# - Bare "Gaza" is left out (the Strip, the city and, in metonymy, Hamas); "Gaza-Stadt" /
#   "Gaza City" are Palestine (state:pse, as states-forms.lex names it).
# - Left out as homographs of common words, given names or other things: Aden (Gulf of Aden),
#   Milan, Samara, Kanton, Posen, Brest (also France), Gao (surname), Medina, Jericho (missile),
#   Alexandria, Sydney, Darwin, Perth, Kano, Essen, Halle, Bergen, Nice, Split, Victoria, Engels,
#   Guantanamo (US base), Suez (the canal), Kyoto (the Kyoto Protocol); Vancouver (on the
#   development corpus, "the killing of X outside a temple near Vancouver" drew a wrong conflict
#   edge of X against Canada).
# - Known limit: a listed city before an agreement head is read as a state, so "Istanbul-Konvention",
#   "Sochi agreement" lose their name (agreement:rus-tur-agreement), as capitals already do
#   ("Minsk agreement"); the agreement rule, not this file, should take a place name as the name.
# - Venues of international bodies and talks where the city does not stand for the host state
#   are left out: Genf/Geneva, New York, Straßburg/Strasbourg, Davos, Den Haag, Dschidda/Jeddah
#   (also "Dschidda-Erklärung", "Jeddah Declaration": a city before a named agreement is its name),
#   Ramstein (the Ramstein group).
# - Port Sudan and Rawalpindi are seats of government in states-forms.lex already.

# Ukraine (incl. Crimea and the occupied east)
name | state:ukr | de | Charkiw; Cherson; Saporischschja; Lwiw; Mykolajiw; Tschernihiw; Poltawa; Krywyj Rih; Winnyzja; Schytomyr; Donezk; Sewastopol; Kertsch; Jalta; Berdjansk; Bachmut; Awdijiwka; Pokrowsk; Slowjansk; Kupjansk; Isjum; Butscha; Kostjantyniwka; Tschassiw Jar; Lyssytschansk; Sjewjerodonezk; Wuhledar
name | state:ukr | en | Kharkiv; Odesa; Kherson; Zaporizhzhia; Lviv; Mykolaiv; Chernihiv; Poltava; Kryvyi Rih; Vinnytsia; Zhytomyr; Donetsk; Sevastopol; Kerch; Yalta; Berdyansk; Bakhmut; Avdiivka; Pokrovsk; Sloviansk; Kupiansk; Izium; Bucha; Kostiantynivka; Chasiv Yar; Lysychansk; Sievierodonetsk; Vuhledar
name | state:ukr | * | Odessa; Mariupol; Dnipro; Sumy; Luhansk; Lugansk; Melitopol; Kramatorsk; Irpin; Saporischja; Simferopol; Enerhodar

# Russia
name | state:rus | de | Sankt Petersburg; St. Petersburg; Brjansk; Woronesch; Rostow am Don; Rostow; Nowosibirsk; Jekaterinburg; Wladiwostok; Sotschi; Kasan; Grosny; Noworossijsk; Orjol; Pskow; Machatschkala; Nischni Nowgorod; Saratow; Wolgograd; Tscheljabinsk; Sewerodwinsk; Seweromorsk; Chabarowsk; Jaroslawl
name | state:rus | en | Saint Petersburg; St Petersburg; Bryansk; Voronezh; Rostov-on-Don; Rostov; Novosibirsk; Yekaterinburg; Vladivostok; Sochi; Kazan; Grozny; Novorossiysk; Oryol; Pskov; Makhachkala; Nizhny Novgorod; Saratov; Volgograd; Chelyabinsk; Severodvinsk; Severomorsk; Khabarovsk; Yaroslavl
name | state:rus | * | Belgorod; Kursk; Kaliningrad; Murmansk; Tuapse; Taganrog; Smolensk; Omsk; Krasnodar; Ufa

# Belarus, Moldova, Georgia, Armenia, Azerbaijan
name | state:blr | * | Grodno; Gomel; Witebsk; Vitebsk; Mogilev
name | state:mda | * | Bălți; Balti
name | state:geo | de | Kutaissi
name | state:geo | en | Kutaisi
name | state:geo | * | Batumi; Gori
name | state:arm | de | Gjumri
name | state:arm | en | Gyumri
name | state:aze | de | Chankendi; Gandscha; Schuscha
name | state:aze | en | Khankendi; Shusha
name | state:aze | * | Stepanakert; Sumgait

# Poland, Baltic states, Nordic ports
name | state:pol | de | Danzig; Krakau; Breslau; Stettin
name | state:pol | en | Gdańsk; Gdansk; Kraków; Krakow; Wrocław; Wroclaw; Szczecin; Poznań; Poznan
name | state:pol | * | Rzeszów; Rzeszow; Lublin; Gdynia; Białystok; Bialystok
name | state:est | * | Narva; Tartu
name | state:lva | * | Daugavpils; Liepāja; Liepaja; Ventspils
name | state:ltu | * | Kaunas; Klaipėda; Klaipeda
name | state:fin | * | Turku; Tampere; Kotka; Lappeenranta
name | state:swe | de | Göteborg
name | state:swe | en | Gothenburg
name | state:swe | * | Malmö; Karlskrona
name | state:nor | * | Kirkenes; Tromsø; Hammerfest
name | state:dnk | * | Aarhus

# Germany, France, United Kingdom, Italy, other Europe
name | state:deu | de | München; Köln
name | state:deu | en | Munich; Cologne
name | state:deu | * | Hamburg; Frankfurt; Stuttgart; Düsseldorf; Leipzig; Dresden
name | state:fra | * | Marseille; Lyon; Toulouse; Lille
name | state:gbr | de | Edinburg
name | state:gbr | en | Edinburgh
name | state:gbr | * | Manchester; Liverpool; Glasgow; Belfast
name | state:ita | de | Mailand; Neapel; Venedig; Genua
name | state:ita | en | Naples; Venice; Genoa
name | state:ita | * | Turin; Palermo
name | state:grc | de | Piräus
name | state:grc | * | Thessaloniki
name | state:grc | en | Piraeus
name | state:srb | * | Novi Sad
name | state:bih | * | Srebrenica; Mostar

# Turkey
name | state:tur | * | Diyarbakır; Istanbul; İstanbul; Diyarbakir; Izmir; İzmir; Incirlik; İncirlik; Gaziantep; Antalya

# Israel
name | state:isr | de | Aschkelon; Aschdod; Beerscheba; Kirjat Schmona; Naharija
name | state:isr | en | Ashkelon; Ashdod; Beersheba; Kiryat Shmona; Nahariya
name | state:isr | * | Haifa; Eilat; Sderot; Dimona

# Palestine: Gaza Strip and West Bank
name | state:pse | de | Gaza-Stadt; Chan Junis; Dschabalija; Dschenin; Tulkarem; Beit Lahija
name | state:pse | en | Gaza City; Khan Younis; Khan Yunis; Jabalia; Jabaliya; Jenin; Tulkarm; Beit Lahia
name | state:pse | * | Rafah; Deir al-Balah; Nuseirat; Nablus; Hebron; Bethlehem

# Lebanon
name | state:lbn | de | Tyrus; Nabatäa
name | state:lbn | en | Tyre
name | state:lbn | * | Sidon; Baalbek; Nabatieh

# Syria
name | state:syr | de | Deir ez-Sor; Rakka; Manbidsch; Kamischli; Suwaida
name | state:syr | en | Deir ez-Zor; Raqqa; Manbij; Qamishli; Sweida
name | state:syr | * | Aleppo; Latakia; Idlib; Homs; Hama; Tartus; Daraa; Kobane; Kobani; Afrin

# Iraq
name | state:irq | de | Mossul; Falludscha; Nadschaf; Kerbela; Sulaimanija
name | state:irq | en | Mosul; Fallujah; Najaf; Karbala; Sulaymaniyah
name | state:irq | * | Basra; Erbil; Kirkuk; Ramadi; Tikrit

# Iran
name | state:irn | de | Täbris; Maschhad; Schiras; Buschehr; Ghom; Ahvas; Kermanschah
name | state:irn | en | Tabriz; Mashhad; Shiraz; Bushehr; Qom; Ahvaz; Kermanshah; Fordow
name | state:irn | * | Isfahan; Natanz; Fordo; Bandar Abbas; Chabahar

# Arabian Peninsula and Egypt
name | state:yem | de | Hodeida
name | state:yem | en | Hodeidah
name | state:yem | * | Saada; Marib; Taiz; Mukalla
name | state:sau | de | Mekka
name | state:sau | en | Mecca
name | state:sau | * | Dhahran; Abqaiq
name | state:are | * | Dubai
name | state:egy | de | Scharm el-Scheich
name | state:egy | en | Sharm el-Sheikh
name | state:egy | * | Port Said

# Sudan, Horn of Africa, Great Lakes
name | state:sdn | de | Al-Faschir; El Fascher; El-Fascher
name | state:sdn | en | El Fasher; El-Fasher; Al-Fashir
name | state:sdn | * | Omdurman; Nyala; Wad Madani; El Obeid; Kadugli
name | state:eth | de | Mekele
name | state:eth | en | Mekelle
name | state:eth | * | Bahir Dar; Gondar; Dire Dawa
name | state:eri | * | Massawa; Assab
name | state:som | de | Kismaju
name | state:som | en | Kismayo
name | state:som | * | Baidoa; Bosaso
name | state:ken | * | Mombasa
name | state:cod | * | Goma; Bukavu; Kisangani; Lubumbashi; Bunia

# Libya, Sahel, West and North Africa
name | state:lby | de | Bengasi
name | state:lby | en | Benghazi
name | state:lby | * | Misrata; Sirte; Tobruk; Sabha
name | state:mli | * | Timbuktu; Kidal; Mopti; Ménaka; Menaka
name | state:ner | * | Agadez
name | state:bfa | * | Djibo; Bobo-Dioulasso
name | state:nga | * | Lagos; Maiduguri
name | state:dza | * | Oran
name | state:mar | * | Casablanca
name | state:zaf | de | Kapstadt
name | state:zaf | * | Johannesburg; Durban

# Afghanistan, Pakistan, India
name | state:afg | de | Dschalalabad; Kundus; Masar-i-Scharif
name | state:afg | en | Jalalabad; Kunduz; Mazar-i-Sharif
name | state:afg | * | Kandahar; Herat; Bagram
name | state:pak | de | Karatschi; Peschawar
name | state:pak | en | Karachi; Peshawar
name | state:pak | * | Lahore; Quetta; Bahawalpur; Muridke
name | state:ind | de | Kalkutta
name | state:ind | en | Kolkata; Bengaluru
name | state:ind | * | Mumbai; Srinagar; Pahalgam; Chennai; Bangalore; Ahmedabad; Amritsar

# China, Taiwan, Koreas, Japan
name | state:chn | de | Schanghai; Tianjin; Ürümqi
name | state:chn | en | Guangzhou; Urumqi
name | state:chn | * | Shanghai; Shenzhen; Wuhan; Chongqing; Chengdu; Xiamen; Harbin
name | state:twn | * | Kaohsiung; Taichung; Tainan
name | state:kor | * | Busan; Incheon; Daegu; Gwangju
name | state:prk | * | Kaesong; Wonsan; Sinpo
name | state:jpn | * | Osaka; Okinawa; Yokohama; Nagoya; Hiroshima; Nagasaki; Sapporo; Fukuoka; Yokosuka

# Southeast Asia, Australia
name | state:mmr | de | Rangun
name | state:mmr | en | Yangon
name | state:mmr | * | Mandalay; Lashio; Myawaddy; Sittwe
name | state:phl | * | Davao; Marawi
name | state:vnm | de | Ho-Chi-Minh-Stadt
name | state:vnm | en | Ho Chi Minh City
name | state:idn | * | Surabaya; Medan; Bandung
name | state:aus | * | Melbourne; Brisbane

# Americas
name | state:usa | * | Los Angeles; Chicago; Houston; San Francisco; Miami; Seattle; Boston; Philadelphia; Detroit; San Diego; Honolulu; Anchorage; Pearl Harbor
name | state:can | en | Montréal
name | state:can | * | Montreal; Toronto; Calgary
name | state:mex | * | Guadalajara; Monterrey; Tijuana; Culiacán; Culiacan; Ciudad Juárez; Ciudad Juarez; Acapulco
name | state:bra | * | São Paulo; Sao Paulo; Rio de Janeiro; Belém; Belem
name | state:ven | * | Maracaibo
name | state:col | * | Medellín; Medellin
name | state:ecu | * | Guayaquil
