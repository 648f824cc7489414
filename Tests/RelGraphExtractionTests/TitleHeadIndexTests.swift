@testable import RelGraphExtraction
import Testing

/// `TitleHeadIndex.longestSuffix` finds the longest head that ends a word by Characters, with the
/// last-byte filter (heads ending in ASCII letters) and without it (a head ending otherwise).
struct TitleHeadIndexTests {
    static let words: [String] = [
        "außenminister", "verteidigungsministerin", "kremlsprecher", "sprecher", "minister", "ministe", "chef", "chefin",
        "staatschef\r\n", "sprecher\r", "premierministe\u{301}r", "premierminister\u{301}", "präsident", "pra\u{308}sident",
        "vizepräsidentin", "armee", "bundesarmee", "armée", "arme\u{301}e", "", "r", "xr", "ministerinnen", "ça", "sprecherß",
    ]

    /// The longest head that is a suffix of `w`, comparing Characters.
    static func expected(_ heads: [String], _ w: String) -> String? {
        let chars = Array(w)
        return Set(heads).filter { h in h.count <= chars.count && String(chars[(chars.count - h.count)...]) == h }.max { $0.count < $1.count }
    }

    @Test func asciiEndingHeads() {
        let heads = ["minister", "ministerin", "sprecher", "präsident", "präsidentin", "chef", "armee"]
        let index = TitleHeadIndex(heads)
        for w in Self.words { #expect(index.longestSuffix(of: w) == Self.expected(heads, w), "\(w.unicodeScalars.map(\.value))") }
        #expect(index.longestSuffix(of: "kremlsprecher") == "sprecher")
        #expect(index.longestSuffix(of: "vizepräsidentin") == "präsidentin")
        #expect(index.longestSuffix(of: "kremlsprechers") == nil)
    }

    @Test func headsEndingOtherwise() {
        let heads = ["minister", "armée", "ß", "a\u{301}"]
        let index = TitleHeadIndex(heads)
        for w in Self.words + ["sprecherß", "oberarmée", "oberarme\u{301}e", "xá"] {
            #expect(index.longestSuffix(of: w) == Self.expected(heads, w), "\(w.unicodeScalars.map(\.value))")
        }
        #expect(index.longestSuffix(of: "oberarme\u{301}e") != nil)
    }
}
