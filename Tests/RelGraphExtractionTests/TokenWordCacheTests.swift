@testable import RelGraphExtraction
import Testing

/// `TokenWordCache` keeps what the tokenizer made of a word by the word's scalars, hands out entry
/// numbers that read the kept word back, and stays bounded; a tokenizer whose cache is warm makes exactly
/// the tokens a fresh one makes.
struct TokenWordCacheTests {
    /// The cache entry of each span of `scalars` (the interner's hashes, as the tokenizer asks).
    static func entries(_ cache: TokenWordCache, _ scalars: [Unicode.Scalar], _ spans: [(start: Int32, end: Int32)]) -> [Int32] {
        scalars.withUnsafeBufferPointer { sc in
            cache.entries(sc, spans, hashes: spans.map { WordInterner.hash(sc, Int($0.start), Int($0.end)) })
        }
    }

    static func word(_ text: String) -> TokenWordCache.Word {
        TokenWordCache.Word(Token(range: TextRange(0, 0), text: text, kind: .word, sentence: 0))
    }

    @Test func keepsByScalarsAndReadsBack() {
        let cache = TokenWordCache()
        // "Café" with a precomposed é, "Cafe" + a combining acute (equal as Strings), "Russland", "Café" again
        let scalars = Array("Caf\u{E9} Cafe\u{301} Russland Caf\u{E9}".unicodeScalars)
        let spans: [(start: Int32, end: Int32)] = [(0, 4), (5, 10), (11, 19), (20, 24)]
        #expect(Self.entries(cache, scalars, spans) == [-1, -1, -1, -1])
        let kept = scalars.withUnsafeBufferPointer { sc in
            cache.store(sc, [(0, 4, Self.word("Caf\u{E9}")), (11, 19, Self.word("Russland"))])
        }
        #expect(kept == [0, 1])
        #expect(cache.count == 2)
        let found = Self.entries(cache, scalars, spans)
        // the same scalars, the same entry; canonically equivalent scalars are another word
        #expect(found == [0, -1, 1, 0])
        #expect(cache.word(found[0]).pointee == Self.word("Caf\u{E9}"))
        #expect(cache.word(found[2]).pointee.lower == "russland")
        #expect(cache.word(found[2]).pointee.isCapitalized)
        // a word kept already keeps its entry
        let again = scalars.withUnsafeBufferPointer { sc in cache.store(sc, [(20, 24, Self.word("Caf\u{E9}"))]) }
        #expect(again == [0])
        #expect(cache.count == 2)
    }

    @Test func boundedAndGrowing() {
        // more words than one chunk of entries and than the first table's slots
        let cache = TokenWordCache(capacity: 5000)
        let texts = (0..<6000).map { "w\($0)" }
        let scalars = Array(texts.joined(separator: " ").unicodeScalars)
        var spans: [(start: Int32, end: Int32)] = []
        var at = 0
        for t in texts {
            let n = t.unicodeScalars.count
            spans.append((Int32(at), Int32(at + n)))
            at += n + 1
        }
        let kept = scalars.withUnsafeBufferPointer { sc in
            cache.store(sc, spans.indices.map { (spans[$0].start, spans[$0].end, Self.word(texts[$0])) })
        }
        #expect(cache.count == 5000)
        #expect(kept == (0..<6000).map { $0 < 5000 ? Int32($0) : -1 })
        let found = Self.entries(cache, scalars, spans)
        #expect(found == kept)
        for n in [0, 1, 4095, 4096, 4999] { #expect(cache.word(found[n]).pointee.text == texts[n], "\(n)") }
    }

    @Test func warmCacheMakesWhatAFreshTokenizerMakes() throws {
        let texts = [
            try BoilerplateFilterTests.seedArticle(),
            "Russia's war. RUSSIA, Russland and ÄGYPTEN: the U.S. and Côte d'Ivoire; 2,5 Mio. Kim Yong-hyun's \u{0130}stanbul visit.",
            "Cafe\u{301} and Caf\u{E9}; Straße, STRASSE, Ǆemal and ǅemal (ΣΟΦΊΑ).",
        ]
        let warm = Tokenizer()
        for round in 0..<2 {
            for text in texts {
                var a = Document(text: text)
                BoilerplateFilter(lexicon: Lexicon()).process(&a)
                SentenceSplitter().process(&a)
                var b = a
                warm.process(&a)
                Tokenizer().process(&b)
                #expect(a.tokens == b.tokens, "round \(round)")
                #expect(a.tokens.map(\.lower) == b.tokens.map(\.lower))
                #expect(a.tokens.map(\.hasHyphenByte) == b.tokens.map(\.hasHyphenByte))
                #expect(a.tokens.map(\.wordId) == b.tokens.map(\.wordId))
                #expect(a.sentences == b.sentences)
                #expect(a.wordCount == b.wordCount)
                #expect(!a.tokens.isEmpty)
            }
        }
        #expect(warm.wordCache.count > 100)
    }
}
