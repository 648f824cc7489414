import Foundation

/// A dictionary keyed by words whose look-up of a word of scalars below U+0300 (every UTF-8 byte below
/// 0xCC) goes by bytes: such a word is its own canonical (NFC) form, so it equals a stored key exactly
/// when its bytes are those of the key's canonical form (see `AsciiWordFilter`). Those forms sit in an
/// open-addressing table of FNV-1a hashes, which answers without the String hash and comparison; any
/// other word is looked up in the String dictionary, with the same answer `[String: Value]` gives.
struct AsciiWordMap<Value: Sendable>: Sendable {
    /// The keys as inserted, and their values (by the same index).
    private(set) var keys: [String] = []
    private(set) var values: [Value] = []
    private var index: [String: Int] = [:]

    /// The byte table: for each canonical form of byte-level look-up, its bytes (in `arena`), hash and key index.
    private var arena: [UInt8] = []
    private var starts: [Int] = []
    private var lengths: [Int] = []
    private var hashes: [UInt32] = []
    private var keyIndex: [Int] = []
    /// Open addressing: an index into the arrays above, -1 for an empty slot; at most half full.
    private var slots = [Int](repeating: -1, count: 16)

    init() {}

    var count: Int { keys.count }

    /// Makes room for `n` keys in all, so that inserting them grows no table (only on an empty map).
    mutating func reserveCapacity(_ n: Int) {
        guard keys.isEmpty else { return }
        keys.reserveCapacity(n)
        values.reserveCapacity(n)
        index.reserveCapacity(n)
        starts.reserveCapacity(n)
        lengths.reserveCapacity(n)
        hashes.reserveCapacity(n)
        keyIndex.reserveCapacity(n)
        var size = slots.count
        while size < n * 2 { size <<= 1 }
        if size > slots.count { slots = [Int](repeating: -1, count: size) }
    }

    /// Changes the value of `key` (starting from `initial` for a new key) in place.
    mutating func update(_ key: String, initial: @autoclosure () -> Value, _ change: (inout Value) -> Void) {
        let i: Int
        if let found = index[key] {
            i = found
        } else {
            i = keys.count
            keys.append(key)
            values.append(initial())
            index[key] = i
            let canonical = Self.hash(key) != nil ? key : key.precomposedStringWithCanonicalMapping
            addBytes(canonical, key: i)
        }
        change(&values[i])
    }

    /// The value stored under a key equal to `word` (as Strings compare), if any.
    func value(for word: String) -> Value? {
        var w = word
        let found: Int?? = w.withUTF8 { buf -> Int?? in
            guard let h = Self.hash(buf) else { return nil }
            return .some(find(buf, h))
        }
        switch found {
        case .some(let i): return i.map { values[$0] }
        case .none: return index[word].map { values[$0] }
        }
    }

    /// FNV-1a of the UTF-8 bytes; nil unless every byte is below 0xCC.
    @inline(__always)
    private static func hash(_ buf: UnsafeBufferPointer<UInt8>) -> UInt32? {
        var h: UInt32 = 2_166_136_261
        for b in buf {
            if b >= 0xCC { return nil }
            h = (h ^ UInt32(b)) &* 16_777_619
        }
        return h
    }

    private static func hash(_ s: String) -> UInt32? {
        var s = s
        return s.withUTF8 { hash($0) }
    }

    @inline(__always)
    private static func slot(_ h: UInt32, _ mask: Int) -> Int { Int(h ^ (h >> 15)) & mask }

    /// The key index of the canonical form with these bytes (and hash `h`), if any.
    @inline(__always)
    private func find(_ buf: UnsafeBufferPointer<UInt8>, _ h: UInt32) -> Int? {
        let mask = slots.count - 1
        var s = Self.slot(h, mask)
        while true {
            let e = slots[s]
            if e < 0 { return nil }
            if hashes[e] == h && lengths[e] == buf.count && equalBytes(e, buf) { return keyIndex[e] }
            s = (s + 1) & mask
        }
    }

    @inline(__always)
    private func equalBytes(_ e: Int, _ buf: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = buf.count
        guard n > 0, let b = buf.baseAddress else { return true }
        return arena.withUnsafeBufferPointer { a in memcmp(a.baseAddress! + starts[e], b, n) == 0 }
    }

    /// Adds a key's canonical form to the byte table, unless it is not for byte-level look-up or is there already.
    private mutating func addBytes(_ canonical: String, key: Int) {
        var c = canonical
        let bytes: [UInt8]? = c.withUTF8 { Self.hash($0) != nil ? Array($0) : nil }
        guard let bytes, let h = Self.hash(canonical) else { return }
        let known = bytes.withUnsafeBufferPointer { find($0, h) }
        guard known == nil else { return }
        starts.append(arena.count)
        lengths.append(bytes.count)
        arena.append(contentsOf: bytes)
        hashes.append(h)
        keyIndex.append(key)
        if hashes.count * 2 > slots.count {
            slots = [Int](repeating: -1, count: slots.count * 2)
            for e in hashes.indices { place(e) }
        } else {
            place(hashes.count - 1)
        }
    }

    private mutating func place(_ e: Int) {
        let mask = slots.count - 1
        var s = Self.slot(hashes[e], mask)
        while slots[s] >= 0 { s = (s + 1) & mask }
        slots[s] = e
    }
}
