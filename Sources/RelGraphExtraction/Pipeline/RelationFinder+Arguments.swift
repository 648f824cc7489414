import RelGraph

// The actors of a clause with their roles (subject, object, possessor, prepositional target), and the tests that choose among them.
extension RelationFinder.Finder {
    /// `arguments(clauses[ci], excluding: [])`, worked out once per clause of the current sentence (`clauses`
    /// are its clauses; arguments depend on the clause and the document's mentions alone).
    func argumentsOfClause(_ ci: Int, _ clauses: [Clause]) -> [Argument] {
        if let k = clauseArguments.firstIndex(where: { $0.clause == ci }) { return clauseArguments[k].args }
        let args = arguments(clauses[ci], excluding: [])
        clauseArguments.append((ci, args))
        return args
    }

    /// "die UN-Beobachtermission UNDOF", "der US-Konzern Raytheon": the compound's first part only says what the
    /// name right after it belongs to; the name is the actor of the phrase.
    func isCompoundBeforeName(_ idx: Int) -> Bool {
        // (the form asked in place first: a copy of the mention retains its strings, and most mentions are no compound)
        // ("dem Nato-Beitritt Schwedens": a cue compound before a genitive is no such phrase)
        guard doc.language == .de, mentions[idx].form == .compoundPart, !isA(mentions[idx].tokens.lowerBound, .cueForm) else { return false }
        let next = mentions[idx].tokens.upperBound
        return (mentionsBySentence[mentions[idx].sentence] ?? []).contains { j in
            j != idx && mentions[j].tokens.lowerBound == next && mentions[j].form == .name && mentions[j].actor != mentions[idx].actor
                && !mentions[j].actor.hasPrefix("state:")
        }
    }

    /// Whether the tokens between two coordinated actors are a conjunction (with a determiner or possessive)
    /// and then a person's title: "and North Korean leader", "und der nordkoreanische Machthaber",
    /// "und sein ugandischer Amtskollege". The title has a head word ("leader", "Amtskollege") at its end.
    /// For an organization or state the head is a describing noun: "und der ostafrikanische Staatenbund IGAD",
    /// "and the militant group Hamas".
    func titleJoins(_ between: Range<Int>, person: Bool) -> Bool {
        var k = between.lowerBound
        var sawCoordinator = false
        while k < between.upperBound && (isA(k, [.coordinator, .determiner]) || punctuation[k].contains(.comma) || RelationFinder.possessivePronouns.contains(toks[k].lower)) {
            if isA(k, .coordinator) { sawCoordinator = true }
            k += 1
        }
        // (a comma between two persons lists them too: "Andrija Mandić, Vizeregierungschef Aleksa Bečić")
        let listComma = person && !sawCoordinator && k == between.lowerBound + 1 && punctuation[between.lowerBound].contains(.comma)
        guard sawCoordinator || listComma, k < between.upperBound else { return false }
        // the title's words: its state ("North Korean", "ugandischer"), lower-case modifiers, hyphens, up to a
        // title that ends where the name begins
        if !person {
            let head = toks[between.upperBound - 1].lower
            // ("Woodside und die Regierung in Canberra", "and the government of Japan")
            if ["in", "of"].contains(head), k == between.upperBound - 2, words.stateDescriptors.contains(toks[k].lower) { return true }
            // ("Australien und dem Energiekonzern Woodside", "and the mining firm Zentara Metals")
            guard words.orgDescriptors.contains(head) || words.stateDescriptors.contains(head)
                || words.isOrgNoun(head, compounds: doc.language == .de) else { return false }
        }
        return titleRuns(k ..< between.upperBound, person: person)
    }

    /// The tokens of `span` are a title that ends where a name begins: its state ("North Korean",
    /// "albanische"), lower-case modifiers, hyphens, and a title or title head as the last words
    /// ("der albanische Regierungschef" before "Edi Rama"). For an organization or state (`person`
    /// false) the describing noun was checked by the caller.
    func titleRuns(_ span: Range<Int>, person: Bool = true) -> Bool {
        let between = span
        var j = span.lowerBound
        while j < between.upperBound {
            let t = toks[j]
            if !person {
                if j + 1 == between.upperBound { return true }
            } else if isA(j, .titleStart), let m = words.titles.longestMatch(in: toks[..<between.upperBound], at: j, key: \.lower), j + m.length == between.upperBound {
                return true
            }
            if person, words.titleHeadIndex.longestSuffix(of: t.lower) != nil, j + 1 == between.upperBound { return true }
            let ok = mentionTokens.contains(j) || t.text == "-" || (t.isWord && !t.isCapitalized && !isA(j, [.preposition, .coordinator]) && !isA(j, .cueForm))
            if !ok { return false }
            j += 1
        }
        return false
    }

    /// Where a title that ends right before token `end` starts: a title head ("Regierungschef") or a title of the
    /// lexicon of up to four words ("Fisheries Minister", "Northern Ireland Secretary").
    func titleStart(endingAt end: Int, in c: Clause) -> Int? {
        var found: Int?
        if words.titleHeadIndex.longestSuffix(of: toks[end - 1].lower) != nil { found = end - 1 }
        var k = end - 1
        while k >= c.tokens.lowerBound && k >= end - 4 && toks[k].isWord {
            if isA(k, .titleStart), let m = words.titles.longestMatch(in: toks[..<end], at: k, key: \.lower), k + m.length == end { found = k }
            k -= 1
        }
        return found
    }

    /// "den russischen Militärgeheimdienst GRU", "the Russian mercenary group Wagner": a nationality on a noun before
    /// an organization's or a person's name describes that actor; it is no actor of the clause itself.
    func isAdjectiveOnName(_ idx: Int) -> Bool {
        guard mentions[idx].form == .adjective else { return false }
        var k = mentions[idx].tokens.upperBound
        var n = 0
        while k < toks.count && n < 3 && toks[k].isWord && !mentionTokens.contains(k)
                && !isA(k, [.preposition, .determiner, .coordinator, .reportVerb, .verbMarker, .passiveAux, .copula, .subordinator])
                && (doc.language == .en || toks[k].isCapitalized) && cueCache.hasNoEntries(k) {
            k += 1
            n += 1
        }
        guard n >= 1, k < toks.count, mentionTokens.contains(k) else { return false }
        return (mentionsBySentence[mentions[idx].sentence] ?? []).contains {
            // ("Russian billionaire Oleg Deripaska": a person the article names by a pattern too)
            mentions[$0].tokens.lowerBound == k && (mentions[$0].form == .name || mentions[$0].form == .person && mentions[$0].actor.hasPrefix("person:"))
                && (mentions[$0].actor.hasPrefix("org:") || mentions[$0].actor.hasPrefix("person:"))
        }
    }

