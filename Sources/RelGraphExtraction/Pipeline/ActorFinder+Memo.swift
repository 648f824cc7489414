extension ActorFinder {
    /// The answers of the scan's look-ups at a token (`nameMatch`, `titleMatch`), which depend only on the
    /// document, the lexicon and the end of the tokens they may read: asked again at the same token with
    /// the same end, they are not computed again. One per document scan.
    final class Memo {
        typealias TitleMatch = (role: String, actor: String?, length: Int, part: (String, TextRange)?)

        /// Per token: where its kept name answer is in `nameAnswers` (-1: none kept). Only tokens whose
        /// word starts a name get one, so the per-token array is plain numbers (cheap to make and free).
        /// (No dynamic exclusivity checks: the memo is read and written only from the scan's own look-ups,
        /// never while another access to it is open.)
        @exclusivity(unchecked) var nameSlot: [Int32]
        /// The kept name answers: the end each is for, and the answer.
        @exclusivity(unchecked) var nameAnswers: [(end: Int, match: (NameEntry, Int)?)] = []
        /// The same for titles.
        @exclusivity(unchecked) var titleSlot: [Int32]
        @exclusivity(unchecked) var titleAnswers: [(end: Int, match: TitleMatch?)] = []

        /// Per distinct token text and `Flag`: 0 not asked yet, 1 no, 2 yes.
        @exclusivity(unchecked) var flags: [UInt8]
        /// Per distinct token text: its preposition role in the language's `preps` by lower case (0 not
        /// asked yet, 1 none, 2 + the role's place in `PrepRole.allCases`).
        @exclusivity(unchecked) var prepRoles: [UInt8]
        let wordCount: Int

        /// Yes-or-no questions about a token's text, answered once per distinct text.
        enum Flag: Int, CaseIterable {
            case functionWord, commonNoun, freeOfCues, givenName
            /// A compound or hyphenated title ("Kremlsprecher", "US-Außenminister") may end the word.
            case compoundTitle
            /// A lower-case particle of names ("von", "al", "bin": `ActorFinder.particles`).
            case particle
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
        /// Per distinct token text: where the phrases that start with it are in `index` (its text for
        /// names, its lower case for titles and agreements).
        let starts: [ActorWordIndex.Starts]
        let index: ActorWordIndex

        /// The phrases that start with the word of token `i`, longest first (nil: none), in the language's
        /// names, the other language's names, titles and agreements.
        @inline(__always)
        func names(at i: Int) -> [PhraseIndex<NameEntry>.Entry]? {
            let n = starts[Int(wordIds[i])].names
            return n < 0 ? nil : index.names[Int(n)]
        }

        @inline(__always)
        func otherNames(at i: Int) -> [PhraseIndex<NameEntry>.Entry]? {
            let n = starts[Int(wordIds[i])].otherNames
            return n < 0 ? nil : index.otherNames[Int(n)]
        }

        @inline(__always)
        func titles(at i: Int) -> [PhraseIndex<TitleEntry>.Entry]? {
            let n = starts[Int(wordIds[i])].titles
            return n < 0 ? nil : index.titles[Int(n)]
        }

        @inline(__always)
        func agreements(at i: Int) -> [PhraseIndex<String>.Entry]? {
            let n = starts[Int(wordIds[i])].agreements
            return n < 0 ? nil : index.agreements[Int(n)]
        }

        /// No name of either language starts with the word of token `i`: every name look-up there is nil.
        @inline(__always)
        func startsNoName(_ i: Int) -> Bool {
            let s = starts[Int(wordIds[i])]
            return s.names < 0 && s.otherNames < 0
        }

        /// The kept name answer at token `i` for this end, if any (`.some(nil)`: kept, no match).
        @inline(__always)
        func name(at i: Int, end: Int) -> (NameEntry, Int)?? {
            let s = Int(nameSlot[i])
            guard s >= 0, nameAnswers[s].end == end else { return nil }
            return .some(nameAnswers[s].match)
        }

        func keepName(_ m: (NameEntry, Int)?, at i: Int, end: Int) {
            let s = Int(nameSlot[i])
            if s >= 0 { nameAnswers[s] = (end, m); return }
            nameSlot[i] = Int32(nameAnswers.count)
            nameAnswers.append((end, m))
        }

        @inline(__always)
        func title(at i: Int, end: Int) -> TitleMatch?? {
            let s = Int(titleSlot[i])
            guard s >= 0, titleAnswers[s].end == end else { return nil }
            return .some(titleAnswers[s].match)
        }

        func keepTitle(_ m: TitleMatch?, at i: Int, end: Int) {
            let s = Int(titleSlot[i])
            if s >= 0 { titleAnswers[s] = (end, m); return }
            titleSlot[i] = Int32(titleAnswers.count)
            titleAnswers.append((end, m))
        }

        init(doc: Document, index: ActorWordIndex) {
            let count = doc.tokens.count
            nameSlot = Array(repeating: -1, count: count)
            titleSlot = Array(repeating: -1, count: count)
            let (ids, wordCount) = doc.tokenWordIds()
            wordIds = ids
            // the flags go by `Token.wordId`, which only the tokenizer's numbering gives
            self.wordCount = ids.count == count && doc.tokens.allSatisfy({ $0.wordId >= 0 }) ? wordCount : 0
            flags = Array(repeating: 0, count: self.wordCount * Flag.allCases.count)
            prepRoles = Array(repeating: 0, count: self.wordCount)
            self.index = index
            var starts = [ActorWordIndex.Starts](repeating: .none, count: wordCount)
            var done = [Bool](repeating: false, count: wordCount)
            doc.tokens.withUnsafeBufferPointer { toks in
                for i in toks.indices {
                    let k = Int(ids[i])
                    if done[k] { continue }
                    done[k] = true
                    // names go by the text, titles and agreements by the lower case: one look-up when they are the same
                    let byText = index.starts(toks[i].text)
                    var s = byText
                    if toks[i].lower != toks[i].text {
                        let byLower = index.starts(toks[i].lower)
                        s.titles = byLower.titles
                        s.agreements = byLower.agreements
                    }
                    starts[k] = s
                }
            }
            self.starts = starts
        }
    }
}

extension ActorFinder.State {
    /// Some title may start at token `i`: a word that starts a title phrase, or one that names a title
    /// alone (a compound or hyphenated title). Without a title phrase, `titleMatchComputed` reads only
    /// the word itself, whatever the end, so whether it finds one is asked once per distinct word.
    @inline(__always)
    func mayStartTitle(_ i: Int) -> Bool {
        guard toks[i].isWord else { return false }
        if memo.titles(at: i) != nil { return true }
        // (a title alone needs a hyphen or a German title head at the end of the word)
        return memo.flag(toks[i], .compoundTitle) {
            (toks[i].hasHyphenByte || titleHead(toks[i].lower) != nil) && titleMatchComputed(at: i, end: i + 1) != nil
        }
    }

    /// `ActorFinder.particles.contains(t.lower)`, once per distinct word.
    func isParticle(_ t: Token) -> Bool { memo.flag(t, .particle) { ActorFinder.particles.contains(t.lower) } }

    /// `words.preps[t.lower]`, once per distinct word (a token without a word id of this document: every time).
    func prepRole(_ t: Token) -> PrepRole? {
        let w = Int(t.wordId)
        guard w >= 0 && w < memo.wordCount else { return words.preps[t.lower] }
        let v = memo.prepRoles[w]
        if v == 1 { return nil }
        if v >= 2 { return Self.prepRoleCases[Int(v) - 2] }
        let role = words.preps[t.lower]
        memo.prepRoles[w] = role.map { UInt8(Self.prepRoleCases.firstIndex(of: $0)! + 2) } ?? 1
        return role
    }

    static let prepRoleCases = PrepRole.allCases
}
