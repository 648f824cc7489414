import RelGraphExtraction
import Testing

/// Tokens: names and compounds with hyphens stay whole, the English possessive splits off,
/// numbers and abbreviations hold together, and every token's offsets give its text.
struct TokenizerTests {
    let tokenizer = Tokenizer()

    func words(_ s: String) -> [String] { tokenizer.words(s) }

    func tokens(_ s: String) -> [Token] {
        let sc = Array(s.unicodeScalars)
        return tokenizer.tokens(sc, in: TextRange(0, sc.count), sentence: 7)
    }

    @Test func hyphenatedNamesAndCompounds() {
        #expect(words("Verteidigungsminister Kim Yong-hyun erklärte") == ["Verteidigungsminister", "Kim", "Yong-hyun", "erklärte"])
        #expect(words("im Ukraine-Krieg und beim US-Außenminister") == ["im", "Ukraine-Krieg", "und", "beim", "US-Außenminister"])
        #expect(words("G7-Gipfel") == ["G7-Gipfel"])
        // a hyphen that does not join two words is punctuation
        #expect(words("Ukraine- und Russland-Politik") == ["Ukraine", "-", "und", "Russland-Politik"])
    }

    @Test func englishPossessive() {
        #expect(words("Russia's war") == ["Russia", "'s", "war"])
        #expect(words("Russia’s war") == ["Russia", "’s", "war"])
        #expect(words("China's.") == ["China", "'s", "."])
        #expect(words("the Russians' claims") == ["the", "Russians", "'", "claims"])
        let t = tokens("Russia's")
        #expect(t.map(\.kind) == [.word, .word])
        #expect(t.map(\.range) == [TextRange(0, 6), TextRange(6, 8)])
    }

    @Test func apostrophesInsideNamesStay() {
        #expect(words("Côte d’Ivoire and O'Brien") == ["Côte", "d’Ivoire", "and", "O'Brien"])
        #expect(words("Côte d'Ivoire's army") == ["Côte", "d'Ivoire", "'s", "army"])
        #expect(words("the D'Souza report") == ["the", "D'Souza", "report"])
    }

    @Test func dottedAbbreviationsAreOneToken() {
        #expect(words("the U.S. and the U.N. said") == ["the", "U.S.", "and", "the", "U.N.", "said"])
        #expect(words("U.S.A.") == ["U.S.A."])
        #expect(words("in the U.S.") == ["in", "the", "U.S."])
        #expect(tokens("the U.S. said").map(\.range) == [TextRange(0, 3), TextRange(4, 8), TextRange(9, 13)])
    }

    @Test func numbers() {
        let t = tokens("3,5 Prozent im Jahr 2024, also 1.000 Soldaten und 3.5 Mio.")
        #expect(t.map(\.text) == ["3,5", "Prozent", "im", "Jahr", "2024", ",", "also", "1.000", "Soldaten", "und", "3.5", "Mio", "."])
        #expect(t.map(\.kind) == [.number, .word, .word, .word, .number, .punct, .word, .number, .word, .word, .number, .word, .punct])
        #expect(words("am 3. Juni") == ["am", "3", ".", "Juni"])
    }

    @Test func punctuation() {
        let t = tokens("„Wir kommen“, sagte er (laut Agentur) – wirklich?!")
        #expect(t.map(\.text) == ["„", "Wir", "kommen", "“", ",", "sagte", "er", "(", "laut", "Agentur", ")", "–", "wirklich", "?", "!"])
        #expect(t.filter { $0.kind == .punct }.map(\.text) == ["„", "“", ",", "(", ")", "–", "?", "!"])
        #expect(t.allSatisfy { $0.sentence == 7 })
    }

    @Test func tokenProperties() {
        let t = tokens("Außenminister LAWROW sagte")
        #expect(t.map(\.lower) == ["außenminister", "lawrow", "sagte"])
        #expect(t.map(\.isCapitalized) == [true, true, false])
    }

    @Test func everyTokenIsTheScalarSliceOfItsRange() {
        let text = "👍🏽 Kim Yong-hyun sagte: „Cafe\u{301} in Pjöngjang“ 🇺🇦 – Russia’s U.S. 3,5\u{00AD}% e\u{0308}ins  Ende."
        let sc = Array(text.unicodeScalars)
        let t = tokens(text)
        var covered = Set<Int>()
        var last = 0
        for token in t {
            #expect(token.range.start >= last && token.range.start < token.range.end && token.range.end <= sc.count)
            last = token.range.end
            #expect(token.text == String(String.UnicodeScalarView(sc[token.range.start..<token.range.end])), "\(token.text)")
            covered.formUnion(token.range.start..<token.range.end)
        }
        // every scalar that is not white space or a soft hyphen is in exactly one token
        let expected = Set(sc.indices.filter { !sc[$0].properties.isWhitespace && sc[$0] != "\u{00AD}" })
        #expect(covered == expected)
        // a combining mark stays in its word; emoji are punctuation, one scalar each
        #expect(t.contains { $0.text == "Cafe\u{301}" && $0.range.length == 5 })
        #expect(t.contains { $0.text == "e\u{0308}ins" && $0.range.length == 5 })
        #expect(t.prefix(2).map(\.range) == [TextRange(0, 1), TextRange(1, 2)])
        #expect(t.prefix(2).allSatisfy { $0.kind == .punct })
        let kim = t.first { $0.text == "Kim" }
        #expect(kim?.range == TextRange(3, 6))
    }

    @Test func stageRecordsEachSentencesTokens() {
        var doc = Document(text: "Putin besucht Pjöngjang. Kim Jong Un empfängt ihn.\n\nRussia's war", language: .de)
        BoilerplateFilter(lexicon: Lexicon()).process(&doc)
        SentenceSplitter().process(&doc)
        tokenizer.process(&doc)
        #expect(doc.sentences.map(\.tokens) == [0..<4, 4..<10, 10..<13])
        #expect(doc.tokens.map(\.sentence) == [0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 2, 2, 2])
        #expect(doc.tokens[10..<13].map(\.text) == ["Russia", "'s", "war"])
        #expect(doc.tokens.allSatisfy { doc.slice($0.range) == $0.text })
    }
}