    /// "Afghan-based militants", "a Baku-based group": the place where someone is based, no actor of the clause.
    func isBasedCompound(_ idx: Int) -> Bool {
        // (the tokens read in place: a copy of the mention retains and releases its strings, for every mention of every clause)
        let tokens = mentions[idx].tokens
        guard tokens.count == 1, toks[tokens.lowerBound].containsHyphen else { return false }
        let w = toks[tokens.lowerBound].lower
        return w.hasSuffix("-based") || w.hasSuffix("-basierte") || w.hasSuffix("-basierten") || w.hasSuffix("-basierter")
    }

    /// The actor mentions of a clause with their roles; title parts and reporters left out.
    func arguments(_ c: Clause, excluding: Set<Int>) -> [Argument] {
        var args: [Argument] = []
        var group = 0
        var lastEnd = -10
        let describing = c.appositions.filter { !$0.namesHead }.map(\.range)
        let naming = c.appositions.filter(\.namesHead).map(\.range)
        let ms = (mentionsBySentence[sentence(ofToken: c.tokens.lowerBound)] ?? []).filter { idx in
            let start = mentions[idx].tokens.lowerBound
            return c.tokens.contains(start) && (!mentions[idx].inTitle || isBareTitleState(idx)) && !excluding.contains(idx)
                && !describing.contains { $0.contains(start) } && !isBracketedName(idx) && !isCompoundBeforeName(idx)
                && !isBasedCompound(idx) && !isAdjectiveOnName(idx)
        }
        args.reserveCapacity(ms.count)
        for idx in ms {
            let m = mentions[idx]
            let namesHead = naming.first { $0.contains(m.tokens.lowerBound) }
            // the noun phrase: back over determiners and adjectives
            var p = m.tokens.lowerBound
            // a mention that opens with its determiner is the whole phrase ("For decades the kingdom")
            var steps = isA(p, .determiner) ? 3 : 0
            while p - 1 >= c.tokens.lowerBound && steps < 3 {
                // (the token read in place, `toks[p - 1]`: a copy retains and releases its two strings)
                let isAdj = toks[p - 1].isWord && !toks[p - 1].isCapitalized && !isA(p - 1, [.preposition, .coordinator])
                    && (isA(p - 1, .adjectiveEnding) || doc.language == .en)
                    && !isA(p - 1, .cueForm)
                    // ("seit sie Frankreich … gedrängt hat": a subject pronoun is no adjective of the name after it)
                    && !(doc.language == .de && RelationFinder.subjectPronounsDE.contains(toks[p - 1].lower))
                // ("gegen die Miliz RSF", "mit der Terrorgruppe Hamas": a describing noun right before the name is its phrase)
                // ("aus dem Nachbarland Moldau": a noun for a state before its name too)
                // ("Mitglied der Wirtschaftsunion und des Militärbündnisses OVKS": an alliance noun naming the organization too)
                let describingNoun = doc.language == .de && p == m.tokens.lowerBound && toks[p - 1].isCapitalized
                    && (words.orgDescriptors.contains(toks[p - 1].lower) || m.actor.hasPrefix("state:") && RelationFinder.stateNounsDE.contains(toks[p - 1].lower)
                        || m.actor.hasPrefix("org:") && hasCue(p - 1, RelationFinder.allianceNounKinds) && !mentionTokens.contains(p - 1))
                // ("seit 2009 der Nato an": a number before the article belongs to the phrase before)
                if toks[p - 1].kind == .number && p < m.tokens.lowerBound && isA(p, .determiner) { break }
                // ("about 30 Guinean troops", "von mindestens sieben mauretanischen Viehhirten": a word that makes the number
                // approximate belongs to the phrase, and "about" is no preposition there)
                // (before a word, only an approximator that is no preposition: "under the agreement" keeps its "under")
                let approximate = (toks[p].kind == .number
                                   || p < m.tokens.lowerBound && toks[p].isWord && !toks[p].isCapitalized && !isA(p, .determiner) && !isA(p - 1, .preposition))
                    && words.approximators.contains(toks[p - 1].lower)
                // ("gegen den die USA Sanktionen verhängt haben": two articles in a row, the first a relative pronoun of its own)
                if doc.language == .de, isA(p - 1, .determiner), p - 2 >= c.tokens.lowerBound, isA(p - 2, .determiner), p - 1 < m.tokens.lowerBound || p == m.tokens.lowerBound { p -= 1; break }
                if isA(p - 1, .determiner) || isAdj && !approximate || toks[p - 1].kind == .number || describingNoun { p -= 1; steps += 1 }
                else if approximate { p -= 1; steps += 1 } else { break }
            }
            // "von Präsidentin Salome Surabischwili", "from President Ruto": the title belongs to the person's phrase
            // ("unter Leitung von Mossad-Chef David Barnea", "unter General al-Burhan": no role the title would give)
            // ("by Faroese Fisheries Minister Dennis Holm": over the title's capitalized words and its state)
            // (a preposition up to five words before asked first, on its bits: most names have none)
            if p == m.tokens.lowerBound, p - 2 >= c.tokens.lowerBound, isWord(at: p - 1),
               (max(c.tokens.lowerBound, p - 6) ..< p - 1).contains(where: { isA($0, .preposition) }), m.actor.hasPrefix("person:"),
               var q = titleStart(endingAt: p, in: c) {
                while q - 2 >= c.tokens.lowerBound && q > p - 5 && toks[q - 1].isWord && !isA(q - 1, [.preposition, .determiner, .coordinator])
                        && (toks[q - 1].isCapitalized || mentionTokens.contains(q - 1)) { q -= 1 }
                if q - 1 >= c.tokens.lowerBound, isA(q - 1, .preposition), let r = words.preps[toks[q - 1].lower], r != .other, r != .location,
                   // ("das Büro von Regierungschef X": "von" after a noun that is no actor is a possessor)
                   !(q - 2 >= c.tokens.lowerBound && ["von", "of"].contains(toks[q - 1].lower) && toks[q - 2].isCapitalized && !mentionTokens.contains(q - 2)) {
                    p = q
                }
            }
            var role: Argument.Role = .plain
            var prepWord: String?
            if p - 1 >= c.tokens.lowerBound {
                let tp = p - 1  // (the token read in place, `toks[tp]`: no copy of its strings)
                if isA(p - 1, .preposition), let r = words.preps[lower(at: tp)] { role = .prep(r); prepWord = lower(at: tp) }
                // "seit sie …", "since they …": a conjunction before a pronoun subject, no preposition
                if m.form.isPronounLike, p == m.tokens.lowerBound, RelationFinder.conjunctionPreps.contains(toks[tp].lower) { role = .plain; prepWord = nil }
                // "after Rasool accused the Trump administration": a name with its verb right after it is the subject
                if doc.language == .en, !m.form.isPronounLike, RelationFinder.conjunctionPreps.contains(toks[tp].lower), m.tokens.upperBound < c.tokens.upperBound {
                    // ("after the Somali government asked Nairobi": over the government noun the actor names)
                    let v = m.tokens.upperBound + (isGovernmentNoun(at: m.tokens.upperBound) && m.tokens.upperBound + 1 < c.tokens.upperBound ? 1 : 0)
                    if RelationFinder.verbMarkers.contains(toks[v].lower) && toks[v].lower != "to"
                        || cueEntries(toks[v], at: v).contains(where: { [.verb, .verbRecv, .meet].contains($0.cueClass) }) && toks[v].lower.hasSuffix("ed") {
                        role = .plain; prepWord = nil
                    }
                }
                // "…, seit Mali Frankreich zum Abzug gedrängt hat": a German conjunction that opens a clause after a comma, its
                // finite verb at the clause's end, governs no noun: the name after it is the clause's subject
                if doc.language == .de, !m.form.isPronounLike, tp > 0, tp - 1 <= c.tokens.lowerBound, punctuation[tp - 1].contains(.comma),
                   RelationFinder.conjunctionPreps.contains(toks[tp].lower), endsWithVerb(c) {
                    role = .plain
                    prepWord = nil
                }
                // "were to leave southern Lebanon": "to" before a verb is the infinitive, no preposition
                if doc.language == .en, toks[tp].lower == "to", p < m.tokens.lowerBound, toks[p].isWord, !toks[p].isCapitalized, !isA(p, .determiner),
                   !["ern", "al", "ian", "ese", "ish", "ed", "ing"].contains(where: { toks[p].lower.hasSuffix($0) }) {
                    role = .plain
                    prepWord = nil
                }
                // two-word prepositions: "in Richtung", "gemeinsam mit", "together with"
                if p - 2 >= c.tokens.lowerBound, isA(p - 2, .prepPhraseStart), let m = words.prepPhrases.longestMatch(in: toks[..<p], at: p - 2, key: \.lower), m.length == 2 {
                    role = .prep(m.value)
                    prepWord = toks[p - 2].lower + " " + toks[tp].lower
                }
                // "die Regierung in Abu Dhabi", "the authorities in Kabul": the place names the actor;
                // the phrase takes the role of its head noun
                if role == .prep(.location), p - 2 >= c.tokens.lowerBound, isGovernmentNoun(at: p - 2) {
                    var h = p - 2
                    // (not over a coordinator: "Japan und die Regierung in Canberra" lists two)
                    // (nor over a verb: "…, Hilda Heine, kritisierte die Regierung in Honiara")
                    while h - 1 >= c.tokens.lowerBound && (isA(h - 1, .determiner) || (toks[h - 1].isWord && !toks[h - 1].isCapitalized && !isA(h - 1, [.preposition, .coordinator, .verbMarker])
                                                                                        && (cueCache.hasNoEntries(h - 1) || cueEntries(toks[h - 1], at: h - 1).isEmpty))) { h -= 1 }
                    role = .plain
                    prepWord = nil
                    if h - 1 >= c.tokens.lowerBound, isA(h - 1, .preposition), let r = words.preps[toks[h - 1].lower] { role = .prep(r); prepWord = toks[h - 1].lower }
                    p = h
                }
            }
            // "opposition leader Sajith Premadasa of the SJB party accused …": an organization after "of" right after a
            // person's name is the person's, no subject of the clause
            // (the phrase may open with the "of": "of the … party")
            if doc.language == .en, role == .plain, m.actor.hasPrefix("org:"), !args.isEmpty, args[args.count - 1].actor.hasPrefix("person:"),
               let of = [p - 1, p].first(where: { $0 > c.tokens.lowerBound && $0 < m.tokens.lowerBound && toks[$0].lower == "of" }),
               args[args.count - 1].end == of {
                role = .prep(.other)
                prepWord = "of"
            }
            // "Feijóo von der konservativen Volkspartei (PP) kritisierte": a name in brackets after a noun phrase that is
            // no mention names that phrase and takes the role of its preposition
            if role == .plain, p == m.tokens.lowerBound, p - 2 >= c.tokens.lowerBound, punctuation[p - 1].contains(.openBracket),
               m.tokens.upperBound < c.tokens.upperBound, punctuation[m.tokens.upperBound].contains(.closeBracket) {
                var q = p - 2
                while q > c.tokens.lowerBound && q > p - 7 && toks[q].isWord && !mentionTokens.contains(q) && !isA(q, [.preposition, .coordinator])
                        && (toks[q].isCapitalized || isA(q, .determiner) || isA(q, .adjectiveEnding) || doc.language == .en) { q -= 1 }
                if q < p - 2, isA(q, .preposition), let r = words.preps[toks[q].lower], isA(q + 1, .determiner) {
                    role = .prep(r)
                    prepWord = toks[q].lower
                }
            }
            // "an der Seite der Miliz": fighting beside someone ("sich auf die Seite Saudi-Arabiens gestellt", "an die Seite
            // Kiews": taking someone's side, read the same)
            if role == .plain, p - 3 >= c.tokens.lowerBound, lower(at: p - 1) == "seite",
               toks[p - 3].lower == "an" && (toks[p - 2].lower == "der" || toks[p - 2].lower == "die") || toks[p - 3].lower == "auf" && toks[p - 2].lower == "die" {
                role = .prep(.with)
                prepWord = "an der seite"
            }
            // "im Streit um die Unabhängigkeit des Kosovo", "seit dem Abzug der Wagner-Truppe": a German genitive on a noun
            // that a preposition of place or circumstance governs is inside that phrase, no subject or object
            // (as a circumstance, not as a place a fight is against; not a nationality on the noun: "beim Schutz der moldauischen Grenze")
            if doc.language == .de, role == .plain, m.form != .adjective, let w = genitiveInCircumstance(p, c) { role = .prep(.other); prepWord = w }
            // "nach der Festnahme kirgisischer Migranten", "Hunderter kirgisischer Arbeitsmigranten": a German group of a state's
            // people in the genitive (its adjective in -er right after a noun, no article) is that noun's attribute, no subject
            // or object
            if doc.language == .de, role == .plain, m.actor.hasPrefix("group:"), p == m.tokens.lowerBound, p - 1 >= c.tokens.lowerBound,
               toks[p].lower.hasSuffix("er"), toks[p - 1].isWord, toks[p - 1].isCapitalized, !mentionTokens.contains(p - 1), !isA(p - 1, .determiner) {
                role = .prep(.other)
                prepWord = toks[p - 1].lower
            }
            // "India and Sri Lanka, together with the UAE, signed", "Frankreich verurteilte gemeinsam mit Italien": a fellow
            // actor right after the subject (over a comma or the finite verb) is one of the subject
            var comitative = false
            // ("joined NATO together with Finland": only the subject's fellow, not the object's)
            // (a two-word preposition of the lexicon: "an der Seite der Miliz" fights beside it)
            if role == .prep(.with), let pw = prepWord, pw.utf8.lazy.filter({ $0 == UInt8(ascii: " ") }).count == 1, !args.isEmpty, args[args.count - 1].isPlain,
               args.firstIndex(where: \.isPlain).map({ args[$0].group == args[args.count - 1].group }) == true,
               !args[args.count - 1].actor.hasPrefix("agreement:"), !m.actor.hasPrefix("agreement:"),
               p - 2 >= args[args.count - 1].end, p - 2 - args[args.count - 1].end <= 2,
               !(args[args.count - 1].end..<(p - 2)).contains(where: { mentionTokens.contains($0) }) {
                comitative = true
                role = .plain
                prepWord = nil
            }
            // coordination: "A und B", "A, B und C" joined without other words between
            let between = lastEnd >= c.tokens.lowerBound ? lastEnd..<max(lastEnd, p) : 0..<0
            // (an agreement is listed with no state: "Under the defence pact, Russia and North Korea …")
            var joined = comitative || lastEnd >= 0 && !between.isEmpty && between.allSatisfy { isA($0, [.coordinator, .determiner]) || punctuation[$0].contains(.comma) }
                && between.contains { isA($0, .coordinator) || punctuation[$0].contains(.comma) }
                && (args.isEmpty || args[args.count - 1].actor.hasPrefix("agreement:") == m.actor.hasPrefix("agreement:"))
            // "sowohl Milei als auch Sánchez", "Hungary as well as Slovakia": a coordinator of several words
            // (the words read up to the name: a phrase start may have taken them for adjectives)
            joined = joined || !args.isEmpty && lastEnd >= c.tokens.lowerBound && (2...4).contains(m.tokens.lowerBound - lastEnd)
                && isWordCoordinator(lastEnd..<m.tokens.lowerBound)
            // (the last argument read in place, `args[args.count - 1]`: `args.last` copies a whole Argument, four
            // reference counts, three times for every mention)
            // "Putin and North Korean leader Kim Jong Un", "Ruto und sein ugandischer Amtskollege Museveni": a person's
            // title between the conjunction and the name keeps the coordination
            // (only for a person right after a coordinator's phrase: the word classes asked of a few tokens)
            // ("erklärte Parlamentspräsident Andrija Mandić, Vizeregierungschef Aleksa Bečić und …": over a comma of a list
            // of persons too)
            joined = joined || (lastEnd >= c.tokens.lowerBound && p > lastEnd + 1 && !args.isEmpty
                && (isA(lastEnd, [.coordinator, .determiner]) || punctuation[lastEnd].contains(.comma) && m.actor.hasPrefix("person:") && args[args.count - 1].actor.hasPrefix("person:"))
                && !m.actor.hasPrefix("agreement:") && !args[args.count - 1].actor.hasPrefix("agreement:")
                && titleJoins(lastEnd..<m.tokens.lowerBound, person: m.actor.hasPrefix("person:")))
            if !args.isEmpty, args.mentionRange(at: args.count - 1).overlaps(m.range) {
                // several actors for one phrase ("beide Länder"): same group
            } else if let a = namesHead, !args.isEmpty, args[args.count - 1].end < a.lowerBound,
                      // (over a possessive pronoun: "al-Sisi and his Somali counterpart, Hassan Sheikh Mohamud,")
                      let before = args.lastIndex(where: { !($0.mention.form.isPronounLike && $0.mention.isPossessive) }),
                      let and = (args[before].end..<a.lowerBound).first(where: { isA($0, .coordinator) }),
                      // ("imposed sanctions on the founder and honorary chairman of …, billionaire X": a coordinator inside a
                      // phrase of its own, after a preposition, joins two titles of one person)
                      !(args[before].end..<and).contains(where: { isA($0, .preposition) }) {
                // "President al-Sisi and his Somali counterpart, Hassan Sheikh Mohamud,": the apposition
                // names the coordinated title
                role = args[before].role
                p = m.tokens.lowerBound
            } else if namesHead != nil {
                group += 1
                role = .plain
            } else if !joined {
                group += 1
            }
            if namesHead == nil, !args.isEmpty, joined || args.mentionRange(at: args.count - 1).overlaps(m.range), case .prep(let r) = args.role(at: args.count - 1), role == .plain {
                role = .prep(r)
                prepWord = args[args.count - 1].prepWord
            }
            // "the invasion of Ukraine", "support of Russia": "of" after a cue noun marks its target
            if prepWord == "of", p - 2 >= c.tokens.lowerBound,
               cueEntries(toks[p - 2], at: p - 2).contains(where: { $0.cueClass == .noun || $0.cueClass == .agent }) {
                role = .prep(.target)
            }
            var mm = m
            // "Russia's foreign ministry said", "Pekings Außenministerium erklärte": the possessor acts
            // ("Iran's foreign ministry": over the English adjectives before the head)
            if mm.isPossessive {
                var k = m.tokens.upperBound
                while k < min(c.tokens.upperBound, m.tokens.upperBound + 4) {
                    let t = toks[k]
                    if !t.isWord || t.text == "'s" || t.text == "’s" { k += 1; continue }
                    // (not as an adjective before a role noun: "Syria's main military backer")
                    if isGovernmentNoun(at: k) || t.lower.hasSuffix("ministerium") || t.lower.hasSuffix("ministry") {
                        // (nor before a noun: "its police agreement with China" is Fiji's agreement)
                        if !(k + 1 < c.tokens.upperBound && cueEntries(toks[k + 1], at: k + 1).contains { $0.cueClass == .agent || $0.cueClass == .noun && t.lower == "police" }) { mm.isPossessive = false }
                        break
                    }
                    // "Venezuela's defence minister described …": an office without a name speaks for its state
                    if m.inTitle, isA(k, .titleStart) && words.titles.longestMatch(in: toks[..<c.tokens.upperBound], at: k, key: \.lower) != nil
                        || words.titleHeadIndex.longestSuffix(of: t.lower) != nil,
                       // (with the holder named a little later, the person acts: "Katars Ministerpräsident und Außenminister Scheich …")
                       !personNamed(after: m, within: 8) {
                        mm.isPossessive = false
                        break
                    }
                    if doc.language == .en && !t.isCapitalized && cueEntries(t, at: k).isEmpty { k += 1; continue }
                    // ("China's Foreign Ministry rejected": over the capitalized words of the ministry's name)
                    if doc.language == .en && t.isCapitalized && !mentionTokens.contains(k) && cueEntries(t, at: k).isEmpty
                        && !(isA(k, .titleStart) && words.titles.longestMatch(in: toks[..<c.tokens.upperBound], at: k, key: \.lower) != nil) { k += 1; continue }
                    break
                }
            }
            var arg = Argument(actor: m.actor, mention: mm, at: idx, role: role, prepWord: prepWord, phraseStart: p, end: m.tokens.upperBound, group: group)
            arg.mentionIndex = idx
            // "ist seit 2023 Nato-Mitglied": the actor in a cue compound belongs to the noun, it is no subject
            if m.form == .compoundPart, cueEntries(toks[m.tokens.lowerBound], at: m.tokens.lowerBound).contains(where: { $0.cueClass == .noun || $0.cueClass == .agent }) {
                arg.modifiesCue = true
            }
            if m.form == .adjective, m.tokens.upperBound < c.tokens.upperBound {
                let next = toks[m.tokens.upperBound]
                arg.modifiesCue = next.isWord && cueEntries(next, at: m.tokens.upperBound).contains { $0.cueClass == .noun || $0.cueClass == .adj }
            }
            args.append(arg)
            // ("Sheinbaum and her predecessor López Obrador": a possessive pronoun opens the next phrase, whose
            // coordination is read from the actor before it)
            if !(m.form.isPronounLike && mm.isPossessive && doc.language == .en) { lastEnd = m.tokens.upperBound }
        }
        // "die Militärübungen der USA und Japans": a German genitive name coordinated after a plain actor,
        // with no noun after it, is that actor's fellow, no possessor of a later noun
        if doc.language == .de {
            for k in args.indices.dropFirst() where args[k].isPossessor && args[k].group == args[k - 1].group && args[k - 1].isPlain
                && args[k].mention.form == .name && !(args[k].end < c.tokens.upperBound && toks[args[k].end].isWord && toks[args[k].end].isCapitalized) {
                args[k].mention.isPossessive = false
            }
        }
        // "Im Streit um das Ende des russischen Gastransits durch die Ukraine hat der slowakische Ministerpräsident Robert Fico
        // …": a German main clause that opens with a preposition of place or circumstance holds that phrase before its finite
        // verb (an auxiliary or a cue verb); an actor in it is no subject
        if doc.language == .de, c.opener == nil, args.contains(where: \.isPlain), !isInfinitive(c),
           let first = c.tokens.first(where: { toks[$0].isWord }), isA(first, .preposition),
           let r = words.preps[toks[first].lower], r == .other || r == .location,
           // (not a conjunction after a comma with the verb at the clause's end: "…, seit Mali Frankreich … gedrängt hat")
           !(first > 0 && punctuation[first - 1].contains(.comma) && RelationFinder.conjunctionPreps.contains(toks[first].lower) && endsWithVerb(c)),
           let finite = (first + 1..<c.tokens.upperBound).first(where: { k in
               punctuation[k].contains(.comma) || toks[k].isWord && !toks[k].isCapitalized && toks[k].lower != "zu"
                   && (isA(k, .verbMarker) || hasCue(k, RelationFinder.verbKinds))
           }), !punctuation[finite].contains(.comma) {
            // (also an adjective on a noun cue inside the phrase: "Im Streit um den russischen Angriffskrieg unterstützt Polen …")
            for k in args.indices where (args[k].isPlain || args[k].role == .plain && args[k].modifiesCue) && args[k].end <= finite {
                args[k].role = .prep(.other)
                args[k].prepWord = toks[first].lower
            }
        }
        // "The U.N. peacekeeping mission MONUSCO, …, called on", "the UN refugee agency UNHCR": an actor before a few lower-case
        // nouns and an organization's name describes that organization, the phrase's head (no verb between: no cue, no word
        // in -ed, the last no plural or third person in -s)
        if doc.language == .en {
            // (the phrase opens with its article: "Sweden officially became NATO's …" is a clause)
            for k in args.indices.dropLast() where args[k].isPlain && args[k + 1].actor.hasPrefix("org:") && args[k + 1].group != args[k].group
                && args[k].start > c.tokens.lowerBound && isA(args[k].start - 1, .determiner) && !args[k + 1].isPossessor
                // (two actors of one hyphenated word, "the U.S.-Hamas talks", overlap: no gap between them)
                && args[k].end <= args[k + 1].start {
                let gap = args[k].end..<args[k + 1].start
                if !gap.isEmpty, gap.count <= 3, !toks[gap.upperBound - 1].lower.hasSuffix("s"), gap.allSatisfy({ j in
                    toks[j].isWord && !toks[j].isCapitalized && !isA(j, [.preposition, .coordinator, .determiner, .verbMarker]) && cueCache.hasNoEntries(j)
                        && !toks[j].lower.hasSuffix("ed")
                }) {
                    args[k].mention.isPossessive = true
                }
            }
        }
        // "Regierungen wie Nordkorea": the example stands for the group
        var drop = Set<Int>()
        // (read from the list as it was before the loop changes it, by index: only a group's Argument is copied)
        let before = args
        for k in before.indices where before[k].actor.utf8.first == UInt8(ascii: "g") && before[k].actor.hasPrefix("group:") {
            let a = before[k]
            if k + 1 < args.count, a.end < toks.count, RelationFinder.exemplifiers.contains(toks[a.end].lower),
               args[k + 1].start <= a.end + 3 {
                drop.insert(k)
                args[k + 1].role = a.role
                args[k + 1].group = a.group
            }
        }
        if drop.isEmpty { return args }
        return args.enumerated().filter { !drop.contains($0.offset) }.map(\.element)
    }

