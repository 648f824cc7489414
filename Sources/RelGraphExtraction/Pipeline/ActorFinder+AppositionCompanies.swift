import RelGraph

extension ActorFinder.State {
    /// "Sino-Metals Leach Zambia, a subsidiary of the state-owned …", "Acme Holdings, ein Tochterunternehmen des …": one
    /// to four capitalized words that the lexicon does not know (a state's name may close them), right before a comma and
    /// an apposition whose noun describes an organization (lexicon `orgnoun`: "a subsidiary", "a Chinese firm", "ein
    /// Konzern"), name an organization. Its first word, when it is hyphenated, names it again later ("Sino-Metals rejected").
    func defineAppositionCompanies(in s: Sentence) {
        guard !words.orgNouns.isEmpty else { return }
        let lo = s.tokens.lowerBound, end = s.tokens.upperBound
        var c = lo + 1
        while c + 2 < end {
            defer { c += 1 }
            guard toks[c].text == ",", ActorFinder.appositionDeterminers.contains(toks[c + 1].lower) else { continue }
            // the apposition's noun within four words, before any comma
            var k = c + 2, isOrg = false
            while k < end && k < c + 6 && toks[k].isWord {
                if !toks[k].isCapitalized || doc.language == .de, words.isOrgNoun(toks[k].lower, compounds: doc.language == .de) {
                    // (the noun heads the apposition: "a subsidiary of …", "a Chinese firm,", not "the party's leader")
                    isOrg = k + 1 == end || !toks[k + 1].isWord && !["'s", "’s", "'", "’"].contains(toks[k + 1].text)
                        || ActorFinder.appositionHeadFollowers.contains(toks[k + 1].lower)
                    break
                }
                k += 1
            }
            guard isOrg else { continue }
            // the run before the comma: unknown capitals, a state's name allowed last
            var i = c
            while i - 1 >= lo && c - (i - 1) <= 4 {
                let j = i - 1
                guard toks[j].isWord, toks[j].isCapitalized, defined[j] == nil, !isFunctionWord(at: j), titleMatch(at: j, end: end) == nil,
                      toks[j].kind != .number, !(doc.language == .de && isCommonNoun(toks[j])) else { break }
                if let (e, n) = nameMatch(at: j, end: end) {
                    // (a state's name closes a company's: "… Leach Zambia"; any other known name is its own actor)
                    guard j + n == c, e.actor.hasIDPrefix("state:"), e.form == .name else { break }
                }
                i = j
            }
            // (the sentence's first word says nothing by its capital alone; a lone state's name is the state)
            while i < c && (i == lo && !toks[i].hasHyphenByte || nameMatch(at: i, end: end) != nil) { i += 1 }
            // (a given name opens a person's name: "Jane Doe, a member of the party")
            guard i < c, !(i > lo && (toks[i - 1].isCapitalized && toks[i - 1].isWord)), !isGivenName(at: i) else { continue }
            let surface = doc.slice(TextRange(toks[i].range.start, toks[c - 1].range.end))
            let id = "org:" + Slug.make(surface)
            if lexicon.actors[id] == nil && actors[id] == nil { actors[id] = ActorInfo(id: id, kind: .organization, label: surface) }
            defined[i] = (id, c - i)
            if c - i > 1, toks[i].hasHyphenByte, aliases[toks[i].text] == nil, nameMatch(at: i, end: i + 1) == nil { aliases[toks[i].text] = id }
        }
    }
}

extension ActorFinder {
    /// Words after an organization's noun that keep it the apposition's head: "a subsidiary of", "a firm based in".
    static let appositionHeadFollowers: Set<String> = ["of", "in", "from", "that", "which", "based", "owned", "controlled", "linked", "run",
                                                       "close", "accused", "known", "des", "der", "aus", "mit", "die", "das", "im"]
}
