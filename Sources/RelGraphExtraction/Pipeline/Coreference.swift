/// Resolves what points back to actors: person pronouns to the last person ("er", "seine", "he", "his");
/// pair phrases to the last two states named together ("beide Länder", "both countries", "die
/// autokratischen Staaten"); and descriptions after a determiner ("der geheimnisvolle Staat", "the
/// secretive state", "the island") to the most salient state in context that the clause does not
/// already name. Each resolution is a mention of form `.coreference` over the phrase.
public struct Coreference: PipelineStage {
    public let lexicon: Lexicon
    static let definite: Set<String> = ["der", "die", "das", "dem", "den", "des", "the", "this", "dieser", "diese", "dieses", "diesem", "diesen"]
    static let plurals: Set<String> = ["staaten", "länder", "ländern", "nationen", "states", "countries", "nations", "regierungen", "governments", "nachbarn", "nachbarländer", "nachbarländern", "nachbarstaaten", "neighbours", "neighbors"]
    /// Conjunctions of reason and time that open a clause after a comma ("weil das Land …", "because the country …").
    static let reasonOpeners: Set<String> = ["weil", "da", "nachdem", "because", "since", "after"]
    static let window = 2
    /// Endings a German title takes ("Präsidenten", "Ministerin") or an English plural, longest first.
    static let inflectionEndings = ["innen", "in", "en", "s", "n"]
    static let herOrTheir: Set<String> = ["ihr", "ihre", "ihren", "ihrem", "ihrer", "ihres"]
    static let numbers: [String: Int] = ["two": 2, "three": 3, "four": 4, "five": 5, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "beiden": 2, "both": 2]

    static func isPossessivePronoun(_ w: String) -> Bool {
        w.hasPrefix("sein") || w.hasPrefix("ihr") || w == "his" || w == "her" || w == "its" || w == "their"
    }

    /// Per language: filters of the sets the stage looks words up in (`WordBits.filters`).
    let wordFilters: [Language: [AsciiWordFilter]]
    /// Per language: what the lexicon says of each word the stage asks about (`WordBits.known`).
    let wordKnown: [Language: AsciiWordMap<WordBits.Known>]
    /// Per language: the word table's answers, kept across documents (`WordBits.table`).
    let wordCaches: [Language: CoreferenceWordCache]

    public init(lexicon: Lexicon) {
        self.lexicon = lexicon
        var filters: [Language: [AsciiWordFilter]] = [:]
        for (language, words) in lexicon.words { filters[language] = WordBits.filters(words) }
        self.wordFilters = filters
        var known: [Language: AsciiWordMap<WordBits.Known>] = [:]
        for (language, words) in lexicon.words { known[language] = WordBits.known(words) }
        self.wordKnown = known
        var caches: [Language: CoreferenceWordCache] = [:]
        for language in lexicon.words.keys { caches[language] = CoreferenceWordCache() }
        self.wordCaches = caches
    }

