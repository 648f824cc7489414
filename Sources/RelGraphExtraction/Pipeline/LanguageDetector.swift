/// Tells German from English by counting frequent function words.
public struct LanguageDetector: Sendable {
    static let german: Set<String> = ["der", "die", "das", "und", "nicht", "ist", "mit", "von", "den", "zu", "sich", "des", "auf", "für", "eine", "dass", "ein", "im", "dem", "wurde", "hat", "auch", "bei", "nach", "sei"]
    static let english: Set<String> = ["the", "and", "of", "to", "is", "that", "with", "for", "on", "was", "said", "by", "from", "has", "his", "are", "were", "its", "have", "had", "an", "be", "which", "who", "this"]
    /// No function word is longer (in scalars; lower-casing never shortens a word).
    static let longestWord = 5
    /// The ASCII function words packed into an integer, one byte a letter (bit 0: German, bit 1: English):
    /// an ASCII word is its own lower case once its capitals are folded, and equals no word that is not ASCII.
    static let packed: [UInt64: UInt8] = {
        var t: [UInt64: UInt8] = [:]
        func key(_ w: String) -> UInt64? {
            var k: UInt64 = 0
            for b in w.utf8 {
                if b >= 0x80 { return nil }
                k = k << 8 | UInt64(b)
            }
            return k
        }
        for w in german { if let k = key(w) { t[k, default: 0] |= 1 } }
        for w in english { if let k = key(w) { t[k, default: 0] |= 2 } }
        return t
    }()

    public init() {}

    public func detect(_ text: String) -> Language {
        detectByScalars(text) ?? detectByCharacters(text)
    }

    /// Words are runs of letters (a Character is a letter when its first scalar is alphabetic). While every
    /// scalar is a Character of its own, scalars give the same words; nil when the text has another kind.
    func detectByScalars(_ text: String) -> Language? {
        var de = 0, en = 0
        var seen = 0
        var word: [Unicode.Scalar] = []
        var length = 0
        // the word so far, lower-cased and packed, while it is ASCII
        var packed: UInt64 = 0
        var ascii = true
        func count() {
            if length > 0 {
                if length <= Self.longestWord {
                    if ascii {
                        let b = Self.packed[packed] ?? 0
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
            word.removeAll(keepingCapacity: true)
            length = 0
            packed = 0
            ascii = true
        }
        for s in text.unicodeScalars {
            guard ScalarProperties.isOwnCharacter(s) else { return nil }
            if ScalarProperties.isAlphabetic(s) {
                length += 1
                if length <= Self.longestWord {
                    word.append(s)
                    if s.value < 0x80 {
                        let b = s.value >= 0x41 && s.value <= 0x5A ? s.value + 0x20 : s.value
                        packed = packed << 8 | UInt64(b)
                    } else {
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
