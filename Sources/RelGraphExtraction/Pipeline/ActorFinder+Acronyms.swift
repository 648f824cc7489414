import RelGraph

/// Names an article defines itself: "die Allianz Demokratischer Kräfte (ADF)", "the Myanma Oil and Gas
/// Enterprise (MOGE)". The capitalized phrase before an acronym in parentheses becomes an organization
/// (or an agreement, when its last word is an agreement noun) unless the lexicon knows it already; the
/// acronym names the same actor for the rest of the article.
extension ActorFinder.State {
    /// Lower-case words that may stand inside a name ("Oil and Gas", "Alliance for Democracy").
    static let nameLinks: Set<String> = ["of", "for", "and", "the", "de", "des", "du", "la", "el", "al", "für", "und", "der", "von", "zur", "zum"]

    /// An acronym: 2 to 8 letters or digits, at least two capitals, no lower-case letter but inside ("MNDAA", "M23", "AfDB").
    static func isAcronym(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        guard (2...8).contains(scalars.count), let first = scalars.first, first.properties.isUppercase else { return false }
        let capitals = scalars.filter { $0.properties.isUppercase }.count
        let lower = scalars.filter { $0.properties.isLowercase }.count
        return capitals >= 2 && lower <= 1 && scalars.allSatisfy { $0.properties.isAlphabetic || ("0"..."9").contains($0) }
    }

    /// "al-Mismari", "el-Sisi": an Arabic article joined to a capitalized name.
    static func isParticleName(_ t: Token) -> Bool {
        guard t.containsHyphen, let dash = t.text.firstIndex(of: "-") else { return false }
        let head = t.text[..<dash].lowercased()
        let rest = t.text[t.text.index(after: dash)...]
        return ["al", "el", "ad", "ar", "as", "at", "an", "ash", "az", "ul", "bin", "abu", "ibn"].contains(head)
            && rest.unicodeScalars.first?.properties.isUppercase == true
    }

    /// "ADF-Miliz", "ADF rebels": the acronym that opens an organization's name names it for the rest of
    /// the article (the lexicon lists such acronyms only in compounds when they are ambiguous alone).
    func aliasLeadingAcronym(at i: Int, nameLength n: Int) {
        // (the cheap tests first: a one-word name without a hyphen, or a word that does not open with two
        // capitals or a capital and a digit, opens with no acronym; this runs on every organization's name)
        guard n >= 2 || toks[i].hasHyphenByte else { return }
        let u = toks[i].text.utf8
        guard u.count >= 2, let b0 = u.first, (65...90).contains(b0) else { return }
        let b1 = u[u.index(after: u.startIndex)]
        guard (65...90).contains(b1) || (48...57).contains(b1) else { return }
        let text = toks[i].text
        let acronym: String
        if let dash = text.firstIndex(of: "-") {
            acronym = String(text[..<dash])
        } else if n >= 2 {
            acronym = text
        } else {
            return
        }
        // (an acronym the lexicon names by itself stays the lexicon's: "UN Security Council" leaves "UN" the UN)
        guard Self.isAcronym(acronym), aliases[acronym] == nil, words.names.values(for: [acronym]).isEmpty,
              let actor = mentions.last?.actor else { return }
        aliases[acronym] = actor
    }

    /// A German genitive of a defined acronym: "der ADF" is the same, "des MNDAAs" too.
    func aliasGenitive(_ t: Token) -> String? {
        guard !aliases.isEmpty, doc.language == .de, t.text.hasSuffix("s"), t.text.count > 2 else { return nil }
        return aliases[String(t.text.dropLast())]
    }

    /// Nouns that say an unknown acronym names an organization: "the FLNKS, the main pro-independence coalition,",
    /// "the pro-independence group CCAT", "die Rebellengruppe CODECO" (with the lexicon's org descriptors).
    static let acronymHeads: Set<String> = ["coalition", "party", "front", "union", "koalition", "partei", "gruppe", "bündnis"]