    public func process(_ doc: inout Document) {
        let words = lexicon[doc.language]
        let toks = doc.tokens
        var covered = Array(repeating: false, count: toks.count)
        // (each mention read in place: a copy retains its two strings)
        for n in doc.mentions.indices where doc.mentions[n].form != .compoundPart { for k in doc.mentions[n].tokens { covered[k] = true } }
        var officeOf: [String: String] = [:]
        for o in doc.offices where o.actor.hasIDPrefix("state:") { officeOf[o.person] = officeOf[o.person] ?? o.actor }
        // ("dass Nordmazedonien die bulgarische Minderheit … aufnimmt. Die EU rief beide Seiten auf": a group of a state's
        // people stands for its state among the states named together)
        for (group, state) in doc.groupStates { officeOf[group] = state }

        // (taken out of the document, not shared with it: `resolved += added` below then grows it in place,
        // where a shared array was copied whole, every mention's strings retained, and the old one freed)
        var resolved = doc.mentions
        doc.mentions = []
        var added: [Mention] = []
        // Mentions in text order, including those this stage adds, for looking back.
        var cursor = 0
        var seen: [Mention] = []
        // (sized at once for the document's mentions and a few added: not grown, moved and freed as it fills)
        seen.reserveCapacity(resolved.count + 16)
        /// Descriptor noun → the state it was last said to belong to ("Myanmar's military").
        var descriptorOwner: [String: String] = [:]
        /// The pair the last pair phrase of more than one word stood for ("both countries"), and its sentence.
        var lastPairPhrase: (sentence: Int, actors: [String]) = (-2, [])
        let (wordBits, pairStarts) = WordBits.table(doc, words, filters: wordFilters[doc.language] ?? WordBits.filters(words), known: wordKnown[doc.language],
                                                   cache: wordCaches[doc.language])
        @inline(__always)
        func has(_ k: Int, _ b: WordBits) -> Bool { wordBits[k].rawValue & b.rawValue != 0 }
        /// `pairPhrases.longestMatch` at `i` in a sentence ending at `end`: when the next word is no pair
        /// phrase's second word, no longer phrase can match, and the answer is the first phrase of one
        /// word in the list (as `longestMatch` would find it) without a String compared.
        func pairMatch(_ i: Int, _ end: Int) -> (value: String, length: Int)? {
            guard let phrases = pairStarts[i] else { return nil }
            if i + 1 < end && has(i + 1, .pairSecond) { return words.pairPhrases.longestMatch(phrases, in: toks[..<end], at: i, key: \.lower) }
            return phrases.first(where: { $0.tokens.count == 1 }).map { ($0.value, 1) }
        }
        for s in doc.sentences {
            var i = s.tokens.lowerBound
            while i < s.tokens.upperBound {
                while cursor < resolved.count && resolved[cursor].tokens.lowerBound <= i {
                    seen.append(resolved[cursor])
                    cursor += 1
                }
                // "Myanmar's military", "die sudanesische Armee": whose army, junta or government "the military" is later
                if toks[i].isWord, has(i, .stateDescriptor) {
                    for m in seen.reversed() {
                        if m.sentence != s.index || m.tokens.upperBound < i - 1 { break }
                        if m.actor.hasIDPrefix("state:") && !m.isLocative
                            && (m.tokens.upperBound == i || (m.tokens.upperBound == i - 1 && ["'s", "’s"].contains(toks[i - 1].text))) {
                            descriptorOwner[toks[i].lower] = m.actor
                            break
                        }
                    }
                }
                if covered[i] || !toks[i].isWord { i += 1; continue }
                // (a word that is no pronoun, determiner or "its" and starts no pair phrase: nothing below applies.
                // A new case below for other words must add its bit to `WordBits.resolvable`.)
                if !has(i, .resolvable) && pairStarts[i] == nil { i += 1; continue }
                // (no copy of the token: a copy retains its strings; its range and lower case are read in place)
                // Pair phrases.
                // ("a charge both Tehran and Hezbollah reject": "both" before named actors is no pronoun)
                if let m = pairMatch(i, s.tokens.upperBound),
                   m.length > 1 || ["both", "beide", "beiden"].contains(toks[i].lower) && !(i + 1 < s.tokens.upperBound && (covered[i + 1] || Self.namesOtherPair(toks[i + 1], doc.language))) {
                    let countries = m.length > 1 && Self.plurals.contains(toks[i + m.length - 1].lower)
                    // ("bases in both countries and leads the CSTO, to which both belong": "both" alone is the pair named
                    // by a pair phrase just before, in this sentence or the one before)
                    let earlier = m.length == 1 && lastPairPhrase.sentence >= s.index - 1 ? lastPairPhrase.actors : nil
                    if let pair = earlier ?? lastPair(seen, before: s.index, officeOf: officeOf, statesOnly: countries) {
                        if m.length > 1 { lastPairPhrase = (s.index, pair) }
                        let r = TextRange(toks[i].range.start, toks[i + m.length - 1].range.end)
                        for a in pair { added.append(mention(a, i..<(i + m.length), r, s, doc)) }
                        seen += added.suffix(2)
                    }
                    i += m.length
                    continue
                }
                // "supplying Moscow with shells for its war": English "its" is the nearest state or organization
                // before it in its clause (nothing when there is none)
                /// One pronoun token as a mention of `actor`.
                func addPronoun(_ actor: String, possessive: Bool) {
                    var m = mention(actor, i..<(i + 1), toks[i].range, s, doc)
                    m.isPossessive = possessive
                    added.append(m)
                    seen.append(m)
                }
                if doc.language == .en && toks[i].lower == "its" {
                    if let m = seen.reversed().prefix(while: { $0.sentence == s.index }).first(where: { m in
                        m.tokens.upperBound <= i && !m.inTitle && !m.actor.hasIDPrefix("person:") && !m.actor.hasIDPrefix("agreement:")
                            && !(m.tokens.upperBound..<i).contains(where: { RelationFinder.boundaries.contains(toks[$0].text) })
                    }) {
                        addPronoun(m.actor, possessive: true)
                    }
                    i += 1
                    continue
                }
                // Pronouns. A possessive ("seine", "his") points to the nearest actor before it in its
                // clause ("Moskau mit Waffen für seinen Krieg"), else to the last person; a personal one
                // ("er", "he") to the last person named in this or the two sentences before.
                // German "ihr-" possessives are "her" or "their": only a person ahead in the sentence ("Während ihrer Reise … Baerbock")
                let ambiguousPossessive = doc.language == .de && has(i, .herOrTheir) && !has(i, .personPronoun)
                // plural "Sie haben sich … zusammengeschlossen": the states just named together
                let pluralSie = has(i, .sie) && isPluralSie(i, s, toks)
                // (English "Mali and Niger left ECOWAS. They accused the bloc …": states named together, joined by
                // "and" or commas; no verb to ask, so only such a coordination, not any states of a sentence)
                if let group = pluralSie ? lastGroup(seen, before: s.index) : has(i, .they) && doc.language == .en ? lastCoordinatedStates(seen, before: s.index, toks) : nil {
                    for a in group { added.append(mention(a, i..<(i + 1), toks[i].range, s, doc)) }
                    seen += added.suffix(group.count)
                    i += 1
                    continue
                }
                if (has(i, .personPronoun) && !pluralSie) || ambiguousPossessive {
                    let possessive = Self.isPossessivePronoun(toks[i].lower)
                    var target: Mention?
                    if possessive && !ambiguousPossessive {
                        // (German "sein-" is no feminine's nor plural's: not "die Ukraine", nor "der Ukraine" after the clause's start)
                        let masculine = doc.language == .de && toks[i].lower.hasPrefix("sein")
                        for m in seen.reversed() {
                            if m.sentence != s.index { break }
                            if masculine, m.tokens.lowerBound > s.tokens.lowerBound {
                                let det = toks[m.tokens.lowerBound - 1].lower
                                if det == "die" || det == "der" && m.tokens.lowerBound - 1 > s.tokens.lowerBound { continue }
                            }
                            if m.tokens.upperBound <= i && !m.inTitle
                                && !(m.tokens.upperBound..<i).contains(where: { RelationFinder.boundaries.contains(toks[$0].text) }) {
                                target = m
                                break
                            }
                        }
                    }
                    // "Während ihrer Reise nach Peking sprach Außenministerin Baerbock …", "On her trip to Beijing,
                    // Foreign Minister Wong …": a possessive in an opening phrase points ahead to the person of the sentence
                    if target == nil, possessive, i - s.tokens.lowerBound <= 2, words.preps[toks[s.tokens.lowerBound].lower] != nil,
                       let ahead = resolved[cursor...].prefix(while: { $0.sentence == s.index }).first(where: { $0.tokens.lowerBound > i && $0.actor.hasIDPrefix("person:") && !$0.inTitle }) {
                        target = ahead
                    }
                    // "Die Junta … betrachtet Russland als Partner, seit sie Frankreich … gedrängt hat": German "sie" in a later
                    // clause of a sentence that opens with a feminine or plural subject ("Die Junta", "Die Regierung") is that subject
                    if target == nil, !possessive, doc.language == .de, toks[i].lower == "sie", s.tokens.count > 2,
                       toks[s.tokens.lowerBound].lower == "die",
                       let first = seen.last(where: { m in
                           m.sentence == s.index && !m.inTitle && (m.tokens.lowerBound <= s.tokens.lowerBound + 1
                               // ("Die Regierung in Kiew", "Die Junta in Mali": the place names the subject)
                               || m.tokens.lowerBound == s.tokens.lowerBound + 3 && toks[s.tokens.lowerBound + 1].isCapitalized && ["in", "von", "aus"].contains(toks[s.tokens.lowerBound + 2].lower))
                       }),
                       first.tokens.upperBound < i, (first.tokens.upperBound..<i).contains(where: { toks[$0].text == "," }),
                       // (not over an actor that "sie" may as well be: "drängten die Ukraine …, nachdem sie …", "warf der Regierung vor,
                       // dass sie …")
                       !seen.contains(where: { m in m.sentence == s.index && m.tokens.lowerBound > first.tokens.upperBound && m.tokens.lowerBound < i
                           && (max(0, m.tokens.lowerBound - 3)..<m.tokens.lowerBound).contains { ["die", "der", "den"].contains(toks[$0].lower) } }) {
                        target = first
                    }
                    if target == nil && !ambiguousPossessive {
                        for m in seen.reversed() {
                            if s.index - m.sentence > Self.window { break }
                            if m.actor.hasIDPrefix("person:") { target = m; break }
                        }
                    }
                    if let p = target { addPronoun(p.actor, possessive: possessive) }
                    i += 1
                    continue
                }
                // "Der Kanzler wies die Forderung zurück", "accused the president of …": a definite title with no name after it
                // is the person named last with that office, within a few sentences
                // (German also a bare head of compound titles: "Die Kommissarin" after "Erweiterungskommissarin Marta Kos")
                if has(i, .definite), i + 1 < s.tokens.upperBound, !covered[i + 1], toks[i + 1].isWord,
                   let t = words.titles.longestMatch(in: toks[..<s.tokens.upperBound], at: i + 1, key: \.lower).map({ (length: $0.length, actor: $0.value.actor, bareHead: false) })
                    ?? (doc.language == .de && toks[i + 1].isCapitalized
                        && words.titleHeadIndex.longestSuffix(of: toks[i + 1].lower).map({ $0.utf8.count == toks[i + 1].lower.utf8.count }) == true
                        ? (length: 1, actor: nil, bareHead: true) : nil) {
                    let end = i + 1 + t.length
                    let named = end < s.tokens.upperBound && (covered[end] || toks[end].text == "," && end + 1 < s.tokens.upperBound && covered[end + 1])
                        || end + 1 < s.tokens.upperBound && ["of", "von", "des", "der"].contains(toks[end].lower)
                            && (covered[end + 1] || end + 2 < s.tokens.upperBound && covered[end + 2])
                    let title = (i + 1..<end).map { toks[$0].lower }.joined(separator: " ")
                    if !named, let p = t.bareHead ? headedPerson(title, before: s.index, seen: seen, offices: doc.offices)
                        : titledPerson(title, before: s.index, seen: seen, offices: doc.offices, german: doc.language == .de)
                        ?? leaderOf(title, implied: t.actor, before: s.index, seen: seen, offices: doc.offices) {
                        let r = TextRange(toks[i].range.start, toks[end - 1].range.end)
                        let m = mention(p, i..<end, r, s, doc)
                        added.append(m)
                        seen.append(m)
                        i = end
                        continue
                    }
                }
                // Determiner + adjectives + descriptor noun.
                if has(i, .definite) {
                    var k = i + 1
                    while k < s.tokens.upperBound && k < i + 4 && toks[k].isWord && !covered[k]
                            && (!toks[k].isCapitalized && doc.language == .de || doc.language == .en)
                            && !has(k, .stateDescriptor) && !has(k, .orgDescriptor)
                            && !has(k, .plural) { k += 1 }
                    if k < s.tokens.upperBound, toks[k].isWord, !covered[k] {
                        let noun = toks[k].lower
                        let nextCovered = (k + 1 < s.tokens.upperBound && covered[k + 1])
                            || (k + 2 < s.tokens.upperBound && ["of", "von", "des", "der", "in"].contains(toks[k + 1].lower) && covered[k + 2])
                        let capitalOK = doc.language == .en || toks[k].isCapitalized
                        // ("the free movement of citizens", "the group of experts": a descriptor with a complement of
                        // its own that names no actor describes something else; "accused the group of planning attacks"
                        // and a plural's "the three governments of" keep theirs)
                        // ("accusing the kingdom of hostile actions", "accused the group of war crimes": after a verb of
                        // accusing, "of" gives the charge; a state's descriptor keeps its complement)
                        let ownComplement = !nextCovered && !has(k, .plural) && k + 2 < s.tokens.upperBound && ["of", "von"].contains(toks[k + 1].lower)
                            && toks[k + 2].isWord && !toks[k + 2].isCapitalized && !has(k + 2, .definite) && !toks[k + 2].lower.hasSuffix("ing")
                            // ("the kingdom of about 37 million people": a size is no complement of its own)
                            && !(k + 2 ..< min(s.tokens.upperBound, k + 5)).contains { toks[$0].kind == .number }
                            && !(i > s.tokens.lowerBound && toks[i - 1].isWord && words.cues.matches(toks[i - 1].lower).contains { $0.type == .accusation })
                        if capitalOK && !nextCovered && !ownComplement {
                            let r = TextRange(toks[i].range.start, toks[k].range.end)
                            // ("den nordischen Nachbarn", "the Western governments": with no number no count of actors named before)
                            if has(k, .plural) && k > i + 1, let n = (i + 1..<k).compactMap({ Self.numbers[toks[$0].lower] }).first {
                                if let group = lastPair(seen, before: s.index, officeOf: officeOf, count: n, statesOnly: Self.plurals.contains(noun)) {
                                    for a in group { added.append(mention(a, i..<(k + 1), r, s, doc)) }
                                    seen += added.suffix(group.count)
                                    i = k + 1
                                    continue
                                }
                            } else if has(k, .orgDescriptor) {
                                let inClause = actorsNamed(seen, sentence: s.index, locatives: true)
                                // "placed Kataib Hezbollah on its sanctions list and designated the group a terrorist
                                // organisation": the object of a coordinated verb before, not the sentence's first actor
                                if let a = coordinatedObject(seen, sentence: s.index, before: i, toks: toks, words: words) ?? salientActor(seen, sentence: s.index, excluding: inClause, prefix: "org:") {
                                    let m = mention(a, i..<(k + 1), r, s, doc)
                                    added.append(m)
                                    seen.append(m)
                                    i = k + 1
                                    continue
                                }
                            } else if has(k, .stateDescriptor) {
                                // (a place named before is no other actor: "Der US-Botschafter in Budapest … forderte die Regierung auf")
                                // ("Zambia's main opposition party … called on the government": a possessor of something else
                                // is no actor of the clause that the government could not be)
                                // ("The IMF, which rates Tonga at high risk, urged the government …": a relative clause closed
                                // before the description is another clause)
                                let inClause = actorsNamed(seen, sentence: s.index, locatives: false, possessors: false, closedRelativeBefore: i, toks: toks)
                                let owned = descriptorOwner[noun].flatMap { inClause.contains($0) ? nil : $0 }
                                // "Im Sudan kämpft die Armee …": the state named as the place of this sentence, before the description
                                let place = seen.reversed().prefix { $0.sentence == s.index }.first { $0.isLocative && !$0.inTitle && $0.actor.hasIDPrefix("state:") && !inClause.contains($0.actor) }?.actor
                                // "Die Junta unter Oberst Assimi Goïta", "the government under President X": the leader's state
                                var ledBy: String?
                                if k + 2 < s.tokens.upperBound, ["unter", "under"].contains(toks[k + 1].lower),
                                   let p = resolved[cursor...].first(where: { $0.sentence == s.index && $0.tokens.lowerBound > k + 1 && $0.tokens.lowerBound <= k + 4 && $0.actor.hasIDPrefix("person:") }) {
                                    ledBy = officeOf[p.actor]
                                }
                                // "Die EU hat Strafmaßnahmen gegen Belarus verhängt, weil das Land …", "… on Belarus because the
                                // country …": in a clause of reason or time right after a comma, the one state the clause before
                                // names after its subject
                                if ledBy == nil, owned == nil, place == nil, i >= s.tokens.lowerBound + 3,
                                   Self.reasonOpeners.contains(toks[i - 1].lower), toks[i - 2].text == "," {
                                    let before = seen.filter { $0.sentence == s.index && $0.tokens.upperBound <= i - 2 && !$0.inTitle }
                                    let states = Set(before.dropFirst().filter { $0.actor.hasIDPrefix("state:") && !$0.isPossessive }.map(\.actor))
                                    if let first = before.first, states.count == 1, let a = states.first, a != first.actor {
                                        let m = mention(a, i..<(k + 1), r, s, doc)
                                        added.append(m)
                                        seen.append(m)
                                        i = k + 1
                                        continue
                                    }
                                }
                                // "the kingdom", "das Königreich": one of the states whose names say so, when one was named
                                let kind = words.stateKinds[noun].flatMap { ids -> [Mention]? in
                                    let pool = seen.filter { ids.contains($0.actor) }
                                    return pool.isEmpty ? nil : pool
                                }
                                // ("Algeria broke off relations with Morocco, accusing the kingdom of …": a kind only one state of this
                                // sentence has, named after its first actor, is that state, before any of earlier sentences)
                                let sameSentence = kind.flatMap { pool -> String? in
                                    let here = pool.filter { $0.sentence == s.index && !$0.inTitle }
                                    guard let first = seen.first(where: { $0.sentence == s.index && !$0.inTitle }),
                                          Set(here.map(\.actor)).count == 1, let only = here.first, only.actor != first.actor else { return nil }
                                    return only.actor
                                }
                                if let pool = kind, let a = (ledBy ?? owned ?? place).flatMap({ x in pool.contains { $0.actor == x } ? x : nil })
                                    ?? sameSentence ?? salientState(pool, sentence: s.index, excluding: inClause) {
                                    let m = mention(a, i..<(k + 1), r, s, doc)
                                    added.append(m)
                                    seen.append(m)
                                    i = k + 1
                                    continue
                                }
                                if let a = ledBy ?? owned ?? place ?? salientState(seen, sentence: s.index, excluding: inClause) {
                                    let m = mention(a, i..<(k + 1), r, s, doc)
                                    added.append(m)
                                    seen.append(m)
                                    i = k + 1
                                    continue
                                }
                            }
                        }
                    }
                }
                i += 1
            }
        }
        resolved += added
        resolved += firstPersonMentions(doc, mentions: resolved, officeOf: officeOf, covered: covered, wordBits: wordBits)
        resolved.sort { ($0.range.start, $0.range.end, $0.actor) < ($1.range.start, $1.range.end, $1.actor) }
        doc.mentions = resolved
        // Offices whose actor was only a guess: a possessor resolved here ("the junta's spokesman") wins.
        for i in doc.offices.indices {
            guard let start = doc.offices[i].titleStart else { continue }
            var k = start - 1
            while k >= 0 && doc.tokens[k].isWord && !doc.tokens[k].isCapitalized && k > start - 3 { k -= 1 }
            if k >= 0, ["'s", "’s", "'", "’"].contains(doc.tokens[k].text),
               let m = added.first(where: { $0.tokens.upperBound == k && !$0.actor.hasIDPrefix("person:") }) {
                doc.offices[i].actor = m.actor
                doc.actors[m.actor] = doc.actors[m.actor] ?? lexicon.actors[m.actor]
                continue
            }
            // "teilte Regierungschefin X am Montag in Vilnius mit": the place where the person speaks or acts, in the
            // person's own clause, is the office's state
            if let place = placeOfOwnClause(titleStart: start, sentence: doc.offices[i].sentence, doc: doc, words: words) {
                doc.offices[i].actor = place
                continue
            }
            // "A spokesman for the group, X,", "Ein Sprecher der Miliz, X,": a description resolved here in the title's
            // complement, before the comma that opens the name
            var q = start + 1
            while q < doc.tokens.count && q < start + 8 && doc.tokens[q].text != "," { q += 1 }
            if let m = added.first(where: { $0.tokens.lowerBound > start && $0.tokens.upperBound <= q && $0.actor.hasIDPrefix("org:") }) {
                doc.offices[i].actor = m.actor
                doc.actors[m.actor] = doc.actors[m.actor] ?? lexicon.actors[m.actor]
            }
        }
        // (an office that found no actor at all is none)
        doc.offices.removeAll { $0.actor.isEmpty }
    }

