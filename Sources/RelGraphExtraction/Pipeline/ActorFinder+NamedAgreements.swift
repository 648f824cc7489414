import RelGraph

/// Agreements named by a place or a proper name that the lexicon does not hold: "the Jeddah Declaration",
/// "the Five-Point Consensus", "die Dschidda-Erklärung", "das Minsker Abkommen", "die Charta von
/// Liptako-Gourma", "the Treaty of Pelindaba". Agreement nouns of kind `named` (declaration, charter,
/// Erklärung, Charta) are agreements only with such a name.
extension ActorFinder.State {
    /// A named agreement at token `i` (the agreement noun or a compound ending in one); returns tokens consumed.
    func namedAgreement(at i: Int, sentence s: Sentence) -> Int? {
        let end = s.tokens.upperBound
        // (a word without a hyphen that starts no agreement phrase names none: most words)
        if !toks[i].hasHyphenByte && memo.agreements(at: i) == nil { return nil }
        let t = toks[i]
        // "Dschidda-Erklärung": a compound whose first part is an unknown name
        if t.containsHyphen, t.isCapitalized, let dash = t.text.lastIndex(of: "-") {
            let head = String(t.text[t.text.index(after: dash)...]).lowercased()
            let first = String(t.text[..<t.text.firstIndex(of: "-")!])
            if !words.agreements.values(for: [head]).isEmpty, nameEntry(forWord: first) == nil,
               words.agreements.values(for: [first.lowercased()]).isEmpty {
                define(i..<(i + 1), sentence: s)
                return 1
            }
        }
        guard let m = words.agreements.longestMatch(memo.agreements(at: i), in: toks[..<end], at: i, key: \.lower), t.isCapitalized || doc.language == .en else { return nil }
        var start = i
        // "the Jeddah Declaration", "the Five-Point Consensus" (English), "das Minsker Abkommen" (German city adjective)
        while start - 1 >= s.tokens.lowerBound && i - start < 3 {
            let p = toks[start - 1]
            guard p.isWord, p.isCapitalized, !covered[start - 1], !isFunctionWord(p), start - 1 > s.tokens.lowerBound || doc.language == .de else { break }
            if doc.language == .de && !(p.lower.hasSuffix("er") && p.lower.count > 4) { break }
            guard isFreeOfCues(p), words.titles.longestMatch(in: toks[..<end], at: start - 1, key: \.lower) == nil else { break }
            start -= 1
        }
        var stop = i + m.length
        if start == i {
            // "die Charta von Liptako-Gourma", "the Treaty of Pelindaba": an unknown name after von/of
            guard stop + 1 < end, ["of", "von"].contains(toks[stop].lower), toks[stop + 1].isWord, toks[stop + 1].isCapitalized,
                  !isFunctionWord(toks[stop + 1]), isFreeOfCues(toks[stop + 1]) else { return nil }
            // ("the Treaty of Rome", "the Treaty of Paris": in English, a capitalized head names its treaty by a city or state,
            // which stands for no state there)
            if let (place, n) = nameMatch(at: stop + 1, end: end) {
                guard doc.language == .en, t.isCapitalized, place.actor.hasIDPrefix("state:"), place.form == .name else { return nil }
                stop += 1 + n
            } else {
                stop += 2
            }
            // ("the Compact of Free Association", "the Treaty of Amity and Cooperation": the name's further capitals)
            func nameWord(_ k: Int) -> Bool {
                k < end && toks[k].isWord && toks[k].isCapitalized && !isFunctionWord(toks[k]) && nameMatch(at: k, end: end) == nil
            }
            var more = 0
            // (English, where capitals mark a name's words; a German noun is capitalized anyway)
            while doc.language == .en && more < 3 {
                if nameWord(stop) { stop += 1; more += 1; continue }
                if stop + 1 < end, ["and", "und"].contains(toks[stop].lower), nameWord(stop + 1) { stop += 2; more += 1; continue }
                break
            }
        }
        define(start..<stop, sentence: s)
        return stop - i
    }

    /// "the Ottawa Convention", "the Paris Agreement", "the Oslo Accords", "das Pekinger Abkommen": a place that
    /// the lexicon knows as a state's metonym names the agreement, and stands for no state, when an agreement noun
    /// follows it at once (English: after "the", the noun capitalized as in a title; German: the city adjective in -er).
    /// Returns the tokens consumed from the place on.
    func placeNamedAgreement(at i: Int, nameLength n: Int, sentence s: Sentence) -> Int? {
        let end = s.tokens.upperBound, next = i + n
        guard next < end, toks[next].isWord, toks[next].isCapitalized, memo.agreements(at: next) != nil,
              let m = words.agreements.longestMatch(memo.agreements(at: next), in: toks[..<end], at: next, key: \.lower) else { return nil }
        switch doc.language {
        // ("the 1954 Caracas Convention": a year between the article and the place)
        case .en: guard i > s.tokens.lowerBound, toks[i - 1].lower == "the" || toks[i - 1].kind == .number && i - 1 > s.tokens.lowerBound && toks[i - 2].lower == "the" else { return nil }
        case .de: guard n == 1, toks[i].lower.hasSuffix("er"), toks[i].lower.count > 4 else { return nil }
        }
        define(i..<(next + m.length), sentence: s)
        return next + m.length - i
    }

