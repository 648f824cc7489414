extension Coreference {
    /// What the stage asks of a token's lower-case form in every sentence (is it a descriptor noun, a
    /// pronoun, a definite determiner), answered once per distinct word of a document.
    struct WordBits: OptionSet {
        let rawValue: UInt8

        static let stateDescriptor = WordBits(rawValue: 1 << 0)
        static let orgDescriptor = WordBits(rawValue: 1 << 1)
        static let personPronoun = WordBits(rawValue: 1 << 2)
        static let herOrTheir = WordBits(rawValue: 1 << 3)
        static let definite = WordBits(rawValue: 1 << 4)
        static let plural = WordBits(rawValue: 1 << 5)

        /// Per token: the bits of its lower-case form in `words`; and per token, the pair phrases that
        /// start with it (nil: none).
        /// Every word some set of `table` holds, for a quick "in none of them".
        static func filter(_ words: Lexicon.Words) -> AsciiWordFilter {
            var f = AsciiWordFilter()
            for set in [words.stateDescriptors, words.orgDescriptors, words.personPronouns, Coreference.herOrTheir, Coreference.definite, Coreference.plurals] {
                for w in set { f.insert(w) }
            }
            for w in words.pairPhrases.firstTokens { f.insert(w) }
            return f
        }

        static func table(_ doc: Document, _ words: Lexicon.Words, filter: AsciiWordFilter) -> (bits: [WordBits], pairs: [[PhraseIndex<String>.Entry]?]) {
            let (ids, count) = doc.tokenWordIds()
            var byWord = [WordBits?](repeating: nil, count: count)
            var pairsByWord = [[PhraseIndex<String>.Entry]?](repeating: nil, count: count)
            var bits = [WordBits](repeating: [], count: doc.tokens.count)
            var pairs = [[PhraseIndex<String>.Entry]?](repeating: nil, count: doc.tokens.count)
            for i in doc.tokens.indices {
                let k = Int(ids[i])
                if let b = byWord[k] {
                    bits[i] = b
                    pairs[i] = pairsByWord[k]
                    continue
                }
                let w = doc.tokens[i].lower
                var b: WordBits = []
                guard filter.mayContain(w) else {
                    byWord[k] = b
                    continue
                }
                if words.stateDescriptors.contains(w) { b.insert(.stateDescriptor) }
                if words.orgDescriptors.contains(w) { b.insert(.orgDescriptor) }
                if words.personPronouns.contains(w) { b.insert(.personPronoun) }
                if Coreference.herOrTheir.contains(w) { b.insert(.herOrTheir) }
                if Coreference.definite.contains(w) { b.insert(.definite) }
                if Coreference.plurals.contains(w) { b.insert(.plural) }
                byWord[k] = b
                bits[i] = b
                let p = words.pairPhrases.phrases(startingWith: w)
                pairsByWord[k] = p
                pairs[i] = p
            }
            return (bits, pairs)
        }
    }
}
