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

    /// Diacritics, case and width folded away, ß as "ss".
    static func folded(_ s: String) -> String {
        s.replacingOccurrences(of: "ß", with: "ss")
            .folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: Locale(identifier: "en_US_POSIX"))
            .lowercased()
    }
}
