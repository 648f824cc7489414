import RelGraph

extension RelationFinder.Finder {
    /// "The State Department welcomed Paraguay's decision", "Die EU begrüßte die Entscheidung Serbiens", "Russland
    /// begrüßte den Kurs der georgischen Führung": welcoming what another actor decided or did (a verb of the lexicon's
    /// `welcome` record, its object a noun whose possessor is an actor) supports that actor. The subject is the clause's
    /// own, before the verb; a welcomed agreement or visitor draws nothing here.
    func welcomedActs(_ s: Sentence, _ cls: [Clause]) {
        guard !words.welcomeVerbs.isEmpty else { return }
        let question = !s.tokens.isEmpty && text(at: s.tokens.upperBound - 1) == "?"
        let ms = mentionsBySentence[s.index] ?? []
        guard ms.count >= 2 else { return }
        let end = s.tokens.upperBound
        for k in s.tokens where isA(k, .welcomeVerb) && !toks[k].isCapitalized {
            guard let possessor = welcomedPossessor(after: k, ms, end: end),
                  let ci = cls.firstIndex(where: { $0.tokens.contains(k) }) else { continue }
            // ("did not welcome", "begrüßte … nicht", "Did Germany welcome …?", "would welcome": nothing stated)
            if question || isHedged(cls[ci]) || cls[ci].tokens.contains(where: { isA($0, .negationStart) }) { continue }
            let args = argumentsOfClause(ci, cls)
            let subject = subjectGroup(args.filter { $0.isPlain && $0.end <= k && !$0.actor.hasPrefix("agreement:") })
            for a in RelationFinder.uniqueSorted(subject.map(\.actor)) where a != possessor && side(of: a) != possessor {
                if addRelation(Relation(type: .support, source: a, target: possessor, sentence: s.index, rule: "welcome:" + toks[k].lower)), tracing {
                    traceLines.append("    => support \(a) -> \(possessor) welcome:\(toks[k].lower)")
                }
            }
        }
    }

    /// The actor that owns the noun right after the welcome verb at `k`: "Paraguay's decision", "the EU's move" (English
    /// possessive before the noun), "die Entscheidung Serbiens", "den Kurs der georgischen Führung" (German genitive after it).
    private func welcomedPossessor(after k: Int, _ ms: [Int], end: Int) -> String? {
        var j = k + 1
        if j < end, isA(j, .determiner) { j += 1 }
        guard j < end else { return nil }
        func afterMention(_ t: Int) -> Int { ms.first { mentions[$0].tokens.lowerBound == t }.map { mentions[$0].tokens.upperBound } ?? t }
        func isVisitNoun(_ t: Int) -> Bool { !cueCache.hasNoEntries(t) && cueEntries(toks[t], at: t).contains { $0.type == .visit } }
        func mention(at t: Int) -> Mention? { ms.first { mentions[$0].tokens.lowerBound == t && !mentions[$0].inTitle }.map { mentions[$0] } }
        if doc.language == .en {
            // ("welcomed Modi's visit": a visitor is welcomed, not supported)
            let next = afterMention(j)
            if let n = (next..<min(end, next + 3)).first(where: { toks[$0].isWord && !toks[$0].isCapitalized && !["'s", "’s"].contains(toks[$0].text) }), isVisitNoun(n) { return nil }
            guard let m = mention(at: j), m.isPossessive, !m.actor.hasPrefix("agreement:"),
                  m.tokens.upperBound + 1 < end, toks[m.tokens.upperBound + 1].isWord, !toks[m.tokens.upperBound + 1].isCapitalized
                    || toks[m.tokens.upperBound].isWord && !toks[m.tokens.upperBound].isCapitalized && !mentionTokens.contains(m.tokens.upperBound)
            else { return nil }
            return m.actor
        }
        // German: the noun, then a genitive name or "der/des" and an actor within three words
        guard toks[j].isWord, toks[j].isCapitalized, !mentionTokens.contains(j), j + 1 < end, !isVisitNoun(j) else { return nil }
        if let m = mention(at: j + 1), m.isPossessive, !m.actor.hasPrefix("agreement:") { return m.actor }
        guard ["der", "des"].contains(toks[j + 1].lower) else { return nil }
        for t in (j + 2)..<min(end, j + 5) {
            if let m = mention(at: t), !m.actor.hasPrefix("agreement:") { return m.actor }
            if !toks[t].isWord { break }
        }
        return nil
    }
}
