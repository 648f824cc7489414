import RelGraph

// Relations drawn by patterns rather than by a cue's clause: appositions, attributive participles, copulas, meetings.
extension RelationFinder.Finder {
    /// "Denmark, a close ally of the United States," / "Washington, Ottawa's closest ally,": an
    /// apposition with an alliance noun ties its head to the actor it names.
    func appositionAlliances(_ c: Clause, _ s: Sentence) {
        for ap in c.appositions where !ap.namesHead {
            let commaBefore = ap.range.lowerBound - 1
            guard let head = (mentionsBySentence[s.index] ?? []).last(where: { mentions[$0].tokens.upperBound == commaBefore && !mentions[$0].inTitle }).map({ mentions[$0] }),
                  let cue = ap.range.first(where: { k in hasCue(k, RelationFinder.allianceNounKinds) }) else { continue }
            // "Norway and Denmark, both NATO members,": a plural apposition describes every actor of the list
            var heads = [head]
            if let first = ap.range.first(where: { toks[$0].isWord }), RelationFinder.pluralQuantifiers.contains(toks[first].lower) {
                heads += coordinatedBefore(head, sentence: s)
            }
            // ("President Donald Trump, a close ally of Bolsonaro,": a person's ally is a person; a state's, a state or organization;
            // the other kind only when the apposition names none of the head's: "Iran, Assad's closest ally,")
            let personHead = head.actor.hasPrefix("person:")
            let named = (mentionsBySentence[s.index] ?? []).map { mentions[$0] }.filter {
                ap.range.contains($0.tokens.lowerBound) && !heads.map(\.actor).contains($0.actor) && !$0.inTitle && !$0.actor.hasPrefix("agreement:")
            }
            let sameKind = named.filter { $0.actor.hasPrefix("person:") == personHead }
            let others = sameKind.isEmpty ? named : sameKind
            for o in others where o.tokens.upperBound <= cue || o.tokens.lowerBound > cue || o.form == .compoundPart {
                let form = cueEntries(toks[cue], at: cue).first { $0.type == .alliance }?.form ?? toks[cue].text
                for h in heads {
                    addRelation(Relation(type: .alliance, source: h.actor, target: o.actor, sentence: s.index, rule: "apposition:\(form)"))
                }
            }
        }
        // "Washington, Israels wichtigster Waffenlieferant,", "Russia, the main backer of Assad,": an agent
        // noun in the apposition makes its head the source
        for ap in c.appositions where !ap.namesHead {
            let commaBefore = ap.range.lowerBound - 1
            guard let head = (mentionsBySentence[s.index] ?? []).last(where: { mentions[$0].tokens.upperBound == commaBefore && !mentions[$0].inTitle }).map({ mentions[$0] }) else { continue }
            let inner = Clause(tokens: ap.range, opener: nil, appositions: [])
            let args = arguments(inner, excluding: [])
            // (the agent nouns read from the tokens: a verb form of the same type before one, "aid donor", would stand
            // for the type among the clause's cues)
            var agents = cues(inner).filter { $0.entry.cueClass == .agent }
            for k in ap.range where toks[k].isWord && !cueCache.hasNoEntries(k) && !agents.contains(where: { $0.token == k }) {
                for e in cueEntries(toks[k], at: k) where e.cueClass == .agent && !agents.contains(where: { $0.entry.type == e.type }) {
                    agents.append(Cue(entry: e, token: k, length: 1))
                }
            }
            for cue in agents {
                for t in Set(agentNounTarget(args, cue: cue).map(\.actor)).sorted() where t != head.actor {
                    addRelation(Relation(type: cue.entry.type, source: head.actor, target: t, sentence: s.index, rule: "apposition:agent:\(cue.entry.form)"))
                }
            }
        }
    }

