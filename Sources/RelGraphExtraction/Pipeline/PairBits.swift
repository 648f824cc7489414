/// A 256-bit summary of the adjacent pairs of a sequence of scalar values (each pair hashed to one bit):
/// a sequence whose pairs are not all among a line's cannot occur in the line, so most literal-run
/// searches end with four AND-compares instead of a scan. A set bit proves nothing (pairs may share one).
struct PairBits: Sendable, Equatable {
    private var w0: UInt64 = 0, w1: UInt64 = 0, w2: UInt64 = 0, w3: UInt64 = 0

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
        let k = Self.bit(a, b)
        let m = UInt64(1) << UInt64(k & 63)
        switch k >> 6 {
        case 0: w0 |= m
        case 1: w1 |= m
        case 2: w2 |= m
        default: w3 |= m
        }
    }

    /// Every pair of `other` may be among these.
    @inline(__always)
    func covers(_ other: PairBits) -> Bool {
        w0 & other.w0 == other.w0 && w1 & other.w1 == other.w1 && w2 & other.w2 == other.w2 && w3 & other.w3 == other.w3
    }
}
