import RelGraph

extension ActorFinder.State {
    /// "the environmental group Justica Ambiental", "the main opposition party Chadema", "the ruling Frelimo party": in
    /// English, one to three capitalized words right after or right before a lower-case noun that describes an
    /// organization (lexicon `orgnoun`) name an organization, when the lexicon knows none of them (no name, given
    /// name, title, function word or weekday) and no hyphen joins them to something else.
    func defineDescribedNames(in s: Sentence) {
        guard !words.orgNouns.isEmpty else { return }
        if doc.language == .de { defineDescribedNamesDE(in: s); return }
        let lo = s.tokens.lowerBound, end = s.tokens.upperBound
        /// The unknown capitalized run from `i` (at most three words), its length, or 0.
        func unknownRun(from i: Int, limit: Int) -> Int {
            var j = i
            while j < min(limit, i + 3) && isUnknownCapitalized(j, end: end) { j += 1 }
            return j - i
        }
        var k = lo
        while k < end {
            defer { k += 1 }
            guard toks[k].isWord, !toks[k].isCapitalized, words.orgNouns.contains(toks[k].lower) else { continue }
            // after the noun: "the environmental group Justica Ambiental" (the run must end where capitals end)
            // (a noun phrase opened by "a"/"an" describes; it names no one: "a Druze militia", "a firm Western warning")
            var d = k - 1
            while d > lo && d >= k - 4 && toks[d].isWord && !RelationFinder.determiners.contains(toks[d].lower) { d -= 1 }
            if d >= lo, ["a", "an"].contains(toks[d].lower) { continue }
            let after = unknownRun(from: k + 1, limit: end)
            // ("the advocacy group Friends of the Earth": a name that goes on with "of" is not cut there)
            let goesOn = k + 1 + after + 1 < end && ["of", "for"].contains(toks[k + 1 + after].lower)
            if after > 0, !goesOn, k + 1 + after == end || !(toks[k + 1 + after].isWord && toks[k + 1 + after].isCapitalized) {
                define(k + 1, after)
                continue
            }
            // before the noun: "the ruling Frelimo party" (not the sentence's first word, whose capital says nothing)
            var i = k
            // ("the Kurdish militia", "a Shiite group": an adjective of a people or creed is no name)
            while i - 1 > lo && k - (i - 1) <= 2 && isUnknownCapitalized(i - 1, end: end)
                    && !Self.adjectiveEndingsEN.contains(where: { toks[i - 1].lower.hasSuffix($0) }) { i -= 1 }
            if i < k, i - 1 >= lo, !(toks[i - 1].isWord && toks[i - 1].isCapitalized) { define(i, k - i) }
        }
    }

