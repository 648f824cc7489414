import Foundation

extension ActorFinder {
    /// `nounSuffixes` as UTF-8 of their canonical form (nil: one has a scalar from U+0300 on).
    static let nounSuffixBytes: [[UInt8]]? = {
        let forms = nounSuffixes.map { Array($0.precomposedStringWithCanonicalMapping.utf8) }
        return forms.allSatisfy { $0.allSatisfy { $0 < 0xCC } } ? forms : nil
    }()

    /// `l.count > 6 && nounSuffixes.contains { l.hasSuffix($0) }`. A word of scalars below U+0300 (UTF-8
    /// bytes below 0xCC) is in canonical form and, having no CR, has one Character per scalar: its scalar
    /// count and its UTF-8 suffixes decide (a scalar suffix is a byte suffix in UTF-8), with no grapheme
    /// breaking. Any other word asks the String.
    static func isLongWithNounSuffix(_ l: String) -> Bool {
        if l.utf8.count <= 6 { return false }  // no more Characters than bytes
        if let suffixes = nounSuffixBytes {
            var word = l
            let answer: Bool? = word.withUTF8 { u -> Bool? in
                var scalars = 0
                for b in u {
                    if b >= 0xCC { return nil }
                    if b & 0xC0 != 0x80 { scalars += 1 }
                }
                guard scalars > 6 else { return false }
                return suffixes.contains { suf in
                    guard suf.count <= u.count else { return false }
                    var k = 0
                    let start = u.count - suf.count
                    while k < suf.count && u[start + k] == suf[k] { k += 1 }
                    return k == suf.count
                }
            }
            if let answer { return answer }
        }
        return l.count > 6 && nounSuffixes.contains { l.hasSuffix($0) }
    }
}
