import RelGraph

// Wars that news names by one side only ("the invasion of Ukraine", "der Ukraine-Krieg", "Russia's full-scale invasion"):
// the other side from the lexicon's `war` lines.
extension RelationFinder.Finder {
    /// Whether a conflict cue form names a war or an invasion (not a single attack or strike).
    static func isWarForm(_ form: String) -> Bool {
        let f = form.lowercased()
        return f.contains("invasion") || f.contains("krieg") || f == "war" || f.hasSuffix(" war") || f == "wars"
    }

    /// The relations of a war noun whose other side the lexicon knows: the attacked named right after the noun or in its
    /// compound ("Ukraine-Krieg") with no attacker, or the attacker named right before it with no one attacked.
    /// nil keeps what the cue drew (`made`).
    func warOfOneSide(_ cue: Cue, _ args: [Argument], _ made: [Relation], sentence: Int) -> [Relation]? {
        guard !words.warAttackers.isEmpty, RelationFinder.warFormAnswers.answer(cue.entry.form, Self.isWarForm) else { return nil }
        let cueEnd = cue.token + cue.length
        // the compound's own part, or the first actor right after the noun (of, in, against, gegen, genitive)
        let attacked = args.first { $0.mention.tokens.contains(cue.token) }
            ?? args.first { a in
                a.start >= cueEnd && a.phraseStart <= cueEnd + 2 && !a.isPossessor
                    && [.plain, .prep(.target), .prep(.location)].contains(a.role)
            }
        // (the other side must be an actor of the article: a node is drawn only for what the text names)
        if let t = attacked, let attacker = words.warAttackers[t.actor], mentionedActors.contains(attacker) {
            let compound = t.mention.tokens.contains(cue.token)
            // (what the cue drew stands when it has that attacker, or any attacker named with the noun itself)
            if made.contains(where: { $0.source == attacker && $0.target == t.actor }) { return nil }
            if !made.isEmpty && !compound { return nil }
            return [Relation(type: .conflict, source: attacker, target: t.actor, sentence: sentence, rule: "war:" + cue.entry.form)]
        }
        guard made.isEmpty else { return nil }
        // "Russia's full-scale invasion", "der russische Angriffskrieg": the attacker right before the noun
        if let a = args.last(where: { $0.end <= cue.token && $0.end >= cue.token - 3 && ($0.isPossessor || $0.mention.form == .adjective) }),
           let victim = words.warVictims[a.actor], !args.contains(where: { $0.start >= cueEnd }), mentionedActors.contains(victim) {
            return [Relation(type: .conflict, source: a.actor, target: victim, sentence: sentence, rule: "war:" + cue.entry.form)]
        }
        return nil
    }
}
