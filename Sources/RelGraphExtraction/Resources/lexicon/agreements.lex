# Named treaties, pacts, deals and accords. Unnamed ones ("der Verteidigungspakt", "the deal") get
# their id from their parties and kind (agreement records in de.lex / en.lex).
actor | agreement:aukus | agreement | AUKUS
name | agreement:aukus | * | AUKUS; Aukus; AUKUS-Pakt; AUKUS pact; AUKUS agreement; AUKUS-Abkommen
actor | agreement:npt | agreement | Treaty on the Non-Proliferation of Nuclear Weapons
name | agreement:npt | * | NPT; Atomwaffensperrvertrag; Nichtverbreitungsvertrag; Non-Proliferation Treaty; Nuclear Non-Proliferation Treaty; Atomwaffensperrvertrags; Atomwaffensperrvertrages
actor | agreement:new-start | agreement | New START
name | agreement:new-start | * | New START; New Start; New-Start-Vertrag; New-START-Vertrag
actor | agreement:inf-treaty | agreement | INF Treaty
name | agreement:inf-treaty | * | INF-Vertrag; INF Treaty; INF-Vertrags; Intermediate-Range Nuclear Forces Treaty
actor | agreement:jcpoa | agreement | Iran nuclear deal (JCPOA)
name | agreement:jcpoa | * | JCPOA; Joint Comprehensive Plan of Action; Wiener Atomabkommen; Iran-Atomabkommen; Iran nuclear deal
actor | agreement:minsk-agreements | agreement | Minsk agreements
name | agreement:minsk-agreements | * | Minsker Abkommen; Minsk agreements; Minsk II; Minsk-II-Abkommen; Minsker Vereinbarungen
actor | agreement:budapest-memorandum | agreement | Budapest Memorandum
name | agreement:budapest-memorandum | * | Budapester Memorandum; Budapest Memorandum
actor | agreement:abraham-accords | agreement | Abraham Accords
name | agreement:abraham-accords | * | Abraham Accords; Abraham-Abkommen; Abraham-Abkommens
actor | agreement:oslo-accords | agreement | Oslo Accords
name | agreement:oslo-accords | * | Oslo Accords; Oslo-Abkommen; Osloer Abkommen
actor | agreement:dayton-agreement | agreement | Dayton Agreement
name | agreement:dayton-agreement | * | Dayton Agreement; Dayton-Abkommen; Abkommen von Dayton
actor | agreement:good-friday-agreement | agreement | Good Friday Agreement
name | agreement:good-friday-agreement | * | Good Friday Agreement; Karfreitagsabkommen; Karfreitagsabkommens
actor | agreement:paris-agreement | agreement | Paris Agreement
name | agreement:paris-agreement | * | Paris Agreement; Pariser Klimaabkommen; Pariser Abkommen; Paris climate agreement
actor | agreement:black-sea-grain-initiative | agreement | Black Sea Grain Initiative
name | agreement:black-sea-grain-initiative | * | Black Sea Grain Initiative; Getreideabkommen; Schwarzmeer-Getreideabkommen; grain deal
actor | agreement:rome-statute | agreement | Rome Statute
name | agreement:rome-statute | * | Rome Statute; Römisches Statut; Römischen Statut; Römischen Statuts
actor | agreement:un-charter | agreement | UN Charter
name | agreement:un-charter | * | UN Charter; UN-Charta; Charta der Vereinten Nationen; Charter of the United Nations
actor | agreement:ctbt | agreement | Comprehensive Nuclear-Test-Ban Treaty
name | agreement:ctbt | * | CTBT; Atomteststoppvertrag; Comprehensive Nuclear-Test-Ban Treaty; Kernwaffenteststopp-Vertrag
actor | agreement:tpnw | agreement | Treaty on the Prohibition of Nuclear Weapons
name | agreement:tpnw | * | TPNW; Atomwaffenverbotsvertrag; Treaty on the Prohibition of Nuclear Weapons
actor | agreement:cfe-treaty | agreement | CFE Treaty
name | agreement:cfe-treaty | * | KSE-Vertrag; CFE Treaty; Vertrag über Konventionelle Streitkräfte in Europa
actor | agreement:open-skies-treaty | agreement | Open Skies Treaty
name | agreement:open-skies-treaty | * | Open Skies Treaty; Open-Skies-Vertrag; Vertrag über den Offenen Himmel
actor | agreement:lisbon-treaty | agreement | Treaty of Lisbon
name | agreement:lisbon-treaty | * | Treaty of Lisbon; Lisbon Treaty; Vertrag von Lissabon; Lissabon-Vertrag
actor | agreement:schengen-agreement | agreement | Schengen Agreement
name | agreement:schengen-agreement | * | Schengen Agreement; Schengener Abkommen; Schengen-Abkommen
actor | agreement:madrid-memorandum | agreement | Madrid memorandum (Finland–Sweden–Turkey)
name | agreement:madrid-memorandum | * | Madrider Memorandum; Madrid memorandum; Memorandum von Madrid; trilaterale Memorandum; trilateral memorandum
actor | agreement:argyle-declaration | agreement | Argyle Declaration
name | agreement:argyle-declaration | * | Argyle Declaration; Erklärung von Argyle; Argyle-Erklärung
actor | agreement:camp-david-accords | agreement | Camp David Accords
name | agreement:camp-david-accords | * | Camp David Accords; Camp-David-Abkommen
actor | agreement:north-atlantic-treaty | agreement | North Atlantic Treaty
name | agreement:north-atlantic-treaty | * | North Atlantic Treaty; Nordatlantikvertrag; Washingtoner Vertrag
actor | agreement:prk-rus-defense-pact | agreement | Russia–North Korea Comprehensive Strategic Partnership Treaty
name | agreement:prk-rus-defense-pact | * | Comprehensive Strategic Partnership Treaty; Vertrag über umfassende strategische Partnerschaft
actor | agreement:ukraine-grain-corridor | agreement | Ukrainian grain corridor
name | agreement:ukraine-grain-corridor | * | Getreidekorridor; grain corridor

