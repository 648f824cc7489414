extension ActorFinder {
    /// The German agreement heads a compound may end in ("Wasservertrag", "Migrationsabkommen",
    /// "Rohstoffpakt"): the lexicon's one-word agreements of a generic kind, lower-cased, with that kind.
    static func compoundAgreementHeads(_ words: Lexicon.Words) -> [(head: [UInt8], kind: String)] {
        let generic: Set<String> = ["treaty", "agreement", "pact", "deal"]
        var out: [(head: [UInt8], kind: String)] = []
        for tokens in words.agreements.allTokens where tokens.count == 1 {
            for kind in words.agreements.values(for: tokens) where generic.contains(kind) {
                out.append((Array(tokens[0].utf8), kind))
            }
        }
        return out.sorted { $0.head.count != $1.head.count ? $0.head.count > $1.head.count : $0.head.lexicographicallyPrecedes($1.head) }
    }
}

extension ActorFinder.State {
    /// `compoundAgreementKind(toks[i])`, without a copy of the token (which retains its strings) for the
    /// many words that cannot be one.
    /// The answer is kept per word (`Memo.compoundAgreements`): it depends on the word alone.
    func compoundAgreementKind(at i: Int) -> String? {
        guard doc.language == .de, toks[i].isCapitalized else { return nil }
        let k = Int(memo.wordIds[i])
        let v = memo.compoundAgreements[k]
        if v == 1 { return nil }
        if v >= 2 { return compoundAgreementHeads[Int(v) - 2].kind }
        // (the lower case alone is read: no copy of the token, which retains its strings)
        let head = compoundAgreementHead(lower: toks[i].lower)
        memo.compoundAgreements[k] = head.map { Int16($0 + 2) } ?? 1
        return head.map { compoundAgreementHeads[$0].kind }
    }

    /// The kind of an agreement that a German compound names by its head, if it is one:
    /// "Indus-Wasservertrag" → treaty, "Migrationsabkommen" → agreement. The part before the head is
    /// at least three letters ("Vertrag" alone is the lexicon's).
    func compoundAgreementKind(_ t: Token) -> String? {
        compoundAgreementHead(t).map { compoundAgreementHeads[$0].kind }
    }

    /// `compoundAgreementKind(t)` as the place of its head in `compoundAgreementHeads`.
    func compoundAgreementHead(_ t: Token) -> Int? {
        guard doc.language == .de, t.isCapitalized else { return nil }
        return compoundAgreementHead(lower: t.lower)
    }

    /// `compoundAgreementHead` of a capitalized word of a German document, by its lower case.
    func compoundAgreementHead(lower: String) -> Int? {
        guard let last = lower.utf8.last, compoundHeadLastBytes[Int(last)] else { return nil }
        // (compared on the word's bytes in place: this runs on every capitalized German word)
        let found: Int?? = lower.utf8.withContiguousStorageIfAvailable { bytes -> Int? in
            // (compared from the last byte back, by index: most heads differ in the last byte or two)
            let count = bytes.count
            for n in compoundAgreementHeads.indices {
                let head = compoundAgreementHeads[n].head
                guard count >= head.count + 3 else { continue }
                var k = 1
                while k <= head.count && bytes[count - k] == head[head.count - k] { k += 1 }
                if k > head.count { return n }
            }
            return nil
        }
        if let found { return found }
        let bytes = Array(lower.utf8)
        for (n, (head, _)) in compoundAgreementHeads.enumerated() where bytes.count >= head.count + 3 && bytes.suffix(head.count).elementsEqual(head) {
            return n
        }
        return nil
    }
}
