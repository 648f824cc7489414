extension ActorFinder.State {
    /// A plural title for two states and the two holders in the apposition after it, paired in order:
    /// "Die Außenminister Russlands und Chinas, Sergej Lawrow und Wang Yi," / "The foreign ministers of
    /// India and Pakistan, S. Jaishankar and Ishaq Dar," / "Die Außenminister beider Länder, A und B,"
    /// (the two states last named together, in the order named). `from` is the token after the title
    /// (after its first genitive state when `firstActor` is given). Records both offices and returns the
    /// token after the second name; nil (and nothing recorded) when the phrase is not of this shape.
    func pairedHolders(from k0: Int, firstActor: String?, titleStart: Int, role: String, sentence s: Sentence) -> Int? {
        let end = s.tokens.upperBound
        var k = k0
        var pair: [String] = []
        var stateMentions: [(actor: String, tokens: Range<Int>, form: Mention.Form)] = []
        func isAnd(_ i: Int) -> Bool { i < end && (toks[i].lower == "und" || toks[i].lower == "and") }
        func state(at i: Int) -> (NameEntry, Int)? {
            guard let (e, n) = nameMatch(at: i, end: end), !e.actor.hasIDPrefix("person:"), !e.actor.hasIDPrefix("agreement:"), e.actor != NameEntry.region else { return nil }
            return (e, n)
        }
        if let first = firstActor {
            // "Außenminister Russlands und Chinas"
            guard isAnd(k), let (e, n) = state(at: k + 1) else { return nil }
            pair = [first, e.actor]
            stateMentions.append((e.actor, (k + 1)..<(k + 1 + n), e.form))
            k += 1 + n
        } else {
            if k < end, ["of", "von"].contains(toks[k].lower) { k += 1 }
            if let m = words.pairPhrases.longestMatch(in: toks[..<end], at: k, key: \.lower) {
                guard let p = lastCoordinatedStates(before: titleStart, sentence: s.index) else { return nil }
                pair = p
                k += m.length
            } else {
                // "of India and Pakistan"
                guard let (e1, n1) = state(at: k), isAnd(k + n1), let (e2, n2) = state(at: k + n1 + 1) else { return nil }
                pair = [e1.actor, e2.actor]
                stateMentions.append((e1.actor, k..<(k + n1), e1.form))
                stateMentions.append((e2.actor, (k + n1 + 1)..<(k + n1 + 1 + n2), e2.form))
                k += n1 + 1 + n2
            }
        }
        guard pair[0] != pair[1], k < end, toks[k].text == "," else { return nil }
        let a = k + 1
        guard let n1 = holderName(at: a, end: end), isAnd(a + n1) else { return nil }
        let b = a + n1 + 1
        guard let n2 = holderName(at: b, end: end) else { return nil }
        let after = b + n2
        guard after >= end || !toks[after].isWord || !toks[after].isCapitalized else { return nil }
        for m in stateMentions { _ = addMention(m.actor, tokens: m.tokens, sentence: s.index, form: m.form, inTitle: true) }
        let p1 = addPerson(tokens: a..<(a + n1), sentence: s.index)
        let p2 = addPerson(tokens: b..<(b + n2), sentence: s.index)
        recordOffice(person: p1, actor: pair[0], role: role, sentence: s, titleStart: titleStart)
        recordOffice(person: p2, actor: pair[1], role: role, sentence: s, titleStart: titleStart)
        return after
    }

    /// An English plural title at `i` ("ministers", "foreign ministers", "leaders") before "of" and two
    /// states with their holders; returns the tokens consumed.
    func pluralTitle(at i: Int, sentence s: Sentence) -> Int? {
        let singular = String(toks[i].lower.dropLast())
        var start = i
        if i - 1 >= s.tokens.lowerBound, toks[i - 1].isWord, !words.titles.values(for: [toks[i - 1].lower, singular]).isEmpty {
            start = i - 1
        } else if words.titles.values(for: [singular]).isEmpty {
            return nil
        }
        let role = doc.slice(TextRange(toks[start].range.start, toks[i].range.end))
        guard let after = pairedHolders(from: i + 1, firstActor: nil, titleStart: start, role: role, sentence: s) else { return nil }
        for q in start..<after { covered[q] = true }
        return after - i
    }

    /// A person's name at `i`: a known person, or two to four capitalized words.
    func holderName(at i: Int, end: Int) -> Int? {
        guard i < end, toks[i].isWord else { return nil }
        if let (e, n) = nameMatch(at: i, end: end), e.actor.hasIDPrefix("person:") { return n }
        let n = nameSequence(at: i, end: end)
        return n >= 2 ? n : nil
    }

    /// The two states (or organizations) last named side by side ("Kinshasa und Kigali", "between Baku and
    /// Yerevan"), in the order named, in this sentence before `token` or the two sentences before.
    func lastCoordinatedStates(before token: Int, sentence: Int) -> [String]? {
        var idx = mentions.count - 1
        while idx > 0 {
            let m2 = mentions[idx], m1 = mentions[idx - 1]
            if sentence - m2.sentence > 2 { return nil }
            idx -= 1
            guard m2.tokens.lowerBound < token, m1.sentence == m2.sentence, m1.actor != m2.actor,
                  !m1.inTitle, !m2.inTitle, m2.tokens.lowerBound == m1.tokens.upperBound + 1,
                  ["und", "and"].contains(toks[m1.tokens.upperBound].lower) else { continue }
            let kinds = [m1.actor, m2.actor].allSatisfy { $0.hasIDPrefix("state:") || $0.hasIDPrefix("org:") }
            if kinds { return [m1.actor, m2.actor] }
        }
        return nil
    }
}