    /// "fünf iranische Generäle", "der Außenminister Katars": the state in a title that names no person
    /// stands for itself.
    func isBareTitleState(_ idx: Int) -> Bool {
        let m = mentions[idx]
        guard m.actor.hasPrefix("state:") || m.actor.hasPrefix("org:"), m.form != .coreference else { return false }
        return !(mentionsBySentence[m.sentence] ?? []).contains { k in
            // (the id asked in place before the mention is copied: most are no person)
            guard k != idx, mentions[k].actor.hasPrefix("person:") else { return false }
            let o = mentions[k]
            if o.tokens.overlaps(m.tokens) { return true }
            // the named holder: right after the title ("iranische Außenminister Araghchi") or just before it ("Lawrow, der russische …")
            // an organization's officer is named further off ("The United Nations envoy for Libya, Hanna Tetteh,")
            if m.actor.hasPrefix("org:") && o.tokens.lowerBound >= m.tokens.upperBound && o.tokens.lowerBound <= m.tokens.upperBound + 8 { return true }
            // …or after a complement, as an apposition ("Der US-Botschafter in Budapest, David Pressman,")
            if o.tokens.lowerBound > m.tokens.upperBound && o.tokens.lowerBound <= m.tokens.upperBound + 12 && toks[o.tokens.lowerBound - 1].text == ","
                && officeOf[o.actor]?.contains(m.actor) == true { return true }
            if o.tokens.lowerBound >= m.tokens.upperBound && o.tokens.lowerBound <= m.tokens.upperBound + 3 {
                return (m.tokens.upperBound..<o.tokens.lowerBound).allSatisfy { toks[$0].text == "," || toks[$0].isWord && cueEntries(toks[$0], at: $0).isEmpty && !isA($0, .preposition) }
            }
            // (not over a verb: "Tsahkna summoned Russia's chargé d'affaires")
            return o.tokens.upperBound <= m.tokens.lowerBound && o.tokens.upperBound >= m.tokens.lowerBound - 3
                && (o.tokens.upperBound..<m.tokens.lowerBound).allSatisfy { !toks[$0].isWord || isA($0, .determiner) || cueEntries(toks[$0], at: $0).isEmpty && !isA($0, .reportVerb) }
        }
    }


