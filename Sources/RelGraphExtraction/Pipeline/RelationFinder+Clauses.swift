import RelGraph

// Splitting a sentence into clauses (commas, conjunctions, relative and that-clauses, quotes) and the facts about a clause the finder asks (passive, infinitive, main clause, apposition).
extension RelationFinder.Finder {
    func clauses(_ s: Sentence) -> [Clause] {
        var out: [Clause] = []
        // (room for the clauses of most sentences at once: the list is not regrown at its second and third clause)
        out.reserveCapacity(4)
        var start = s.tokens.lowerBound
        var pendingAppositions: [(range: Range<Int>, namesHead: Bool)] = []
        var skipUntil = -1
        func close(_ end: Int) {
            defer { pendingAppositions = [] }
            guard start < end else { return }
            var opener: String?
            if let first = (start..<end).first(where: { toks[$0].isWord }) {
                let w = toks[first].lower
                let relative = isA(first, .determiner) || ["which", "who", "whom"].contains(w)
                // a relative pronoun follows a comma ("…, die …"); after a dash it is an article ("Kiew – Die Ukraine …")
                let afterComma = start > s.tokens.lowerBound && punctuation[start - 1].contains(.comma)
                if isA(first, .clauseOpener) && (!relative || (!out.isEmpty && afterComma)) { opener = w }
                // ("…, when Ecuadorean police stormed …": a temporal word that opens a clause is its opener, but before a
                // gerund, "…, before visiting Israel", the clause goes on with the subject before)
                if opener == nil, doc.language == .en, isA(first, .temporalConjunction), !(first + 1 < end && toks[first + 1].lower.hasSuffix("ing")) { opener = w }
                // ("the SADC, to which South Africa and Eswatini belong": a preposition before the relative pronoun)
                // ("the Caribbean Community, of which Guyana is a member": "of" too, which the lexicon leaves no preposition)
                if doc.language == .en, afterComma, !out.isEmpty, first + 1 < end, isA(first, .preposition) || toks[first].lower == "of",
                   ["which", "whom"].contains(toks[first + 1].lower) {
                    opener = toks[first + 1].lower
                }
            }
            out.append(Clause(tokens: start..<end, opener: opener, appositions: pendingAppositions))
        }
        let covered = actorTokens(s)
        for i in s.tokens {
            if i <= skipUntil { continue }
            let p = punctuation[i]
            // a token no branch below can take (no punctuation mark, not punctuation, no opener, "as", coordinator,
            // "of"/"for", report verb or temporal conjunction: most words) is passed over on its bits alone
            if p.isEmpty && toks[i].kind != .punct && !isA(i, [.subordinator, .asWord, .coordinator, .gerundPrep, .reportVerb, .temporalConjunction]) { continue }
            if p.contains(.openBracket), let close = ((i + 1)..<min(s.tokens.upperBound, i + 8)).first(where: { punctuation[$0].contains(.closeBracket) }),
               close > i + 1, ((i + 1)..<close).allSatisfy({ covered.contains($0) }) {
                // "der Wirtschaftsgemeinschaft Westafrikanischer Staaten (Ecowas)": a name in brackets stays in its clause
                skipUntil = close
                continue
            }
            if toks[i].kind == .punct && p.contains(.boundary) {
                // a list of actors ("Australia, Britain and the United States") is no clause boundary
                if p.contains(.comma), i > s.tokens.lowerBound, covered.contains(i - 1), listContinues(after: i, s, covered) { continue }
                // an apposition between two commas stays in its clause
                // ("In Manila, Senator Imee Marcos, the president's sister, called …": after a fronted phrase of place
                // the next phrase is the subject, no apposition)
                let frontedPlace = start == s.tokens.lowerBound && i > start + 1 && isA(start, .preposition) && words.preps[toks[start].lower] == .location
                    && (start + 1 ..< i).allSatisfy { covered.contains($0) || isA($0, .determiner) }
                if p.contains(.comma), !frontedPlace, let j = appositionEnd(after: i, s, covered) {
                    // "India and Sri Lanka, together with the UAE, signed": a fellow actor set off by commas stays in the
                    // clause, no apposition (the argument reader joins it to the subject)
                    if opensComitative(i + 1, s) { skipUntil = j; continue }
                    // (a person's name alone names the title before it: "Der US-Botschafter in Budapest, David Pressman,")
                    // ("Mohamed Hamdan Daglo, genannt Hemeti,": a person's other name names no head)
                    let namesHead = i > s.tokens.lowerBound && (!covered.contains(i - 1)
                        || namesPerson((i + 1)..<j, s, covered) && !(mentionsBySentence[s.index] ?? []).contains { mentions[$0].tokens.upperBound == i && mentions[$0].actor.hasPrefix("person:") })
                    pendingAppositions.append(((i + 1)..<j, namesHead))
                    skipUntil = j
                    continue
                }
                // "imposed sanctions on Russia's foreign minister, Sergei Lavrov.": a person's name that ends the sentence
                // after a title names it, as one between two commas does
                if p.contains(.comma), let last = finalPersonApposition(after: i, s, covered) {
                    pendingAppositions.append(((i + 1)..<last, true))
                    skipUntil = last - 1
                    continue
                }
                close(i)
                start = i + 1
            } else if toks[i].isWord && i > start && (isA(i, .subordinator) || isAsConjunction(i, s) || isTemporalConjunction(i, s, covered))
                        && !(toks[i].lower == "that" && (isA(i - 1, .preposition) || ActorFinder.determiners.contains(toks[i - 1].lower) || ["during", "after", "before", "since"].contains(toks[i - 1].lower))) {
                close(i)
                start = i
            } else if toks[i].isWord && i > start && isA(i, .coordinator) && i + 1 < s.tokens.upperBound
                        && (hasCue(i + 1, RelationFinder.verbKinds) || coordinatedVoicing(i + 1, inThatClause: ["that", "dass", "daß"].contains(toks[start].lower))
                            || isA(i + 1, .cuePhraseStart) && words.cuePhrases.longestMatch(in: toks[..<s.tokens.upperBound], at: i + 1, key: \.lower).map({ $0.value.cueClass == .verb || $0.value.cueClass == .verbRecv }) == true)
                        && !covered.contains(i - 1)
                        // ("of arming and funding Kataib Hezbollah": two gerunds share their object and stay one clause)
                        && !(i - start == 2 && isA(start, .gerundPrep) && toks[i - 1].lower.hasSuffix("ing")) {
                // "... and accused Moscow of ...": a second verb phrase with the subject of the first
                close(i)
                start = i
            } else if toks[i].isWord && i > start && isA(i, .gerundPrep) && i + 1 < s.tokens.upperBound && toks[i + 1].lower.hasSuffix("ing") {
                // "accused Tehran of supplying ...": the gerund is a clause of its own
                close(i)
                start = i
            } else if doc.language == .en && toks[i].isWord && isA(i, .reportVerb) && RelationFinder.speechVerbs.contains(toks[i].lower) && i + 1 < s.tokens.upperBound
                        && ((start..<i).contains(where: { covered.contains($0) }) || i == start + 1 && isA(start, .coordinator)) && toks[i + 1].isWord {
                // "Trump said the campaign would go on": the report verb closes its frame clause
                close(i + 1)
                start = i + 1
            }
        }
        close(s.tokens.upperBound)
        return out
    }

