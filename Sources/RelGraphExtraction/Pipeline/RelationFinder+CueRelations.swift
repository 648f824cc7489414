import RelGraph

// The relations one cue gives in its clause: source and target chosen from the clause's arguments by the cue's type and roles.
extension RelationFinder.Finder {
    func relationsFor(cue: Cue, type: EdgeType, args: inout [Argument], clause c: Clause, inherited: [Argument],
                      passive: Bool, sentence s: Sentence, clauses: [Clause], clauseIndex: Int) -> [Relation] {
        // (built for each relation made, not for every cue: most cues make none)
        var rule: String { cue.entry.cueClass.rawValue + ":" + cue.entry.form }
        let isNoun = cue.entry.cueClass == .noun || cue.entry.cueClass == .adj || cue.entry.cueClass == .theme
        let cueEnd = cue.token + cue.length
        func rel(_ src: String, _ dst: String) -> Relation {
            Relation(type: type, source: src, target: dst, sentence: s.index, rule: rule)
        }
        let internalWar = type == .conflict && isInternalWarForm(cue.entry.form)
        // (no side of it but those named against each other: "der Bürgerkrieg zwischen Armee und RSF")
        if internalWar && cue.entry.cueClass == .noun && !args.contains(where: { $0.role == .prep(.pair) || ["gegen", "against"].contains($0.prepWord ?? "") }) { return [] }
        // (all arguments usable, the most common case: the array shared, no Argument copied)
        func usableArg(_ a: Argument) -> Bool {
            // "Ukraine-Krieg": only its own cue; "UN-Ermittler", "EU-Kommission": the actor itself
            // ("Der US-Botschafter forderte …" without a name: the office's state acts)
            // ("rief seinen Botschafter aus Algier zurück": the pronoun inside the cue phrase is the phrase's own)
            if cue.length > 1, a.start >= cue.token, a.start < cueEnd, a.mention.form.isPronounLike { return false }
            // ("a member of the Russia-led Eurasian Economic Union": who leads the body named right after is no argument of it)
            if a.mention.form == .compoundPart, a.start != cue.token, toks[a.start].lower.hasSuffix("-led"), mentionTokens.contains(a.end) { return false }
            if a.mention.form == .compoundPart { return a.start == cue.token || (cueEntries(toks[a.start], at: a.start).isEmpty && (!isTitleCompound(toks[a.start]) || a.mention.inTitle && a.mentionIndex >= 0 && isBareTitleState(a.mentionIndex))) }
            // "der sudanesische Bürgerkrieg", "Syria's civil war": the state on a civil war is where it is fought, no side
            if internalWar, a.end <= cue.token, a.end >= cue.token - 2, a.mention.form == .adjective || a.isPossessor { return false }
            return true
        }
        // (asked by index: `allSatisfy` copies every Argument it passes to the test)
        var usable = args.indices.allSatisfy { usableArg(args[$0]) } ? args : args.filter(usableArg)
        // "lodged a protest with China": a preposition that ends a cue phrase marks the cue's object
        if cue.length > 1, toks[cueEnd - 1].isWord, isA(cueEnd - 1, .preposition),
           let k = usable.firstIndex(where: { $0.start >= cueEnd && $0.start <= cueEnd + 2 && $0.prepWord == toks[cueEnd - 1].lower }) {
            let g = usable[k].group
            for j in usable.indices where usable[j].group == g && usable[j].prepWord == toks[cueEnd - 1].lower { usable[j].role = .plain }
        }

        // "has taken Venezuela to the International Court of Justice": the one taken to a court (the lexicon's court words on a
        // verb of taking) is the actor between the verb and "to", never the court ("took the dispute to the ICJ": nobody)
        if type == .accusation, let w = cue.entry.particle, RelationFinder.courtWords.contains(w), doc.language == .en {
            guard let to = (cueEnd..<c.tokens.upperBound).first(where: { toks[$0].lower == "to" }),
                  let t = usable.first(where: { $0.start >= cueEnd && $0.end <= to && $0.isPlain && !$0.mention.form.isPronounLike }) else { return [] }
            let own = subjectGroup(usable.filter { $0.isPlain && $0.end <= cue.token })
            let subject = own.isEmpty ? inherited : own
            return RelationFinder.uniqueSorted(subject.map(\.actor)).filter { $0 != t.actor }.map { rel($0, t.actor) }
        }
        // "Ties between Moscow and Tehran have grown closer since the war began": a pair after another
        // noun is that noun's, not the later noun cue's
        if isNoun, let p = usable.first(where: { $0.role == .prep(.pair) }), p.start < cue.token, pairBelongsToOtherNoun(p, type, c) {
            usable.removeAll { $0.group == p.group }
        }

        // Pairs: "zwischen A und B", "between A and B".
        if let pairStart = usable.firstIndex(where: { $0.role == .prep(.pair) }) {
            let g = usable[pairStart].group
            var members = usable.filter { $0.group == g }.map(\.actor)
            // "between the SDF and the Turkish-backed Syrian National Army": the first actor after "and"
            if Set(members).count < 2, let and = (usable[pairStart].end..<c.tokens.upperBound).first(where: { isA($0, .coordinator) }),
               let second = usable.first(where: { $0.start > and && $0.mention.form != .compoundPart && $0.actor != usable[pairStart].actor }) {
                members.append(second.actor)
            }
            let uniq = Array(Set(members)).sorted()
            if type == .partyTo, let agr = agreementArg(usable, c) {
                return uniq.map { rel($0, agr) }
            }
            if uniq.count >= 2 && (type == .alliance || type == .conflict) { return [rel(uniq[0], uniq[1])] }
        }

        // party_to: parties are the subject group (or the pair), the agreement the one named near.
        // A noun alone ("the deal") makes nobody a party: it takes a verb (sign, conclude, join) or "with".
        if type == .partyTo {
            // (an agreement named before stands in only when the verb's object is no new thing: "vereinbarte eine
            // engere Abstimmung" agrees on something else)
            let newObject = (cueEnd..<min(cueEnd + 2, c.tokens.upperBound)).contains { RelationFinder.indefiniteArticles.contains(toks[$0].lower) }
            guard let agr = agreementArg(usable, c) ?? (newObject ? nil : recentAgreement(before: cue.token, sentence: s)) else { return [] }
            var parties: [String]
            if isNoun {
                let with = usable.filter { $0.role == .prep(.with) }
                var owner = usable.filter { $0.isPossessor && $0.end <= cue.token }
                // "das Verteidigungsabkommen Japans mit den USA", "den Sicherheitsvertrag beider Länder": in German a
                // genitive right after the noun owns it too
                var genitiveOwners: [String] = []
                if doc.language == .de, let first = usable.first(where: { $0.start == cueEnd && !$0.actor.hasPrefix("agreement:") }),
                   first.isPossessor || first.mention.form == .coreference && RelationFinder.genitivePairWords.contains(toks[first.start].lower) {
                    let group = usable.filter { $0.group == first.group && !$0.actor.hasPrefix("agreement:") }
                    owner += group
                    genitiveOwners = RelationFinder.uniqueSorted(group.map(\.actor))
                }
                // "the US-Taliban agreement", "das russisch-nordkoreanische Abkommen": the actors named on the noun
                var named = Set(usable.filter { a in
                    !a.actor.hasPrefix("agreement:") && a.end <= cue.token && a.start >= cue.token - 5
                        && (a.mention.form == .compoundPart || a.mention.form == .adjective || a.isPossessor)
                        && (a.end..<cue.token).allSatisfy { k in toks[k].text == "-" || mentionTokens.contains(k) || isA(k, .determiner) || (toks[k].isWord && !toks[k].isCapitalized && doc.language == .en) || isA(k, .adjectiveEnding) && !toks[k].isCapitalized }
                }.map(\.actor))
                // "Russia and North Korea's mutual defence treaty": the possessor's whole coordination
                if let owner = usable.last(where: { $0.isPossessor && named.contains($0.actor) && $0.end <= cue.token }) {
                    named.formUnion(usable.filter { $0.group == owner.group && !$0.actor.hasPrefix("agreement:") }.map(\.actor))
                }
                // "Iran is a signatory to the NPT", "Der Iran ist Vertragsstaat des …", "Russia's ratification of …":
                // a noun that names a party, not the agreement, takes the subject before it, its possessor or its agent
                let namesParty = !(mentionsBySentence[s.index] ?? []).contains { mentions[$0].actor.hasPrefix("agreement:") && mentions[$0].tokens.contains(cue.token) }
                // "restored ties under a deal brokered by China", "Unter dem Abkommen …": who acts under an agreement is bound by it
                let under = usable.contains { $0.actor == agr && ["under", "unter"].contains($0.prepWord ?? "") }
                if named.count >= 2 {
                    parties = named.sorted()
                } else if genitiveOwners.count >= 2 && !namesParty {
                    // "den Sicherheitsvertrag beider Länder": the owners are the parties (with one named with "mit": "das
                    // Abkommen der beiden Nachbarn mit der EU")
                    parties = RelationFinder.uniqueSorted(genitiveOwners + with.map(\.actor).filter { !$0.hasPrefix("agreement:") })
                } else if namesParty || under {
                    let before = usable.filter { !$0.actor.hasPrefix("agreement:") && $0.end <= cue.token }
                    let subject = subjectGroup(before.filter(\.isPlain))
                    let agent = usable.filter { $0.role == .prep(.agent) && $0.start > cue.token }
                    parties = (under ? subject : owner.isEmpty ? (subject.isEmpty ? agent : subject) : owner).map(\.actor)
                    if parties.isEmpty && under { parties = inherited.map(\.actor) }
                    guard !parties.isEmpty else { return [] }
                } else if owner.isEmpty, !with.isEmpty, let subject = possessingSubject(usable, cue: cue, clause: c) {
                    // "Egypt has a defence agreement with Sudan", "Ägypten hat ein Abkommen mit dem Sudan"
                    parties = (subject + with).map(\.actor)
                } else {
                    guard !with.isEmpty, !owner.isEmpty else { return [] }
                    parties = (owner + with).map(\.actor)
                }
            } else {
                var agent = passive ? usable.filter { $0.role == .prep(.agent) } : []
                // "the agreement signed by Poland and Lithuania", "das von Polen und Litauen unterzeichnete Abkommen": a
                // participle on the agreement's noun names its parties in its agent
                if !passive, let a = usable.first(where: { $0.actor == agr }),
                   doc.language == .en ? a.end == cue.token && cueEnd < c.tokens.upperBound && toks[cueEnd].lower == "by" : a.start == cueEnd {
                    let by = usable.filter { $0.role == .prep(.agent) && !$0.actor.hasPrefix("agreement:") && (doc.language == .en ? $0.start > cue.token : $0.end <= cue.token) }
                    if let f = doc.language == .en ? by.first : by.last { agent = by.filter { $0.group == f.group } }
                }
                let candidates = usable.filter { !$0.actor.hasPrefix("agreement:") }
                var subject = subjectGroup(candidates)
                if doc.language == .en, let near = candidates.filter(\.isPlain).last(where: { $0.end <= cue.token }) {
                    subject = candidates.filter { $0.group == near.group }
                }
                // ("before it is ratified", "could still be signed next year": the cue's own passive without its agent
                // names no party, neither in its clause nor before)
                let ownPassive = passive && (doc.language == .de || cue.token > c.tokens.lowerBound && isA(cue.token - 1, .passiveAux))
                parties = agent.isEmpty ? (ownPassive ? [] : subject.map(\.actor)) : agent.map(\.actor)
                if parties.isEmpty && !(ownPassive && agent.isEmpty) { parties = inherited.map(\.actor) }
                // "signed an agreement with Manila": the other party
                parties += usable.filter { $0.role == .prep(.with) && !$0.actor.hasPrefix("agreement:") }.map(\.actor)
            }
            // people sign for their state
            // (a leader the lexicon knows signs for the state it names, when the article names that state too;
            // a signer whose state is unknown is the party)
            // (the person signs too: "Rubio and de la Fuente signed")
            parties += parties.compactMap { p in
                guard p.hasPrefix("person:") else { return nil }
                if let st = personState[p] { return st }
                if let st = lexicon.affiliations[p]?.actor, st.hasPrefix("state:"), mentions.contains(where: { $0.actor == st }) { return st }
                return nil
            }
            return Array(Set(parties)).sorted().map { rel($0, agr) }
        }

        // Source.
        var source: [Argument] = []
        var target: [Argument] = []
        let plain = usable.filter { $0.isPlain && !$0.actor.hasPrefix("agreement:") }

        // "Die malische Armee rückte vor, unterstützt von russischen Söldnern", "Malian troops, backed by Russian mercenaries,
        // advanced": a clause that opens with an aid verb's participle and its agent, with no auxiliary, describes the
        // subject of the clause before it, which the agent aids
        if RelationFinder.aidTypeSet.contains(type), cue.entry.cueClass == .verb, clauseIndex > 0, c.opener == nil,
           c.tokens.first(where: { toks[$0].isWord }) == cue.token, cue.length == 1,
           doc.language == .de || toks[cue.token].lower.hasSuffix("ed"),
           !c.tokens.contains(where: { isA($0, [.verbMarker, .passiveAux]) }),
           let agent = usable.first(where: { a in
               a.start > cue.token && !a.mention.form.isPronounLike && !a.actor.hasPrefix("agreement:")
                   && (a.role == .prep(.agent) || a.isPlain && cueEnd < a.start && ["von", "by"].contains(toks[cueEnd].lower)
                       && (cueEnd + 1..<a.start).allSatisfy { toks[$0].isWord && (isA($0, .determiner) || toks[$0].isCapitalized || !isA($0, .preposition) && !mentionTokens.contains($0)) })
           }) {
            let all = argumentsOfClause(clauseIndex - 1, clauses)
            let before = all.filter { $0.isPlain && !$0.mention.form.isPronounLike && !$0.actor.hasPrefix("agreement:") }
            var aided = subjectGroup(before)
            // ("Congo accused the M23 rebels, backed by Rwanda,", "fought the RSF, backed by the UAE": an actor right before the
            // comma, over a few lower-case nouns, is the one described; one in a place or a nationality names nobody aided:
            // "struck the Houthis in Yemen, backed by Iran", "struck Iraqi militias, backed by Iran")
            let comma = c.tokens.lowerBound - 1
            if let near = all.last(where: { a in
                // (over a German verb's particle that closes the clause: "griff die Huthi im Jemen an, …")
                a.end <= comma && a.end >= comma - 3 && (a.end..<comma).allSatisfy { k in
                    toks[k].isWord && !toks[k].isCapitalized && !isA(k, [.coordinator, .determiner])
                        && (!isA(k, .preposition) || doc.language == .de && k == comma - 1)
                }
            }), !aided.contains(where: { $0.group == near.group }) {
                aided = near.isPlain && near.mention.form != .adjective && !near.mention.isLocative && !near.isPossessor
                    ? all.filter { $0.group == near.group } : []
            }
            let agents = usable.filter { $0.group == agent.group && $0.start > cue.token }.map(\.actor)
            if !aided.isEmpty {
                return RelationFinder.uniqueSorted(agents).flatMap { a in aided.filter { $0.actor != a }.map { rel(a, $0.actor) } }
            }
        }
        // "authorities in the east backed by the LNA": a participle with its agent and no auxiliary
        // describes the noun before it; with no actor there, there is no relation
        if doc.language == .en, cue.entry.cueClass == .verb, !passive, toks[cue.token].lower.hasSuffix("ed"), cueEnd < c.tokens.upperBound,
           toks[cueEnd].lower == "by", !(c.tokens.lowerBound..<cue.token).contains(where: { isA($0, .passiveAux) }) {
            let agent = usable.filter { $0.role == .prep(.agent) && $0.start > cue.token }
            guard let first = agent.first, let head = usable.last(where: { $0.end == cue.token && !$0.isPossessor }) else { return [] }
            return usable.filter { $0.group == first.group && $0.role == .prep(.agent) }.map(\.actor).filter { $0 != head.actor }.map { rel($0, head.actor) }
        }
        // ("Prabowo, who met Putin in the Kremlin": the relative clause's antecedent meets too)
        if cue.entry.cueClass == .meet {
            return meetingVisits(usable + inherited.filter { i in !usable.contains { $0.actor == i.actor } }, cue: cue, sentence: s)
        }
        if cue.entry.cueClass == .agent {
            // "Die USA sind Israels wichtigster Waffenlieferant", "Russia remains Syria's main backer"
            return copulaRelations(usable, plain: plain, cue: cue, appositions: c.appositions.filter { !$0.namesHead }.map(\.range), rel: rel)
        }
        // "des Militärbündnisses OVKS", "the military alliance NATO": an alliance noun right before an organization's name
        // names that organization; it ties no one
        if type == .alliance, isNoun, cueEnd < c.tokens.upperBound, !mentionTokens.contains(cue.token),
           usable.contains(where: { $0.start == cueEnd && $0.actor.hasPrefix("org:") && $0.mention.form == .name }) {
            return []
        }
        if type == .request && isNoun, let r = atRequest(usable, cue: cue, clause: c, passive: passive, rel: rel) {
            return r
        }
        if type == .alliance && cue.entry.cueClass == .noun, let r = regardedAlly(usable, plain: plain, cue: cue, clause: c, rel: rel) {
            return r
        }
        // "Hungary remains Moscow's closest partner": an alliance noun over a copula, like an agent noun
        if type == .alliance && cue.entry.cueClass == .noun,
           // (German also after the noun, as a genitive: "einer der Verbündeten Taiwans", "einer der Partner der USA")
           agentNounTarget(usable, cue: cue).allSatisfy({ $0.isPossessor && $0.end <= cue.token
               || doc.language == .de && $0.phraseStart == cueEnd && ($0.isPossessor || $0.role == .plain && ["der", "des"].contains(toks[cueEnd].lower)) }) {
            let r = copulaRelations(usable, plain: plain, cue: cue, rel: rel)
            if !r.isEmpty { return r }
        }
        if isNoun && type == .sanction {
            // "setzte X auf ihre Sanktionsliste", "belegte X mit Sanktionen", "put X on its blacklist":
            // the noun is a prepositional complement; the subject sanctions the object before it
            var k = cue.token - 1
            while k > c.tokens.lowerBound && (isA(k, [.determiner, .nounMarker])
                                              || (toks[k].isWord && !toks[k].isCapitalized && !isA(k, [.preposition, .coordinator]))) { k -= 1 }
            let subject = subjectGroup(plain)
            if k > c.tokens.lowerBound, let r = words.preps[toks[k].lower], r != .agent, r != .source, let first = subject.first,
               let obj = plain.last(where: { $0.end <= k && $0.group != first.group }), obj.start > first.end {
                source = subject
                target = plain.filter { $0.group == obj.group }
            }
        }
        if isNoun && type == .accusation && doc.language == .de && target.isEmpty,
           !cues(c).contains(where: { $0.entry.cueClass == .verb || $0.entry.cueClass == .verbRecv }) {
            // "Belize hat Guatemala eine Protestnote übermittelt", "Moskau machte Kiew schwere Vorwürfe": an accusation noun
            // as the object of a verb that is no cue, the dative actor before it (after the subject) accused, the subject accusing
            let subject = subjectGroup(plain)
            if let first = subject.first, first.end <= cue.token,
               let obj = plain.last(where: { $0.end <= cue.token && $0.group != first.group && $0.start > first.end }),
               // (between them a title on the actor, "dem russischen Botschafter", time words, "am Montag", adjectives, an
               // indefinite article)
               (obj.end..<cue.token).allSatisfy({ k in
                   toks[k].isWord && !isA(k, .coordinator) && !mentionTokens.contains(k)
                       && (!toks[k].isCapitalized || isA(k, .titleStart) || words.functionWords.contains(toks[k].lower))
                       && (!isA(k, .preposition) || k + 1 < cue.token && words.functionWords.contains(toks[k + 1].lower))
                       && (!isA(k, .determiner) || RelationFinder.indefiniteArticles.contains(toks[k].lower))
               }) {
                // (made here: the noun's possessor step below would take the dative before it for the noun's owner)
                let accused = RelationFinder.uniqueSorted(plain.filter { $0.group == obj.group }.map(\.actor))
                return RelationFinder.uniqueSorted(subject.map(\.actor)).flatMap { a in accused.filter { $0 != a }.map { rel(a, $0) } }
            }
        }
        if isNoun, RelationFinder.aidTypeSet.contains(type), !words.thankVerbs.isEmpty, let r = thankedAid(cue: cue, usable: usable, inherited: inherited, clause: c, rel: rel) {
            return r
        }
        if isNoun, !passive, RelationFinder.aidTypes.contains(type), let r = withAid(cue: cue, type: type, usable: usable, plain: plain, clause: c, inherited: inherited, rule: rule, sentence: s) {
            return r
        }
        var memberIn = false
        if isNoun && !(type == .sanction && !source.isEmpty) {
            // "EU-Hilfen für die Ukraine", "US-Militärhilfe für Israel", "EU-Sanktionen gegen Russland": the compound names the giver
            if RelationFinder.givingTypes.contains(type),
               let giver = usable.first(where: { $0.start == cue.token && $0.mention.form == .compoundPart }),
               usable.contains(where: { $0.start > cue.token && isTargetRole($0.role, type, prepWord: $0.prepWord) }) {
                source = [giver]
            }
            // possessor or adjective right before the noun: "Moskaus Krieg", "Russia's invasion", "russische Invasion"
            // ("treaty allies": an agreement before the noun is no side of it)
            // (a plain actor before an article is the clause's, not the noun's: "die Türkei den Nato-Beitritt")
            if source.isEmpty || source.first?.start != cue.token,
               let pos = usable.last(where: { $0.end <= cue.token && onlyModifiers(between: $0.end, and: cue.token) }), !pos.actor.hasPrefix("agreement:"),
               !(pos.isPlain && pos.mention.form != .adjective && doc.language == .de && (pos.end..<cue.token).contains(where: { isA($0, .determiner) })),
               pos.role == .plain || pos.isPossessor || pos.modifiesCue || pos.mention.form == .compoundPart {
                if pos.mention.form == .compoundPart {
                    target = [pos]
                } else if pos.isPlain {
                    source = usable.filter { $0.group == pos.group }
                } else {
                    source = [pos]
                }
            }
            // "ist seit 2023 Nato-Mitglied", "Russlands Ukraine-Krieg": the actor in the cue compound is its target
            if target.isEmpty, cue.entry.cueClass == .noun, source.allSatisfy({ $0.start != cue.token }),
               let own = usable.first(where: { $0.start == cue.token && $0.mention.form == .compoundPart }) {
                target = [own]
            }
            // nationality on the troops or arms: "nordkoreanische Soldaten"
            if (type == .militarySupport || type == .armsSupply), source.isEmpty,
               let nat = usable.first(where: { $0.mention.form == .adjective && $0.end == cue.token }) {
                source = [nat]
            }
            // genitive after the noun: "Waffenlieferungen Irans an Russland" (source) / "Unterstützung der Armee" (target)
            let after = usable.first { $0.phraseStart == cueEnd && $0.role == .plain }
                // "beim Besuch des chinesischen Außenministers Wang Yi in Neu-Delhi": the visitor in the genitive behind a title
                ?? (type == .visit && doc.language == .de ? usable.first { a in
                    a.actor.hasPrefix("person:") && a.start > cueEnd && a.start <= cueEnd + 4 && (a.role == .plain || a.role == .prep(.other))
                        && (cueEnd..<a.start).allSatisfy { k in isA(k, .determiner) || isTitleCompound(toks[k]) || toks[k].isWord && !toks[k].isCapitalized }
                } : nil)
            let markedTarget = usable.first { $0.start > cue.token && isTargetRole($0.role, type, prepWord: $0.prepWord) && !attachedToOtherCue($0, type, c, except: cue.token) }
            // "sicherte der Ukraine die Unterstützung Deutschlands zu", "sicherte Armenien die Unterstützung der EU zu": with the
            // one helped named before the noun (the verb's object), the genitive after an aid noun is the giver
            if let a = after, doc.language == .de, RelationFinder.aidTypes.contains(type), source.isEmpty, target.isEmpty,
               let subj = subjectGroup(plain).first, subj.end <= cue.token,
               let recv = plain.last(where: { $0.group != subj.group && $0.start > subj.end && $0.end <= cue.token && $0.group != a.group }) {
                source = usable.filter { $0.group == a.group }
                target = plain.filter { $0.group == recv.group }
            }
            if let a = after, !(doc.language == .de && !source.isEmpty && source.first?.group == a.group) {
                if type == .alliance && source.isEmpty && doc.language == .de && !a.actor.hasPrefix("org:") && !usable.contains(where: { $0.group == a.group && $0.actor != a.actor }) {
                    // "den Nato-Beitritt Schwedens", "für einen Beitritt der Ukraine", "die Allianz Russlands mit Nordkorea": a state
                    // in the genitive is a party of the alliance, not whoever speaks of it ("Mitglied der Nato": the organization
                    // is what is joined; "Partnern wie Deutschland, Dänemark und Kanada" lists partners, no party)
                    source = [a]
                } else if markedTarget != nil && source.isEmpty {
                    source = [a]
                } else if target.isEmpty && (type != .conflict || !source.isEmpty) {
                    // "Kämpfe der Regierung" names the fighter, "Invasion der Ukraine" the invaded: only with a source
                    target = usable.filter { $0.group == a.group }
                }
            }
            if target.isEmpty, let t = markedTarget { target = usable.filter { $0.group == t.group && isTargetRole($0.role, type, prepWord: $0.prepWord) } }
            // "Verbündete in der Nato", "Mitglied in der EU", "allies in NATO": the organization one is a member in (the UN and
            // its bodies, of which nearly every state is a member, are no alliance)
            if type == .alliance, target.isEmpty,
               let m = usable.first(where: { $0.start > cue.token && $0.start <= cueEnd + 3 && $0.role == .prep(.location) && ["in", "im", "within"].contains($0.prepWord ?? "") && $0.actor.hasPrefix("org:") && !$0.actor.hasPrefix("org:un") }) {
                target = [m]
                memberIn = true
            }
            if source.isEmpty, RelationFinder.aidTypes.contains(type),
               let from = usable.first(where: { $0.start > cue.token && $0.role == .prep(.source) }) {
                // "Unterstützung für Chișinău kommt aus Brüssel und Bukarest"
                source = usable.filter { $0.group == from.group }
            }
            // ("welcomed Trump's decision to impose sanctions on Russia": the noun object of an owned infinitive is its owner's)
            if source.isEmpty, doc.language == .en, cue.entry.cueClass == .noun, cue.token > c.tokens.lowerBound + 3,
               let v = (max(c.tokens.lowerBound + 3, cue.token - 3)..<cue.token).first(where: { toks[$0 - 1].lower == "to" && toks[$0].isWord && !toks[$0].isCapitalized }),
               let owner = infinitiveOwner(at: v, c, usable) {
                source = usable.filter { $0.group == owner.group }
            }
            if source.isEmpty && (type == .visit || !inAdverbialPhrase(cue.token, c)) {
                // the nearest plain actor before the noun, else the clause's subject, else inherited;
                // a theme beside a verb belongs to the verb's subject ("Germany will provide Ukraine with Patriots")
                let subjectFirst = subjectGroup(plain)
                if type == .visit, inAdverbialPhrase(cue.token, c), !inherited.isEmpty || !subjectFirst.isEmpty {
                    // "who met Qassem during a trip to Beirut": the trip is the subject's
                    source = inherited.isEmpty ? subjectFirst : inherited
                } else if cue.entry.cueClass == .theme, !isPassive(c, [cue]), let first = subjectFirst.first, first.end <= cue.token,
                   plain.contains(where: { $0.group != first.group && $0.start > first.end && $0.end <= cue.token }), inherited.isEmpty {
                    source = subjectFirst
                } else if let near = plain.last(where: { $0.end <= cue.token && !target.map(\.actor).contains($0.actor) }),
                   !cuesBetween(near.end, cue.token, in: c) {
                    source = plain.filter { $0.group == near.group }
                } else if !inherited.isEmpty {
                    source = inherited
                } else if let subj = subjectGroup(plain).first, !target.map(\.actor).contains(subj.actor),
                          !cuesBetween(subj.end, cue.token, in: c) {
                    source = subjectGroup(plain)
                }
            }
        } else if !isNoun {
            var agent = usable.first { $0.role == .prep(.agent) }
            // "von zwei Schiffen der chinesischen Küstenwache beschossen": the agent inside the von/by phrase
            if passive, agent == nil, let by = c.tokens.first(where: { ["von", "vom", "by"].contains(toks[$0].lower) && $0 < cue.token + 6 }),
               let inner = usable.first(where: { $0.start > by && $0.start <= by + 6 && $0.start < max(cue.token, by + 1) + 6 && !$0.mention.isLocative }) {
                agent = inner
            }
            if passive, let a = agent {
                source = usable.filter { $0.role == .prep(.agent) }
                if source.isEmpty { source = [a] }
            } else if passive && (type == .militarySupport || type == .armsSupply),
                      // (not the receiver's: "an die ukrainische Armee geliefert worden")
                      let nat = usable.first(where: { ($0.mention.form == .adjective || $0.mention.form == .demonym) && !isTargetRole($0.role, type, prepWord: $0.prepWord) }) {
                source = [nat]
            } else {
                // (German: an actor after "dem"/"einem" is a dative object, no subject: "Dem Iran wirft Israel vor …")
                var subj = subjectGroup(doc.language == .de && plain.contains(where: isDativeMarked) ? plain.filter { !isDativeMarked($0) } : plain)
                var ownedInfinitive = false
                // English is subject-verb-object: the subject is the nearest actor phrase before its verb
                if doc.language == .en {
                    if let near = plain.last(where: { $0.end <= cue.token }) {
                        subj = plain.filter { $0.group == near.group }
                    } else {
                        subj = []
                    }
                    // "hailed Kenya's move to send police to Haiti", "welcomed Trump's decision to impose sanctions": the
                    // infinitive of a noun is its possessor's act
                    if let owner = infinitiveOwner(cue, c, usable) {
                        subj = usable.filter { $0.group == owner.group }
                        ownedInfinitive = true
                    }
                }
                source = inherited.isEmpty || ownedInfinitive ? subj : inherited
                if !inherited.isEmpty && !subj.isEmpty && subj.first!.start < cue.token && !(c.opener == "zu" || c.opener == "um" || c.opener == "to" || isInfinitive(c)) {
                    source = subj
                }
                // "…, werde die Türkei reagieren, drohte Außenminister Hakan Fidan", "…, warned Defence Minister Israel Katz":
                // the last clause, a verb and its subject after it and nothing more: who said the clauses before
                if clauseIndex > 0, clauseIndex == clauses.count - 1, c.opener == nil, cue.token == c.tokens.lowerBound, cue.length == 1,
                   let after = plain.first(where: { $0.start > cue.token && $0.start <= cueEnd + 3 && !$0.mention.isLocative }),
                   (cueEnd..<after.start).allSatisfy({ isA($0, .determiner) || isA($0, .titleStart) || toks[$0].isCapitalized }),
                   (after.end..<c.tokens.upperBound).allSatisfy({ !toks[$0].isWord }) {
                    source = plain.filter { $0.group == after.group }
                    // "Die EU solle mehr tun, forderte Selenskyj", "Russia must withdraw, demanded Zelensky": a demand's clause
                    // before, whose actor subject must or should act, names whom it asks
                    if type == .request, target.isEmpty, let d = demandedSubject(clauseIndex - 1, clauses),
                       !d.contains(where: { a in source.contains { $0.actor == a.actor || side(of: $0.actor) == a.actor } }) {
                        target = d
                    }
                }
            }
            if cue.entry.cueClass == .verbRecv && type == .visit {
                // "Erdogan empfing Orbán in Ankara", "hosted Orban in Ankara": the guest visits the place, else the host's state
                let hostActors = Set(source.map(\.actor))
                let place = usable.first { $0.role == .prep(.location) && $0.mention.isLocative && $0.actor.hasPrefix("state:") }?.actor
                    ?? source.compactMap { $0.actor.hasPrefix("person:") ? personState[$0.actor] : ($0.actor.hasPrefix("state:") ? $0.actor : nil) }.first
                let guests = plain.filter { !hostActors.contains($0.actor) && $0.start > cue.token && !$0.mention.isLocative && $0.actor.hasPrefix("person:") }
                guard let host = place, !guests.isEmpty else { return [] }
                let g = guests[0].group
                return guests.filter { $0.group == g && $0.actor != host && (personState[$0.actor] ?? $0.actor) != host }.map { rel($0.actor, host) }
            }
            if cue.entry.cueClass == .verbRecv {
                // "Russland erhielt Drohnen aus Iran": the subject receives; the source comes with from/aus/von
                let giver = usable.first { $0.role == .prep(.source) || $0.role == .prep(.agent) }
                // ("Russia received Iranian drones", "Lithuania hosts a German armoured brigade": the giver is named before the theme)
                let themeOwner = giver != nil || ![.armsSupply, .militarySupport].contains(type) ? nil : usable.first { a in
                    a.start > cue.token && a.role == .plain && !a.isPossessor && !a.actor.hasPrefix("agreement:") && !source.contains { $0.actor == a.actor }
                        && (a.end..<min(c.tokens.upperBound, a.end + 3)).contains { k in toks[k].isWord && cueEntries(toks[k], at: k).contains { $0.type == type && $0.cueClass == .theme } }
                }
                if let g = giver ?? themeOwner {
                    target = source
                    source = usable.filter { $0.group == g.group }
                } else {
                    return []
                }
            }
        }
        let sourceActors = source.map(\.actor)
        if target.isEmpty, type == .militarySupport, cue.entry.cueClass == .theme, let host = hostOfKeptTroops(cue, c, usable),
           !sourceActors.contains(host.actor), !source.contains(where: { personState[$0.actor] == host.actor }),
           // (not troops an attacker holds in the land it wars on: "Russia has troops in Ukraine")
           !sourceActors.contains(where: { a in words.warAttackers[host.actor] == a
               || relations.contains { $0.type == .conflict && ($0.source == a && $0.target == host.actor || $0.source == host.actor && $0.target == a) } }) {
            // "Russia still keeps thousands of troops in Transnistria": the host of troops kept there is helped (each of a
            // coordinated pair: "in the breakaway regions of Abkhazia and South Ossetia")
            target = usable.filter { $0.group == host.group && $0.start >= host.start && !sourceActors.contains($0.actor) }
        }
        if target.isEmpty {
            let sourceGroup = source.first.map { $0.group } ?? -99
            let objects = usable.filter {
                ($0.isPlain || ($0.modifiesCue && $0.role == .plain)) && !sourceActors.contains($0.actor) && $0.group != sourceGroup
                    && !$0.actor.hasPrefix("agreement:")
            }
            let markedAll = usable.filter { isTargetRole($0.role, type, prepWord: $0.prepWord) && !sourceActors.contains($0.actor) && !attachedToOtherCue($0, type, c, except: cue.token) }
            var pick: Argument?
            if isNoun {
                pick = markedAll.first { $0.start > cue.token } ?? objects.first { $0.start >= cueEnd }
                // "will provide Ukraine with two Patriot systems": a theme's receiver is the verb's object before it
                if pick == nil, cue.entry.cueClass == .theme, let srcEnd = source.map(\.end).max() {
                    pick = objects.first { $0.start >= srcEnd && $0.end <= cue.token && !$0.isPossessor }
                }
            } else {
                // the candidate nearest the verb, after it in English; in an English passive the subject
                // ("the Saudi embassy in Tehran was stormed by protesters")
                // (English: an object of an infinitive after the verb is that verb's, unless it helps:
                // "was sent by Moscow to shadow an Estonian boat" / "sent troops to help Ukraine")
                func afterOtherInfinitive(_ a: Argument) -> Bool {
                    guard doc.language == .en, [.militarySupport, .armsSupply, .support].contains(type), a.start > cue.token + 2 else { return false }
                    return (cue.token + 1..<(a.start - 1)).contains { k in
                        toks[k].lower == "to" && toks[k + 1].isWord && !toks[k + 1].isCapitalized && !isA(k + 1, .determiner)
                            && !cueEntries(toks[k + 1], at: k + 1).contains { [.support, .militarySupport, .armsSupply, .alliance, type].contains($0.type) }
                    }
                }
                // (an argument placed from another clause, group -2, stands wherever its antecedent stood)
                // ("deployed troops to help fight Islamic State": whom the help fights is no one helped)
                func afterFightVerb(_ a: Argument) -> Bool {
                    guard RelationFinder.aidTypeSet.contains(type), a.start > cueEnd else { return false }
                    return (cueEnd..<a.start).contains { k in toks[k].isWord && !mentionTokens.contains(k) && hasCue(k, RelationFinder.conflictVerbKinds) }
                }
                // "deployed about 2,500 Africa Corps fighters to Mali": a name on the troops' noun owns them; the one they go to
                // is marked after it
                func ownsTheme(_ a: Argument) -> Bool {
                    guard type == .militarySupport || type == .armsSupply, a.isPlain, a.mention.form == .name else { return false }
                    // (the troops' noun after the name, "Africa Corps fighters", or the name's own last word, "Wagner mercenaries")
                    let owns = a.end < c.tokens.upperBound && toks[a.end].isWord && cueEntries(toks[a.end], at: a.end).contains(where: { $0.cueClass == .theme })
                        || a.end - 1 > a.start && cueEntries(toks[a.end - 1], at: a.end - 1).contains(where: { $0.cueClass == .theme })
                    return owns && markedAll.contains { $0.start > a.end }
                }
                let all = (objects + markedAll).filter { (doc.language == .de || $0.start > cue.token || passive || $0.group == -2) && !afterOtherInfinitive($0)
                    && !inCircumstance($0, after: cue.token) && !afterFightVerb($0) && !ownsTheme($0) }
                if passive && doc.language == .en, let subj = objects.first(where: { $0.isPlain && $0.end <= cue.token }) {
                    pick = subj
                } else if type == .threat, let owner = usable.first(where: { $0.start > cue.token && $0.isPossessor && $0.role == .plain && !sourceActors.contains($0.actor) }),
                          all.allSatisfy({ $0.start >= owner.start }) {
                    // "threatened to block Sweden's bid to join NATO": whose bid
                    pick = owner
                } else if type == .conflict, let against = markedAll.first(where: { ["gegen", "against"].contains($0.prepWord ?? "") }) {
                    // "Im Sudan kämpft die Armee gegen die RSF": who it is against, not where
                    pick = against
                } else if type == .conflict, all.contains(where: { $0.role != .prep(.location) }) {
                    // "hat Ziele der Hisbollah im Libanon angegriffen": whom it hits, not where (a place only when no one else is named)
                    pick = all.filter { $0.role != .prep(.location) }.min { abs($0.start - cue.token) < abs($1.start - cue.token) }
                } else {
                    pick = all.min { abs($0.start - cue.token) < abs($1.start - cue.token) }
                }
            }
            if let t = pick {
                target = usable.filter { $0.group == t.group && !sourceActors.contains($0.actor) && ($0.isPlain || $0.modifiesCue || isTargetRole($0.role, type, prepWord: $0.prepWord)) }
            }
            // "Madobe, who is backed by Kenya", "die Miliz, die von Ruanda unterstützt wird": a passive relative clause with
            // its agent is done to the antecedent
            if target.isEmpty, !isNoun, passive, !inherited.isEmpty, let o = c.opener, RelationFinder.subjectRelatives.contains(o),
               !source.isEmpty, source.allSatisfy({ $0.role == .prep(.agent) }) {
                target = inherited.filter { !sourceActors.contains($0.actor) }
            }
        }
        // (troops that arrive somewhere, an arrival verb read as deployment, likewise)
        if target.isEmpty && !isNoun && type == .militarySupport, RelationFinder.stationVerbs.contains(toks[cue.token].lower) || cue.entry.type == .visit,
           let place = usable.first(where: { $0.role == .prep(.location) && $0.actor.hasPrefix("state:") || $0.role == .prep(.location) && $0.actor.hasPrefix("org:") }),
           !sourceActors.contains(place.actor) {
            // "Russland hat Truppen in Transnistrien stationiert", "soldiers are deployed in Mali": the host is helped
            target = [place]
        }
        if target.isEmpty && !isNoun && type == .support && cue.entry.cueClass == .verb && RelationFinder.fundingVerbs.contains(toks[cue.token].lower) {
            // "Taiwan finances housing programmes and a hospital in Paraguay": what is paid for in a state helps it (the list
            // of what is paid for may run over commas into clauses without a cue of their own)
            func place(_ args: [Argument]) -> Argument? {
                args.first { $0.role == .prep(.location) && $0.start > cue.token && $0.actor.hasPrefix("state:") && !sourceActors.contains($0.actor) }
            }
            var found = place(usable)
            var k = clauseIndex + 1
            while found == nil && k < clauses.count && k <= clauseIndex + 3 && k < sentenceCues.count && sentenceCues[k].isEmpty && clauses[k].opener == nil {
                found = place(argumentsOfClause(k, clauses))
                k += 1
            }
            if let p = found { target = [p] }
        }
        if target.isEmpty && !isNoun && (type == .militarySupport || type == .armsSupply),
           let g = usable.first(where: { a in
               a.isPossessor && a.phraseStart - 1 >= c.tokens.lowerBound && !sourceActors.contains(a.actor)
                   && cueEntries(toks[a.phraseStart - 1], at: a.phraseStart - 1).contains { $0.type == .support && $0.cueClass == .noun }
           }) {
            // "Soldaten wurden zur Unterstützung Russlands entsandt", "troops sent in support of Russia"
            target = [g]
        }
        if target.isEmpty && !isNoun && !passive && cue.entry.cueClass == .verb,
           let pos = usable.first(where: { $0.isPossessor && $0.start > cue.token && !sourceActors.contains($0.actor) && !$0.mention.form.isPronounLike
               && ($0.role == .plain || $0.role == .prep(.target)) && !$0.mention.isLocative }),
           // not when the noun names other actors: "criticised Ukraine's arms suppliers", "Russia's allies"
           !namesOtherActors(after: pos.end, in: c) {
            // "condemned Israel's strikes", "backed Islamabad's proposal": the possessor of the object
            target = [pos]
        }
        if target.isEmpty && !isNoun && !passive && type == .accusation && cue.entry.cueClass == .verb,
           let by = usable.first(where: { $0.start > cue.token && $0.role == .prep(.agent) && !sourceActors.contains($0.actor) }),
           !usable.contains(where: { $0.start > cue.token && $0.start < by.start }) {
            // "condemned the attack by the RSF on El Fasher", "verurteilte den Angriff der Miliz": the doer of what is condemned
            target = usable.filter { $0.group == by.group }
        }
        if target.isEmpty && !isNoun && !passive && type == .support && cue.entry.cueClass == .verb && doc.language == .de,
           let by = usable.first(where: { $0.start > cue.token && $0.prepWord == "von" && !sourceActors.contains($0.actor) && !$0.mention.form.isPronounLike }),
           by.phraseStart - 2 > cue.token, toks[by.phraseStart - 2].isCapitalized, !mentionTokens.contains(by.phraseStart - 2),
           // (the noun the verb's object: only a determiner, adjectives and quotation marks before it, no preposition:
           // "unterstützt die Verteidigung gegen Drohnen von Russland" is no owner)
           (cue.token + 1 ..< by.phraseStart - 2).allSatisfy({ j in !toks[j].isWord || isA(j, .determiner) || !toks[j].isCapitalized && !isA(j, .preposition) }),
           !usable.contains(where: { $0.start > cue.token && $0.start < by.start }) {
            // "unterstützt die Entwicklungsrechte von Laos": "von" after the object noun names whose it is, as a genitive does
            target = usable.filter { $0.group == by.group }
        }
        if target.isEmpty && !isNoun && type == .threat,
           let t = usable.first(where: { $0.start > cue.token && $0.role == .prep(.target) && !sourceActors.contains($0.actor) && !$0.actor.hasPrefix("agreement:") }) {
            // "threatened a new ground offensive against the SDF", "droht mit einer Offensive gegen die SDF": the threatened is the attack's target
            target = usable.filter { $0.group == t.group && $0.role == .prep(.target) }
        }
        if target.isEmpty && !isNoun && (type == .threat || type == .accusation || type == .request),
           clauseIndex + 1 < clauses.count, let o = clauses[clauseIndex + 1].opener, ["that", "dass", "daß"].contains(o),
           // the verb's own complement, not a relative clause on a later noun ("urged them to implement the consensus that …")
           !(cueEnd..<clauses[clauseIndex + 1].tokens.lowerBound).contains(where: { k in mentionTokens.contains(k) || (doc.language == .en && toks[k].lower == "to") }) {
            // "warned that it could strike Iranian nuclear sites": the threatened actor is in the warning
            let next = argumentsOfClause(clauseIndex + 1, clauses)
            if let t = next.first(where: { !sourceActors.contains($0.actor) && !$0.mention.form.isPronounLike && ($0.isPlain || $0.modifiesCue || $0.role == .prep(.target) || $0.role == .prep(.location)
                || (type == .threat && $0.role == .prep(.source))) }) {
                target = [t]
            }
        }
        // "Wolodin drohte, Estland werde diesen Schritt bereuen": a German warning in reported speech, a clause with no
        // conjunction after the comma that closes the verb's clause and a subjunctive auxiliary after its first phrase,
        // is against that clause's subject
        if target.isEmpty && !isNoun && type == .threat && doc.language == .de, clauseIndex + 1 < clauses.count,
           // (after the verb only time words: "drohte am Montag, …")
           clauses[clauseIndex + 1].opener == nil, (cueEnd..<c.tokens.upperBound).allSatisfy({ k in
               !toks[k].isWord || !mentionTokens.contains(k) && (words.functionWords.contains(toks[k].lower) || words.preps[toks[k].lower] != nil)
           }),
           case let next = argumentsOfClause(clauseIndex + 1, clauses), let t = next.first, t.isPlain, !sourceActors.contains(t.actor),
           // ("Lawrow drohte, Russland werde reagieren": the threatener's own state announces, it is not threatened)
           !sourceActors.contains(where: { side(of: $0) == t.actor }), !t.mention.form.isPronounLike, !t.actor.hasPrefix("agreement:"), !t.mention.isLocative,
           // ("Südkorea und die USA würden …": the whole coordinated subject)
           case let subject = next.filter({ $0.group == t.group && $0.isPlain }), let last = subject.last,
           last.end < clauses[clauseIndex + 1].tokens.upperBound,
           (clauses[clauseIndex + 1].tokens.lowerBound..<t.phraseStart).allSatisfy({ !toks[$0].isWord || isA($0, .determiner) }),
           RelationFinder.reportedSpeechAuxiliaries.contains(toks[last.end].lower) {
            target = subject.filter { a in !sourceActors.contains(a.actor) && !sourceActors.contains { side(of: $0) == a.actor } }
        }
        // "Retailleau hatte Algier vorgeworfen, … und mit einer Kündigung des Abkommens gedroht", "accused Mexico of … and
        // threatened tariffs": a threat with no target of its own, in a clause after "und"/"and" that shares the subject, is
        // against whom that subject accused, asked or punished just before in the sentence
        // (an agreement the threatened act is about is no target: "mit einer Kündigung des Abkommens")
        // (nor its subject: the inherited subject threatens)
        // (not a threat to resign: "and threatened to resign if Congress did not act")
        if !isNoun && type == .threat, target.allSatisfy({ $0.actor.hasPrefix("agreement:") }), let o = c.opener, o == "und" || o == "and", clauseIndex > 0,
           !(cueEnd..<min(c.tokens.upperBound, cueEnd + 4)).contains(where: { RelationFinder.selfDirectedThreats.contains(toks[$0].lower) }),
           !(clauseIndex + 1 < clauses.count && clauses[clauseIndex + 1].tokens.prefix(3).contains(where: { RelationFinder.selfDirectedThreats.contains(toks[$0].lower) })),
           !inherited.isEmpty, case let threateners = inherited.map(\.actor),
           sourceActors.allSatisfy({ a in threateners.contains(a) || a.hasPrefix("agreement:") }),
           let prev = relations.last(where: { $0.sentence == s.index && threateners.contains($0.source) }),
           [.accusation, .request, .sanction].contains(prev.type),
           let t = (0..<clauseIndex).reversed().lazy.compactMap({ j in self.argumentsOfClause(j, clauses).first { $0.actor == prev.target } }).first {
            source = inherited
            target = [t]
        }
        // "Israel would strike again if Iran attacked": an attack announced on a condition is against whom the condition
        // names (the caller makes the speaker's announced attack a threat)
        if type == .conflict && target.isEmpty && !isNoun && !source.isEmpty && clauseIndex + 1 < clauses.count,
           opensWithCondition(clauses[clauseIndex + 1]),
           let t = nextClauseTarget(after: clauseIndex, clauses, excluding: Set(sourceActors), accept: { $0.isPlain }) {
            target = [t]
        }
        if type == .threat && target.isEmpty && clauseIndex + 1 < clauses.count,
           let first = clauses[clauseIndex + 1].tokens.first(where: { toks[$0].isWord }) {
            let next = clauses[clauseIndex + 1]
            let lead = toks[first].lower
            let infinitive = ["zu", "to", "um"].contains(next.opener ?? "") || isInfinitive(next)
            if RelationFinder.conditionals.contains(lead) || infinitive {
                // "would take resolute measures if the Philippines continued …": whom the condition names;
                // "drohte, den Nato-Beitritt Schwedens zu blockieren": whom the threatened act is against
                if let t = nextClauseTarget(after: clauseIndex, clauses, excluding: Set(sourceActors), accept: { a in
                    a.isPlain || a.isPossessor || isTargetRole(a.role, type, prepWord: a.prepWord) || a.prepWord == "von" || a.prepWord == "of" }) {
                    target = [t]
                }
            }
        }
        // "threatened to withdraw soldiers unless the African Union paid", "warnte, Russland könne …, falls Baku …":
        // a condition a few clauses on names the threatened (not the threatener's own state)
        // ("threatened to withdraw Ugandan soldiers unless …": the threatener's own state is no target either)
        // (a threat noun too, with no target of its own: "would take all necessary measures, including military action, if
        // Damascus failed …")
        if type == .threat && (!isNoun || target.isEmpty), target.allSatisfy({ t in sourceActors.contains { personState[$0] == t.actor } }) {
            let own = Set(sourceActors + sourceActors.compactMap { personState[$0] })
            if let k = ((clauseIndex + 1)..<min(clauses.count, clauseIndex + 4)).first(where: { opensWithCondition(clauses[$0]) }),
               let t = nextClauseTarget(after: k - 1, clauses, excluding: own, accept: { $0.isPlain }) {
                target = [t]
            }
            // "Sollte Athen den Park ausweiten, werde die Türkei reagieren, drohte Fidan": the condition before a verb
            // that opens its clause
            if target.isEmpty, (c.tokens.lowerBound..<cue.token).allSatisfy({ !toks[$0].isWord || isA($0, .determiner) }),
               let k = stride(from: clauseIndex - 1, through: max(0, clauseIndex - 3), by: -1).first(where: { opensWithCondition(clauses[$0]) }),
               let t = nextClauseTarget(after: k - 1, clauses, excluding: own, accept: { $0.isPlain }) {
                target = [t]
            }
        }
        // "in protest at France's support for Morocco", "protested against Russia's decision": whose act is protested
        if type == .accusation, !isNoun, let owner = usable.first(where: { $0.start > cue.token && $0.isPossessor && !sourceActors.contains($0.actor)
                && ["at", "against", "over", "gegen", "über"].contains($0.prepWord ?? "") }) {
            target = [owner]
        }
        if target.isEmpty && !isNoun && type == .accusation, clauseIndex + 1 < clauses.count,
           let first = clauses[clauseIndex + 1].tokens.first(where: { toks[$0].isWord }), RelationFinder.reasonOpeners.contains(toks[first].lower),
           (cueEnd..<c.tokens.upperBound).allSatisfy({ k in !toks[k].isWord || toks[k].lower.hasSuffix("ly") }) {
            // "Japan protests after Chinese survey ship enters its waters": the accused is in the reason
            // ("Tajikistan blames Afghan-based militants after Chinese workers killed": the verb's own object is the accused)
            if let t = nextClauseTarget(after: clauseIndex, clauses, excluding: Set(sourceActors)) {
                target = [t]
            }
        }
        // "200 Soldaten in den Tschad entsenden", "Truppen ins Land schicken": "in" with an accusative article is
        // where troops or arms are sent ("im Tschad stationiert", "in der Ukraine" stay places)
        if target.isEmpty && doc.language == .de && (type == .militarySupport || type == .armsSupply) && cue.entry.cueClass == .verb,
           let t = usable.first(where: { a in
               a.role == .prep(.location) && !sourceActors.contains(a.actor) && a.phraseStart > c.tokens.lowerBound
                   && (toks[a.phraseStart - 1].lower == "ins" || toks[a.phraseStart - 1].lower == "in" && RelationFinder.accusativeArticles.contains(toks[a.phraseStart].lower))
           }) {
            target = [t]
        }
        if target.isEmpty && (type == .militarySupport || type == .support || type == .armsSupply) {
            // "X schickt Soldaten, um Y zu helfen": the purpose clause names who is helped (if it helps:
            // "was sent by Moscow to shadow an Estonian navy patrol boat" helps no one)
            if clauseIndex + 1 < clauses.count, let o = clauses[clauseIndex + 1].opener, ["um", "to", "zur", "zum"].contains(o),
               clauses[clauseIndex + 1].tokens.contains(where: { k in hasCue(k, RelationFinder.aidOrAllianceKinds) }) {
                let next = argumentsOfClause(clauseIndex + 1, clauses)
                if let t = next.first(where: { !sourceActors.contains($0.actor) && ($0.isPlain || isTargetRole($0.role, type)) }) {
                    target = [t]
                }
            }
        }
        // Denials: explicit object, or the claimant of the claim they deny (resolved per sentence).
        if type == .denial {
            let srcs = source.isEmpty ? inherited : source
            // "Rwanda denies backing the M23 rebels", "bestreitet, die Rebellen zu unterstützen": what is denied is the
            // relation after the verb; the denial answers whoever claims it
            if deniedContent(after: cue, in: c) != nil {
                return Array(Set(srcs.map(\.actor))).sorted().map { rel($0, "?claimant") }
            }
            var explicit = target.filter { !$0.actor.hasPrefix("agreement:") }
            var accusationClaim: Int? = nil
            // "die Vorwürfe Kiews", "die Vorwürfe aus Warschau", "the Israeli accusations", "Washington's claims"
            if let claim = c.tokens.first(where: { isA($0, .claimNoun) }) {
                let srcActors = Set(srcs.map(\.actor))
                let attached = usable.filter { a in
                    !srcActors.contains(a.actor) && (
                        (a.phraseStart == claim + 1 && a.role == .plain)
                        || (a.phraseStart == claim + 2 && (a.role == .prep(.source) || a.role == .prep(.agent)))
                        || (a.end == claim && (a.mention.form == .adjective || a.isPossessor))
                        || (a.end + 1 == claim && a.isPossessor))
                }
                if !attached.isEmpty { explicit = attached; accusationClaim = claim }
                else if explicit.contains(where: { $0.start > claim }) == false { explicit = explicit.filter { $0.start < claim } }
            }
            if explicit.isEmpty {
                return Array(Set(srcs.map(\.actor))).sorted().map { rel($0, "?claimant") }
            }
            var out: [Relation] = []
            let deniers = RelationFinder.uniqueSorted(srcs.map(\.actor)), claimants = RelationFinder.uniqueSorted(explicit.map(\.actor))
            for a in deniers { for b in claimants { out.append(rel(a, b)) } }
            // "Peskow wies die Vorwürfe Orpos zurück", "rejected the Chinese criticism": the claimant made an accusation,
            // against the denier's side (the state a spokesman speaks for)
            if let claim = accusationClaim, cueEntries(toks[claim], at: claim).contains(where: { $0.type == .accusation }) {
                for a in deniers {
                    guard let accused = a.hasPrefix("person:") ? personState[a] : a else { continue }
                    for b in claimants where b != accused && personState[b] != accused {
                        out.append(Relation(type: .accusation, source: b, target: accused, sentence: s.index, rule: "denied:\(toks[claim].lower)"))
                    }
                }
            }
            return out
        }
        // "India and Pakistan accuse each other", "Israel und die Hamas geben sich gegenseitig die Schuld":
        // a coordinated subject acting on itself gives the relation both ways
        let subjectActors = RelationFinder.uniqueSorted(source.map(\.actor))
        if subjectActors.count >= 2, RelationFinder.reciprocalTypes.contains(type),
           target.allSatisfy({ sourceActors.contains($0.actor) || $0.actor.hasPrefix("agreement:") }), isReciprocal(c) {
            var out: [Relation] = []
            for a in subjectActors { for b in subjectActors where a != b { out.append(rel(a, b)) } }
            return out
        }
        // "lieferte sich Gefechte mit der Hisbollah", "clashed with Hezbollah fighters", "Russia's war with Ukraine": fighting
        // with someone is fighting them (not an attack "with Iranian drones": only words of mutual fighting, a named side)
        if type == .conflict, target.isEmpty, !source.isEmpty, RelationFinder.mutualFightWords.contains(toks[cue.token].lower), !isNoun || !afterPreposition(cue.token, c),
           let w = usable.first(where: { $0.start >= cueEnd && $0.role == .prep(.with) && ["with", "mit"].contains($0.prepWord ?? "") && $0.mention.form != .adjective && $0.mention.form != .compoundPart && !sourceActors.contains($0.actor) }) {
            target = usable.filter { $0.group == w.group && $0.role == .prep(.with) }
        }
        // Coordinated subject with no target: "Russland und Nordkorea sind Verbündete" (symmetric types).
        // ("Frankreich und Deutschland haben die Angriffe verurteilt": a conflict noun that another verb's cue takes as
        // its object is no fight between that verb's subjects)
        // (asked once: the coordinated subject and the target below both ask it)
        let circumstanceWar = type == .conflict && isNoun && inCircumstancePhrase(cue.token, c)
        if target.isEmpty && source.count >= 2 && (type == .alliance || type == .conflict)
            && !(type == .conflict && isNoun && cues(c).contains { $0.entry.type != .conflict && ($0.entry.cueClass == .verb || $0.entry.cueClass == .verbRecv) })
            // ("Deutschland und Polen stünden seit Beginn des Krieges an der Seite der Ukraine": a war in a phrase of time is no fight between them)
            && !circumstanceWar {
            let uniq = subjectActors
            if uniq.count >= 2 { return [rel(uniq[0], uniq[1])] }
        }
        // "Seit dem russischen Angriffskrieg unterstützt Polen die Ukraine": a war in a phrase of time or circumstance is not
        // waged on the clause's actors (only on one it names itself: right after it, or with a preposition of target)
        if type == .conflict, isNoun, doc.language == .de,
           circumstanceWar || usable.contains(where: { $0.end <= cue.token && $0.end >= cue.token - 1 && $0.role == .prep(.other) }) {
            target = target.filter { !$0.isPlain || $0.phraseStart == cueEnd }
        }
        guard !source.isEmpty, !target.isEmpty else { return [] }
        var out: [Relation] = []
        let targetActors = RelationFinder.uniqueSorted(target.map(\.actor))
        // "Gemeinsam mit Mali und Niger hat Burkina Faso die AES gegründet", "joined NATO together with Finland":
        // who joins or founds an organization with the subject joins it too
        var members = subjectActors
        if type == .alliance, !isNoun, targetActors.allSatisfy({ $0.hasPrefix("org:") }) {
            members = RelationFinder.uniqueSorted(subjectActors + usable.filter { $0.role == .prep(.with) && $0.actor.hasPrefix("state:") && !targetActors.contains($0.actor) }.map(\.actor))
        }
        for a in members {
            for b in targetActors where a != b {
                out.append(rel(a, b))
            }
        }
        // "Deutschland und Polen seien Verbündete in der Nato": allied with each other too
        if memberIn, members.count >= 2 { out.append(rel(members[0], members[1])) }
        // mutual statements: "gegenseitige militärische Unterstützung"
        if c.tokens.contains(where: { isA($0, .mutual) }) && (type == .militarySupport || type == .support) {
            out += out.map { rel($0.target, $0.source) }
        }
        return out
    }