    /// "die vom Iran unterstützte Hamas", "the Iran-backed Houthis", "zur von Russland angegriffenen Ukraine": a
    /// participle before an actor, with its agent named before it, is a relation of the participle's type.
    func participleAttributes(_ c: Clause, _ s: Sentence) {
        var clauseMentions: [Mention]?
        // (a word with no cue entries, most words, passed over before its token is copied)
        for k in c.tokens where toks[k].isWord && k + 1 < c.tokens.upperBound {
            var entries: [CueEntry] = []
            let inflected = cueCache.hasNoEntries(k)
            // "the Iran-aligned Houthis", "the Moscow-allied junta": an alliance adjective compound on an actor ties the two
            if !inflected, toks[k].hasHyphenByte, hasCue(k, RelationFinder.allianceAdjKinds), mentionTokens.contains(k), mentionTokens.contains(k + 1) || k + 2 < c.tokens.upperBound && mentionTokens.contains(k + 2) {
                if clauseMentions == nil {
                    clauseMentions = (mentionsBySentence[s.index] ?? []).map { mentions[$0] }.filter { c.tokens.contains($0.tokens.lowerBound) && !$0.inTitle }
                }
                let ms = clauseMentions!
                if let agent = ms.first(where: { $0.tokens.lowerBound == k && $0.form == .compoundPart }),
                   let head = ms.first(where: { $0.tokens.lowerBound == k + 1 || ($0.tokens.lowerBound == k + 2 && toks[k + 1].isWord && !toks[k + 1].isCapitalized) }),
                   agent.actor != head.actor {
                    addRelation(Relation(type: .alliance, source: agent.actor, target: head.actor, sentence: s.index, rule: "participle:\(toks[k].lower.split(separator: "-").last ?? "")"))
                    attributiveParticiples.insert(k)
                }
                continue
            }
            // (no verb of these types among the entries: the guard below passes the word over)
            if !inflected && !hasCue(k, RelationFinder.participleVerbKinds) { continue }
            if !inflected {
                entries = cueEntries(toks[k], at: k)
            } else {
                // "zur von Russland angegriffenen Ukraine": the participle inflected as an adjective
                // (the cheap tests first: most words have no cue entries)
                guard doc.language == .de, k - 2 >= c.tokens.lowerBound, mentionTokens.contains(k - 1), !toks[k].isCapitalized,
                      toks[k - 2].lower.utf8.count == 3, RelationFinder.agentPrepositionsDE.contains(toks[k - 2].lower) else { continue }
                let w = toks[k].lower
                for suffix in RelationFinder.adjectiveSuffixesDE where w.hasSuffix(suffix) && w.count > suffix.count + 4 {
                    entries = words.cues.matches(String(w.dropLast(suffix.count)))
                    if !entries.isEmpty { break }
                }
            }
            guard var e = entries.first(where: { $0.cueClass == .verb && RelationFinder.participleTypes.contains($0.type) }) else { continue }
            // (an attack, a sanction or a threat only from a participle's form, "angegriffenen", "bombardierte":
            // "Nach einem Bericht von UN-Experten kämpfen ruandische Soldaten" is a finite verb)
            if !RelationFinder.participleHelpTypes.contains(e.type), !inflected, !(toks[k].lower.hasSuffix("te") || toks[k].lower.hasSuffix("ten")) {
                guard let help = entries.first(where: { $0.cueClass == .verb && RelationFinder.participleHelpTypes.contains($0.type) }) else { continue }
                e = help
            }
            let t = toks[k]
            if clauseMentions == nil {
                clauseMentions = (mentionsBySentence[s.index] ?? []).map { mentions[$0] }.filter { c.tokens.contains($0.tokens.lowerBound) && !$0.inTitle }
            }
            let ms = clauseMentions!
            // the actor right after the participle (over an adjective)
            // (a nationality on a noun is no head: "Hezbollah, the Iran-backed Lebanese militant group," backs no state)
            guard let head = ms.first(where: { m in (m.tokens.lowerBound == k + 1 || (m.tokens.lowerBound == k + 2 && toks[k + 1].isWord && !toks[k + 1].isCapitalized))
                && !(m.form == .adjective && m.tokens.upperBound < c.tokens.upperBound && toks[m.tokens.upperBound].isWord && !toks[m.tokens.upperBound].isCapitalized
                     && !mentionTokens.contains(m.tokens.upperBound)) }) else {
                // ("Jordan blamed Iran-backed militias and Hezbollah": a participle compound on a noun that is no actor
                // describes that noun; it is no verb of the clause)
                if t.containsHyphen, let agent = ms.first(where: { $0.tokens.lowerBound == k && $0.form == .compoundPart }) {
                    attributiveParticiples.insert(k)
                    // "Kataib Hezbollah, an Iran-backed militia,": in an apposition the noun is the actor before the comma
                    // (the apposition may be a clause of its own: the actor is looked up in the sentence)
                    if k - 2 >= s.tokens.lowerBound, isA(k - 1, .determiner), toks[k - 2].text == ",", toks[k + 1].isWord,
                       let n = (mentionsBySentence[s.index] ?? []).last(where: { mentions[$0].tokens.upperBound == k - 2 && !mentions[$0].inTitle && !mentions[$0].form.isPronounLike }),
                       case let named = mentions[n], named.actor != agent.actor {
                        addRelation(Relation(type: e.type, source: agent.actor, target: named.actor, sentence: s.index, rule: "participle:\(e.form)"))
                    }
                }
                continue
            }
            var agent: Mention?
            if t.containsHyphen {
                agent = ms.first { $0.tokens.lowerBound == k && $0.form == .compoundPart }
            } else if doc.language == .de, !t.isCapitalized, isA(k, .adjectiveEnding) {
                agent = ms.last { $0.tokens.upperBound <= k && $0.tokens.upperBound >= k - 1 && k - 1 >= c.tokens.lowerBound
                    && ($0.tokens.lowerBound - 1 >= 0 && ["vom", "von"].contains(toks[$0.tokens.lowerBound - 1].lower)) }
            }
            guard let a = agent, a.actor != head.actor else { continue }
            addRelation(Relation(type: e.type, source: a.actor, target: head.actor, sentence: s.index, rule: "participle:\(e.form)"))
            attributiveParticiples.insert(k)
        }
    }