    /// The person named last (in this or the four sentences before) whose office holds the whole title, its inflection
    /// ending aside ("Kanzler" in "Bundeskanzler", "president" in "US President"; "the prime minister" is no defence minister).
    func titledPerson(_ title: String, before sentence: Int, seen: [Mention], offices: [Office], german: Bool) -> String? {
        var stem = Substring(title)
        for suffix in Self.inflectionEndings where title.count > suffix.count + 4 && title.hasSuffix(suffix) { stem = title.dropLast(suffix.count); break }
        // (German titles keep their gender: "Die Ministerin" is no "Außenminister", "Der Sprecher" no "Sprecherin")
        let feminine = german && (title.hasSuffix("in") || title.hasSuffix("innen"))
        let femStem = stem + "in"
        var holders = Set(offices.filter { o in
            let r = o.role.lowercasedFast()
            return r.contains(stem) && (!german || r.contains(femStem) == feminine)
        }.map(\.person))
        // "Die namibische Präsidentin … Die Staatschefin warf Berlin vor": a title of any head of state or government is
        // the one named last with such an office
        if holders.isEmpty, let generic = Self.genericHeadTitles.first(where: { stem.hasPrefix($0.title) }) {
            holders = Set(offices.filter { o in generic.offices.contains { o.role.lowercasedFast().contains($0) } }.map(\.person))
        }
        guard !holders.isEmpty else { return nil }
        for m in seen.reversed() {
            if sentence - m.sentence > 4 { break }
            if m.actor.hasIDPrefix("person:") && holders.contains(m.actor) { return m.actor }
        }
        return nil
    }