    /// The actor subject of a clause that must or should act ("Die EU solle mehr tun", "Russia must withdraw"): the subject
    /// group right at the clause's start, a demand modal right after it, and no passive, negation or wish.
    func demandedSubject(_ ci: Int, _ clauses: [Clause]) -> [Argument]? {
        let c = clauses[ci]
        // (the clause's arguments asked only where a demand modal stands in it: most clauses have none)
        guard c.tokens.contains(where: { toks[$0].isWord && !toks[$0].isCapitalized && RelationFinder.demandModals.contains(toks[$0].lower) }) else { return nil }
        let args = argumentsOfClause(ci, clauses)
        guard let t = args.first, t.isPlain, !t.mention.form.isPronounLike, !t.mention.isLocative, !t.actor.hasPrefix("agreement:"),
              // (after "that"/"dass" too: "said that the EU must …")
              (c.tokens.lowerBound..<t.phraseStart).allSatisfy({ !toks[$0].isWord || isA($0, .determiner) || isA($0, .subordinator) || toks[$0].lower == "that" }) else { return nil }
        let subject = args.filter { $0.group == t.group && $0.isPlain }
        guard let last = subject.last, last.end + 1 < c.tokens.upperBound, RelationFinder.demandModals.contains(toks[last.end].lower),
              let next = ((last.end + 1)..<c.tokens.upperBound).first(where: { toks[$0].isWord }),
              let lastWord = c.tokens.last(where: { toks[$0].isWord }),
              !RelationFinder.passiveAfterModal.contains(toks[next].lower), !RelationFinder.passiveAfterModal.contains(toks[lastWord].lower),
              !RelationFinder.demandNonActs.contains(toks[doc.language == .de ? lastWord : next].lower),
              // (nor over an adverb: "must eventually win")
              !(doc.language == .en && toks[next].lower.hasSuffix("ly") && ((next + 1)..<c.tokens.upperBound).first(where: { toks[$0].isWord }).map { RelationFinder.demandNonActs.contains(toks[$0].lower) } == true) else { return nil }
        return subject
    }

