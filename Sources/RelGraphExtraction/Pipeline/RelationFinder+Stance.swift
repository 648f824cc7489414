import RelGraph

// Negation, hedges, reporting frames and denials: who says a relation, and whether it is asserted.
extension RelationFinder.Finder {
    func isNegated(_ c: Clause, before limit: Int? = nil) -> Bool {
        // ("urged Russia not | to attack Ukraine": the negation before the infinitive is the infinitive's)
        if doc.language == .en, c.opener == "to", c.tokens.lowerBound > 0, ["not", "never"].contains(toks[c.tokens.lowerBound - 1].lower) { return true }
        var i = c.tokens.lowerBound
        while i < c.tokens.upperBound {
            if isA(i, .negationStart), let m = words.negations.longestMatch(in: toks[..<c.tokens.upperBound], at: i, key: \.lower) {
                let after = i + m.length
                let next = after < c.tokens.upperBound ? toks[after].lower : ""
                let next2 = after + 1 < c.tokens.upperBound ? toks[after + 1].lower : ""
                // "nicht nur", "nicht mehr nur", "not only": no negation
                // "warned Tehran not to target …", "urged Kyiv not to strike": the infinitive's negation, not the verb's
                if !(next == "nur" || next == "only" || (next == "mehr" && next2 == "nur") || next == "just" || next == "to" && doc.language == .en) { return true }
                i = after
                continue
            }
            i += 1
        }
        return false
    }

    /// A claim about one of the deniers (or what a denier is said to do, or a denier's office).
    func isAbout(_ claim: Claim, _ denials: [Int]) -> Bool {
        denials.contains { d in
            let denier = relations[d].source
            return claim.about.contains(denier) || !(officeOf[denier] ?? []).isDisjoint(with: claim.about) || claim.about.contains { personState[$0] == denier }
                // (a claim about a group of the denier's state's people: "Verbindungen zu kolumbianischen Dissidenten", Petro denies)
                || claim.about.contains { $0.hasIDPrefix("group:") && personState[$0].map { officeOf[denier]?.contains($0) == true } == true }
        }
    }

    /// A claim noun in the plural: "the accounts", "the allegations", "die Berichte", "die Vorwürfe".
    func isPluralClaimNoun(_ w: String) -> Bool {
        doc.language == .en ? w.hasSuffix("s") : w.hasSuffix("en") || w.hasSuffix("e") && !w.hasSuffix("age") && !w.hasSuffix("abe")
    }

    /// A clause that announces its subject's own act ("Houthi leaders vowed to …", "Die Huthi
    /// kündigten an, …"): the intent words' tokens and the subject, the plain arguments before them
    /// or `inherited` when there are none.
    func intent(_ c: Clause, _ args: [Argument], inherited: [Argument]) -> (tokens: Range<Int>, subjects: [String])? {
        for i in c.tokens where isA(i, .hedgeStart) {
            guard let m = words.intents.longestMatch(in: toks[..<c.tokens.upperBound], at: i, key: \.lower) else { continue }
            let before = args.filter { $0.isPlain && $0.end <= i }
            return (i..<(i + m.length), (before.isEmpty ? inherited : subjectGroup(before)).map(\.actor))
        }
        return nil
    }

    func isHedged(_ c: Clause) -> Bool {
        for i in c.tokens where isA(i, .hedgeStart) && words.hedges.longestMatch(in: toks[..<c.tokens.upperBound], at: i, key: \.lower) != nil {
            // "in May", "Will Smith": a capitalized English word inside a sentence is a name, no modal
            if doc.language == .en && toks[i].isCapitalized && i != doc.sentences[toks[i].sentence].tokens.lowerBound { continue }
            return true
        }
        return false
    }


