import RelGraph

extension RelationFinder.Finder {
    /// "Kroatien behandle Bosnien wie einen Hinterhof, kritisierte der bosnische Präsident Denis Bećirović", "Croatia
    /// treats Bosnia like a backyard, Bosnian President Denis Becirovic complained": a verb of criticising (lexicon
    /// `critique`) that closes a
    /// reported clause after a comma, with its speaker beside it in its own clause, accuses the reported clause's first
    /// actor (its subject). The accusation from the speaker to that actor, or nil where the sentence is not so built.
    func invertedCriticism(_ cue: Cue, clause c: Clause, args: [Argument], sentence s: Sentence) -> Relation? {
        guard cue.entry.cueClass == .verb, c.tokens.lowerBound > s.tokens.lowerBound + 2, words.critiqueVerbs.contains(toks[cue.token].lower) else { return nil }
        let comma = c.tokens.lowerBound - 1
        guard toks[comma].text == "," else { return nil }
        // (the comma closes no relative clause on the sentence's subject: "Präsident Rumen Radew, der … ablehnt,
        // kritisierte Ministerpräsident Rosen Scheljaskow")
        if (s.tokens.lowerBound..<comma).contains(where: { j in toks[j].text == "," && j + 1 < comma
            && Coreference.relativePronouns.contains(toks[j + 1].lower) }) { return nil }
        func isActor(_ id: String) -> Bool { id.hasIDPrefix("person:") || id.hasIDPrefix("state:") || id.hasIDPrefix("org:") }
        let speaker: Argument?
        if doc.language == .de {
            // the verb opens its clause; the speaker follows it
            guard cue.token == c.tokens.lowerBound else { return nil }
            speaker = args.first { $0.isPlain && $0.start > cue.token && isActor($0.actor) }
        } else {
            // the verb closes the sentence; the speaker stands before it in its clause
            let after = cue.token + cue.length
            guard after == s.tokens.upperBound || !toks[after].isWord && toks[after].text != "," else { return nil }
            speaker = args.last { $0.isPlain && $0.end <= cue.token && isActor($0.actor) }
        }
        guard let who = speaker else { return nil }
        // the reported clause's first actor, no title's or place's word
        guard let idx = mentionsBySentence[s.index]?.first(where: { j in
            mentions[j].tokens.upperBound <= comma && !mentions[j].inTitle && !mentions[j].isLocative && isActor(mentions[j].actor)
        }) else { return nil }
        let target = mentions[idx].actor
        guard target != who.actor else { return nil }
        return Relation(type: .accusation, source: who.actor, target: target, sentence: s.index, rule: "inverted:" + cue.entry.form)
    }
}