    /// "keeps about 28,500 troops in South Korea", "unterhält rund 1500 Soldaten in Transnistrien": the place after a troop
    /// theme that a verb of keeping or having (the lexicon's `holding` words, keep/remain) stands before, in its clause.
    func hostOfKeptTroops(_ cue: Cue, _ c: Clause, _ args: [Argument]) -> Argument? {
        let cueEnd = cue.token + cue.length
        guard let verb = (max(c.tokens.lowerBound, cue.token - 7)..<cue.token).first(where: { k in
            toks[k].isWord && (words.holdingVerbs.contains(toks[k].lower) || RelationFinder.keepVerbs.contains(toks[k].lower) || toks[k].lower == "behält")
        }) else { return nil }
        // "Moskau unterhält in Armenien eine Militärbasis", "unterhält im südspanischen Rota einen Stützpunkt": in German the
        // place may stand between the verb and the theme (a state's adjective on a place name there names that state)
        // ("Die USA haben in Afghanistan 2400 Soldaten verloren": "haben" only the auxiliary of a participle ending the clause)
        let auxiliary = doc.language == .de && c.tokens.reversed().first(where: { toks[$0].isWord }).map { $0 >= cueEnd && !toks[$0].isCapitalized && !mentionTokens.contains($0) } == true
        if doc.language == .de, !auxiliary, let a = args.first(where: { a in
            a.start > verb && a.end <= cue.token && a.actor.hasPrefix("state:") && !a.mention.form.isPronounLike && a.mention.form != .compoundPart
                && a.role == .prep(.location) && ["in", "im"].contains(a.prepWord ?? "")
                && (a.mention.form != .adjective || a.end < cue.token && toks[a.end].isCapitalized && !mentionTokens.contains(a.end))
        }) { return a }
        // ("in the breakaway region of Transnistria": over a place noun and its "of")
        return args.first { a in
            // (a place named as such, not a compound's part, "in the US-led coalition", nor one over a coordination)
            a.start >= cueEnd && a.start <= cueEnd + 6 && (a.actor.hasPrefix("state:") || a.actor.hasPrefix("org:")) && !a.mention.form.isPronounLike
                && a.mention.form != .compoundPart && a.mention.form != .adjective && !(cueEnd..<a.start).contains { isA($0, .coordinator) }
                && (a.role == .prep(.location) && ["in", "im"].contains(a.prepWord ?? "")
                    || (a.prepWord == "of" || a.isPlain) && (cueEnd..<a.start).contains { toks[$0].lower == "in" } && !(cueEnd..<a.start).contains { mentionTokens.contains($0) })
        }
    }

