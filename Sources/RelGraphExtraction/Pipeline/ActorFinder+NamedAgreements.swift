import RelGraph

/// Agreements named by a place or a proper name that the lexicon does not hold: "the Jeddah Declaration",
/// "the Five-Point Consensus", "die Dschidda-Erklärung", "das Minsker Abkommen", "die Charta von
/// Liptako-Gourma", "the Treaty of Pelindaba". Agreement nouns of kind `named` (declaration, charter,
/// Erklärung, Charta) are agreements only with such a name.
extension ActorFinder.State {
    /// A named agreement at token `i` (the agreement noun or a compound ending in one); returns tokens consumed.
    mutating func namedAgreement(at i: Int, sentence s: Sentence) -> Int? {
        let end = s.tokens.upperBound
        let t = toks[i]
        // "Dschidda-Erklärung": a compound whose first part is an unknown name
        if t.containsHyphen, t.isCapitalized, let dash = t.text.lastIndex(of: "-") {
            let head = String(t.text[t.text.index(after: dash)...]).lowercased()
            let first = String(t.text[..<t.text.firstIndex(of: "-")!])
            let headToken = Token(range: t.range, text: head, kind: .word, sentence: t.sentence)
            if words.agreements.longestMatch(in: [headToken], at: 0, key: \.lower) != nil, nameEntry(forWord: first) == nil,
               words.agreements.values(for: [first.lowercased()]).isEmpty {
                define(i..<(i + 1), sentence: s)
                return 1
            }
        }
        guard let m = words.agreements.longestMatch(in: toks[..<end], at: i, key: \.lower), t.isCapitalized || doc.language == .en else { return nil }
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
                  !isFunctionWord(toks[stop + 1]), nameMatch(at: stop + 1, end: end) == nil, isFreeOfCues(toks[stop + 1]) else { return nil }
            stop += 2
        }
        define(start..<stop, sentence: s)
        return stop - i
    }

    /// Declares the agreement that the tokens name and adds its mention.
    private mutating func define(_ r: Range<Int>, sentence s: Sentence) {
        let surface = doc.slice(TextRange(toks[r.lowerBound].range.start, toks[r.upperBound - 1].range.end))
        let id = "agreement:" + Slug.make(surface)
        if actors[id] == nil && lexicon.actors[id] == nil { actors[id] = ActorInfo(id: id, kind: .agreement, label: surface) }
        addMention(id, tokens: r, sentence: s.index, form: .name)
    }
}
