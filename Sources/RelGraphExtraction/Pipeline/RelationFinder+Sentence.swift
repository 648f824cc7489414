import RelGraph

// One sentence: its clauses and cues, reporting frames, quotes and claims, turned into relations.
extension RelationFinder.Finder {
    func sentence(_ s: Sentence) {
        // (a sentence that can state nothing moves the quotation state on, and that is all)
        if !tracing, let speaker = quietSentenceSpeaker(s) { updateQuoteState(s, speaker: speaker); return }
        let cls = clauses(s)
        clauseArguments.removeAll(keepingCapacity: true)
        sentenceCues = cls.map { cues($0) }
        let participlesBefore = attributiveParticiples.count
        var (reporters, reporterMentions, frames) = self.reporters(s, cls)
        // a quotation that runs on from an earlier sentence keeps its speaker
        let startsInQuote = quoteOpen
        if reporters.isEmpty && startsInQuote { reporters = quoteSpeaker }
        updateQuoteState(s, speaker: reporters)

        // "Peskov said reports that Pyongyang had sent soldiers were another fake": the speaker denies
        var speakerDenies = false
        // (a clause before the first frame is the speaker's own: "rejected the baseless accusations and said …")
        let firstFrame = frames.min() ?? -1
        /// "Khamenei condemned the strikes and said …": the clauses before a frame that opens with "and" are the speaker's
        /// own acts, stated, not reported
        let ownClausesEnd = firstFrame > 0 && isA(cls[firstFrame].tokens.lowerBound, .coordinator) ? firstFrame : -1
        if !reporters.isEmpty, cls.indices.contains(where: { ci in
            !frames.contains(ci) && ci > firstFrame && sentenceCues[ci].contains { cue in cue.entry.type == .denial && (cue.entry.cueClass == .adj || cue.entry.cueClass == .noun)
                // ("the claim was not a hoax", "die Behauptung sei nicht haltlos": a negated denial word denies nothing)
                && !(cls[ci].tokens.lowerBound..<cue.token).contains { isA($0, .negationStart) } }
        }) {
            speakerDenies = true
        }
        // (the last token read in place: `.last` of the slice copies it)
        let question = !s.tokens.isEmpty && text(at: s.tokens.upperBound - 1) == "?"
        var subjectOfPrevious: [Argument] = []
        var accusation: (accuser: [String], accused: [Argument])?
        /// Whom this sentence urged to act ("urged Myanmar | to implement …", "forderte die Türkei auf, | … zu …"):
        /// the infinitive that follows is their act, asked for and not done.
        var requested: [Argument]?
        /// Accusers whose accused is no actor ("accused the eastern camp of …"): claimants all the same.
        var unnamedAccusers: [String] = []
        /// Who qualified conduct with an accusing word and named no actor for it ("nannte den Schritt einen Bruch
        /// internationalen Rechts"): a request of theirs later in the sentence names the accused.
        var qualifiedConductBy: [String] = []
        /// Who denies what the rest of this sentence states.
        var deniers: [String]?
        /// The clause of the last denial verb ("rejected US allegations | that it supplied missiles")
        var denialClause: Int?
        var denialTargets: [String] = []
        /// who speaks in the frames, also when the speaker denies (and so reports nothing)
        let speakersOfFrames = reporters
        let firstRelationOfSentence = relations.count
        if speakerDenies {
            deniers = reporters
            for r in reporters { addRelation(Relation(type: .denial, source: r, target: "?claimant", sentence: s.index, rule: "report+denial")) }
            reporters = []
        }
        var hedgedFrame = false
        /// who announced their own act in this sentence ("vowed to", "kündigten an")
        var intentBy: [String] = []
        var claimMentioned = false
        /// a denial verb's object is a part in what was done ("denied any involvement"): like a claim noun, it answers
        /// the last statement that reported the denier doing something
        var involvementDenied = false
        var pluralClaim = false
        /// the claim noun is one of accusation ("dismissed the accusation"): it answers the last claim that accuses
        var accusationClaim = false
        /// reported speech follows: its subjects do not carry over to "and ..." clauses
        var afterFrame = false

        if tracing {
            traceLines.append("S\(s.index): \(doc.slice(s.range))")
            if !reporters.isEmpty { traceLines.append("  reporters: \(reporters.joined(separator: ", "))") }
        }
        for c in cls { appositionAlliances(c, s); participleAttributes(c, s) }
        behestRequests(s)
        welcomedActs(s, cls)
        // each clause's cues, found once now that the attributive participles are known; and the last clause
        // that can state anything (a cue, or a qualifying verb that makes a denial cue): the clauses after it
        // set only this loop's own variables, read by no later clause, so without a trace they are skipped
        // (their arguments, hedges and negations are never worked out). A mechanism added to the loop that states
        // something, or keeps something for later sentences, from a clause without a cue must be counted here.
        // (found again only when a participle found now hides a cue: the set only grows)
        let clauseCues = attributiveParticiples.count == participlesBefore ? sentenceCues : cls.map { cues($0) }
        var lastStating = -1
        for ci in cls.indices where clauseCues[ci].contains(where: { $0.entry.type != .represents })
            || cls[ci].tokens.contains(where: { isA($0, .qualifyVerb) }) {
            lastStating = ci
        }
        // "no evidence that …", "keine Beweise dafür, dass …": the complement of a denied evidence is no fact
        var evidenceDenied = false
        for (ci, c) in cls.enumerated() {
            if ci > lastStating && !tracing { break }
            // a clause with no cue and no qualifying verb, no frame, not hedged, and no main clause before a frame
            // (or one after it) gives its arguments to nothing: no relation, intent or subject for the next clause
            // (only a negated evidence noun is kept for the clauses after it); passed over without them
            if !tracing, !frames.contains(ci), !clauseCues[ci].contains(where: { $0.entry.type != .represents }),
               !c.tokens.contains(where: { isA($0, .qualifyVerb) }), !isMainClause(c) || afterFrame, !isHedged(c) {
                if isNegated(c) && c.tokens.contains(where: { RelationFinder.evidenceNouns.contains(toks[$0].lower) }) { evidenceDenied = true }
                continue
            }
            var args = arguments(c, excluding: reporterMentions)
            // "Die Huthi erklärten, sie würden …", "Iran said it would …": the pronoun subject of reported speech is the speaker
            if afterFrame, !reporters.isEmpty, let first = args.first, first.isPlain, first.mention.form.isPronounLike,
               !frames.contains(ci), reporters.allSatisfy({ !$0.hasPrefix("person:") }) {
                let g = first.group
                let pronoun = args.filter { $0.group == g }
                args.removeAll { $0.group == g }
                args.insert(contentsOf: reporters.map { r in var a = pronoun[0]; a.actor = r; return a }, at: 0)
            }
            // "Gazprom Neft, gegen den die USA Sanktionen verhängt haben": a preposition and a relative pronoun after a comma put
            // the actor before the comma in that preposition's role
            if ci > 0, let rel = prepositionalRelative(c, cls[ci - 1], s) { args.insert(rel, at: 0) }
            // "North Korea warned that it would respond …", "Iran said they would …": English "it"/"they" is no mention; at the
            // start of reported speech whose speakers are states or organizations, it is the speaker
            if afterFrame, doc.language == .en, !frames.contains(ci), !subjectOfPrevious.isEmpty, reporters.allSatisfy({ !$0.hasPrefix("person:") }),
               let it = c.tokens.first(where: { toks[$0].isWord && !["that", "and"].contains(toks[$0].lower) }), ["it", "they"].contains(toks[it].lower),
               !args.contains(where: { $0.start < it + 2 }) {
                args.insert(contentsOf: subjectOfPrevious.filter { reporters.contains($0.actor) }.map { a in
                    var b = a
                    b.mention.tokens = it..<(it + 1)
                    b.phraseStart = it
                    b.end = it + 1
                    b.group = -3
                    b.role = .plain
                    return b
                }, at: 0)
            }
            // pure functions of the clause, asked several times below
            let clauseHedged = isHedged(c)
            let ownNegation = isNegated(c)
            let clauseNegated = ownNegation || (evidenceDenied && ["that", "dass", "daß"].contains(c.opener ?? ""))
            if ownNegation && c.tokens.contains(where: { RelationFinder.evidenceNouns.contains(toks[$0].lower) }) { evidenceDenied = true }
            var found = clauseCues[ci].filter { $0.entry.type != .represents }
            // "nannte die Vorwürfe eine Erfindung", "calling the accusations a pretext": a denial
            let qualifier = c.tokens.first(where: { isA($0, .qualifyVerb) })
            if let q = qualifier,
               c.tokens.contains(where: { $0 > q && isA($0, .claimNoun) }) {
                found = found.filter { $0.entry.type != .accusation && $0.entry.type != .denial }
                found.append(Cue(entry: CueEntry(type: .denial, cueClass: .verb, particle: nil, form: toks[q].text + " … " + "claim"), token: q, length: 1))
            }
            // "nannte die Rhetorik Russlands unverantwortlich", "described Israel's presence as a violation":
            // qualifying another actor's conduct with an accusing word accuses that actor
            if let q = qualifier,
               let acc = found.first(where: { $0.entry.type == .accusation && [.adj, .noun, .qualify].contains($0.entry.cueClass) && $0.token > q })
                ?? found.first(where: { $0.entry.type == .conflict && $0.entry.cueClass == .noun && $0.token > q }),
               !found.contains(where: { $0.entry.type == .denial }),
               // ("described Somalia as a key partner in the fight against al-Shabaab": what the actor is called is a partner)
               !found.contains(where: { $0.token > q && $0.token < acc.token && $0.entry.type == .alliance && $0.entry.cueClass == .noun }) {
                let before = args.filter { $0.isPlain && $0.end <= q }
                let subject = before.isEmpty ? (afterFrame ? [] : subjectOfPrevious) : subjectGroup(before)
                var subjectActors = Set(subject.map(\.actor))
                // "X told reporters that … and called Y's remarks reckless": the speaker qualifies
                if before.isEmpty, afterFrame, q == c.tokens.lowerBound + 1, c.opener.map({ RelationFinder.coordinators.contains($0) }) == true {
                    subjectActors = Set(speakersOfFrames)
                }
                // ("sprach von einem „hybriden Angriff“ des Regimes in Minsk": the noun's genitive is whose conduct it is)
                let accEnd = acc.token + acc.length + (acc.token + acc.length < c.tokens.upperBound && punctuation[acc.token + acc.length].contains(.quoteMark) ? 1 : 0)
                // ("China imposed export controls, which Brussels called blackmail": a relative clause on a thing qualifies the
                // act of the clause before's subject)
                let ofPrevious = ci > 0 && before.count > 0 && ["which", "that", "die", "der", "das", "den"].contains(c.opener ?? "")
                    && !args.contains(where: { $0.start > q && !subjectActors.contains($0.actor) })
                    ? subjectOfPrevious.first(where: { !subjectActors.contains($0.actor) && !$0.actor.hasPrefix("agreement:") }) : nil
                if let t = args.first(where: { $0.start > q && $0.start < acc.token && !subjectActors.contains($0.actor) && !$0.actor.hasPrefix("agreement:") && $0.role != .prep(.other) })
                    ?? ((acc.entry.cueClass == .qualify || acc.entry.type == .conflict) && doc.language == .de ? args.first(where: { $0.phraseStart == accEnd && ($0.role == .plain || $0.isPossessor) && !subjectActors.contains($0.actor) && !$0.actor.hasPrefix("agreement:") }) : nil)
                    ?? ofPrevious {
                    addQualifiedAccusations(from: subjectActors, to: t.actor, rule: "qualify:\(toks[q].text) … \(acc.entry.form)", sentence: s,
                                            possible: clauseHedged || question, negated: clauseNegated)
                    found.removeAll { $0.entry.type == .accusation }
                } else if !clauseNegated && !clauseHedged && !question && acc.entry.type == .accusation {
                    // "nannte den Schritt einen klaren Bruch internationalen Rechts": conduct qualified with no actor named
                    // is a claim about someone not named yet (a request of the same speaker names them, below)
                    qualifiedConductBy = subjectActors.filter { !$0.hasPrefix("agreement:") }.sorted()
                }
            }
            // "Milei hatte Begoña Gómez als „korrupt“ bezeichnet": German with the qualifying verb at the clause's end, the
            // accusing word after "als" before it; the subject accuses the actor between
            if doc.language == .de, let q = qualifier, !found.contains(where: { $0.entry.type == .denial }),
               !found.contains(where: { $0.entry.type == .accusation && $0.token > q }),
               let acc = found.first(where: { f in
                   f.entry.type == .accusation && [.adj, .noun, .qualify].contains(f.entry.cueClass) && f.token < q && f.token - 2 >= c.tokens.lowerBound
                       && (toks[f.token - 1].lower == "als" || !toks[f.token - 1].isWord && toks[f.token - 2].lower == "als") }) {
                let before = args.filter { $0.isPlain && $0.end <= acc.token }
                let subjectActors = Set(subjectGroup(before).map(\.actor))
                // ("China hatte Ausfuhrkontrollen eingeführt, die Brüssel als „Erpressung“ bezeichnete": in a relative clause on a
                // thing, whose it is is the clause before's subject)
                let ofPrevious = ci > 0 && ["die", "der", "das", "den"].contains(c.opener ?? "")
                    ? subjectOfPrevious.first(where: { !subjectActors.contains($0.actor) && !$0.actor.hasPrefix("agreement:") }) : nil
                if let t = before.first(where: { !subjectActors.contains($0.actor) && !$0.actor.hasPrefix("agreement:") }) ?? ofPrevious {
                    addQualifiedAccusations(from: subjectActors, to: t.actor, rule: "qualify:\(toks[q].text) … \(acc.entry.form)", sentence: s,
                                            possible: clauseHedged || question, negated: clauseNegated)
                    found.removeAll { $0.entry.type == .accusation }
                }
            }
            // "Islamabad calls the move an act of war", "nannte den Schritt eine Kriegserklärung": a war
            // noun that qualifies something is a word for it, no war
            if let q = qualifier { found.removeAll { $0.entry.type == .conflict && $0.entry.cueClass == .noun && $0.token > q } }
            found.removeAll { $0.entry.cueClass == .qualify }
            // "wies die Kritik zurück": the claim noun is what is denied, no accusation of its own
            if found.contains(where: { $0.entry.type == .denial && $0.entry.cueClass != .noun }) {
                found = found.filter { !($0.entry.type == .accusation && isA($0.token, .claimNoun)) }
            }
            if tracing {
                let a = args.map { a -> String in
                    var role = a.isPossessor ? "possessor" : "plain"
                    if case let .prep(r) = a.role { role = "\(r.rawValue):\(a.prepWord ?? "")" }
                    return "\(a.actor)[\(role)\(a.mention.isLocative ? ",place" : "")]g\(a.group)"
                }
                let cs = found.map { "\($0.entry.type.rawValue)/\($0.entry.cueClass.rawValue):\(toks[$0.token].text)" }
                traceLines.append("  clause \(ci)\(c.opener.map { " (\($0))" } ?? "")\(frames.contains(ci) ? " frame" : ""): \(doc.slice(TextRange(toks[c.tokens.lowerBound].range.start, toks[c.tokens.upperBound - 1].range.end)))")
                if !a.isEmpty || !cs.isEmpty { traceLines.append("    args: \(a.joined(separator: " ")) cues: \(cs.joined(separator: " "))") }
            }
            let clauseNegation = clauseNegated
            // "urged Russia not to attack Ukraine", "warned Tehran not to target …": "not to" negates the infinitive after it only
            // (the negation bit asked first: most tokens start no negation)
            let notTo = doc.language == .en ? c.tokens.first(where: { k in isA(k, .negationStart) && k + 1 < c.tokens.upperBound && toks[k + 1].lower == "to" && ["not", "never"].contains(toks[k].lower) }) : nil
            // "… would only fuel tensions and called on Iran": a coordinated verb in the past tense is no longer under the modal
            let pastCoordinated = c.opener.map { RelationFinder.coordinators.contains($0) } == true
                && c.tokens.dropFirst().first(where: { toks[$0].isWord }).map { k in
                    let w = toks[k].lower
                    return doc.language == .en ? w.hasSuffix("ed") : (w.hasSuffix("te") || w.hasSuffix("ten"))
                } == true
            // ("Ägypten erwägt, Truppen nach Somalia zu entsenden": an infinitive depends on its hedged clause too)
            let requestedAct = requested != nil && ci > 0 && c.opener != "um" && (c.opener == "to" || c.opener == "zu" || isInfinitive(c))
            let hedged = clauseHedged || question || requestedAct || (hedgedFrame && (c.opener != nil || isInfinitive(c)) && !pastCoordinated)
            if clauseHedged, let announced = intent(c, args, inherited: subjectOfPrevious) {
                if !announced.subjects.isEmpty { intentBy = announced.subjects }
                // ("kündigten an" is no "kündigten": the words of the intent are no cue)
                found.removeAll { announced.tokens.contains($0.token) && $0.entry.type != .threat }
            }
            if frames.contains(ci) {
                if clauseHedged { hedgedFrame = true }
                let speakers = args.filter { speakersOfFrames.contains($0.actor) }
                let frameArgs = argumentsOfClause(ci, cls).filter { speakersOfFrames.contains($0.actor) }
                if !frameArgs.isEmpty || !speakers.isEmpty { subjectOfPrevious = (speakers.isEmpty ? frameArgs : speakers).map { var a = $0; a.group = -1; return a } }
                afterFrame = true
                continue
            }
            if found.isEmpty {
                if clauseHedged { hedgedFrame = true }
                if !args.filter(\.isPlain).isEmpty && isMainClause(c) && !afterFrame { subjectOfPrevious = titledPerson(subjectGroup(args), args) }
                continue
            }
            // "soll geliefert haben", "reportedly sent": someone claims it, unnamed
            // (asked only of clauses with a cue)
            let rumoured = c.tokens.contains { k in
                isA(k, .reportMarkerStart) && words.reportMarkers.longestMatch(in: toks[..<c.tokens.upperBound], at: k, key: \.lower)?.value.hasPrefix("rumour:") == true
            }
            let hasClaimNoun = c.tokens.contains { isA($0, .claimNoun) }
            if hasClaimNoun {
                claimMentioned = true
                if c.tokens.contains(where: { isA($0, .claimNoun) && isPluralClaimNoun(toks[$0].lower) }) { pluralClaim = true }
                if c.tokens.contains(where: { isA($0, .claimNoun) && cueEntries(toks[$0], at: $0).contains { $0.type == .accusation && $0.cueClass == .noun } }) { accusationClaim = true }
            }
            // inherited subject for infinitive and coordinated clauses without one of their own
            // ("accused Venezuela | of supplying Cuba with weapons": a gerund clause has no subject of its own either)
            // ("…, before visiting Israel", "after meeting Xi": a temporal word before a gerund too)
            let gerund = doc.language == .en && c.tokens.count > 1
                && (RelationFinder.gerundPreps.contains(toks[c.tokens.lowerBound].lower) || isA(c.tokens.lowerBound, .temporalConjunction) || toks[c.tokens.lowerBound].lower == "after")
                && toks[c.tokens.lowerBound + 1].lower.hasSuffix("ing")
            // "…, offiziell zur Bekämpfung der ADF-Miliz": a German purpose phrase without a verb of its own is the
            // main clause's act, as "to fight the ADF" is
            let purposePhrase = doc.language == .de && ci > 0 && !found.isEmpty
                && found.allSatisfy { $0.entry.cueClass == .noun }
                && found.contains { $0.token > c.tokens.lowerBound && ["zur", "zum"].contains(toks[$0.token - 1].lower) }
            let infinitive = c.opener == "um" || c.opener == "zu" || c.opener == "to" || isInfinitive(c) || gerund || purposePhrase
            // "..., forderte die Hamas auf": a clause that starts with its verb has its subject before
            let firstWord = c.tokens.first { toks[$0].isWord }
            let verbFirst = ci > 0 && firstWord.map { f in found.contains { $0.token == f && ($0.entry.cueClass == .verb || $0.entry.cueClass == .verbRecv) }
                // "Premier Li Qiang, who also met the prime minister, is expected to visit Australia": after a relative clause,
                // a clause that opens with an auxiliary goes on with the main clause before it
                || c.opener == nil && ci > 1 && isA(f, .verbMarker) && !["to", "zu"].contains(toks[f].lower)
                    && (RelationFinder.subjectRelatives.contains(cls[ci - 1].opener ?? "")
                        // ("The ICJ, where Guyana has asked the judges to confirm the award that set the border, has ordered
                        // Venezuela …": a "where" clause, and a relative clause inside it)
                        || doc.language == .en && (1...min(2, ci - 1)).contains { k in
                            !isMainClause(cls[ci - k]) && (cls[ci - k].opener == nil || k == 1 && cls[ci - 1].opener == "that" && !isMainClause(cls[ci - 2])) }) } == true
            var ownSubject = infinitive || verbFirst ? [] : subjectGroup(args)
            var inherited: [Argument] = []
            // "… wirft der RSF Völkermord vor und verhängte Sanktionen gegen Daglo": a coordinated main clause keeps the subject
            let coordinatedMain = (c.opener.map { RelationFinder.coordinators.contains($0) || $0 == "aber" || $0 == "but" || $0 == "doch" } ?? false)
                && c.tokens.dropFirst().first(where: { toks[$0].isWord }).map { f in found.contains { $0.token == f && ($0.entry.cueClass == .verb || $0.entry.cueClass == .verbRecv) }
                    // ("und rief … seinen Botschafter aus Algier zurück": a separable verb whose cue is a phrase further on)
                    || doc.language == .de && !toks[f].isCapitalized && !cueCache.hasNoEntries(f) && hasCue(f, RelationFinder.verbKinds) } == true
            // "rejected allegations that it supplied missiles", "erklärte, dass es …": "it" is the main clause's subject
            // ("The Houthis said they would attack Israeli ships": the speaker)
            // the clause's first word after its opener, looked for once
            let leadWord: String? = {
                var seenOpener = c.opener == nil
                for k in c.tokens where toks[k].isWord {
                    if seenOpener { return toks[k].lower }
                    seenOpener = true
                }
                return nil
            }()
            func opensWith(_ set: Set<String>) -> Bool { leadWord.map { set.contains($0) } ?? false }
            let itSubject = (c.opener.map { RelationFinder.thatOpeners.contains($0) } == true && ownSubject.isEmpty && opensWith(RelationFinder.itEs))
                || (afterFrame && (c.opener == nil || c.opener == "that") && doc.language == .en && opensWith(RelationFinder.itTheyWe)
                    && ownSubject.allSatisfy { $0.start > (found.first?.token ?? 0) }
                    // "it" and "they" are no person
                    && (opensWith(RelationFinder.we) || subjectOfPrevious.allSatisfy { !$0.actor.hasPrefix("person:") }))
                || (afterFrame && c.opener == nil && doc.language == .de && opensWith(RelationFinder.sieEsWir)
                    && ownSubject.allSatisfy { $0.start > c.tokens.lowerBound + 1 } && subjectOfPrevious.allSatisfy { !$0.actor.hasPrefix("person:") })
            // "the kingdom accused Tehran …, and it still relies on the United States": the main clause's subject
            let andIt = doc.language == .en && RelationFinder.andBut.contains(c.opener ?? "") && opensWith(RelationFinder.itThey) && !afterFrame
                && !subjectOfPrevious.isEmpty && subjectOfPrevious.allSatisfy { !$0.actor.hasPrefix("person:") }
            if (itSubject && accusation == nil) || andIt {
                inherited = subjectOfPrevious
                ownSubject = []
                // the pronoun is the subject: the clause's own actors are objects ("sie würden israelische Schiffe angreifen")
                if doc.language == .de { for k in args.indices where args[k].isPlain { args[k].role = .prep(.target) } }
            } else if requestedAct, let req = requested {
                inherited = req
                ownSubject = []
            } else if let acc = accusation, ci > 0, !coordinatedMain, infinitive || c.opener == "of" || c.opener == "dass" || c.opener == "that" || ownSubject.isEmpty {
                inherited = acc.accused
                if !infinitive && !ownSubject.isEmpty { inherited = [] }
            } else if ownSubject.isEmpty || !(ownSubject.start(at: 0) < (found.first?.token ?? 0)) {
                // "after the heaviest fighting in Tripoli left dozens dead": a cue noun that opens the clause is its subject
                let opened = c.opener != nil || isA(c.tokens.lowerBound, .subordinator)
                var k = c.tokens.lowerBound + (opened ? 1 : 0)
                let first = k
                while k < c.tokens.upperBound && k < first + 3 && (isA(k, .determiner) || isWord(at: k) && !isCapitalized(at: k) && (isA(k, .adjectiveEnding) || doc.language == .en) && !isA(k, .cueForm)) { k += 1 }
                let nounOpens = opened && ci > 0 && k > first && !infinitive && found.contains { $0.token == k && $0.entry.cueClass == .noun }
                // ("…, a charge both firms deny": a claim noun summing up the clause before, then who denies it, no actor)
                let summarized = doc.language == .en && ci > 0 && c.opener == nil && ownSubject.isEmpty && first + 2 < c.tokens.upperBound
                    && ["a", "an"].contains(toks[first].lower) && isA(first + 1, .claimNoun)
                    && found.contains { $0.token > first + 2 && ($0.entry.cueClass == .verb || $0.entry.cueClass == .verbRecv) }
                if !nounOpens, !summarized, infinitive || verbFirst || (c.opener.map { RelationFinder.inheritOpeners.contains($0) } ?? false)
                    || (ownSubject.isEmpty && c.opener == nil && ci > 0) || itSubject {
                    inherited = subjectOfPrevious
                }
            }
            // "sanctions on two Chinese companies accused of supplying drone parts to Russia": a participle after a noun
            // (no auxiliary before it) leaves the gerund to that noun's actor, alleged by the clause's subject
            var allegedBy: [String] = []
            /// "Russia was accused of supplying …": alleged by no one named, so reported, not asserted
            var allegedUnnamed = false
            if gerund, ci > 0, doc.language == .en, ownSubject.isEmpty {
                let prev = cls[ci - 1]
                if let p = prev.tokens.last(where: { toks[$0].isWord }), p > prev.tokens.lowerBound, isA(p - 1, .passiveAux),
                   cueEntries(toks[p], at: p).contains(where: { $0.type == .accusation && $0.cueClass == .verb }) {
                    allegedUnnamed = true
                }
                if let p = prev.tokens.last(where: { toks[$0].isWord }), p > prev.tokens.lowerBound + 1, toks[p].lower.hasSuffix("ed"),
                   cueEntries(toks[p], at: p).contains(where: { $0.type == .accusation && $0.cueClass == .verb })
                    || isA(p, .reportMarkerStart) && words.reportMarkers.longestMatch(in: toks[..<prev.tokens.upperBound], at: p, key: \.lower)?.value.hasPrefix("rumour:") == true,
                   !isA(p - 1, .passiveAux) {
                    let prevArgs = argumentsOfClause(ci - 1, cls)
                    if let owner = prevArgs.last(where: { $0.end < p && $0.end >= p - 3 && !$0.actor.hasPrefix("agreement:") }) {
                        inherited = [owner].map { var a = $0; a.role = .plain; a.group = -1; return a }
                        allegedBy = subjectGroup(prevArgs.filter { $0.isPlain && $0.end <= owner.start }).map(\.actor)
                    }
                }
            }
            // "During a visit to Rabat in August, Israel's Foreign Minister Yair Lapid said …": a visit noun in a phrase of
            // occasion that opens the sentence is the visit of the next clause's subject (or speaker)
            if ci == 0, ownSubject.isEmpty, inherited.isEmpty, cls.count > 1, let f = firstWord, RelationFinder.occasionPreps.contains(toks[f].lower),
               found.contains(where: { $0.entry.type == .visit && $0.entry.cueClass == .noun && $0.token <= f + 3 }) {
                let next = argumentsOfClause(1, cls)
                inherited = frames.contains(1) ? next.filter { speakersOfFrames.contains($0.actor) } : subjectGroup(next.filter { $0.isPlain && $0.mention.form != .adjective })
                inherited = inherited.map { var a = $0; a.group = -1; a.role = .plain; return a }
            }
            if infinitive && !inherited.isEmpty { ownSubject = [] }
            // "Araghchi, who visited Riyadh in October, said": a relative clause's subject is the actor before it
            // German relative clauses end in their verb: an actor named right after the pronoun is the subject
            // ("die Russland angegriffen hat"); a nationality or a later actor is an object ("das eine algerische Drohne abschoss")
            let verbCue = found.first { [.verb, .verbRecv, .meet].contains($0.entry.cueClass) }?.token ?? (found.first?.token ?? 0)
            // (the first subject read in place: `first` would copy the whole Argument)
            /// Whether the clause is a relative clause of membership whose antecedent was added as the organization joined.
            var memberRelative = false
            memberRelativePronoun = -1
            let ownNamedSubject = !ownSubject.isEmpty && (doc.language == .de
                ? (ownSubject.start(at: 0) == c.tokens.lowerBound + 1
                   // ("das Ministerpräsidentin Giorgia Meloni und … unterzeichnet hatten": only the title before the name)
                   || ownSubject.start(at: 0) > c.tokens.lowerBound + 1 && ownSubject[0].actor.hasPrefix("person:")
                      && titleRuns(c.tokens.lowerBound + 1 ..< ownSubject.start(at: 0)))
                  && ownSubject.form(at: 0) != .adjective : ownSubject.start(at: 0) < verbCue)
            if inherited.isEmpty, let o = c.opener, ci > 0,
               let at = RelationFinder.subjectRelatives.contains(o)
                   ? (ownSubject.isEmpty || !ownNamedSubject || o == "who" ? relativeAntecedentIndex(c, s) : nil)
                   // ("Viv Ansanm, a coalition of gangs that has fought …": "that" after an apposition)
                   : (o == "that" && !ownNamedSubject ? appositionRelativeAntecedent(ci, cls, s) : nil) {
                let antecedent = mentions[at]
                let a = Argument(actor: antecedent.actor, mention: antecedent, at: at, role: .plain, prepWord: nil, phraseStart: antecedent.tokens.lowerBound, end: antecedent.tokens.upperBound, group: -1)
                inherited = [a]
                // ("Qatar and Oman, which maintain close ties with Tehran": the antecedent is the whole coordinated subject)
                if doc.language == .en, o == "which" || o == "who",
                   let own = argumentsOfClause(ci - 1, cls).first(where: { $0.mentionIndex == at && $0.isPlain }) {
                    let fellows = argumentsOfClause(ci - 1, cls).filter { $0.isPlain && $0.group == own.group && $0.actor != own.actor && $0.end <= own.start }
                    inherited = fellows.map { var f = $0; f.group = -1; return f } + inherited
                }
                // the German clause's own actors are its objects (in English they follow the verb anyway)
                if doc.language == .de { for k in args.indices where args[k].isPlain && args[k].start > c.tokens.lowerBound { args[k].role = .prep(.target) } }
                ownSubject = []
            }
            // "the BRICS group, which Trump has accused of …": a subject named right after "which" makes the
            // antecedent the object (German "das Russland beliefert" is left alone: either may be the subject)
            else if doc.language == .en, inherited.isEmpty, let o = c.opener, o == "which", ci > 0, ownNamedSubject,
                    ownSubject[0].start <= c.tokens.lowerBound + 2, toks[c.tokens.lowerBound].lower != "of",
                    let at = relativeAntecedentIndex(c, s), !ownSubject.contains(where: { $0.actor == mentions[at].actor }),
                    // ("… said Rwanda had deployed soldiers in support of the M23, which Kigali denies": the claim is denied;
                    // "accused Iranian forces of mistreating Afghan migrants, which Tehran denies": so is the accusation)
                    !(found.contains { $0.entry.type == .denial && $0.entry.cueClass == .verb }
                      && relations[firstRelationOfSentence...].contains { !$0.attributedTo.isEmpty || $0.type == .accusation }) {
                let antecedent = mentions[at]
                args.append(Argument(actor: antecedent.actor, mention: antecedent, at: at, role: .prep(.target), prepWord: o, phraseStart: c.tokens.lowerBound, end: c.tokens.lowerBound, group: -2))
            }
            // "Die Andengemeinschaft, der Ecuador und Kolumbien angehören", "the CSTO, to which both belong", "BRICS, which
            // Indonesia joined": the members are named, the organization is the antecedent (an alliance goes both ways)
            // ("der Mercosur, dem Argentinien angehört"; "the Caribbean Community, of which Guyana is a member": a member noun
            // after "of which")
            else if inherited.isEmpty, let o = c.opener, ci > 0, ownNamedSubject || o == "which" || o == "dem",
                    RelationFinder.subjectRelatives.contains(o) || o == "which" || o == "der" || o == "denen" || o == "dem",
                    found.contains(where: { $0.entry.type == .alliance && ($0.entry.cueClass == .verb
                        || $0.entry.cueClass == .noun && o == "which" && toks[c.tokens.lowerBound].lower == "of") }),
                    let at = relativeAntecedentIndex(c, s), mentions[at].actor.hasPrefix("org:"),
                    !args.contains(where: { $0.actor == mentions[at].actor }) {
                let antecedent = mentions[at]
                args.append(Argument(actor: antecedent.actor, mention: antecedent, at: at, role: .prep(.target), prepWord: o, phraseStart: c.tokens.lowerBound, end: c.tokens.lowerBound, group: -2))
                memberRelative = true
                if o == "dem" { memberRelativePronoun = c.tokens.lowerBound }
            }
            // "Camara, dem sie vorwerfen, …", "the envoy, whom Moscow accused": the actor before an oblique
            // relative pronoun is the target; the subject is the clause's own or the main clause's
            if !memberRelative, let o = c.opener, RelationFinder.objectRelatives.contains(o), ci > 0,
               let at = relativeAntecedentIndex(c, s) {
                let antecedent = mentions[at]
                args.removeAll { $0.actor == antecedent.actor }
                ownSubject.removeAll { $0.actor == antecedent.actor }
                if ownSubject.isEmpty || ownSubject.allSatisfy({ $0.mention.form.isPronounLike }) && !subjectOfPrevious.isEmpty {
                    inherited = subjectOfPrevious.filter { $0.actor != antecedent.actor }
                    args.removeAll { a in ownSubject.contains { $0.actor == a.actor } }
                    ownSubject = []
                }
                args.append(Argument(actor: antecedent.actor, mention: antecedent, at: at, role: .prep(.target), prepWord: o, phraseStart: c.tokens.lowerBound, end: c.tokens.lowerBound, group: -2))
            }
            // "Britain sent a patrol ship, a move Caracas denounced as a provocation": a noun summing up the clause
            // before, then who judged it; the judged one is that clause's subject
            if doc.language == .en, ci > 0, c.opener == nil, inherited.isEmpty, !subjectOfPrevious.isEmpty,
               let f = c.tokens.first(where: { toks[$0].isWord }), ["a", "an"].contains(toks[f].lower),
               let judge = args.first(where: { $0.isPlain }), judge.start > f + 1, judge.start <= f + 3,
               (f + 1 ..< judge.start).allSatisfy({ toks[$0].isWord && !toks[$0].isCapitalized }),
               found.contains(where: { $0.token == judge.end && $0.entry.cueClass == .verb }),
               subjectOfPrevious.allSatisfy({ p in !args.contains { $0.actor == p.actor } }) {
                for p in subjectOfPrevious {
                    var a = p
                    a.role = .prep(.target); a.prepWord = nil; a.group = -2
                    args.append(a)
                }
            }
            // arguments from another clause: their group numbers mean nothing here
            inherited = inherited.map { var a = $0; a.group = -1; return a }
            // "setzte die Militärhilfe aus", "suspended aid to Rwanda": stopping aid is a sanction
            /// "India suspends water treaty with Pakistan": the parties of the agreement one of them stops
            var stoppedAgreement = false
            /// "closed its border with Belarus", "brach die Beziehungen zu Ecuador ab": the stopping verb and the tie it stops
            var stoppedLink: (stop: Int, link: Int)?
            /// The tie `stop` closes, with no aid or agreement in the clause, as a sanction cue at the verb; `concludes`: the
            /// verb's own agreement reading gives way ("hat seine Grenze zu Belarus geschlossen")
            func stopTie(_ stop: Cue, concludes: Bool) {
                guard !found.contains(where: { RelationFinder.aidTypeSet.contains($0.entry.type)
                          || $0.entry.type == .partyTo && !(concludes && $0.token == stop.token && $0.entry.cueClass == .verb) }),
                      !args.contains(where: { $0.actor.hasPrefix("agreement:") }), let link = stoppedTie(stop.token, c) else { return }
                found.removeAll { $0.entry.type == .partyTo }
                stoppedLink = (stop.token, link)
                found.append(Cue(entry: CueEntry(type: .sanction, cueClass: .verb, particle: nil, form: stop.entry.form + " + " + toks[link].text), token: stop.token, length: 1))
            }
            if let stop = found.first(where: { $0.entry.cueClass == .reverse }), words.linkVerbs.contains(stop.entry.form.lowercased()) {
                // a verb that closes or breaks off ties (lexicon `link`) stops nothing else: no aid, no agreement
                // ("hat ein Abkommen geschlossen" concludes it)
                found.removeAll { $0.entry.cueClass == .reverse }
                stopTie(stop, concludes: true)
            } else if let stop = found.first(where: { $0.entry.cueClass == .reverse }) {
                let aid = RelationFinder.aidTypeSet
                if !found.contains(where: { aid.contains($0.entry.type) && $0.entry.cueClass == .noun }),
                   let k = found.firstIndex(where: { $0.entry.type == .partyTo && $0.entry.cueClass == .noun && ($0.token > stop.token || doc.language == .de) }) {
                    found[k].entry.cueClass = .verb
                    found[k].entry.form = stop.entry.form + " + " + found[k].entry.form
                    stoppedAgreement = true
                } else if !found.contains(where: { aid.contains($0.entry.type) || $0.entry.type == .partyTo }),
                          let agr = args.first(where: { $0.actor.hasPrefix("agreement:") && !$0.actor.hasPrefix("agreement:?") && ($0.start > stop.token || doc.language == .de) }) {
                    // "India has suspended the Indus Waters Treaty with Pakistan", "aus dem New-START-Vertrag ausgestiegen":
                    // a named agreement stopped by one of its parties
                    found.append(Cue(entry: CueEntry(type: .partyTo, cueClass: .verb, particle: nil, form: stop.entry.form + " + " + mentions[agr.mention.index].surface), token: stop.token, length: 1))
                    stoppedAgreement = true
                } else {
                    // "suspended imports of Japanese seafood", "stoppte die Einfuhr japanischer Meeresfrüchte"
                    stopTie(stop, concludes: false)
                }
                found = found.compactMap { cue in
                    if cue.entry.cueClass == .reverse { return nil }
                    guard aid.contains(cue.entry.type), cue.entry.cueClass == .noun
                            || (doc.language == .en && cue.token > stop.token && cue.entry.cueClass == .verb) else { return cue }
                    var n = cue
                    n.entry.type = .sanction
                    n.entry.cueClass = .noun
                    n.entry.form = stop.entry.form + " + " + cue.entry.form
                    return n
                }
                // one sanction per clause, however many aid words
                var seenSanction = false
                found = found.filter { cue in
                    guard cue.entry.type == .sanction && cue.entry.form.contains(" + ") else { return true }
                    defer { seenSanction = true }
                    return !seenSanction
                }
            }
            let armsTheme = found.contains { $0.entry.type == .armsSupply && $0.entry.cueClass == .theme }
            let troopTheme = found.contains { $0.entry.type == .militarySupport && $0.entry.cueClass == .theme }
            let transferEvent = found.contains { [.armsSupply, .militarySupport].contains($0.entry.type) && $0.entry.cueClass != .theme }
            let passive = isPassive(c, found)
            var expanded: [(Cue, EdgeType)] = []
            /// A denial verb of this clause that governs a relation after it ("denies backing the M23")
            var denialCue: Int?
            for cue in found {
                var type = cue.entry.type
                // "cancelled a state visit to Washington", "sagte seinen Besuch in Indien ab": a visit called off did not happen
                if type == .visit, !words.cancelVerbs.isEmpty, isCalledOff(before: cue.token, in: c) { continue }
                // "pledged to respond", "agreed to lead the mission": a promise or consent to act, no support or signature
                // ("pledged not to attack each other": the same promise, negated inside)
                let after = cue.token + cue.length + (cue.token + cue.length + 1 < c.tokens.upperBound && ["not", "never"].contains(lower(at: cue.token + cue.length)) ? 1 : 0)
                if RelationFinder.promiseTypes.contains(type), cue.entry.cueClass == .verb, doc.language == .en, after + 1 < c.tokens.upperBound,
                   toks[after].lower == "to", toks[after + 1].isWord, !toks[after + 1].isCapitalized,
                   !args.contains(where: { $0.start == after + 1 || $0.phraseStart == after + 1 }) { continue }
                // "defending itself against the Russian invasion", "die sich gegen die russische Invasion verteidigt": who defends
                // itself is attacked by whom it defends against, and supports no one
                if type == .support, cue.entry.cueClass == .verb, RelationFinder.defendVerbs.contains(cue.entry.form.lowercased()),
                   doc.language == .en ? (cue.token + 1 < c.tokens.upperBound && ["itself", "themselves", "himself", "herself"].contains(toks[cue.token + 1].lower))
                                       : (c.tokens.lowerBound..<cue.token).contains(where: { toks[$0].lower == "sich" }) {
                    var attackers = false
                    for k in args.indices where ["against", "gegen"].contains(args[k].prepWord ?? "") && (doc.language == .de || args[k].start > cue.token) {
                        args[k].role = .prep(.agent)
                        attackers = true
                    }
                    if attackers {
                        var e = cue
                        e.entry.type = .conflict
                        e.entry.cueClass = .verbRecv
                        expanded.append((e, .conflict))
                    }
                    continue
                }
                if cue.entry.cueClass == .theme {
                    // a theme alone: only with a receiver ("Soldaten nach Russland", "drones to Russia");
                    // weapons fired at someone are an attack ("fired rockets into northern Israel")
                    if transferEvent || found.contains(where: { $0.entry.type == .conflict && $0.entry.cueClass == .verb }) { continue }
                    // (not the addressee of another cue: "his appeal to Western partners to let Kyiv use missiles")
                    // (troops beside someone: "Rwandan soldiers are operating alongside the M23")
                    let receiver = args.contains { ($0.role == .prep(.target) && !["gegen", "auf", "against", "on", "gegenüber"].contains($0.prepWord ?? "")
                        || cue.entry.type == .militarySupport && ["alongside", "an der seite"].contains($0.prepWord ?? ""))
                        && !attachedToOtherCue($0, cue.entry.type, c, except: cue.token) }
                    // ("keeps about 28,500 troops in South Korea", "unterhält Soldaten in Südkorea": a verb of keeping before troops
                    // and a place after them host the troops)
                    let hosted = cue.entry.type == .militarySupport && hostOfKeptTroops(cue, c, args) != nil
                    if !receiver && !hosted && !found.contains(where: { $0.entry.type == .support && $0.entry.cueClass != .theme }) { continue }
                } else if type == .militarySupport || type == .armsSupply, cue.entry.cueClass == .verb,
                          found.contains(where: { $0.entry.type == .accusation && $0.entry.cueClass == .noun && $0.token > cue.token && $0.token <= cue.token + 4 }) {
                    // "sent a formal protest note to Colombia": what is sent is a protest; the sending accuses the receiver
                    type = .accusation
                } else if type == .armsSupply && cue.entry.cueClass == .verbRecv && !armsTheme {
                    // ("bought oil from Russia": buying is an arms supply only of arms)
                    continue
                } else if type == .support && cue.entry.cueClass == .verbRecv && (armsTheme || troopTheme) {
                    // "Burkina Faso erhält aus Moskau Waffen", "received drones from Turkey"
                    type = armsTheme ? .armsSupply : .militarySupport
                } else if type == .militarySupport, cue.entry.cueClass == .verb, !troopTheme, !armsTheme, sendsUnarmedPeople(cue, c, args) {
                    // "send more deportees to El Salvador", "offered to send home the 252 Venezuelans": people who bear no
                    // arms, sent, are no troops
                    continue
                } else if type == .militarySupport && armsTheme && !troopTheme {
                    type = .armsSupply
                } else if type == .armsSupply && troopTheme && !armsTheme && cue.entry.cueClass != .noun
                            // ("arming RED-Tabara fighters": who is armed receives the arms)
                            && !RelationFinder.armingVerbs.contains(cue.entry.form.lowercased()) {
                    type = .militarySupport
                } else if type == .visit && troopTheme && cue.entry.cueClass == .verb {
                    // "Russian military instructors arrived in Niamey": troops arriving are sent, not visiting
                    type = .militarySupport
                }
                // "hat mit einem Atomangriff auf Südkorea gedroht", "threatened Armenia with military action": a threatened attack is none
                // ("threatened in a speech to resume attacks on Israeli ships")
                if type == .conflict, found.contains(where: { $0.entry.type == .threat && $0.entry.cueClass == .verb && (cue.entry.cueClass == .noun || $0.token < cue.token) }) { continue }
                // "threatened to impose sanctions on Chile", "drohte damit, den Fall vor den IGH zu bringen": the act threatened in
                // the infinitive after a threat verb is the threat's content, not done
                if [.conflict, .sanction, .request].contains(type),
                   (infinitive || c.tokens.contains { toks[$0].lower == "zu" }) && ci > 0
                    && (1...min(2, ci)).contains(where: { k in sentenceCues[ci - k].contains { $0.entry.type == .threat && ($0.entry.cueClass == .verb || $0.entry.cueClass == .verbRecv) } })
                    || found.contains(where: { t in t.entry.type == .threat && t.entry.cueClass == .verb && t.token < cue.token
                        && (t.token + 1..<cue.token).contains { ["to", "zu"].contains(toks[$0].lower) } }) { continue }
                expanded.append((cue, type))
                // "provides Hezbollah with money, weapons and training": weapons given with support are arms too
                // ("stellen der Ukraine weitere Patriot-Systeme zur Verfügung", "sagte Israel Waffen zu": German
                // weapons right after the dative receiver, over adjectives and numbers)
                if type == .support, cue.entry.cueClass == .verb, found.contains(where: { w in w.entry.type == .armsSupply && w.entry.cueClass == .theme && w.token > cue.token
                    && ((max(cue.token + 1, w.token - 4)..<w.token).contains { ["with", "mit"].contains(toks[$0].lower) } || doc.language == .de && themeAfterReceiver(w.token, args)) }) {
                    expanded.append((cue, .armsSupply))
                }
                // "sent troops and weapons to Somalia": both kinds of aid
                if armsTheme && troopTheme && cue.entry.cueClass == .verb && [.armsSupply, .militarySupport].contains(type) {
                    expanded.append((cue, type == .armsSupply ? .militarySupport : .armsSupply))
                }
                // "kämpfen an der Seite der Miliz", "fought alongside the SDF": fighting beside someone supports them
                if type == .conflict, cue.entry.cueClass == .verb, args.contains(where: { ["alongside", "an der seite"].contains($0.prepWord ?? "") }) {
                    expanded.append((cue, .militarySupport))
                }
                // "kämpfen an der Seite Russlands gegen die Ukraine", "fighting alongside Russian troops against Ukraine":
                // fighting beside one side is fighting the other
                if type == .militarySupport, cue.entry.cueClass == .verb, cue.entry.form.hasPrefix("fight") || cue.entry.form.hasPrefix("kämpf"),
                   args.contains(where: { $0.start > cue.token && ["against", "gegen"].contains($0.prepWord ?? "") && $0.role == .prep(.target) }) {
                    expanded.append((cue, .conflict))
                }
                // "Wagner mercenaries are fighting for the Malian junta": fighting for someone supports them
                if type == .conflict, cue.entry.cueClass == .verb, troopTheme || cue.entry.form.hasPrefix("fight") || cue.entry.form.hasPrefix("kämpf"),
                   args.contains(where: { $0.start > cue.token && ["for", "für"].contains($0.prepWord ?? "") && $0.role == .prep(.target) }) {
                    expanded.removeLast()
                    expanded.append((cue, .militarySupport))
                }
            }
            for (cue, type) in expanded {
                let negated = clauseNegation || notTo.map { cue.token > $0 } ?? false
                // (no argument and none inherited: no actor for a relation to start from, so none is made)
                var made = args.isEmpty && inherited.isEmpty ? []
                    : stoppedLink.map({ $0.stop == cue.token && type == .sanction }) == true
                    ? tieSanctions(stop: cue.token, link: stoppedLink!.link, args: args, inherited: inherited, rule: "reverse:" + cue.entry.form, sentence: s)
                    : relationsFor(cue: cue, type: type, args: &args, clause: c, inherited: inherited, passive: passive,
                                   sentence: s, clauses: cls, clauseIndex: ci)
                adjustPeopleAndBodies(&made, type: type, cue: cue, args: args, inherited: inherited, passive: passive, clause: c, sentence: s)
                // "…, kritisierte der bosnische Präsident Denis Bećirović": the speaker accuses the reported clause's subject
                if type == .accusation, !passive, let r = invertedCriticism(cue, clause: c, args: args, sentence: s) { made = [r] }
                // "stünden seit Beginn des russischen Angriffskriegs gemeinsam an der Seite der Ukraine": who stands at
                // someone's side supports only that one
                if type == .support, cue.entry.particle == "seite" {
                    let beside = RelationFinder.uniqueSorted(args.filter { $0.prepWord == "an der seite" }.map(\.actor))
                    made = RelationFinder.uniqueSorted(made.map(\.source)).flatMap { src in
                        beside.filter { $0 != src }.map { Relation(type: .support, source: src, target: $0, sentence: s.index, rule: "verb:" + cue.entry.form) }
                    }
                }
                // "Macron said Israel had every right to defend itself", "Israel habe ein Recht auf Selbstverteidigung, sagte Scholz":
                // the speaker supports who holds the right (the holder supports no one)
                if type == .support, cue.entry.cueClass == .noun, RelationFinder.selfDefenceFormAnswers.answer(cue.entry.form, RelationFinder.isSelfDefenceForm) {
                    made = []
                    if !reporters.isEmpty, !negated, let holder = args.first(where: { $0.isPlain && $0.end <= cue.token && !$0.actor.hasPrefix("agreement:") }) {
                        made = reporters.filter { $0 != holder.actor && personState[$0] != holder.actor }.map {
                            Relation(type: .support, source: $0, target: holder.actor, sentence: s.index, rule: "report+right:" + cue.entry.form)
                        }
                    }
                }
                // "filed a complaint with the WTO", "verklagt Ecuador vor dem IGH", "reichte bei der WTO Beschwerde ein": the body
                // a complaint is brought to is asked to act, not accused
                if type == .accusation, !made.isEmpty {
                    let bodies = args.filter { $0.actor.hasPrefix("org:") && ["with", "before", "at", "bei", "beim", "vor", "vorm"].contains($0.prepWord ?? "") }
                    if !bodies.isEmpty {
                        let bodyActors = Set(bodies.map(\.actor))
                        let sources = Set(made.map(\.source))
                        made.removeAll { bodyActors.contains($0.target) }
                        for src in sources.sorted() {
                            for b in bodyActors.sorted() where b != src {
                                made.append(Relation(type: .request, source: src, target: b, sentence: s.index, rule: "complaint:" + cue.entry.form))
                            }
                        }
                    }
                }
                // "since the invasion of Ukraine", "seit Beginn des Ukraine-Kriegs", "Russia's full-scale invasion": a war the
                // text names by one side (lexicon `war`)
                if type == .conflict, cue.entry.cueClass == .noun, !negated, let side = warOfOneSide(cue, args, made, sentence: s.index) { made = side }
                // "Khamenei said Israel would receive a crushing response", "Polen werde eine harte Antwort erhalten":
                // the speaker threatens the one who is to receive the response
                if type == .threat, made.isEmpty, cue.entry.cueClass == .noun, !reporters.isEmpty, !negated,
                   found.contains(where: { $0.entry.cueClass == .verbRecv }),
                   let subject = args.first(where: { $0.isPlain && $0.end <= cue.token && !$0.mention.form.isPronounLike }),
                   !reporters.contains(where: { $0 == subject.actor || personState[$0] == subject.actor }) {
                    made = reporters.map { Relation(type: .threat, source: $0, target: subject.actor, sentence: s.index, rule: "report+receive:" + cue.entry.form) }
                }
                // a person is an ally only where called one over a copula ("Noboa gilt als enger Verbündeter von Trump",
                // "Orbán is a close ally of Putin") or in an apposition ("Javier Milei, a close ally of Trump,"), not in a
                // list ("he and several allies, among them …")
                // (ties are a person's too: "Mnangagwa pflegt enge Beziehungen zu Moskau", "Orbán's close ties to Putin")
                if type == .alliance, made.contains(where: { $0.source.hasPrefix("person:") || $0.target.hasPrefix("person:") }), !RelationFinder.isTiesCue(cue.entry.form, words),
                   !(c.tokens.lowerBound..<cue.token).contains(where: { isA($0, .copula) && toks[$0].lower != "has" }),
                   !((max(c.tokens.lowerBound, cue.token - 4)..<cue.token).reversed().first { !toks[$0].isWord || toks[$0].isCapitalized }.map { punctuation[$0].contains(.comma) } ?? false) {
                    made.removeAll { $0.source.hasPrefix("person:") || $0.target.hasPrefix("person:") }
                }
                // "Kyiv said Russia had offered no proof": under a speaker who denies, the actors that a denial noun
                // or adjective speaks of are the claimants, not deniers
                if type == .denial, speakerDenies, cue.entry.cueClass == .noun || cue.entry.cueClass == .adj, let denying = deniers,
                   !made.isEmpty, made.allSatisfy({ r in !denying.contains(r.source) && !denying.contains { personState[$0] == r.source } }) {
                    // (the speaker's own state in the clause denies with the speaker: "Peskov said reports that … help Russia were another fake")
                    let claimants = RelationFinder.uniqueSorted(made.map(\.source) + made.map(\.target).filter { $0 != "?claimant" })
                    made = denying.flatMap { d in
                        claimants.filter { $0 != d && personState[d] != $0 }.map { Relation(type: .denial, source: d, target: $0, sentence: s.index, rule: "report+" + cue.entry.cueClass.rawValue + ":" + cue.entry.form) }
                    }
                }
                // "The United States, which is responsible for Palau's defence": an adjective of blame says who is blamed, not
                // whom its subject accuses; only a speaker blames (below)
                if type == .accusation, cue.entry.cueClass == .adj, RelationFinder.blameAdjectives.contains(cue.entry.form.lowercased()) {
                    made.removeAll { !reporters.contains($0.source) }
                }
                // "Ukraine said Russia was responsible for the attack": an accusing adjective on the subject of
                // reported speech is the reporter's accusation of it
                if made.isEmpty, type == .accusation, cue.entry.cueClass == .adj, !reporters.isEmpty, !frames.contains(ci),
                   let subj = subjectGroup(args).first, subj.end <= cue.token {
                    for rep in reporters where rep != subj.actor && personState[rep] != subj.actor {
                        made.append(Relation(type: .accusation, source: rep, target: subj.actor, sentence: s.index, rule: "report+adj:" + cue.entry.form))
                    }
                }
                if stoppedAgreement && type == .partyTo {
                    // … and stopping it sanctions the other party
                    let others = Set(args.filter { $0.role == .prep(.with) }.map { personState[$0.actor] ?? $0.actor })
                    let stoppers = Set(made.map(\.source)).subtracting(others)
                    for a in stoppers.sorted() {
                        for b in others.sorted() where a != b {
                            made.append(Relation(type: .sanction, source: a, target: b, sentence: s.index, rule: "reverse:" + cue.entry.form))
                        }
                    }
                }
                // "Beide Staaten sind seit der Erklärung von Schuscha verbündet", "allied under the 1953 treaty": the
                // allies are bound by the agreement that makes them allies
                if type == .alliance, !made.isEmpty,
                   let agr = args.first(where: { $0.actor.hasPrefix("agreement:") && RelationFinder.agreementBasisPreps.contains($0.prepWord ?? "") })?.actor {
                    for party in RelationFinder.uniqueSorted(made.flatMap { [$0.source, $0.target] }) where !party.hasPrefix("agreement:") {
                        made.append(Relation(type: .partyTo, source: party, target: agr, sentence: s.index, rule: "alliance+agreement:" + cue.entry.form))
                    }
                }
                // "bestritt nicht, dass …", "did not deny": a denial that is negated denies nothing
                if negated && type == .denial && cue.entry.cueClass == .verb { made.removeAll() }
                // ("the claim was not a hoax": a negation before a denial noun or adjective, outside the cue's own words)
                if type == .denial, cue.entry.cueClass == .noun || cue.entry.cueClass == .adj,
                   (c.tokens.lowerBound..<cue.token).contains(where: { isA($0, .negationStart) }) { made.removeAll() }
                // "will not renew its agreement with China", "das Abkommen nicht verlängern": whoever could renew, extend or
                // end an agreement is a party to it, negated or not (a party_to verb cue among the lexicon's `holding` verbs)
                let presupposed = type == .partyTo && cue.entry.cueClass == .verb && words.holdingVerbs.contains(cue.entry.form)
                for var r in made {
                    if negated && type != .denial && !(presupposed && r.type == .partyTo) { continue }
                    // "summoned Russia's ambassador Georgy Zinoviev", "bestellte Botschafter Huang ein": a summons rebukes the envoy's state
                    if type == .accusation, words.summonVerbs.contains(cue.entry.form.lowercased()), let st = personState[r.target] {
                        if st == r.source { continue }
                        r.target = st
                    }
                    // "Trump, den er … besucht hatte": a visit to a person is a visit to the person's state (a person of no
                    // known state is no host: "used the visit to reject calls for the return of Kilmar Abrego Garcia")
                    if type == .visit, r.target.hasPrefix("person:") {
                        // (else the state the lexicon places that person in: "Steve Witkoff visited Vladimir Putin")
                        guard let st = personState[r.target] ?? lexicon.affiliations[r.target].map(\.actor).flatMap({ $0.hasPrefix("state:") ? $0 : nil }) else { continue }
                        if st == r.source || personState[r.source] == st { continue }
                        r.target = st
                    }
                    r.attributedTo = ci < ownClausesEnd ? [] : reporters.filter { $0 != r.source }
                    if !allegedBy.isEmpty { r.attributedTo = RelationFinder.uniqueSorted(r.attributedTo + allegedBy.filter { $0 != r.source }) }
                    if allegedUnnamed && !hedged && type != .denial { r.modality = .reported }
                    if hedged { r.modality = .possible } else if !r.attributedTo.isEmpty || rumoured { r.modality = .reported }
                    // (the speaker's own threat is stated, however hedged the response it announces)
                    if r.rule.hasPrefix("report+receive:") && !hedgedFrame && !question { r.modality = .asserted }
                    if type == .denial {
                        r.attributedTo = []
                        r.modality = .asserted
                    }
                    // "Safadi told CNN that Amman would take all necessary measures if Damascus …": a threat the speaker reports of
                    // the speaker's own state is the speaker's threat
                    if type == .threat, r.attributedTo.count == 1, r.attributedTo[0].hasPrefix("person:"), personState[r.attributedTo[0]] == r.source {
                        r.source = r.attributedTo[0]
                        r.attributedTo = []
                        if r.modality == .reported { r.modality = .asserted }
                    }
                    if let acc = accusation, type != .accusation, type != .denial {
                        r.attributedTo = RelationFinder.uniqueSorted(r.attributedTo + acc.accuser)
                        if r.modality == .asserted { r.modality = .reported }
                    }
                    // "Pakistan denied any involvement and accused India": the denier's own claim is not denied,
                    // but what the denial verb itself governs is ("Rwanda denies backing the M23")
                    let governed = denialCue.map { $0 < cue.token } ?? false
                        || (denialClause == ci - 1 && ["that", "dass", "daß"].contains(c.opener ?? ""))
                    if let d = deniers?.filter({ $0 != r.source || governed }), !d.isEmpty, type != .denial {
                        r.deniedBy = d
                        // "rejected US allegations that it supplied missiles": the claim is the accusers'
                        if governed, r.attributedTo.isEmpty {
                            r.attributedTo = denialTargets.filter { $0 != r.source && !d.contains($0) }
                            if !r.attributedTo.isEmpty && r.modality == .asserted { r.modality = .reported }
                        }
                        if r.attributedTo.isEmpty && r.modality == .asserted { r.modality = .denied }
                    }
                    if addRelation(r) {
                        if tracing { traceLines.append("    => \(r.type.rawValue) \(r.source) -> \(r.target) \(r.modality.rawValue) \(r.attributedTo) \(r.rule)") }
                    }
                    // "The Houthis said they would keep attacking Israeli ships": announcing one's own attack threatens
                    // ("Houthi leaders vowed to keep attacking ships", "Die Huthi kündigten an, … anzugreifen")
                    if type == .conflict, r.modality == .possible, !negated,
                       reporters.contains(where: { $0 == r.source || personState[$0] == r.source }) || intentBy.contains(r.source),
                       // an intent, not a condition ("if it attacked Guyana")
                       !(c.tokens.lowerBound..<cue.token).contains(where: { RelationFinder.conditionals.contains(toks[$0].lower) }) {
                        var t = Relation(type: .threat, source: r.source, target: r.target, sentence: s.index, rule: "intent:" + r.rule)
                        // ("Defence Minister Katz said Israel would strike again if Iran attacked": the minister threatens for his state)
                        let officials = reporters.filter { $0 != r.source && personState[$0] == r.source }
                        t.attributedTo = reporters.filter { $0 != r.source && !officials.contains($0) }
                        if !t.attributedTo.isEmpty { t.modality = .reported }
                        if addRelation(t), tracing { traceLines.append("    => threat \(t.source) -> \(t.target) \(t.rule)") }
                        for o in officials {
                            let p = Relation(type: .threat, source: o, target: r.target, sentence: s.index, rule: "intent:" + r.rule)
                            if addRelation(p), tracing { traceLines.append("    => threat \(p.source) -> \(p.target) \(p.rule)") }
                        }
                    }
                }
                if type == .request, let r = made.first, !negated {
                    let asked = args.filter { $0.actor == r.target }
                    if !asked.isEmpty { requested = asked.map { var a = $0; a.role = .plain; a.group = -1; return a } }
                    // "verurteilte das Geschäft als „schwere Einmischung“ und forderte die USA auf, …", "nannte den Schritt einen
                    // Bruch internationalen Rechts und forderte Niamey auf, …": who condemns conduct without naming its actor
                    // and asks someone in the same sentence to stop or mend it accuses the one asked
                    if !unnamedAccusers.isEmpty || !qualifiedConductBy.isEmpty {
                        for q in made where (unnamedAccusers.contains(q.source) || qualifiedConductBy.contains(q.source)) && q.modality != .possible {
                            var a = Relation(type: .accusation, source: q.source, target: q.target, sentence: s.index, rule: "condemned+request:" + cue.entry.form)
                            a.modality = q.modality
                            a.attributedTo = q.attributedTo
                            if addRelation(a), tracing { traceLines.append("    => accusation \(a.source) -> \(a.target) \(a.rule)") }
                        }
                    }
                }
                if type == .accusation, let r = made.first {
                    let accused = args.filter { $0.actor == r.target }
                    accusation = (made.map(\.source), accused)
                } else if type == .accusation, made.isEmpty, !negated, cue.entry.cueClass == .verb {
                    // "Dbeibah accused the eastern camp of …": the accused is no actor, but the accuser has made a
                    // claim that a later "rejected the accusation" answers
                    let accusers = (ownSubject.isEmpty ? inherited : ownSubject).map(\.actor).compactMap { $0.hasPrefix("agreement:") ? nil : $0 }
                    if !accusers.isEmpty { unnamedAccusers = accusers }
                }
                if type == .denial {
                    deniers = RelationFinder.uniqueSorted(made.map(\.source))
                    if deniedContent(after: cue, in: c) != nil { denialCue = cue.token }
                    if deniesInvolvement(after: cue, in: c) { involvementDenied = true }
                    denialClause = ci
                    denialTargets = RelationFinder.uniqueSorted(made.map(\.target).filter { $0 != "?claimant" })
                }
            }
            if !ownSubject.isEmpty && isMainClause(c) && !afterFrame { subjectOfPrevious = ownSubject }
        }
        // Denials point back: at the claim this sentence states in a dependent clause, or at the last claim.
        let sentenceRelations = Array(firstRelationOfSentence..<relations.count)
        let denials = sentenceRelations.filter { relations[$0].type == .denial }
        if !denials.isEmpty {
            let content = sentenceRelations.filter { relations[$0].type != .denial && !relations[$0].deniedBy.isEmpty }
            var claimants: [String] = []
            var denied: [Int] = content
            for ci in content {
                let key = RelationKey(type: relations[ci].type, source: relations[ci].source, target: relations[ci].target, sentence: -1)
                if let earlier = lastAttributed[key], earlier < firstRelationOfSentence {
                    claimants += relations[earlier].attributedTo
                }
            }
            let ownClaims = sentenceRelations.filter { relations[$0].type != .denial && relations[$0].type != .accusation && !relations[$0].attributedTo.isEmpty && relations[$0].deniedBy.isEmpty }
            // "Several governments have accused Pyongyang of …, a charge both countries deny": the accuser of this sentence
            let denierSet = Set(denials.map { relations[$0].source })
            let firstDenial = denials.min() ?? relations.count
            let ownAccusations = sentenceRelations.filter { k in
                k < firstDenial && relations[k].type == .accusation
                    && (denierSet.contains(relations[k].target) || denierSet.contains { personState[$0] == relations[k].target || personState[relations[k].target] == $0 })
            }
            // ("Trudeau said police had evidence tying Indian agents to the killing … . New Delhi denied any involvement.": a
            // denied part answers the statement just before, newer than the last claim of a relation)
            let unstatedFirst = involvementDenied && unstatedClaim.map { w in
                w.sentence >= s.index - 2 && w.sentence > (recentClaims.last?.sentence ?? -1) && isAbout(w.claim, denials)
            } == true
            if claimants.isEmpty, !ownAccusations.isEmpty {
                claimants = ownAccusations.map { relations[$0].source }
                // what the accusers claim in this sentence is what is denied ("… beschuldigt, Moskau mit Waffen zu versorgen, eine Behauptung, die beide Länder zurückweisen")
                let accusers = Set(claimants)
                let claimed = ownClaims.filter { !Set(relations[$0].attributedTo).isDisjoint(with: accusers) }
                let specific = claimed.filter { relations[$0].type != .conflict }
                denied += specific.isEmpty ? claimed : specific
            } else if claimants.isEmpty, !ownClaims.isEmpty {
                // "eine Behauptung, die beide Länder zurückweisen": the claim of this very sentence
                claimants = ownClaims.flatMap { relations[$0].attributedTo }
                let specific = ownClaims.filter { relations[$0].type != .conflict }
                denied += specific.isEmpty ? ownClaims : specific
            } else if claimants.isEmpty, !unstatedFirst, content.isEmpty || claimMentioned,
                      // a denial answers a claim about the denier (or what the denier is said to do), not any earlier claim
                      // ("Whipps accused Beijing of … . … Whipps has described Taiwan as a true friend. China rejected the
                      // accusation.": over a later claim about others, the last few sentences' claim about the denier)
                      // ("… dismissed the accusation": the last claim that accuses the denier, over a later report of its acts)
                      let last = (accusationClaim ? recentClaims.last(where: { $0.sentence >= s.index - 5 && $0.claim.accuses && isAbout($0.claim, denials) })?.claim : nil)
                          ?? lastClaim.flatMap({ isAbout($0, denials) ? $0 : nil })
                          ?? recentClaims.last(where: { $0.sentence >= s.index - 3 && isAbout($0.claim, denials) })?.claim
                          ?? (claimMentioned ? lastClaim : nil) {
                // "The Kremlin rejected the accounts": a plural claim noun answers the claims of the last
                // sentences that are about the denier, each with its claimants
                let answered = pluralClaim
                    ? recentClaims.filter { $0.sentence >= s.index - 6 && isAbout($0.claim, denials) }.map(\.claim) + [last]
                    : [last]
                for claim in answered {
                    claimants += claim.claimants
                    // a denial answers the claim, not the war it is set in
                    let specific = claim.relations.filter { relations[$0].type != .conflict }
                    denied += specific.isEmpty ? claim.relations : specific
                }
                claimants = RelationFinder.uniqueSorted(claimants)
                denied = Array(Set(denied)).sorted()
            }
            if claimants.isEmpty, content.isEmpty, claimMentioned || involvementDenied, let w = unstatedClaim, w.sentence >= s.index - 2, isAbout(w.claim, denials) {
                claimants = w.claim.claimants
            }
            let denierIDs = RelationFinder.uniqueSorted(denials.map { relations[$0].source })
            changeRelations { rs in
                for d in denied { rs[d].deniedBy = RelationFinder.uniqueSorted(rs[d].deniedBy + denierIDs) }
            }
            // fix up denial targets
            var fixed: [Relation] = []
            for di in denials {
                let r = relations[di]
                if r.target == "?claimant" {
                    var targets = RelationFinder.uniqueSorted(claimants)
                    if targets.isEmpty {
                        // no claimant: the actor that the denied claim is about
                        targets = RelationFinder.uniqueSorted(denied.map { relations[$0].source })
                    }
                    for t in targets where t != r.source {
                        var n = r
                        n.target = t
                        fixed.append(n)
                    }
                }
            }
            // only this sentence's relations change: rebuild that tail, not the whole list
            let denialSet = Set(denials)
            var tail: [Relation] = []
            for k in firstRelationOfSentence..<relations.count {
                let r = relations[k]
                if denialSet.contains(k) && r.target == "?claimant" {
                    seenRelations.remove(RelationKey(type: r.type, source: r.source, target: r.target, sentence: r.sentence))
                } else {
                    tail.append(r)
                }
            }
            for r in fixed where seenRelations.insert(RelationKey(type: r.type, source: r.source, target: r.target, sentence: r.sentence)).inserted {
                tail.append(r)
            }
            changeRelations { rs in
                rs.removeSubrange(firstRelationOfSentence...)
                rs += tail
            }
        }
        for k in firstRelationOfSentence..<relations.count where relationIsAttributed(at: k) {
            let r = relations[k]
            lastAttributed[RelationKey(type: r.type, source: r.source, target: r.target, sentence: -1)] = k
        }
        // "Die Emirate versorgten die RSF mit Waffen, sagte Sudans Botschafter": saying that another actor
        // attacks, arms or backs someone accuses it (not when the speaker speaks for that actor)
        // A war named by a noun ("Russlands Krieg") is the setting of a claim, not what it claims.
        // (a sentence's few sources in a list, not a Set hashed and freed per sentence)
        let sentenceSources = (firstRelationOfSentence..<relations.count).map { relations[$0].source }
        // sending troops is the claim ("sending its citizens to help Russian forces fight"): what the troops do is no further accusation
        let troopsSent = (firstRelationOfSentence..<relations.count).contains { relations[$0].type == .militarySupport }
        for k in firstRelationOfSentence..<relations.count where RelationFinder.isAccusingType(relationType(at: k)) && relationModality(at: k) != .possible
            && !(relationType(at: k) == .conflict && relations[k].rule.hasPrefix("noun:")) && !troopsSent {
            let r = relations[k]
            // ("Deutschland und Polen stünden an der Seite der Ukraine, sagte Merz": a speaker whose own state does the
            // same beside the other accuses neither)
            let ownSideToo = (firstRelationOfSentence..<relations.count).contains { j in
                relations[j].type == r.type && relations[j].target == r.target && relations[j].source != r.source
                    && r.attributedTo.contains { a in side(of: a) == relations[j].source || officeOf[a]?.contains(relations[j].source) == true }
            }
            if ownSideToo { continue }
            for a in r.attributedTo where a != r.source && side(of: a) != r.source && !(officeOf[a]?.contains(r.source) ?? false) && !sentenceSources.contains(a) {
                if addRelation(Relation(type: .accusation, source: a, target: r.source, sentence: s.index, rule: "claim:\(r.type.rawValue)")), tracing {
                    traceLines.append("    => accusation \(a) -> \(r.source) (says it: \(r.type.rawValue))")
                }
            }
        }
        // "the 1922 Salomón-Lozano Treaty between Colombia and Peru", "der Vertrag von Lausanne zwischen der Türkei und
        // Griechenland": a named agreement with a pair right after it names its parties (not in a question)
        // (the clause's arguments asked only where a named agreement stands: most sentences name none)
        if !question, let named = mentionsBySentence[s.index]?.filter({ k in
            mentions[k].actor.hasPrefix("agreement:") && !mentions[k].actor.hasPrefix("agreement:?") && mentions[k].form != .cue
        }), !named.isEmpty {
            for ci in cls.indices where named.contains(where: { cls[ci].tokens.contains(mentions[$0].tokens.lowerBound) }) {
                let args = argumentsOfClause(ci, cls)
                for (k, a) in args.enumerated() where a.actor.hasPrefix("agreement:") && !a.actor.hasPrefix("agreement:?") && a.mention.form != .cue {
                    guard k + 1 < args.count, args[k + 1].role == .prep(.pair), args[k + 1].start > a.end,
                          args[k + 1].phraseStart - 1 >= a.end, args[k + 1].phraseStart - 1 <= a.end + 3,
                          (a.end..<(args[k + 1].phraseStart - 1)).allSatisfy({ !toks[$0].isWord || isA($0, .determiner) || !toks[$0].isCapitalized && !isA($0, [.verbMarker, .preposition]) && !mentionTokens.contains($0) }) else { continue }
                    let pair = args[(k + 1)...].prefix { $0.group == args[k + 1].group && $0.role == .prep(.pair) }
                    let members = RelationFinder.uniqueSorted(pair.map(\.actor).filter { !$0.hasPrefix("agreement:") })
                    guard members.count >= 2 else { continue }
                    for m in members { addRelation(Relation(type: .partyTo, source: m, target: a.actor, sentence: s.index, rule: "pair:" + toks[args[k + 1].phraseStart - 1].lower)) }
                }
            }
        }
        // "said the European Commission must take it into account", "Russland müsse seine Truppen abziehen, sagte er": a
        // reported clause whose subject, an actor, must or should act is the speaker's demand on that actor
        if !speakersOfFrames.isEmpty, !speakerDenies, !question {
            // (not the speaker's own clauses before an "and said" frame)
            for ci in cls.indices where !frames.contains(ci) && !(ownClausesEnd > 0 && ci < ownClausesEnd) {
                let c = cls[ci]
                guard c.opener == nil || ["that", "dass", "daß"].contains(c.opener!) else { continue }
                // (no speaker's own state or organization: "Lavrov said Russia must respond")
                guard let subject = demandedSubject(ci, cls), !subject.contains(where: { a in
                    speakersOfFrames.contains(a.actor) || speakersOfFrames.contains { side(of: $0) == a.actor }
                }), let last = subject.last else { continue }
                for speaker in speakersOfFrames {
                    for a in subject where a.actor != speaker {
                        addRelation(Relation(type: .request, source: speaker, target: a.actor, sentence: s.index, rule: "modal:" + toks[last.end].lower))
                    }
                }
            }
        }
        // "said Ukraine had violated Mali's sovereignty", "„Kroatien verletzt … internationales Recht“, sagte Fajon": a reported
        // clause whose actor subject breaks a rule or right is the speaker's accusation of that actor
        if !speakersOfFrames.isEmpty, !speakerDenies, !question, !words.wrongdoingVerbs.isEmpty || !words.culpritPhrases.isEmpty {
            for ci in cls.indices where !frames.contains(ci) && !(ownClausesEnd > 0 && ci < ownClausesEnd) {
                let c = cls[ci]
                // ("Kiew erklärte, die russischen Truppen hätten die Waffenruhe verletzt": an article after the comma read as a
                // relative pronoun; a subjunctive makes the clause reported speech)
                let reportedArticle = doc.language == .de && c.opener.map { RelationFinder.determiners.contains($0) } == true
                    && c.tokens.contains { RelationFinder.subjunctivesDE.contains(toks[$0].lower) }
                guard c.opener == nil || ["that", "dass", "daß"].contains(c.opener!) || reportedArticle,
                      let v = c.tokens.first(where: { toks[$0].isWord && !toks[$0].isCapitalized && words.wrongdoingVerbs.contains(toks[$0].lower) && ($0 == c.tokens.lowerBound || !isA($0 - 1, .determiner)) })
                        ?? culprit(in: c),
                      !isNegated(c) else { continue }
                let args = argumentsOfClause(ci, cls).filter { $0.isPlain && !$0.actor.hasPrefix("agreement:") && !$0.mention.form.isPronounLike }
                var subject = subjectGroup(args.filter { $0.end <= v })
                // ("Damit verletze Kroatien das Recht": German, the subject right after the verb)
                if subject.isEmpty, doc.language == .de, let a = args.first(where: { $0.start == v + 1 }) { subject = args.filter { $0.group == a.group } }
                for speaker in speakersOfFrames {
                    let own = side(of: speaker)
                    for a in subject where a.actor != speaker && a.actor != own && (own == nil || personState[a.actor] != own) {
                        addRelation(Relation(type: .accusation, source: speaker, target: a.actor, sentence: s.index, rule: "wrongdoing:" + toks[v].lower))
                    }
                }
            }
        }
        // This sentence's claims: relations someone is said to assert.
        let claims = (firstRelationOfSentence..<relations.count).filter {
            !relations[$0].attributedTo.isEmpty && relations[$0].type != .denial && relations[$0].type != .accusation
        }
        let accusations = (firstRelationOfSentence..<relations.count).filter { relations[$0].type == .accusation }
        if claims.isEmpty && accusations.isEmpty && !unnamedAccusers.isEmpty {
            lastClaim = Claim(relations: [], claimants: RelationFinder.uniqueSorted(unnamedAccusers), about: [])
            recentClaims.append((s.index, lastClaim!))
            if recentClaims.count > 6 { recentClaims.removeFirst() }
        } else if claims.isEmpty && accusations.isEmpty && !reporters.isEmpty && !frames.isEmpty {
            // "Sweden's Security Service said Tehran had used criminal gangs to carry out attacks": a reported act of an
            // accusing kind with no one it is done to is still a claim about its doer, which "rejected the accusations" answers
            var about: [String] = []
            // ("Trudeau said police had evidence tying Indian agents to criminal activity, including the killing of …": the
            // actors of every reported clause of a sentence that reports such an act)
            let accusingReport = cls.indices.contains { ci in !frames.contains(ci) && sentenceCues[ci].contains(where: { RelationFinder.isAccusingType($0.entry.type) }) }
            for ci in cls.indices where accusingReport && !frames.contains(ci) && ci > (frames.min() ?? -1) {
                for a in argumentsOfClause(ci, cls) where a.isPlain && !reporters.contains(a.actor) && !a.actor.hasPrefix("agreement:") && !about.contains(a.actor) {
                    about.append(a.actor)
                }
            }
            // (kept beside the claims of relations, asked only when no claim of a relation answers the denial: none was
            // made in the sentences before, or none mentioned and about the denier)
            if !about.isEmpty { unstatedClaim = (s.index, Claim(relations: [], claimants: RelationFinder.uniqueSorted(reporters), about: Set(about))) }
        }
        if !claims.isEmpty || !accusations.isEmpty {
            let claimants = claims.flatMap { relations[$0].attributedTo } + accusations.map { relations[$0].source }
            let about = Set(claims.flatMap { [relations[$0].source, relations[$0].target] } + accusations.map { relations[$0].target })
            lastClaim = Claim(relations: claims, claimants: RelationFinder.uniqueSorted(claimants), about: about, accuses: !accusations.isEmpty)
            recentClaims.append((s.index, lastClaim!))
            if recentClaims.count > 6 { recentClaims.removeFirst() }
        }
    }