    /// For a bare German title head ("Die Kommissarin", "Der Minister"): the one person named in this or the four sentences
    /// before whose office ends in exactly that head, gender and all ("Außenministerin" is no "Minister",
    /// "Ministerpräsident" no "Minister"); nil where none or several are.
    func headedPerson(_ head: String, before sentence: Int, seen: [Mention], offices: [Office]) -> String? {
        let holders = Set(offices.filter { $0.role.lowercasedFast().hasSuffix(head) }.map(\.person))
        guard !holders.isEmpty else { return nil }
        var found: String?
        for m in seen.reversed() {
            if sentence - m.sentence > 4 { break }
            guard m.actor.hasIDPrefix("person:"), holders.contains(m.actor) else { continue }
            if let f = found, f != m.actor { return nil }
            found = m.actor
        }
        return found
    }

    /// "Lukaschenko hatte den Kremlchef gebeten": a leader's title that names its state ("Kremlchef", "Kremlin chief")
    /// is the person named last (in this or the four sentences before) who leads that state, by an office of head of
    /// state or government.
    func leaderOf(_ title: String, implied actor: String?, before sentence: Int, seen: [Mention], offices: [Office]) -> String? {
        guard let a = actor, Self.leaderTitles.contains(title) else { return nil }
        let leaders = Set(offices.filter { o in o.actor == a && Self.headOffices.contains { o.role.lowercasedFast().contains($0) } }.map(\.person))
        // (or by the office the lexicon knows: "Putin reiste nach Minsk. … den Kremlchef")
        func leadsByLexicon(_ p: String) -> Bool {
            guard let aff = lexicon.affiliations[p], aff.actor == a, !aff.office.lowercasedFast().hasPrefix("former") else { return false }
            return Self.headOffices.contains { aff.office.lowercasedFast().contains($0) }
        }
        for m in seen.reversed() {
            if sentence - m.sentence > 4 { break }
            if m.actor.hasIDPrefix("person:") && (leaders.contains(m.actor) || leadsByLexicon(m.actor)) { return m.actor }
        }
        return nil
    }
    /// Titles of a state's leader that name the state ("Kremlchef", "Kremlin chief"), lower case; not "Pentagon chief"
    /// or "Revolutionsführer", whose holder is no head of state or government.
    static let leaderTitles: Set<String> = ["kremlchef", "kremlchefs", "kreml-chef", "kreml-chefs", "kremlherrscher", "kremlherrschers", "kremlin chief", "kremlin leader"]
    /// Titles of any head of state or government, lower case, as their stems begin ("Staatschefin", "Staatsoberhaupt").
    /// With the offices each may stand for: a head of state is a president, a head of government a prime minister or chancellor.
    static let genericHeadTitles: [(title: String, offices: [String])] = [
        ("staatschef", headOffices), ("staatsoberhaupt", ["präsident", "könig", "emir", "machthaber"]), ("head of state", ["president", "king", "emir"]),
        ("regierungschef", ["regierungschef", "premier", "kanzler", "ministerpräsident"]), ("head of government", ["prime minister", "premier", "chancellor"]),
    ]
    /// Offices of a head of state or government.
    static let headOffices = ["präsident", "president", "kanzler", "chancellor", "premier", "regierungschef", "staatschef", "prime minister", "machthaber"]

