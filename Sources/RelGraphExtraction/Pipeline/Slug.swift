import Foundation

/// ASCII slugs for ids: "Kim Yong-hyun" → "kim-yong-hyun", "Recep Tayyip Erdoğan" → "recep-tayyip-erdogan".
enum Slug {
    static func make(_ s: String) -> String {
        // ASCII has no diacritics, widths or ß: folding it is lower-casing it
        let folded = s.utf8.allSatisfy({ $0 < 0x80 }) ? s.lowercased() : folded(s)
        var out = ""
        var dash = false
        for u in folded.unicodeScalars {
            if (u >= "a" && u <= "z") || (u >= "0" && u <= "9") {
                out.unicodeScalars.append(u)
                dash = false
            } else if !dash && !out.isEmpty {
                out += "-"
                dash = true
            }
        }
        while out.hasSuffix("-") { out.removeLast() }
        return out
    }

    /// Diacritics, case and width folded away, ß as "ss"; letters that no diacritic folding reaches spelled in ASCII
    /// ("Jarosław" → "jaroslaw", "Søren" → "soren", "Đoković" → "djokovic", "Ægir" → "aegir").
    static func folded(_ s: String) -> String {
        var t = s.folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: Locale(identifier: "en_US_POSIX"))
            .lowercased()
        if !t.unicodeScalars.allSatisfy({ $0.isASCII }) {
            var out = ""
            out.reserveCapacity(t.utf8.count)
            for u in t.unicodeScalars {
                if u.isASCII { out.unicodeScalars.append(u); continue }
                out += letters[u] ?? String(u)
            }
            t = out
        }
        return t
    }

    /// Latin letters of their own (no base letter with a mark) and their ASCII spellings.
    static let letters: [Unicode.Scalar: String] = [
        "ß": "ss", "ł": "l", "ø": "o", "đ": "dj", "ð": "d", "þ": "th", "æ": "ae", "œ": "oe", "ı": "i", "ħ": "h", "ŧ": "t", "ŋ": "ng",
    ]
}
