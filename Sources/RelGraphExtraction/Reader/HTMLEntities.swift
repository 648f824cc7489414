import Foundation

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
        "Aacute": "Á", "Agrave": "À", "Acirc": "Â", "Atilde": "Ã", "AElig": "Æ", "Ccedil": "Ç", "Egrave": "È",
        "Ecirc": "Ê", "Euml": "Ë", "Iacute": "Í", "Icirc": "Î", "Ntilde": "Ñ", "Oacute": "Ó", "Ocirc": "Ô",
        "Uacute": "Ú", "igrave": "ì", "icirc": "î", "ograve": "ò", "ocirc": "ô", "ugrave": "ù", "ucirc": "û",
        "yacute": "ý", "yuml": "ÿ", "oelig": "œ", "OElig": "Œ", "cacute": "ć", "Cacute": "Ć", "ccaron": "č",
        "Ccaron": "Č", "lstrok": "ł", "Lstrok": "Ł", "nacute": "ń", "sacute": "ś", "Sacute": "Ś", "zacute": "ź",
        "zdot": "ż", "Zdot": "Ż", "ecaron": "ě", "rcaron": "ř", "Rcaron": "Ř", "scedil": "ş", "Scedil": "Ş",
        "gbreve": "ğ", "imath": "ı", "Idot": "İ", "iexcl": "¡", "iquest": "¿", "cent": "¢", "yen": "¥",
        "plusmn": "±", "frac12": "½", "frac14": "¼", "frac34": "¾", "ordm": "º", "ordf": "ª", "micro": "µ",
        "dagger": "†", "Dagger": "‡", "permil": "‰", "prime": "′", "Prime": "″", "acute": "´", "uml": "¨",
        // (the letters of Latin-1 and Latin Extended-A the lines above leave out: "Tu&dstrok;man", "Izetbegovi&cacute;")
        "Igrave": "Ì", "Iuml": "Ï", "ETH": "Ð", "Ograve": "Ò", "Otilde": "Õ", "Ugrave": "Ù", "Ucirc": "Û",
        "Yacute": "Ý", "THORN": "Þ", "eth": "ð", "thorn": "þ", "Amacr": "Ā", "amacr": "ā", "Abreve": "Ă",
        "abreve": "ă", "Aogon": "Ą", "aogon": "ą", "Ccirc": "Ĉ", "ccirc": "ĉ", "Cdot": "Ċ", "cdot": "ċ", "Dcaron": "Ď",
        "dcaron": "ď", "Dstrok": "Đ", "dstrok": "đ", "Emacr": "Ē", "emacr": "ē", "Edot": "Ė", "edot": "ė",
        "Eogon": "Ę", "eogon": "ę", "Ecaron": "Ě", "Gcirc": "Ĝ", "gcirc": "ĝ", "Gbreve": "Ğ", "Gdot": "Ġ", "gdot": "ġ",
        "Gcedil": "Ģ", "Hcirc": "Ĥ", "hcirc": "ĥ", "Hstrok": "Ħ", "hstrok": "ħ", "Itilde": "Ĩ", "itilde": "ĩ",
        "Imacr": "Ī", "imacr": "ī", "Iogon": "Į", "iogon": "į", "inodot": "ı", "IJlig": "Ĳ", "ijlig": "ĳ",
        "Jcirc": "Ĵ", "jcirc": "ĵ", "Kcedil": "Ķ", "kcedil": "ķ", "kgreen": "ĸ", "Lacute": "Ĺ", "lacute": "ĺ",
        "Lcedil": "Ļ", "lcedil": "ļ", "Lcaron": "Ľ", "lcaron": "ľ", "Lmidot": "Ŀ", "lmidot": "ŀ", "Nacute": "Ń",
        "Ncedil": "Ņ", "ncedil": "ņ", "Ncaron": "Ň", "ncaron": "ň", "napos": "ŉ", "ENG": "Ŋ", "eng": "ŋ", "Omacr": "Ō",
        "omacr": "ō", "Odblac": "Ő", "odblac": "ő", "Racute": "Ŕ", "racute": "ŕ", "Rcedil": "Ŗ", "rcedil": "ŗ",
        "Scirc": "Ŝ", "scirc": "ŝ", "Tcedil": "Ţ", "tcedil": "ţ", "Tcaron": "Ť", "tcaron": "ť", "Tstrok": "Ŧ",
        "tstrok": "ŧ", "Utilde": "Ũ", "utilde": "ũ", "Umacr": "Ū", "umacr": "ū", "Ubreve": "Ŭ", "ubreve": "ŭ",
        "Uring": "Ů", "uring": "ů", "Udblac": "Ű", "udblac": "ű", "Uogon": "Ų", "uogon": "ų", "Wcirc": "Ŵ",
        "wcirc": "ŵ", "Ycirc": "Ŷ", "ycirc": "ŷ", "Yuml": "Ÿ", "Zacute": "Ź",
    ]

    /// Decodes every reference in `s`; unknown ones stay as they are.
    /// Reads Character by Character (`decodeByCharacters`), but jumps from one "&" byte to the next: the
    /// Characters between are copied as one run. A "&" byte after a scalar that is a Character of its own
    /// (or first) starts a Character, which is "&" when `s[amp]` is; after any other scalar (a prepended
    /// one may take the "&" into its Character) the whole text is read Character by Character.
    static func decode(_ s: Substring) -> String {
        guard s.utf8.contains(UInt8(ascii: "&")) else { return String(s) }
        var out = ""
        var i = s.startIndex  // the copied run starts here (a Character boundary)
        var p = s.startIndex
        while let amp = s.utf8[p...].firstIndex(of: UInt8(ascii: "&")) {
            p = s.utf8.index(after: amp)
            if amp < i { continue }
            if amp > s.startIndex && !ScalarProperties.isOwnCharacter(s.unicodeScalars[s.unicodeScalars.index(before: amp)]) {
                return decodeByCharacters(s)
            }
            if s[amp] == "&", let semi = s[amp...].prefix(12).firstIndex(of: ";") {
                let name = s[s.index(after: amp)..<semi]
                if let rep = reference(name) {
                    out += s[i..<amp]
                    out += rep
                    i = s.index(after: semi)
                    p = i
                }
            }
        }
        out += s[i...]
        return out
    }

    /// `decode(s)` appended to `out` as UTF-8, for a text whose every scalar is a Character of its own (the
    /// HTML reader's byte path): an "&" byte is then an "&" Character, and the ";" is looked for among the
    /// next 12 Characters on bytes (a CR LF counting as one, as it is one Character); runs without a
    /// reference are copied as bytes.
    static func decode(_ s: Substring, into out: inout [UInt8]) {
        let done: Void? = s.utf8.withContiguousStorageIfAvailable { buf in
            let n = buf.count
            var i = 0  // the copied run starts here
            var p = 0
            while p < n, let base = buf.baseAddress, let found = memchr(base + p, Int32(UInt8(ascii: "&")), n - p) {
                let amp = UnsafeRawPointer(found) - UnsafeRawPointer(base)
                p = amp + 1
                var k = amp
                var characters = 0
                var semi = -1
                while k < n && characters < 12 {
                    let b = buf[k]
                    if b == UInt8(ascii: ";") { semi = k; break }
                    k += b == 0x0D && k + 1 < n && buf[k + 1] == 0x0A ? 2 : b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4
                    characters += 1
                }
                guard semi >= 0 else { continue }
                let u = s.utf8
                let name = s[u.index(u.startIndex, offsetBy: amp + 1)..<u.index(u.startIndex, offsetBy: semi)]
                if let rep = reference(name) {
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: buf[i..<amp]))
                    out.append(contentsOf: rep.utf8)
                    i = semi + 1
                    p = i
                }
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: buf[i..<n]))
        }
        if done == nil { out.append(contentsOf: decode(s).utf8) }
    }

    /// `decode`, Character by Character.
    static func decodeByCharacters(_ s: Substring) -> String {
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

    static func reference(_ name: Substring) -> String? {
        if name.hasPrefix("#") {
            let digits = name.dropFirst()
            let value: UInt32?
            if digits.hasPrefix("x") || digits.hasPrefix("X") {
                value = UInt32(digits.dropFirst(), radix: 16)
            } else {
                value = UInt32(digits)
            }
            guard let v = value, let scalar = Unicode.Scalar(v), v != 0 else { return nil }
            // As browsers do: &#128;–&#159; are the Windows-1252 characters (&#150; is "–", not a control).
            if (0x80...0x9F).contains(v) { return String(Character(ArticleReader.windows1252(UInt8(v)))) }
            return String(Character(scalar))
        }
        return named[String(name)]
    }
}
