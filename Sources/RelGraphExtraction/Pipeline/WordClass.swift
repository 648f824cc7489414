/// What the relation finder asks of a token's lower-case form again and again (is it a determiner, a
/// preposition, a report verb; does a phrase of the lexicon start with it), answered once per distinct
/// word of a document and kept as bits.
struct WordClass: OptionSet, Sendable {
    let rawValue: UInt32

    init(rawValue: UInt32) { self.rawValue = rawValue }

    /// The classes of the words a language's lexicon lists; most words have none and are turned
    /// away by a filter before the dictionary.
    struct Table: Sendable {
        private var classes = AsciiWordMap<WordClass>()

        mutating func insert(_ word: String, _ c: WordClass) {
            classes.update(word, initial: []) { $0.insert(c) }
        }

        subscript(_ word: String) -> WordClass {
            classes.value(for: word) ?? []
        }
    }

    static let determiner = WordClass(rawValue: 1 << 0)
    static let coordinator = WordClass(rawValue: 1 << 1)
    static let subordinator = WordClass(rawValue: 1 << 2)
    static let nounMarker = WordClass(rawValue: 1 << 3)
    /// The lexicon's prepositions have it (`words.preps`).
    static let preposition = WordClass(rawValue: 1 << 4)
    static let passiveAux = WordClass(rawValue: 1 << 5)
    static let claimNoun = WordClass(rawValue: 1 << 6)
    static let qualifyVerb = WordClass(rawValue: 1 << 7)
    /// A report verb form matches it (`words.reportVerbs.matches(lower)` is not empty).
    static let reportVerb = WordClass(rawValue: 1 << 8)
    /// A cue form matches it as it is (`words.cues.matches(lower)` is not empty).
    static let cueForm = WordClass(rawValue: 1 << 9)
    static let copula = WordClass(rawValue: 1 << 10)
    static let mutual = WordClass(rawValue: 1 << 11)
    /// Ends in "e", "en", "er", "es" or "em" (as `String.hasSuffix` sees it: by Characters).
    static let adjectiveEnding = WordClass(rawValue: 1 << 12)
    /// Phrases of these indexes start with it: without the bit, a phrase look-up there finds nothing.
    static let hedgeStart = WordClass(rawValue: 1 << 13)
    static let negationStart = WordClass(rawValue: 1 << 14)
    static let reportMarkerStart = WordClass(rawValue: 1 << 15)
    static let cuePhraseStart = WordClass(rawValue: 1 << 16)
    static let titleStart = WordClass(rawValue: 1 << 17)
    static let prepPhraseStart = WordClass(rawValue: 1 << 18)
    /// Words the clause splitter and the argument finder compared as Strings per token, now one bit each:
    /// `RelationFinder.verbMarkers`, `RelationFinder.clauseOpeners`, "of"/"for" (before a gerund), "as",
    /// "of"/"von"/"der"/"des" (inside an apposition).
    static let verbMarker = WordClass(rawValue: 1 << 19)
    static let clauseOpener = WordClass(rawValue: 1 << 20)
    static let gerundPrep = WordClass(rawValue: 1 << 21)
    static let asWord = WordClass(rawValue: 1 << 22)
    static let genitiveLink = WordClass(rawValue: 1 << 23)
    /// `isGovernmentNoun`: a state descriptor of the lexicon, one of `RelationFinder.governmentNouns`, or a
    /// ministry noun (`RelationFinder.isMinistryNoun`).
    static let governmentNoun = WordClass(rawValue: 1 << 24)
    /// A participle of signing or concluding inflected as an adjective ("geschlossene", "ausgehandelten"), a word
    /// with no cue entry of its own: a `party_to` cue on the agreement noun right after it.
    static let signingParticiple = WordClass(rawValue: 1 << 25)
    /// "since", "when", "before": a conjunction or a preposition (`RelationFinder.temporalConjunctions`).
    static let temporalConjunction = WordClass(rawValue: 1 << 26)
    /// "welcomed", "begrüßte": a verb of welcoming (lexicon `welcome`), which supports the actor whose move it welcomes.
    static let welcomeVerb = WordClass(rawValue: 1 << 27)