    /// "Kenya thanked the United States for its support", "Selenskyj dankte Deutschland für die Hilfe", "bedankte sich bei
    /// Berlin für …": an aid noun after a verb of thanks (lexicon `thank`) is the thanked one's aid to the subject. Nil when
    /// no verb of thanks stands in the clause or it names no one thanked.
    func thankedAid(cue: Cue, usable: [Argument], inherited: [Argument], clause c: Clause, rel: (String, String) -> Relation) -> [Relation]? {
        let thanks = words.thankVerbs
        guard let v = c.tokens.first(where: { toks[$0].isWord && !toks[$0].isCapitalized && thanks.contains(toks[$0].lower) }) else { return nil }
        let subject = subjectGroup(usable.filter { $0.isPlain && $0.end <= min(v, cue.token) && !$0.actor.hasPrefix("agreement:") })
        let receivers = subject.isEmpty ? inherited : subject
        let after = subject.map(\.end).max() ?? v
        guard let giver = usable.first(where: { a in
            a.start >= after && a.end <= cue.token && !a.actor.hasPrefix("agreement:") && !receivers.contains { $0.actor == a.actor }
                && (a.isPlain || a.prepWord == "bei")
        }) else { return nil }
        let givers = RelationFinder.uniqueSorted(usable.filter { $0.group == giver.group && $0.end <= cue.token }.map(\.actor))
        var out: [Relation] = []
        for g in givers { for r in RelationFinder.uniqueSorted(receivers.map(\.actor)) where g != r { out.append(rel(g, r)) } }
        return out
    }

