/// Tells German from English by counting frequent function words.
public struct LanguageDetector: Sendable {
    static let german: Set<String> = ["der", "die", "das", "und", "nicht", "ist", "mit", "von", "den", "zu", "sich", "des", "auf", "für", "eine", "dass", "ein", "im", "dem", "wurde", "hat", "auch", "bei", "nach", "sei"]
    static let english: Set<String> = ["the", "and", "of", "to", "is", "that", "with", "for", "on", "was", "said", "by", "from", "has", "his", "are", "were", "its", "have", "had", "an", "be", "which", "who", "this"]
    /// No function word is longer (in scalars; lower-casing never shortens a word).
    static let longestWord = 5
    /// The ASCII function words packed into an integer, one byte a letter (bit 0: German, bit 1: English):
    /// an ASCII word is its own lower case once its capitals are folded, and equals no word that is not ASCII.
    /// Kept in a small open-addressing table (`PackedWordTable`): a probe is a multiply and a compare, where
    /// a Dictionary look-up hashed every short word with SipHash.
    static let packed = PackedWordTable(german.compactMap(packedKey).map { ($0, 1) } + english.compactMap(packedKey).map { ($0, 2) })

    /// The word packed one byte a letter, nil unless it is ASCII.
    static func packedKey(_ w: String) -> UInt64? {
        var k: UInt64 = 0
        for b in w.utf8 {
            if b >= 0x80 { return nil }
            k = k << 8 | UInt64(b)
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
        detectByScalars(text.unicodeScalars)
    }

    @inline(__always)
    func detectByScalars<S: Sequence<Unicode.Scalar>>(_ scalars: S) -> Language? {
        let table = Self.packed
        var de = 0, en = 0
        var seen = 0
        // the word's scalars, kept only once it has one beyond ASCII
        var word: [Unicode.Scalar] = []
        var length = 0
        // the word so far, lower-cased and packed, and as it stands (`raw`), while it is ASCII
        var packed: UInt64 = 0
        var raw: UInt64 = 0
        var ascii = true
        func count() {
            if length > 0 {
                if length <= Self.longestWord {
                    if ascii {
                        let b = table.value(packed)
                        if b & 1 != 0 { de += 1 }
                        if b & 2 != 0 { en += 1 }
                    } else {
                        let w = ScalarProperties.string(word[...]).lowercased()
                        if Self.german.contains(w) { de += 1 }
                        if Self.english.contains(w) { en += 1 }
                    }
                }
                seen += 1
            }
            if !ascii { word.removeAll(keepingCapacity: true) }
            length = 0
            packed = 0
            raw = 0
            ascii = true
        }
        for s in scalars {
            guard ScalarProperties.isOwnCharacter(s) else { return nil }
            if ScalarProperties.isAlphabetic(s) {
                length += 1
                if length <= Self.longestWord {
                    if !ascii {
                        word.append(s)
                    } else if s.value < 0x80 {
                        let b = s.value >= 0x41 && s.value <= 0x5A ? s.value + 0x20 : s.value
                        packed = packed << 8 | UInt64(b)
                        raw = raw << 8 | UInt64(s.value)
                    } else {
                        // the ASCII letters before, as they stand, then this one
                        for k in stride(from: length - 2, through: 0, by: -1) {
                            word.append(Unicode.Scalar(UInt8(truncatingIfNeeded: raw >> (UInt64(k) * 8))))
                        }
                        word.append(s)
                        ascii = false
                    }
                }
            } else {
                count()
            }
            if seen > 5000 { break }
        }
        count()
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
