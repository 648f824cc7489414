/// Tells German from English by counting frequent function words.
public struct LanguageDetector: Sendable {
    static let german: Set<String> = ["der", "die", "das", "und", "nicht", "ist", "mit", "von", "den", "zu", "sich", "des", "auf", "für", "eine", "dass", "ein", "im", "dem", "wurde", "hat", "auch", "bei", "nach", "sei"]
    static let english: Set<String> = ["the", "and", "of", "to", "is", "that", "with", "for", "on", "was", "said", "by", "from", "has", "his", "are", "were", "its", "have", "had", "an", "be", "which", "who", "this"]
    /// No function word is longer (in scalars; lower-casing never shortens a word).
    static let longestWord = 5
    /// The function words packed into an integer, one byte a scalar (bit 0: German, bit 1: English): a word
    /// of Latin-1 scalars lowers scalar by scalar (A–Z and U+00C0–U+00DE but U+00D7 move by 0x20, as
    /// `lowercased()` moves them), and equals no word with a scalar beyond Latin-1.
    /// Kept in a small open-addressing table (`PackedWordTable`): a probe is a multiply and a compare, where
    /// a Dictionary look-up hashed every short word with SipHash.
    static let packed = PackedWordTable(german.compactMap(packedKey).map { ($0, 1) } + english.compactMap(packedKey).map { ($0, 2) })

    /// The word packed one byte a scalar, nil unless it is at most 8 scalars of Latin-1.
    static func packedKey(_ w: String) -> UInt64? {
        var k: UInt64 = 0
        var count = 0
        for s in w.unicodeScalars {
            count += 1
            if s.value >= 0x100 || count > 8 { return nil }
            k = k << 8 | UInt64(s.value)
        }
        return k
    }

    public init() {}

    public func detect(_ text: String) -> Language {
        detectByScalars(text) ?? detectByCharacters(text)
    }

    /// `detect(text)` for a text whose scalars are given (a document's): the same answer without decoding
    /// the text again.
    public func detect(_ text: String, scalars: [Unicode.Scalar]) -> Language {
        scalars.withUnsafeBufferPointer { detectByScalars($0) } ?? detectByCharacters(text)
    }

    /// Words are runs of letters (a Character is a letter when its first scalar is alphabetic). While every
    /// scalar is a Character of its own, scalars give the same words; nil when the text has another kind.
    func detectByScalars(_ text: String) -> Language? {
        Array(text.unicodeScalars).withUnsafeBufferPointer { detectByScalars($0) }
    }

    /// `detectByScalars` on a text's scalars. The letters of a word are passed over in a tight loop (an
    /// ASCII letter costs a compare and an increment); a word of at most `longestWord` scalars is then
    /// lower-cased and packed from the scalars and looked up in `packed`, one with a letter beyond Latin-1
    /// read back as a String. Every scalar up to the end of the last word counted is checked as before:
    /// one that is not a Character of its own gives nil.
    func detectByScalars(_ scalars: UnsafeBufferPointer<Unicode.Scalar>) -> Language? {
        let table = Self.packed
        var de = 0, en = 0
        var seen = 0
        let n = scalars.count
        var i = 0
        while i < n {
            let s = scalars[i]
            let v = s.value
            if v < 0x80 {
                if (v | 0x20) &- 0x61 >= 26 { i += 1; continue }
            } else {
                guard ScalarProperties.isOwnCharacter(s) else { return nil }
                if !ScalarProperties.isAlphabetic(s) { i += 1; continue }
            }
            // a word: its letters, up to the first scalar that is none (checked here, and passed over below)
            let start = i
            i += 1
            while i < n {
                let c = scalars[i]
                if c.value < 0x80 {
                    if (c.value | 0x20) &- 0x61 < 26 { i += 1; continue }
                    break
                }
                guard ScalarProperties.isOwnCharacter(c) else { return nil }
                if !ScalarProperties.isAlphabetic(c) { break }
                i += 1
            }
            let length = i - start
            if length <= Self.longestWord {
                // lowered as `lowercased()` lowers Latin-1: A–Z and U+00C0–U+00DE but U+00D7 move by 0x20
                var packed: UInt64 = 0
                var latin1 = true
                for k in start..<i {
                    let c = scalars[k].value
                    if c < 0x80 {
                        packed = packed << 8 | UInt64(c | 0x20)
                    } else if c < 0x100 {
                        packed = packed << 8 | UInt64((c >= 0xC0 && c <= 0xDE && c != 0xD7) ? c + 0x20 : c)
                    } else {
                        latin1 = false
                    }
                }
                if latin1 {
                    let b = table.value(packed)
                    if b & 1 != 0 { de += 1 }
                    if b & 2 != 0 { en += 1 }
                } else {
                    let w = ScalarProperties.string(Array(scalars[start..<i])[...]).lowercased()
                    if Self.german.contains(w) { de += 1 }
                    if Self.english.contains(w) { en += 1 }
                }
            }
            seen += 1
            if seen > 5000 { break }
            i += 1
        }
        return de > en ? .de : .en
    }

    func detectByCharacters(_ text: String) -> Language {
        var de = 0, en = 0
        var word = ""
        var seen = 0
        func count() {
            if !word.isEmpty {
                let w = word.lowercased()
                if Self.german.contains(w) { de += 1 }
                if Self.english.contains(w) { en += 1 }
                seen += 1
            }
            word = ""
        }
        for c in text {
            if c.isLetter { word.append(c) } else { count() }
            if seen > 5000 { break }
        }
        count()
        return de > en ? .de : .en
    }
}
