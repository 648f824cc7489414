# relgraph lexicon: English language words (LANG en).
# Format: docs/lexicon.md. One record a line, fields separated by '|', list items by ';'.
# Actors (states, organizations, people, groups, given names) live in the actor files, not here.
#
# Matching (LexiconLoader, RelationFinder): every word record is compared lower-cased, titles
# included (the role is taken from the text), and multiword forms token by token (the longest
# match wins); so one spelling per form is listed, in lower case except abbreviations and
# system names (MoU, HIMARS). '*' at the start or end of a cue form matches any prefix or
# suffix; a hyphenated word that matches no cue is also tried by its last part.
# Both British and American spellings are listed (defence/defense, criticise/criticize).

# ======================================================================
# 1. title: offices before or after a person's name
# One spelling each: titles are matched on lower-case tokens ('Foreign Minister Ahmed' and
# 'foreign minister Ahmed' alike). The last field is the actor the title itself implies, or '-'.
# Not listed on purpose: Sheikh (also inside names: Hassan Sheikh Mohamud), Ayatollah and
# Sultan (ranks or names), Major and Captain (also adjectives or sports), opposition leader
# (holds no office of the state), director and official (too generic).
# 'Chancellor', 'Foreign Secretary', 'Home Secretary', 'Supreme Leader' and 'Speaker' imply
# no actor: several states use them.
# ======================================================================
# heads of state and government
title | en | president; vice president; vice-president; president-elect; acting president; interim president; prime minister; deputy prime minister; first deputy prime minister; acting prime minister; caretaker prime minister; premier; chancellor; vice chancellor; vice-chancellor; head of state; head of government; PM | -
title | en | leader; supreme leader; junta leader; junta chief; coup leader; military leader; military ruler; ruler; strongman; dictator; autocrat; king; queen; crown prince; emir; monarch | -
title | en | pope | state:vat
title | en | Taoiseach; Tánaiste | state:irl
# ministers and secretaries
title | en | minister; foreign minister; deputy foreign minister; vice foreign minister; first vice foreign minister; first deputy foreign minister; defence minister; defense minister; deputy defence minister; deputy defense minister; interior minister; home minister; finance minister; economy minister; trade minister; energy minister; justice minister; health minister; agriculture minister; information minister; intelligence minister; security minister; oil minister; armed forces minister; state minister; minister of state; cabinet minister; external affairs minister; foreign affairs minister; minister of foreign affairs; minister for foreign affairs; minister of defence; minister of defense; minister for defence; minister of the interior; minister of interior; minister of finance; minister of home affairs; minister of external affairs | -
title | en | secretary of state; deputy secretary of state; assistant secretary of state; secretary of defense; defense secretary; defence secretary; foreign secretary; home secretary; treasury secretary; secretary of the treasury; commerce secretary; homeland security secretary; energy secretary; secretary; secretary-general; secretary general; deputy secretary-general; general secretary; attorney general; under secretary; undersecretary | -
# advisers and spokespeople
title | en | national security adviser; national security advisor; deputy national security adviser; security adviser; adviser; advisor; senior adviser; presidential adviser; aide; presidential aide; top aide; chief of staff | -
title | en | spokesman; spokeswoman; spokesperson; military spokesman; army spokesman; government spokesman; government spokeswoman; government spokesperson; foreign ministry spokesman; foreign ministry spokeswoman; foreign ministry spokesperson; defence ministry spokesman; defense ministry spokesman; defence ministry spokeswoman; defense ministry spokeswoman; defence ministry spokesperson; defense ministry spokesperson; presidential spokesman; presidential spokeswoman; presidential spokesperson; press secretary; deputy spokesman; deputy spokesperson; chief spokesperson | -
title | en | Kremlin spokesman; Kremlin spokeswoman; Kremlin spokesperson; Kremlin chief; Kremlin leader; Kremlin aide; Kremlin adviser; Kremlin advisor | state:rus
title | en | State Department spokesman; State Department spokeswoman; State Department spokesperson; Pentagon spokesman; Pentagon spokeswoman; Pentagon spokesperson; Pentagon press secretary; Pentagon chief; White House press secretary; White House spokesman; White House spokeswoman; White House spokesperson; White House chief of staff; White House national security adviser; Chairman of the Joint Chiefs of Staff; Joint Chiefs chairman; House Speaker; congressman; congresswoman; US Trade Representative; U.S. Trade Representative | state:usa
title | en | Downing Street spokesman; Downing Street spokeswoman; Downing Street spokesperson | state:gbr
# diplomats
title | en | diplomat; senior diplomat; veteran diplomat; ambassador; ambassador-at-large; envoy; special envoy; peace envoy; special representative; permanent representative; high commissioner; deputy high commissioner; consul; consul general; consul-general; chargé d'affaires; charge d'affaires; top diplomat; chief diplomat; foreign policy chief; high representative; negotiator; chief negotiator; top negotiator; chief prosecutor; prosecutor; intelligence officer; representative; Amb. | -
# European commissioners by portfolio; the actor comes from the name before the title ("EU Enlargement Commissioner
# Marta Kos"), or is the EU itself ("European Commissioner"); a bare "commissioner" is left out (police commissioners)
title | en | enlargement commissioner; trade commissioner; competition commissioner; migration commissioner; home affairs commissioner; defence commissioner; defense commissioner; energy commissioner; economy commissioner; justice commissioner; climate commissioner; agriculture commissioner; budget commissioner; health commissioner; neighbourhood commissioner; neighborhood commissioner; crisis management commissioner | org:eu
title | en | European commissioner; EU commissioner | org:eu
title | en | UN Secretary-General; UN Secretary General; U.N. Secretary-General; U.N. Secretary General; UN chief; U.N. chief; UN envoy; U.N. envoy; UN special envoy; U.N. special envoy; UN human rights chief; U.N. human rights chief; UN rights chief; U.N. rights chief; UN refugee chief; U.N. refugee chief; UN aid chief; U.N. aid chief | org:un
title | en | NATO Secretary-General; NATO Secretary General; NATO chief | org:nato
# military and security
title | en | commander; commander-in-chief; top commander; army commander; military commander; field commander; general; top general; lieutenant general; major general; brigadier general; admiral; rear admiral; vice admiral; field marshal; marshal; colonel; lieutenant colonel; army chief; military chief; defence chief; defense chief; intelligence chief; spy chief; security chief; police chief; chief of the general staff; chief of general staff; chief of the defence staff; chief of the defense staff; head of the armed forces; chief; Gen.; Lt. Gen.; Lt Gen; Maj. Gen.; Maj Gen; Brig. Gen.; Adm.; Col.; Lt. Col. | -
# other offices
title | en | bishop; archbishop; auxiliary bishop; cardinal; imam; mufti; grand mufti; rabbi; chief rabbi | -
title | en | nuncio; apostolic nuncio; papal nuncio | state:vat
title | en | director-general; director general; senator; governor; mayor; lawmaker; legislator; parliamentarian; member of parliament; speaker; parliament speaker; parliamentary speaker; party leader; party chief; chairman; chairwoman; chairperson; vice chairman; Sen.; Rep.; Gov.; MP | -
# founders and chiefs of staff lead what they founded or serve ("PKK founder Abdullah Öcalan", "the LNA's chief of staff")
title | en | chief executive; chief executive officer; CEO; managing director; executive director | -
title | en | founder; co-founder; cofounder; chief of staff; army chief of staff; chief of general staff; chief of the general staff | -
# judges hold an office of their state ("Supreme Court justice Alexandre de Moraes", "Chief Justice X")
title | en | justice; chief justice; supreme court justice; judge; supreme court judge | -

