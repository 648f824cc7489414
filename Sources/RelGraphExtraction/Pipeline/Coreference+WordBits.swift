extension Coreference {
    /// What the stage asks of a token's lower-case form in every sentence (is it a descriptor noun, a
    /// pronoun, a definite determiner), answered once per distinct word of a document.
    struct WordBits: OptionSet {
        let rawValue: UInt16

        static let stateDescriptor = WordBits(rawValue: 1 << 0)
        static let orgDescriptor = WordBits(rawValue: 1 << 1)
        static let personPronoun = WordBits(rawValue: 1 << 2)
        static let herOrTheir = WordBits(rawValue: 1 << 3)
        static let definite = WordBits(rawValue: 1 << 4)
        static let plural = WordBits(rawValue: 1 << 5)
        /// "sie" (for `isPluralSie`, asked of every word the stage does not skip).
        static let sie = WordBits(rawValue: 1 << 6)
        /// English "they", "them": the states just named together.
        static let they = WordBits(rawValue: 1 << 7)
        /// Maybe the second word of a pair phrase (a filter's answer: set on every such word, and on a few
        /// others). Without it on the next word, only a pair phrase of one word can match, and the stage
        /// compares no String for the phrases that start with the word before ("die" + "Regierung").
        static let pairSecond = WordBits(rawValue: 1 << 8)
        /// One of `firstPersonPlural` ("we", "unser"), for `firstPersonMentions`.
        static let firstPersonPlural = WordBits(rawValue: 1 << 9)
        /// A punctuation token that is a quotation mark (`isQuoteMark`), for `firstPersonMentions`.
        static let quoteMark = WordBits(rawValue: 1 << 10)
        /// English "its".
        static let its = WordBits(rawValue: 1 << 11)
        /// The bits that the stage resolves a word by (with the pair phrases that start with it): a word
        /// without any of them is passed over.
        static let resolvable: WordBits = [.personPronoun, .herOrTheir, .definite, .sie, .they, .its]

        /// The sets `table` looks words up in, in the order of `filters` after the first.
        static func sets(_ words: Lexicon.Words) -> [Set<String>] {
            [words.stateDescriptors, words.orgDescriptors, words.personPronouns, Coreference.herOrTheir, Coreference.definite, Coreference.plurals, ["sie", "they", "them"]]
        }

        /// Quick "not there" filters: first for every word of the sets and every first and second word
        /// of a pair phrase, then one for each set of `sets`, then one of the second words (`pairSecond`).
        static func filters(_ words: Lexicon.Words) -> [AsciiWordFilter] {
            var any = AsciiWordFilter()
            var each: [AsciiWordFilter] = []
            for set in sets(words) {
                var f = AsciiWordFilter()
                for w in set { f.insert(w); any.insert(w) }
                each.append(f)
            }
            for w in words.pairPhrases.firstTokens { any.insert(w) }
            // (the first-person plurals and the quotation marks are asked by the word too; a quotation
            // mark has no case: its lower case is its text)
            for w in Coreference.firstPersonPlural { any.insert(w) }
            any.insert("its")
            for w in Coreference.openQuotes { any.insert(w) }
            any.insert("”")
            var seconds = AsciiWordFilter()
            for phrase in words.pairPhrases.allTokens where phrase.count > 1 { seconds.insert(phrase[1]); any.insert(phrase[1]) }
            return [any] + each + [seconds]
        }

        /// Per token: the bits of its lower-case form in `words`; and per token, the pair phrases that
        /// start with it (nil: none). Kept per distinct word and read through the token's word id, so
        /// that nothing is copied (or counted) per token.
        /// `known` is `known(words)`, built once per language by the stage (computed here when nil).
        /// `cache` (the stage's, for the document's language) gives the answers for words seen in earlier
        /// documents, and keeps those worked out here.
        static func table(_ doc: Document, _ words: Lexicon.Words, filters: [AsciiWordFilter], known: AsciiWordMap<Known>? = nil,
                          cache: CoreferenceWordCache? = nil) -> (bits: PerToken<WordBits>, pairs: PairStarts) {
            let known = known ?? Self.known(words)
            let (ids, count) = doc.tokenWordIds()
            // (each distinct word asked at its first token: the loop below runs once per word, where it ran over
            // every token and asked a flag per token; the words' order does not matter, each has its own answer)
            let firsts = WordFirstTokens.of(ids, count: count)
            var byWord = [WordBits](repeating: [], count: count)
            // (per word the number of its list in `pairLists`, -1 for none: plain numbers, where an array of
            // optional arrays was made and freed element by element for every document)
            var pairsByWord = [Int32](repeating: -1, count: count)
            var pairLists: [[PhraseIndex<String>.Entry]] = []
            // (the words seen in earlier documents answered by the cache, their pair lists among the cache's;
            // the others worked out and kept, each list of pair phrases found appended)
            let (cached, cachedLists) = cache?.lookUp(doc.tokens, at: firsts) ?? ([], [])
            pairLists = cachedLists
            var fresh: [(text: String, answer: CoreferenceWordCache.Answer)] = []
            // (the first filter out of its array once, and the tokens read in place: most words stop at it)
            let any = filters[0]
            doc.tokens.withUnsafeBufferPointer { toks in
                for k in firsts.indices where firsts[k] >= 0 {
                    if k < cached.count && cached[k] != .unknown {
                        byWord[k] = cached[k].bits
                        pairsByWord[k] = cached[k].pairs
                        continue
                    }
                    let i = Int(firsts[k])
                    defer { if cache != nil { fresh.append((toks[i].text, CoreferenceWordCache.Answer(bits: byWord[k], pairs: pairsByWord[k]))) } }
                    guard any.mayContain(toks[i].lower) else { continue }
                    let w = toks[i].lower
                    // one hash for every set and the phrase index (see `known`)
                    var b: WordBits = []
                    if let e = known.value(for: w) {
                        b = e.bits
                        if let pairs = e.pairs {
                            pairsByWord[k] = Int32(pairLists.count)
                            pairLists.append(pairs)
                        }
                    }
                    if filters.count > 8 && filters[8].mayContain(w) { b.insert(.pairSecond) }
                    if Coreference.firstPersonPluralFilter.mayContain(w) && Coreference.firstPersonPlural.contains(w) { b.insert(.firstPersonPlural) }
                    if toks[i].kind == .punct && Coreference.isQuoteMark(toks[i].text) { b.insert(.quoteMark) }
                    if w == "its" { b.insert(.its) }
                    byWord[k] = b
                }
            }
            cache?.store(fresh, pairLists: pairLists)
            return (PerToken(ids: ids, byWord: byWord), PairStarts(lists: pairLists, byToken: PerToken(ids: ids, byWord: pairsByWord)))
        }
    }

    /// Per token: the pair phrases that start with its word (nil: none).
    struct PairStarts {
        let lists: [[PhraseIndex<String>.Entry]]
        let byToken: PerToken<Int32>

        @inline(__always)
        subscript(_ i: Int) -> [PhraseIndex<String>.Entry]? {
            let n = byToken[i]
            return n < 0 ? nil : lists[Int(n)]
        }
    }

    /// A per-token answer kept per distinct word: `self[i]` is the answer for token `i`'s word.
    struct PerToken<Value> {
        let ids: [Int32]
        let byWord: [Value]

        @inline(__always)
        subscript(_ i: Int) -> Value { byWord[Int(ids[i])] }
    }
}