    @discardableResult
    func addRelation(_ r: Relation) -> Bool {
        guard r.source != r.target, !r.source.isEmpty, !r.target.isEmpty else { return false }
        if r.type == .partyTo && !r.target.hasPrefix("agreement:") { return false }
        if r.type != .partyTo && r.target.hasPrefix("agreement:") { return false }
        if r.source.hasPrefix("agreement:") { return false }
        // a person does not visit, threaten or deny the state they hold office in, nor the reverse
        if r.type != .represents && r.target != "?claimant" {
            // (only an id whose first byte opens some office holder's id is looked up)
            if officeInitials.contains(r.source) && officeOf[r.source]?.contains(r.target) == true
                || officeInitials.contains(r.target) && officeOf[r.target]?.contains(r.source) == true {
                // (an office only guessed from the context is what is wrong, when a cue ties the two: noted, and the office
                // is dropped before the document is read again)
                // (accusing, sanctioning and visiting a state are what its own office holders do not; denials and
                // threats read from a sentence are too often a misreading to judge an office by)
                if r.type == .accusation || r.type == .sanction || r.type == .visit,
                   r.rule.hasPrefix("verb:") || r.rule.hasPrefix("noun:") || r.rule.hasPrefix("link:") || r.rule.hasPrefix("reverse:") {
                    if let g = guessedOffice[r.source], g == r.target { contradictedGuesses[r.source] = g }
                    if let g = guessedOffice[r.target], g == r.source { contradictedGuesses[r.target] = g }
                }
                return false
            }
        }
        // alliances are between states, organizations and groups
        // (but one called another's ally is: "President Donald Trump, a close ally of Bolsonaro,", "Iran, Assad's
        // closest ally,", "Noboa gilt als enger Verbündeter von Trump")
        if r.type == .alliance && (r.source.hasPrefix("person:") || r.target.hasPrefix("person:"))
            && !r.rule.hasPrefix("apposition:") && !RelationFinder.allyForms.contains(r.rule.drop { $0 != ":" }.dropFirst().lowercased())
            // (and one with close ties to another: "Mnangagwa pflegt enge Beziehungen zu Moskau")
            && !(r.rule.hasPrefix("noun:") && RelationFinder.isTiesCue(String(r.rule.dropFirst(5)), words)) { return false }
        let key = RelationKey(type: r.type, source: r.source, target: r.target, sentence: r.sentence)
        if !seenRelations.insert(key).inserted { return false }
        changeRelations { $0.append(r) }
        return true
    }

}