# ======================================================================
# 3. cue: words that signal an edge, per type
# CLASS verb: the subject is the source. verb-recv: the subject is the receiver (target).
# noun / adj: the relation is carried by a noun phrase ("Russia's invasion of Ukraine",
# "the alliance between Moscow and Pyongyang") or an adjective ("Iran-backed Houthis").
# English forms that are both noun and verb (attack, visit, support, transfer) are listed in
# both classes, the verb first: the finder keeps one entry per type and word (today the first
# listed), and a finder that reads the context (a determiner or possessive before: noun) can
# use both.
# (There is no titlehead section in English: compounds are separate words.)
#
# CLASS theme: what is sent or delivered (troops, soldiers, weapons, drones). A theme decides
# the type of a transfer verb in its clause and draws no edge alone unless a preposition names
# the receiver ("drones to Russia") or a support cue stands in the clause.
#
# How the aid types combine (arms_supply, military_support, support):
# - A verb of military_support (send, deploy, dispatch) with an arms theme in its clause draws
# arms_supply ("sent tanks to Ukraine"); a verb of arms_supply with a personnel theme draws
# military_support. With a support verb (support, help, provide, receive) a theme draws its
# own edge beside the support edge ("helped Russia with soldiers").
# - A verb of any other type keeps its type: "fired missiles at" is conflict; a theme after
# 'against' or 'on' is no receiver.
# - Transfer nouns (arms transfers, shipments, deployment, military aid) are nouns, not themes:
# they name the transfer itself and carry an edge on their own.
# - Generic receiving verbs (receive) are verb-recv under support only; with a theme the
# receiver gets an arms_supply or military_support edge ("received drones from Iran").
# Left out on purpose: deliver (mostly speeches, messages, warnings in political news:
# "arms deliveries" and the arms nouns carry real deliveries), sell/export/buy (oil and gas
# trade), give, back (too common), pound/pounds (currency), fire/fired (also dismissal).
# ======================================================================
# --- alliance (symmetric) ---
cue | alliance | en | noun | alliance; alliances; ally; allies; partnership; partnerships; partner; partners; friendship; friendships; close ties; close relations; close relationship; close bonds; closer ties; closer relations; closer relationship; closer bonds; closest ties; closest relations; closest relationship; closest bonds; deep ties; deep relations; deep relationship; deep bonds; deeper ties; deeper relations; deeper relationship; deeper bonds; strong ties; strong relations; strong relationship; strong bonds; stronger ties; stronger relations; stronger relationship; stronger bonds; warm ties; warm relations; warm relationship; warm bonds; warmer ties; warmer relations; warmer relationship; warmer bonds; growing ties; growing relations; growing relationship; growing bonds; friendly ties; friendly relations; friendly relationship; friendly bonds; friendlier ties; friendlier relations; friendlier relationship; friendlier bonds; good ties; good relations; good relationship; good bonds; military ties; military relations; military relationship; military bonds; defence ties; defence relations; defence relationship; defence bonds; defense ties; defense relations; defense relationship; defense bonds; security ties; security relations; security relationship; security bonds; special relationship; cooperation; co-operation; rapprochement; coalition; treaty ally; treaty allies; treaty partner; treaty partners; military cooperation; defence cooperation; defense cooperation; security cooperation; strategic cooperation; military ties; defence ties; defense ties; security ties; military partnership
# joint military exercises: an alliance between the parties that hold them ("The US and the Philippines held joint drills", "Russia held joint exercises with China")
cue | alliance | en | noun | joint exercises; joint exercise; joint military exercises; joint military exercise; joint drills; joint military drills; joint naval drills; joint naval exercises; joint air drills; joint patrols; joint manoeuvres; joint maneuvers; joint war games
# joining an organization is an alliance with it (NATO, EU, BRICS membership); with an agreement node as the other side the finder draws party_to instead
cue | alliance | en | noun | accession; accessions; membership; memberships; member; members; member state; member states; member country; member countries
# 'cooperate' is not a cue: "urged New Delhi to cooperate with the investigation" is no alliance (the noun cooperation is)
cue | alliance | en | verb | ally; allies; allied; allying; join; joins; joined; joining; belong; belongs; belonged; accede; accedes; acceded; team up; teamed up; teams up; relies on; relied on; rely on; relying on; grew closer; grown closer; grow closer; grows closer; growing closer; drew closer; drawn closer; draw closer; moved closer; move closer
# founding an organization makes its founders members ('Mali, Burkina Faso and Niger founded the AES')
cue | alliance | en | verb | founded; co-founded; cofounded
# forming a body or bloc together: its members are allied with it and with each other ("Niger, which together with Mali and
# Burkina Faso forms the Alliance of Sahel States")
cue | alliance | en | verb | forms; formed; form
cue | alliance | en | noun | founding member; founding members
cue | alliance | en | adj | allied; aligned; *-aligned; *-allied; friendly
# --- party_to (actor -> agreement): the target must be an agreement node ---
cue | party_to | en | verb | sign; signs; signed; signing; conclude; concludes; concluded; concluding; ratify; ratifies; ratified; ratifying; agree; agrees; agreed; agreeing; negotiate; negotiates; negotiated; negotiating; seal; seals; sealed; sealing; forge; forges; forged; struck a deal; strike a deal; strikes a deal; striking a deal; reached a deal; reach a deal; reached an agreement; reach an agreement; reaches an agreement; entered into; enter into; bound by; adhere to; adheres to; adhered to; initial; initials; initialled; initialed; initialling; initialing
# acting on an agreement as one bound by it: leaving, keeping, carrying out, extending it (not breaking it:
# "accused Yerevan of violating the ceasefire" is a claim about a violation, not one about being a party)
# (and binding: "obliges", "binds", where the agreement is the subject and the party its object: "The treaty binds France to …")
cue | party_to | en | verb | obliges; obligates; binds; join; joins; joined; joining; accede to; accedes to; acceded to; acceding to; withdraw from; withdraws from; withdrew from; withdrawn from; withdrawing from; pull out of; pulls out of; pulled out of; pulling out of; quit; quits; quitting; exit; exits; exited; exiting; implement; implements; implemented; implementing; comply with; complies with; complied with; complying with; abide by; abides by; abided by; abiding by; honour; honours; honoured; honouring; honor; honors; honored; honoring; uphold; upholds; upheld; upholding; renew; renews; renewed; renewing; extend; extends; extended; extending
cue | party_to | en | noun | signing; signature; signatures; signatory; signatories; ratification; party to; parties to; are parties; are both parties; are all parties; is a party; is party; treaty; treaties; pact; pacts; agreement; agreements; accord; accords; compact; compacts; deal; deals; memorandum; memorandum of understanding; MoU; MOU; ceasefire; truce; armistice
# --- military_support (helper -> helped): troops, soldiers, personnel ---
cue | military_support | en | verb | send; sends; sent; sending; deploy; deploys; deployed; deploying; redeploy; redeployed; dispatch; dispatches; dispatched; dispatching; stations; stationed; stationing; train; trains; trained; training; fight alongside; fights alongside; fought alongside; fighting alongside
# recruiting: the subject is the side that receives the fighters
cue | military_support | en | verb-recv | recruit; recruits; recruited; recruiting; enlist; enlists; enlisted
cue | military_support | en | noun | deployment; deployments; military support; military help
# personnel themes (see above)
cue | military_support | en | theme | troops; soldiers; soldier; servicemen; service members; military personnel; fighters; mercenaries; mercenary; instructors; military advisers; military advisors; military trainers; trainers; special forces; peacekeepers; officers; volunteers; battalion; battalions; brigade; brigades; contingent; contingents; boots on the ground; warship; warships; naval vessels; aircraft carrier; military base; military bases; naval base; naval bases; air base; air bases
# --- arms_supply (supplier -> receiver): weapons, munitions, missiles, drones ---
cue | arms_supply | en | verb | supply; supplied; supplying; arm; arming; transfer; transfers; transferred; transferring; shipped; equip; equips; equipped; equipping
# transfer nouns: carry the edge on their own
cue | arms_supply | en | noun | transfer; transfers; arms transfers; arms transfer; weapons transfers; weapons transfer; arms shipments; arms shipment; weapons shipments; shipment; shipments; arms deliveries; weapons deliveries; arms sales; arms sale; weapons sales; arms exports; arms export; weapons exports; military aid; military assistance; security assistance; lethal aid
# arms themes (see above). Ships and submarines are not here: they are deployed more often than handed over (warships are themes of military_support). 'tank' is not (think tank)
cue | arms_supply | en | theme | weapons; weapon; arms; munitions; ammunition; ammo; weaponry; military equipment; military hardware; missiles; missile; rockets; rocket; drones; drone; shells; artillery shells; artillery; howitzers; rocket launchers; launchers; grenades; rifles; guns; warheads; interceptors; tanks; fighter jets; jets; warplanes; fighter aircraft; armoured vehicles; armored vehicles; air defence systems; air defense systems; air defences; air defenses; air defence; air defense; HIMARS; ATACMS; Patriot; Patriots; Leopard; Leopards; F-16; F-16s; F-35; F-35s; Tomahawk; Tomahawks; Storm Shadow; Javelin; Javelins; Stinger; Stingers; Shahed; Iskander; Bayraktar; Taurus; patrol vessels; patrol vessel; patrol boats; patrol boat; patrol ships; attack helicopters; combat helicopters; military helicopters; combat aircraft
# CLASS agent: a noun naming the source by its role; "X is Y's arms supplier", "X, Y's main arms supplier,". 'supplier' alone is not one (gas, oil)
cue | arms_supply | en | agent | arms supplier; arms suppliers; weapons supplier; weapons suppliers; arms provider; arms providers; weapons provider; supplier of arms; supplier of weapons; arms exporter; arms exporters
# buying: the buyer receives, the seller (from) supplies; only with an arms theme ("bought S-400 systems from Russia"; "bought oil from Russia" is none)
cue | arms_supply | en | verb-recv | bought; buys; buy; buying; purchased; purchases; purchase; purchasing; acquired; acquires; acquire; acquiring
# --- support (supporter -> supported): political, financial, moral backing, aid ---
cue | support | en | verb | support; supports; supported; supporting; backs; backed; backing; help; helps; helped; helping; aid; aided; aiding; assist; assists; assisted; assisting; donate; donates; donated; donating; funded; funding; funds; finance; finances; financed; financing; bankroll; bankrolled; bankrolling; pledge; pledges; pledged; pledging; promise; promises; promised; provide; provides; provided; providing; grant; grants; granted; granting; endorse; endorses; endorsed; endorsing; praise; praises; praised; praising; congratulate; congratulates; congratulated; side with; sides with; sided with; siding with; stand with; stands with; stood with; standing with; stand behind; stands behind; stood behind; standing behind; stand firmly behind; stands firmly behind; stood firmly behind; thrown its weight behind; threw its weight behind; throws its weight behind; throw its weight behind; stands by; stood by; stand by; standing by; defended; defends; defending; came to the defence of; came to the defense of; recognise; recognises; recognised; recognising; recognize; recognizes; recognized; recognizing
# throwing one's weight behind someone backs them (the preposition at the phrase's end marks the object)
cue | support | en | verb | threw its weight behind; threw their weight behind; throws its weight behind; throw its weight behind; thrown its weight behind; threw his weight behind; threw her weight behind
# generic receiving verbs: the subject receives; an arms or personnel noun upgrades the type
cue | support | en | verb-recv | receive; receives; received; receiving
cue | support | en | noun | support; backing; help; aid; assistance; solidarity; recognition; funding; financing; aid package; aid packages; loan; loans; grants; pledge; pledges; endorsement; praise; congratulations; commitment; commitments
# self-defence: a right to defend oneself granted in reported speech is the speaker's support of its holder ("said Israel had every right to defend itself")
cue | support | en | noun | right to defend itself; right to defend themselves; right to self-defence; right to self-defense; right of self-defence; right of self-defense
# agent nouns name the supporter by its role: the possessor or complement is the supported ("Syria's main backer", "a supporter of Kyiv")
cue | support | en | agent | backer; backers; supporter; supporters; patron; patrons; sponsor; sponsors; benefactor; benefactors; protector; paymaster; financier; financiers; lender; lenders; donor; donors
cue | support | en | adj | *-backed; *-funded; *-sponsored
# --- conflict (attacker -> attacked; undirected fighting: both sides) ---
cue | conflict | en | verb | wage; wages; waged; waging; fired at; fire at; fires at; firing at; opened fire on; opened fire at; open fire on; attack; attacks; attacked; attacking; invade; invades; invaded; invading; bombed; bombing; bombard; bombards; bombarded; bombarding; shelled; shelling; strike; strikes; struck; fight; fights; fought; fighting; battle; battles; battled; battling; clash; clashes; clashed; clashing; raid; raids; raided; raiding; pounded; pounding; targeted; targeting; kill; kills; killed; killing; assassinate; assassinated; murder; murdered; occupy; occupies; occupied; occupying; annex; annexes; annexed; annexing; shot down; shoot down; shoots down; shooting down; destroy; destroys; destroyed; destroying; besiege; besieged; ambush; ambushed; fired; firing; capture; captures; captured; capturing; recapture; recaptured; seize; seizes; seized; seizing; overran; overrun; storm; stormed; storming; wound; wounds; wounded; wounding; injure; injures; injured; injuring; exchanged fire; exchange fire; exchanges fire; exchanging fire; traded fire; trade fire; trading fire; ram; rams; rammed; ramming
cue | conflict | en | noun | war; wars; warfare; hybrid war; hybrid warfare; hybrid campaign; hybrid attack; hybrid attacks; sabotage campaign; attack; attacks; attacker; attackers; assault; assaults; invasion; invasions; invader; invaders; incursion; incursions; offensive; offensives; counteroffensive; counter-offensive; strike; strikes; air strike; air strikes; airstrike; airstrikes; drone strike; drone strikes; missile strike; missile strikes; bombing; bombings; bombardment; shelling; fighting; battle; battles; combat; clashes; hostilities; aggression; aggressor; conflict; conflicts; military operation; military operations; special military operation; occupation; annexation; siege; raid; killing; killings; assassination; violence
# --- denial (denier -> claimant) ---
cue | denial | en | verb | deny; denies; denied; denying; reject; rejects; rejected; rejecting; dismiss; dismisses; dismissed; dismissing; refute; refutes; refuted; refuting; rebut; rebuts; rebutted; rebuff; rebuffs; rebuffed; repudiate; repudiates; repudiated; brushed off; brushed aside; brush off; brush aside; brushes off; shrugged off
# saying the other side has no evidence denies its claim ("India had produced not a shred of evidence")
cue | denial | en | noun | no evidence; not a shred of evidence; no proof; no credible evidence; no shred of evidence; denial; denials; rejection; rebuttal; hoax; fabrication; fabrications; fake news; nonsense; propaganda; disinformation; misinformation; smear; slander; falsehood; falsehoods
cue | denial | en | adj | baseless; unfounded; groundless; absurd; fabricated; untrue; fake; bogus; preposterous; ridiculous
# --- accusation (accuser -> accused) ---
cue | accusation | en | verb | accuse; accuses; accused; accusing; blame; blames; blamed; blaming; condemn; condemns; condemned; condemning; criticize; criticizes; criticized; criticizing; criticise; criticises; criticised; criticising; denounce; denounces; denounced; denouncing; allege; alleges; alleging; charge; charged; charging; indict; indicts; indicted; slam; slams; slammed; slamming; lambast; lambasts; lambasted; decry; decries; decried; castigate; castigated; rebuke; rebukes; rebuked; censure; censured; chastise; chastised; faulted; protest; protests; protested; protesting; lodged a protest; lodged a formal protest; lodges a protest; sue; sues; sued; suing; summon; summons; summoned; summoning; lodged a diplomatic protest; lodges a diplomatic protest; lodge a diplomatic protest; filed a diplomatic protest; lodged a protest with; lodged a formal protest with; lodges a protest with; lodge a protest with; lodged a diplomatic protest with; lodges a diplomatic protest with; lodged a strong protest with; filed a protest with; filed a diplomatic protest with; registered a protest with; lodged a complaint with; filed a complaint with; lodged a formal complaint with; lodged protests with; lodged several protests with; lodged repeated protests with; lodged strong protests with; lodged formal protests with; filed protests with; lodged a strong protest with; lodged an official protest with; lodged a complaint against; filed a complaint against
cue | accusation | en | verb | held; holds; hold; holding | responsible
# taking an actor to a court sues it ("has taken Venezuela to the International Court of Justice")
cue | accusation | en | verb | took; taken; take; takes; taking; hauled; haul; hauls; dragged; drag | court
cue | accusation | en | verb | took; taken; take; takes; taking; hauled; haul; hauls; dragged; drag | tribunal
cue | accusation | en | verb | took; taken; take; takes; taking; hauled; haul; hauls; dragged; drag | icj
# recalling an envoy from a state is a diplomatic protest against it ('from' at the phrase's end marks the state)
cue | accusation | en | verb | recalled its ambassador from; recalled its envoy from; recalled their ambassadors from; recalled their envoys from; recalled the ambassador from; recalled his ambassador from; recalled her ambassador from; recalls its ambassador from; recalls its envoy from; recalls their ambassadors from; recalls their envoys from; recalls the ambassador from; recalls his ambassador from; recalls her ambassador from; recall its ambassador from; recall its envoy from; recall their ambassadors from; recall their envoys from; recall the ambassador from; recall his ambassador from; recall her ambassador from; recalling its ambassador from; recalling its envoy from; recalling their ambassadors from; recalling their envoys from; recalling the ambassador from; recalling his ambassador from; recalling her ambassador from; withdrew its ambassador from; withdrew its envoy from; withdrew their ambassadors from; withdrew their envoys from; withdrew the ambassador from; withdrew his ambassador from; withdrew her ambassador from; withdraws its ambassador from; withdraws its envoy from; withdraws their ambassadors from; withdraws their envoys from; withdraws the ambassador from; withdraws his ambassador from; withdraws her ambassador from; withdraw its ambassador from; withdraw its envoy from; withdraw their ambassadors from; withdraw their envoys from; withdraw the ambassador from; withdraw his ambassador from; withdraw her ambassador from; withdrawn its ambassador from; withdrawn its envoy from; withdrawn their ambassadors from; withdrawn their envoys from; withdrawn the ambassador from; withdrawn his ambassador from; withdrawn her ambassador from; withdrawing its ambassador from; withdrawing its envoy from; withdrawing their ambassadors from; withdrawing their envoys from; withdrawing the ambassador from; withdrawing his ambassador from; withdrawing her ambassador from; pulled its ambassador from; pulled its envoy from; pulled their ambassadors from; pulled their envoys from; pulled the ambassador from; pulled his ambassador from; pulled her ambassador from
cue | accusation | en | noun | accusation; accusations; allegation; allegations; complaint; complaints; charge; charges; criticism; condemnation; denunciation; indictment; rebuke; blame; provocation; provocations; lawsuit; lawsuits; genocide case; case against
cue | accusation | en | adj | irresponsible; reckless; provocative; unacceptable; illegitimate; responsible; to blame; culpable
# CLASS qualify: words that accuse only as what a qualifying verb (report qualify, section 5) calls another actor's conduct:
# "called Russia's rhetoric dangerous", "described Israel's presence as a violation"; alone they draw nothing
cue | accusation | en | qualify | dangerous; destabilising; destabilizing; aggressive; hostile; unlawful; illegal; criminal; outrageous; violation; violations; breach; breaches; aggression; interference; provocation; crime; crimes; war crime; war crimes; terrorism; act of aggression; hostile act; hostile acts; unsafe; unprofessional; reckless; irresponsible; provocative; unacceptable; tyrant; dictator; aggressor; blackmail; corrupt; liar; liars; fascist; fascists; terrorist; terrorists; terrorist state; rogue state; genocide; genocidal; apartheid; traitor; traitors
# --- request (asker -> asked) ---
cue | request | en | verb | urge; urges; urged; urging; call on; calls on; called on; calling on; call upon; calls upon; called upon; calling upon; call for; calls for; called for; appeal; appeals; appealed; demand; demands; demanded; ask; asks; asked; asking; request; requests; requested; requesting; pressed; presses; plead; pleads; pleaded; pled; implore; implores; implored; ordered; sought; seeks; seek; seeking
cue | request | en | noun | appeal; appeals; request; requests; demand; demands; plea; pleas; behest; insistence
# taking a case to a court or body asks it to act ("took the case to the International Court of Justice", "filed a case at the ICJ")
cue | request | en | verb | took the case to; take the case to; takes the case to; taking the case to; brought the case to; bring the case to; brings the case to; brought the case before; took the dispute to; take the dispute to; filed a case with; filed a case at; filed a lawsuit at
# --- visit (visitor -> host) ---
cue | visit | en | verb | visit; visits; visited; visiting; travel; travels; travelled; traveled; travelling; traveling; tour; tours; toured; touring; arrive; arrives; arrived; arriving; landed in; lands in; flew to; flies to; fly to; flying to; flown to; flew on to; flies on to; travelled on to; traveled on to; went on to
# hosting: the subject is the host (receiver), the object the visitor
# CLASS meet: a meeting in a place of a state is a visit to it for everyone there who is not of that state ("met Xi in Beijing")
cue | visit | en | meet | met; meet; meets; held talks; holds talks; hold talks
cue | visit | en | verb-recv | host; hosts; hosted; hosting
cue | visit | en | noun | visit; visits; state visit; trip; trips; tour; travel; stopover; arrival
# --- represents: drawn from titles (section 1); no cue records ---
# --- sanction (sanctioner -> sanctioned) ---
cue | sanction | en | verb | revoke; revokes; revoked; revoking; sanction; sanctions; sanctioned; sanctioning; impose; imposes; imposed; imposing; slapped; blacklist; blacklists; blacklisted; ban; bans; banned; banning; barred; freeze; freezes; froze; frozen; boycott; boycotts; boycotted; boycotting; embargoed; expel; expels; expelled; expelling
cue | sanction | en | noun | expulsion; expulsions; sanction; sanctions; embargo; embargoes; arms embargo; travel ban; travel bans; visa ban; visa bans; entry ban; asset freeze; asset freezes; export ban; export bans; import ban; export controls; punitive measures; restrictive measures; penalties; blacklist; boycott
cue | sanction | en | verb | declared; declares; declare; declaring | grata
# designating or listing an actor as a terrorist organization sanctions it ("designated Viv Ansanm a foreign terrorist
# organization", "listed the group as a terror organisation"): the verb with "terrorist" or "terror" later in its clause
cue | sanction | en | verb | designated; designates; designate; designating; listed; lists; listing; proscribed; proscribes; proscribe; proscribing | terrorist
cue | sanction | en | verb | designated; designates; designate; designating; listed; lists; listing; proscribed; proscribes; proscribe; proscribing | terror
# CLASS reverse: stopping or cutting aid is a sanction (CAMEO 162, reduce or stop aid): with an aid noun in its clause the aid
# noun draws a sanction instead ("suspended military aid to Rwanda"); alone it draws nothing ("suspended talks")
cue | sanction | en | reverse | freeze; freezes; froze; frozen; freezing; suspend; suspends; suspended; suspending; suspension of; halt; halts; halted; halting; cut off; cuts off; cutting off; cut; cuts; cutting; slashed; slashes; withheld; withhold; withholds; withholding; stopped; stops; stop; stopping; ended; ends; paused; pauses; pausing; terminated; curtailed; scaled back; scales back; withdrew; withdraws; withdraw
# link: ties between states that a closing verb shuts ("closed its border with Belarus", "closed its airspace to Indian
# airlines", "suspended imports of Japanese seafood"): the one who closes it sanctions the actor named right after it.
# Diplomatic relations are left out: breaking them off is drawn as no sanction (the dev gold, mali-ukraine). The verbs
# (class verb) are stopping cues that stop a tie only: "geschlossen" also concludes an agreement, "abbrechen" talks.
link | en | noun | border; borders; frontier; crossing; crossings; airspace; imports; exports; trade; flights
# verbs of thanks: an aid noun after them ('thanked Washington for its support') is the thanked one's aid to the subject
thank | en | thank; thanked; thanking
link | en | verb | closes; closed; closing; shut; shuts; shutting; sealed; seals; seal; sever; severs; severed; severing; broke off; breaks off; break off; breaking off; broken off
cue | sanction | en | noun | sanctions list; sanctions lists; entity list; terrorist list; terror list; blacklist
# --- threat (threatener -> threatened) ---
cue | threat | en | verb | threaten; threatens; threatened; threatening; warn; warns; warned; warning; intimidate; intimidates; intimidated; blackmail; blackmailed; vowed to retaliate; vows to retaliate; vowed retaliation; vowed revenge; vows revenge; vowed to respond; vows to respond
cue | threat | en | noun | crushing response; crushing reply; crushing blow; harsh response; harsh reply; decisive response; befitting response; befitting reply; forceful response; devastating response; threat; threats; warning; warnings; ultimatum; ultimatums; intimidation; blackmail; countermeasures; counter-measures; retaliation; reprisal; reprisals; saber-rattling; sabre-rattling; retaliatory measures; resolute measures; decisive measures; firm measures; serious consequences; grave consequences; severe consequences; dire consequences; necessary measures; all necessary measures; appropriate measures; measures necessary

