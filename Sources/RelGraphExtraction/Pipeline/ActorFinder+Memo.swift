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
        @exclusivity(unchecked) var nameAnswers: [NameAnswer] = []
        /// The same for titles.
        @exclusivity(unchecked) var titleSlot: [Int32]
        @exclusivity(unchecked) var titleAnswers: [TitleAnswer] = []

        /// A kept answer as a struct, not a tuple: an array of tuples is copied and freed element by
        /// element through the runtime's generic tuple witnesses, an array of a struct by code of its own.
        struct NameAnswer {
            var end: Int
            var match: (NameEntry, Int)?
        }

        struct TitleAnswer {
            var end: Int
            var match: TitleMatch?
        }

        /// Per distinct token text and `Flag`: 0 not asked yet, 1 no, 2 yes.
        @exclusivity(unchecked) var flags: [UInt8]
        /// Per id of `wordIds`: a title alone (compound or hyphenated: "Kremlsprecher", "US-Außenminister")
        /// is the word; 0 not asked yet, 1 no, 2 yes.
        @exclusivity(unchecked) var compoundTitles: [UInt8]
        /// Per id of `wordIds`: nothing the scan looks for starts at the word (`State.isInert`); 0 not asked
        /// yet, 1 no, 2 yes.
        @exclusivity(unchecked) var inert: [UInt8]
        /// The number of ids of `wordIds` (the distinct words of the document).
        var idCount: Int { inert.count }
        /// Per id of `wordIds`: the German compound agreement the word names (`compoundAgreementKind`):
        /// 0 not asked yet, 1 none, 2 + the place of its head in `compoundAgreementHeads`.
        @exclusivity(unchecked) var compoundAgreements: [Int16]
        let wordCount: Int

        /// Yes-or-no questions about a token's text, answered once per distinct text.
        enum Flag: Int, CaseIterable {
            case commonNoun, freeOfCues
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

        /// Whether the text of `t` is in a word set (`ActorWordIndex.Facts`); nil for a token without a word
        /// id of this document (the caller asks the set).
        @inline(__always)
        func fact(_ t: Token, _ f: ActorWordIndex.Facts) -> Bool? { fact(word: t.wordId, f) }

        /// `fact` for the token whose `wordId` is `id`.
        @inline(__always)
        func fact(word id: Int32, _ f: ActorWordIndex.Facts) -> Bool? {
            let w = Int(id)
            guard w >= 0 && w < wordCount else { return nil }
            return starts[w].facts.contains(f)
        }

        /// The preposition role of the text of `t` (`.some(nil)`: none); nil for a token without a word id
        /// of this document.
        @inline(__always)
        func prep(_ t: Token) -> PrepRole?? {
            let w = Int(t.wordId)
            guard w >= 0 && w < wordCount else { return nil }
            let p = starts[w].prep
            return .some(p < 0 ? nil : ActorFinder.State.prepRoleCases[Int(p)])
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
            if s >= 0 { nameAnswers[s] = NameAnswer(end: end, match: m); return }
            nameSlot[i] = Int32(nameAnswers.count)
            nameAnswers.append(NameAnswer(end: end, match: m))
        }

        @inline(__always)
        func title(at i: Int, end: Int) -> TitleMatch?? {
            let s = Int(titleSlot[i])
            guard s >= 0, titleAnswers[s].end == end else { return nil }
            return .some(titleAnswers[s].match)
        }

        func keepTitle(_ m: TitleMatch?, at i: Int, end: Int) {
            let s = Int(titleSlot[i])
            if s >= 0 { titleAnswers[s] = TitleAnswer(end: end, match: m); return }
            titleSlot[i] = Int32(titleAnswers.count)
            titleAnswers.append(TitleAnswer(end: end, match: m))
        }

        /// Per id of `wordIds`: the token where the word first occurs (-1: none).
        let firstToken: [Int32]
        /// Per id of `wordIds`: what `cache` had for the word when the document came (`writeBack` stores
        /// only what it did not have); empty without a cache.
        let cached: [ActorWordFactsCache.Facts?]
        /// The answers kept across documents (nil: none; also for tokens without the tokenizer's ids).
        let cache: ActorWordFactsTable?

        init(doc: Document, index: ActorWordIndex, cache: ActorWordFactsTable? = nil) {
            let count = doc.tokens.count
            nameSlot = Array(repeating: -1, count: count)
            titleSlot = Array(repeating: -1, count: count)
            let (ids, wordCount) = doc.tokenWordIds()
            wordIds = ids
            // the flags go by `Token.wordId`, which only the tokenizer's numbering gives
            self.wordCount = ids.count == count && doc.tokens.allSatisfy({ $0.wordId >= 0 }) ? wordCount : 0
            flags = Array(repeating: 0, count: self.wordCount * Flag.allCases.count)
            var compoundTitles = [UInt8](repeating: 0, count: wordCount)
            var inert = [UInt8](repeating: 0, count: wordCount)
            var compoundAgreements = [Int16](repeating: 0, count: wordCount)
            self.index = index
            var starts = [ActorWordIndex.Starts](repeating: .none, count: wordCount)
            let firstToken = WordFirstTokens.of(ids, count: wordCount)
            // (the words seen in earlier documents: their answers from the cache, no index look-up; the
            // cache only where every token has the tokenizer's id, as the per-word answers need)
            let cache = self.wordCount > 0 ? cache : nil
            let cached = cache?.lookUp(doc.tokens, at: firstToken) ?? []
            var done = [Bool](repeating: false, count: wordCount)
            for k in cached.indices {
                guard let f = cached[k] else { continue }
                starts[k] = f.starts
                inert[k] = f.inert
                compoundTitles[k] = f.compoundTitle
                compoundAgreements[k] = f.compoundAgreement
                done[k] = true
            }
            doc.tokens.withUnsafeBufferPointer { toks in
                // (each word not answered yet, once, at its first token: no flag asked per token)
                for k in firstToken.indices where firstToken[k] >= 0 && !done[k] {
                    let i = Int(firstToken[k])
                    // names go by the text, titles and agreements by the lower case: one look-up when they are the same
                    let byText = index.starts(toks[i].text)
                    var s = byText
                    if toks[i].lower != toks[i].text {
                        let byLower = index.starts(toks[i].lower)
                        s.titles = byLower.titles
                        s.agreements = byLower.agreements
                        s.facts = byText.facts.intersection(.ofText).union(byLower.facts.subtracting(.ofText))
                        s.prep = byLower.prep
                    }
                    starts[k] = s
                }
            }
            self.starts = starts
            self.compoundTitles = compoundTitles
            self.inert = inert
            self.compoundAgreements = compoundAgreements
            self.firstToken = firstToken
            self.cached = cached
            self.cache = cache
        }

        /// Gives `cache` the answers of this document's words that it did not have (new words, and answers
        /// worked out here that it kept as not worked out yet).
        func writeBack(_ doc: Document) {
            guard let cache else { return }
            var entries: [(text: String, facts: ActorWordFactsCache.Facts)] = []
            for k in starts.indices where firstToken[k] >= 0 {
                // (`c.completed(by: f) == c`, asked of the three answers worked out per document without making
                // `f`: the kept starts are the memo's, and only an answer kept as not worked out yet and worked
                // out here is new)
                if k < cached.count, let c = cached[k],
                   c.inert != 0 || inert[k] == 0, c.compoundTitle != 0 || compoundTitles[k] == 0,
                   c.compoundAgreement != 0 || compoundAgreements[k] == 0 { continue }
                let f = ActorWordFactsCache.Facts(starts: starts[k], inert: inert[k], compoundTitle: compoundTitles[k], compoundAgreement: compoundAgreements[k])
                entries.append((doc.tokens[Int(firstToken[k])].text, f))
            }
            cache.store(entries)
        }
    }
}

