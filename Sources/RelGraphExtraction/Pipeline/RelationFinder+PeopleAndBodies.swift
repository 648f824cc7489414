import RelGraph

// Adjustments of the relations one cue made that concern people and bodies: detentions of people, groups of a state's
// people, the genitive owner of an object noun, and members of a body formed together.
extension RelationFinder.Finder {
    /// Mends `made`, the relations of `cue` (of `type`) in clause `c`, where the people or body they name need it.
    func adjustPeopleAndBodies(_ made: inout [Relation], type: EdgeType, cue: Cue, args: [Argument], inherited: [Argument], passive: Bool,
                               clause c: Clause, sentence s: Sentence) {
        // "verurteilte einen litauischen Staatsbürger zu zehn Jahren Haft": a condemning verb with a penalty in its clause
        // sentences (a detention), it condemns no one
        // (the cue's form in lower case made once, and only for the two types that ask for it)
        let form = type == .sanction || type == .accusation ? cue.entry.form.lowercasedFast() : ""
        var detention = type == .sanction && words.detentionVerbs.contains(form)
        // (the penalty in a phrase with "zu": "zu zehn Jahren Haft", "zum Tode", not "vor zwei Jahren"; and not where the verb
        // condemns a sentence: "verurteilte die Verurteilung Nawalnys zu 19 Jahren Haft")
        if type == .accusation, !made.isEmpty, !words.penaltyNouns.isEmpty, words.sentencingVerbs.contains(form),
           let pen = c.tokens.first(where: { j in words.penaltyNouns.contains(toks[j].lower)
               && (max(c.tokens.lowerBound, j - 4) ..< j).contains { ["zu", "zum", "zur"].contains(toks[$0].lower) } }),
           !(c.tokens.lowerBound ..< pen).contains(where: { ["verurteilung", "urteil", "urteils", "haftstrafe", "strafe"].contains(toks[$0].lower) }) {
            made = made.map { var r = $0; r.type = .sanction; r.rule = "penalty:" + cue.entry.form; return r }
            detention = true
        }
        // "forderte einen schwedischen Diplomaten auf, das Land zu verlassen", "ordered a Swedish diplomat to leave the
        // country": a request to leave the country expels, a sanction
        if type == .request, !made.isEmpty, !words.expulsionPhrases.isEmpty, asksToLeave(after: cue.token, sentence: s) {
            made = made.map { var r = $0; r.type = .sanction; r.rule = "expel:" + cue.entry.form; return r }
        }
        // "detained 14 Bahraini fishermen", "schob die Aktivisten ab": a detention sanctions people, never a state or body
        // (an infinitive is a call or duty: "obliged to arrest him"; a state's own people held at home are no relation)
        if detention, !made.isEmpty {
            let infinitive = cue.token > s.tokens.lowerBound && toks[cue.token - 1].lower == "to"
            // (in the passive only an agent detains: "Mwangi was arrested … together with Atuhaire" names none)
            let agents = passive ? Set(args.filter { $0.role == .prep(.agent) }.map(\.actor)) : []
            made.removeAll { r in
                infinitive || passive && !agents.contains(r.source) || !(r.target.hasIDPrefix("person:") || r.target.hasIDPrefix("group:"))
                    || !(r.source.hasIDPrefix("state:") || r.source.hasIDPrefix("org:") || r.source.hasIDPrefix("person:"))
                    || doc.groupStates[r.target].map { $0 == r.source || $0 == personState[r.source] } == true
            }
        }
        // (a group is no host: "suspend visa-free travel for all Georgian citizens")
        if type == .visit { made.removeAll { $0.target.hasIDPrefix("group:") } }
        // "Deutschland unterstützt die Annäherung Serbiens an die EU": the genitive owner of the verb's object noun is
        // supported or accused; the phrase after it is the noun's complement
        if doc.language == .de, type == .support || type == .accusation, cue.entry.cueClass == .verb, !made.isEmpty,
           let g = args.first(where: { a in a.isPossessor && a.phraseStart - 2 >= c.tokens.lowerBound && toks[a.phraseStart - 1].isWord
               && toks[a.phraseStart - 1].isCapitalized && !mentionTokens.contains(a.phraseStart - 1) && isA(a.phraseStart - 2, .determiner)
               && !made.contains { $0.source == a.actor } }),
           made.allSatisfy({ r in r.target != g.actor && args.contains { $0.actor == r.target && $0.start > g.end && $0.phraseStart <= g.end + 1 && !$0.isPlain } }) {
            made = RelationFinder.uniqueSorted(made.map(\.source)).map {
                Relation(type: type, source: $0, target: g.actor, sentence: s.index, rule: "verb:" + cue.entry.form)
            }
        }
        // "Mali bildet mit Burkina Faso und Niger die Allianz der Sahelstaaten": who joins or forms a body together with others
        // is its member with them, no ally of each of them
        if type == .alliance, cue.entry.cueClass == .verb, !made.isEmpty, args.contains(where: { $0.role == .prep(.with) }),
           let body = args.first(where: { $0.actor.hasPrefix("org:") && $0.isPlain && $0.start > cue.token && !$0.mention.form.isPronounLike }) {
            let members = RelationFinder.uniqueSorted((args.filter { $0.isPlain && $0.start < body.start || $0.role == .prep(.with) } + inherited)
                .map(\.actor).filter { $0 != body.actor && !$0.hasPrefix("agreement:") && !$0.hasPrefix("org:") })
            if !members.isEmpty {
                made = members.map { Relation(type: .alliance, source: $0, target: body.actor, sentence: s.index, rule: "verb:" + cue.entry.form) }
            }
        }
        // "condemned Uganda's detention of Kenyan fishermen": whose act it is is accused, not the people it befell
        if type == .accusation, !made.isEmpty, !doc.groupStates.isEmpty {
            for i in made.indices where doc.groupStates[made[i].target] != nil {
                if let g = args.first(where: { $0.actor == made[i].target && $0.start > cue.token }),
                   let pos = args.first(where: { $0.isPossessor && $0.start > cue.token && $0.end < g.start && $0.actor != made[i].source && doc.groupStates[$0.actor] == nil }) {
                    made[i].target = pos.actor
                }
            }
        }
        // (a state's people who bear no arms attack no one, visit no one as a delegation and send no troops or
        // arms: "Palestinian civilians were killed in an Israeli strike" has them attacked)
        if !made.isEmpty, !doc.groupStates.isEmpty, [.conflict, .visit, .militarySupport, .armsSupply].contains(type) {
            made = made.compactMap { r in
                guard doc.groupStates[r.source] != nil, !doc.armedGroups.contains(r.source) else { return r }
                // (in the passive they were attacked; else the war they flee is none of theirs)
                guard type == .conflict, passive, doc.groupStates[r.target] == nil else { return nil }
                var flipped = r
                flipped.source = r.target
                flipped.target = r.source
                return flipped
            }
        }
    }

