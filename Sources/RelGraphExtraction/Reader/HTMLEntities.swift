/// Decodes HTML character references: numeric (`&#8222;`, `&#x201E;`) and the named ones news pages use.
enum HTMLEntities {
    static let named: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ", "shy": "",
        "auml": "ä", "ouml": "ö", "uuml": "ü", "Auml": "Ä", "Ouml": "Ö", "Uuml": "Ü", "szlig": "ß",
        "eacute": "é", "egrave": "è", "ecirc": "ê", "aacute": "á", "agrave": "à", "acirc": "â",
        "iacute": "í", "oacute": "ó", "uacute": "ú", "ccedil": "ç", "ntilde": "ñ", "atilde": "ã",
        "otilde": "õ", "oslash": "ø", "aring": "å", "aelig": "æ", "Eacute": "É", "Oslash": "Ø",
        "Aring": "Å", "scaron": "š", "Scaron": "Š", "zcaron": "ž", "Zcaron": "Ž", "euml": "ë",
        "iuml": "ï", "ndash": "–", "mdash": "—", "minus": "−", "hellip": "…", "bull": "•", "middot": "·",
        "lsquo": "‘", "rsquo": "’", "sbquo": "‚", "ldquo": "“", "rdquo": "”", "bdquo": "„",
        "laquo": "«", "raquo": "»", "lsaquo": "‹", "rsaquo": "›", "euro": "€", "pound": "£",
        "copy": "©", "reg": "®", "trade": "™", "deg": "°", "times": "×", "para": "¶", "sect": "§",
        "zwnj": "", "zwj": "", "thinsp": " ", "ensp": " ", "emsp": " ",
    ]

    /// Decodes every reference in `s`; unknown ones stay as they are.
    static func decode(_ s: Substring) -> String {
        guard s.contains("&") else { return String(s) }
        var out = ""
        var i = s.startIndex
        while i < s.endIndex {
            let c = s[i]
            if c == "&", let semi = s[i...].prefix(12).firstIndex(of: ";") {
                let name = s[s.index(after: i)..<semi]
                if let rep = reference(name) {
                    out += rep
                    i = s.index(after: semi)
                    continue
                }
            }
            out.append(c)
            i = s.index(after: i)
        }
        return out
    }

    private static func reference(_ name: Substring) -> String? {
        if name.hasPrefix("#") {
            let digits = name.dropFirst()
            let value: UInt32?
            if digits.hasPrefix("x") || digits.hasPrefix("X") {
                value = UInt32(digits.dropFirst(), radix: 16)
            } else {
                value = UInt32(digits)
            }
            guard let v = value, let scalar = Unicode.Scalar(v), v != 0 else { return nil }
            return String(Character(scalar))
        }
        return named[String(name)]
    }
}