    /// Reporters of a sentence: marker phrases ("so X", "laut X", "according to X") and report-verb
    /// clauses ("X sagte", "X said"). Returns the reporters, the mentions they use, and the frame clause.
    func reporters(_ s: Sentence, _ cls: [Clause]) -> (ids: [String], mentionIdx: Set<Int>, frames: Set<Int>) {
        var ids: [String] = []
        var used = Set<Int>()
        var frames = Set<Int>()
        let ms = mentionsBySentence[s.index] ?? []
        func people(in range: Range<Int>) -> [Int] {
            // (an agreement reports nothing: "nach Angaben der Hamas die Waffenruhe")
            let inRange = ms.filter { range.contains(mentions[$0].tokens.lowerBound) && !mentions[$0].actor.hasPrefix("agreement:") }
            let persons = inRange.filter { mentions[$0].actor.hasPrefix("person:") }
            if !persons.isEmpty { return persons }
            return inRange.filter { !mentions[$0].inTitle }
        }
        for (ci, c) in cls.enumerated() {
            // markers
            var i = c.tokens.lowerBound
            while i < c.tokens.upperBound {
                if isA(i, .reportMarkerStart), let m = words.reportMarkers.longestMatch(in: toks[..<c.tokens.upperBound], at: i, key: \.lower) {
                    // "Der Iran soll Russland Drohnen geliefert haben": a rumour names no reporter after it
                    if m.value.hasPrefix("rumour:") { i += m.length; continue }
                    let isVerb = m.value.hasPrefix("verb:")
                    let w = toks[i].lower
                    // "zufolge" follows its actor; others precede it
                    // the actor right after the marker (over determiners and adjectives): "laut dem russischen Außenministerium"
                    var a = i + m.length
                    while a < c.tokens.upperBound && a < i + m.length + 4 && toks[a].isWord && !ms.contains(where: { mentions[$0].tokens.lowerBound == a })
                            && (isA(a, .determiner) || !toks[a].isCapitalized || doc.language == .en && !["by", "to", "of"].contains(toks[a].lower)) { a += 1 }
                    let range: Range<Int> = (w == "zufolge") ? c.tokens.lowerBound..<i
                        : isVerb ? c.tokens.lowerBound..<c.tokens.upperBound : a..<min(c.tokens.upperBound, a + 6)
                    // "so" must be followed by an actor phrase at once and stand at the clause start
                    if w == "so" && !(i == c.tokens.lowerBound) { i += 1; continue }
                    var found = people(in: range)
                    if !isVerb, w != "zufolge", let first = found.min(by: { mentions[$0].tokens.lowerBound < mentions[$1].tokens.lowerBound }) {
                        // the actor phrase right after the marker, and what is coordinated with it; "nach Angaben
                        // westlicher Diplomaten … von der Türkei": the source is no actor, the later actor no source
                        let start = mentions[first].tokens.lowerBound
                        // between the marker's phrase start and the actor only its title and names ("so der ukrainische Präsident Zelensky")
                        let titled = start >= a && (a..<start).allSatisfy { k in
                            toks[k].isWord && (ms.contains { mentions[$0].tokens.contains(k) } || words.titles.longestMatch(in: toks[..<c.tokens.upperBound], at: k, key: \.lower) != nil
                                || (toks[k].isCapitalized && doc.language == .en))
                        }
                        if !titled { i += m.length; continue }
                        found = found.filter { idx in
                            let m = mentions[idx]
                            if m.tokens.lowerBound == start { return true }
                            let gap = (start..<m.tokens.lowerBound).filter { k in !ms.contains { mentions[$0].tokens.contains(k) } }
                            return m.tokens.lowerBound > start && gap.allSatisfy { isA($0, [.coordinator, .determiner]) || toks[$0].text == "," }
                        }
                    }
                    if !found.isEmpty {
                        for idx in found where !ids.contains(mentions[idx].actor) { ids.append(mentions[idx].actor) }
                        used.formUnion(found)
                        // a short clause is the frame only, unless it states a relation itself: "Laut Kiew
                        // schickte Nordkorea Truppen nach Russland" (German puts no comma after the marker phrase)
                        if isVerb || (c.tokens.upperBound - c.tokens.lowerBound <= m.length + 8
                                      && !sentenceCues[ci].contains(where: { $0.entry.type != .represents })) { frames.insert(ci) }
                    }
                    i += m.length
                    continue
                }
                i += 1
            }
            // report verbs: the clause's subject ("X sagte", "sagte X", "X said"); a clause that
            // states a relation itself ("X äußerte seine Unterstützung") is no frame
            // (what follows does not depend on which report verb it is: one is enough)
            if let verb = c.tokens.first(where: { toks[$0].isWord && isA($0, .reportVerb) }),
               !sentenceCues[ci].contains(where: { $0.entry.type != .represents }),
               // ("erklärte Parlamentspräsident X, Vizeregierungschef Y und Z zu unerwünschten Personen": the verb's
               // particle later in the sentence, past the list's commas, makes it a cue, no report; a separable
               // particle such as "zu" of "sagte … zu" is too common a word to say so)
               !cueEntries(toks[verb], at: verb).contains(where: { e in e.particle.map { p in !RelationFinder.separableParticles.contains(p)
                   && ((verb + 1)..<s.tokens.upperBound).contains { toks[$0].lower == p } } ?? false }) {
                let frameArgs = argumentsOfClause(ci, cls)
                var subject = frameArgs.filter(\.isPlain)
                // "Russia's foreign ministry said", "Chinas Außenministerium erklärte": the possessor speaks
                if subject.isEmpty { subject = frameArgs.filter { $0.isPossessor && $0.end <= verb && $0.role == .plain } }
                // "Khamenei condemned the strikes and said …": the verb phrase after "and" speaks for the first clause's
                // subject, which stays that clause's subject too
                var borrowed = false
                if subject.isEmpty, ci > 0, verb == c.tokens.lowerBound + 1, isA(c.tokens.lowerBound, .coordinator) {
                    subject = argumentsOfClause(0, cls).filter(\.isPlain)
                    borrowed = true
                }
                // "Whitfield, who visited Beirut, told Lebanese officials that …": who is told is no speaker;
                // the speaker is the subject before, in this clause or in the sentence's first clause
                if doc.language == .en && RelationFinder.tellVerbs.contains(toks[verb].lower) {
                    subject = subject.filter { $0.start < verb }
                    if subject.isEmpty, ci > 0, sentenceCues[0].isEmpty {
                        subject = argumentsOfClause(0, cls).filter(\.isPlain)
                    }
                }
                let persons = subject.filter { $0.actor.hasPrefix("person:") }
                if let first = persons.first ?? subject.first {
                    let group = subject.filter { $0.group == first.group }
                    for a in group where !ids.contains(a.actor) { ids.append(a.actor) }
                    if !borrowed { for a in group where a.mentionIndex >= 0 { used.insert(a.mentionIndex) } }
                    frames.insert(ci)
                }
            }
        }
        return (ids, used, frames)
    }


