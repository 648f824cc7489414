/// Splits a sentence into word, number and punctuation tokens with their offsets.
/// Hyphenated names and compounds stay one word ("Kim Yong-hyun", "Ukraine-Krieg"); the English
/// possessive is its own token ("Russia" "'s"); letter-dot abbreviations stay whole ("U.S.").
public struct Tokenizer: Sendable {
    /// The words made in earlier documents, shared by the copies of this tokenizer (`process`).
    let wordCache: TokenWordCache

    public init() { wordCache = TokenWordCache() }

    /// (ASCII answered inline, in the loops over every scalar; the rest out of line)
    @inline(__always)
    static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
        if s.value < 0x80 {
            return (s.value >= 0x61 && s.value <= 0x7A) || (s.value >= 0x41 && s.value <= 0x5A) || (s.value >= 0x30 && s.value <= 0x39)
        }
        return isWordScalarBeyondASCII(s)
    }

    /// A–Z or a–z, in two operations: setting bit 5 maps A–Z onto a–z and nothing else into them.
    @inline(__always)
    static func isASCIILetter(_ s: Unicode.Scalar) -> Bool { (s.value | 0x20) &- 0x61 < 26 }

    @inline(never)
    private static func isWordScalarBeyondASCII(_ s: Unicode.Scalar) -> Bool {
        if s.value >= 0xC0 && s.value <= 0x24F && s.value != 0xD7 && s.value != 0xF7 { return true }  // Latin letters
        // General Punctuation (dashes, quotation marks, spaces, joiners): no letter, digit or mark; the
        // quotation marks and dashes of every text come here, and the property look-ups below cost hundreds
        // of instructions a scalar
        if s.value >= 0x2000 && s.value <= 0x206F { return false }
        let p = s.properties
        return p.isAlphabetic || p.numericType != nil || p.generalCategory == .nonspacingMark || p.generalCategory == .spacingMark
    }

    static func isApostrophe(_ s: Unicode.Scalar) -> Bool { s == "'" || s == "’" }
    static func isHyphen(_ s: Unicode.Scalar) -> Bool { s == "-" || s == "\u{2010}" || s == "\u{2011}" }

    /// Tokens of `range` in `scalars`, tagged with sentence `sentence`.
    public func tokens(_ scalars: [Unicode.Scalar], in range: TextRange, sentence: Int) -> [Token] {
        var out: [Token] = []
        scalars.withUnsafeBufferPointer { sc in
            spans(sc, in: range, lastEnd: { out.last?.range.end }) { a, b, kind in
                out.append(Token(range: TextRange(a, b), text: ScalarProperties.string(scalars[a..<b]), kind: kind, sentence: sentence))
            }
        }
        return out
    }

    /// The tokens of `range` as scalar spans and kinds, in order, to `make`; `lastEnd` is the end of the
    /// last token made (nil before the first). On the buffer of the document's scalars: every scalar of
    /// the text is read here, and an array's bounds checks cost more than the tests on the scalar.
    @inline(__always)
    func spans(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, in range: TextRange, lastEnd: () -> Int?, _ make: (Int, Int, Token.Kind) -> Void) {
        // (within the buffer: what an array's subscript would have trapped on)
        var i = max(0, range.start)
        let end = min(range.end, scalars.count)
        while i < end {
            let s = scalars[i]
            if ScalarProperties.isWhitespace(s) || s == "\u{00AD}" { i += 1; continue }
            if Self.isWordScalar(s) {
                var j = i + 1
                var allDigits = ScalarProperties.isNumeric(s)
                while j < end {
                    let c = scalars[j]
                    if Self.isASCIILetter(c) {
                        // a run of ASCII letters (most of every word) in a tight loop: each is a word scalar and
                        // no digit, as the general test below answers
                        allDigits = false
                        j += 1
                        while j < end && Self.isASCIILetter(scalars[j]) { j += 1 }
                        continue
                    }
                    if Self.isWordScalar(c) {
                        // (once false, false: no numeric property looked up for the letters after)
                        if allDigits && !ScalarProperties.isNumeric(c) { allDigits = false }
                        j += 1
                    } else if (Self.isHyphen(c) || c == "/") && j + 1 < end && Self.isWordScalar(scalars[j + 1]) && !allDigits {
                        j += 1
                    } else if Self.isApostrophe(c) && j + 1 < end && Self.isWordScalar(scalars[j + 1]) {
                        // "Russia's" splits before the possessive; "d'Ivoire", "O'Brien" stay whole.
                        let afterS = j + 2 >= end || !Self.isWordScalar(scalars[j + 2])
                        if (scalars[j + 1] == "s" || scalars[j + 1] == "S") && afterS { break }
                        j += 1
                    } else if allDigits && (c == "." || c == ",") && j + 1 < end && ScalarProperties.isNumeric(scalars[j + 1]) {
                        j += 1
                    } else if c == "." && j + 1 < end && j - i == 1 && ScalarProperties.isUppercase(scalars[j + 1])
                                && j + 2 < end && scalars[j + 2] == "." {
                        // U.S., U.N.: single letters joined by dots
                        j += 3
                        while j + 1 < end && ScalarProperties.isUppercase(scalars[j]) && scalars[j + 1] == "." { j += 2 }
                        // "U.S.-backed", "U.N.-brokered": the compound goes on after the hyphen, as "US-backed" does
                        if j + 1 < end && Self.isHyphen(scalars[j]) && Self.isWordScalar(scalars[j + 1]) {
                            allDigits = false
                            continue
                        }
                        make(i, j, .word)
                        i = j
                        j = -1
                        break
                    } else {
                        break
                    }
                }
                if j < 0 { continue }
                make(i, j, allDigits ? .number : .word)
                i = j
            } else if Self.isApostrophe(s) && i + 1 < end && (scalars[i + 1] == "s" || scalars[i + 1] == "S")
                        && (i + 2 >= end || !Self.isWordScalar(scalars[i + 2])) && lastEnd() == i {
                make(i, i + 2, .word)
                i += 2
            } else {
                make(i, i + 1, .punct)
                i += 1
            }
        }
    }

    /// The token texts of a phrase (for lexicon forms, which must split as article text does).
    public func words(_ phrase: String) -> [String] {
        if let plain = Self.plainWords(phrase) { return plain }
        let sc = Array(phrase.unicodeScalars)
        // the texts of `tokens(sc, …)`, made from the spans without the tokens (a token works out its lower
        // case, capital and hyphen, which a phrase's words do not need)
        var out: [String] = []
        var lastEnd: Int?
        sc.withUnsafeBufferPointer { b in
            spans(b, in: TextRange(0, sc.count), lastEnd: { lastEnd }) { a, e, _ in
                out.append(ScalarProperties.string(UnsafeBufferPointer(rebasing: b[a..<e])))
                lastEnd = e
            }
        }
        return out
    }

    /// `words` of a phrase of ASCII letters, digits and spaces only (most lexicon forms): each run between
    /// spaces is one word of the tokenizer (letters and digits join, a space ends a word and is no token),
    /// so the runs are the words, without scalars and tokens; nil for any other phrase.
    static func plainWords(_ phrase: String) -> [String]? {
        var p = phrase
        var spaces = 0
        let plain = p.withUTF8 { b -> Bool in
            for c in b where (c | 0x20) &- 0x61 >= 26 && c &- 0x30 >= 10 {
                if c != 0x20 { return false }
                spaces += 1
            }
            return true
        }
        guard plain else { return nil }
        // one word: the phrase itself (an empty phrase has none)
        if spaces == 0 { return phrase.isEmpty ? [] : [phrase] }
        return p.withUTF8 { b in b.split(separator: 0x20).map { String(decoding: UnsafeBufferPointer(rebasing: $0), as: UTF8.self) } }
    }
}
