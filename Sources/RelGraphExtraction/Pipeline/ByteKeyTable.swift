/// Keys of UTF-8 bytes kept one after another in `arena` (entry `e` at `starts[e]`, `lengths[e]` bytes,
/// FNV-1a hash `hashes[e]`), found by open addressing in `slots` (-1 for an empty slot, at most half
/// full). A look-up hashes the bytes and compares them byte by byte: no String hashing, no
/// Character-wise comparison. The word caches keep their answers in arrays indexed by entry number.
struct ByteKeyTable {
    private(set) var arena: [UInt8] = []
    private(set) var starts: [Int] = []
    private(set) var lengths: [Int] = []
    private(set) var hashes: [UInt32] = []
    private(set) var slots = [Int32](repeating: -1, count: 1024)

    /// The number of keys.
    var count: Int { hashes.count }

    @inline(__always)
    static func hash(_ b: UnsafeBufferPointer<UInt8>) -> UInt32 { FNV1a.hash(b) }

    /// The entry of these bytes (-1 if none) and the slot that holds it, or the empty slot where it would go.
    @inline(__always)
    func find(_ b: UnsafeBufferPointer<UInt8>, _ h: UInt32) -> (entry: Int, slot: Int) {
        let mask = slots.count - 1
        var s = Int(h) & mask
        while true {
            let e = Int(slots[s])
            if e < 0 { return (-1, s) }
            if hashes[e] == h && lengths[e] == b.count && arena.withUnsafeBufferPointer({ a in
                // (byte by byte: words are short, a call to memcmp costs more)
                let start = starts[e]
                var k = 0
                while k < b.count && a[start + k] == b[k] { k += 1 }
                return k == b.count
            }) {
                return (e, s)
            }
            s = (s + 1) & mask
        }
    }

    /// Adds these bytes (not kept yet) in `slot`, the empty slot `find` gave, and returns their entry number.
    @discardableResult
    mutating func insert(_ b: UnsafeBufferPointer<UInt8>, _ h: UInt32, at slot: Int) -> Int {
        let e = hashes.count
        slots[slot] = Int32(e)
        starts.append(arena.count)
        lengths.append(b.count)
        hashes.append(h)
        arena.append(contentsOf: b)
        if hashes.count * 2 > slots.count { grow() }
        return e
    }

    /// Doubles the slots and places every entry again.
    private mutating func grow() {
        slots = [Int32](repeating: -1, count: slots.count * 2)
        let mask = slots.count - 1
        for e in hashes.indices {
            var s = Int(hashes[e]) & mask
            while slots[s] >= 0 { s = (s + 1) & mask }
            slots[s] = Int32(e)
        }
    }
}