    func mention(_ actor: String, _ toks: Range<Int>, _ r: TextRange, _ s: Sentence, _ doc: Document) -> Mention {
        var m = Mention(actor: actor, range: r, tokens: toks, sentence: s.index, form: .coreference, surface: doc.slice(r, tokens: toks))
        // "the group's leader": a possessor
        if toks.upperBound < doc.tokens.count, ["'s", "’s"].contains(doc.tokens[toks.upperBound].text) { m.isPossessive = true }
        return m
    }

    /// German "sie" with a plural verb is "they", not "she": "verhängten sie", "sie vorwerfen", "…, dem sie … vorwerfen".
    func isPluralSie(_ i: Int, _ s: Sentence, _ toks: [Token]) -> Bool {
        guard toks[i].lower == "sie" else { return false }
        func pluralVerb(_ k: Int) -> Bool {
            guard k >= s.tokens.lowerBound, k < s.tokens.upperBound, toks[k].isWord, !toks[k].isCapitalized || k == s.tokens.lowerBound else { return false }
            let w = toks[k].lower
            return w.count > 3 && w.hasSuffix("en") && !RelationFinder.determiners.contains(w) && !["einen", "seinen", "ihren", "keinen", "diesen", "jenen", "allen", "eigenen"].contains(w)
        }
        if pluralVerb(i - 1) || pluralVerb(i + 1) { return true }
        // verb-final clause: the last word before the clause ends
        var k = i + 1
        while k < s.tokens.upperBound && toks[k].isWord { k += 1 }
        return k - 1 > i + 1 && pluralVerb(k - 1) && (i - 1 >= s.tokens.lowerBound && (toks[i - 1].text == "," || RelationFinder.clauseOpeners.contains(toks[i - 1].lower)))
    }

