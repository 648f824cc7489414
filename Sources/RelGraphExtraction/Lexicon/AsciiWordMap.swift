import Foundation

/// A dictionary keyed by words whose look-up of a word of scalars below U+0300 (every UTF-8 byte below
/// 0xCC) goes by bytes: such a word is its own canonical (NFC) form, so it equals a stored key exactly
/// when its bytes are those of the key's canonical form (see `AsciiWordFilter`). Those forms sit in an
/// open-addressing table of FNV-1a hashes, which answers without the String hash and comparison; any
/// other word is looked up in the String dictionary of the other keys, then by its canonical form's bytes,
/// with the same answer `[String: Value]` gives.
struct AsciiWordMap<Value: Sendable>: Sendable {
    /// The keys as inserted, and their values (by the same index).
    private(set) var keys: [String] = []
    private(set) var values: [Value] = []
    /// The keys not of byte-level look-up (few: a key of byte-level look-up is found by its bytes alone, and
    /// is not hashed as a String to go in here).
    private var index: [String: Int] = [:]

    /// The byte table: the bytes of each canonical form of byte-level look-up, one after another.
    private var arena: [UInt8] = []
    /// One canonical form in the open-addressing table: hash, where its bytes are in `arena`, and its key's
    /// index; `length` -1 for an empty slot. Packed in one 16-byte slot so that a probe reads one cache
    /// line, not five arrays (the table is large and look-ups are frequent, so they mostly miss the cache).
    private struct Slot {
        var hash: UInt32 = 0
        var length: Int32 = -1
        var start: Int32 = 0
        var key: Int32 = 0
    }
    /// Open addressing, at most half full.
    private var slots = [Slot](repeating: Slot(), count: 16)
    private var used = 0

    init() {}

    var count: Int { keys.count }

    /// Makes room for `n` keys in all, so that inserting them grows no table (only on an empty map).
    mutating func reserveCapacity(_ n: Int) {
        guard keys.isEmpty else { return }
        keys.reserveCapacity(n)
        values.reserveCapacity(n)
        var size = slots.count
        while size < n * 2 { size <<= 1 }
        if size > slots.count { slots = [Slot](repeating: Slot(), count: size) }
    }

    /// Changes the value of `key` (starting from `initial` for a new key) in place.
    mutating func update(_ key: String, initial: @autoclosure () -> Value, _ change: (inout Value) -> Void) {
        // A key of byte-level look-up is its own canonical form: the byte table has it exactly when a key
        // equal to it was put in, under that key's index, so it is looked up (and a new one placed) by its
        // bytes alone, without the String hash of `index[key]`.
        var k = key
        let placed: Int? = k.withUTF8 { buf -> Int? in
            guard let h = Self.hash(buf) else { return nil }
            if let found = find(buf, h) { return found }
            let i = keys.count
            addBytes(buf, h, key: i)
            return i
        }
        let i: Int
        if let placed {
            i = placed
            if i == keys.count {
                keys.append(key)
                values.append(initial())
            }
        } else if let found = index[key] ?? canonicalByteKey(key) {
            i = found
        } else {
            i = keys.count
            keys.append(key)
            values.append(initial())
            index[key] = i
            addBytes(key.precomposedStringWithCanonicalMapping, key: i)
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
        case .none: return (index[word] ?? canonicalByteKey(word)).map { values[$0] }
        }
    }

    /// The index of the key of byte-level look-up equal (as Strings compare) to `word`, a word not of
    /// byte-level look-up, if any: that key is `word`'s canonical form.
    private func canonicalByteKey(_ word: String) -> Int? {
        // a word with a mark of general punctuation (quotation marks, dashes: U+2010–U+205E) keeps it in its
        // canonical form (such a mark has no decomposition, combines with nothing before it, and anything it
        // composes with is above U+0300 too), which is then no byte-level form: not normalized to learn it
        if word.unicodeScalars.contains(where: { $0.value &- 0x2010 <= 0x4E }) { return nil }
        var canonical = word.precomposedStringWithCanonicalMapping
        return canonical.withUTF8 { buf -> Int? in
            guard let h = Self.hash(buf) else { return nil }
            return find(buf, h)
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
        slots.withUnsafeBufferPointer { table in
            let mask = table.count - 1
            var s = Self.slot(h, mask)
            while true {
                let e = table[s]
                if e.length < 0 { return nil }
                if e.hash == h && Int(e.length) == buf.count && equalBytes(Int(e.start), buf) { return Int(e.key) }
                s = (s + 1) & mask
            }
        }
    }

    @inline(__always)
    private func equalBytes(_ start: Int, _ buf: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = buf.count
        guard n > 0, let b = buf.baseAddress else { return true }
        return arena.withUnsafeBufferPointer { a in memcmp(a.baseAddress! + start, b, n) == 0 }
    }

    /// Adds a key's canonical form to the byte table, unless it is not for byte-level look-up or is there already.
    private mutating func addBytes(_ canonical: String, key: Int) {
        var c = canonical
        let bytes: [UInt8]? = c.withUTF8 { Self.hash($0) != nil ? Array($0) : nil }
        guard let bytes, let h = Self.hash(canonical) else { return }
        bytes.withUnsafeBufferPointer { buf in
            if find(buf, h) == nil { addBytes(buf, h, key: key) }
        }
    }

    /// Adds bytes not in the table yet (of hash `h`) for a key's canonical form.
    private mutating func addBytes(_ bytes: UnsafeBufferPointer<UInt8>, _ h: UInt32, key: Int) {
        let entry = Slot(hash: h, length: Int32(bytes.count), start: Int32(arena.count), key: Int32(key))
        arena.append(contentsOf: bytes)
        used += 1
        if used * 2 > slots.count {
            let old = slots
            slots = [Slot](repeating: Slot(), count: slots.count * 2)
            for e in old where e.length >= 0 { place(e) }
        }
        place(entry)
    }

    private mutating func place(_ e: Slot) {
        let mask = slots.count - 1
        var s = Self.slot(e.hash, mask)
        while slots[s].length >= 0 { s = (s + 1) & mask }
        slots[s] = e
    }
}