    func updateQuoteState(_ s: Sentence, speaker: [String]) {
        // (only a token that is a quotation mark changes the state: known from its punctuation bits, worked
        // out once per distinct text, with no String comparison for the other tokens)
        for i in s.tokens where punctuation[i].contains(.quoteMark) && toks[i].kind == .punct {
            let t = toks[i].text
            if t == "„" || t == "«" { quoteOpen = true }
            else if t == "“" && doc.language == .de { quoteOpen = false }
            else if t == "“" && doc.language == .en { quoteOpen = true }
            else if t == "”" || t == "»" { quoteOpen = false }
            else if t == "\"" { quoteOpen.toggle() }
        }
        if !speaker.isEmpty { quoteSpeaker = speaker }
        if !quoteOpen && speaker.isEmpty { quoteSpeaker = [] }
    }

    /// The token of a relation cue that a denial verb governs in its own clause: an English gerund right
    /// after it ("denies backing", "denied supplying") or a German infinitive with "zu" ("bestreitet, … zu unterstützen"
    /// is a clause of its own and inherits the subject anyway).
    func deniedContent(after cue: Cue, in c: Clause) -> Int? {
        guard cue.entry.cueClass == .verb, doc.language == .en else { return nil }
        var k = cue.token + cue.length
        if k < c.tokens.upperBound, ["ever", "having", "any"].contains(toks[k].lower) { k += 1 }
        guard k < c.tokens.upperBound, toks[k].lower.hasSuffix("ing"),
              cueEntries(toks[k], at: k).contains(where: { $0.type != .denial && $0.type != .represents && ($0.cueClass == .verb || $0.cueClass == .verbRecv) }) else { return nil }
        return k
    }

