@testable import RelGraphExtraction
import Testing

/// Pair bits never rule out a run the line holds, and do rule out runs with a pair the line lacks.
struct PairBitsTests {
    func values(_ s: String) -> [UInt32] { s.unicodeScalars.map(\.value) }

    @Test func everyRunOfTheLineIsCovered() {
        let line = values("mehr zum thema: ukraine – „newsletter“ abonnieren")
        let bits = PairBits(line)
        for a in line.indices {
            for b in (a + 1)...line.count { #expect(bits.covers(PairBits(Array(line[a..<b])))) }
        }
    }

    @Test func runsWithAPairTheLineLacksAreRuledOut() {
        let bits = PairBits(values("die regierung in kiew"))
        #expect(!bits.covers(PairBits(values("newsletter"))))
        #expect(!bits.covers(PairBits(values("kommentar"))))
        #expect(!bits.covers(PairBits(values("zz"))))
        // a single scalar has no pair: nothing to rule out
        #expect(bits.covers(PairBits(values("x"))))
    }

    @Test func prefilterStillAnswersAsTheRegex() {
        let p = RegexPrefilter(pattern: #"^(?:.*\bNewsletter\b.*)$"#)
        for (line, may) in [("Jetzt den Newsletter abonnieren", true), ("Die Regierung in Kiew", false), ("newslette r", false)] {
            let sc = Array(line.unicodeScalars)
            #expect(p.mayMatch(firstKey: RegexPrefilter.lowered(sc[0]), lower: RegexPrefilter.loweredLine(sc[...])) == may, "\(line)")
        }
    }
}
