/// 256 bits in four stored words: a set that allocates and clears nothing, for the small filters and
/// summaries that are made per document or per line (`SmallWordFilter`, `PairBits`).
struct Bits256: Sendable, Equatable {
    private var w0: UInt64 = 0, w1: UInt64 = 0, w2: UInt64 = 0, w3: UInt64 = 0

    init() {}

    /// Sets bit `k` (its low 8 bits are used).
    @inline(__always)
    mutating func insert(_ k: Int) {
        let m: UInt64 = 1 << UInt64(k & 63)
        switch (k >> 6) & 3 {
        case 0: w0 |= m
        case 1: w1 |= m
        case 2: w2 |= m
        default: w3 |= m
        }
    }

    /// Whether bit `k` is set (its low 8 bits are used).
    @inline(__always)
    func contains(_ k: Int) -> Bool {
        let m: UInt64 = 1 << UInt64(k & 63)
        switch (k >> 6) & 3 {
        case 0: return w0 & m != 0
        case 1: return w1 & m != 0
        case 2: return w2 & m != 0
        default: return w3 & m != 0
        }
    }

    /// Every bit of `other` is set here.
    @inline(__always)
    func isSuperset(of other: Bits256) -> Bool {
        w0 & other.w0 == other.w0 && w1 & other.w1 == other.w1 && w2 & other.w2 == other.w2 && w3 & other.w3 == other.w3
    }
}
