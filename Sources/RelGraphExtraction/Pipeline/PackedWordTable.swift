/// A small set of words packed into integers (one byte a letter, at most eight), each with a byte of
/// flags: open addressing with a multiplicative hash, so that a look-up is a multiply, a shift and a
/// compare or two, not a SipHash. Key 0 (the empty word) is never stored and answers 0.
struct PackedWordTable: Sendable {
    private var keys: [UInt64]
    private var values: [UInt8]
    private let shift: UInt64

    /// The table of `entries`; flags of a key given twice are or-ed.
    init(_ entries: [(key: UInt64, flags: UInt8)]) {
        var bits: UInt64 = 4
        while (1 << bits) < entries.count * 4 { bits += 1 }
        let size = 1 << Int(bits)
        keys = Array(repeating: 0, count: size)
        values = Array(repeating: 0, count: size)
        shift = 64 - bits
        for (key, flags) in entries where key != 0 {
            var slot = Self.slot(key, shift)
            while keys[slot] != 0 && keys[slot] != key { slot = (slot + 1) & (size - 1) }
            keys[slot] = key
            values[slot] |= flags
        }
    }

    @inline(__always)
    private static func slot(_ key: UInt64, _ shift: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) &>> shift)
    }

    /// The flags of `key`, 0 when it is not in the table.
    @inline(__always)
    func value(_ key: UInt64) -> UInt8 {
        let mask = keys.count - 1
        var slot = Self.slot(key, shift)
        while true {
            let k = keys[slot]
            if k == key { return key == 0 ? 0 : values[slot] }
            if k == 0 { return 0 }
            slot = (slot + 1) & mask
        }
    }
}
