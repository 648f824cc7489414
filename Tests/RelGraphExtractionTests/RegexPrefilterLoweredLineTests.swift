@testable import RelGraphExtraction
import Testing

/// `RegexPrefilter.loweredLine`, written in place from the line's buffer, gives what lowering scalar by
/// scalar with `lowered` and appending gives: the values, the ß and space flags, the folded line and the
/// pairs; nil exactly for a line with an unsafe scalar.
struct RegexPrefilterLoweredLineTests {
    /// The line lowered one scalar at a time, as the definition says.
    static func reference(_ line: [Unicode.Scalar]) -> RegexPrefilter.LoweredLine? {
        var lower: [UInt32] = []
        var sharpS = false
        var space = false
        var pairs = PairBits()
        for s in line {
            if let l = RegexPrefilter.lowered(s) {
                if l == 0x20 { space = true }
                if let p = lower.last { pairs.insert(p, l) }
                lower.append(l)
            } else if s.value == 0xDF || s.value == 0x1E9E {
                sharpS = true
                lower.append(RegexPrefilter.sharpSMark)
            } else {
                return nil
            }
        }
        return RegexPrefilter.LoweredLine(scalars: lower, sharpS: sharpS, space: space,
                                          folded: sharpS ? RegexPrefilter.foldedSharpS(lower) : [], pairs: sharpS ? PairBits() : pairs)
    }

    @Test func sameAsLoweringScalarByScalar() {
        var lines = ["", "A", "Teilen Sie diesen Artikel", "STRASSE Straße GROẞE", "Łódź – Gdańsk, Chișinău: 5 €", "Mehr zum Thema ß",
                     "ß", "İstanbul", "µg", "Anzeige\u{301}", "Cookie-Einstellungen «Mehr» …", "ÄÖÜ äöü ÀÉ ×÷ Ÿ ĸ"].map { Array($0.unicodeScalars) }
        // random lines over an alphabet of safe, unsafe and sharp-s scalars
        let alphabet = Array("aZ ß-ẞ.é×µİŁł€\u{301}Şş\u{2013}0".unicodeScalars)
        var random = TestRandom(seed: 7)
        for _ in 0..<500 { lines.append((0..<Int(random.next() % 30)).map { _ in random.pick(alphabet) }) }
        var safe = 0
        for line in lines {
            let got = RegexPrefilter.loweredLine(line[...])
            let want = Self.reference(line)
            #expect((got == nil) == (want == nil), "\(line)")
            guard let got, let want else { continue }
            safe += 1
            #expect(got.scalars == want.scalars)
            #expect(got.sharpS == want.sharpS)
            #expect(got.space == want.space)
            #expect(got.folded == want.folded)
            #expect(got.pairs == want.pairs)
        }
        #expect(safe > 20)
    }
}