    /// "… and said", "… and called X's remarks reckless", "und nannte …": a report or qualifying verb right after a
    /// coordinator starts a verb phrase of its own, whose subject is the sentence's speaker, not the clause's before it.
    /// (A qualifying verb only ends a that-clause: "wies die Vorwürfe zurück und bezeichnete …" stays one clause.)
    func coordinatedVoicing(_ k: Int, inThatClause: Bool) -> Bool {
        guard toks[k].isWord, isA(k, [.reportVerb, .qualifyVerb]) else { return false }
        if isA(k, .qualifyVerb) { return inThatClause }
        return doc.language == .de || RelationFinder.speechVerbs.contains(toks[k].lower)
    }

    /// A noun for a state's government or forces ("Regierung", "authorities", "Armee").
    func isGovernmentNoun(_ t: Token) -> Bool {
        words.stateDescriptors.contains(t.lower) || RelationFinder.governmentNouns.contains(t.lower) || RelationFinder.isMinistryNoun(t.lower)
    }

    /// `isGovernmentNoun(toks[i])`, from the token's word class bits.
    func isGovernmentNoun(at i: Int) -> Bool { isA(i, .governmentNoun) }

    /// Tokens of the sentence that belong to an actor mention (of that sentence).
    func actorTokens(_ s: Sentence) -> TokenMarks { mentionTokens }

