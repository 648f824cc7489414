import Foundation

/// A bitmap of hashed words for a quick "certainly not there": a word of scalars below U+0300 (ASCII,
/// Latin-1, Latin Extended: its own canonical form, since no scalar there decomposes to a singleton or
/// composes with the scalar before it) equals a stored word only if the bit of its bytes is set, so a
/// clear bit answers "no" without a String hash. Words are stored by their canonical (NFC) form, so that
/// one that is not in that range but equals a word that is (KELVIN SIGN is "K", "A" with a combining
/// ring is "Å") sets that word's bit. Words with a scalar from U+0300 on (a UTF-8 byte of 0xCC or more)
/// are never turned away.
struct AsciiWordFilter: Sendable {
    private static var words: Int { 1 << 10 }
    private var bits = [UInt64](repeating: 0, count: AsciiWordFilter.words)

    init() {}

    mutating func insert(_ word: String) {
        let canonical = Self.hash(word) != nil ? word : word.precomposedStringWithCanonicalMapping
        if let h = Self.hash(canonical) { bits[h >> 6] |= 1 << UInt64(h & 63) }
    }

    /// False only when the word's scalars are below U+0300 and it was never inserted (nor any word equal to it).
    @inline(__always)
    func mayContain(_ word: String) -> Bool {
        guard let h = Self.hash(word) else { return true }
        return bits[h >> 6] & (1 << UInt64(h & 63)) != 0
    }

    /// FNV-1a of the UTF-8 bytes, folded to the bitmap's size; nil unless every scalar is below U+0300
    /// (every byte below 0xCC).
    @inline(__always)
    private static func hash(_ s: String) -> Int? {
        guard let h = FNV1a.hashBelowCombining(s) else { return nil }
        return Int((h ^ (h >> 16)) & UInt32(words * 64 - 1))
    }
}
