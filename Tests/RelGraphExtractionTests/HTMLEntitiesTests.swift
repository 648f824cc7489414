@testable import RelGraphExtraction
import Testing

/// The reference decoder jumps between "&" bytes; it reads references where a Character-by-Character
/// reading does (this test's own loop, the reading the decoder stands for).
struct HTMLEntitiesTests {
    /// Character by Character: a "&" Character with a known reference before the next ";" (within 12
    /// Characters) is replaced; everything else is copied.
    static func characterwise(_ s: Substring) -> String {
        var out = ""
        var i = s.startIndex
        while i < s.endIndex {
            let c = s[i]
            if c == "&", let semi = s[i...].prefix(12).firstIndex(of: ";"),
               let rep = HTMLEntities.reference(s[s.index(after: i)..<semi]) {
                out += rep
                i = s.index(after: semi)
                continue
            }
            out.append(c)
            i = s.index(after: i)
        }
        return out
    }

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
}
