extension Coreference.WordBits {
    /// What the lexicon says of one word: its bits in the sets of `sets` (with `.sie` and `.they`, never
    /// `.pairSecond`, which is a filter's answer) and the pair phrases that start with it.
    struct Known: Sendable {
        let bits: Coreference.WordBits
        let pairs: [PhraseIndex<String>.Entry]?
    }

    /// Every word of the sets and every first word of a pair phrase, with what the lexicon says of it.
    /// Built once per language: `table` then asks one map per distinct word of a document instead of up
    /// to six sets and the phrase index (each a String hash); an `AsciiWordMap` answers by the word's
    /// bytes, without a String hash at all.
    static func known(_ words: Lexicon.Words) -> AsciiWordMap<Known> {
        let sets = sets(words)
        // the bits of `sets` in its order; the last set ("sie", "they", "them") is answered by word below
        let setBits: [Coreference.WordBits] = [.stateDescriptor, .orgDescriptor, .personPronoun, .herOrTheir, .definite, .plural]
        var all = Set<String>(words.pairPhrases.firstTokens)
        for set in sets { all.formUnion(set) }
        var known = AsciiWordMap<Known>()
        known.reserveCapacity(all.count)
        for w in all {
            var b: Coreference.WordBits = []
            for (set, bit) in zip(sets, setBits) where set.contains(w) { b.insert(bit) }
            if w == "sie" { b.insert(.sie) }
            if w == "they" || w == "them" { b.insert(.they) }
            known.update(w, initial: Known(bits: b, pairs: words.pairPhrases.phrases(startingWith: w))) { _ in }
        }
        return known
    }
}