extension ActorFinder.State {
    /// Some title may start at token `i`: a word that starts a title phrase, or one that names a title
    /// alone (a compound or hyphenated title). Without a title phrase, `titleMatchComputed` reads only
    /// the word itself, whatever the end, so whether it finds one is asked once per distinct word.
    @inline(__always)
    func mayStartTitle(_ i: Int) -> Bool {
        guard toks[i].kind == .word else { return false }
        if memo.titles(at: i) != nil { return true }
        // (kept by the memo's own word ids, which every document has: no token is copied for the question)
        let k = Int(memo.wordIds[i])
        let v = memo.compoundTitles[k]
        if v != 0 { return v == 2 }
        // (a title alone needs a hyphen or a German title head at the end of the word)
        let r = (toks[i].hasHyphenByte || titleHead(toks[i].lower) != nil) && titleMatchComputed(at: i, end: i + 1) != nil
        memo.compoundTitles[k] = r ? 2 : 1
        return r
    }

    /// Nothing the scan looks for starts at word token `i`, whatever the tokens around it, except a
    /// person's name after a capital (which the scan asks of the next token): no name of either language,
    /// title (a phrase or a word alone) or agreement phrase starts with the word, it is no given name, no
    /// German compound agreement and no region of a state, it has no hyphen (no compound parts), and
    /// (English) it does not end in "s" (no plural title "… of"). Each step of the scan then finds
    /// nothing, so the scan passes over the token at once: most words of a text, which otherwise went
    /// through a dozen look-ups each. Asked once per distinct word.
    @inline(__always)
    func isInert(_ i: Int) -> Bool {
        let v = memo.inert[Int(memo.wordIds[i])]
        if v != 0 { return v == 2 }
        return inertComputed(i)
    }

