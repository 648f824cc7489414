import Foundation
import RelGraph
import Testing
@testable import RelGraphExtraction

struct WordFactsCacheTests {
    let attack = CueEntry(type: .conflict, cueClass: .verb, particle: nil, form: "attack*")
    let visit = CueEntry(type: .visit, cueClass: .noun, particle: nil, form: "visit")

    @Test func keptAnswersComeBackForTheSameText() {
        let cache = WordFactsCache()
        #expect(cache.facts(for: ["attacks", "Besuch"]).allSatisfy { $0 == nil })
        cache.store([("attacks", .init(classes: .cueForm, cues: [attack], initialCues: nil)),
                     ("Besuch", .init(classes: [], cues: nil, initialCues: [visit]))])
        let got = cache.facts(for: ["Besuch", "other", "attacks"])
        #expect(got[0]?.classes == [])
        #expect(got[0]?.cues == nil)
        #expect(got[0]?.initialCues == [visit])
        #expect(got[1] == nil)
        #expect(got[2]?.classes == .cueForm)
        #expect(got[2]?.cues == [attack])
        // storing again completes the answers kept for a text
        cache.store([("attacks", .init(classes: .cueForm, cues: [attack], initialCues: []))])
        #expect(cache.facts(for: ["attacks"])[0]?.initialCues == [])
        #expect(cache.count == 2)
    }

    @Test func lookUpGivesListsByNumber() {
        let cache = WordFactsCache()
        cache.store([("attacks", .init(classes: .cueForm, cues: [attack], initialCues: [])),
                     ("the", .init(classes: .determiner, cues: [], initialCues: nil))])
        let (known, lists) = cache.lookUp(["the", "attacks", "x"])
        #expect(known[2] == nil)
        // every empty list is the first; a list not worked out is `unknown`
        #expect(known[0]?.cues == 0)
        #expect(known[0]?.initialCues == WordFactsCache.Known.unknown)
        #expect(known[1]?.initialCues == 0)
        #expect(lists[0].isEmpty)
        #expect(known[1].map { lists[Int($0.cues)] } == [attack])
        // completing a text keeps the lists it had and adds only the new one
        cache.store([("attacks", .init(classes: .cueForm, cues: [visit], initialCues: nil)),
                     ("the", .init(classes: .determiner, cues: nil, initialCues: [visit]))])
        let (again, listsAgain) = cache.lookUp(["the", "attacks"])
        #expect(again[1] == known[1])
        #expect(again[0].map { listsAgain[Int($0.initialCues)] } == [visit])
        #expect(listsAgain.count == lists.count + 1)
    }

    @Test func textsEqualOnlyAsStringsAreKeptApart() {
        let cache = WordFactsCache()
        let composed = "Caf\u{E9}", decomposed = "Cafe\u{301}"
        #expect(composed == decomposed)
        cache.store([(composed, .init(classes: .determiner))])
        #expect(cache.facts(for: [decomposed])[0] == nil)
        #expect(cache.facts(for: [composed])[0]?.classes == .determiner)
        cache.store([("", .init(classes: .copula))])
        #expect(cache.facts(for: [""])[0]?.classes == .copula)
        #expect(cache.facts(for: ["a"])[0] == nil)
    }

    @Test func aLongTextIsFoundByItsStringNotByACopyOfItsBytes() {
        let cache = WordFactsCache()
        // (longer than a small String's fifteen bytes: its representation is its storage's address)
        let long = String(repeating: "Verteidigung", count: 3)
        let copy = String(decoding: Array(long.utf8), as: UTF8.self)
        #expect(copy == long)
        cache.store([(long, .init(classes: .determiner, cues: [attack]))])
        #expect(cache.facts(for: [long])[0]?.cues == [attack])
        // the same text in another storage is a miss (worked out again, the same answers), never a wrong hit
        #expect(cache.facts(for: [copy])[0] == nil)
        cache.store([(copy, .init(classes: .determiner, cues: [attack]))])
        #expect(cache.facts(for: [copy])[0]?.classes == .determiner)
        #expect(cache.count == 2)
    }

    @Test func tokensAreLookedUpAtTheirPlaces() {
        var doc = Document(text: "Russia attacks. Russia left.")
        BoilerplateFilter(lexicon: Lexicon()).process(&doc)
        SentenceSplitter().process(&doc)
        Tokenizer().process(&doc)
        let cache = WordFactsCache()
        cache.store([("attacks", .init(classes: .cueForm, cues: [attack])), ("left", .init(classes: .copula))])
        let at = [doc.tokens.firstIndex { $0.text == "left" }!, -1, doc.tokens.firstIndex { $0.text == "attacks" }!, 0]
        let (known, lists) = cache.lookUp(doc.tokens, at: at)
        #expect(known.count == 4)
        #expect(known[0]?.classes == .copula)
        #expect(known[1] == nil)
        #expect(known[2].map { lists[Int($0.cues)] } == [attack])
        #expect(known[3] == nil)
    }

    @Test func manyTextsAreFoundAfterTheTableGrows() {
        let cache = WordFactsCache()
        let texts = (0..<5000).map { "w\($0)" }
        cache.store(texts.enumerated().map { ($1, .init(classes: WordClass(rawValue: UInt32($0)))) })
        let got = cache.facts(for: texts + ["w5000"])
        for (i, f) in got.prefix(5000).enumerated() where f?.classes.rawValue != UInt32(i) {
            Issue.record("\(texts[i]): \(String(describing: f?.classes))")
        }
        #expect(got[5000] == nil)
        #expect(cache.count == 5000)
    }

    @Test func aFullCacheTakesNoNewTexts() {
        let cache = WordFactsCache(capacity: 2)
        cache.store([("a", .init(classes: .determiner)), ("b", .init(classes: .copula)), ("c", .init(classes: .mutual))])
        #expect(cache.count == 2)
        #expect(cache.facts(for: ["c"])[0] == nil)
        // a kept text may still be completed
        cache.store([("a", .init(classes: .determiner, cues: [attack]))])
        #expect(cache.facts(for: ["a"])[0]?.cues == [attack])
    }

    @Test func threadsShareTheCache() async {
        let cache = WordFactsCache()
        await withTaskGroup(of: Void.self) { group in
            for t in 0..<4 {
                group.addTask {
                    for i in 0..<500 { cache.store([("t\(t)-\(i)", .init(classes: WordClass(rawValue: UInt32(i))))]) }
                }
            }
        }
        #expect(cache.count == 2000)
        #expect(cache.facts(for: ["t3-499"])[0]?.classes.rawValue == 499)
    }

    @Test func extractionAnswersStayTheSameWithTheCacheWarm() throws {
        let text = "Russia attacked Ukraine. Attacks continued, and Russia attacked again. Nordkorea schickt Soldaten nach Russland."
        let extractor = Extractor(lexicon: try LexiconLoader.load())
        let first = extractor.analyze(text: text, language: .en)
        let second = extractor.analyze(text: text, language: .en)
        #expect(!first.relations.isEmpty)
        #expect(first.relations == second.relations)
    }
}
