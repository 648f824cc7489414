/// Tells German from English by counting frequent function words.
public struct LanguageDetector: Sendable {
    static let german: Set<String> = ["der", "die", "das", "und", "nicht", "ist", "mit", "von", "den", "zu", "sich", "des", "auf", "für", "eine", "dass", "ein", "im", "dem", "wurde", "hat", "auch", "bei", "nach", "sei"]
    static let english: Set<String> = ["the", "and", "of", "to", "is", "that", "with", "for", "on", "was", "said", "by", "from", "has", "his", "are", "were", "its", "have", "had", "an", "be", "which", "who", "this"]

    public init() {}

    public func detect(_ text: String) -> Language {
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
