@testable import RelGraphExtraction
import Testing

/// `Document.slice(_:tokens:)` answers a token's own range with the token's text, which is exactly what
/// `slice` makes of the range; any other range is sliced.
struct DocumentSliceTokensTests {
    @Test func aTokenRangeGivesWhatSliceGives() {
        let long = String(repeating: "Donaudampfschifffahrt", count: 4)
        var doc = Document(text: "Kremlsprecher Dmitri Peskow sagte: „Moskau’s Krieg“ – Café Noël, \(long), 3,5 % e\u{301}t\u{E9}.", language: .de)
        BoilerplateFilter(lexicon: Lexicon()).process(&doc)
        SentenceSplitter().process(&doc)
        Tokenizer().process(&doc)
        #expect(doc.tokens.count > 15)
        #expect(doc.tokens.contains { $0.range.length >= Document.shortSlice })
        for i in doc.tokens.indices {
            let r = doc.tokens[i].range
            #expect(doc.slice(r, tokens: i..<(i + 1)) == doc.slice(r))
            #expect(Array(doc.slice(r, tokens: i..<(i + 1)).utf8) == Array(doc.slice(r).utf8))
            // a range that is not the token's own is sliced
            if r.length > 1 {
                let shorter = TextRange(r.start, r.end - 1)
                #expect(doc.slice(shorter, tokens: i..<(i + 1)) == doc.slice(shorter))
            }
        }
        // several tokens: their whole range, spaces included
        let r = TextRange(doc.tokens[1].range.start, doc.tokens[2].range.end)
        #expect(doc.slice(r, tokens: 1..<3) == "Dmitri Peskow")
    }
}
