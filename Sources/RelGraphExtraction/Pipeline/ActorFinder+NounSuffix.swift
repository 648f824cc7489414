import Foundation

extension ActorFinder {
    /// `nounSuffixes` as scalars of their canonical form (nil: one has a scalar from U+0300 on).
    static let nounSuffixScalars: [[Unicode.Scalar]]? = {
        let forms = nounSuffixes.map { Array($0.precomposedStringWithCanonicalMapping.unicodeScalars) }
        return forms.allSatisfy { $0.allSatisfy { $0.value < 0x300 } } ? forms : nil
    }()

    /// `l.count > 6 && nounSuffixes.contains { l.hasSuffix($0) }`. A word of scalars below U+0300 is in
    /// canonical form and, having no CR, has one Character per scalar: its scalars decide, with no
    /// grapheme breaking. Any other word asks the String.
    static func isLongWithNounSuffix(_ l: String) -> Bool {
        if l.utf8.count <= 6 { return false }  // no more Characters than bytes
        let sc = l.unicodeScalars
        if let suffixes = nounSuffixScalars, sc.allSatisfy({ $0.value < 0x300 }) {
            let word = Array(sc)
            guard word.count > 6 else { return false }
            return suffixes.contains { suf in suf.count <= word.count && word[(word.count - suf.count)...].elementsEqual(suf) }
        }
        return l.count > 6 && nounSuffixes.contains { l.hasSuffix($0) }
    }
}