    /// Whether the words of `r`, articles aside, are a coordinator of several words ("als auch", "as well as").
    func isWordCoordinator(_ r: Range<Int>) -> Bool {
        let ws = r.filter { !isA($0, .determiner) }.map { toks[$0].lower }
        return ws == ["als", "auch"] || ws == ["as", "well", "as"]
    }

    /// The mentions listed before `m` ("Norway, Sweden and Denmark"): each joined to the next by a
    /// comma or a coordinator.
    func coordinatedBefore(_ m: Mention, sentence s: Sentence) -> [Mention] {
        let ms = (mentionsBySentence[s.index] ?? []).map { mentions[$0] }.filter { !$0.inTitle }
        var out: [Mention] = []
        var k = m.tokens.lowerBound - 1
        while k > s.tokens.lowerBound, toks[k].text == "," || isA(k, .coordinator),
              let prev = ms.last(where: { $0.tokens.upperBound == k }) {
            out.append(prev)
            k = prev.tokens.lowerBound - 1
        }
        return out
    }

    /// A pair ("between A and B") right after a noun that is no cue of `type` ("Ties between …"); not at
    /// the clause's start ("Zwischen Russland und der Ukraine herrscht Krieg").
    func pairBelongsToOtherNoun(_ p: Argument, _ type: EdgeType, _ c: Clause) -> Bool {
        var k = p.start - 1
        while k > c.tokens.lowerBound && isA(k, .determiner) { k -= 1 }
        guard k - 1 >= c.tokens.lowerBound, isA(k, .preposition) else { return false }
        let n = k - 1
        return toks[n].isWord && !mentionTokens.contains(n) && !isA(n, [.preposition, .coordinator, .determiner, .subordinator])
            && !cueEntries(toks[n], at: n).contains { $0.type == type }
    }