    /// An unknown acronym of three or more capitals that an apposition or a describing noun before it calls an
    /// organization names one: "The FLNKS, the main pro-independence coalition, …", "the pro-independence group CCAT".
    /// "the Colorado Party", "the Estonian Orthodox Church", "the Mano River Union": in English, a run of two to five
    /// capitalized words whose last word is an organization's head (lexicon `orghead`) names an organization,
    /// unless the lexicon knows the run or a longer name at its start.
    func defineHeadedNames(in s: Sentence) {
        guard doc.language == .en, !words.orgHeads.isEmpty else { return }
        let end = s.tokens.upperBound
        var i = s.tokens.lowerBound
        while i < end {
            guard toks[i].isWord, toks[i].isCapitalized, !isFunctionWord(toks[i]), defined[i] == nil else { i += 1; continue }
            var j = i
            // (inner words may be function words of the name scan: "Mano River Union"; no hyphenated word: "UAE-backed")
            while j < end && j < i + 5 && toks[j].isWord && toks[j].isCapitalized && !toks[j].hasHyphenByte && defined[j] == nil { j += 1 }
            // the run ends at its last head word
            var last = j - 1
            while last > i && !words.orgHeads.contains(toks[last].lower) { last -= 1 }
            guard last > i, words.orgHeads.contains(toks[last].lower), !toks[i].hasHyphenByte else { i = max(j, i + 1); continue }
            // "the Syrian Observatory for Human Rights": a complement of capitalized words after the head
            if last + 2 < end, ["of", "for"].contains(toks[last + 1].text), toks[last + 2].isCapitalized, !toks[last + 2].hasHyphenByte {
                var k = last + 2
                while k + 1 < end && k < last + 4 && toks[k + 1].isWord && toks[k + 1].isCapitalized && !toks[k + 1].hasHyphenByte { k += 1 }
                last = k
            }
            let length = last + 1 - i
            // a name the lexicon knows at the start, other than a nationality ("UN Support Mission"; not "Estonian Orthodox Church")
            // ("China Nonferrous Metal Mining Group": a state's one-word name opens a name of three words or more)
            if let (e, n) = nameMatch(at: i, end: end), n >= length || e.form != .adjective,
               !(n == 1 && length >= 3 && e.form == .name && e.actor.hasIDPrefix("state:") && nameMatch(at: i + 1, end: end) == nil) { i += max(n, 1); continue }
            let surface = doc.slice(TextRange(toks[i].range.start, toks[last].range.end))
            let id = "org:" + Slug.make(surface)
            if lexicon.actors[id] == nil && actors[id] == nil { actors[id] = ActorInfo(id: id, kind: .organization, label: surface) }
            defined[i] = (id, length)
            i = last + 1
        }
    }

    func defineDescribedAcronyms(in s: Sentence) {
        let lo = s.tokens.lowerBound, hi = s.tokens.upperBound
        func isHead(_ k: Int) -> Bool {
            let w = toks[k].lower
            return words.orgDescriptors.contains(w) || Self.acronymHeads.contains(w)
                || doc.language == .de && words.orgDescriptors.contains(where: { w.hasSuffix($0.lowercasedFast()) && w.count > $0.count })
        }
        for i in s.tokens {
            // (cheap first: a capitalized word, read in place; then two capital ASCII letters open it)
            guard toks[i].isCapitalized, toks[i].isWord else { continue }
            let u = toks[i].text.utf8
            guard u.count >= 3, let b0 = u.first, (65...90).contains(b0), (65...90).contains(u[u.index(after: u.startIndex)]) else { continue }
            let acronym = toks[i].text
            guard acronym.unicodeScalars.allSatisfy({ ("A"..."Z").contains($0) }), aliases[acronym] == nil, defined[i] == nil,
                  words.names.longestMatch(in: toks[..<hi], at: i, key: \.text) == nil,
                  otherNames.longestMatch(in: toks[..<hi], at: i, key: \.text) == nil else { continue }
            var described = false
            // ", the main pro-independence coalition,": an apposition after it whose head describes an organization
            if i + 2 < hi, toks[i + 1].text == ",", ActorFinder.determiners.contains(toks[i + 2].lower) || ["the", "a", "an"].contains(toks[i + 2].lower) {
                var k = i + 3
                while k < min(hi, i + 8) && toks[k].isWord && !isHead(k) { k += 1 }
                described = k < min(hi, i + 8) && toks[k].isWord && isHead(k)
                    && (k + 1 == hi || !toks[k + 1].isWord || ["that", "which", "die", "der", "das"].contains(toks[k + 1].lower))
            }
            // "the pro-independence group CCAT", "die Rebellengruppe CODECO": the describing noun right before it
            if !described, i - 1 >= lo, toks[i - 1].isWord, isHead(i - 1) { described = true }
            guard described else { continue }
            var id = "org:" + Slug.make(acronym)
            if lexicon.actors[id] != nil { continue }
            if actors[id] == nil { actors[id] = ActorInfo(id: id, kind: .organization, label: acronym) }
            else if actors[id]?.kind != .organization { id = "org:" + Slug.make(acronym) + "-group"; actors[id] = ActorInfo(id: id, kind: .organization, label: acronym) }
            aliases[acronym] = id
            defined[i] = (id, 1)
        }
    }

