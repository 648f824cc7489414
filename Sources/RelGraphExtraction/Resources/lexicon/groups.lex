# Collective actors (RELATIONS.md kind `group`): actors that are no single state or body.
# Names here are descriptions, not proper names, so they are multiword forms wherever possible;
# every German inflected form is listed (westliche / westlichen / westlicher Nationen), and a form
# that can start a sentence is listed capitalized too ("Mehrere Regierungen").
# Deliberate exceptions to "no lower-case single word as a name": group:protesters ("protesters",
# "demonstrators"): no multiword form would catch them.
# Left out on purpose: bare "Regierungen" / "governments", "Verbündete" / "allies", "Rebellen" /
# "rebels", "Zivilisten" / "civilians", "Europäer" (org:eu): too generic to stand for one collective
# actor without context; the extractor's coreference has to resolve them. Peoples (Kurds, Uyghurs)
# have no adjective records: "Kurdish forces" is usually an organization (SDF, YPG, Peshmerga), and
# "Western officials" is a source, not an actor.

actor | group:west | group | the West
name | group:west | de | westliche Staaten; Westliche Staaten; westlichen Staaten; Westlichen Staaten; westlicher Staaten; Westlicher Staaten; westliche Nationen; Westliche Nationen; westlichen Nationen; Westlichen Nationen; westlicher Nationen; Westlicher Nationen; westliche Länder; Westliche Länder; westlichen Länder; Westlichen Länder; westlichen Ländern; Westlichen Ländern; westlicher Länder; Westlicher Länder; westliche Partner; Westliche Partner; westlichen Partner; Westlichen Partner; westlichen Partnern; Westlichen Partnern; westlicher Partner; Westlicher Partner; westliche Regierungen; Westliche Regierungen; westlichen Regierungen; Westlichen Regierungen; westlicher Regierungen; Westlicher Regierungen; westliche Mächte; Westliche Mächte; westlichen Mächte; Westlichen Mächte; westlichen Mächten; Westlichen Mächten; westlicher Mächte; Westlicher Mächte; westliche Unterstützer; Westliche Unterstützer; westlichen Unterstützer; Westlichen Unterstützer; westlichen Unterstützern; Westlichen Unterstützern; westlicher Unterstützer; Westlicher Unterstützer; westliche Demokratien; Westliche Demokratien; westlichen Demokratien; Westlichen Demokratien; westlicher Demokratien; Westlicher Demokratien; westliche Partnerländer; Westliche Partnerländer; westlichen Partnerländer; Westlichen Partnerländer; westlichen Partnerländern; Westlichen Partnerländern; westlicher Partnerländer; Westlicher Partnerländer; westliche Partnerstaaten; Westliche Partnerstaaten; westlichen Partnerstaaten; Westlichen Partnerstaaten; westlicher Partnerstaaten; Westlicher Partnerstaaten; westliche Geberländer; Westliche Geberländer; westlichen Geberländer; Westlichen Geberländer; westlichen Geberländern; Westlichen Geberländern; westlicher Geberländer; Westlicher Geberländer; westliche Verbündete; Westliche Verbündete; westlichen Verbündeten; Westlichen Verbündeten; westlicher Verbündeter; Westlicher Verbündeter; westliche Alliierte; Westliche Alliierte; westlichen Alliierten; Westlichen Alliierten; westlicher Alliierter; Westlicher Alliierter; westliche Welt; Westliche Welt; westlichen Welt; Westlichen Welt; westliche Staatengemeinschaft; Westliche Staatengemeinschaft; westlichen Staatengemeinschaft; Westlichen Staatengemeinschaft; westliche Allianz; Westliche Allianz; westlichen Allianz; Westlichen Allianz; der Westen; Der Westen; des Westens; den Westen; dem Westen; vom Westen
name | group:west | en | Western nations; Western countries; Western allies; Western governments; Western powers; Western partners; Western states; Western leaders; Western democracies; Western backers; Western supporters; Western capitals; western nations; western countries; western allies; western governments; western powers; western partners; western states; western leaders; western democracies; western backers; western supporters; western capitals; the West; The West; Western world; western world; Western alliance; western alliance