    /// "At Niger's demand, the United States pulled its troops out", "auf Verlangen der Junta mussten US-Soldaten
    /// das Land verlassen": a request noun after "at" / "auf" names who asked (before the noun as a possessor,
    /// after it as a genitive or with "of"); who was asked is the next actor the sentence names after it.
    func behestRequests(_ s: Sentence) {
        let ms = mentionsBySentence[s.index] ?? []
        guard ms.count >= 2 else { return }
        // (the byte count and first byte asked first: a Set look-up hashes every word of the sentence)
        for k in s.tokens where k + 2 < s.tokens.upperBound && toks[k].isWord && (2...3).contains(toks[k].text.utf8.count)
            && (toks[k].text.utf8.first == UInt8(ascii: "a") || toks[k].text.utf8.first == UInt8(ascii: "A"))
            && RelationFinder.behestPrepositions.contains(toks[k].lower) {
            // (the noun right after the preposition, a determiner or a possessive: an English noun's cue entry may be
            // its verb's, "demand")
            guard let j = (k + 1...min(k + 4, s.tokens.upperBound - 1)).first(where: { j in
                !cueCache.hasNoEntries(j) && cueEntries(toks[j], at: j).contains { $0.type == .request && ($0.cueClass == .noun || $0.cueClass == .verb) }
            }), (k + 1..<j).allSatisfy({ toks[$0].kind != .punct || toks[$0].text == "'s" || toks[$0].text == "’s" }),
                j == k + 1 || isA(j - 1, .determiner) || toks[j - 1].text == "'s" || toks[j - 1].text == "’s" || mentionTokens.contains(j - 1)
            else { continue }
            // who asked: a possessor between the preposition and the noun, else a genitive or "of" phrase right after it
            var requester = ms.last { mentions[$0].tokens.lowerBound > k && mentions[$0].tokens.upperBound <= j && !mentions[$0].inTitle }
            if requester == nil {
                var g = j + 1
                if g < s.tokens.upperBound, ["of", "der", "des"].contains(toks[g].lower) { g += 1 }
                if g < s.tokens.upperBound, ["the"].contains(toks[g].lower) { g += 1 }
                // ("auf Verlangen der Junta in Niamey": the seat of the government named a little later)
                requester = ms.first { i in
                    let a = mentions[i].tokens.lowerBound
                    return a >= j + 1 && (a <= g || a <= j + 4 && (j + 1..<a).allSatisfy { toks[$0].isWord } && mentions[i].actor.hasPrefix("state:"))
                        && !mentions[i].inTitle
                }
            }
            guard let r = requester else { continue }
            let who = mentions[r].actor
            guard let asked = ms.first(where: { i in
                mentions[i].tokens.lowerBound >= mentions[r].tokens.upperBound && !mentions[i].inTitle && !mentions[i].isLocative
                    && mentions[i].actor != who && !mentions[i].actor.hasPrefix("agreement:")
            }) else { continue }
            _ = addRelation(Relation(type: .request, source: who, target: mentions[asked].actor, sentence: s.index, rule: "behest:\(toks[j].lower)"))
        }
    }

