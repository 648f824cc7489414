/// Tells German from English by counting frequent function words.
public struct LanguageDetector: Sendable {
    static let german: Set<String> = ["der", "die", "das", "und", "nicht", "ist", "mit", "von", "den", "zu", "sich", "des", "auf", "für", "eine", "dass", "ein", "im", "dem", "wurde", "hat", "auch", "bei", "nach", "sei"]
    static let english: Set<String> = ["the", "and", "of", "to", "is", "that", "with", "for", "on", "was", "said", "by", "from", "has", "his", "are", "were", "its", "have", "had", "an", "be", "which", "who", "this"]
    /// No function word is longer (in scalars; lower-casing never shortens a word).
    static let longestWord = 5

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
        func count() {
            if length > 0 {
                if length <= Self.longestWord {
                    let w = ScalarProperties.string(word[...]).lowercased()
                    if Self.german.contains(w) { de += 1 }
                    if Self.english.contains(w) { en += 1 }
                }
                seen += 1
            }
            word.removeAll(keepingCapacity: true)
            length = 0
        }
        for s in text.unicodeScalars {
            guard ScalarProperties.isOwnCharacter(s) else { return nil }
            if ScalarProperties.isAlphabetic(s) {
                length += 1
                if length <= Self.longestWord { word.append(s) }
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