actor | group:governments | group | several governments
name | group:governments | de | mehrere Regierungen; Mehrere Regierungen; mehrerer Regierungen; Mehrerer Regierungen; mehreren Regierungen; Mehreren Regierungen; einige Regierungen; Einige Regierungen; einiger Regierungen; Einiger Regierungen; einigen Regierungen; Einigen Regierungen; zahlreiche Regierungen; Zahlreiche Regierungen; zahlreicher Regierungen; Zahlreicher Regierungen; zahlreichen Regierungen; Zahlreichen Regierungen; viele Regierungen; Viele Regierungen; vieler Regierungen; Vieler Regierungen; vielen Regierungen; Vielen Regierungen; verschiedene Regierungen; Verschiedene Regierungen; verschiedener Regierungen; Verschiedener Regierungen; verschiedenen Regierungen; Verschiedenen Regierungen; etliche Regierungen; Etliche Regierungen; etlicher Regierungen; Etlicher Regierungen; etlichen Regierungen; Etlichen Regierungen
name | group:governments | en | several governments; Several governments; some governments; Some governments; many governments; Many governments; a number of governments; A number of governments; various governments; Various governments; numerous governments; Numerous governments; other governments; Other governments

actor | group:international-community | group | the international community
name | group:international-community | de | internationale Gemeinschaft; Internationale Gemeinschaft; internationalen Gemeinschaft; Internationalen Gemeinschaft; internationale Staatengemeinschaft; Internationale Staatengemeinschaft; internationalen Staatengemeinschaft; Internationalen Staatengemeinschaft; Staatengemeinschaft; Weltgemeinschaft
name | group:international-community | en | international community; International community; the international community; The international community; world community; World community

actor | group:protesters | group | protesters
name | group:protesters | de | Demonstranten; Demonstrantinnen; Demonstrierende; Demonstrierenden; Protestierende; Protestierenden; Protestler; Protestlern; Protestbewegung
name | group:protesters | en | protesters; Protesters; protestors; Protestors; demonstrators; Demonstrators; protest movement; Protest movement; anti-government protesters; Anti-government protesters

actor | group:palestinians | group | Palestinians
name | group:palestinians | de | Palästinenser; Palästinensern; Palästinenserinnen
name | group:palestinians | en | Palestinians

actor | group:sikh-separatists | group | Sikh separatists
name | group:sikh-separatists | de | Sikh-Separatisten; Sikh-Aktivisten; Khalistan-Aktivisten; Khalistan-Anhänger; Khalistan-Anhängern; Khalistan-Bewegung; Khalistan-Separatisten
name | group:sikh-separatists | en | Sikh separatists; Sikh activists; Khalistan activists; Khalistan supporters; Khalistan separatists; Khalistan movement; Khalistani separatists; Khalistani activists

actor | group:tuareg-rebels | group | Tuareg rebels
name | group:tuareg-rebels | de | Tuareg-Rebellen; Tuareg-Separatisten; Tuareg-Kämpfer; Tuareg-Kämpfern; Tuareg-Milizen; Tuareg-Miliz
name | group:tuareg-rebels | en | Tuareg rebels; Tuareg separatists; Tuareg fighters; Tuareg-led rebels

actor | group:pro-russian-separatists | group | pro-Russian separatists
name | group:pro-russian-separatists | de | prorussische Separatisten; Prorussische Separatisten; prorussischen Separatisten; Prorussischen Separatisten; prorussischer Separatisten; Prorussischer Separatisten; pro-russische Separatisten; Pro-russische Separatisten; pro-russischen Separatisten; Pro-russischen Separatisten; moskautreue Separatisten; Moskautreue Separatisten; moskautreuen Separatisten; Moskautreuen Separatisten; russlandtreue Separatisten; Russlandtreue Separatisten; russlandtreuen Separatisten; Russlandtreuen Separatisten
name | group:pro-russian-separatists | en | pro-Russian separatists; Pro-Russian separatists; Russian-backed separatists; Russia-backed separatists; Moscow-backed separatists

actor | group:israeli-settlers | group | Israeli settlers
name | group:israeli-settlers | de | israelische Siedler; Israelische Siedler; israelischen Siedler; Israelischen Siedler; israelischen Siedlern; Israelischen Siedlern; israelischer Siedler; Israelischer Siedler; jüdische Siedler; Jüdische Siedler; jüdischen Siedler; Jüdischen Siedler; jüdischen Siedlern; Jüdischen Siedlern; radikale Siedler; Radikale Siedler; radikalen Siedler; Radikalen Siedler; radikalen Siedlern; Radikalen Siedlern; gewalttätige Siedler; Gewalttätige Siedler; gewalttätigen Siedler; Gewalttätigen Siedler; gewalttätigen Siedlern; Gewalttätigen Siedlern
name | group:israeli-settlers | en | Israeli settlers; Jewish settlers; violent settlers; Violent settlers; extremist settlers; Extremist settlers

actor | group:kurds | group | Kurds
name | group:kurds | de | Kurden; Kurdinnen
name | group:kurds | en | Kurds