    /// All states named together in the latest sentence (this or the one before) that names two or more.
    /// The states of the latest coordination of two or more states ("Mali and Niger", "Russia, China and
    /// Iran") in this sentence before the pronoun or the two before: only "and", "or", commas and
    /// determiners between them.
    func lastCoordinatedStates(_ seen: [Mention], before sentence: Int, _ toks: [Token]) -> [String]? {
        var run: [Mention] = []
        for m in seen.reversed() {
            if sentence - m.sentence > 2 { break }
            guard m.actor.hasIDPrefix("state:"), !m.inTitle, !m.isLocative, m.form != .coreference else { continue }
            if let next = run.last, next.sentence == m.sentence, m.tokens.upperBound <= next.tokens.lowerBound,
               (m.tokens.upperBound..<next.tokens.lowerBound).allSatisfy({ k in [",", "and", "or", "the"].contains(toks[k].lower) }),
               next.tokens.lowerBound - m.tokens.upperBound <= 3 {
                run.append(m)
                continue
            }
            if run.count >= 2 { break }
            run = [m]
        }
        let states = Array(Set(run.map(\.actor))).sorted()
        return states.count >= 2 ? states : nil
    }

    func lastGroup(_ seen: [Mention], before sentence: Int) -> [String]? {
        var bySentence: [Int: [String]] = [:]
        for m in seen.reversed() {
            if sentence - m.sentence > 2 { break }
            guard m.actor.hasIDPrefix("state:"), !m.inTitle, !m.isLocative, m.form != .coreference || m.tokens.count > 1 else { continue }
            if !(bySentence[m.sentence]?.contains(m.actor) ?? false) { bySentence[m.sentence, default: []].append(m.actor) }
        }
        // the latest sentence that names states: two or more of them are the group (one alone is no group)
        for s in [sentence, sentence - 1, sentence - 2] {
            guard let g = bySentence[s] else { continue }
            return g.count >= 2 ? g.sorted() : nil
        }
        return nil
    }