    /// An agent (or alliance) noun linked by a copula to the subject: "X ist Ys wichtigster Waffenlieferant",
    /// "Russia is one of Serbia's closest allies".
    func copulaRelations(_ usable: [Argument], plain: [Argument], cue: Cue, appositions: [Range<Int>] = [], rel: (String, String) -> Relation) -> [Relation] {
        let tgt = agentNounTarget(usable, cue: cue)
        guard !tgt.isEmpty else { return [] }
        let tActors = Set(tgt.map(\.actor))
        guard let subj = plain.last(where: { $0.end <= cue.token && !tActors.contains($0.actor) }),
              let phrase = tgt.map(\.start).min(), phrase >= subj.end else { return [] }
        // "Lithuania, a member of NATO, has been one of Ukraine's most vocal backers": a describing apposition after
        // the subject, with its two commas, stands outside the words between
        let skipped = appositions.filter { $0.lowerBound > subj.end && $0.upperBound < min(phrase, cue.token) }
            .map { ($0.lowerBound - 1)..<($0.upperBound + 1) }
        func isSkipped(_ k: Int) -> Bool { skipped.contains { $0.contains(k) } }
        guard min(phrase, cue.token) - subj.end - skipped.reduce(0, { $0 + $1.count }) <= 7 else { return [] }
        // adjectives after the article: "Iran ist der wichtigste Unterstützer der Hisbollah"
        // (with no article, the adjectives after the copula: "Iran gilt als wichtigster Unterstützer der Huthi")
        let article = (subj.end..<min(phrase, cue.token)).first { !isSkipped($0) && isA($0, .determiner) }
            ?? (subj.end..<min(phrase, cue.token)).first { !isSkipped($0) && isA($0, .copula) && ["als", "as"].contains(toks[$0].lower) } ?? Int.max
        guard
              // a copula links them, and no other verb or actor stands between: "X ist seit Jahren Ys …"
              // (other words between are adverbs of the copula or capitalized nouns: "ist seit Jahren"; "has long objected to" is no copula)
              (subj.end..<min(phrase, cue.token)).allSatisfy({ k in isSkipped(k) || (toks[k].isWord || toks[k].kind == .number) && (cueEntries(toks[k], at: k).isEmpty || k > article && !toks[k].isCapitalized || isA(k, .copula)) && !plain.contains { $0.mention.tokens.contains(k) }
                  && (isA(k, .copula) || isA(k, .determiner) || toks[k].kind == .number || (toks[k].isCapitalized && k > subj.end)
                      || RelationFinder.partitiveWords.contains(toks[k].lower)
                      || (k > article && !toks[k].isCapitalized && (isA(k, .adjectiveEnding) || doc.language == .en))
                      || (doc.language == .en && toks[k].lower.hasSuffix("ly") && !toks[k].isCapitalized)) }),
              (subj.end..<min(phrase, cue.token)).contains(where: { !isSkipped($0) && isA($0, .copula) }) else { return [] }
        var out: [Relation] = []
        for a in Set(plain.filter { $0.group == subj.group }.map(\.actor)).sorted() {
            for b in tActors.sorted() where a != b { out.append(rel(a, b)) }
        }
        return out
    }