    /// The closing comma of an apposition that starts after the comma at `i`: a short phrase of
    /// actor mentions, titles, determiners and possessives, with a mention in it, followed by a
    /// comma and a lower-case word (the verb of the clause it interrupts).
    func appositionEnd(after i: Int, _ s: Sentence, _ covered: TokenMarks) -> Int? {
        guard i > s.tokens.lowerBound, i + 1 < s.tokens.upperBound else { return nil }
        // "…, und rief X auf, …" is a clause, no apposition; nor is "…, which maintain close ties with Tehran, …"
        if isA(i + 1, [.coordinator, .subordinator]) { return nil }
        if doc.language == .en, RelationFinder.englishRelatives.contains(toks[i + 1].lower) { return nil }
        var j = i + 1
        var hasMention = false
        var hasTitle = false
        var loose = 0
        while j < s.tokens.upperBound && j < i + 20 {
            // (the token read in place, `toks[j]`: a copy retains and releases its two strings)
            if punctuation[j].contains(.comma) { break }
            if toks[j].kind == .punct && toks[j].text != "'" && toks[j].text != "’" { return nil }
            // an apposition has no verb: ", dem sie vorwerfen," is a relative clause
            // ("Papua New Guinea's largest aid donor": an English verb form before a noun of the agent or theme kinds,
            // or right after a determiner or possessive, is a noun)
            if toks[j].isWord && !cueCache.hasNoEntries(j) && hasCue(j, RelationFinder.verbMeetReverseKinds) && !covered.contains(j)
                && !(doc.language == .en && (isA(j - 1, [.determiner, .nounMarker]) || punctuation[j - 1].contains(.possessiveMark)
                     || j + 1 < s.tokens.upperBound && toks[j + 1].isWord && !cueCache.hasNoEntries(j + 1) && hasCue(j + 1, RelationFinder.nounAgentThemeKinds))) { return nil }
            // (nor a verb of several words: "In August, Algeria broke off relations with Morocco, accusing …")
            if toks[j].isWord && !covered.contains(j) && isA(j, .cuePhraseStart),
               let m = words.cuePhrases.longestMatch(in: toks[..<s.tokens.upperBound], at: j, key: \.lower), m.length > 1,
               RelationFinder.verbMeetReverseKinds.intersects(CueKinds([m.value])) { return nil }
            // (nor an auxiliary or infinitive marker: ", die Waffenruhe verletzt zu haben,")
            if toks[j].isWord && !covered.contains(j) && isA(j, .verbMarker) { return nil }
            if covered.contains(j) { hasMention = true }
            else if punctuation[j].contains(.possessiveMark) || isA(j, [.determiner, .nounMarker]) {}
            else if isA(j, .titleStart) && words.titles.longestMatch(in: toks[..<s.tokens.upperBound], at: j, key: \.lower) != nil || words.titleHeadIndex.longestSuffix(of: toks[j].lower) != nil { hasTitle = true }
            else if toks[j].isWord && !cueCache.hasNoEntries(j) && hasCue(j, RelationFinder.nounAgentThemeKinds) {}
            else if isA(j, [.coordinator, .genitiveLink]) {}
            else { loose += 1; if loose > 5 { return nil } }
            j += 1
        }
        // ("Oppositionsführer Sali Berisha, Chef der Demokratischen Partei, Rama vor": a title after a person's name describes
        // the person, also of a body that is no actor)
        let titledPerson = hasTitle && (mentionsBySentence[s.index] ?? []).contains { mentions[$0].tokens.upperBound == i && mentions[$0].actor.hasPrefix("person:") }
        guard hasMention || titledPerson, j + 1 < s.tokens.upperBound, punctuation[j].contains(.comma) else { return nil }
        // (read in place: no copy of the token)
        guard toks[j + 1].isWord, !toks[j + 1].isCapitalized || doc.language == .de && (!covered.contains(j + 1) || titledPerson) else { return nil }
        // ("On Friday, India and Sri Lanka, together with the UAE, signed": the phrase before a fellow actor is the subject)
        if opensComitative(j + 1, s) { return nil }
        if isA(j + 1, [.subordinator, .coordinator]) {
            // ("summoned the US chargé d'affaires, Joshua Harris, and called on Washington": a name after a title
            // that is no actor names it, and "and" goes on with the clause's subject)
            let namesTitle = isA(j + 1, .coordinator) && !covered.contains(i - 1) && toks[i - 1].isWord
                && (mentionsBySentence[s.index] ?? []).contains { mentions[$0].tokens == (i + 1)..<j && mentions[$0].actor.hasPrefix("person:") }
            if !namesTitle { return nil }
        }
        return j
    }