    /// `isInert` worked out (once per distinct word, out of line: the scan asks the kept answer inline).
    @inline(never)
    func inertComputed(_ i: Int) -> Bool {
        let k = Int(memo.wordIds[i])
        let r = toks[i].kind == .word && !toks[i].hasHyphenByte && memo.startsNoName(i) && memo.agreements(at: i) == nil
            && !isGivenName(at: i) && !(doc.language == .en && endsInS(toks[i].lower)) && !mayStartTitle(i)
            && (!toks[i].isCapitalized || compoundAgreementKind(at: i) == nil) && !mayBeRegionCompound(i)
        memo.inert[k] = r ? 2 : 1
        return r
    }

    /// `w.hasSuffix("s")`: no other scalar is canonically equivalent to "s", so a word whose last byte is
    /// not "s" does not end in one (no Character comparison for it).
    @inline(__always)
    func endsInS(_ w: String) -> Bool { w.utf8.last == UInt8(ascii: "s") && w.hasSuffix("s") }

    /// The first tests of `regionCompound` (a German word, a compass prefix's capital, the prefix and four
    /// more bytes): without them it is no region.
    func mayBeRegionCompound(_ i: Int) -> Bool {
        // (a capital for a region's name, "Nordsyrien"; lower case for its adjective, "nordsyrischen")
        guard doc.language == .de, let initial = toks[i].text.utf8.first, ActorFinder.isRegionInitial(initial) || ActorFinder.isRegionInitial(initial &- 0x20) else { return false }
        let lowerBytes = toks[i].lower.utf8
        return ActorFinder.regionPrefixBytes.contains { p in lowerBytes.count >= p.count + 4 && lowerBytes.starts(with: p) }
    }

    /// `isGivenName(toks[i])` and `isFunctionWord(toks[i])` without a copy of the token (which retains its
    /// strings) when the word index answers, as it does for every token of the tokenizer.
    @inline(__always)
    func isGivenName(at i: Int) -> Bool { memo.fact(word: toks[i].wordId, .givenName) ?? isGivenName(toks[i]) }

    @inline(__always)
    func isFunctionWord(at i: Int) -> Bool { memo.fact(word: toks[i].wordId, .functionWord) ?? isFunctionWord(toks[i]) }

    /// Word-set questions of a token's lower case (`ActorFinder.determiners`, the language's `claimNouns`
    /// and `stateDescriptors`, `RelationFinder.governmentNouns`, `ActorFinder.genitiveLinks`), from the word
    /// index: no String hash.
    @inline(__always)
    func isDeterminer(at i: Int) -> Bool { memo.fact(word: toks[i].wordId, .determiner) ?? ActorFinder.determiners.contains(toks[i].lower) }

    @inline(__always)
    func isDeterminer(_ t: Token) -> Bool { memo.fact(t, .determiner) ?? ActorFinder.determiners.contains(t.lower) }

    @inline(__always)
    func isClaimNoun(_ t: Token) -> Bool { memo.fact(t, .claimNoun) ?? words.claimNouns.contains(t.lower) }

    @inline(__always)
    func isStateDescriptor(at i: Int) -> Bool { memo.fact(word: toks[i].wordId, .stateDescriptor) ?? words.stateDescriptors.contains(toks[i].lower) }

    @inline(__always)
    func isGovernmentNoun(at i: Int) -> Bool { memo.fact(word: toks[i].wordId, .governmentNoun) ?? RelationFinder.governmentNouns.contains(toks[i].lower) }

    @inline(__always)
    func isGenitiveLink(at i: Int) -> Bool { memo.fact(word: toks[i].wordId, .genitiveLink) ?? ActorFinder.genitiveLinks.contains(toks[i].lower) }

    /// `ActorFinder.particles.contains(t.lower)`, from the word index.
    func isParticle(_ t: Token) -> Bool { memo.fact(t, .particle) ?? ActorFinder.particles.contains(t.lower) }

    /// `words.preps[t.lower]`, from the word index.
    func prepRole(_ t: Token) -> PrepRole? {
        if let kept = memo.prep(t) { return kept }
        return words.preps[t.lower]
    }

    static let prepRoleCases = PrepRole.allCases
}
