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

        /// Per distinct token text and `Flag`: 0 not asked yet, 1 no, 2 yes.
        @exclusivity(unchecked) var flags: [UInt8]
        let wordCount: Int

        /// Yes-or-no questions about a token's text, answered once per distinct text.
        enum Flag: Int, CaseIterable {
            case functionWord, commonNoun, freeOfCues, givenName
        }

        /// The answer of `compute` for the text of `t`, computed at the first question (a token without a
        /// word id of this document: every time).
        @inline(__always)
        func flag(_ t: Token, _ f: Flag, _ compute: () -> Bool) -> Bool {
            let w = Int(t.wordId)
            guard w >= 0 && w < wordCount else { return compute() }
            let slot = w &* Flag.allCases.count &+ f.rawValue
            let v = flags[slot]
            if v != 0 { return v == 2 }
            let r = compute()
            flags[slot] = r ? 2 : 1
            return r
        }

        /// Per token: the id of its text (`Token.wordId`).
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
            // the flags go by `Token.wordId`, which only the tokenizer's numbering gives
            self.wordCount = ids.count == count && doc.tokens.allSatisfy({ $0.wordId >= 0 }) ? wordCount : 0
            flags = Array(repeating: 0, count: self.wordCount * Flag.allCases.count)
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
