extension Tokenizer: PipelineStage {
    /// Tokenizes every sentence and records each sentence's token range, and numbers the distinct token
    /// texts (`Token.wordId`, `Document.wordCount`); a text seen before shares its String and its lower case.
    public func process(_ document: inout Document) {
        var all: [Token] = []
        all.reserveCapacity(document.scalars.count / 5)
        var interner = WordInterner(expected: document.scalars.count / 10)
        /// Per id: the index of its first token.
        var firstToken: [Int] = []
        /// Per token: its word id (kept in the document for the stages that read them all).
        var ids: [Int32] = []
        ids.reserveCapacity(document.scalars.count / 5)
        let scalars = document.scalars
        // the end of the last token made (read without copying the token out of `all`)
        var lastEnd = 0
        // (the scalars read through their buffer: no bounds check per scalar)
        scalars.withUnsafeBufferPointer { scalars in
            for i in document.sentences.indices {
                let s = document.sentences[i]
                let first = all.count
                spans(scalars, in: s.range, lastEnd: { all.count > first ? lastEnd : nil }) { a, b, kind in
                    let (id, isNew) = interner.intern(scalars, a, b)
                    lastEnd = b
                    ids.append(id)
                    if isNew {
                        firstToken.append(all.count)
                        all.append(Self.token(scalars, a, b, kind: kind, sentence: s.index, wordId: id))
                    } else {
                        // the first token of the text is read in place: copying it out of the array (and
                        // destroying the copy) cost more than the new token
                        let t = all.withUnsafeBufferPointer { Token(range: TextRange(a, b), sameTextAs: $0[firstToken[Int(id)]], kind: kind, sentence: s.index) }
                        all.append(t)
                    }
                }
                document.sentences[i].tokens = first..<all.count
            }
        }
        document.tokens = all
        document.wordCount = interner.count
        // (after the two setters above, which clear it)
        document.wordIds = ids
    }

    /// The token of `scalars[a..<b]`, its lower case made from the scalars where they are Latin-1 (as
    /// `String.lowercasedFast` lowers them: A–Z and U+00C0–U+00DE but U+00D7 move by 0x20, which keeps
    /// each scalar's UTF-8 length; a text without such a capital is its own lower case and shares its String).
    static func token(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ a: Int, _ b: Int, kind: Token.Kind, sentence: Int, wordId: Int32 = -1) -> Token {
        // one pass over the scalars for all the text and its lower case need to know
        let word = UnsafeBufferPointer(rebasing: scalars[a..<b])
        var n = 0
        var ascii = true
        var latin1 = true
        var capitals = false
        var hyphen = false
        for s in word {
            let v = s.value
            if v < 0x80 {
                n += 1
                if v >= 0x41 && v <= 0x5A { capitals = true }
                if v == 0x2D { hyphen = true }
            } else {
                ascii = false
                n += v < 0x800 ? 2 : v < 0x10000 ? 3 : 4
                if v >= 0x100 { latin1 = false } else if v >= 0xC0 && v <= 0xDE && v != 0xD7 { capitals = true }
            }
        }
        let text = ScalarProperties.string(word, utf8Count: n, ascii: ascii)
        guard latin1 else {
            var t = Token(range: TextRange(a, b), text: text, kind: kind, sentence: sentence)
            t.wordId = wordId
            return t
        }
        var lower = text
        if capitals {
            lower = String(unsafeUninitializedCapacity: n) { out in
                var i = 0
                for s in word {
                    var v = s.value
                    if (v >= 0x41 && v <= 0x5A) || (v >= 0xC0 && v <= 0xDE && v != 0xD7) { v += 0x20 }
                    if v < 0x80 {
                        out[i] = UInt8(truncatingIfNeeded: v); i += 1
                    } else {
                        out[i] = UInt8(truncatingIfNeeded: 0xC0 | (v >> 6))
                        out[i + 1] = UInt8(truncatingIfNeeded: 0x80 | (v & 0x3F)); i += 2
                    }
                }
                return i
            }
        }
        // the text's first scalar is scalars[a]
        return Token(range: TextRange(a, b), text: text, lower: lower, hasHyphenByte: hyphen,
                     isCapitalized: a < b && ScalarProperties.isUppercase(scalars[a]), kind: kind, sentence: sentence, wordId: wordId)
    }
}
