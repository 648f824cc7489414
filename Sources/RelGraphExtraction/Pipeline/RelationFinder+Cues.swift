import RelGraph

// The lexicon's cues found in a clause, German separable particles joined to their verbs.
extension RelationFinder.Finder {
    /// The cue entries of one word: German verbs are lower case (but at a sentence start), German
    /// nouns capitalized; one entry per type, a theme before a noun, an exact form before a wildcard.
    func cueEntries(_ t: Token, at i: Int? = nil) -> [CueEntry] {
        if let i, i < cueCache.count, let cached = cueCache[i] { return cached }
        return computeCueEntries(t, at: i)
    }

    func computeCueEntries(_ t: Token, at i: Int? = nil) -> [CueEntry] {
        Self.computeCueEntries(t, at: i, cues: words.cues, language: doc.language, sentences: doc.sentences)
    }

    static func computeCueEntries(_ t: Token, at i: Int?, cues: WordPatterns<CueEntry>, language: Language, sentences: [Sentence]) -> [CueEntry] {
        guard t.isWord else { return [] }
        var found = cues.matches(t.lower)
        if found.isEmpty, t.containsHyphen, let last = t.lower.lastHyphenPart() {
            found = cues.matches(String(last))
        }
        if language == .de {
            let initial = i.map { $0 == sentences[t.sentence].tokens.lowerBound } ?? false
            found = found.filter { e in
                switch e.cueClass {
                case .verb, .verbRecv, .adj, .meet: return !t.isCapitalized || initial
                case .reverse, .qualify: return true
                case .noun, .theme, .agent: return t.isCapitalized
                }
            }
        }
        // one entry per type and particle: "traf … ein" (arrival) and "traf" (meeting) are both visit cues
        if found.count <= 1 { return found }  // (one entry or none: nothing to merge or sort)
        var byType: [String: CueEntry] = [:]
        for e in found {
            // (a reverse entry beside a verb of its type stays: "eingefroren" sanctions, and freezes aid)
            let key = e.type.rawValue + "|" + (e.particle ?? "") + (e.cueClass == .reverse ? "|r" : "")
            if let old = byType[key] {
                let better = (e.cueClass == .theme && old.cueClass != .theme)
                    || (e.cueClass == old.cueClass && old.form.contains("*") && !e.form.contains("*"))
                if better { byType[key] = e }
            } else {
                byType[key] = e
            }
        }
        return byType.values.sorted { ($0.type, $0.particle ?? "", $0.cueClass.rawValue) < ($1.type, $1.particle ?? "", $1.cueClass.rawValue) }
    }

    /// A mention of an agreement starts at token `k` ("unterzeichnete Abkommen").
    func startsAgreementMention(_ k: Int) -> Bool {
        (mentionsBySentence[toks[k].sentence] ?? []).contains { mentions[$0].tokens.lowerBound == k && mentions[$0].actor.hasPrefix("agreement:") }
    }

