@testable import RelGraphExtraction
import Testing

/// `ActorWordFactsCache.Facts` are completed by answers worked out later; an actor finder whose word facts
/// are warm finds exactly what a fresh one finds.
struct ActorWordFactsCacheTests {
    static func facts(_ names: Int32, inert: UInt8 = 0, title: UInt8 = 0, agreement: Int16 = 0) -> ActorWordFactsCache.Facts {
        var s = ActorWordIndex.Starts.none
        s.names = names
        return ActorWordFactsCache.Facts(starts: s, inert: inert, compoundTitle: title, compoundAgreement: agreement)
    }

    @Test func completedFillsOnlyWhatIsNotWorkedOut() {
        // answers not worked out yet (0) are taken from the other; those worked out are kept
        #expect(Self.facts(3).completed(by: Self.facts(3, inert: 1, agreement: 5)) == Self.facts(3, inert: 1, agreement: 5))
        #expect(Self.facts(-1, inert: 2, title: 1).completed(by: Self.facts(-1, inert: 1, title: 2, agreement: 1))
                == Self.facts(-1, inert: 2, title: 1, agreement: 1))
        #expect(Self.facts(7, title: 2).completed(by: Self.facts(7)) == Self.facts(7, title: 2))
    }

    @Test func warmCacheFindsWhatAFreshFinderFinds() throws {
        let lexicon = try LexiconLoader.load()
        let texts: [(String, Language)] = [
            (try BoilerplateFilterTests.seedArticle(), .de),
            (ActorFinderInertTests.english, .en),
            ("Der Kremlsprecher Dmitri Peskow sagte, das Migrationsabkommen mit Nordsyrien sei gescheitert. Im Südlibanon kämpft die Hisbollah.", .de),
        ]
        let warm = ActorFinder(lexicon: lexicon)
        for round in 0..<2 {
            for (text, language) in texts {
                let prepared = ActorFinderInertTests.prepared(text, language, lexicon)
                var a = prepared
                var b = prepared
                warm.process(&a)
                ActorFinder(lexicon: lexicon).process(&b)
                #expect(a.mentions == b.mentions, "round \(round) \(language)")
                #expect(a.actors == b.actors, "round \(round) \(language)")
                #expect(a.offices == b.offices, "round \(round) \(language)")
                #expect(!a.mentions.isEmpty)
            }
        }
        #expect(warm.wordFacts.de.count > 100)
        #expect(warm.wordFacts.en.count > 10)
    }
}
