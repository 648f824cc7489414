/// The indices of a document's mentions, by sentence, in mention order: an array look-up where a
/// dictionary keyed by sentence index hashed.
struct MentionsBySentence: Sendable {
    private var lists: [[Int]] = []

    init() {}

    init(_ mentions: [Mention]) {
        // the sentence index read in place (no copy of the mention and its strings), each list sized
        // before it is filled
        var counts: [Int] = []
        for i in mentions.indices {
            let s = mentions[i].sentence
            guard s >= 0 else { continue }
            if s >= counts.count { counts += Array(repeating: 0, count: s + 1 - counts.count) }
            counts[s] += 1
        }
        lists = counts.map { n in
            var l: [Int] = []
            l.reserveCapacity(n)
            return l
        }
        for i in mentions.indices {
            let s = mentions[i].sentence
            if s >= 0 { lists[s].append(i) }
        }
    }

    /// The mentions of a sentence; nil when it has none (as the dictionary gave).
    subscript(_ sentence: Int) -> [Int]? {
        guard sentence >= 0 && sentence < lists.count, !lists[sentence].isEmpty else { return nil }
        return lists[sentence]
    }
}