actor | group:uyghurs | group | Uyghurs
name | group:uyghurs | de | Uiguren; Uigurinnen
name | group:uyghurs | en | Uyghurs; Uighurs

actor | group:rohingya | group | Rohingya
name | group:rohingya | * | Rohingya; Rohingyas

actor | group:e3 | group | E3 (France, Germany, United Kingdom)
name | group:e3 | * | E3; E3-Staaten; E3 countries; E3 nations

actor | group:gulf-states | group | Gulf states
name | group:gulf-states | de | Golfstaaten; arabische Golfstaaten; Arabische Golfstaaten; arabischen Golfstaaten; Arabischen Golfstaaten; Golf-Staaten; Golfmonarchien
name | group:gulf-states | en | Gulf states; Gulf Arab states; Arab Gulf states; Gulf monarchies; Gulf countries

actor | group:baltic-states | group | Baltic states
name | group:baltic-states | de | baltische Staaten; Baltische Staaten; baltischen Staaten; Baltischen Staaten; baltischer Staaten; Baltischer Staaten; Baltenstaaten; baltische Länder; Baltische Länder; baltischen Länder; Baltischen Länder; baltischen Ländern; Baltischen Ländern
name | group:baltic-states | en | Baltic states; Baltic countries; Baltic nations; the Baltics; The Baltics

actor | group:global-south | group | Global South
name | group:global-south | de | Globaler Süden; Globalen Süden; Globalen Südens; globaler Süden; globalen Süden; globalen Südens
name | group:global-south | en | Global South; global South

# Unnamed armed attackers: actors of attacks that no group has claimed. 'attackers' / 'Angreifer' are not listed
# (conflict cue nouns: "the attackers of Kyiv"); 'militants' neither (mostly a known group's members).
actor | group:gunmen | group | gunmen
name | group:gunmen | en | gunmen; Gunmen; armed men; Armed men; masked gunmen; Masked gunmen; assailants; Assailants
name | group:gunmen | de | Bewaffnete; Bewaffneten; bewaffnete Männer; Bewaffnete Männer; bewaffneten Männern; maskierte Bewaffnete; Maskierte Bewaffnete; Attentäter; Attentätern

# The opposition of the state the article is about ("Die Opposition warf Paschinjan vor …", "opposition lawmakers
# accused Kampala …"). English forms with their noun only: "opposition to the deal" is no actor and "the opposition
# Homeland Union" names a party; German "Opposition" is a noun that names the actor. An office is never held in it.
actor | group:opposition | group | the opposition
name | group:opposition | de | Opposition; Oppositionsparteien; Oppositionsabgeordnete; Oppositionsabgeordneten; Oppositionspolitiker; Oppositionspolitikern; Oppositionsbündnis; Oppositionsbündnisses
name | group:opposition | en | opposition lawmakers; Opposition lawmakers; opposition parties; Opposition parties; opposition politicians; Opposition politicians; opposition legislators; Opposition legislators; opposition MPs; Opposition MPs

# Human rights groups as one collective voice ("Human rights groups accused the government …"); named ones
# (Amnesty International, Human Rights Watch) are organizations.
actor | group:human-rights-groups | group | human rights groups
name | group:human-rights-groups | en | human rights groups; Human rights groups; rights groups; Rights groups; human rights organisations; Human rights organisations; human rights organizations; Human rights organizations; human rights activists; Human rights activists; rights activists; Rights activists
name | group:human-rights-groups | de | Menschenrechtsorganisationen; Menschenrechtsgruppen; Menschenrechtler; Menschenrechtlern; Menschenrechtlerinnen; Menschenrechtsaktivisten; Menschenrechtsaktivistinnen

# Intelligence services named as a collective, not one state's ("westliche Geheimdienste", "foreign intelligence services")
actor | group:western-intelligence | group | Western intelligence services
name | group:western-intelligence | de | westliche Geheimdienste; westlichen Geheimdienste; westlichen Geheimdiensten; westlicher Geheimdienste; Westliche Geheimdienste
name | group:western-intelligence | en | Western intelligence services; Western intelligence agencies; Western spy agencies; western intelligence services
actor | group:foreign-intelligence-services | group | foreign intelligence services
name | group:foreign-intelligence-services | de | ausländische Geheimdienste; ausländischen Geheimdienste; ausländischen Geheimdiensten; ausländischer Geheimdienste; Ausländische Geheimdienste
name | group:foreign-intelligence-services | en | foreign intelligence services; foreign intelligence agencies; foreign spy agencies; Foreign intelligence services