# ======================================================================
# 4. prep: prepositions that mark a role
# 'at' and 'in' are no targets but locations ("told reporters at the Pentagon").
# ======================================================================
prep | en | target | to; against; on; for; into; upon
prep | en | agent | by
prep | en | pair | between
prep | en | with | with; together with; along with
prep | en | source | from
# location and other prepositions (in, at, near / since, despite, toward, alongside ...) are in grammar.lex

# ======================================================================
# 5. report: reporting frames
# verb: the clause's subject (or the actor after the verb: "said Zelensky") is who asserts.
# 'states' and 'notes' are left out (plural nouns); 'claims' and 'reports' are claim nouns;
# 'called' is left out: the finder closes a frame clause after a report verb, which would cut
# "called on" (request) in two.
# marker: "according to X", "citing X". The reported-hedges reportedly, allegedly,
# purportedly, supposedly, alleged, suspected and "is said to" are markers too: they make an
# edge 'reported' (someone claims it) rather than 'possible'.
# claim: nouns that point back to the last claim and its source ("rejected those claims").
# ======================================================================
report | en | verb | said; says; say; saying; told; tells; tell; telling; stated; claimed; claiming; added; adds; reported; wrote; writes; announced; announces; insisted; insists; believes; believed; believe; thinks; noted; explained; stressed; stresses; emphasized; emphasised; underlined; argued; argues; asserted; asserts; confirmed; confirms; acknowledged; admitted; conceded; maintained; maintains; suggested; indicated; tweeted; described; replied; responded; commented; declared; contended
report | en | marker | according to; according to a report by; according to a report from; according to a report of; citing; as reported by
report | en | rumour | reportedly; allegedly; purportedly; supposedly; alleged; purported; suspected; is said to; are said to; was said to; were said to
report | en | claim | claim; claims; allegation; allegations; accusation; accusations; complaint; complaints; charge; charges; report; reports; assertion; assertions; suggestion; suggestions; rumours; rumors; speculation; criticism; findings; finding; conclusions; account; accounts; version; narrative; statements

