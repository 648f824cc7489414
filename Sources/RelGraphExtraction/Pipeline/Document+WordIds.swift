extension Document {
    /// Every token's `wordId`, and `wordCount`; for tokens set without the tokenizer's numbering, the
    /// same numbering made here (by the texts' bytes).
    func tokenWordIds() -> (ids: [Int32], count: Int) {
        if let wordIds { return (wordIds, wordCount) }
        if tokens.allSatisfy({ $0.wordId >= 0 && Int($0.wordId) < wordCount }) { return (tokens.map(\.wordId), wordCount) }
        var idOf: [[UInt8]: Int32] = [:]
        var ids: [Int32] = []
        ids.reserveCapacity(tokens.count)
        for t in tokens {
            let key = Array(t.text.utf8)
            if let k = idOf[key] { ids.append(k); continue }
            let k = Int32(idOf.count)
            idOf[key] = k
            ids.append(k)
        }
        return (ids, idOf.count)
    }
}
