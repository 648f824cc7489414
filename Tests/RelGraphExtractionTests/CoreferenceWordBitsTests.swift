@testable import RelGraphExtraction
import Testing

/// The per-word bits the coreference stage reads instead of comparing each token: the "sie" bit is set
/// exactly on the tokens whose lower case is "sie", and the first-person filter turns none of its words away.
struct CoreferenceWordBitsTests {
    @Test func sieBitMarksExactlyTheTokensSie() {
        var doc = Document(text: "Sie sagte, sie komme. Siemens und sieben SIE sahen sie nie.", language: .de)
        BoilerplateFilter(lexicon: Lexicon()).process(&doc)
        SentenceSplitter().process(&doc)
        Tokenizer().process(&doc)
        #expect(doc.tokens.count == 14)
        let words = Lexicon()[.de]
        let (bits, _) = Coreference.WordBits.table(doc, words, filters: Coreference.WordBits.filters(words))
        for i in doc.tokens.indices {
            #expect(bits[i].contains(.sie) == (doc.tokens[i].lower == "sie"), "\(doc.tokens[i].text)")
        }
        #expect(doc.tokens.indices.filter { bits[$0].contains(.sie) }.count == 4)
    }

    @Test func firstPersonFilterKeepsEveryFirstPersonWord() {
        for w in Coreference.firstPersonPlural { #expect(Coreference.firstPersonPluralFilter.mayContain(w), "\(w)") }
        // (and turns away a word that is not one of them, as a filter of a dozen words does)
        #expect(["Regierung", "sagte", "Krieg"].contains { !Coreference.firstPersonPluralFilter.mayContain($0) })
    }

    /// The `pairSecond` bit gates the pair-phrase match: it must be on every second word of every pair
    /// phrase of the shipped lexicon (else a phrase would be missed), and it turns most other words away.
    @Test func pairSecondBitIsOnEverySecondWordOfAPairPhrase() throws {
        let lexicon = try LexiconLoader.load()
        for language in [Language.de, .en] {
            let words = lexicon[language]
            let seconds = Set(words.pairPhrases.allTokens.filter { $0.count > 1 }.map { $0[1] })
            #expect(seconds.count > 3, "\(language)")
            var doc = Document(text: seconds.sorted().joined(separator: " ") + ". Regierung government sagte said Krieg war.", language: language)
            BoilerplateFilter(lexicon: Lexicon()).process(&doc)
            SentenceSplitter().process(&doc)
            Tokenizer().process(&doc)
            let (bits, _) = Coreference.WordBits.table(doc, words, filters: Coreference.WordBits.filters(words))
            for i in doc.tokens.indices where seconds.contains(doc.tokens[i].lower) {
                #expect(bits[i].contains(.pairSecond), "\(doc.tokens[i].text)")
            }
            let others = doc.tokens.indices.filter { ["regierung", "government", "sagte", "said", "krieg", "war"].contains(doc.tokens[$0].lower) }
            #expect(others.count == 6)
            #expect(others.contains { !bits[$0].contains(.pairSecond) })
        }
    }
}
