@testable import RelGraphExtraction
import Testing

/// `Document.tokenWordIds()`: the ids the tokenizer keeps in the document, and the same numbering made
/// afresh once the tokens are set some other way (the kept ids are dropped then).
struct DocumentWordIdsTests {
    func tokenized(_ text: String) -> Document {
        var doc = Document(text: text)
        BoilerplateFilter(lexicon: Lexicon()).process(&doc)
        SentenceSplitter().process(&doc)
        Tokenizer().process(&doc)
        return doc
    }

    @Test func theTokenizersIdsAreKept() {
        let doc = tokenized("Russia and China. Russia's war, China's role and Russia.")
        #expect(doc.wordIds == doc.tokens.map(\.wordId))
        let (ids, count) = doc.tokenWordIds()
        #expect(ids == doc.tokens.map(\.wordId))
        #expect(count == doc.wordCount)
        // the same text, the same id
        let russia = doc.tokens.indices.filter { doc.tokens[$0].text == "Russia" }
        #expect(russia.count == 3)
        #expect(Set(russia.map { ids[$0] }).count == 1)
        #expect(Set(ids).count == count)
    }

    @Test func settingTheTokensDropsThem() {
        var doc = tokenized("Kim met Putin. Kim left.")
        doc.tokens = Tokenizer().tokens(Array("a b a".unicodeScalars), in: TextRange(0, 5), sentence: 0)
        #expect(doc.wordIds == nil)
        let (ids, count) = doc.tokenWordIds()
        #expect(ids == [0, 1, 0])
        #expect(count == 2)
        var other = tokenized("Kim met Putin.")
        other.wordCount = 0
        #expect(other.wordIds == nil)
    }
}