    /// A German theme right after a plain actor named by its name, over adjectives, determiners and
    /// numbers ("der Ukraine weitere Patriot-Systeme"): what is given to that actor.
    func themeAfterReceiver(_ theme: Int, _ args: [Argument]) -> Bool {
        var j = theme - 1
        while j >= 0 && !mentionTokens.contains(j) && (toks[j].kind == .number || isA(j, .determiner) || toks[j].isWord && !toks[j].isCapitalized && isA(j, .adjectiveEnding)) { j -= 1 }
        return j >= 0 && args.contains { $0.end == j + 1 && $0.isPlain && !$0.isPossessor && $0.mention.form != .adjective }
    }

    /// The subject: the first plain argument and the arguments coordinated with it.
    /// German: the actor's noun phrase opens with a dative article ("dem französischen Konzern Orano",
    /// "einem Nachbarland"), so it is no subject.
    func isDativeMarked(_ a: Argument) -> Bool {
        var k = a.start - 1
        var steps = 0
        while k >= 0 && steps < 5 {
            // (every dative article ends in "m": the set is asked only then)
            // ("der Mercosur, dem Argentinien angehört": after a comma, "dem" right before a name is the relative pronoun)
            if toks[k].lower.utf8.last == UInt8(ascii: "m"), RelationFinder.dativeDeterminers.contains(toks[k].lower) {
                return k != memberRelativePronoun
            }
            guard toks[k].isWord, mentionTokens.contains(k) || !toks[k].isCapitalized && isA(k, .adjectiveEnding) || toks[k].isCapitalized && k == a.start - 1 else { return false }
            k -= 1
            steps += 1
        }
        return false
    }

