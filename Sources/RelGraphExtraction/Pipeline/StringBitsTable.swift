/// Values kept by a String's own sixteen bytes (its representation, not its text), for caches of
/// per-word answers that are looked up once per distinct word of every document.
///
/// Two Strings with the same representation have the same text: a small String (up to 15 UTF-8 bytes,
/// most words) holds its bytes inline, so equal texts are always equal representations; a large one
/// holds its length, flags and the address of its storage, and the table keeps every key String, so a
/// kept address is never freed and reused for another text. The same text in two storages (a long word
/// the tokenizer made twice) is two keys: a miss, never a wrong answer, for values that depend on the
/// text alone. Fast because a look-up multiplies and compares two words (the tokenizer hands out the
/// same String for a word it has seen), where hashing the text costs a few instructions per byte, and
/// reading its bytes a retain and a release of the String.
///
/// Bounded: once it holds `capacity` keys it takes no new ones (values kept may be replaced). Not
/// synchronized: its owner locks.
struct StringBitsTable<Value> {
    /// Per entry: the key (kept only to keep its storage alive), its representation and its value.
    private var keys: [String] = []
    private var low: [UInt64] = []
    private var high: [UInt64] = []
    private(set) var values: [Value] = []
    /// Per table position: entry + 1 (0: empty). A power of two, at least twice the entries.
    private var slots: [Int32]
    let capacity: Int

    /// `expected`: room for that many keys at once (the table is grown as more come).
    init(capacity: Int, expected: Int = 512) {
        self.capacity = capacity
        var size = 16
        while size < expected * 2 { size <<= 1 }
        slots = [Int32](repeating: 0, count: size)
        keys.reserveCapacity(expected)
        low.reserveCapacity(expected)
        high.reserveCapacity(expected)
        values.reserveCapacity(expected)
    }

    var count: Int { values.count }

    /// The sixteen bytes of `s` as two words.
    @inline(__always)
    static func representation(_ s: String) -> (UInt64, UInt64) { unsafeBitCast(s, to: (UInt64, UInt64).self) }

    @inline(__always)
    private static func hash(_ r: (UInt64, UInt64)) -> Int {
        let h = (r.0 &* 0x9E37_79B9_7F4A_7C15) ^ (r.1 &* 0xC2B2_AE3D_27D4_EB4F)
        return Int(truncatingIfNeeded: h ^ (h &>> 29))
    }

    /// The entry of `s`, or -1; and the table position that holds it, or the empty one where it would go.
    @inline(__always)
    private func find(_ r: (UInt64, UInt64)) -> (entry: Int, slot: Int) {
        slots.withUnsafeBufferPointer { slots in
            let mask = slots.count - 1
            var p = Self.hash(r) & mask
            while true {
                let e = Int(slots[p]) - 1
                if e < 0 || low[e] == r.0 && high[e] == r.1 { return (e, p) }
                p = (p + 1) & mask
            }
        }
    }

    /// The value kept for `s`, nil if none.
    @inline(__always)
    func value(for s: String) -> Value? {
        let e = find(Self.representation(s)).entry
        return e < 0 ? nil : values[e]
    }

    /// Keeps `value` for `s` (replacing the one kept), or for a new key while there is room.
    mutating func store(_ s: String, _ value: Value) {
        let r = Self.representation(s)
        let (e, slot) = find(r)
        if e >= 0 {
            values[e] = value
            return
        }
        guard values.count < capacity else { return }
        slots[slot] = Int32(values.count + 1)
        keys.append(s)
        low.append(r.0)
        high.append(r.1)
        values.append(value)
        if values.count * 2 > slots.count { grow() }
    }

    private mutating func grow() {
        slots = [Int32](repeating: 0, count: slots.count * 2)
        let mask = slots.count - 1
        for e in values.indices {
            var p = Self.hash((low[e], high[e])) & mask
            while slots[p] != 0 { p = (p + 1) & mask }
            slots[p] = Int32(e + 1)
        }
    }
}