# ======================================================================
# 6. negation
# 'without' is not listed: "attacked without warning" is no negated attack.
# "not only ... but" and "not just" do not negate: the finder must skip 'not' when 'only'
# or 'just' follows (a record cannot express that). Contractions are listed with both
# apostrophes in case the tokenizer keeps them whole; "n't" covers a split tokenizer.
# ======================================================================
negation | en | not; no; never; n't; n’t; neither; nor; none; nobody; nothing; cannot; didn't; doesn't; don't; won't; wouldn't; isn't; aren't; wasn't; weren't; hasn't; haven't; hadn't; can't; couldn't; shouldn't; didn’t; doesn’t; don’t; won’t; wouldn’t; isn’t; aren’t; wasn’t; weren’t; hasn’t; haven’t; hadn’t; can’t; couldn’t; shouldn’t

# ======================================================================
# 7. hedge: words that make an edge 'possible'
# Modal, conditional, question, fear, plan, offer and intention words: 'possible' (not stated
# as fact). Words that mean 'someone claims it' (reportedly, allegedly, alleged) are report
# markers (section 5) and mean 'reported'. 'may' is the modal; since hedges are compared
# lower-cased, the month ('signed in May') also matches unless the finder skips a capitalized
# 'May' inside a sentence (open). 'will' is not listed: announced future acts are stated acts.
# 'due to' is not listed (mostly 'because of').
# ======================================================================
hedge | en | may; might; could; would; should; possibly; perhaps; maybe; likely; unlikely; probably; potential; potentially; possible; possibility; if; unless; whether; in case; in the event; plan; plans; planned; planning; consider; considering; weighing; intend; intends; intended; intention; fear; fears; feared; fearing; concern; concerns; worry; worries; worried; risk; risks; risked; danger; expected; expects; proposal; proposed; propose; proposes; offered; offer; offers; seek; seeks; sought; want; wants; wanted; hope; hopes; hoped; apparently; seemingly; appears; seems; prepared to; ready to; willing to; hypothetical
# intent: the subject announces its own act; a hedge too, and an announced attack is a threat
# ('Houthi leaders vowed to keep attacking ships').
intent | en | vow; vows; vowed; vowing; swore; swear; swears; sworn
# summon: accusation cues that summon an envoy; the rebuke is for the envoy's state, also when the envoy is named.
summon | en | summon; summons; summoned; summoning

