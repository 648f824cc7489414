@testable import RelGraphExtraction
import Testing

/// The decoder jumps between "&" bytes; it must read references where the Character-by-Character
/// reading does (the decoder's slow path, which it falls back to for joining scalars).
struct HTMLEntitiesTests {
    /// Character by Character: the decoder's own slow path, which reads references where a "&" Character
    /// with a known reference stands before the next ";" (within 12 Characters).
    static func characterwise(_ s: Substring) -> String { HTMLEntities.decodeByCharacters(s) }

    @Test func decodesAsCharacterByCharacter() {
        let texts = [
            "", "plain", "a &amp; b", "&amp;&lt;&gt;", "&amp&lt;", "&&amp;;", "x &unknown; y", "&#8222;Zitat&#8220;",
            "&#x201E;&#X201c;", "&#150;", "&#0;", "&\u{301}amp;", "e\u{301}&amp;\u{301}", "&amp;\u{301}x", "&nbsp;&shy;",
            "&verylongentityname;", "&;", "&#;", "&#x;", "a&b&c;&amp", "„Zitat“ &ndash; Ende &hellip;", "\u{0600}&amp;", "x\u{0600}&amp; &lt;", "&lt;\u{0600}&amp;", "\u{200D}&amp;", "a\u{301}&amp;", "\u{1F1E9}&amp;",
        ]
        for t in texts {
            let s = Substring(t)
            #expect(HTMLEntities.decode(s).unicodeScalars.elementsEqual(Self.characterwise(s).unicodeScalars), "\(t.unicodeScalars.map(\.value))")
        }
    }

    /// Names of the Balkans, Poland, the Baltics and Turkey spelled with Latin Extended-A references.
    @Test func decodesLatinExtendedLetters() {
        #expect(HTMLEntities.decode("Franjo Tu&dstrok;man und Alija Izetbegovi&cacute;") == "Franjo Tuđman und Alija Izetbegović")
        #expect(HTMLEntities.decode("&Lstrok;&oacute;d&zacute;, &Scedil;ahin, &Imacr;&#x101;, Ky&imacr;v, Ma&ncaron;a") == "Łódź, Şahin, Īā, Kyīv, Maňa")
    }
}
