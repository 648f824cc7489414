import Foundation

/// `AsciiWordFilter` for a handful of words (a document's surnames): 256 bits in four stored words, so
/// that making one allocates and clears nothing (the large filter clears 8 kB, which cost more than the
/// few words it then turned away). The same contract: `mayContain` is false only when the word's
/// scalars are below U+0300 and no word equal to it (as Strings) was inserted.
struct SmallWordFilter {
    private var bits = Bits256()

    init() {}

    /// Inserts a word by its canonical (NFC) form (a word equal to it as a String with scalars below U+0300
    /// has exactly those bytes).
    mutating func insert(_ word: String) {
        let canonical = FNV1a.hashBelowCombining(word) != nil ? word : word.precomposedStringWithCanonicalMapping
        guard let h = Self.bit(canonical) else { return }
        bits.insert(h)
    }

    @inline(__always)
    func mayContain(_ word: String) -> Bool {
        guard let h = Self.bit(word) else { return true }
        return bits.contains(h)
    }

    /// The word's bit (0..<256): FNV-1a of its bytes, folded; nil unless every scalar is below U+0300.
    @inline(__always)
    private static func bit(_ s: String) -> Int? {
        guard let h = FNV1a.hashBelowCombining(s) else { return nil }
        return Int((h ^ (h >> 16) ^ (h >> 8)) & 255)
    }
}