# ======================================================================
# 8. pronoun: pronouns that point back to the last person
# he/him/his/himself and she/her/hers/herself. 'they/their' are not person pronouns
# (they mostly stand for states or groups).
# ======================================================================
pronoun | en | person | he; him; his; himself; she; her; hers; herself

# ======================================================================
# 9. coref: phrases that point back to states and organizations
# pair: the last two states named together. 'both' alone is not listed ("both Russia and
# China" names them itself). state: descriptor nouns that, after a determiner and adjectives,
# point back to a state in context ("the secretive state", "the island"); descriptors are single
# words, adjectives before them are skipped ("the island nation" stops at "island"). Names such as
# "the Islamic Republic" or "the North" belong to the actor files.
# ======================================================================
coref | en | pair | both countries; the two countries; both nations; the two nations; both sides; the two sides; both governments; the two governments; both states; the two states; both allies; the two allies; both neighbours; both neighbors; the two neighbours; the two neighbors; the two powers; both powers; the two nuclear powers; both capitals; the two capitals; their countries; their two countries
coref | en | state | state; country; nation; regime; republic; island; kingdom; emirate; sultanate; dictatorship; monarchy; government; leadership; administration; junta; neighbour; neighbor; superpower; city-state; microstate; petrostate
# org: nouns that, after a determiner and adjectives, point back to the organization in context ("the group", "the militant group", "the UN nuclear watchdog", "the bloc"). Not alliance (also the alliance between two states), company/firm (mostly a new, unnamed firm), party
coref | en | org | group; militia; movement; outfit; organisation; organization; agency; watchdog; bloc; court; tribunal; newspaper

