import Foundation
import Testing
@testable import RelGraphExtraction

@Suite struct SmallWordFilterTests {
    @Test func neverTurnsAwayAnInsertedWordOrOneEqualToIt() {
        var f = SmallWordFilter()
        let words = ["Peskow", "Selenskyj", "Baerbock", "Goïta", "Erdoğan", "Mismari", "Zelensky"]
        for w in words { f.insert(w) }
        for w in words { #expect(f.mayContain(w), "\(w)") }
        // canonically equivalent spellings: decomposed inserted, precomposed asked, and the other way round
        var g = SmallWordFilter()
        g.insert("Goi\u{308}ta")
        #expect(g.mayContain("Goïta"))
        #expect(g.mayContain("Goi\u{308}ta"))
    }

    @Test func turnsAwayMostOtherWords() {
        var f = SmallWordFilter()
        for w in ["Peskow", "Selenskyj", "Baerbock"] { f.insert(w) }
        let others = (0..<1000).map { "Wort\($0)" }
        let passed = others.filter { f.mayContain($0) }.count
        // three bits of 256 set: about 12 of 1,000 pass
        #expect(passed < 60, "\(passed) passed")
        #expect(!SmallWordFilter().mayContain("Peskow"))
    }

    @Test func wordsBeyondLatinAreNeverTurnedAway() {
        let f = SmallWordFilter()
        #expect(f.mayContain("Путин"))
        #expect(f.mayContain("a\u{301}"))
    }
}
