/// The indices of a document's mentions, by sentence, in mention order: an array look-up where a
/// dictionary keyed by sentence index hashed.
struct MentionsBySentence: Sendable {
    private var lists: [[Int]] = []

    init() {}

    init(_ mentions: [Mention]) {
        // the sentence index read in place (no copy of the mention and its strings), each list sized
        // before it is filled
        // (the counts sized once, from the last sentence: no array grown and copied per new sentence)
        var last = -1
        for i in mentions.indices { last = max(last, mentions[i].sentence) }
        var counts = [Int](repeating: 0, count: last + 1)
        for i in mentions.indices {
            let s = mentions[i].sentence
            if s >= 0 { counts[s] += 1 }
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
