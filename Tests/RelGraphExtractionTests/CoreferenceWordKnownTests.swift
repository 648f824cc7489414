@testable import RelGraphExtraction
import Testing

/// `WordBits.known` answers, per word, what the sets and the pair-phrase index answer one by one.
struct CoreferenceWordKnownTests {
    @Test func knownAgreesWithTheSetsAndThePhraseIndex() throws {
        let lexicon = try LexiconLoader.load()
        for language in [Language.de, .en] {
            let words = lexicon[language]
            let known = Coreference.WordBits.known(words)
            let sets = Coreference.WordBits.sets(words)
            var asked = Set(words.pairPhrases.firstTokens)
            for set in sets { asked.formUnion(set) }
            asked.formUnion(["regierung", "government", "sagte", "said", "sie", "they", "them", "Sie"])
            #expect(known.count > 20, "\(language)")
            var withPairs = 0
            for w in asked {
                var b: Coreference.WordBits = []
                if words.stateDescriptors.contains(w) { b.insert(.stateDescriptor) }
                if words.orgDescriptors.contains(w) { b.insert(.orgDescriptor) }
                if words.personPronouns.contains(w) { b.insert(.personPronoun) }
                if Coreference.herOrTheir.contains(w) { b.insert(.herOrTheir) }
                if Coreference.definite.contains(w) { b.insert(.definite) }
                if Coreference.plurals.contains(w) { b.insert(.plural) }
                if w == "sie" { b.insert(.sie) }
                if w == "they" || w == "them" { b.insert(.they) }
                let pairs = words.pairPhrases.phrases(startingWith: w)
                #expect((known.value(for: w)?.bits ?? []) == b, "\(language) \(w)")
                #expect(known.value(for: w)?.pairs?.map(\.tokens) == pairs?.map(\.tokens), "\(language) \(w)")
                #expect(known.value(for: w)?.pairs?.map(\.value) == pairs?.map(\.value), "\(language) \(w)")
                if pairs != nil { withPairs += 1 }
            }
            #expect(withPairs >= 2, "\(language)")
            #expect(known.value(for: "sie")?.bits.contains(.sie) == true)
            #expect(known.value(for: "them")?.bits.contains(.they) == true)
        }
    }
}
