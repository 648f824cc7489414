/// The cue entries of every token of a document, set once. Each distinct list is kept once and a token
/// holds the number of its list: setting or asking a token reads and writes an integer, and no array is
/// retained, copied or destroyed per token (the tokens of one word share their list).
struct TokenCueEntries: Sendable {
    /// The lists; the first is the empty list.
    private var lists: [[CueEntry]] = [[]]
    /// Per list: the (type, class) pairs of its entries (`CueKinds`), asked without the list.
    private var kindsOf: [CueKinds] = [CueKinds([])]
    /// Per token: the number of its list in `lists`, or -1 when none was set.
    private var listOf: [Int32]

    init(count: Int) { listOf = Array(repeating: -1, count: count) }

    /// How many tokens there are.
    var count: Int { listOf.count }

    /// Keeps a list and returns its number, for `set`; every empty list is the first.
    mutating func add(_ entries: [CueEntry]) -> Int32 {
        if entries.isEmpty { return 0 }
        lists.append(entries)
        kindsOf.append(CueKinds(entries))
        return Int32(lists.count - 1)
    }

    /// Gives the token at `i` the list numbered `list` (a number `add` returned).
    mutating func set(_ i: Int, list: Int32) { listOf[i] = list }

    /// Gives every token its list number at once: `numbers[i]` for the token at `i` (numbers `add` returned, or
    /// -1 for none).
    mutating func setAll(_ numbers: UnsafeBufferPointer<Int32>) { listOf = Array(numbers) }

    /// The entries of the token at `i`; nil when none were set.
    subscript(_ i: Int) -> [CueEntry]? {
        let k = listOf[i]
        return k < 0 ? nil : lists[Int(k)]
    }

    /// The token at `i` has its entries set, and there are none.
    func hasNoEntries(_ i: Int) -> Bool { listOf[i] == 0 }

    /// The (type, class) pairs of the token's entries; nil when none were set.
    @inline(__always)
    func kinds(_ i: Int) -> CueKinds? {
        let k = listOf[i]
        return k < 0 ? nil : kindsOf[Int(k)]
    }

    /// The token at `i` has its entries set, and there is one at least.
    func hasEntries(_ i: Int) -> Bool { listOf[i] > 0 }
}
