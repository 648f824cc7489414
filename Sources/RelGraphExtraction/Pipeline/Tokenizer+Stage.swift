extension Tokenizer: PipelineStage {
    /// Tokenizes every sentence and records each sentence's token range, and numbers the distinct token
    /// texts (`Token.wordId`, `Document.wordCount`); a text seen before (in this document, or in an earlier
    /// one: `wordCache`) shares its String and its lower case.
    public func process(_ document: inout Document) {
        let expected = document.scalars.count / 5
        var interner = WordInterner(expected: document.scalars.count / 10)
        /// Per token, in text order: its scalar span, kind and sentence index (the tokens are made once the
        /// document's distinct words are known).
        var places: [(start: Int32, end: Int32, kind: Token.Kind, sentence: Int32)] = []
        places.reserveCapacity(expected)
        /// Per token: its word id (kept in the document for the stages that read them all).
        var ids: [Int32] = []
        ids.reserveCapacity(expected)
        let scalars = document.scalars
        // the end of the last token found
        var lastEnd = 0
        var all: [Token] = []
        // (the scalars read through their buffer: no bounds check per scalar)
        scalars.withUnsafeBufferPointer { scalars in
            for i in document.sentences.indices {
                let s = document.sentences[i]
                let first = places.count
                let sentence = Int32(truncatingIfNeeded: s.index)
                spans(scalars, in: s.range, lastEnd: { places.count > first ? lastEnd : nil }) { a, b, kind in
                    ids.append(interner.intern(scalars, a, b).id)
                    lastEnd = b
                    places.append((Int32(truncatingIfNeeded: a), Int32(truncatingIfNeeded: b), kind, sentence))
                }
                document.sentences[i].tokens = first..<places.count
            }
            // What each distinct word's tokens take from the text: kept from an earlier document (by entry
            // number in the cache, read in place), or made here from its first occurrence and kept for the
            // next documents (or, once the cache is full, kept here: entry -2 - k is `local[k]`).
            let spans = interner.spans
            var entry = wordCache.entries(scalars, spans, hashes: interner.idHashes)
            var made: [(start: Int32, end: Int32, word: TokenWordCache.Word)] = []
            var madeIds: [Int] = []
            for id in entry.indices where entry[id] < 0 {
                let sp = spans[id]
                made.append((sp.start, sp.end, TokenWordCache.Word(Self.token(scalars, Int(sp.start), Int(sp.end), kind: .word, sentence: 0))))
                madeIds.append(id)
            }
            var local: [TokenWordCache.Word] = []
            if !made.isEmpty {
                let kept = wordCache.store(scalars, made)
                for (k, id) in madeIds.enumerated() {
                    if kept[k] >= 0 {
                        entry[id] = kept[k]
                    } else {
                        entry[id] = -2 - Int32(local.count)
                        local.append(made[k].word)
                    }
                }
            }
            // (written in place: no capacity or uniqueness check per token)
            all = [Token](unsafeUninitializedCapacity: places.count) { out, initialized in
                places.withUnsafeBufferPointer { places in
                    ids.withUnsafeBufferPointer { ids in
                        entry.withUnsafeBufferPointer { entry in
                            for k in places.indices {
                                let p = places[k]
                                let id = ids[k]
                                let e = entry[Int(id)]
                                let range = TextRange(Int(p.start), Int(p.end))
                                if e >= 0 {
                                    let w = wordCache.word(e)
                                    (out.baseAddress! + k).initialize(to: Token(
                                        range: range, text: w.pointee.text, lower: w.pointee.lower, hasHyphenByte: w.pointee.hasHyphenByte,
                                        isCapitalized: w.pointee.isCapitalized, kind: p.kind, sentence: Int(p.sentence), wordId: id))
                                } else {
                                    let w = local[Int(-2 - e)]
                                    (out.baseAddress! + k).initialize(to: Token(
                                        range: range, text: w.text, lower: w.lower, hasHyphenByte: w.hasHyphenByte,
                                        isCapitalized: w.isCapitalized, kind: p.kind, sentence: Int(p.sentence), wordId: id))
                                }
                            }
                        }
                    }
                }
                initialized = places.count
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
