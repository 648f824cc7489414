/// Splits each content line into sentences. A full stop ends a sentence unless it closes an
/// abbreviation ("Dr.", "z. B.", "U.S."), an initial ("J. Smith"), or an ordinal before a month or a
/// lower-case word ("am 3. Juni"); closing quotes stay with their sentence; a line without closing
/// punctuation is one sentence (a headline).
public struct SentenceSplitter: PipelineStage {
    static let abbreviations: Set<String> = [
        "dr", "prof", "st", "mr", "mrs", "ms", "jr", "sr", "nr", "bzw", "ca", "vgl", "usw", "etc", "gen", "lt",
        "col", "sgt", "sen", "rep", "gov", "no", "abs", "art", "inc", "corp", "ltd", "co", "vs", "evtl", "ggf",
        "inkl", "mio", "mrd", "bd", "hr", "u", "z", "b", "d", "h", "a", "s", "o", "e", "v", "chr", "jh", "sog",
        "gegr", "geb", "dt", "engl", "franz", "russ", "ukr", "amerik", "brig", "maj", "capt", "adm", "ret",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "okt", "nov", "dec", "dez", "fig", "str",
        "einschl", "insbes", "ausschl", "zuzügl", "approx", "incl", "bzgl", "bspw", "insb", "ehem", "zzgl",
    ]
    /// Abbreviations that are also words: abbreviations only before a number.
    static let beforeNumbers: Set<String> = ["art", "no", "abs", "fig"]
    static let months: Set<String> = [
        "januar", "jänner", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober",
        "november", "dezember", "january", "february", "march", "may", "june", "july", "october", "december",
    ]
    /// Words before a number that make it an ordinal ("der 2. Weltkrieg", "am 3. Juni", "zur 11. Armee").
    static let ordinalDeterminers: Set<String> = [
        "der", "die", "das", "dem", "den", "des", "am", "im", "zum", "zur", "vom", "beim", "ins",
        "seinem", "seiner", "seines", "ihrem", "ihrer", "ihres", "jeder", "jede", "jedes", "jedem", "jeden",
    ]
    static let closers: Set<Unicode.Scalar> = ["\"", "“", "”", "’", "'", "»", "«", ")", "]", "‘"]

    public init() {}

    public func process(_ document: inout Document) {
        var sentences: [Sentence] = []
        let sc = document.scalars
        for block in document.blocks where !block.isBoilerplate {
            let r = block.contentRange
            var start = r.start
            var i = r.start
            while i < r.end {
                // to the next mark that may end a sentence: a tight loop on the scalars' buffer (every scalar of
                // the content is read here, most of them only here)
                i = sc.withUnsafeBufferPointer { buf in
                    var k = i
                    while k < r.end && !Self.isSentenceMark(buf[k]) { k += 1 }
                    return k
                }
                if i == r.end { break }
                let c = sc[i]
                if c == "." || c == "!" || c == "?" || c == "…" {
                    var j = i + 1
                    while j < r.end && (sc[j] == "." || sc[j] == "!" || sc[j] == "?") { j += 1 }
                    while j < r.end && Self.closers.contains(sc[j]) { j += 1 }
                    if j >= r.end { break }
                    if ScalarProperties.isWhitespace(sc[j]),
                       Self.startsSentence(sc, after: j, end: r.end)
                        ? !(c == "." && isNonFinalDot(sc, at: i, from: start, next: j, end: r.end))
                        : (c == "." && j == i + 1 && Self.endsBeforeLowercase(sc, at: i, from: start, next: j, end: r.end)) {
                        sentences.append(Sentence(index: sentences.count, range: TextRange(start, j), isHeadline: false))
                        start = j
                        while start < r.end && ScalarProperties.isWhitespace(sc[start]) { start += 1 }
                        i = start
                        continue
                    }
                    i = j
                    continue
                }
                i += 1
            }
            if start < r.end {
                var e = r.end
                while e > start && ScalarProperties.isWhitespace(sc[e - 1]) { e -= 1 }
                let last = sc[e - 1]
                let closed = last == "." || last == "!" || last == "?" || last == "…"
                    || (Self.closers.contains(last) && e - 2 >= start && [".", "!", "?"].contains(sc[e - 2]))
                sentences.append(Sentence(index: sentences.count, range: TextRange(start, e), isHeadline: !closed))
            }
        }
        document.sentences = sentences
    }

    /// ".", "!", "?" or "…": below U+0040 one bit of a mask (0x21, 0x2E, 0x3F) instead of three compares.
    @inline(__always)
    static func isSentenceMark(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x40 { return (0x8000_4002_0000_0000 as UInt64) >> UInt64(v) & 1 != 0 }
        return v == 0x2026
    }

    /// The next non-space character after `j` can start a sentence: an upper-case letter, a digit or a quote.
    static func startsSentence(_ sc: [Unicode.Scalar], after j: Int, end: Int) -> Bool {
        var k = j
        while k < end && ScalarProperties.isWhitespace(sc[k]) { k += 1 }
        guard k < end else { return false }
        let c = sc[k]
        return ScalarProperties.isUppercase(c) || ScalarProperties.isNumeric(c) || "„“\"‚‘«»(–-".unicodeScalars.contains(c)
    }