    /// A person's name that ends `r`, after at most two words that are no actor ("den Milliardär Bidsina Iwanischwili",
    /// "billionaire Bidzina Ivanishvili") and determiners.
    func namesPerson(_ r: Range<Int>, _ s: Sentence, _ covered: TokenMarks) -> Bool {
        guard let m = (mentionsBySentence[s.index] ?? []).last(where: { mentions[$0].tokens.upperBound == r.upperBound }),
              mentions[m].actor.hasPrefix("person:"), mentions[m].tokens.lowerBound >= r.lowerBound else { return false }
        let before = r.lowerBound..<mentions[m].tokens.lowerBound
        // (describing words are nouns: German ones capitalized, and no verb in either language: ", sagte Trump." is a frame)
        return before.allSatisfy { k in
            toks[k].isWord && !covered.contains(k) && !isA(k, [.reportVerb, .verbMarker])
                && (isA(k, .determiner) || (doc.language == .de ? toks[k].isCapitalized : !toks[k].isCapitalized))
                && (cueCache.hasNoEntries(k) || !hasCue(k, RelationFinder.verbKinds))
        } && before.filter { !isA($0, .determiner) }.count <= 2
    }

    /// The end of the sentence's words when the comma at `i` opens a person's name that ends the sentence, after a
    /// title within the eight words before the comma ("on the head of the Wagner group, Dmitri Utkin.").
    func finalPersonApposition(after i: Int, _ s: Sentence, _ covered: TokenMarks) -> Int? {
        var last = s.tokens.upperBound
        while last > i + 1 && !toks[last - 1].isWord { last -= 1 }
        guard last > i + 1, last - i <= 6, (last..<s.tokens.upperBound).allSatisfy({ toks[$0].kind == .punct }),
              i > s.tokens.lowerBound, toks[i - 1].isWord, namesPerson((i + 1)..<last, s, covered) else { return nil }
        let titled = (max(s.tokens.lowerBound, i - 8)..<i).contains { k in
            toks[k].isWord && (isA(k, .titleStart) && words.titles.longestMatch(in: toks[..<i], at: k, key: \.lower) != nil
                || words.titleHeadIndex.longestSuffix(of: toks[k].lower) != nil)
        }
        return titled ? last : nil
    }

    /// "together with", "gemeinsam mit" at `k`: a two-word preposition of the `with` role (lexicon `prep`), which names a
    /// fellow of the subject rather than a partner of the verb.
    func opensComitative(_ k: Int, _ s: Sentence) -> Bool {
        guard k + 1 < s.tokens.upperBound, toks[k].isWord, isA(k, .prepPhraseStart),
              let m = words.prepPhrases.longestMatch(in: toks[..<s.tokens.upperBound], at: k, key: \.lower) else { return false }
        return m.length == 2 && m.value == .with
    }

