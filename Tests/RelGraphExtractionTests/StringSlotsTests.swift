@testable import RelGraphExtraction
import Testing

/// `StringSlots` gives each distinct string one slot, in first-seen order, agreeing with String
/// equality (canonically equal spellings share a slot) through many growths of its table.
struct StringSlotsTests {
    @Test func slotsAreFirstSeenOrderAndStable() {
        var slots = StringSlots(capacity: 2)
        let words = (0..<500).map { "actor:\($0 * 7919 % 1000)-" + String(repeating: "x", count: $0 % 23) }
        for (n, w) in words.enumerated() {
            let (k, isNew) = slots.slot(w)
            #expect(k == n)
            #expect(isNew)
        }
        #expect(slots.count == 500)
        for (n, w) in words.enumerated().reversed() {
            #expect(slots.find(w) == n)
            let (k, isNew) = slots.slot(w)
            #expect(k == n && !isNew)
        }
        #expect(slots.strings == words)
        #expect(slots.find("actor:missing") == nil)
        #expect(slots.find("") == nil)
    }

    @Test func canonicallyEqualStringsShareASlot() {
        var slots = StringSlots()
        let composed = "person:\u{C5}sa-m\u{FC}ller"   // Å, ü precomposed (bytes below 0xCC)
        let decomposed = "person:A\u{30A}sa-mu\u{308}ller"   // combining marks
        #expect(composed == decomposed)
        #expect(StringSlots.hash(composed) == StringSlots.hash(decomposed))
        let (a, _) = slots.slot(composed)
        let (b, isNew) = slots.slot(decomposed)
        #expect(a == b && !isNew)
        #expect(slots.find("org:\u{1E9E}-anything") == nil)
    }
}
