/// A yes or no for every token of a document, set once: a look-up where a set of token indices was
/// built per sentence or clause.
struct TokenMarks: Sendable {
    private var marks: [Bool]

    init(count: Int) { marks = Array(repeating: false, count: count) }

    mutating func mark(_ i: Int) {
        if i >= 0 && i < marks.count { marks[i] = true }
    }

    func contains(_ i: Int) -> Bool { i >= 0 && i < marks.count && marks[i] }
}
