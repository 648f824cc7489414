/// "We will not tolerate this," said Foreign Minister X: inside a quotation, "we", "us", "our" ("wir",
/// "uns", "unser") stand for the side its speaker speaks for: the state or organization of the
/// speaker's office, or an actor that speaks itself ("Russia said: …").
extension Coreference {
    static let firstPersonPlural: Set<String> = ["we", "us", "our", "ours", "wir", "uns", "unser", "unsere", "unserer", "unseren", "unserem", "unseres"]
    /// `firstPersonPlural` as a quick "not there" (every quoted word is asked, most are none of them).
    static let firstPersonPluralFilter: AsciiWordFilter = {
        var f = AsciiWordFilter()
        for w in firstPersonPlural { f.insert(w) }
        return f
    }()
    static let openQuotes: Set<String> = ["„", "“", "«", "»", "\"", "‚"]
    /// The scalars of `openQuotes` and "”".
    static let quoteScalars: Set<UInt32> = Set((openQuotes.flatMap { $0.unicodeScalars } + "”".unicodeScalars).map(\.value))

    /// The one scalar of a text of one scalar.
    static func singleScalar(_ t: String) -> Unicode.Scalar? {
        var it = t.unicodeScalars.makeIterator()
        guard let c = it.next(), it.next() == nil else { return nil }
        return c
    }

    /// Whether a punctuation token's text is a quotation mark (one of `openQuotes` or "”").
    static func isQuoteMark(_ t: String) -> Bool {
        // (a quote mark is one scalar, and no other scalar is canonically equivalent to one: a text of one
        // scalar that is none of them is no quote mark, without a String hashed or compared)
        if let c = singleScalar(t), !quoteScalars.contains(c.value) { return false }
        return openQuotes.contains(t) || t == "”"
    }

    /// `wordBits` is the stage's `WordBits.table` of the document: quotation marks and first-person plurals
    /// are read off the bits of each token's word (`.quoteMark`, `.firstPersonPlural`), worked out once per
    /// distinct word, where every punctuation token was tested and every quoted word looked up.
    func firstPersonMentions(_ doc: Document, mentions: [Mention], officeOf: [String: String], covered: [Bool], wordBits: PerToken<WordBits>) -> [Mention] {
        let toks = doc.tokens
        /// Token `k` is a quotation mark.
        func isQuote(_ k: Int) -> Bool { wordBits[k].contains(.quoteMark) }
        /// Token `k`'s lower case is a first-person plural.
        func isFirstPersonPlural(_ k: Int) -> Bool { wordBits[k].contains(.firstPersonPlural) }
        // (a document with no first-person plural among its words, or no quotation mark, has no such mention:
        // its tokens are not read; asked of the distinct words)
        guard wordBits.byWord.contains(where: { $0.contains(.firstPersonPlural) }),
              wordBits.byWord.contains(where: { $0.contains(.quoteMark) }) else { return [] }
        // (made at the first sentence that needs it: most have no first person in a quotation)
        var bySentence: MentionsBySentence?
        var out: [Mention] = []
        // one buffer for every sentence's quoted stretches, cleared for each
        var quoteBuffer: [Bool] = []
        for s in doc.sentences {
            // most sentences have no quote mark: they are passed over before any stretch is marked (the
            // marks below set `any` exactly when this finds one)
            // (nor has a sentence without a first-person plural, which most quoted sentences are: passed over
            // before its quoted stretches are marked)
            guard s.tokens.contains(where: isFirstPersonPlural), s.tokens.contains(where: isQuote) else { continue }
            // the quoted stretches of the sentence (a quotation may stay open to its end)
            if quoteBuffer.count < s.tokens.count { quoteBuffer = Array(repeating: false, count: s.tokens.count) }
            for k in 0..<s.tokens.count { quoteBuffer[k] = false }
            var inQuote = quoteBuffer
            quoteBuffer = []
            defer { quoteBuffer = inQuote }
            var open = false
            var any = false
            for k in s.tokens {
                // (a word is no quote mark; a quote mark is one scalar, and no other scalar is canonically
                // equivalent to one: a token of one scalar that is none of them is no quote mark, without a
                // String comparison)
                if isQuote(k) {
                    let t = toks[k].text
                    if t == "„" || t == "«" { open = true } else if t == "”" || t == "»" { open = false } else { open.toggle() }
                    any = true
                    continue
                }
                inQuote[k - s.tokens.lowerBound] = open
            }
            guard any else { continue }
            let firsts = s.tokens.filter { inQuote[$0 - s.tokens.lowerBound] && !covered[$0] && toks[$0].isWord && isFirstPersonPlural($0) && toks[$0].text != "US" }
            guard !firsts.isEmpty else { continue }
            // the speaker: outside the quotation, a person with an office, else a state or organization
            if bySentence == nil { bySentence = MentionsBySentence(mentions) }
            let outside = (bySentence![s.index] ?? []).map { mentions[$0] }.filter { m in !m.tokens.contains { inQuote[$0 - s.tokens.lowerBound] } && !m.isLocative && m.form != .coreference }
            var side: String?
            if let p = outside.first(where: { $0.actor.hasIDPrefix("person:") && officeOf[$0.actor] != nil }) {
                side = officeOf[p.actor]
            } else if !outside.contains(where: { $0.actor.hasIDPrefix("person:") }),
                      let a = outside.first(where: { ($0.actor.hasIDPrefix("state:") || $0.actor.hasIDPrefix("org:")) && !$0.inTitle }) {
                side = a.actor
            }
            guard let actor = side else { continue }
            for k in firsts {
                var m = mention(actor, k..<(k + 1), toks[k].range, s, doc)
                m.isPossessive = ["our", "ours", "unser", "unsere", "unserer", "unseren", "unserem", "unseres"].contains(toks[k].lower)
                out.append(m)
            }
        }
        return out
    }
}