    /// Declares the agreement that the tokens name and adds its mention.
    private func define(_ r: Range<Int>, sentence s: Sentence) {
        let surface = doc.slice(TextRange(toks[r.lowerBound].range.start, toks[r.upperBound - 1].range.end))
        let id = "agreement:" + Slug.make(surface)
        if actors[id] == nil && lexicon.actors[id] == nil { actors[id] = ActorInfo(id: id, kind: .agreement, label: surface) }
        addMention(id, tokens: r, sentence: s.index, form: .name)
    }
}

extension ActorFinder.State {
    /// The words that describe an unnamed agreement, as its surface name: "reciprocal access agreement",
    /// "Abkommen über den gegenseitigen Zugang von Streitkräften". The mention keeps its own tokens; only
    /// its surface (a name of the node) grows.
    func agreementPhrase(_ r: Range<Int>, sentence s: Sentence) -> TextRange? {
        let lo = s.tokens.lowerBound, end = s.tokens.upperBound
        var start = r.lowerBound
        if doc.language == .en {
            // lower-case modifiers before: "a reciprocal access agreement"
            while start - 1 >= lo && r.lowerBound - start < 3 {
                let t = toks[start - 1]
                guard t.isWord, !t.isCapitalized, !covered[start - 1], !isDeterminer(t), !isFunctionWord(t),
                      words.preps[t.lower] == nil, isFreeOfCues(t), !["its", "their", "his", "her", "this", "that", "new", "which", "whose"].contains(t.lower),
                      // ("a $2 million export credit agreement", "the alliance's founding treaty": an amount or a possessive ends it)
                      !ActorFinder.amountWords.contains(t.lower), t.text != "'s", t.text != "’s" else { break }
                start -= 1
            }
        }
        var stop = r.upperBound
        if stop + 1 < end, ActorFinder.agreementComplementPreps.contains(toks[stop].lower) {
            // the complement after: up to a comma, a verb or an actor
            var k = stop + 1
            var lastNoun = -1
            while k < end && k - stop <= 7 {
                let t = toks[k]
                // nouns may be cue words ("security cooperation"), verbs end the phrase ("signed in May")
                let nounish = words.cues.matches(t.lower).allSatisfy { [.noun, .theme, .agent, .qualify].contains($0.cueClass) }
                guard t.isWord, !covered[k], nameMatch(at: k, end: end) == nil, nounish || t.isCapitalized else { break }
                if doc.language == .de {
                    let adjective = !t.isCapitalized && ["e", "en", "er", "es", "em"].contains { t.lower.hasSuffix($0) }
                    guard t.isCapitalized || isDeterminer(t) || adjective || ["von", "zur", "zum", "und"].contains(t.lower) else { break }
                    if t.isCapitalized && !isFunctionWord(t) { lastNoun = k }
                } else {
                    guard words.reportVerbs.matches(t.lower).isEmpty, !["that", "which", "to", "with", "in", "at", "by", "and", "signed", "reached", "agreed"].contains(t.lower) else { break }
                    // ("a treaty on Thursday settling …": a capitalized function word of the lexicon, such as a day or
                    // month, or a verb's -ing form ends the complement)
                    if t.lower.hasSuffix("ing") && t.lower.count > 5 || t.isCapitalized && isFunctionWord(t) { break }
                    // (the phrase ends on a noun, not on "of" or "the")
                    if !isFunctionWord(t) && !isDeterminer(t) { lastNoun = k }
                }
                k += 1
            }
            if lastNoun > stop { stop = lastNoun + 1 }
        }
        if start == r.lowerBound && stop == r.upperBound { return nil }
        return TextRange(toks[start].range.start, toks[stop - 1].range.end)
    }
}

extension ActorFinder {
    /// Prepositions that open an agreement's complement ("agreement on …", "Abkommen über …").
    static let agreementComplementPreps: Set<String> = ["über", "on", "zur", "zum"]
    /// Words of an amount, which end the modifiers before an agreement's head ("million export credit agreement").
    static let amountWords: Set<String> = ["million", "billion", "trillion", "millionen", "milliarden"]

    /// The head of an agreement's phrase before its complement ("memorandum of understanding on the waterway" →
    /// "memorandum of understanding"), or nil when the phrase has none.
    static func agreementHead(_ surface: String) -> String? {
        // (the earliest complement, whatever order the set is read in: the same name on every run)
        let cut = agreementComplementPreps.compactMap { surface.range(of: " " + $0 + " ")?.lowerBound }.min()
        guard let at = cut, at > surface.startIndex else { return nil }
        return String(surface[..<at])
    }

    /// Definite articles and demonstratives that make a bare agreement noun point back ("the agreement", "das Abkommen").
    static let definiteArticles: Set<String> = ["the", "this", "that", "der", "die", "das", "dem", "den", "des", "dieses", "diesem", "dieser", "diesen"]
}
