extension Modality {
    /// The strength of a voice, for merging: denied < possible < reported < asserted.
    var mergeRank: Int {
        switch self {
        case .denied: 0
        case .possible: 1
        case .reported: 2
        case .asserted: 3
        }
    }

    /// The modality of an edge that several articles state: the strongest voice wins, so an edge is
    /// `asserted` if any article asserts it, else `reported` if any reports it, else `possible` if any
    /// hedges it, and `denied` only if every article that states a modality denies it. A missing
    /// modality says nothing and gives way to any stated one. The rule is a maximum, so it is
    /// associative, commutative and idempotent: merging in any order or grouping gives the same.
    public static func merged(_ a: Modality?, _ b: Modality?) -> Modality? {
        guard let a else { return b }
        guard let b else { return a }
        return a.mergeRank >= b.mergeRank ? a : b
    }
}
