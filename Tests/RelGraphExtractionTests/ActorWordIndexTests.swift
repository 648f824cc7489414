@testable import RelGraphExtraction
import RelGraph
import Testing

/// `ActorWordIndex` gives, for any word form, the same phrase lists as the four phrase indexes it joins
/// (`PhraseIndex.phrases(startingWith:)`), in either normalization form.
struct ActorWordIndexTests {
    static let forms: [String] = [
        "Russland", "russland", "Kreml", "Präsident", "präsident", "Pra\u{0308}sident", "pra\u{0308}sident", "Abkommen",
        "abkommen", "Russia", "president", "Vertrag", "vertrag", "Außenminister", "außenminister", "Café", "Cafe\u{0301}",
        "Nord", "nord", "unbekannt", "", "Кремль", "X",
    ]

    static func index() -> (ActorWordIndex, Lexicon.Words, Lexicon.Words) {
        var words = Lexicon.Words()
        var other = Lexicon.Words()
        words.names.insert(["Russland"], NameEntry(actor: "state:ru", form: .name))
        words.names.insert(["Nord", "Korea"], NameEntry(actor: "state:kp", form: .name))
        words.names.insert(["Nord"], NameEntry(actor: "org:nord", form: .name))
        words.names.insert(["Cafe\u{0301}"], NameEntry(actor: "org:cafe", form: .name))
        words.names.insert(["Кремль"], NameEntry(actor: "state:ru", form: .name))
        other.names.insert(["Russia"], NameEntry(actor: "state:ru", form: .name))
        other.names.insert(["Russland"], NameEntry(actor: "state:ru", form: .adjective))
        other.names.insert(["Kreml"], NameEntry(actor: "state:ru", form: .name))
        words.titles.insert(["präsident"], TitleEntry(role: "Präsident", actor: nil))
        words.titles.insert(["außenminister"], TitleEntry(role: "Außenminister", actor: nil))
        words.titles.insert(["nord"], TitleEntry(role: "Nord", actor: nil))
        words.agreements.insert(["abkommen"], "treaty")
        words.agreements.insert(["vertrag"], "treaty")
        words.agreements.insert(["präsident"], "odd")
        return (ActorWordIndex(words: words, other: other), words, other)
    }

    @Test func startsAnswersAsEachIndex() {
        let (index, words, other) = Self.index()
        func tokens<V>(_ list: [PhraseIndex<V>.Entry]?) -> [[String]]? { list.map { $0.map(\.tokens) } }
        func listed<V>(_ n: Int32, _ lists: [[PhraseIndex<V>.Entry]]) -> [[String]]? { n < 0 ? nil : lists[Int(n)].map(\.tokens) }
        var found = 0
        for form in Self.forms {
            let s = index.starts(form)
            #expect(listed(s.names, index.names) == tokens(words.names.phrases(startingWith: form)), "\(form)")
            #expect(listed(s.otherNames, index.otherNames) == tokens(other.names.phrases(startingWith: form)), "\(form)")
            #expect(listed(s.titles, index.titles) == tokens(words.titles.phrases(startingWith: form)), "\(form)")
            #expect(listed(s.agreements, index.agreements) == tokens(words.agreements.phrases(startingWith: form)), "\(form)")
            if s != .none { found += 1 }
        }
        // the forms known somewhere (titles and agreements by lower case only): Russland, Kreml, präsident
        // (both forms), abkommen, Russia, vertrag, außenminister, Café (both forms), Nord, nord, Кремль
        #expect(found == 13)
        // "Nord" starts two names, longest first
        #expect(listed(index.starts("Nord").names, index.names) == [["Nord", "Korea"], ["Nord"]])
        #expect(index.starts("unbekannt") == .none)
    }

    /// The second index of a pair answers as an index built for the other language (its words first).
    @Test func pairsSecondIndexAnswersAsTheOtherLanguages() {
        let (_, words, other) = Self.index()
        var withFacts = other
        withFacts.functionWords = ["the", "über"]
        withFacts.preps = ["in": .location, "against": .target]
        withFacts.titles.insert(["president"], TitleEntry(role: "president", actor: nil))
        let pair = ActorWordIndex.pair(words, withFacts, givenNames: ["Olaf"])
        let alone = ActorWordIndex(words: withFacts, other: words, givenNames: ["Olaf"])
        func tokens<V>(_ n: Int32, _ lists: [[PhraseIndex<V>.Entry]]) -> [[String]]? { n < 0 ? nil : lists[Int(n)].map(\.tokens) }
        for form in Self.forms + ["the", "The", "über", "in", "against", "Olaf", "al"] {
            let s = pair.second.starts(form), t = alone.starts(form)
            #expect(tokens(s.names, pair.second.names) == tokens(t.names, alone.names), "\(form)")
            #expect(tokens(s.otherNames, pair.second.otherNames) == tokens(t.otherNames, alone.otherNames), "\(form)")
            #expect(tokens(s.titles, pair.second.titles) == tokens(t.titles, alone.titles), "\(form)")
            #expect(tokens(s.agreements, pair.second.agreements) == tokens(t.agreements, alone.agreements), "\(form)")
            #expect(s.facts == t.facts && s.prep == t.prep, "\(form)")
        }
        #expect(pair.second.starts("Russia").names >= 0 && pair.first.starts("Russia").names == -1)
        #expect(pair.second.starts("president").titles >= 0 && pair.first.starts("president").titles == -1)
        #expect(pair.second.starts("the").facts.contains(.functionWord) && !pair.first.starts("the").facts.contains(.functionWord))
    }