    /// For a German phrase at `p` that opens with a genitive article after a noun ("seit dem Abzug der Wagner-Truppe"): the
    /// preposition of place or circumstance (lexicon `prep`, roles location and other) that governs that noun, over its
    /// articles and adjectives only. Not after a cue noun ("nach dem Angriff der Hamas" names the attacker), a title or a
    /// government noun.
    func genitiveInCircumstance(_ p: Int, _ c: Clause) -> String? {
        guard p - 2 >= c.tokens.lowerBound, toks[p].lower == "des" || toks[p].lower == "der" else { return nil }
        let h = p - 1
        guard toks[h].isWord, toks[h].isCapitalized, !mentionTokens.contains(h), cueCache.hasNoEntries(h) || cueEntries(toks[h], at: h).isEmpty,
              !isGovernmentNoun(at: h), !isTitleCompound(toks[h]) else { return nil }
        var k = h - 1
        while k >= c.tokens.lowerBound && k >= h - 4 {
            guard toks[k].isWord, !mentionTokens.contains(k) else { return nil }
            if isA(k, .preposition), let r = words.preps[toks[k].lower] {
                return r == .other || r == .location ? toks[k].lower : nil
            }
            guard isA(k, .determiner) || !toks[k].isCapitalized && isA(k, .adjectiveEnding) else { return nil }
            k -= 1
        }
        return nil
    }

