/// "die RSF unter Mohamed Hamdan Daglo", "the militia, led by Ahmed X", "die Miliz unter Führung von X":
/// a person named as the leader of an organization or state holds an office in it.
extension ActorFinder.State {
    /// Phrases between an actor and the person who leads it, with the role they give.
    static let leaderLinks: [(words: [String], role: String)] = [
        (["unter", "der", "führung", "von"], "Führung"), (["unter", "führung", "von"], "Führung"), (["angeführt", "von"], "Anführer"),
        (["geführt", "von"], "Führung"), (["unter"], "Führung"), (["led", "by"], "leader"), (["headed", "by"], "head"), (["under"], "leader"),
    ]

    /// An organization or group id ("org:", "group:"): the first byte is asked before `hasPrefix`, as most
    /// actors are states and people (a Character equal to "o" or "g" is that one scalar).
    @inline(__always)
    static func mayLead(_ actor: String) -> Bool {
        switch actor.utf8.first {
        case 0x6F: return actor.hasIDPrefix("org:")
        case 0x67: return actor.hasIDPrefix("group:")
        default: return false
        }
    }

    func leaders(in s: Sentence, from first: Int) {
        // this sentence's mentions only: the ones its scan added (walked in place: no arrays of them per sentence)
        let here = first..<mentions.count
        for a in here where mentions[a].sentence == s.index && Self.mayLead(mentions[a].actor) {
            let actor = mentions[a].actor
            var k = mentions[a].tokens.upperBound
            if k < s.tokens.upperBound, toks[k].text == "," { k += 1 }
            for link in Self.leaderLinks {
                let n = link.words.count
                guard k + n < s.tokens.upperBound, (0..<n).allSatisfy({ toks[k + $0].lower == link.words[$0] }) else { continue }
                if let p = here.first(where: { mentions[$0].sentence == s.index && mentions[$0].tokens.lowerBound == k + n && mentions[$0].actor.hasIDPrefix("person:") }),
                   !offices.contains(where: { $0.person == mentions[p].actor && $0.actor == actor }) {
                    offices.append(Office(person: mentions[p].actor, actor: actor, role: link.role, sentence: s.index))
                }
                break
            }
        }
    }
}