    /// "denied any involvement", "denies playing a role", "bestreitet jede Beteiligung": a denial verb whose object, within
    /// three words, is a noun of having a part in what was done (lexicon `involvement`).
    func deniesInvolvement(after cue: Cue, in c: Clause) -> Bool {
        guard cue.entry.cueClass == .verb, !words.involvementNouns.isEmpty else { return false }
        var k = cue.token + cue.length, seen = 0
        while k < c.tokens.upperBound, seen < 3, toks[k].isWord {
            if words.involvementNouns.contains(toks[k].lower) { return true }
            seen += 1
            k += 1
        }
        return false
    }

    /// "Russia was behind the explosion", "Moskau stecke hinter dem Anschlag", "dass Moskau hinter dem Anschlag stecke": the
    /// first word of a culprit phrase (lexicon `culprit`) in the clause, or in German the preposition when the verb ends the
    /// clause; the clause's subject stands before it.
    func culprit(in c: Clause) -> Int? {
        guard !words.culpritPhrases.isEmpty else { return nil }
        // (the phrase's last word asked first: a phrase is built only before "behind" or "hinter")
        for k in c.tokens where k + 1 < c.tokens.upperBound && toks[k + 1].isWord && words.culpritLastWords.contains(toks[k + 1].lower)
            && toks[k].isWord && words.culpritPhrases.contains(toks[k].lower + " " + toks[k + 1].lower) { return k }
        guard doc.language == .de, let last = c.tokens.last(where: { toks[$0].isWord }) else { return nil }
        for k in c.tokens where k < last && toks[k].isWord && words.culpritLastWords.contains(toks[k].lower)
            && words.culpritPhrases.contains(toks[last].lower + " " + toks[k].lower) { return k }
        return nil
    }

    /// The actor that ends the clause before, as an argument of clause `c` in the role of the preposition that opens `c`
    /// before a German relative pronoun ("…, gegen den die USA …", "…, mit der die EU …"); nil otherwise.
    func prepositionalRelative(_ c: Clause, _ previous: Clause, _ s: Sentence) -> Argument? {
        let first = c.tokens.lowerBound
        // (English "to which" clauses are read by the relative clause's own rule)
        guard doc.language == .de, first + 2 < c.tokens.upperBound, first > s.tokens.lowerBound, toks[first - 1].text == ",",
              isA(first, .preposition), let role = words.preps[toks[first].lower],
              isA(first + 1, .determiner), !["ein", "eine", "einen", "einem", "einer"].contains(toks[first + 1].lower),
              // (two articles in a row: "gegen den die USA"; "gegen den Iran" is a phrase of the main clause's kind)
              isA(first + 2, .determiner) else { return nil }
        guard let m = (mentionsBySentence[s.index] ?? []).last(where: { mentions[$0].tokens.upperBound == first - 1 && !mentions[$0].inTitle }) else { return nil }
        var a = Argument(actor: mentions[m].actor, mention: mentions[m], at: m, role: .prep(role), prepWord: toks[first].lower, phraseStart: first, end: first + 2, group: -4)
        a.mention.tokens = (first + 1)..<(first + 2)
        a.mention.isPossessive = false
        a.mention.isLocative = false
        return a
    }

    /// Adds the accusations of each of `sources` against `target` that qualifying a conduct makes ("nannte … eine
    /// Provokation"): possible where the clause is hedged or a question, none where it is negated.
    func addQualifiedAccusations(from sources: Set<String>, to target: String, rule: String, sentence s: Sentence, possible: Bool, negated: Bool) {
        for src in sources.sorted() {
            var r = Relation(type: .accusation, source: src, target: target, sentence: s.index, rule: rule)
            if possible { r.modality = .possible }
            if !negated && addRelation(r), tracing { traceLines.append("    => accusation \(src) -> \(target) \(r.rule)") }
        }
    }
}
