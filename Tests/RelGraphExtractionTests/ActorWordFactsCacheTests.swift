@testable import RelGraphExtraction
import Testing

/// `ActorWordFactsCache` keeps per-word answers by the text's bytes, completes them and stays bounded; an
/// actor finder whose cache is warm finds exactly what a fresh one finds.
struct ActorWordFactsCacheTests {
    static func facts(_ names: Int32, inert: UInt8 = 0, title: UInt8 = 0, agreement: Int16 = 0) -> ActorWordFactsCache.Facts {
        var s = ActorWordIndex.Starts.none
        s.names = names
        return ActorWordFactsCache.Facts(starts: s, inert: inert, compoundTitle: title, compoundAgreement: agreement)
    }

    @Test func keepsByBytesAndCompletes() {
        let cache = ActorWordFactsCache()
        cache.store([("Russland", Self.facts(3)), ("Caf\u{E9}", Self.facts(4, inert: 2)), ("und", Self.facts(-1, inert: 2, title: 1))])
        let found = cache.lookUp(["Russland", "Caf\u{E9}", "Cafe\u{301}", "russland", "und", ""])
        #expect(found[0] == Self.facts(3))
        #expect(found[1] == Self.facts(4, inert: 2))
        // (equal as Strings, other bytes: not the same key)
        #expect(found[2] == nil)
        #expect(found[3] == nil)
        #expect(found[4] == Self.facts(-1, inert: 2, title: 1))
        #expect(found[5] == nil)
        // answers not worked out yet are completed; those kept are not changed
        cache.store([("Russland", Self.facts(3, inert: 1, agreement: 5)), ("und", Self.facts(-1, inert: 1, title: 2, agreement: 1))])
        let again = cache.lookUp(["Russland", "und"])
        #expect(again[0] == Self.facts(3, inert: 1, agreement: 5))
        #expect(again[1] == Self.facts(-1, inert: 2, title: 1, agreement: 1))
        #expect(cache.count == 3)
    }

    @Test func boundedAndGrowing() {
        let cache = ActorWordFactsCache(capacity: 1500)
        cache.store((0..<2000).map { ("w\($0)", Self.facts(Int32($0))) })
        #expect(cache.count == 1500)
        let found = cache.lookUp((0..<2000).map { "w\($0)" })
        for n in 0..<2000 { #expect(found[n] == (n < 1500 ? Self.facts(Int32(n)) : nil), "\(n)") }
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