    /// After a comma: an actor (over determiners) and, further on, "and"/"und" closing the list.
    func listContinues(after comma: Int, _ s: Sentence, _ covered: TokenMarks) -> Bool {
        var k = comma + 1
        while k < s.tokens.upperBound && isA(k, .determiner) { k += 1 }
        // ("erklärte Parlamentspräsident Andrija Mandić, Vizeregierungschef Aleksa Bečić und …": over a one-word title
        // before the next name)
        // (right after the comma: "…, das Ministerpräsidentin Giorgia Meloni … unterzeichnet hatten" opens a relative clause)
        if k == comma + 1, k + 1 < s.tokens.upperBound, !covered.contains(k), covered.contains(k + 1), toks[k].isWord, toks[k].isCapitalized,
           isA(k, .titleStart) || words.titleHeadIndex.longestSuffix(of: toks[k].lower) != nil { k += 1 }
        guard k < s.tokens.upperBound, covered.contains(k) else { return false }
        // the item is the actor alone: a comma or a coordinator follows it ("Beijing, Pakistan's
        // closest ally and main arms supplier," is an apposition, not a list)
        var e = k
        while e < s.tokens.upperBound && covered.contains(e) { e += 1 }
        guard e < s.tokens.upperBound, punctuation[e].contains(.comma) || isA(e, .coordinator) else { return false }
        guard let and = (k..<min(s.tokens.upperBound, k + 12)).first(where: { isA($0, .coordinator) }) else { return false }
        // "Die Andengemeinschaft, der Ecuador und Kolumbien angehören, …": a German relative clause, not a list: the
        // last actor is followed by its verb and a comma
        if doc.language == .de, k > comma + 1, isA(comma + 1, .determiner) {
            var q = and + 1
            while q < s.tokens.upperBound && (isA(q, .determiner) || !covered.contains(q)) && q < and + 3 { q += 1 }
            while q < s.tokens.upperBound && covered.contains(q) { q += 1 }
            var verbs = 0
            while q < s.tokens.upperBound && toks[q].isWord && !toks[q].isCapitalized && verbs < 3 { q += 1; verbs += 1 }
            if verbs > 0, q < s.tokens.upperBound, punctuation[q].contains(.comma) { return false }
        }
        return true
    }

    /// "as" joining two clauses (not "such as", "as well as").
    func isAsConjunction(_ i: Int, _ s: Sentence) -> Bool {
        guard doc.language == .en, isA(i, .asWord), i + 1 < s.tokens.upperBound else { return false }
        let prev = i > s.tokens.lowerBound ? toks[i - 1].lower : ""
        return !["such", "well", "as", "same", "known", "serves", "served", "described", "seen", "regarded"].contains(prev)
            && toks[i + 1].isWord && toks[i + 1].lower != "well" && toks[i + 1].lower != "a" && toks[i + 1].lower != "an"
    }


    /// "since Solomon Islands signed a security pact", "when he met Xi": an English temporal word followed by an
    /// actor or a subject pronoun opens a clause ("since 2022", "before the summit" are prepositions).
    func isTemporalConjunction(_ i: Int, _ s: Sentence, _ covered: TokenMarks) -> Bool {
        guard doc.language == .en, isA(i, .temporalConjunction), i + 1 < s.tokens.upperBound else { return false }
        if RelationFinder.subjectPronounsEN.contains(toks[i + 1].lower) { return true }
        // the actor after it (over an article), no possessor ("since Russia's invasion")
        var j = isA(i + 1, .determiner) ? i + 2 : i + 1
        guard j < s.tokens.upperBound, covered.contains(j) else { return false }
        while j < s.tokens.upperBound && covered.contains(j) { j += 1 }
        return j < s.tokens.upperBound && toks[j].text != "'s" && toks[j].text != "’s" && toks[j].text != "'" && toks[j].text != "’"
    }

    /// A passive clause: an auxiliary ("wurde", "were") and a verb cue that is a participle
    /// ("entsandt", "geliefert", "sent", "attacked"), not a progressive ("was transferring").
    func isPassive(_ c: Clause, _ found: [Cue]) -> Bool {
        guard c.tokens.contains(where: { isA($0, .passiveAux) }) else { return false }
        return found.contains { cue in
            guard cue.entry.cueClass == .verb || cue.entry.cueClass == .verbRecv else { return false }
            let w = toks[cue.token].lower
            if doc.language == .en {
                return !w.hasSuffix("ing") && (w.hasSuffix("ed") || w.hasSuffix("en") || RelationFinder.irregularParticiples.contains(w))
            }
            // (the word-class bit asked first: these auxiliaries are all `passiveAux`, and most words are none)
            let germanAux = c.tokens.contains { isA($0, .passiveAux) && RelationFinder.germanPassiveAux.contains(toks[$0].lower) }
            // "wird … angreifen" is the future, "wird von Russland angegriffen" the passive: a participle has "ge" or an agent
            let participle = w.hasPrefix("ge") || (w.count > 6 && w.dropFirst(2).prefix(4).contains("ge") && w.hasSuffix("en"))
                || c.tokens.contains { RelationFinder.isVonOrVom(toks[$0].lower) && $0 + 1 < c.tokens.upperBound && mentionTokens.contains($0 + 1) || $0 + 2 < c.tokens.upperBound && RelationFinder.isVonOrVom(toks[$0].lower) && mentionTokens.contains($0 + 2) }
            return germanAux && (w.hasSuffix("t") || w.hasSuffix("en")) && !(w.hasSuffix("en") && !participle && c.tokens.contains { isA($0, .passiveAux) && RelationFinder.futureAux.contains(toks[$0].lower) })
        }
    }