    /// Whether a verb of calling off (the lexicon's `cancel` words) stands before `token` in the clause: "cancelled a state
    /// visit", "called off a planned trip", German "sagte seinen Besuch … ab" (the particle at the clause's end).
    func isCalledOff(before token: Int, in c: Clause) -> Bool {
        let cancel = words.cancelVerbs
        let last = c.tokens.reversed().first { toks[$0].isWord }
        for k in c.tokens.lowerBound..<token where toks[k].isWord && !toks[k].isCapitalized || k == c.tokens.lowerBound {
            let w = toks[k].lower
            if cancel.contains(w) { return true }
            if doc.language == .en, k + 1 < token, cancel.contains(w + " " + toks[k + 1].lower) { return true }
            if doc.language == .de, let l = last, l > token, cancel.contains(w + " " + toks[l].lower) { return true }
        }
        return false
    }

    /// "sent troops to Kazakhstan at the request of President Tokayev", "auf Tokajews Bitte", "auf Bitte der Regierung in
    /// Bamako", "at Kyiv's request": a request noun after "at"/"auf" names its asker (the noun's owner or complement); the
    /// one asked is who acts in the clause (its subject, or a passive's agent or subject). Nil when the noun is not so used.
    func atRequest(_ usable: [Argument], cue: Cue, clause c: Clause, passive: Bool, rel: (String, String) -> Relation) -> [Relation]? {
        let lo = c.tokens.lowerBound, cueEnd = cue.token + cue.length
        var k = cue.token - 1
        while k > lo, isA(k, .determiner) || mentionTokens.contains(k) || toks[k].text == "'s" || toks[k].text == "’s" { k -= 1 }
        guard k >= lo, ["at", "auf"].contains(toks[k].lower) else { return nil }
        // the asker: an owner between "at" and the noun, a genitive or an of/von complement right after it
        let askers = usable.filter { a in
            (a.start > k && a.end <= cue.token) || (a.phraseStart == cueEnd && (a.isPossessor || a.role == .plain || ["of", "von"].contains(a.prepWord ?? "")))
                // ("at the request of President Tokayev": over the title)
                || (cueEnd < c.tokens.upperBound && ["of", "von"].contains(toks[cueEnd].lower) && a.start > cueEnd && a.start <= cueEnd + 4
                    && (cueEnd + 1..<a.start).allSatisfy { toks[$0].isWord && (toks[$0].isCapitalized || isA($0, .determiner)) })
        }
        guard let first = askers.first else { return nil }
        let askerIds = RelationFinder.uniqueSorted(askers.filter { $0.group == first.group }.map(\.actor)).filter { !$0.hasPrefix("agreement:") }
        let others = usable.filter { a in !askerIds.contains(a.actor) && !a.actor.hasPrefix("agreement:") && !(a.start > k && a.end <= cue.token) && a.start < k }
        var asked = subjectGroup(others.filter { $0.isPlain || $0.role == .plain && $0.mention.form == .adjective })
        if passive, let agent = others.first(where: { $0.role == .prep(.agent) }) {
            asked = others.filter { $0.group == agent.group }
        } else if passive {
            // ("the pact had been negotiated at Tuvalu's request": a passive's subject is what was done; only the nationality of
            // those who act, "French troops were deployed at the request of …", is asked)
            asked = asked.filter { $0.mention.form == .adjective }
        }
        var out: [Relation] = []
        for a in askerIds { for b in RelationFinder.uniqueSorted(asked.map(\.actor)) where a != b { out.append(rel(a, b)) } }
        return out
    }

