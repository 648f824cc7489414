/// Numbers the distinct token texts of one document: two tokens get the same id exactly when their
/// scalars are the same. Open addressing over the document's scalars, so a word seen before costs a
/// hash of its scalars and no String; the table lives as long as the document (bounded by its size).
struct WordInterner {
    /// Per slot: the id + 1 (0 is empty).
    private var slots: [Int32]
    /// Per slot: the hash of the word in it.
    private var hashes: [UInt32]
    /// Per id: the scalar range of its first occurrence.
    private(set) var spans: [(start: Int32, end: Int32)] = []
    private var mask: Int

    init(expected: Int) {
        var n = 64
        while n < expected * 2 { n <<= 1 }
        slots = Array(repeating: 0, count: n)
        hashes = Array(repeating: 0, count: n)
        mask = n - 1
    }

    var count: Int { spans.count }

    /// The id of the word `scalars[a..<b]`, and whether it is new.
    mutating func intern(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ a: Int, _ b: Int) -> (id: Int32, isNew: Bool) {
        var h: UInt32 = 2_166_136_261
        for k in a..<b { h = (h ^ scalars[k].value) &* 16_777_619 }
        h ^= h >> 15
        var slot = Int(h) & mask
        while true {
            let v = slots[slot]
            if v == 0 { break }
            if hashes[slot] == h {
                let id = Int(v - 1)
                let sp = spans[id]
                let s0 = Int(sp.start), len = Int(sp.end) - s0
                if len == b - a {
                    var same = true
                    for k in 0..<len where scalars[s0 + k] != scalars[a + k] { same = false; break }
                    if same { return (Int32(id), false) }
                }
            }
            slot = (slot + 1) & mask
        }
        let id = Int32(spans.count)
        spans.append((Int32(a), Int32(b)))
        slots[slot] = id + 1
        hashes[slot] = h
        if spans.count * 2 > slots.count { grow() }
        return (id, true)
    }

    private mutating func grow() {
        let n = slots.count * 2
        var newSlots = [Int32](repeating: 0, count: n)
        var newHashes = [UInt32](repeating: 0, count: n)
        let m = n - 1
        for slot in slots.indices where slots[slot] != 0 {
            var k = Int(hashes[slot]) & m
            while newSlots[k] != 0 { k = (k + 1) & m }
            newSlots[k] = slots[slot]
            newHashes[k] = hashes[slot]
        }
        slots = newSlots
        hashes = newHashes
        mask = m
    }
}