    /// A German clause whose last word is a lower-case word that is no preposition, article or pronoun: its finite
    /// verb ("… gedrängt hat", "… unterstützt"), where a subordinate clause has it.
    func endsWithVerb(_ c: Clause) -> Bool {
        guard let last = c.tokens.reversed().first(where: { toks[$0].isWord }), last > c.tokens.lowerBound + 2 else { return false }
        return !toks[last].isCapitalized && !isA(last, [.preposition, .determiner, .coordinator]) && !mentionTokens.contains(last)
    }

    func subjectGroup(_ args: [Argument]) -> [Argument] {
        // (by index, the group read in place: no Argument copied to find it)
        guard let first = args.firstIndex(where: \.isPlain) else { return [] }
        let g = args[first].group
        return args.filter { $0.group == g }
    }

    /// "has supplied shells since the invasion of Ukraine", "after the fall of Assad": an English actor in the of-complement of a
    /// noun that a preposition of circumstance (since, after, during, amid) governs, after the verb at `verb`, is no object of it.
    func inCircumstance(_ a: Argument, after verb: Int) -> Bool {
        guard doc.language == .en, a.role == .plain, a.phraseStart - 1 > verb, toks[a.phraseStart - 1].lower == "of" else { return false }
        var h = a.phraseStart - 2
        var n = 0
        while h > verb && n < 4 && toks[h].isWord && !isA(h, .preposition) && !mentionTokens.contains(h) { h -= 1; n += 1 }
        return n > 0 && h > verb && isA(h, .preposition) && words.preps[toks[h].lower] == .other
    }

    /// "Uganda's army chief, General Muhoozi Kainerugaba, went further, threatening …": a state named in a title is
    /// the title's, and the person the title names right after it is the subject that carries over.
    func titledPerson(_ group: [Argument], _ args: [Argument]) -> [Argument] {
        guard group.count == 1, group[0].actor.hasPrefix("state:"), group[0].mention.inTitle,
              let p = args.first(where: { $0.isPlain && $0.start > group[0].start && $0.start <= group[0].end + 8 && $0.actor.hasPrefix("person:")
                  && personState[$0.actor] == group[0].actor }) else { return group }
        return args.filter { $0.group == p.group }
    }

    /// The actor a relative clause refers to: the mention right before its comma; a title's state there
    /// ("Envoy Ana Ruiz of Spain, who …") stands for the person the title belongs to.
    /// The first actor of the clause after `ci` that names a target there (a threat's condition or
    /// threatened act, a protest's reason): no actor of `excluded`, no pronoun, place or agreement, and
    /// one that `accept` takes.
    func nextClauseTarget(after ci: Int, _ clauses: [Clause], excluding excluded: Set<String>, accept: (Argument) -> Bool = { _ in true }) -> Argument? {
        guard ci + 1 < clauses.count else { return nil }
        return argumentsOfClause(ci + 1, clauses).first { a in
            !excluded.contains(a.actor) && !a.mention.form.isPronounLike && !a.mention.isLocative && !a.actor.hasPrefix("agreement:") && accept(a)
        }
    }

    /// A clause whose first word is a conditional ("if", "unless", "falls", "sollte").
    func opensWithCondition(_ c: Clause) -> Bool {
        c.tokens.first(where: { toks[$0].isWord }).map { RelationFinder.conditionals.contains(toks[$0].lower) } ?? false
    }

    /// The mention a relative clause refers back to: its index in the document's mentions.
    func relativeAntecedentIndex(_ c: Clause, _ s: Sentence) -> Int? {
        let ms = mentionsBySentence[s.index] ?? []
        // ("the BRICS group, which …": over a describing noun after the name)
        var comma = c.tokens.lowerBound - 1
        // ("der Karibischen Gemeinschaft (Caricom), der Belize angehört": over the bracket that closes a name's short form)
        if comma - 2 >= 0, punctuation[comma - 1].contains(.closeBracket) { comma -= 1 }
        let describing = comma - 1 >= 0 && (words.orgDescriptors.contains(toks[comma - 1].lower) || words.stateDescriptors.contains(toks[comma - 1].lower))
        guard let last = ms.last(where: { mentions[$0].tokens.upperBound == comma || describing && mentions[$0].tokens.upperBound == comma - 1 }) else { return nil }
        if !mentions[last].inTitle { return last }
        // the person before the title's state, with only title words between
        guard let person = ms.last(where: { mentions[$0].tokens.upperBound <= mentions[last].tokens.lowerBound && !mentions[$0].inTitle }),
              mentions[person].actor.hasPrefix("person:"), mentions[last].tokens.lowerBound - mentions[person].tokens.upperBound <= 3 else { return nil }
        return person
    }

    /// "Viv Ansanm, a coalition of gangs that has fought …", "the Houthis, a militia that controls …": an English
    /// that-clause right after an apposition that describes the actor before its comma (an indefinite article, no
    /// actor, no verb) is a relative clause of that actor, whose mention's index this is.
    func appositionRelativeAntecedent(_ ci: Int, _ cls: [Clause], _ s: Sentence) -> Int? {
        guard doc.language == .en, ci > 0 else { return nil }
        let p = cls[ci - 1]
        let first = p.tokens.lowerBound
        guard p.tokens.upperBound == cls[ci].tokens.lowerBound, (2...6).contains(p.tokens.count), first - 1 > s.tokens.lowerBound,
              toks[first - 1].text == ",", RelationFinder.indefiniteArticlesEN.contains(toks[first].lower),
              !p.tokens.contains(where: { isA($0, .cueForm) && cueEntries(toks[$0], at: $0).contains { $0.cueClass == .verb } }),
              // (the apposition describes an actor: "a militia", "a coalition of gangs", "a country"; not "a show of force")
              p.tokens.contains(where: { k in
                  let w = toks[k].lower
                  return words.orgDescriptors.contains(w) || words.stateDescriptors.contains(w) || words.orgNouns.contains(w)
                      || isA(k, .cueForm) && hasCue(k, RelationFinder.allianceNounKinds)
              }) else { return nil }
        let ms = mentionsBySentence[s.index] ?? []
        guard !ms.contains(where: { p.tokens.contains(mentions[$0].tokens.lowerBound) }),
              let at = ms.last(where: { mentions[$0].tokens.upperBound == first - 1 }), !mentions[at].inTitle else { return nil }
        return at
    }

