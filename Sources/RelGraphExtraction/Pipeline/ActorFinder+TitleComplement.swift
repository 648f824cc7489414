extension ActorFinder {
    /// A title whose holder is named after a prepositional complement and a comma ("Der US-Botschafter in
    /// Budapest, David Pressman,"): kept until the scan reaches the name.
    struct PendingTitle {
        var role: String
        var actor: String?
        var titleStart: Int
        /// The complement's tokens, between the title and the comma before the name.
        var complement: Range<Int>
        /// The complement names where the office is ("Die Sprecherin des Außenministeriums in Moskau").
        var locative: Bool
    }

    /// Prepositions that open a title's complement: where the office is, or what it is for.
    static let complementPreps: Set<String> = ["in", "im", "at", "to", "für", "for", "bei", "beim", "zu", "zum", "zur", "am", "an", "der", "des", "of"]
    /// Complements that name the holder's organization as a genitive ("Sprecher der Miliz", "spokesman of the group").
    static let genitiveComplements: Set<String> = ["der", "des", "of"]
    static let englishVerbForms: Set<String> = ["said", "says", "say", "is", "was", "were", "are", "has", "have", "had", "will", "would", "told", "called", "urged"]
    static let locativeComplementPreps: Set<String> = ["in", "im", "at"]
}

extension ActorFinder.State {
    /// After a title that names no holder, a prepositional complement up to a comma and a name closed by
    /// another comma: "Der EU-Sonderbeauftragte für den Dialog zwischen Belgrad und Pristina, Henrik
    /// Lindqvist, rief …". Returns the token where the name starts. The complement holds no verb: German
    /// lower-case words in it are determiners, prepositions, "und" or adjectives before a noun; English
    /// ones may be nouns too, but no verb form.
    func complementApposition(after k: Int, sentence s: Sentence) -> Int? {
        let end = s.tokens.upperBound
        guard k + 1 < end, ActorFinder.complementPreps.contains(toks[k].lower) else { return nil }
        var q = k + 1
        while q < end && q < k + 10 {
            let t = toks[q]
            if t.text == "," { break }
            guard t.isWord else { return nil }
            if !t.isCapitalized {
                let functionWord = ActorFinder.determiners.contains(t.lower) || words.preps[t.lower] != nil || t.lower == "und" || t.lower == "and"
                let adjective = doc.language == .de && q + 1 < end && toks[q + 1].isCapitalized
                    && ["e", "en", "er", "es", "em"].contains(where: { t.lower.hasSuffix($0) })
                // (English nouns are lower case too: "for the talks between Serbia and Kosovo"; no verb forms)
                let englishNoun = doc.language == .en && !t.lower.hasSuffix("ed") && !ActorFinder.englishVerbForms.contains(t.lower)
                guard functionWord || adjective || englishNoun else { return nil }
            }
            q += 1
        }
        guard q < end, toks[q].text == ",", q > k + 1 else { return nil }
        var start = q + 1
        guard start < end, toks[start].isWord else { return nil }
        // ("…, den Milliardär Bidsina Iwanischwili,", "…, billionaire Bidzina Ivanishvili.": a word that says what the
        // holder is, before the name)
        start += describingWords(at: start, end: end)
        guard start < end, toks[start].isWord else { return nil }
        var n = 0
        if let (e, len) = nameMatch(at: start, end: end), e.actor.hasIDPrefix("person:") { n = len } else {
            n = nameSequence(at: start, end: end)
            if n < 2 { return nil }
        }
        // (a comma, or the sentence's end: "… der Wagner-Gruppe, Dmitri Utkin.")
        guard start + n < end, toks[start + n].text == "," || start + n == end - 1 && [".", "!"].contains(toks[start + n].text) else { return nil }
        return start
    }

    /// Before a name in an apposition, the words that say what the person is, which are no name: English lower-case words
    /// after an optional article ("billionaire", "the businessman"), a German article and its noun ("den Milliardär").
    /// Their count, 0 when none.
    func describingWords(at i: Int, end: Int) -> Int {
        var k = i
        if k < end, ActorFinder.determiners.contains(toks[k].lower) { k += 1 }
        let first = k
        while k < end, k < first + 2, toks[k].isWord, !isGivenName(at: k), nameMatch(at: k, end: end) == nil, titleMatch(at: k, end: end) == nil,
              doc.language == .en ? !toks[k].isCapitalized : toks[k].isCapitalized && k > i && k == first {
            k += 1
        }
        // (an article alone is no description)
        return k > first ? k - i : 0
    }

    /// Records the office of a pending title for the person named at `i`.
    func completePendingTitle(at i: Int, person: String, sentence s: Sentence) {
        guard let pt = pendingTitles.removeValue(forKey: i) else { return }
        var actor = pt.actor
        if actor == nil, pt.locative,
           let m = mentions.lastIndex(where: { pt.complement.contains($0.tokens.lowerBound) && !$0.actor.hasIDPrefix("person:") && !$0.actor.hasIDPrefix("agreement:") }) {
            mentions[m].inTitle = true
            actor = mentions[m].actor
        }
        // ("Der Chef der Übergangsregierung, X": a genitive complement names whose office it is; unnamed, no state is guessed)
        let genitive = ActorFinder.genitiveComplements.contains(toks[pt.complement.lowerBound].lower)
        recordOffice(person: person, actor: actor, role: pt.role, sentence: s, titleStart: pt.titleStart, guessState: !genitive)
    }
}