    /// Whether a phrase of leaving the country (lexicon `expel`) follows token `k` within its sentence, before the next
    /// full stop or semicolon.
    func asksToLeave(after k: Int, sentence s: Sentence) -> Bool {
        let end = s.tokens.upperBound
        var j = k + 1
        while j + 1 < end {
            if toks[j].text == ";" { return false }
            if toks[j].isWord {
                var phrase = toks[j].lower
                for n in 1..<4 where j + n < end && toks[j + n].isWord {
                    phrase += " " + toks[j + n].lower
                    if words.expulsionPhrases.contains(phrase) { return true }
                }
            }
            j += 1
        }
        return false
    }

    /// Whether what the sending verb `cue` sends, within its next five words, are people who bear no arms: a noun of people
    /// (lexicon `groupnoun`, not an armed one, nor citizens) or a group of a state's people that is no armed group.
    func sendsUnarmedPeople(_ cue: Cue, _ c: Clause, _ args: [Argument]) -> Bool {
        let window = (cue.token + cue.length)..<min(c.tokens.upperBound, cue.token + cue.length + 5)
        if args.contains(where: { window.contains($0.start) && $0.actor.hasIDPrefix("group:") && !doc.armedGroups.contains($0.actor) }) { return true }
        return window.contains { j in
            // (a state's citizens may be sent as its soldiers: "Nordkorea sendet seine Bürger, um der russischen Armee … zu helfen")
            toks[j].isWord && words.groupNouns[toks[j].lower].map { !words.armedGroupPlurals.contains($0) && $0 != "citizens" } == true
        }
    }
}
