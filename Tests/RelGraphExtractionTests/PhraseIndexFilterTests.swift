import RelGraphExtraction
import Testing

/// The ASCII pre-check of `PhraseIndex.longestMatch` answers as the dictionary does: String equality
/// (canonical equivalence) decides, also for first tokens that are not ASCII but equal an ASCII word.
struct PhraseIndexFilterTests {
    @Test func asciiWordFindsACanonicallyEqualFirstToken() {
        var index = PhraseIndex<String>()
        // KELVIN SIGN is canonically equivalent to "K"
        index.insert(["\u{212A}GB", "agent"], "kelvin")
        index.insert(["Außenminister"], "de")
        index.insert(["A\u{0308}ußere"], "decomposed")
        #expect(index.longestMatch(in: ["KGB", "agent"], at: 0, key: { $0 })?.value == "kelvin")
        #expect(index.longestMatch(in: ["Außenminister"], at: 0, key: { $0 })?.value == "de")
        #expect(index.longestMatch(in: ["Äußere"], at: 0, key: { $0 })?.value == "decomposed")
        #expect(index.longestMatch(in: ["KGC", "agent"], at: 0, key: { $0 }) == nil)
    }

    /// Words of Latin scalars (below U+0300) are filtered too: found exactly when stored, in either
    /// normalization form on either side.
    @Test func latinWordsAreFoundInEitherForm() {
        var index = PhraseIndex<String>()
        index.insert(["Außenministerin"], "nfc")
        index.insert(["U\u{0308}bergang"], "nfd")
        index.insert(["Ærø"], "latin")
        #expect(index.longestMatch(in: ["Außenministerin"], at: 0, key: { $0 })?.value == "nfc")
        #expect(index.longestMatch(in: ["Übergang"], at: 0, key: { $0 })?.value == "nfd")
        #expect(index.longestMatch(in: ["U\u{0308}bergang"], at: 0, key: { $0 })?.value == "nfd")
        #expect(index.longestMatch(in: ["Ærø"], at: 0, key: { $0 })?.value == "latin")
        #expect(index.longestMatch(in: ["Außenminister"], at: 0, key: { $0 }) == nil)
        #expect(index.longestMatch(in: ["Ærö"], at: 0, key: { $0 }) == nil)
        for k in 0..<2_000 {
            #expect(index.longestMatch(in: ["ä\(k)ß"], at: 0, key: { $0 }) == nil)
        }
    }

    @Test func everyAsciiWordOfManyIsFoundOrNot() {
        var index = PhraseIndex<Int>()
        for k in 0..<3_000 where k % 3 == 0 { index.insert(["w\(k)"], k) }
        for k in 0..<3_000 {
            let found = index.longestMatch(in: ["w\(k)"], at: 0, key: { $0 })?.value
            #expect(found == (k % 3 == 0 ? k : nil))
        }
    }
}
