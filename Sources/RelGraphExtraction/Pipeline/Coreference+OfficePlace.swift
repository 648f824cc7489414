import RelGraph

extension Coreference {
    /// The state named, after a locative preposition, in the clause of a person whose office was only guessed
    /// ("sagte Innenministerin X am Donnerstag in Helsinki", "teilte Regierungschefin Y am Montag in Vilnius mit"):
    /// the place where one speaks or acts for a government is that government's. The place must follow the title
    /// in the person's own clause: no comma, colon, semicolon or quotation mark between them (a reported clause
    /// names other places: "kündigte an, die Regierung werde … in Luxemburg anfechten"), and no visit cue (one
    /// who visits a place is not of it).
    func placeOfOwnClause(titleStart start: Int, sentence: Int, doc: Document, words: Lexicon.Words) -> String? {
        let end = doc.sentences[sentence].tokens.upperBound
        for m in doc.mentions where m.sentence == sentence && m.tokens.lowerBound > start + 1 && m.tokens.upperBound <= end {
            if m.form == .person { continue }
            guard m.actor.hasIDPrefix("state:"), m.form == .name, m.isLocative, !m.inTitle else { continue }
            for k in start..<m.tokens.lowerBound {
                let t = doc.tokens[k]
                if !t.isWord {
                    if Self.clauseBreaks.contains(t.text) { return nil }
                    continue
                }
                if !t.isCapitalized && words.cues.matches(t.lower).contains(where: { $0.type == .visit }) { return nil }
            }
            // after the person's name only time words, numbers and report verbs before the place's preposition ("am
            // Donnerstag in Helsinki", "said on Monday in Vilnius"; not "im Gespräch mit Journalisten in Moskau", "am Rande
            // eines Gipfels in Rom", "by phone from Kyiv with counterparts in Washington")
            guard let person = doc.mentions.first(where: { $0.sentence == sentence && $0.tokens.lowerBound > start && $0.actor.hasIDPrefix("person:") }),
                  person.tokens.upperBound < m.tokens.lowerBound else { return nil }
            var k = m.tokens.lowerBound - 1
            while k > person.tokens.upperBound && doc.tokens[k].isWord && RelationFinder.determiners.contains(doc.tokens[k].lower) { k -= 1 }
            guard k >= person.tokens.upperBound, words.preps[doc.tokens[k].lower] == .location else { return nil }
            func timeWord(_ j: Int) -> Bool {
                let t = doc.tokens[j]
                return t.kind == .number || t.isWord && words.preps[t.lower] == nil && words.functionWords.contains(t.lower)
            }
            for j in person.tokens.upperBound..<k {
                let t = doc.tokens[j]
                // ("on Monday": a preposition only before a time word)
                if t.isWord, words.preps[t.lower] != nil, j + 1 < k, timeWord(j + 1) { continue }
                guard timeWord(j) || t.isWord && words.preps[t.lower] == nil && words.reportVerbs.hasMatch(t.lower) else { return nil }
            }
            return m.actor
        }
        return nil
    }

    /// Marks that end the clause a title opens.
    static let clauseBreaks: Set<String> = [",", ";", ":", "„", "“", "”", "\"", "«", "»", "‚", "‘", "(", "–", "—"]
}