    /// The first capital from `from` on whose run to `before` spells `acronym` by its capitals' initials (function
    /// words and linking words skipped), or nil.
    private func exactAcronymStart(_ acronym: String, from: Int, before i: Int) -> Int? {
        let letters = Array(acronym.uppercased())
        for start in from..<i where toks[start].isCapitalized && !isFunctionWord(toks[start]) {
            var initials: [Character] = []
            for k in start..<i where toks[k].isCapitalized && !isFunctionWord(toks[k]) {
                guard let c = toks[k].text.first else { continue }
                initials.append(contentsOf: String(c).uppercased())
            }
            if initials == letters { return start }
            if initials.count < letters.count { return nil }
        }
        return nil
    }

    func defineAcronyms(in s: Sentence) {
        let lo = s.tokens.lowerBound
        var i = lo + 1
        while i + 2 < s.tokens.upperBound {
            defer { i += 1 }
            // (the byte count first, read without a String comparison: only a one-byte text can equal "(",
            // which no other sequence of scalars is canonically equivalent to; most tokens are words)
            guard toks[i].text.utf8.count == 1, toks[i].text == "(", toks[i + 2].text == ")" else { continue }
            let acronym = toks[i + 1].text
            guard Self.isAcronym(acronym), aliases[acronym] == nil,
                  words.names.longestMatch(in: toks[..<(i + 2)], at: i + 1, key: \.text) == nil else { continue }
            // the name before: capitalized words, with linking words inside
            var start = i
            var capitals = 0
            while start - 1 >= lo && i - (start - 1) <= 10 {
                let t = toks[start - 1]
                guard t.isWord else { break }
                if t.isCapitalized && !isFunctionWord(t) { capitals += 1 }
                else if !Self.nameLinks.contains(t.lower) { break }
                start -= 1
            }
            while start < i && (!toks[start].isCapitalized || isFunctionWord(toks[start])) { start += 1 }
            // ("Oberhaupt der Ovaherero Traditional Authority (OTA)": the longest run whose capitals' initials spell the
            // acronym wins over the run's first capital; German nouns before the name are capitalized too)
            if capitals > acronym.count, let exact = exactAcronymStart(acronym, from: start, before: i) { start = exact }
            guard capitals >= 2, start < i, toks[start].text.unicodeScalars.first.map({ String($0).uppercased() }) == acronym.unicodeScalars.first.map({ String($0).uppercased() }) else { continue }
            let length = i - start
            // a name the lexicon knows: the acronym is another name of it
            if let (e, n) = nameMatch(at: start, end: i), n == length, e.actor != NameEntry.region {
                aliases[acronym] = e.actor
                continue
            }
            let surface = doc.slice(TextRange(toks[start].range.start, toks[i - 1].range.end))
            let isAgreement = words.agreements.longestMatch(in: toks[..<i], at: i - 1, key: \.lower) != nil
            let prefix = isAgreement ? "agreement:" : "org:"
            var id = prefix + Slug.make(acronym)
            if lexicon.actors[id] != nil || (actors[id] != nil && actors[id]?.label != surface) { id = prefix + Slug.make(surface) }
            if actors[id] == nil { actors[id] = ActorInfo(id: id, kind: isAgreement ? .agreement : .organization, label: surface) }
            aliases[acronym] = id
            defined[start] = (id, length)
        }
    }
}
