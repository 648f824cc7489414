import Foundation

/// Small integer slots for distinct strings (0, 1, 2, … in the order first seen), found through an
/// open-addressing table hashed with FNV-1a over the UTF-8 bytes. A `[String: Int]` hashes each key
/// with SipHash after checking its normalization (about 400 instructions for an actor id); this hash
/// costs a few per byte. It agrees with String equality (canonical equivalence): a string whose bytes
/// are all below 0xCC (scalars below U+0300) is in NFC already, and any other string is hashed by the
/// bytes of its NFC form, so canonically equal strings always hash alike.
struct StringSlots {
    /// The strings by slot.
    private(set) var strings: [String] = []
    /// Per table position: slot + 1 (0: empty). Its count is a power of two, at least twice `strings.count`.
    private var table: [Int32]
    /// Per slot: its hash, for growing the table without hashing again.
    private var hashes: [UInt32] = []

    init(capacity: Int = 16) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        table = [Int32](repeating: 0, count: size)
        strings.reserveCapacity(capacity)
        hashes.reserveCapacity(capacity)
    }

    var count: Int { strings.count }

    /// The slot of `s`, nil when it has none.
    func find(_ s: String) -> Int? {
        let h = Self.hash(s)
        let mask = table.count - 1
        var p = Int(h) & mask
        while true {
            let e = Int(table[p])
            if e == 0 { return nil }
            if hashes[e - 1] == h && strings[e - 1] == s { return e - 1 }
            p = (p + 1) & mask
        }
    }

    /// The slot of `s`, given the next slot when it has none (`isNew`).
    mutating func slot(_ s: String) -> (slot: Int, isNew: Bool) {
        let h = Self.hash(s)
        let mask = table.count - 1
        var p = Int(h) & mask
        while true {
            let e = Int(table[p])
            if e == 0 { break }
            if hashes[e - 1] == h && strings[e - 1] == s { return (e - 1, false) }
            p = (p + 1) & mask
        }
        let k = strings.count
        strings.append(s)
        hashes.append(h)
        table[p] = Int32(k + 1)
        if strings.count * 2 > table.count { grow() }
        return (k, true)
    }

    private mutating func grow() {
        table = [Int32](repeating: 0, count: table.count * 2)
        let mask = table.count - 1
        for k in hashes.indices {
            var p = Int(hashes[k]) & mask
            while table[p] != 0 { p = (p + 1) & mask }
            table[p] = Int32(k + 1)
        }
    }

    /// FNV-1a of the UTF-8 bytes of `s` (of its NFC form when a byte is 0xCC or more).
    static func hash(_ s: String) -> UInt32 {
        if let h = FNV1a.hashBelowCombining(s) { return h ^ (h >> 15) }
        var nfc = s.precomposedStringWithCanonicalMapping
        return nfc.withUTF8 { buf in
            let h = FNV1a.hash(buf)
            return h ^ (h >> 15)
        }
    }
}
