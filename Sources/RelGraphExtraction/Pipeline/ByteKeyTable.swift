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
            if hashes[e] == h && lengths[e] == b.count && (b.isEmpty || arena.withUnsafeBufferPointer { a in
                Self.equal(UnsafeRawPointer(a.baseAddress! + starts[e]), UnsafeRawPointer(b.baseAddress!), b.count)
            }) {
                return (e, s)
            }
            s = (s + 1) & mask
        }
    }

    /// Whether `n` bytes at `x` and `y` are the same: eight at a time, then the rest one by one, read
    /// unaligned and without bounds checks (words are short: a call to memcmp costs more, and a checked
    /// loop byte by byte cost the caches most of a look-up).
    @inline(__always)
    static func equal(_ x: UnsafeRawPointer, _ y: UnsafeRawPointer, _ n: Int) -> Bool {
        var k = 0
        while k + 8 <= n {
            if x.loadUnaligned(fromByteOffset: k, as: UInt64.self) != y.loadUnaligned(fromByteOffset: k, as: UInt64.self) { return false }
            k += 8
        }
        while k < n {
            if x.load(fromByteOffset: k, as: UInt8.self) != y.load(fromByteOffset: k, as: UInt8.self) { return false }
            k += 1
        }
        return true
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