actor | agreement:indus-waters-treaty | agreement | Indus Waters Treaty
name | agreement:indus-waters-treaty | * | Indus Waters Treaty; Indus-Wasservertrag; Indus-Wasservertrags; Indus-Wasservertrages; Induswasservertrag

# parties: the states and organizations bound by a named agreement. An article that names the
# agreement and one of them draws its party_to edge even where no sentence says it (only for
# agreements of a few parties; the NPT, the UN Charter or the Paris Agreement have none here).
parties | agreement:aukus | state:aus; state:gbr; state:usa
parties | agreement:new-start | state:usa; state:rus
parties | agreement:inf-treaty | state:usa; state:rus
parties | agreement:jcpoa | state:irn; state:usa; state:gbr; state:fra; state:deu; state:rus; state:chn; group:e3
parties | agreement:minsk-agreements | state:ukr; state:rus
parties | agreement:budapest-memorandum | state:ukr; state:usa; state:gbr; state:rus
parties | agreement:abraham-accords | state:isr; state:are; state:bhr; state:mar; state:usa
parties | agreement:oslo-accords | state:isr; org:plo
parties | agreement:dayton-agreement | state:bih; state:hrv; state:srb
parties | agreement:good-friday-agreement | state:gbr; state:irl
parties | agreement:black-sea-grain-initiative | state:ukr; state:rus; state:tur; org:un
parties | agreement:madrid-memorandum | state:fin; state:swe; state:tur
parties | agreement:argyle-declaration | state:guy; state:ven
parties | agreement:camp-david-accords | state:egy; state:isr
parties | agreement:prk-rus-defense-pact | state:prk; state:rus
parties | agreement:indus-waters-treaty | state:ind; state:pak
