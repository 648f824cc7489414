@testable import RelGraphExtraction
import Testing

/// The packed-word table answers as a dictionary of its entries does: flags of a key given twice or-ed,
/// 0 for a key not in it (or 0), through collisions and a nearly full table.
struct PackedWordTableTests {
    @Test func answersAsADictionary() {
        var rng = TestRandom(seed: 7)
        var entries: [(key: UInt64, flags: UInt8)] = []
        var reference: [UInt64: UInt8] = [:]
        for _ in 0..<300 {
            let key = rng.next() % 5000 + 1
            let flags = UInt8(1) << UInt8(rng.next() % 3)
            entries.append((key, flags))
            reference[key, default: 0] |= flags
        }
        let table = PackedWordTable(entries)
        for key in UInt64(0)...6000 { #expect(table.value(key) == (reference[key] ?? 0), "\(key)") }
    }

    @Test func functionWordsOfTheDetector() {
        let table = LanguageDetector.packed
        #expect(table.value(LanguageDetector.packedKey("für")!) == 1)
        #expect(table.value(LanguageDetector.packedKey("the")!) == 2)
        #expect(table.value(LanguageDetector.packedKey("die")!) == 1)
        #expect(table.value(LanguageDetector.packedKey("fur")!) == 0)
        #expect(LanguageDetector.packedKey("Kyiv–") == nil)
        #expect(LanguageDetector.packedKey("abcdefghi") == nil)
    }
}