    /// The classes of every word some finite list of one language names (sets, prepositions, exact
    /// cue and report-verb forms, first words of phrases): one look-up for all of them.
    static func table(_ words: Lexicon.Words, language: Language) -> Table {
        var t = Table()
        func add<S: Sequence>(_ forms: S, _ c: WordClass) where S.Element == String {
            for w in forms { t.insert(w, c) }
        }
        // a preposition of this language is no determiner of it (German "an" is not the English article)
        add(RelationFinder.determiners.filter { words.preps[$0] == nil }, .determiner)
        add(RelationFinder.coordinators, .coordinator)
        add(RelationFinder.subordinators, .subordinator)
        add(RelationFinder.nounMarkers, .nounMarker)
        add(words.preps.keys, .preposition)
        add(RelationFinder.passiveAux, .passiveAux)
        add(words.claimNouns, .claimNoun)
        add(words.qualifyVerbs, .qualifyVerb)
        add(words.reportVerbs.exactForms, .reportVerb)
        add(words.cues.exactForms, .cueForm)
        add(RelationFinder.copulas, .copula)
        add(RelationFinder.mutual, .mutual)
        add(words.hedges.firstTokens, .hedgeStart)
        add(words.negations.firstTokens, .negationStart)
        add(words.reportMarkers.firstTokens, .reportMarkerStart)
        add(words.cuePhrases.firstTokens, .cuePhraseStart)
        add(words.titles.firstTokens, .titleStart)
        add(words.prepPhrases.firstTokens, .prepPhraseStart)
        add(RelationFinder.verbMarkers, .verbMarker)
        add(RelationFinder.clauseOpeners, .clauseOpener)
        add(["of", "for"], .gerundPrep)
        add(["as"], .asWord)
        add(["of", "von", "der", "des"], .genitiveLink)
        add(words.stateDescriptors, .governmentNoun)
        add(RelationFinder.governmentNouns, .governmentNoun)
        if language == .de { add(inflectedSigningParticiples(words), .signingParticiple) }
        add(RelationFinder.temporalConjunctions, .temporalConjunction)
        add(words.welcomeVerbs, .welcomeVerb)
        return t
    }

    /// (German only: English forms with an adjective's ending make words of their own, "quit" → "quite".)
    /// The `party_to` verb forms that may be participles (ending in "t" or "en") with an adjective's ending
    /// ("geschlossen" → "geschlossene", "geschlossenen", …), where that form is no cue form itself.
    /// A `party_to` verb form without a particle that may be a participle (it ends in "t" or "en"): "geschlossen".
    static func isSigningParticiple(_ f: String, _ words: Lexicon.Words) -> Bool {
        (f.hasSuffix("t") || f.hasSuffix("en")) && words.cues.matches(f).contains { $0.type == .partyTo && $0.cueClass == .verb && $0.particle == nil }
    }

    static func inflectedSigningParticiples(_ words: Lexicon.Words) -> [String] {
        var out: [String] = []
        for f in words.cues.exactForms where isSigningParticiple(f, words) {
            for suffix in RelationFinder.adjectiveSuffixesDE where words.cues.matches(f + suffix).isEmpty { out.append(f + suffix) }
        }
        return out
    }

    /// The classes of one lower-case word, from the language's table and its wildcard forms.
    init(lower w: String, table: Table, reportVerbs: WordPatterns<String>, cues: WordPatterns<CueEntry>) {
        var c = table[w]
        if !c.contains(.reportVerb) && reportVerbs.hasAffixMatch(w) { c.insert(.reportVerb) }
        if !c.contains(.cueForm) && cues.hasAffixMatch(w) { c.insert(.cueForm) }
        if Self.hasAdjectiveEnding(w) { c.insert(.adjectiveEnding) }
        if !c.contains(.governmentNoun) && RelationFinder.isMinistryNoun(w) { c.insert(.governmentNoun) }
        self = c
    }

    /// `w.hasSuffix("e") || w.hasSuffix("en") || w.hasSuffix("er") || w.hasSuffix("es") || w.hasSuffix("em")`.
    /// When the last three bytes (or all, if fewer) are ASCII other than CR, each is a Character of its own
    /// and the bytes decide; else the String test.
    static func hasAdjectiveEnding(_ w: String) -> Bool {
        var tail: (UInt8, UInt8) = (0, 0)
        var n = 0
        var ascii = true
        var word = w
        word.withUTF8 { u in
            var k = u.count
            while k > 0 {
                k -= 1
                let b = u[k]
                if b >= 0x80 || b == 0x0D { ascii = false; break }
                if n == 0 { tail.1 = b } else if n == 1 { tail.0 = b }
                n += 1
                if n == 3 { break }
            }
        }
        guard ascii else {
            return w.hasSuffix("e") || w.hasSuffix("en") || w.hasSuffix("er") || w.hasSuffix("es") || w.hasSuffix("em")
        }
        if n >= 1 && tail.1 == UInt8(ascii: "e") { return true }
        guard n >= 2, tail.0 == UInt8(ascii: "e") else { return false }
        return tail.1 == UInt8(ascii: "n") || tail.1 == UInt8(ascii: "r") || tail.1 == UInt8(ascii: "s") || tail.1 == UInt8(ascii: "m")
    }
}