    /// "The rebels took the town with the support of Rwanda", "mit Unterstützung Moskaus", "with Russian help",
    /// "Mit Hilfe der Türkei drängte die Regierung …": the helper named at the aid noun helps the clause's subject.
    /// Troops or weapons in the clause make it military support or arms supply.
    func withAid(cue: Cue, type: EdgeType, usable: [Argument], plain: [Argument], clause c: Clause, inherited: [Argument],
                 rule: String, sentence s: Sentence) -> [Relation]? {
        var k = cue.token - 1
        var steps = 0
        while k > c.tokens.lowerBound && steps < 4 && toks[k].isWord && !RelationFinder.withWords.contains(toks[k].lower)
                && !isA(k, .preposition) && !hasCue(k, RelationFinder.verbKinds) {
            k -= 1
            steps += 1
        }
        guard k >= c.tokens.lowerBound, RelationFinder.withWords.contains(toks[k].lower) else { return nil }
        let marker = k
        // "were driven back with the help of Turkish troops": the helped one is the passive's hidden agent
        let passiveClause = c.tokens.contains { j in
            guard isA(j, .passiveAux) else { return false }
            if doc.language == .de { return ["wurde", "wurden", "worden"].contains(toks[j].lower) }
            guard j + 1 < c.tokens.upperBound else { return false }
            let w = toks[j + 1].lower
            return w.hasSuffix("ed") || w.hasSuffix("en") || RelationFinder.irregularParticiples.contains(w)
        }
        if passiveClause { return [] }
        let cueEnd = cue.token + cue.length
        // the helper: an adjective or possessor before the noun, or the actor phrase right after it
        var helper = usable.filter { $0.start > marker && $0.end <= cue.token && ($0.mention.form == .adjective || $0.isPossessor || $0.mention.form == .compoundPart) }
        if helper.isEmpty, let after = usable.first(where: { $0.start >= cueEnd && $0.phraseStart <= cueEnd + 1 && ($0.isPlain || $0.isPossessor) }) {
            helper = usable.filter { $0.group == after.group }
        }
        guard !helper.isEmpty else { return nil }
        let helpers = Set(helper.map(\.actor))
        let candidates = plain.filter { !helpers.contains($0.actor) && !($0.start > marker && $0.start < cueEnd + 6) }
        var beneficiary = subjectGroup(candidates)
        if beneficiary.isEmpty { beneficiary = inherited.filter { !helpers.contains($0.actor) } }
        guard !beneficiary.isEmpty else { return nil }
        var t = type
        if t == .support {
            let themes = c.tokens.flatMap { k in cueEntries(toks[k], at: k).filter { $0.cueClass == .theme }.map(\.type) }
            if themes.contains(.militarySupport) { t = .militarySupport }
            else if themes.contains(.armsSupply) { t = .armsSupply }
        }
        var out: [Relation] = []
        for a in helpers.sorted() {
            for b in Set(beneficiary.map(\.actor)).sorted() where a != b {
                out.append(Relation(type: t, source: a, target: b, sentence: s.index, rule: "with-aid:" + rule))
            }
        }
        return out
    }