    /// The word-set answers: given names by text, function words, particles and preposition roles by
    /// lower case, as the sets and the dictionary give them (String equality).
    @Test func factsAnswerAsTheSets() {
        var words = Lexicon.Words()
        words.functionWords = ["und", "über", "der"]
        words.preps = ["über": .target, "in": .location, "gegen": .target, "mit": .with]
        words.claimNouns = ["angaben", "behauptung"]
        words.stateDescriptors = ["führung", "land"]
        var other = Lexicon.Words()
        other.claimNouns = ["claim"]
        other.stateDescriptors = ["country"]
        let givenNames: Set<String> = ["Olaf", "José", "Über"]
        let index = ActorWordIndex(words: words, other: other, givenNames: givenNames)
        let probes = ["Olaf", "olaf", "José", "Jose\u{0301}", "Über", "über", "U\u{0308}ber", "und", "Und", "der", "von",
                      "al", "in", "mit", "gegen", "nichts", "", "Кремль", "angaben", "claim", "führung", "fu\u{0308}hrung", "land",
                      "country", "regierung", "government", "des", "of", "eine", "the", "Der"]
        for w in probes {
            let s = index.starts(w)
            #expect(s.facts.contains(.givenName) == givenNames.contains(w), "\(w)")
            #expect(s.facts.contains(.functionWord) == words.functionWords.contains(w), "\(w)")
            #expect(s.facts.contains(.particle) == ActorFinder.particles.contains(w), "\(w)")
            #expect(s.facts.contains(.determiner) == ActorFinder.determiners.contains(w), "\(w)")
            #expect(s.facts.contains(.claimNoun) == words.claimNouns.contains(w), "\(w)")
            #expect(s.facts.contains(.stateDescriptor) == words.stateDescriptors.contains(w), "\(w)")
            #expect(s.facts.contains(.governmentNoun) == RelationFinder.governmentNouns.contains(w), "\(w)")
            #expect(s.facts.contains(.genitiveLink) == ActorFinder.genitiveLinks.contains(w), "\(w)")
            let role = s.prep < 0 ? nil : PrepRole.allCases[Int(s.prep)]
            #expect(role == words.preps[w], "\(w)")
        }
        // "über" is a function word, a preposition and (capitalized) a given name: one entry each way
        #expect(index.starts("über").facts == [.functionWord])
        #expect(index.starts("Über").facts == [.givenName])
        #expect(index.starts("al").facts == [.particle])
        #expect(index.starts("fu\u{0308}hrung").facts == [.stateDescriptor, .governmentNoun])
        #expect(index.starts("der").facts == [.functionWord, .determiner, .genitiveLink])
    }

    /// The cache builds each language's index from the lexicon as `ActorWordIndex.init` does, once.
    @Test func cacheGivesEachLanguagesIndex() {
        var lexicon = Lexicon()
        lexicon[.de].names.insert(["Russland"], NameEntry(actor: "state:ru", form: .name))
        lexicon[.en].names.insert(["Russia"], NameEntry(actor: "state:ru", form: .name))
        lexicon[.de].titles.insert(["kanzler"], TitleEntry(role: "Kanzler", actor: nil))
        lexicon.givenNames = ["Olaf"]
        let cache = ActorWordIndexCache(lexicon: lexicon)
        let de = cache.index(for: .de)
        let en = cache.index(for: .en)
        #expect(de.starts("Russland").names == 0 && de.starts("Russland").otherNames == -1)
        #expect(de.starts("Russia").otherNames == 0 && de.starts("Russia").names == -1)
        #expect(en.starts("Russia").names == 0 && en.starts("Russland").otherNames == 0)
        #expect(de.starts("kanzler").titles == 0 && en.starts("kanzler").titles == -1)
        #expect(de.starts("Olaf").facts == [.givenName] && en.starts("Olaf").facts == [.givenName])
        // asked again: the same index (same lists)
        #expect(cache.index(for: .de).starts("Russland") == de.starts("Russland"))
    }
}
