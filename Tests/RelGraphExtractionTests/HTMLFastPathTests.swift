@testable import RelGraphExtraction
import Testing

/// The HTML scan's fast paths (jumping to the next "<" byte, collapsing spaces on scalars) read pages as the
/// Character-by-Character forms do, around marks, joiners, prepended scalars, CR LF and emoji.
struct HTMLFastPathTests {
    @Test func collapsedSpacesAsSplitAndJoin() {
        let lines = ["", " ", " a  b\t c\n", "\u{A0}Kiew\u{A0}\u{A0}Moskau ", "a\r\nb", "e\u{301} x", "\u{1F600} x", "\u{200D} y", "„Zitat“ – 3 €"]
        for l in lines {
            let reference = l.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\u{00A0}" }).joined(separator: " ")
            if let fast = HTMLTextExtractor.collapsedSpaces(l) { #expect(fast == reference, "\(l)") }
        }
        #expect(HTMLTextExtractor.collapsedSpaces("a\r\nb") == nil)
        #expect(HTMLTextExtractor.collapsedSpaces("e\u{301}") == nil)
        #expect(HTMLTextExtractor.collapsedSpaces(" a  b ") == "a b")
    }

    /// The byte form writes, after what `out` holds, the scalar form's line with soft hyphens dropped, or
    /// refuses the line; every line of plain words, no-break spaces and soft hyphens is taken.
    @Test func collapsedBytesAsScalars() {
        let lines = ["", " ", "   \t\n ", " a  b\t c\n", "\u{A0}Kiew\u{A0}\u{A0}Moskau ", "Verteidigungs\u{AD}minister \u{AD} x",
                     "\u{AD}", " \u{AD} ", "a\r\nb", "e\u{301} x", "\u{1F600} x", "\u{200D} y", "„Zitat“ – 3 €  ",
                     "Kyrillisch \u{41F}\u{443}", "Pr\u{E4}sident\u{A0} sagte\u{9}  am Montag.", "x\u{A0}", "\u{A0}\u{A0}"]
        for l in lines {
            let reference = HTMLTextExtractor.collapsedSpaces(String(l.unicodeScalars.filter { $0 != "\u{AD}" }))
            var out = Array("prefix".utf8)
            if HTMLTextExtractor.collapsedSpaces(Array(l.utf8), into: &out) {
                #expect(reference != nil, "\(l)")
                #expect(String(decoding: out, as: UTF8.self) == "prefix" + (reference ?? "?"), "\(l)")
            } else {
                #expect(!l.unicodeScalars.allSatisfy { $0.value < 0x80 && $0 != "\r" || $0 == "\u{A0}" || $0 == "\u{AD}" }, "\(l)")
            }
        }
        var out: [UInt8] = []
        #expect(HTMLTextExtractor.collapsedSpaces(Array(" a \u{A0} b\u{AD}c  ".utf8), into: &out))
        #expect(out == Array("a bc".utf8))
        #expect(!HTMLTextExtractor.collapsedSpaces(Array("a\r\nb".utf8), into: &out))
    }

    /// Expected texts as the Character-by-Character scan gave them (relgraph before the fast paths).
    @Test(arguments: [
        ("<html><body><article><p>Der Pr\u{E4}sident\u{A0} sagte\u{9} am Montag.\u{D}\u{A}Neue Zeile</p><p>a\u{600}<b>fett</b> und x<\u{338}y weiter</p><p>e\u{301}<br>z \u{AD} Verteidigungs\u{AD}minister</p><p>\u{1F600}<i>emoji</i>&amp; &#150; &nbsp; ok</p><div>\u{200D}<span>zwj</span></div><p>x<!-- c --> y <script>var a='<p>'</script> z</p><p>Kyrillisch \u{41F}\u{443}\u{442}\u{438}\u{43D}<em>x</em></p></article></body></html>", "Der Pr\u{E4}sident sagte am Montag.\u{D}\u{A}Neue Zeile\u{A}\u{A}a\u{600}<b>fett und x<\u{338}y weiter\u{A}\u{A}e\u{301}\u{A}\u{A}z Verteidigungsminister\u{A}\u{A}\u{1F600}emoji& \u{2013} ok\u{A}\u{A}zwj\u{A}\u{A}x y z\u{A}\u{A}Kyrillisch \u{41F}\u{443}\u{442}\u{438}\u{43D}x\u{A}"),
        ("<p>plain < not a tag <3 and <<b>bold</b>></p><p>\u{E4}<\u{F6}>\u{FC}</p><p>\u{915}\u{94D}<b>hi</b>\u{937}</p>", "plain < not a tag <3 and <bold>\u{A}\u{A}\u{E4}\u{FC}\u{A}\u{A}\u{915}\u{94D}hi\u{937}\u{A}"),
    ])
    func pagesReadAsBefore(_ page: String, _ expected: String) {
        #expect(HTMLTextExtractor().text(of: page) == expected)
    }
}