    /// "hailed Kenya's move to send police to Haiti", "welcomed Trump's decision to impose sanctions": the possessor of the
    /// lower-case noun right before "to" and an English verb cue, whose act the infinitive is.
    func infinitiveOwner(_ cue: RelationFinder.Cue, _ c: Clause, _ usable: [Argument]) -> Argument? {
        // (or the verb before it: "to impose sanctions", whose "sanctions" is a cue of its own)
        infinitiveOwner(at: cue.token, c, usable) ?? (cue.token > c.tokens.lowerBound + 3 && toks[cue.token - 1].isWord ? infinitiveOwner(at: cue.token - 1, c, usable) : nil)
    }

    /// The same for the verb at `t`.
    func infinitiveOwner(at t: Int, _ c: Clause, _ usable: [Argument]) -> Argument? {
        guard t >= c.tokens.lowerBound + 3, toks[t - 1].lower == "to", toks[t - 2].isWord, !toks[t - 2].isCapitalized else { return nil }
        guard let owner = usable.last(where: { a in a.mention.isPossessive && a.end <= t - 2 && a.end >= t - 4 }) else { return nil }
        let between = owner.end..<(t - 2)
        return between.allSatisfy({ k in !toks[k].isWord || toks[k].text == "'s" || toks[k].text == "’s" }) ? owner : nil
    }
}
