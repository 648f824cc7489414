import RelGraphExtraction
import Testing

/// Phrases looked up by their first token; the longest match wins.
struct PhraseIndexTests {
    @Test func longestMatchWinsWhateverTheInsertionOrder() {
        var index = PhraseIndex<String>()
        index.insert(["Kim"], "kim")
        index.insert(["Kim", "Jong", "Un"], "kim-jong-un")
        index.insert(["Kim", "Jong"], "kim-jong")
        let words = ["Machthaber", "Kim", "Jong", "Un", "sagte"]
        let m = index.longestMatch(in: words, at: 1, key: { $0 })
        #expect(m?.value == "kim-jong-un")
        #expect(m?.length == 3)
        let short = index.longestMatch(in: ["Kim", "Jong", "Il"], at: 0, key: { $0 })
        #expect(short?.value == "kim-jong")
        #expect(short?.length == 2)
        #expect(index.longestMatch(in: ["Kim"], at: 0, key: { $0 })?.value == "kim")
        #expect(index.longestMatch(in: words, at: 0, key: { $0 }) == nil)
        #expect(index.longestMatch(in: words, at: 5, key: { $0 }) == nil)
        #expect(index.count == 3)
    }

    @Test func keyChoosesTheFormCompared() {
        var index = PhraseIndex<Int>()
        index.insert(["according", "to"], 1)
        let words = ["According", "To", "Kyiv"]
        #expect(index.longestMatch(in: words, at: 0, key: { $0 }) == nil)
        #expect(index.longestMatch(in: words, at: 0, key: { $0.lowercased() })?.length == 2)
    }

    @Test func matchesInsideASlice() {
        var index = PhraseIndex<Int>()
        index.insert(["North", "Korea"], 7)
        let words = ["in", "North", "Korea", "today"]
        let slice = words[1...2]
        #expect(index.longestMatch(in: slice, at: 1, key: { $0 })?.value == 7)
        // a phrase that runs past the end of the slice does not match
        #expect(index.longestMatch(in: words[0...1], at: 1, key: { $0 }) == nil)
    }

    @Test func valuesAndAllTokens() {
        var index = PhraseIndex<String>()
        index.insert(["der", "Kreml"], "rus")
        index.insert(["der", "Westen"], "west")
        #expect(index.values(for: ["der", "Kreml"]) == ["rus"])
        #expect(index.values(for: ["der"]) == [])
        #expect(index.values(for: []) == [])
        #expect(Set(index.allTokens.map { $0.joined(separator: " ") }) == ["der Kreml", "der Westen"])
    }
}
