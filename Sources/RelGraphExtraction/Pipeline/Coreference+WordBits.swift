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
            var seconds = AsciiWordFilter()
            for phrase in words.pairPhrases.allTokens where phrase.count > 1 { seconds.insert(phrase[1]); any.insert(phrase[1]) }
            return [any] + each + [seconds]
        }

        /// Per token: the bits of its lower-case form in `words`; and per token, the pair phrases that
        /// start with it (nil: none). Kept per distinct word and read through the token's word id, so
        /// that nothing is copied (or counted) per token.
        /// `known` is `known(words)`, built once per language by the stage (computed here when nil).
        static func table(_ doc: Document, _ words: Lexicon.Words, filters: [AsciiWordFilter], known: AsciiWordMap<Known>? = nil) -> (bits: PerToken<WordBits>, pairs: PerToken<[PhraseIndex<String>.Entry]?>) {
            let known = known ?? Self.known(words)
            let (ids, count) = doc.tokenWordIds()
            var done = [Bool](repeating: false, count: count)
            var byWord = [WordBits](repeating: [], count: count)
            var pairsByWord = [[PhraseIndex<String>.Entry]?](repeating: nil, count: count)
            // (the first filter out of its array once, and the tokens read in place: most words stop at it)
            let any = filters[0]
            doc.tokens.withUnsafeBufferPointer { toks in
                for i in toks.indices {
                    let k = Int(ids[i])
                    if done[k] { continue }
                    done[k] = true
                    guard any.mayContain(toks[i].lower) else { continue }
                    let w = toks[i].lower
                    // one hash for every set and the phrase index (see `known`)
                    var b: WordBits = []
                    if let e = known.value(for: w) {
                        b = e.bits
                        pairsByWord[k] = e.pairs
                    }
                    if filters.count > 8 && filters[8].mayContain(w) { b.insert(.pairSecond) }
                    byWord[k] = b
                }
            }
            return (PerToken(ids: ids, byWord: byWord), PerToken(ids: ids, byWord: pairsByWord))
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