    /// A full stop after a long plain word, before a lower-case word, ends a sentence whose successor
    /// lost its capital ("seit über zwei Jahrzehnten. westliche Beobachter ..."); "z. B. die", "ca. fünf" do not.
    static func endsBeforeLowercase(_ sc: [Unicode.Scalar], at i: Int, from start: Int, next j: Int, end: Int) -> Bool {
        var a = i
        while a > start && Tokenizer.isWordScalar(sc[a - 1]) { a -= 1 }
        guard i - a >= 5, sc[a..<i].allSatisfy({ ScalarProperties.isAlphabetic($0) }) else { return false }
        var k = j
        while k < end && ScalarProperties.isWhitespace(sc[k]) { k += 1 }
        guard k < end, ScalarProperties.isLowercase(sc[k]) else { return false }
        return !abbreviations.contains(ScalarProperties.string(sc[a..<i]).lowercasedFast())
    }

    /// The abbreviations of at most 8 Latin-1 scalars packed one byte a scalar (`LanguageDetector.packedKey`),
    /// flag 1; flag 2: in `beforeNumbers`. An ASCII word is looked up here.
    static let packedAbbreviations = PackedWordTable(
        abbreviations.compactMap { w in LanguageDetector.packedKey(w).map { ($0, 1) } }
            + beforeNumbers.compactMap { w in LanguageDetector.packedKey(w).map { ($0, 2) } })

    /// A dot that closes an abbreviation, an initial, or an ordinal.
    func isNonFinalDot(_ sc: [Unicode.Scalar], at i: Int, from start: Int, next j: Int, end: Int) -> Bool {
        var a = i
        while a > start && Tokenizer.isWordScalar(sc[a - 1]) { a -= 1 }
        if a == i { return false }
        var k = j
        while k < end && ScalarProperties.isWhitespace(sc[k]) { k += 1 }
        var b = k
        while b < end && Tokenizer.isWordScalar(sc[b]) { b += 1 }
        // An ASCII word (letters and digits: each a Character) is answered on its scalars, packed in lower
        // case; the word after it becomes a String only where the answer depends on it.
        var packed: UInt64 = 0
        var digits = true
        var ascii = true
        // The same for a word with Latin-1 letters (U+00C0–U+00FF but × and ÷: "Präsident", "zuzügl"), each a
        // Character that no mark joins, lowered as `lowercased()` lowers them (U+00C0–U+00DE by 0x20).
        for p in a..<i {
            let v = sc[p].value
            if v >= 0x80 {
                guard v >= 0xC0 && v <= 0xFF && v != 0xD7 && v != 0xF7 else { ascii = false; break }
                digits = false
                packed = packed << 8 | UInt64(v <= 0xDE ? v + 0x20 : v)
                continue
            }
            if v > 0x39 { digits = false }
            packed = packed << 8 | UInt64(v >= 0x41 && v <= 0x5A ? v + 0x20 : v)
        }
        guard ascii else { return Self.isNonFinalDot(word: ScalarProperties.string(sc[a..<i]), sc, a: a, from: start, next: k, end: b) }
        if digits { return Self.isOrdinal(length: i - a, sc, a: a, from: start, next: k, end: b) }
        if i - a == 1 && (sc[a].value >= 0x41 && sc[a].value <= 0x5A || sc[a].value >= 0xC0 && sc[a].value <= 0xDE) {
            return true  // initials, U.S., Ö.
        }
        guard i - a <= 8 else { return Self.isNonFinalDot(word: ScalarProperties.string(sc[a..<i]), sc, a: a, from: start, next: k, end: b) }
        let flags = Self.packedAbbreviations.value(packed)
        if flags & 2 != 0 { return ScalarProperties.string(sc[k..<b]).first?.isNumber == true }
        return flags & 1 != 0
    }

    /// `isNonFinalDot` for any word (its text `word`, from `a`; the next word is `sc[k..<b]`).
    static func isNonFinalDot(word: String, _ sc: [Unicode.Scalar], a: Int, from start: Int, next k: Int, end b: Int) -> Bool {
        if word.isEmpty { return false }
        if word.allSatisfy(\.isNumber) { return isOrdinal(length: word.count, sc, a: a, from: start, next: k, end: b) }
        let next = ScalarProperties.string(sc[k..<b])
        if word.count == 1 && word.first!.isUppercase { return true }  // initials, U.S.
        let lower = word.lowercasedFast()
        // "Art. 5", "No. 10", "Abs. 2" — but "auf diese Art. Die …", "Russia said no. The …" end.
        if Self.beforeNumbers.contains(lower) { return next.first?.isNumber == true }
        return Self.abbreviations.contains(lower)
    }

    /// A number of `length` Characters from `a` before a dot is an ordinal ("am 3. Juni", "der 2. Weltkrieg",
    /// "zur 11. Armee") — but "im Jahr 2023. Die ..." and "auf 12. Das ..." end.
    static func isOrdinal(length: Int, _ sc: [Unicode.Scalar], a: Int, from start: Int, next k: Int, end b: Int) -> Bool {
        guard length <= 2 else { return false }
        let next = ScalarProperties.string(sc[k..<b])
        if Self.months.contains(next.lowercasedFast()) || next.first?.isLowercase == true { return true }
        var p = a
        while p > start && ScalarProperties.isWhitespace(sc[p - 1]) { p -= 1 }
        var q = p
        while q > start && Tokenizer.isWordScalar(sc[q - 1]) { q -= 1 }
        return Self.ordinalDeterminers.contains(ScalarProperties.string(sc[q..<p]).lowercasedFast())
    }
}
