import RelGraph

// Ties between states that one of them closes or breaks off: "closed its border with Belarus", "brach die
// diplomatischen Beziehungen zu Ecuador ab", "suspended imports of Japanese seafood". A sanction (CAMEO 16).
extension RelationFinder.Finder {
    /// The tie noun (lexicon `link`) that the stopping verb at `stop` governs in clause `c`: in English after the verb
    /// within a short object phrase ("closed its land border", "broke off diplomatic relations") or before a verb
    /// that keeps it shut ("keep its border with Benin closed"); in German anywhere in the clause. A tie after a
    /// preposition is a place ("Migranten an der Grenze stoppen"), no object.
    func stoppedTie(_ stop: Int, _ c: Clause) -> Int? {
        let links = words.linkNouns
        guard !links.isEmpty else { return nil }
        func isTie(_ k: Int) -> Bool {
            guard toks[k].isWord, links.contains(toks[k].lower) else { return false }
            // ("an der Grenze", "at the border", "along the border": a place)
            let near = (max(c.tokens.lowerBound, k - 3)..<k)
            return !near.contains { isA($0, [.preposition]) && !["of", "to", "with", "zu", "mit", "nach"].contains(toks[$0].lower) }
        }
        if doc.language == .en {
            if let k = ((stop + 1)..<min(c.tokens.upperBound, stop + 5)).first(where: isTie), ((stop + 1)..<k).allSatisfy({ !punctuation[$0].contains(.boundary) }) { return k }
            // "keep its border with Benin closed": the tie before a closing participle, after a keeping verb
            if let k = (max(c.tokens.lowerBound, stop - 6)..<stop).first(where: isTie),
               (c.tokens.lowerBound..<k).contains(where: { RelationFinder.keepVerbs.contains(toks[$0].lower) }) { return k }
            return nil
        }
        return c.tokens.first(where: isTie)
    }

    /// The sanction of a stopped tie: the clause's subject (or the inherited one) against the actor named right
    /// after the tie ("border with Belarus", "Beziehungen zu Ecuador", "imports of Japanese seafood").
    func tieSanctions(stop: Int, link: Int, args: [Argument], inherited: [Argument], rule: String, sentence s: Sentence) -> [Relation] {
        let first = min(stop, link)
        var subject = subjectGroup(args.filter { $0.end <= first && !$0.mention.isLocative && !$0.actor.hasPrefix("agreement:") })
        if doc.language == .de && subject.isEmpty {
            // German verb-second with the subject after the verb: "Nicaragua brach …", "Seither hat Russland … ausgesetzt"
            subject = subjectGroup(args.filter { $0.isPlain && $0.end <= link && !$0.mention.isLocative && !$0.actor.hasPrefix("agreement:") })
        }
        // (no subject of its own and no actor before the verb: the subject carried over; "after China closed …" has its own)
        if subject.isEmpty && !args.contains(where: { $0.end <= first && !$0.isPossessor }) { subject = inherited.filter(\.isPlain) }
        // "it would keep its border with Benin closed": the tie's owner closes it
        if subject.isEmpty, let owner = args.last(where: { $0.isPossessor && $0.end <= link && $0.end >= link - 2 }) { subject = [owner] }
        let sources = Set(subject.map(\.actor))
        guard !sources.isEmpty else { return [] }
        guard let target = args.first(where: { a in
            a.start > link && a.start <= link + 4 && !sources.contains(a.actor) && !a.actor.hasPrefix("agreement:")
                && ![.prep(.agent), .prep(.source), .prep(.location)].contains(a.role)
                && ((link + 1)..<a.start).allSatisfy { !punctuation[$0].contains(.boundary) }
        }) else { return [] }
        let targets = args.filter { $0.group == target.group && !sources.contains($0.actor) }.map(\.actor)
        var out: [Relation] = []
        for src in sources.sorted() {
            for t in targets where t != src && personState[src] != t {
                out.append(Relation(type: .sanction, source: src, target: t, sentence: s.index, rule: rule))
            }
        }
        return out
    }
}