    /// "a charge both firms deny", "beide Unternehmen": a plural noun after "both" that no pair phrase lists names
    /// two of something else (a few words for two people excepted: "both leaders").
    static func namesOtherPair(_ t: Token, _ language: Language) -> Bool {
        guard t.isWord, !Self.pairPeople.contains(t.lower) else { return false }
        return language == .en ? !t.isCapitalized && t.lower.hasSuffix("s") && t.lower.utf8.count > 3 : t.isCapitalized
    }
    static let pairPeople: Set<String> = ["leaders", "ministers", "presidents", "men", "women", "politiker", "präsidenten", "minister", "staatschefs", "regierungschefs", "außenminister"]

    /// The last `count` distinct states (or organizations) named together in one sentence, looking
    /// back from here (this sentence first, then the two before it).
    func lastPair(_ seen: [Mention], before sentence: Int, officeOf: [String: String], count: Int = 2, statesOnly: Bool = false) -> [String]? {
        var bySentence: [Int: [String]] = [:]
        // (each mention read in place, not copied; the flags asked before the office look-up, which hashes)
        for n in seen.indices.reversed() {
            if sentence - seen[n].sentence > 2 { break }
            if seen[n].isLocative || (seen[n].form == .coreference && seen[n].tokens.count == 1) { continue }
            let actor = seen[n].actor
            if seen[n].inTitle && !actor.hasIDPrefix("person:") { continue }
            let state: String? = actor.hasIDPrefix("state:") || actor.hasIDPrefix("org:") ? actor : officeOf[actor]
            // ("The Arab League and Saudi Arabia urged both countries": countries are states)
            guard let st = state, !statesOnly || st.hasIDPrefix("state:") else { continue }
            let ms = seen[n].sentence
            if !(bySentence[ms]?.contains(st) ?? false) { bySentence[ms, default: []].append(st) }
        }
        if statesOnly && count == 2 {
            // "both countries" with no two states in this sentence or the two before: the two states the article has named most
            // (a sentence that names more than two states names no pair: "Nigeria, Kamerun, Tschad und Niger stellen Truppen")
            for s in stride(from: sentence, through: max(0, sentence - 2), by: -1) {
                if let found = bySentence[s], found.count == 2 { return found.sorted() }
            }
            var counts: [String: Int] = [:]
            for m in seen where m.actor.hasIDPrefix("state:") && !m.isLocative && !m.inTitle { counts[m.actor, default: 0] += 1 }
            let top = counts.sorted { ($0.value, $1.key) > ($1.value, $0.key) }
            if top.count >= 2 { return [top[0].key, top[1].key].sorted() }
            return nil
        }
        for s in stride(from: sentence, through: max(0, sentence - 2), by: -1) {
            if let found = bySentence[s], found.count >= count { return Array(found.prefix(count)).sorted() }
        }
        return nil
    }

