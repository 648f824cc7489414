extension Tokenizer: PipelineStage {
    /// Tokenizes every sentence and records each sentence's token range, and numbers the distinct token
    /// texts (`Token.wordId`, `Document.wordCount`); a text seen before shares its String and its lower case.
    public func process(_ document: inout Document) {
        var all: [Token] = []
        all.reserveCapacity(document.scalars.count / 5)
        var interner = WordInterner(expected: document.scalars.count / 10)
        /// Per id: the index of its first token.
        var firstToken: [Int] = []
        let scalars = document.scalars
        for i in document.sentences.indices {
            let s = document.sentences[i]
            let first = all.count
            spans(scalars, in: s.range, lastEnd: { all.count > first ? all[all.count - 1].range.end : nil }) { a, b, kind in
                let (id, isNew) = interner.intern(scalars, a, b)
                if isNew {
                    firstToken.append(all.count)
                    var t = Token(range: TextRange(a, b), text: ScalarProperties.string(scalars[a..<b]), kind: kind, sentence: s.index)
                    t.wordId = id
                    all.append(t)
                } else {
                    all.append(Token(range: TextRange(a, b), sameTextAs: all[firstToken[Int(id)]], kind: kind, sentence: s.index))
                }
            }
            document.sentences[i].tokens = first..<all.count
        }
        document.tokens = all
        document.wordCount = interner.count
    }
}
