@testable import RelGraphExtraction
import Testing

struct StringBitsTableTests {
    /// A String made at run time (not a literal), so that a long text gets a storage of its own.
    func made(_ s: String) -> String { String(("x" + s).dropFirst()) }

    @Test func findsShortTextsByTheirBytesAndLongOnesByTheirStorage() {
        var t = StringBitsTable<Int>(capacity: 100)
        let long = made("Bundesverteidigungsministerium")
        t.store("Regierung", 1)
        t.store(long, 2)
        // a short text is the same key however it was made
        #expect(t.value(for: made("Regierung")) == 1)
        #expect(t.value(for: "regierung") == nil)
        // a long text: the same String (its copies share the storage) is found
        let copy = long
        #expect(t.value(for: copy) == 2)
        // the same long text in another storage is another key: a miss, not a wrong answer
        #expect(t.value(for: made("Bundesverteidigungsministerium")) == nil)
        #expect(t.value(for: made("Bundesverteidigungsministeriums")) == nil)
        #expect(t.count == 2)
    }

    @Test func replacesValuesAndTakesNoNewKeysWhenFull() {
        var t = StringBitsTable<Int>(capacity: 3)
        for (n, w) in ["a", "b", "c", "d"].enumerated() { t.store(w, n) }
        #expect(t.count == 3)
        #expect(t.value(for: "d") == nil)
        t.store("b", 10)
        #expect(t.value(for: "b") == 10)
        #expect(t.value(for: "a") == 0 && t.value(for: "c") == 2)
    }

    @Test func keepsEveryKeyAcrossGrowth() {
        var t = StringBitsTable<Int>(capacity: 10_000)
        let words = (0..<5_000).map { made("Wort\($0)" + ($0 % 3 == 0 ? " mit einem langen Zusatz" : "")) }
        for (n, w) in words.enumerated() { t.store(w, n) }
        #expect(t.count == 5_000)
        for (n, w) in words.enumerated() { #expect(t.value(for: w) == n) }
        #expect(t.value(for: "Wort5000") == nil)
        // a table made for a few keys grows past them
        var small = StringBitsTable<Int>(capacity: .max, expected: 2)
        for (n, w) in words.prefix(100).enumerated() { small.store(w, n) }
        #expect(small.count == 100)
        for (n, w) in words.prefix(100).enumerated() { #expect(small.value(for: w) == n) }
    }
}