    /// "der Energiekonzern Woodside", "Chiphersteller Nexperia", "der Bergbaukonzern Rio Tinto": in German, one or two
    /// capitalized words right after a noun that is or ends in an organization's noun (lexicon `orgnoun`) name an
    /// organization, when the lexicon knows none of them, they are no common noun by their ending, a lower-case word,
    /// punctuation or the sentence's end follows them, and nowhere in the article an article or adjective stands before
    /// the first (as before a noun: "die Partei Stimmen verloren", "die Stimmen").
    private func defineDescribedNamesDE(in s: Sentence) {
        let lo = s.tokens.lowerBound, end = s.tokens.upperBound
        var k = lo
        while k + 1 < end {
            defer { k += 1 }
            // (the two capitals asked first, on their bits: most German nouns have no capitalized word after them)
            guard toks[k].isWord, toks[k].isCapitalized, toks[k + 1].isWord, toks[k + 1].isCapitalized,
                  words.isOrgNoun(toks[k].lower, compounds: true), isUnknownCapitalized(k + 1, end: end), !isCommonNoun(toks[k + 1]) else { continue }
            var n = 1
            if k + 2 < end, isUnknownCapitalized(k + 2, end: end), !isCommonNoun(toks[k + 2]) { n = 2 }
            // ("die Gruppe Saraja al-Aschtar", "die Miliz Kataib Sayyid al-Schuhada": a name's particle word, "al-X", goes on it
            // and makes it a name)
            var particle = false
            while n < 3, k + 1 + n < end, Self.isParticleName(toks[k + 1 + n]) {
                n += 1
                particle = true
            }
            let after = k + 1 + n
            guard after == end || !toks[after].isWord || !toks[after].isCapitalized else { continue }
            let first = toks[k + 1].text
            // (a letter alone is no name here: "auf der Plattform X")
            guard first.count > 1 else { continue }
            // the word's other places in the article, read once: whether an article or adjective stands before one (as
            // before a noun; an adjective only after an article: "kritisierte Woodside" is a verb before the name), and
            // whether there is one at all
            var usedAsNoun = false, recurs = false
            for j in toks.indices where j != k + 1 && toks[j].text == first {
                recurs = true
                // ("Zhang, der Nexperia seit 2020 führte": an article's form after a comma opens a relative clause)
                if j > 0, toks[j - 1].isWord, ActorFinder.determiners.contains(toks[j - 1].lower), !(j > 1 && toks[j - 2].text == ",")
                    || j > 1 && ActorFinder.determiners.contains(toks[j - 2].lower) && !toks[j - 1].isCapitalized && ["e", "en", "er", "es", "em"].contains(where: { toks[j - 1].lower.hasSuffix($0) }) {
                    usedAsNoun = true
                    break
                }
            }
            if usedAsNoun { continue }
            // ("weil die Partei Gelder erhalten habe", "dass das Unternehmen Chips lieferte": after a noun that is no compound,
            // a name the article names again, as names are, or one an adjective describes: "die linke Partei Libre")
            let describedByAdjective = k > lo && toks[k - 1].isWord && !toks[k - 1].isCapitalized && !ActorFinder.determiners.contains(toks[k - 1].lower)
            if words.orgNouns.contains(toks[k].lower), !describedByAdjective, !recurs, !particle { continue }
            define(k + 1, n)
            k += n
        }
    }

    /// A capitalized word, not hyphenated, that starts no name, title or given name the lexicon knows, and is no
    /// function word; not yet defined.
    private func isUnknownCapitalized(_ j: Int, end: Int) -> Bool {
        toks[j].isWord && toks[j].isCapitalized && !toks[j].hasHyphenByte && defined[j] == nil && !isFunctionWord(at: j)
            && !isGivenName(at: j) && nameMatch(at: j, end: end) == nil && titleMatch(at: j, end: end) == nil
            && toks[j].kind != .number && isFreeOfCues(toks[j])
    }

    /// English adjective endings of peoples, creeds and kinds ("Kurdish", "Shiite", "Islamist", "Conservative").
    static let adjectiveEndingsEN = ["ish", "ian", "ean", "ese", "ic", "ite", "ist", "an", "ern", "ive", "al"]

    private func define(_ i: Int, _ length: Int) {
        let surface = doc.slice(TextRange(toks[i].range.start, toks[i + length - 1].range.end))
        let id = "org:" + Slug.make(surface)
        if lexicon.actors[id] == nil && actors[id] == nil { actors[id] = ActorInfo(id: id, kind: .organization, label: surface) }
        defined[i] = (id, length)
        let words = (i..<(i + length)).map { toks[$0].text }
        if !(describedNames[words[0]]?.contains { $0.words == words } ?? false) { describedNames[words[0], default: []].append((words, id)) }
    }

    /// A name defined by a describing noun earlier in the article, at `i`: the longest, its actor and length.
    func describedName(at i: Int, end: Int) -> (actor: String, length: Int)? {
        guard let candidates = describedNames[toks[i].text] else { return nil }
        var best: (actor: String, length: Int)?
        for c in candidates where i + c.words.count <= end && c.words.count > (best?.length ?? 0)
            && c.words.indices.allSatisfy({ toks[i + $0].text == c.words[$0] }) {
            best = (c.actor, c.words.count)
        }
        return best
    }
}