# ======================================================================
# 10. agreement: nouns naming an unnamed agreement
# The node id is built from the parties and the kind: agreement:prk-rus-defense-pact.
# Kinds are the same as in de.lex so that graphs of one event in both languages share ids:
# every defence pact or defence (cooperation) agreement is 'defense-pact'; a peace agreement
# is not a ceasefire; memoranda of understanding are 'mou'. Longest match wins
# ("defence cooperation agreement" over "agreement").
# Note: 'deal' is also a verb ("deal with"); the finder should take it as an agreement
# only after a determiner, adjective or name ("a deal", "the AUKUS deal").
# ======================================================================
agreement | en | defense pact; defence pact; defense pacts; defence pacts; mutual defense pact; mutual defence pact; mutual defense treaty; mutual defence treaty; mutual treaty; defense treaty; defence treaty; defense agreement; defence agreement; defense cooperation agreement; defence cooperation agreement; military pact; military agreement; mutual assistance treaty; mutual assistance pact; defense accord; defence accord | defense-pact
agreement | en | status of forces agreement; status-of-forces agreement; SOFA; visiting forces agreement; reciprocal access agreement | forces-agreement
agreement | en | security agreement; security agreements; security pact; security pacts; security treaty; security deal; security guarantees; security accord; security framework; security cooperation framework | security-agreement
agreement | en | partnership treaty; partnership agreement; strategic partnership treaty; strategic partnership agreement; comprehensive strategic partnership treaty; comprehensive strategic partnership agreement | partnership-treaty
agreement | en | friendship treaty; treaty of friendship | friendship-treaty
agreement | en | non-aggression pact; nonaggression pact | non-aggression-pact
agreement | en | ceasefire; ceasefires; cease-fire; truce; truces; armistice; ceasefire agreement; ceasefire deal; truce deal | ceasefire
agreement | en | peace agreement; peace deal; peace treaty; peace accord; peace accords | peace-agreement
agreement | en | memorandum of understanding; memoranda of understanding; MoU; MOU; MoUs; MOUs; memorandum | mou
agreement | en | trade agreement; trade deal; free trade agreement; free-trade agreement; trade pact; FTA | trade-agreement
agreement | en | nuclear deal; nuclear agreement; nuclear accord | nuclear-deal
agreement | en | arms deal; arms deals; weapons deal | arms-deal
agreement | en | arms control treaty; arms-control treaty; arms control agreement; disarmament treaty | arms-control-treaty
agreement | en | association agreement | association-agreement
agreement | en | grain deal; grain agreement | grain-deal
agreement | en | cooperation agreement; co-operation agreement; cooperation framework | cooperation-agreement
agreement | en | framework agreement | framework-agreement
agreement | en | declaration of principles; declarations of principles | declaration-of-principles
agreement | en | pact; pacts | pact
agreement | en | treaty; treaties | treaty
agreement | en | agreement; agreements; accord; accords; compact; compacts | agreement
agreement | en | deal; deals | deal
# kind 'named': an agreement only with a name before or after it ("the Jeddah Declaration", "die Charta von Liptako-Gourma"); alone no agreement
agreement | en | declaration; declarations; charter; consensus; protocol; convention; covenant; framework | named