    /// A main or coordinated clause (not introduced by a subordinator or relative pronoun).
    func isMainClause(_ c: Clause) -> Bool {
        // ("The ICJ, where Guyana has asked …, has ordered …": a clause that opens with "where" is a relative one)
        guard let o = c.opener else { return !(doc.language == .en && toks[c.tokens.lowerBound].lower == "where" && c.tokens.lowerBound > 0 && punctuation[c.tokens.lowerBound - 1].contains(.comma)) }
        return RelationFinder.coordinators.contains(o)
    }

    /// Only determiners, adjectives, quotes and possessive markers between two tokens.
    func onlyModifiers(between a: Int, and b: Int) -> Bool {
        guard a <= b, b - a <= 4 else { return false }
        for k in a..<b {
            let t = toks[k]
            // (`["'s", "’s", "'", "’", "„", "“", "\"", "”"].contains(t.text)` from the punctuation bits: the possessive
            // marks are those four, the quotation marks those four and « »)
            if punctuation[k].contains(.possessiveMark) || punctuation[k].contains(.quoteMark) && t.text != "«" && t.text != "»" { continue }
            if t.isWord && (!t.isCapitalized || doc.language == .en) && !isA(k, .preposition)
                // (an adjective that is also a cue word: "Syria's main military backer")
                && (!isA(k, .cueForm) || !t.isCapitalized && cueEntries(t, at: k).allSatisfy { $0.cueClass == .adj || $0.cueClass == .theme }
                    // ("Manila's largest aid donor": a noun cue right before an agent noun is its modifier)
                    // (an English word of both classes has its verb entry only: "aid")
                    || !t.isCapitalized && k == b - 1 && b < toks.count && !cueCache.hasNoEntries(b) && hasCue(b, RelationFinder.agentKinds)) { continue }
            return false
        }
        return true
    }

    func isInfinitive(_ c: Clause) -> Bool {
        // the clause's first word and its last word but one, found without collecting its words
        var last = -1, beforeLast = -1
        for k in c.tokens.reversed() where toks[k].isWord {
            if last < 0 { last = k } else { beforeLast = k; break }
        }
        guard beforeLast >= 0, let first = c.tokens.first(where: { toks[$0].isWord }) else { return false }
        // ("to which South Africa and Eswatini belong" is a relative clause)
        return toks[beforeLast].lower == "zu" || toks[first].lower == "to" && c.opener != "which" && c.opener != "whom" || doc.language == .de && isSeparableInfinitive(toks[last].lower)
    }

    /// A German separable verb's infinitive with "zu" inside: "anzugreifen", "zurückzuziehen", "einzustellen".
    func isSeparableInfinitive(_ w: String) -> Bool {
        guard w.hasSuffix("n") else { return false }
        // ASCII: each byte a Character, so the first "zu" bytes are the first "zu" Foundation finds, without
        // its search (thousands of instructions per word)
        if w.utf8.allSatisfy({ $0 < 0x80 }) {
            let b = Array(w.utf8)
            guard let z = b.indices.dropLast().first(where: { b[$0] == 0x7A && b[$0 + 1] == 0x75 }), z > 0 else { return false }
            return b.count - (z + 2) >= 3 && RelationFinder.separableParticles.contains(String(decoding: b[..<z], as: UTF8.self))
        }
        guard let r = w.range(of: "zu"), r.lowerBound > w.startIndex else { return false }
        return RelationFinder.separableParticles.contains(String(w[..<r.lowerBound])) && w.distance(from: r.upperBound, to: w.endIndex) >= 3
    }

    /// "each other", "one another", "gegenseitig", "einander" in the clause.
    func isReciprocal(_ c: Clause) -> Bool {
        c.tokens.contains { k in
            isA(k, .mutual) || RelationFinder.exchangeVerbs.contains(toks[k].lower)
                || (toks[k].lower == "other" && k > c.tokens.lowerBound && toks[k - 1].lower == "each")
                || (toks[k].lower == "another" && k > c.tokens.lowerBound && toks[k - 1].lower == "one")
        }
    }

