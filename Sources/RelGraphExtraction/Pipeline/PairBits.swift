/// A 256-bit summary of the adjacent pairs of a sequence of scalar values (each pair hashed to one bit):
/// a sequence whose pairs are not all among a line's cannot occur in the line, so most literal-run
/// searches end with four AND-compares instead of a scan. A set bit proves nothing (pairs may share one).
struct PairBits: Sendable, Equatable {
    private var bits = Bits256()

    init() {}

    /// The pairs of `values`.
    init(_ values: [UInt32]) {
        var previous: UInt32?
        for v in values {
            if let p = previous { insert(p, v) }
            previous = v
        }
    }

    @inline(__always)
    static func bit(_ a: UInt32, _ b: UInt32) -> UInt32 { ((a &* 0x9E37_79B1) ^ (b &* 0x85EB_CA6B)) >> 24 }

    @inline(__always)
    mutating func insert(_ a: UInt32, _ b: UInt32) {
        bits.insert(Int(Self.bit(a, b)))
    }

    /// Every pair of `other` may be among these.
    @inline(__always)
    func covers(_ other: PairBits) -> Bool {
        bits.isSuperset(of: other.bits)
    }
}