# ======================================================================
# 11. boilerplate: whole lines of web clutter (case-insensitive)
# Each regex must match the whole line (the loader anchors it); the rest of the line after the
# second '|' is the regex, so alternatives with '|' are fine. Every pattern applies to every
# article, whatever its language. One-word category lines ('World', 'Ukraine') are left to
# the code. A "Related: headline" or "RELATED: headline" line is a teaser and caught; the
# teaser lines under a bare "Read more" header are not (the article often goes on after them).
# Photo captions without a "Photo:" label are caught when they end in a "Name Name/Agency"
# credit after a full stop.
# boilerplate-end: a line after which the rest of the page is clutter: headers that open a
# comment form or a closing "Related articles/stories/coverage" block. "Read more" and
# "Related: ..." do not end the article, nor does a bare "Comments" or "4 comments" (also a
# link or counter at the top of a page).
# ======================================================================
boilerplate | en | Advertisement.*
boilerplate | en | Sponsored.*
boilerplate | en | Story continues below.*
boilerplate | en | Continue reading.*
boilerplate-box | en | Related:?
boilerplate | en | Related:.*
boilerplate | en | Related\s+\S+\s+\S+\s+[^.!?]*[^.!?"”’]
boilerplate-box | en | (Read more|Read next|Read also|Also read|See also|More stories|Further reading|Related (stories|articles|coverage|content)):?
boilerplate | en | Read (more|next):?.*
boilerplate | en | More (on this story|on this topic|stories):?
boilerplate-box | en | (Most read|Most popular|Top stories):?
boilerplate | en | Recommended( for you)?:?
boilerplate | en | You (may|might) also like:?
boilerplate | en | (Also read|See also):.*
boilerplate | en | Share( this)?( article)?( story)?:?
boilerplate | en | Share:.*
boilerplate | en | Share on .*
boilerplate | en | (Facebook|Twitter|X|WhatsApp|LinkedIn|Reddit|Bluesky|Telegram|Flipboard|Pinterest|E-?mail|Print|Copy link)
boilerplate | en | Your email address will not be published.*
boilerplate | en | Required fields are marked.*
boilerplate | en | (Post comment|Submit)
boilerplate | en | Comments?\s*(\(\d+\))?
boilerplate | en | \d+ comments?
boilerplate | en | Be respectful\..*
boilerplate | en | Comments are moderated.*
boilerplate | en | .*\b\d+ (hours?|minutes?|days?) ago
boilerplate | en | (Back to top|Scroll to top|Top of page)\W*
boilerplate | en | Skip to (main )?content
boilerplate | en | (Home|Menu|Search|Close)
# a byline: the author is no actor (two to four words and no full stop: "By the end of the year, …" is a sentence)
boilerplate | en | By [\w'’-]+( [\w'’-]+){1,3}((,| and) [^.]*)?( [·|•] .*)?
# a wire service's credit line: "(Reporting by Hannah Whitfield; Editing by Sonia Kerr)"; its names are no actors
boilerplate | en | \(?(Additional )?(Reporting|Writing|Editing|Compiled) by [^.]*\)?
# a section link alone on its line (navigation of the page), never a sentence of an article
boilerplate | en | (Sections|World|Europe|Asia|Africa|Americas|Middle East|Politics|Business|Opinion|Sport|Sports|Culture|Science|Technology)
boilerplate | en | Sign up\b.*newsletter.*
boilerplate | en | Newsletter
boilerplate | en | Subscribe\b.*
boilerplate | en | (Sign in|Log in|Register)
boilerplate | en | We use cookies.*
boilerplate | en | .*\buse cookies\b.*
boilerplate | en | Accept( all)?( cookies)?
boilerplate | en | Reject all
boilerplate | en | Customi[sz]e
boilerplate | en | Manage (cookies|preferences)
boilerplate | en | Cookie (settings|policy|preferences)
boilerplate | en | (Privacy|Privacy Policy|Terms of Use|Terms (&|and) Conditions|Accessibility|Contact|Contact Us|About|About Us)
boilerplate | en | .*\bCode of Conduct
boilerplate | en | (Photo|Image|Credit|Picture|Photograph): .*
boilerplate | en | Sources?:(\s*[\w.&/'-]+,?){0,3}
boilerplate | en | (.* via )?Getty Images
boilerplate | en | .*\.\s+[\w.'-]+( [\w.'-]+){0,3}/[\w '&-]+
boilerplate | en | All rights reserved.*
boilerplate | en | ©.*
boilerplate | en | \(c\) .*
boilerplate | en | Copyright (\d|©).*
boilerplate | en | (Additional )?[Rr]eporting by .*
boilerplate | en | (Editing|Writing|Compiled) by .*
boilerplate | en | Follow us on .*
boilerplate | en | Follow .* on (Twitter|X)\b.*
boilerplate | en | (Click|Tap) here( to .*)?\W*
boilerplate | en | \(?(Reuters|AP|AFP)\)?
boilerplate | en | https?://\S+
boilerplate | en | www\.\S+
boilerplate | en | [a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,6}(/\S*)?
boilerplate | en | .*\bPublished:? \w+ \d{1,2}, \d{4}.*
boilerplate | en | (Last )?Updated:? (on )?(at )?\d.*
boilerplate | en | (Last )?Updated:? (on )?[a-z]+\.? \d{1,2},? \d{4}.*
boilerplate | en | \d+ min(ute)? read
boilerplate | en | [^.!?]*›[^.!?]*
boilerplate | en | »\s*[\w&-]+( [\w&-]+){0,2}
boilerplate | en | [\w &-]{1,30} \| [\w &-]{1,30}( \| [\w &-]{1,30})*
boilerplate-end | en | Related (articles|stories|coverage|content):?
boilerplate-end | en | Leave a (comment|reply).*
boilerplate-end | en | Join the conversation.*

# ======================================================================
# 12. function: capitalized words that never begin a name
# Sentence-initial function words, weekdays and months (with their news abbreviations).
# 'May' and 'March' are months here (the modal and the verb are lower case mid-sentence).
# Left out because they are also names or abbreviations of names: Will, Mark, Bill, Grant,
# Rose, Frank, Major, Per, Jan, Jun, and Us (function words are compared lower-cased, so
# 'Us' would also block 'US').
# ======================================================================
function | en | The; A; An; This; That; These; Those; It; Its; He; She; They; We; I; You; His; Her; Their; Our; My; Your; Them
function | en | In; On; At; By; For; From; To; With; Without; Of; Into; Over; Under; After; Before; During; Since; Until; Amid; Among; Between; Despite; Against; Through; Across; About; Around; Following; According; As; Within; Beyond; Toward; Towards; Upon; Via; Unlike; Like; Above; Below; Behind; Near; Outside; Inside
function | en | And; But; Or; Nor; So; Yet; If; When; While; Where; Why; How; What; Which; Who; Whose; Whom; Although; Though; Because; Once; Whether; Unless
function | en | However; Meanwhile; Moreover; Furthermore; Also; Still; Now; Then; Later; Earlier; Today; Yesterday; Tomorrow; Last; Next; Both; Each; Every; All; Some; Many; Several; Most; More; Few; Other; Another; Such; No; Not; Never; Only; Even; Just; Already; Instead; Indeed; Nevertheless; Nonetheless; Thus; Therefore; Hence; Otherwise; Finally; First; Second; Third; Separately; Elsewhere; Overnight; Here; There; Recently; Previously; Currently; Reportedly; Allegedly; Speaking; Asked; Neither; Either; Any; None
function | en | One; Two; Three; Four; Five; Six; Seven; Eight; Nine; Ten; Hundreds; Thousands; Dozens; Millions; Billions
function | en | Monday; Tuesday; Wednesday; Thursday; Friday; Saturday; Sunday
function | en | January; February; March; April; May; June; July; August; September; October; November; December; Feb; Mar; Apr; Jul; Aug; Sep; Sept; Oct; Nov; Dec
# places by their kind: a given name before them is no person ("Second Thomas Shoal", "Prince Edward Island")
function | en | Shoal; Shoals; Reef; Reefs; Island; Islands; Isle; Sea; Strait; Straits; Bay; Gulf; River; Lake; Mountains; Valley; Province; Airport; Dam; Canal; Peninsula; Square; Street; Bridge; Base; Port; Harbour; Harbor; Crossing
