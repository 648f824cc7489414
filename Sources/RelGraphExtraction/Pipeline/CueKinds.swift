import RelGraph

/// Which (edge type, cue class) pairs a list of cue entries holds, as one bit per pair (13 types × 9 classes in
/// two words). The relation finder asks of many tokens whether their entries hold a verb, a noun of some type
/// and the like: asked of the list that costs a retain of the array, a walk over its entries (each with its
/// strings) and often an array literal of the wanted classes built per entry; asked of these bits it is two
/// `and`s. Each list's bits are worked out once, when the list is kept (`TokenCueEntries.add`).
struct CueKinds: Equatable, Sendable {
    private var low: UInt64 = 0
    private var high: UInt64 = 0

    private static let classCount = 9
    private static let typeCount = 13

    /// The pairs of `entries`.
    init(_ entries: [CueEntry]) {
        for e in entries { insert(Self.bit(e.type, e.cueClass)) }
    }

    /// Every pair of one of `types` with one of `classes`: `intersects` then asks whether some entry has one of
    /// these types and one of these classes.
    init(types: [EdgeType] = EdgeType.allCases, classes: [CueClass] = CueClass.allCases) {
        for t in types { for c in classes { insert(Self.bit(t, c)) } }
    }

    /// (by a switch, not a search of `allCases`: a list's kinds are worked out for every list a document keeps)
    private static func bit(_ type: EdgeType, _ cueClass: CueClass) -> Int {
        let t: Int
        switch type {
        case .alliance: t = 0
        case .partyTo: t = 1
        case .militarySupport: t = 2
        case .armsSupply: t = 3
        case .support: t = 4
        case .conflict: t = 5
        case .denial: t = 6
        case .accusation: t = 7
        case .request: t = 8
        case .visit: t = 9
        case .represents: t = 10
        case .sanction: t = 11
        case .threat: t = 12
        }
        let c: Int
        switch cueClass {
        case .verb: c = 0
        case .verbRecv: c = 1
        case .noun: c = 2
        case .adj: c = 3
        case .theme: c = 4
        case .agent: c = 5
        case .meet: c = 6
        case .reverse: c = 7
        case .qualify: c = 8
        }
        return t * classCount + c
    }

    private mutating func insert(_ bit: Int) {
        if bit < 64 { low |= 1 << UInt64(bit) } else { high |= 1 << UInt64(bit - 64) }
    }

    /// Some pair is in both.
    @inline(__always)
    func intersects(_ other: CueKinds) -> Bool { low & other.low != 0 || high & other.high != 0 }

    var isEmpty: Bool { low == 0 && high == 0 }

    static var bitCount: Int { typeCount * classCount }
}
