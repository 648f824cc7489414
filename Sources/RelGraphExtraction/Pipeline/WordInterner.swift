/// Numbers the distinct token texts of one document: two tokens get the same id exactly when their
/// scalars are the same. Open addressing over the document's scalars, so a word seen before costs a
/// hash of its scalars and no String; the table lives as long as the document (bounded by its size).
/// Fast because a probe reads one word (the slot's hash and id packed together) and the look-up reads
/// the tables through their buffers: every token of the text comes here.
struct WordInterner {
    /// Per slot: the hash of the word in it (high 32 bits) and its id + 1 (low 32 bits); 0 is empty.
    private var slots: [UInt64]
    /// Per id: the scalar range of its first occurrence.
    private(set) var spans: [(start: Int32, end: Int32)] = []
    /// Per id: the hash of its scalars (`TokenWordCache` looks words up by the same hash).
    private(set) var idHashes: [UInt32] = []
    private var mask: Int

    init(expected: Int) {
        var n = 64
        while n < expected * 2 { n <<= 1 }
        slots = Array(repeating: 0, count: n)
        mask = n - 1
        spans.reserveCapacity(expected)
        idHashes.reserveCapacity(expected)
    }

    var count: Int { spans.count }

    /// The id of the word `scalars[a..<b]`, and whether it is new.
    @inline(__always)
    mutating func intern(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ a: Int, _ b: Int) -> (id: Int32, isNew: Bool) {
        let h = Self.hash(scalars, a, b)
        let len = b - a
        let mask = mask
        // the word's id, or the complement of the empty slot where it goes
        let found: Int = slots.withUnsafeBufferPointer { sl in
            spans.withUnsafeBufferPointer { sp in
                var slot = Int(h) & mask
                while true {
                    let v = sl[slot]
                    if v == 0 { return ~slot }
                    if UInt32(truncatingIfNeeded: v >> 32) == h {
                        let id = Int(UInt32(truncatingIfNeeded: v)) - 1
                        let s0 = Int(sp[id].start)
                        if Int(sp[id].end) - s0 == len {
                            var k = 0
                            while k < len && scalars[s0 + k] == scalars[a + k] { k += 1 }
                            if k == len { return id }
                        }
                    }
                    slot = (slot + 1) & mask
                }
            }
        }
        if found >= 0 { return (Int32(found), false) }
        let id = Int32(spans.count)
        spans.append((Int32(a), Int32(b)))
        idHashes.append(h)
        slots[~found] = UInt64(h) << 32 | UInt64(id + 1)
        if spans.count * 2 > slots.count { grow() }
        return (id, true)
    }

    /// FNV-1a over the scalars' values, its high bits folded into the low ones (a slot is the low bits).
    @inline(__always)
    static func hash(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ a: Int, _ b: Int) -> UInt32 {
        var h: UInt32 = 2_166_136_261
        for k in a..<b { h = (h ^ scalars[k].value) &* 16_777_619 }
        return h ^ (h >> 15)
    }

    @inline(never)
    private mutating func grow() {
        let n = slots.count * 2
        var newSlots = [UInt64](repeating: 0, count: n)
        let m = n - 1
        for v in slots where v != 0 {
            var k = Int(UInt32(truncatingIfNeeded: v >> 32)) & m
            while newSlots[k] != 0 { k = (k + 1) & m }
            newSlots[k] = v
        }
        slots = newSlots
        mask = m
    }
}