    /// "the Libyan National Army (LNA)": the name in brackets after a mention of the same actor repeats it.
    func isBracketedName(_ idx: Int) -> Bool {
        // (the mention read in place: a copy would retain and release its strings, for every mention of every clause)
        let tokens = mentions[idx].tokens
        let open = tokens.lowerBound - 1
        // (the marks asked of the tokens' punctuation bits, `text == "("` and `text == ")"`: no String compared)
        guard open > 0, punctuation[open].contains(.openBracket), tokens.upperBound < toks.count, punctuation[tokens.upperBound].contains(.closeBracket) else { return false }
        let m = mentions[idx]
        // ("Außenminister Johann Wadephul (CDU)": an organization in brackets after a person is that person's party, no actor
        // of the clause)
        return (mentionsBySentence[m.sentence] ?? []).contains { mentions[$0].tokens.upperBound == open
            && (mentions[$0].actor == m.actor || m.actor.hasPrefix("org:") && mentions[$0].actor.hasPrefix("person:")) }
    }

    /// A person named up to `within` tokens after the mention, in its sentence ("Katars Ministerpräsident … Scheich Mohammed").
    func personNamed(after m: Mention, within: Int) -> Bool {
        (mentionsBySentence[m.sentence] ?? []).contains { k in
            let o = mentions[k]
            return o.actor.hasPrefix("person:") && o.tokens.lowerBound >= m.tokens.upperBound && o.tokens.lowerBound <= m.tokens.upperBound + within
                // (not a person after a verb: "Iran's foreign minister visited Damascus to meet President Assad")
                && !(m.tokens.upperBound..<o.tokens.lowerBound).contains { j in isA(j, .cueForm) && cueEntries(toks[j], at: j).contains { $0.cueClass == .verb || $0.cueClass == .meet } }
        }
    }

    /// The actor an agent noun is about: its possessor ("Israels wichtigster Waffenlieferant", "Syria's
    /// backer") or its complement ("der wichtigste Waffenlieferant Israels", "the main backer of Assad").
    func agentNounTarget(_ args: [Argument], cue: Cue) -> [Argument] {
        let cueEnd = cue.token + cue.length
        if let pos = args.last(where: { $0.end <= cue.token && onlyModifiers(between: $0.end, and: cue.token) }), pos.isPossessor {
            return [pos]
        }
        // ("ein Verbündeter Taiwans": a German genitive right after the noun)
        if let a = args.first(where: { $0.phraseStart == cueEnd && ($0.role == .plain || ["of", "von", "für", "for", "to"].contains($0.prepWord ?? "")
                                                                  || doc.language == .de && $0.isPossessor) }) {
            return args.filter { $0.group == a.group && $0.start >= cueEnd }
        }
        // "Israel's closest ally and largest arms supplier": a role noun coordinated with one before it shares its possessor
        var k = cue.token - 1
        while k > 0 && k > cue.token - 3 && toks[k].isWord && !toks[k].isCapitalized && !isA(k, .coordinator) { k -= 1 }
        if k > 1, isA(k, .coordinator), cueEntries(toks[k - 1], at: k - 1).contains(where: { $0.cueClass == .agent || $0.cueClass == .noun }),
           let pos = args.last(where: { $0.end <= k - 1 && onlyModifiers(between: $0.end, and: k - 1) }), pos.isPossessor {
            return [pos]
        }
        return []
    }

    /// "im Kampf gegen die Ukraine": a preposition right after a cue noun of another type belongs to that noun.
    func attachedToOtherCue(_ a: Argument, _ type: EdgeType, _ c: Clause, except own: Int? = nil) -> Bool {
        guard case .prep = a.role else { return false }
        let threatVerb = type == .threat && own.map { o in cueEntries(toks[o], at: o).contains { $0.type == .threat && $0.cueClass == .verb } } == true
        var k = a.phraseStart - 2
        while k >= c.tokens.lowerBound && k >= a.phraseStart - 4 {
            let t = toks[k]
            if k == own { return false }
            if t.isWord, (t.isCapitalized || doc.language == .en) {
                // (an English verb after a determiner is its noun: "his appeal to Western partners")
                let asNoun = doc.language == .en && k > c.tokens.lowerBound && isA(k - 1, .nounMarker)
                // (the weapons of an attack do not claim its target: "fired rockets into northern Israel")
                let entries = cueEntries(t, at: k).filter { $0.cueClass == .noun || ($0.cueClass == .theme && type != .conflict) || (asNoun && $0.cueClass == .verb) }
                // (troops and weapons sent together are one transfer: "sent troops and weapons to Somalia")
                let transfer = RelationFinder.transferTypes
                // (a threatened attack names whom the threat is against: "mit einem Atomangriff auf Südkorea gedroht")
                if !entries.isEmpty { return !entries.contains { $0.type == type || $0.cueClass == .theme && transfer.contains($0.type) && transfer.contains(type)
                    || type == .threat && $0.type == .conflict && threatVerb } }
                if doc.language == .de { return false }
            }
            k -= 1
        }
        return false
    }

    /// "US-Botschafter", "Kremlsprecher": a compound naming an office (its holder acts, not the state).
    func isTitleCompound(_ t: Token) -> Bool {
        let head = t.lower.split(separator: "-").last.map(String.init) ?? t.lower
        // "UN-Angaben": a source of information, no actor that acts
        if words.claimNouns.contains(head) || !words.reportMarkers.values(for: [head]).isEmpty { return true }
        return !words.titles.values(for: [head]).isEmpty
            || words.titleHeadIndex.longestSuffix(of: head) != nil
    }

    func isTargetRole(_ role: Argument.Role, _ type: EdgeType, prepWord: String? = nil) -> Bool {
        switch role {
        // ("an alliance against Ethiopia": who it is against is no partner)
        case .prep(.target): return !(type == .conflict && ["for", "für"].contains(prepWord ?? "")) && !(type == .alliance && ["against", "gegen"].contains(prepWord ?? ""))
        case .prep(.location): return type == .conflict || type == .visit
        case .prep(.with): return type == .support || type == .alliance || (type == .militarySupport && prepWord == "an der seite")
        case .prep(.other): return type == .militarySupport && prepWord == "alongside"
        // ("urged restraint from India", "verlangte von Russland den Abzug": who is asked)
        case .prep(.agent), .prep(.source): return type == .request
        default: return false
        }
    }
}
