extension Tokenizer: PipelineStage {
    /// Tokenizes every sentence and records each sentence's token range.
    public func process(_ document: inout Document) {
        var all: [Token] = []
        all.reserveCapacity(document.scalars.count / 5)
        for i in document.sentences.indices {
            let s = document.sentences[i]
            let first = all.count
            all += tokens(document.scalars, in: s.range, sentence: s.index)
            document.sentences[i].tokens = first..<all.count
        }
        document.tokens = all
    }
}