    /// The actors of this sentence's mentions at the end of `seen` (what the clause itself names), but for
    /// those in a title and, unless `locatives`, those after a locative preposition. A short list read in
    /// place (each mention not copied), where a Set was built by hashing each actor for a few look-ups.
    func actorsNamed(_ seen: [Mention], sentence: Int, locatives: Bool, possessors: Bool = true, closedRelativeBefore: Int? = nil, toks: [Token] = []) -> [String] {
        var out: [String] = []
        var n = seen.count
        while n > 0 && seen[n - 1].sentence == sentence {
            n -= 1
            if !seen[n].inTitle && (locatives || !seen[n].isLocative) && (possessors || !seen[n].isPossessive) {
                if let at = closedRelativeBefore, inClosedRelative(seen[n], before: at, toks: toks) { continue }
                out.append(seen[n].actor)
            }
        }
        return out
    }

    /// Whether the mention stands in a relative clause that a comma opened ("…, which rates Tonga at high risk,") and a
    /// comma closed before `at`.
    func inClosedRelative(_ m: Mention, before at: Int, toks: [Token]) -> Bool {
        var k = m.tokens.lowerBound - 1
        while k >= 0 && k > m.tokens.lowerBound - 12 && toks[k].text != "," && toks[k].text != "." { k -= 1 }
        guard k >= 0, toks[k].text == ",", k + 1 < m.tokens.lowerBound, Self.relativePronouns.contains(toks[k + 1].lower) else { return false }
        return (m.tokens.upperBound..<at).contains { toks[$0].text == "," }
    }
    static let relativePronouns: Set<String> = ["which", "who", "whose", "whom", "der", "die", "das", "dem", "den", "deren", "dessen"]

    /// The organization named last in this sentence, before `before`, when it is not the sentence's first actor
    /// and an "and" stands between it and `before` ("X placed ORG on its list and designated the group …").
    func coordinatedObject(_ seen: [Mention], sentence: Int, before: Int, toks: [Token], words: Lexicon.Words) -> String? {
        let here = seen.reversed().prefix { $0.sentence == sentence }.filter { !$0.inTitle }
        guard let first = here.last, let m = here.first(where: { $0.actor.hasIDPrefix("org:") && !$0.isPossessive && $0.tokens.upperBound <= before }),
              m.tokens.lowerBound > first.tokens.lowerBound, m.actor != first.actor,
              // (an object, not a preposition's: "after talks with the UN collapsed, and the group said")
              !(m.tokens.lowerBound >= 1 && (words.preps[toks[m.tokens.lowerBound - 1].lower] != nil
                  || m.tokens.lowerBound >= 2 && RelationFinder.determiners.contains(toks[m.tokens.lowerBound - 1].lower) && words.preps[toks[m.tokens.lowerBound - 2].lower] != nil)),
              !(m.tokens.upperBound..<before).contains(where: { toks[$0].text == "," }),
              (m.tokens.upperBound..<before).contains(where: { Self.coordinators.contains(toks[$0].lower) }) else { return nil }
        return m.actor
    }
    static let coordinators: Set<String> = ["and", "und"]

    func salientState(_ seen: [Mention], sentence: Int, excluding: [String]) -> String? {
        salientActor(seen, sentence: sentence, excluding: excluding, prefix: "state:")
    }

    /// The state (or organization) that the context is about: subjects weigh more than prepositional
    /// mentions; recent sentences only; actors the clause itself names are left out.
    func salientActor(_ seen: [Mention], sentence: Int, excluding: [String], prefix: StaticString) -> String? {
        // (the few actors of the recent sentences and their scores in two small arrays, searched in order:
        // a String compare where a dictionary hashed the actor of every mention; the sentences that had
        // their first mention likewise)
        var actors: [String] = []
        var scores: [Double] = []
        var excluded: [Bool] = []
        var firstInSentence: [Int] = []
        var lastSentence = -1
        // only the recent context: the last sentences before this one
        var from = seen.count
        while from > 0 && sentence - seen[from - 1].sentence <= 7 { from -= 1 }
        // each mention read in place (a copy retains its strings), and the prefix's first byte asked
        // before `hasPrefix` (most mentions are of another kind)
        let firstByte = prefix.utf8Start.pointee
        for n in from..<seen.count where seen[n].actor.utf8.first == firstByte && seen[n].actor.hasIDPrefix(prefix) && !seen[n].inTitle {
            let mSentence = seen[n].sentence
            let isFirst = mSentence != lastSentence && !firstInSentence.contains(mSentence)
            if isFirst { firstInSentence.append(mSentence) }
            lastSentence = mSentence
            guard sentence - mSentence <= 6 else { continue }
            // (whether an actor is excluded is asked once, when it is first met, and kept beside it: a Set hash
            // per actor, not per mention; an excluded actor is never chosen below)
            let k: Int
            if let found = actors.firstIndex(of: seen[n].actor) {
                k = found
            } else {
                k = actors.count
                actors.append(seen[n].actor)
                scores.append(0)
                excluded.append(excluding.contains(seen[n].actor))
            }
            if excluded[k] { continue }
            scores[k] += seen[n].form == .compoundPart ? 0.5 : isFirst ? 2 : 1
        }
        // the highest score; of equal scores, the least actor (as the dictionary's `max` chose)
        var best = -1
        for k in actors.indices where !excluded[k] && (best < 0 || scores[k] > scores[best] || (scores[k] == scores[best] && actors[k] < actors[best])) { best = k }
        return best < 0 ? nil : actors[best]
    }
}