    /// The noun after a possessor names other actors: "Ukraine's (main) arms suppliers", "Russia's allies".
    func namesOtherActors(after end: Int, in c: Clause) -> Bool {
        guard let head = (end..<min(c.tokens.upperBound, end + 3)).first(where: { toks[$0].isWord && !["'s", "’s"].contains(toks[$0].text) }) else { return false }
        return (head..<min(c.tokens.upperBound, head + 2)).contains { k in
            cues(Clause(tokens: k..<min(c.tokens.upperBound, k + 2), opener: nil, appositions: [])).contains {
                $0.token == k && ($0.entry.cueClass == .agent || ($0.entry.type == .alliance && $0.entry.cueClass == .noun))
            }
        }
    }

    /// A noun in an adverbial phrase ("nach den jüngsten Angriffen", "after the attacks"): it sets the
    /// scene, the clause's subject is not its actor.
    /// A noun in a prepositional phrase of any kind ("in den Krieg mit Russland", "during clashes with"): over
    /// determiners and lower-case words back to a preposition.
    func afterPreposition(_ k: Int, _ c: Clause) -> Bool {
        var p = k - 1
        while p >= c.tokens.lowerBound && p >= k - 4 {
            if isA(p, .preposition) { return true }
            guard toks[p].isWord, isA(p, [.determiner, .nounMarker]) || !toks[p].isCapitalized else { return false }
            p -= 1
        }
        return false
    }

    /// A noun a few words after a preposition of circumstance or time, over a genitive ("seit Beginn des Krieges",
    /// "since the start of the war", "wegen des Krieges").
    func inCircumstancePhrase(_ k: Int, _ c: Clause) -> Bool {
        var p = k - 1
        while p >= c.tokens.lowerBound && p >= k - 5 {
            let t = toks[p]
            guard t.isWord else { return false }
            if isA(p, .preposition), let r = words.preps[t.lower] { if r == .other || t.lower == "nach" || t.lower == "after" { return true } }
            p -= 1
        }
        return false
    }

    func inAdverbialPhrase(_ k: Int, _ c: Clause) -> Bool {
        guard toks[k].isWord, hasCue(k, RelationFinder.nounKinds) else { return false }
        var p = k - 1
        var steps = 0
        while p >= c.tokens.lowerBound && steps < 4 {
            let t = toks[p]
            // "nach" before a noun of an event is "after" ("nach den Angriffen"), not "to" ("nach Russland")
            if isA(p, .preposition), let r = words.preps[t.lower] { return r == .other || t.lower == "nach" }
            guard t.isWord, isA(p, [.determiner, .nounMarker]) || !t.isCapitalized else { return false }
            p -= 1
            steps += 1
        }
        return false
    }

    /// Another relation cue between two tokens of a clause.
    func cuesBetween(_ a: Int, _ b: Int, in c: Clause) -> Bool {
        guard a < b else { return false }
        // a signing verb with no agreement in the clause forges what the noun names ("have forged a close alliance")
        lazy var noAgreement = !(mentionsBySentence[toks[c.tokens.lowerBound].sentence] ?? []).contains { c.tokens.contains(mentions[$0].tokens.lowerBound) && mentions[$0].actor.hasPrefix("agreement:") }
        // a separable verb counts only with its particle ("sagte … zu"; "sagte" alone is no cue)
        // an actor's own words ("treaty" in "treaty allies", an agreement mention) are no cue between
        return (a..<b).contains { k in
            toks[k].isWord && !cueCache.hasNoEntries(k) && !inAdverbialPhrase(k, c) && !mentionTokens.contains(k) && cueEntries(toks[k], at: k).contains { e in
                e.cueClass != .reverse && e.cueClass != .qualify
                    // the actor's own forces right after it ("Israelische Truppen starteten eine Offensive")
                    && !(k == a && e.cueClass == .theme && e.type == .militarySupport)
                    && !(e.type == .partyTo && e.cueClass == .verb && noAgreement)
                    && !(k + 1 < b && toks[k + 1].lower == "sich" && RelationFinder.exchangeVerbs.contains(toks[k].lower))
                    && (e.particle.map { p in ((k + 1)..<clauseEndForParticle(c, k)).contains { toks[$0].lower == p } } ?? true)
            }
        }
    }
}
