import RelGraph

extension ActorFinder.State {
    /// Nouns for a leader's government after the name ("the Trump administration") and, in German, before it
    /// ("die Regierung Modi").
    static let administrationNounsAfter: Set<String> = ["administration", "government", "administration's", "government's"]
    static let administrationNounsBefore: Set<String> = ["regierung", "administration"]
    /// Words between a government noun and its leader's name ("die Regierung von X", "des", "the government of X").
    static let governmentLinks: Set<String> = ["von", "des", "of"]

    /// "the Trump administration accused …": the government of a leader is the state the leader holds office in
    /// (an office found in this article, else the lexicon's), mentioned on the government noun beside the name,
    /// so that the state is a node and can be an edge's end, and the name marked as part of that phrase (no
    /// argument of its own). Pronouns ("his government") are left to the person.
    func administrations() {
        let count = mentions.count
        for i in 0..<count where mentions[i].actor.hasIDPrefix("person:") && (mentions[i].form == .person || mentions[i].form == .name) {
            let m = mentions[i]
            var noun: Int?
            let after = m.tokens.upperBound
            if doc.language == .en, after < toks.count, toks[after].sentence == m.sentence, toks[after].isWord,
               Self.administrationNounsAfter.contains(toks[after].lower) {
                noun = after
            } else if doc.language == .de, m.tokens.count == 1, m.tokens.lowerBound > 0, toks[m.tokens.lowerBound - 1].sentence == m.sentence,
                      Self.administrationNounsBefore.contains(toks[m.tokens.lowerBound - 1].lower) {
                noun = m.tokens.lowerBound - 1
            }
            // "die Regierung von Ministerpräsident Pedro Sánchez", "the government of Prime Minister X": the noun before
            // "von"/"of" (or a genitive article), over the person's title
            if noun == nil {
                var b = m.tokens.lowerBound - 1
                while b > 0, m.tokens.lowerBound - b <= 3, toks[b].sentence == m.sentence, toks[b].isWord, covered[b], toks[b].isCapitalized { b -= 1 }
                if b > 0, toks[b].sentence == m.sentence, Self.governmentLinks.contains(toks[b].lower), toks[b - 1].sentence == m.sentence, toks[b - 1].isWord,
                   Self.administrationNounsAfter.contains(toks[b - 1].lower) || Self.administrationNounsBefore.contains(toks[b - 1].lower) {
                    noun = b - 1
                }
            }
            guard let k = noun, !covered[k] else { continue }
            guard let state = offices.last(where: { $0.person == m.actor && $0.actor.hasIDPrefix("state:") })?.actor
                ?? lexicon.affiliations[m.actor].flatMap({ $0.actor.hasIDPrefix("state:") ? $0.actor : nil }) else { continue }
            addMention(state, tokens: k..<(k + 1), sentence: m.sentence, form: .coreference)
            // the name only says whose government it is, as a name in a title does: the state acts, not the person
            mentions[i].inTitle = true
        }
    }
}