    /// "Mali betrachtet Russland als wichtigsten Partner", "regards China as a key ally", "calls Russia a strategic partner":
    /// an alliance noun that a verb's object is regarded as or called is the subject's tie with that object. Not a noun
    /// with an owner of its own ("sees Hungary as Russia's closest ally", "als Verbündeten Moskaus").
    func regardedAlly(_ usable: [Argument], plain: [Argument], cue: Cue, clause c: Clause, rel: (String, String) -> Relation) -> [Relation]? {
        let lo = c.tokens.lowerBound
        var k = cue.token - 1
        // determiners, possessive pronouns and adjectives before the noun: "as its most important", "als wichtigsten"
        while k > lo, toks[k].isWord, !toks[k].isCapitalized || isA(k, .determiner), !["as", "als"].contains(toks[k].lower),
              !isA(k, .preposition) || isA(k, .determiner), !mentionTokens.contains(k) || isA(k, .determiner) { k -= 1 }
        let viaAs = ["as", "als"].contains(toks[k].lower)
        // (without "as": the indefinite article after a verb of calling, "calls Russia a strategic partner")
        let objectEnd = viaAs ? k : k + 1
        guard viaAs || (k + 1 < cue.token && RelationFinder.indefiniteArticles.contains(toks[k + 1].lower)
                         && (lo..<k).contains(where: { isA($0, .qualifyVerb) })) else { return nil }
        guard let object = plain.last(where: { $0.end == objectEnd }), !object.isPossessor,
              !usable.contains(where: { $0.start > cue.token && $0.start <= cue.token + 2 && ($0.isPossessor || $0.role == .prep(.other) || $0.role == .plain) }),
              !usable.contains(where: { $0.start > objectEnd && $0.end <= cue.token && !$0.mention.form.isPronounLike }) else { return nil }
        let subject = subjectGroup(plain.filter { $0.end <= object.start })
        guard let first = subject.first, first.group != object.group,
              // a verb between the subject and the object: not "Russia as a partner" inside a noun phrase
              (subject.map(\.end).max() ?? first.end) < object.start else { return nil }
        let objects = RelationFinder.uniqueSorted(plain.filter { $0.group == object.group }.map(\.actor)).filter { !$0.hasPrefix("agreement:") }
        var out: [Relation] = []
        // ("Putin called China a strategic partner": a person's tie is their state's)
        let subjects = RelationFinder.uniqueSorted(subject.map { s in s.actor.hasPrefix("person:") ? (side(of: s.actor) ?? s.actor) : s.actor })
        for a in subjects where !a.hasPrefix("agreement:") && !a.hasPrefix("person:") {
            for b in objects where a != b { out.append(rel(a, b)) }
        }
        return out.isEmpty ? nil : out
    }

    /// "traf Xi Jinping in Peking", "met Khamenei in Tehran": who meets in a place of a state and is not
    /// of that state visits it.
    func meetingVisits(_ args: [Argument], cue: Cue, sentence s: Sentence) -> [Relation] {
        let places = Set(args.filter { $0.role == .prep(.location) && $0.mention.isLocative && $0.actor.hasPrefix("state:") }.map(\.actor))
        guard places.count == 1, let place = places.first else { return [] }
        var out: [Relation] = []
        for a in args where a.isPlain || a.role == .prep(.with) {
            guard a.actor != place, !a.actor.hasPrefix("agreement:"), !a.mention.isLocative else { continue }
            // a person's state: an office in this article, else the lexicon's
            let known = lexicon.affiliations[a.actor].map(\.actor)
            let home = a.actor.hasPrefix("person:") ? personState[a.actor] ?? known : a.actor
            if home == place { continue }
            out.append(Relation(type: .visit, source: a.actor, target: place, sentence: s.index, rule: "meet:\(cue.entry.form)"))
        }
        return out
    }
}
