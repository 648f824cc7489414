extension ActorFinder {
    /// The answers of the scan's look-ups at a token (`nameMatch`, `titleMatch`), which depend only on the
    /// document, the lexicon and the end of the tokens they may read: asked again at the same token with
    /// the same end, they are not computed again. One per document scan.
    final class Memo {
        typealias TitleMatch = (role: String, actor: String?, length: Int, part: (String, TextRange)?)

        /// Per token: the end the kept name answer is for (-1: none kept), and the answer.
        /// (No dynamic exclusivity checks: the memo is read and written only from the scan's own look-ups,
        /// never while another access to it is open.)
        @exclusivity(unchecked) var nameEnd: [Int]
        @exclusivity(unchecked) var name: [(NameEntry, Int)?]
        @exclusivity(unchecked) var titleEnd: [Int]
        @exclusivity(unchecked) var title: [TitleMatch?]

        /// Per token: the id of its text (`Document.wordIds`).
        let wordIds: [Int32]
        /// Per distinct token text: the phrases that start with it (nil: none) in the language's names
        /// (by text), the other language's names (by text), titles and agreements (by lower case).
        let names: [[PhraseIndex<NameEntry>.Entry]?]
        let otherNames: [[PhraseIndex<NameEntry>.Entry]?]
        let titles: [[PhraseIndex<TitleEntry>.Entry]?]
        let agreements: [[PhraseIndex<String>.Entry]?]

        init(doc: Document, words: Lexicon.Words, other: Lexicon.Words) {
            let count = doc.tokens.count
            nameEnd = Array(repeating: -1, count: count)
            name = Array(repeating: nil, count: count)
            titleEnd = Array(repeating: -1, count: count)
            title = Array(repeating: nil, count: count)
            let (ids, wordCount) = doc.tokenWordIds()
            wordIds = ids
            var names = [[PhraseIndex<NameEntry>.Entry]?](repeating: nil, count: wordCount)
            var otherNames = names
            var titles = [[PhraseIndex<TitleEntry>.Entry]?](repeating: nil, count: wordCount)
            var agreements = [[PhraseIndex<String>.Entry]?](repeating: nil, count: wordCount)
            var done = [Bool](repeating: false, count: wordCount)
            let toks = doc.tokens
            for i in toks.indices {
                let k = Int(ids[i])
                if done[k] { continue }
                done[k] = true
                let t = toks[i]
                names[k] = words.names.phrases(startingWith: t.text)
                otherNames[k] = other.names.phrases(startingWith: t.text)
                titles[k] = words.titles.phrases(startingWith: t.lower)
                agreements[k] = words.agreements.phrases(startingWith: t.lower)
            }
            self.names = names
            self.otherNames = otherNames
            self.titles = titles
            self.agreements = agreements
        }
    }
}
