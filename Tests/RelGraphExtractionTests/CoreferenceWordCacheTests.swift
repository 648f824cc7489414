@testable import RelGraphExtraction
import Testing

/// Coreference's word table with a cache kept across documents gives exactly what it gives without one.
struct CoreferenceWordCacheTests {
    func document(_ text: String, _ language: Language) -> Document {
        var doc = Document(text: text, language: language)
        BoilerplateFilter(lexicon: Lexicon()).process(&doc)
        SentenceSplitter().process(&doc)
        Tokenizer().process(&doc)
        return doc
    }

    @Test func aWarmCacheGivesTheSameBitsAndPairPhrases() throws {
        let lexicon = try LexiconLoader.load()
        let texts: [(String, Language)] = [
            ("Beide Länder und die beiden Staaten verhandelten. Sie sagte: „Wir helfen.“ Die Regierung in Kiew und seine Armee.", .de),
            ("Die beiden Länder, sie und ihre Regierung. Beide Staaten sagten, wir kämen. Der geheimnisvolle Staat schwieg.", .de),
            ("Both countries and the two nations met. They said “we will help” and its army left. The secretive state, his and her.", .en),
            ("The two countries, both states and the government. It said its troops and their allies, “our soldiers”.", .en),
        ]
        for language in [Language.de, .en] {
            let words = lexicon[language]
            let filters = Coreference.WordBits.filters(words)
            let known = Coreference.WordBits.known(words)
            let cache = CoreferenceWordCache()
            // twice over the texts: the first round fills the cache, the second is answered by it
            for round in 0..<2 {
                for (text, l) in texts where l == language {
                    let doc = document(text, language)
                    let fresh = Coreference.WordBits.table(doc, words, filters: filters, known: known)
                    let cached = Coreference.WordBits.table(doc, words, filters: filters, known: known, cache: cache)
                    for i in doc.tokens.indices {
                        #expect(cached.bits[i] == fresh.bits[i], "\(round) \(doc.tokens[i].text)")
                        #expect(cached.pairs[i]?.map { $0.tokens + [$0.value] } == fresh.pairs[i]?.map { $0.tokens + [$0.value] }, "\(round) \(doc.tokens[i].text)")
                    }
                    // the texts have pronouns, determiners and pair phrases: the comparison is not of empty answers
                    #expect(doc.tokens.indices.contains { fresh.bits[$0].contains(.definite) })
                    #expect(doc.tokens.indices.contains { fresh.pairs[$0] != nil })
                }
            }
            #expect(cache.count > 20)
        }
    }
}