    func cues(_ c: Clause) -> [Cue] {
        var out: [Cue] = []
        let insideActor = multiWordActorTokens
        // "Turkey, a NATO member, bought …": a describing apposition's cue belongs to the apposition
        let describing = c.appositions.filter { !$0.namesHead }.map(\.range)
        var i = c.tokens.lowerBound
        while i < c.tokens.upperBound {
            guard toks[i].isWord else { i += 1; continue }
            if let ap = describing.first(where: { $0.contains(i) }) { i = ap.upperBound; continue }
            if isA(i, .cuePhraseStart), let m = words.cuePhrases.longestMatch(in: toks[..<c.tokens.upperBound], at: i, key: \.lower), m.length > 1 {
                out.append(Cue(entry: m.value, token: i, length: m.length))
                i += m.length
                continue
            }
            // a word without cue entries (most words) gives no cue: passed over before the token is copied
            if cueCache.hasNoEntries(i) {
                // "das 2023 zwischen Rom und Tirana geschlossene Protokoll": a participle of signing inflected as an
                // adjective is a verb cue on the agreement's noun right after it
                if doc.language == .de, isA(i, .signingParticiple), i + 1 < c.tokens.upperBound, mentionTokens.contains(i + 1), startsAgreementMention(i + 1) {
                    out.append(Cue(entry: CueEntry(type: .partyTo, cueClass: .verb, particle: nil, form: toks[i].lower), token: i, length: 1))
                }
                i += 1
                continue
            }
            // (the token read in place, `toks[i]`: a copy retains and releases its two strings)
            if insideActor.contains(i) || attributiveParticiples.contains(i) { i += 1; continue }
            // "the internationally recognised Government of National Unity": a participle between a determiner (and an
            // adverb) and its noun describes the noun; it is no verb
            if doc.language == .en, i > c.tokens.lowerBound, toks[i].lower.hasSuffix("ed"),
               isA(i - 1, .determiner) || i - 1 > c.tokens.lowerBound && toks[i - 1].lower.hasSuffix("ly") && isA(i - 2, .determiner) { i += 1; continue }
            // "lieferten sich Gefechte": a reflexive exchange verb delivers nothing
            if doc.language == .de, i + 1 < c.tokens.upperBound, toks[i + 1].lower == "sich", RelationFinder.exchangeVerbs.contains(toks[i].lower) { i += 1; continue }
            var found = cueEntries(toks[i], at: i)
            if doc.language == .en, i > c.tokens.lowerBound, !toks[i].lower.hasSuffix("ed"), isA(i - 1, .nounMarker) || toks[i - 1].text == "'s" || toks[i - 1].text == "’s"
                || (i - 1 > c.tokens.lowerBound && isA(i - 2, .nounMarker) && toks[i - 1].isWord
                    && !toks[i - 1].isCapitalized && cueEntries(toks[i - 1], at: i - 1).isEmpty && !isA(i - 1, .passiveAux)) {
                // English verbs double as nouns ("its support", "the attacks", "a visit"): read as the noun
                var byType: [EdgeType: CueEntry] = [:]
                for e in found {
                    var n = e
                    if e.cueClass == .verb || e.cueClass == .verbRecv { n.cueClass = .noun }
                    if byType[e.type] == nil || e.cueClass == .noun { byType[e.type] = n }
                }
                found = byType.values.sorted { $0.type < $1.type }
            }
            for e in found {
                if let particle = e.particle {
                    var has = ((i + 1)..<clauseEndForParticle(c, i)).contains { toks[$0].lower == particle }
                    // "die gegen die RSF Krieg führt", "der sie dafür verantwortlich macht": a verb that ends its subordinate
                    // clause has a word particle before it (separable prefixes join the verb there and are listed as forms);
                    // so does a participle or infinitive that ends a main clause ("hatten sich auf die Seite Saudi-Arabiens gestellt")
                    // (auxiliaries may follow it in a subordinate clause: "… auf die Seite Saudi-Arabiens gestellt hatten")
                    if !has, doc.language == .de, !RelationFinder.separableParticles.contains(particle),
                       !((i + 1)..<c.tokens.upperBound).contains(where: { toks[$0].isWord && !(c.opener != nil && RelationFinder.verbMarkers.contains(toks[$0].lower)) }) {
                        has = (c.tokens.lowerBound..<i).contains { toks[$0].lower == particle }
                    }
                    if !has { continue }
                // (a stopping verb too: "kündigten weitere Waffenlieferungen an" announces, it ends nothing)
                } else if doc.language == .de, e.cueClass == .verb || e.cueClass == .verbRecv || e.cueClass == .reverse,
                          // not an attributive participle ("die mit al-Qaida verbündete Gruppe")
                          // ("das von Polen unterzeichnete Abkommen gilt weiter": on an agreement's noun too)
                          !(i + 1 < c.tokens.upperBound && toks[i + 1].isWord && toks[i + 1].isCapitalized
                            && (!mentionTokens.contains(i + 1) || startsAgreementMention(i + 1))),
                          let last = ((i + 1)..<clauseEndForParticle(c, i)).last(where: { toks[$0].isWord }),
                          RelationFinder.separableParticles.contains(toks[last].lower),
                          // "reiste nach Addis Abeba und forderte die Regierung auf": the particle is the second verb's
                          !((i + 1)..<last).contains(where: { j in ["und", "oder"].contains(toks[j].lower) && j + 1 < last
                              && toks[j + 1].isWord && !toks[j + 1].isCapitalized && !isA(j + 1, .determiner) }) {
                    // "drängte die Angreifer zurück" is not "drängte" (urged): the particle makes another verb
                    continue
                }
                out.append(Cue(entry: e, token: i, length: 1))
            }
            i += 1
        }
        return out
    }

    func clauseEndForParticle(_ c: Clause, _ i: Int) -> Int {
        // the particle closes the main clause, which may run past a comma-free clause end
        let sEnd = doc.sentences[toks[i].sentence].tokens.upperBound
        var k = c.tokens.upperBound
        while k < sEnd && !(toks[k].kind == .punct && [",", ";", ":"].contains(toks[k].text)) { k += 1 }
        return max(k, c.tokens.upperBound)
    }

}
