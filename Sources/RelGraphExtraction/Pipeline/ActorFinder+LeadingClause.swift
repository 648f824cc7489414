import RelGraph

extension ActorFinder.State {
    /// "Zhang Xuezheng, who has led Nexperia since 2020," / "Zhang Xuezheng, der Nexperia seit 2020 führte,": a relative
    /// clause right after a person's name whose verb leads (lexicon `leadverb`) gives the person an office in the
    /// organization or state the clause names. English: the verb opens the clause (an auxiliary before it), the actor follows
    /// within four words; German: the actor stands between the pronoun and the clause-final verb.
    func leadingClause(after k: Int, person: String, sentence s: Sentence) {
        let end = s.tokens.upperBound
        guard !words.leadingVerbs.isEmpty, k + 2 < end, toks[k].text == ",", toks[k + 1].isWord else { return }
        let verbIndex: Int
        let span: Range<Int>
        if doc.language == .en {
            guard let v = englishLeadingVerb(after: k, sentence: s) else { return }
            verbIndex = v
            span = (v + 1)..<min(end, v + 5)
        } else {
            guard ["der", "die"].contains(toks[k + 1].lower) else { return }
            var v = k + 2
            while v < end, v < k + 10, toks[v].isWord || toks[v].kind == .number { v += 1 }
            // (the verb closes the clause: a comma, a full stop or the sentence's end after it)
            guard v > k + 3, words.leadingVerbs.contains(toks[v - 1].lower), v == end || [",", "."].contains(toks[v].text) else { return }
            verbIndex = v - 1
            span = (k + 2)..<(v - 1)
        }
        for q in span {
            guard toks[q].isWord || toks[q].kind == .number else { return }
            if let d = defined[q] {
                if d.actor.hasIDPrefix("org:") { recordOffice(person: person, actor: d.actor, role: toks[verbIndex].text, sentence: s, guessState: false) }
                return
            }
            if let (e, _) = nameMatch(at: q, end: end) {
                guard !e.actor.hasIDPrefix("person:"), !e.actor.hasIDPrefix("agreement:"), e.actor != NameEntry.region else { return }
                recordOffice(person: person, actor: e.actor, role: toks[verbIndex].text, sentence: s, guessState: false)
                return
            }
        }
    }

    /// Whether an English relative clause of leading opens at the comma `k`: "…, who (has) led/heads …".
    func leadsInClause(after k: Int, sentence s: Sentence) -> Bool { englishLeadingVerb(after: k, sentence: s) != nil }

    /// The verb of leading of an English relative clause at the comma `k` ("…, who (has) led …"), or nil.
    private func englishLeadingVerb(after k: Int, sentence s: Sentence) -> Int? {
        let end = s.tokens.upperBound
        guard !words.leadingVerbs.isEmpty, k + 2 < end, toks[k + 1].lower == "who" else { return nil }
        var v = k + 2
        if ["has", "had", "have", "also", "still", "currently"].contains(toks[v].lower) { v += 1 }
        return v < end && words.leadingVerbs.contains(toks[v].lower) ? v : nil
    }
}
