import Foundation
import RelGraph
@testable import RelGraphExtraction
import Testing

/// The lexicon loader: every error names `file:line`, names get their inflections, cues their
/// wildcards, user files extend the shipped lexicon, and the shipped lexicon loads.
struct LexiconLoaderTests {
    /// Declarations the error cases build on (lines 1–4).
    static let header = """
        # test lexicon
        actor | state:rus | state | Russia

        actor | person:vladimir-putin | person | Vladimir Putin
        """

    /// The error loading `header` plus `lines` (which start at line 5), or nil.
    func failure(_ lines: String..., file: String = "test.lex") -> ExtractionError? {
        var loader = LexiconLoader()
        do throws(ExtractionError) {
            try loader.load(text: ([Self.header] + lines).joined(separator: "\n"), file: file)
            _ = try loader.finish()
            return nil
        } catch {
            return error
        }
    }

    func load(_ text: String) throws -> Lexicon {
        var loader = LexiconLoader()
        try loader.load(text: text, file: "test.lex")
        return try loader.finish()
    }

    /// Name entries as "actor form".
    func hits(_ entries: [NameEntry]) -> [String] { entries.map { "\($0.actor) \($0.form.rawValue)" } }

    /// "file:line" and the reason of a lexicon error.
    func place(_ error: ExtractionError?) -> (String, String)? {
        guard case let .lexicon(file, line, reason) = error else { return nil }
        return ("\(file):\(line)", reason)
    }

    // MARK: errors

    @Test func quantifierAndTiesRecords() throws {
        let lex = try load(Self.header + "\nquantifier | de | Sämtliche; alle\nties | * | Beziehungen; ties")
        #expect(lex[.de].quantifiers == ["sämtliche", "alle"])
        #expect(lex[.en].quantifiers.isEmpty)
        #expect(lex[.de].tiesWords == ["beziehungen", "ties"] && lex[.en].tiesWords == ["beziehungen", "ties"])
        #expect(failure("quantifier | de") == .lexicon(file: "test.lex", line: 5, reason: "expected `quantifier | LANG | form; ...`, found 2 fields"))
        #expect(failure("ties | en | ties | relations") == .lexicon(file: "test.lex", line: 5, reason: "expected `ties | LANG | form; ...`, found 4 fields"))
    }

    @Test func holdingRecord() throws {
        let lex = try load(Self.header + "\nholding | de | Verlängern; hat\nholding | en | renewed")
        #expect(lex[.de].holdingVerbs == ["verlängern", "hat"])
        #expect(lex[.en].holdingVerbs == ["renewed"])
        #expect(failure("holding | de") == .lexicon(file: "test.lex", line: 5, reason: "expected `holding | LANG | form; ...`, found 2 fields"))
    }

    @Test func approxRecord() throws {
        let lex = try load(Self.header + "\napprox | de | Mindestens; rund\napprox | en | about")
        #expect(lex[.de].approximators == ["mindestens", "rund"])
        #expect(lex[.en].approximators == ["about"])
        #expect(failure("approx | en") == .lexicon(file: "test.lex", line: 5, reason: "expected `approx | LANG | form; ...`, found 2 fields"))
    }

    @Test func orgnounRecord() throws {
        let lex = try load(Self.header + "\norgnoun | en | Group; party")
        #expect(lex[.en].orgNouns == ["group", "party"])
        #expect(lex[.de].orgNouns.isEmpty)
        #expect(failure("orgnoun | en | a | b") == .lexicon(file: "test.lex", line: 5, reason: "expected `orgnoun | LANG | form; ...`, found 4 fields"))
    }

    @Test func headerLoads() {
        #expect(failure() == nil)
    }

    @Test func unknownRecordType() {
        #expect(failure("acter | state:prk | state | North Korea")
            == .lexicon(file: "test.lex", line: 5, reason: "unknown record type \"acter\""))
        #expect(place(failure("", "# comment", "   ", "Name | state:rus | de | Russland"))?.0 == "test.lex:8")
    }

    @Test func wrongFieldCount() {
        #expect(failure("actor | state:prk | state")
            == .lexicon(file: "test.lex", line: 5, reason: "expected `actor | ID | KIND | LABEL`, found 3 fields"))
        #expect(failure("name | state:rus | de | Russland | Moskau")
            == .lexicon(file: "test.lex", line: 5, reason: "expected `name | ID | LANG | form; form; ...`, found 5 fields"))
        #expect(failure("cue | alliance | en | verb")
            == .lexicon(file: "test.lex", line: 5, reason: "expected `cue | TYPE | LANG | CLASS | form; ... | particle`, found 4 fields"))
        #expect(failure("boilerplate | de") == .lexicon(file: "test.lex", line: 5, reason: "expected `boilerplate | LANG | REGEX`"))
        #expect(place(failure("negation | de | nicht | kein"))?.0 == "test.lex:5")
    }

    @Test(arguments: ["state:Russia", "state:rus-", "country:rus", "state:", "state:rus_1", "Person:vladimir-putin", "state:rus putin"])
    func malformedID(_ id: String) {
        #expect(place(failure("name | \(id) | de | Russland"))?.0 == "test.lex:5")
        #expect(place(failure("name | \(id) | de | Russland"))?.1.hasPrefix("malformed id \"\(id)\"") == true)
    }

    @Test func unknownKind() {
        let p = place(failure("actor | state:prk | country | North Korea"))
        #expect(p?.0 == "test.lex:5")
        #expect(p?.1 == "unknown kind \"country\" (valid: state, person, organization, agreement, group)")
    }

    @Test func idDoesNotFitKind() {
        #expect(failure("actor | org:nato | state | NATO")
            == .lexicon(file: "test.lex", line: 5, reason: "id \"org:nato\" does not fit kind state (expected prefix state:)"))
        #expect(failure("actor | state:nato | organization | NATO")
            == .lexicon(file: "test.lex", line: 5, reason: "id \"state:nato\" does not fit kind organization (expected prefix org:)"))
        #expect(failure("actor | state:rus | group | Russians")
            == .lexicon(file: "test.lex", line: 5, reason: "id \"state:rus\" does not fit kind group (expected prefix group:)"))
    }

    @Test func unknownEdgeType() {
        let p = place(failure("cue | friendship | en | verb | befriend"))
        #expect(p?.0 == "test.lex:5")
        #expect(p?.1.hasPrefix("unknown edge type \"friendship\" (valid: alliance, party_to, military_support,") == true)
    }

    @Test func unknownCueClass() {
        let p = place(failure("cue | alliance | en | verbal | ally"))
        #expect(p?.0 == "test.lex:5")
        #expect(p?.1.hasPrefix("unknown cue class \"verbal\" (valid: verb, verb-recv, noun, adj") == true)
    }

    @Test func unknownPrepositionRole() {
        let p = place(failure("prep | en | goal | towards"))
        #expect(p?.0 == "test.lex:5")
        #expect(p?.1.hasPrefix("unknown preposition role \"goal\" (valid: target, agent, pair, with, source") == true)
    }

    @Test func unknownLanguage() {
        let expected = ExtractionError.lexicon(file: "test.lex", line: 5, reason: "unknown language \"fr\" (valid: de, en, *)")
        #expect(failure("name | state:rus | fr | Russie") == expected)
        #expect(failure("boilerplate | fr | publicité") == expected)
        #expect(failure("title | fr | président | -") == expected)
        #expect(failure("cue | alliance | fr | verb | allier") == expected)
    }

    @Test func invalidRegex() {
        #expect(failure("boilerplate | de | (Werbung")
            == .lexicon(file: "test.lex", line: 5, reason: "invalid regular expression: (Werbung"))
        #expect(failure("boilerplate-end | en | related [articles")
            == .lexicon(file: "test.lex", line: 5, reason: "invalid regular expression: related [articles"))
        // a `|` inside the expression is part of it
        #expect(failure("boilerplate | * | teilen|share|(tweet") == .lexicon(file: "test.lex", line: 5, reason: "invalid regular expression: teilen|share|(tweet"))
        #expect(failure("boilerplate | * | teilen|share|tweet") == nil)
    }

    @Test func emptyList() {
        let expected = ExtractionError.lexicon(file: "test.lex", line: 5, reason: "the list of forms is empty")
        #expect(failure("name | state:rus | de |  ; ; ") == expected)
        #expect(failure("adj | state:rus | de |") == expected)
        #expect(failure("negation | de | ;") == expected)
        #expect(failure("cue | alliance | de | noun |  | ") == expected)
    }

    @Test func otherClassErrors() {
        #expect(place(failure("report | de | statement | sagte"))?.1.hasPrefix("unknown report class \"statement\"") == true)
        #expect(place(failure("pronoun | de | thing | es"))?.1.hasPrefix("unknown pronoun class \"thing\"") == true)
        #expect(place(failure("coref | de | trio | alle drei"))?.1.hasPrefix("unknown coref class \"trio\"") == true)
        #expect(place(failure("agreement | de | Pakt | Defense Pact"))?.1.hasPrefix("the kind slug \"Defense Pact\"") == true)
        #expect(place(failure("affil | state:rus | person:vladimir-putin | President"))?.1 == "affil needs a person id first, found \"state:rus\"")
        #expect(place(failure("actor | state:prk | state |  "))?.1 == "the label is empty")
        #expect(failure("actor | state:rus | group | Russia") != nil)
        #expect(failure("actor | person:vladimir-putin | state | Putin") != nil)
    }

    @Test func agreementParties() throws {
        let lex = try load("""
            actor | state:rus | state | Russia
            actor | state:usa | state | United States
            actor | agreement:new-start | agreement | New START
            parties | agreement:new-start | state:usa; state:rus
            """)
        #expect(lex.agreementParties["agreement:new-start"] == ["state:usa", "state:rus"])
        #expect(failure("parties | state:rus | state:rus")?.description.contains("parties needs an agreement id first") == true)
        #expect(place(failure("actor | agreement:x | agreement | X", "parties | agreement:x | state:rus; state:xyz"))?.0 == "test.lex:6")
    }

    @Test func summonVerbsPerLanguage() throws {
        let lex = try load("summon | de | einbestellt; Bestellte")
        #expect(lex[.de].summonVerbs == ["einbestellt", "bestellte"])
        #expect(lex[.en].summonVerbs.isEmpty)
    }

    @Test func intentWordsAreHedgesToo() throws {
        let lex = try load("intent | en | vowed; swore")
        #expect(lex[.en].intents.longestMatch(in: ["vowed"], at: 0, key: { $0 }) != nil)
        #expect(lex[.en].hedges.longestMatch(in: ["vowed"], at: 0, key: { $0 }) != nil)
        #expect(lex[.de].intents.longestMatch(in: ["vowed"], at: 0, key: { $0 }) == nil)
    }

    @Test func undeclaredIDReportedAtTheLineThatUsesIt() {
        #expect(failure("name | state:rus | de | Russland", "", "name | state:prk | de | Nordkorea")
            == .lexicon(file: "test.lex", line: 7, reason: "\"state:prk\" is used but no `actor` record declares it"))
        #expect(place(failure("affil | person:vladimir-putin | state:xyz | President"))?.0 == "test.lex:5")
        #expect(place(failure("affil | person:nobody | state:rus | President"))?.0 == "test.lex:5")
        #expect(place(failure("title | de | Kremlsprecher | state:rux"))?.0 == "test.lex:5")
        // an id declared later in the same or another file is fine
        #expect(failure("name | state:prk | de | Nordkorea", "actor | state:prk | state | North Korea") == nil)
        #expect(failure("title | de | Kremlsprecher | -") == nil)
    }

    @Test func undeclaredIDInASecondFileNamesThatFile() {
        var loader = LexiconLoader()
        #expect(throws: ExtractionError.lexicon(file: "second.lex", line: 3, reason: "\"state:ukr\" is used but no `actor` record declares it")) {
            try loader.load(text: Self.header, file: "first.lex")
            try loader.load(text: "name | state:rus | en | Moscow\n\nname | state:ukr | en | Kyiv", file: "second.lex")
            _ = try loader.finish()
        }
    }

    @Test func loadingStopsAtTheFirstError() {
        #expect(place(failure("name | state:rus | xx | A", "acter | B"))?.0 == "test.lex:5")
    }

    @Test func errorDescriptionIsFileColonLine() {
        #expect(failure("acter | x")?.description == "test.lex:5: unknown record type \"acter\"")
    }

    @Test func windowsLineEndsAndSurroundingSpace() throws {
        let lex = try load("actor | state:rus | state | Russia\r\n   name|state:rus|de|Russland ;  Moskau  \r\n")
        #expect(hits(lex[.de].names.values(for: ["Moskau"])) == ["state:rus name"])
        #expect(lex.actors["state:rus"] == ActorInfo(id: "state:rus", kind: .state, label: "Russia"))
    }

    @Test func unreadableFiles() throws {
        var loader = LexiconLoader()
        #expect(throws: ExtractionError.lexiconUnreadable(file: "/nonexistent/x.lex", reason: "no such file")) {
            try loader.load(file: "/nonexistent/x.lex")
        }
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("relgraph-lex-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(throws: ExtractionError.lexiconUnreadable(file: dir.path, reason: "is a folder")) { try loader.load(file: dir.path) }
        let latin1 = dir.appendingPathComponent("latin1.lex")
        try Data([0x6E, 0x61, 0x6D, 0x65, 0x20, 0xE4]).write(to: latin1)
        #expect(throws: ExtractionError.lexiconUnreadable(file: latin1.path, reason: "not UTF-8 text")) { try loader.load(file: latin1.path) }
    }

    // MARK: names

    static let names = """
        actor | state:rus | state | Russia
        adj | state:rus | de | russisch
        adj | state:rus | en | Russian
        demonym | state:rus | de | Russe; Russen
        name | state:rus | de | Russland; Moskau; der Kreml
        name | state:rus | en | Russia; the Kremlin
        actor | person:vladimir-putin | person | Vladimir Putin
        name | person:vladimir-putin | * | Wladimir Putin; Vladimir Putin; Putin
        actor | state:prk | state | North Korea
        adj | state:prk | de | nordkoreanisch
        adj | state:prk | en | North Korean
        name | state:prk | de | Nordkorea; Demokratische Volksrepublik Korea; Pjöngjang
        name | state:prk | en | North Korea; Democratic People's Republic of Korea
        actor | state:fra | state | France
        name | state:fra | de | Paris; Frankreich
        actor | state:che | state | Switzerland
        name | state:che | de | Schweiz
        """

    /// "actor form" of every entry stored under exactly these words.
    func entries(_ lex: Lexicon, _ lang: Language, _ words: [String]) -> [String] {
        hits(lex[lang].names.values(for: words))
    }

    @Test func germanAdjectiveInflection() throws {
        let lex = try load(Self.names)
        let rus = ["state:rus adjective"]
        for form in ["russisch", "russische", "russischen", "russischer", "russisches", "russischem",
                     "Russisch", "Russische", "Russischen", "Russischer", "Russisches", "Russischem"] {
            #expect(entries(lex, .de, [form]) == rus, "\(form)")
        }
        #expect(entries(lex, .de, ["nordkoreanischer"]) == ["state:prk adjective"])
        #expect(entries(lex, .de, ["russischn"]).isEmpty)
        #expect(entries(lex, .de, ["russischens"]).isEmpty)
        // English adjectives are taken as written
        #expect(entries(lex, .en, ["Russian"]) == rus)
        #expect(entries(lex, .en, ["Russianen"]).isEmpty)
        #expect(entries(lex, .en, ["North", "Korean"]) == ["state:prk adjective"])
        #expect(entries(lex, .en, ["russische"]).isEmpty)
    }

    @Test func demonymsAsListed() throws {
        let lex = try load(Self.names)
        #expect(entries(lex, .de, ["Russen"]) == ["state:rus demonym"])
        #expect(entries(lex, .de, ["Russens"]).isEmpty)
    }

    @Test func germanGenitiveOfNames() throws {
        let lex = try load(Self.names)
        let rus = ["state:rus name"]
        let putin = ["person:vladimir-putin name"]
        #expect(entries(lex, .de, ["Russlands"]) == rus)
        #expect(entries(lex, .de, ["Moskaus"]) == rus)
        #expect(entries(lex, .de, ["Putins"]) == putin)
        #expect(entries(lex, .de, ["Wladimir", "Putins"]) == putin)
        #expect(entries(lex, .de, ["der", "Kremls"]) == rus)
        #expect(entries(lex, .de, ["Der", "Kreml"]) == rus)  // capitalized at the start of a sentence
        #expect(entries(lex, .de, ["Frankreichs"]) == ["state:fra name"])
        // no genitive -s after s, x, z, ß: "Paris", "Schweiz"
        #expect(entries(lex, .de, ["Pariss"]).isEmpty)
        #expect(entries(lex, .de, ["Schweizs"]).isEmpty)
        // English has no genitive -s: the tokenizer splits "Russia's"
        #expect(entries(lex, .en, ["Russias"]).isEmpty)
        #expect(entries(lex, .en, ["Putins"]).isEmpty)
        #expect(entries(lex, .en, ["Putin"]) == putin)
        // names are case-sensitive
        #expect(entries(lex, .de, ["russland"]).isEmpty)
    }

    @Test func multiwordNamesLongestMatch() throws {
        let lex = try load(Self.names)
        let words = ["Die", "Demokratische", "Volksrepublik", "Korea", "und", "Wladimir", "Putin", "sagten"]
        let prk = lex[.de].names.longestMatch(in: words, at: 1, key: { $0 })
        #expect(prk.map { hits([$0.value]) } == ["state:prk name"])
        #expect(prk?.length == 3)
        let putin = lex[.de].names.longestMatch(in: words, at: 5, key: { $0 })
        #expect(putin?.value.actor == "person:vladimir-putin")
        #expect(putin?.length == 2)
        #expect(lex[.de].names.longestMatch(in: words, at: 0, key: { $0 }) == nil)
        // a phrase cut off by the end of the words does not match
        #expect(lex[.de].names.longestMatch(in: ["Demokratische", "Volksrepublik"], at: 0, key: { $0 }) == nil)
        // names split as the tokenizer splits article text
        let dprk = Tokenizer().words("the Democratic People's Republic of Korea said")
        let m = lex[.en].names.longestMatch(in: dprk, at: 1, key: { $0 })
        #expect(m?.value.actor == "state:prk")
        #expect(m?.length == 6)
        let kremlin = lex[.en].names.longestMatch(in: ["The", "Kremlin", "said"], at: 0, key: { $0 })
        #expect(kremlin?.value.actor == "state:rus")
        #expect(kremlin?.length == 2)
    }

    @Test func starLanguageLoadsBoth() throws {
        let lex = try load(Self.names)
        #expect(entries(lex, .en, ["Wladimir", "Putin"]).count == 1)
        #expect(entries(lex, .de, ["Vladimir", "Putin"]).count == 1)
        #expect(entries(lex, .de, ["Vladimir", "Putins"]).count == 1)
    }

    // MARK: cues

    static let cues = """
        cue | arms_supply | de | noun | *lieferung; *lieferungen
        cue | support | de | verb | unterstütz*
        cue | military_support | de | noun | *truppen*
        cue | denial | de | verb | wies; weist | zurück
        cue | alliance | en | noun | close ties; alliance
        cue | request | en | verb-recv | received
        """

    @Test func cueWildcards() throws {
        let lex = try load(Self.cues)
        let de = lex[.de].cues
        #expect(de.matches("waffenlieferungen").map(\.type) == [.armsSupply])
        #expect(de.matches("waffenlieferungen").map(\.form) == ["*lieferungen"])
        #expect(de.matches("waffenlieferung").map(\.form) == ["*lieferung"])
        #expect(de.matches("lieferung").map(\.form) == ["*lieferung"])  // `*` matches nothing too
        #expect(de.matches("lieferungsweise").isEmpty)
        #expect(de.matches("unterstützte").map(\.type) == [.support])
        #expect(de.matches("unterstützen").map(\.type) == [.support])
        #expect(de.matches("unterstütz").map(\.type) == [.support])
        #expect(de.matches("beunterstützt").isEmpty)
        #expect(de.matches("bodentruppenverband").map(\.type) == [.militarySupport])
        #expect(de.matches("truppen").map(\.type) == [.militarySupport])
        #expect(de.matches("waffen").isEmpty)
        // the German cues are not English ones
        #expect(lex[.en].cues.matches("waffenlieferungen").isEmpty)
    }

    @Test func cueClassesParticlesAndPhrases() throws {
        let lex = try load(Self.cues)
        let wies = lex[.de].cues.matches("wies")
        #expect(wies == [CueEntry(type: .denial, cueClass: .verb, particle: "zurück", form: "wies")])
        #expect(lex[.en].cues.matches("received").map(\.cueClass) == [.verbRecv])
        #expect(lex[.en].cues.matches("alliance").map(\.type) == [.alliance])
        #expect(lex[.en].cues.matches("close").isEmpty)
        let phrase = lex[.en].cuePhrases.longestMatch(in: ["close", "ties", "with"], at: 0, key: { $0 })
        #expect(phrase?.value.type == .alliance)
        #expect(phrase?.length == 2)
    }

    @Test func otherLanguageWords() throws {
        let lex = try load("""
            actor | state:rus | state | Russia
            title | de | Kremlsprecher | state:rus
            title | en | foreign minister; Spokeswoman | -
            titlehead | de | Minister; sprecher
            prep | de | target | an; gegen
            prep | en | agent | according to
            report | en | marker | according to
            negation | de | nicht; kein
            hedge | en | could; may well
            pronoun | de | person | er; Seine
            coref | en | pair | both countries
            coref | de | state | Staat; Regime
            agreement | de | Verteidigungspakt; Verteidigungspaktes | defense-pact
            function | de | Die; Am
            given | * | Kim; Dmitry
            boilerplate | en | share this
            boilerplate-end | * | related articles
            """)
        #expect(lex[.de].titles.values(for: ["kremlsprecher"]) == [TitleEntry(role: "Kremlsprecher", actor: "state:rus")])
        #expect(lex[.en].titles.values(for: ["foreign", "minister"]) == [TitleEntry(role: "foreign minister", actor: nil)])
        #expect(lex[.en].titles.values(for: ["spokeswoman"]).count == 1)
        #expect(lex[.de].titleHeads == ["minister", "sprecher"])
        #expect(lex[.de].preps == ["an": .target, "gegen": .target])
        #expect(lex[.en].prepPhrases.values(for: ["according", "to"]) == [.agent])
        #expect(lex[.en].reportMarkers.values(for: ["according", "to"]) == ["according to"])
        #expect(lex[.de].negations.values(for: ["kein"]) == ["kein"])
        #expect(lex[.en].hedges.values(for: ["may", "well"]) == ["may well"])
        #expect(lex[.de].personPronouns == ["er", "seine"])
        #expect(lex[.en].pairPhrases.values(for: ["both", "countries"]) == ["both countries"])
        #expect(lex[.de].stateDescriptors == ["staat", "regime"])
        #expect(lex[.de].agreements.values(for: ["verteidigungspaktes"]) == ["defense-pact"])
        #expect(lex[.de].functionWords == ["die", "am"])
        #expect(lex.givenNames == ["Kim", "Dmitry"])
        #expect(lex[.en].boilerplate.count == 1 && lex[.de].boilerplate.isEmpty)
        #expect(lex.endMarkers.first?.firstMatch(in: "Related Articles", range: NSRange(location: 0, length: 16)) != nil)
        #expect(lex[.en].boilerplate.first?.firstMatch(in: "SHARE THIS", range: NSRange(location: 0, length: 10)) != nil)
        #expect(lex[.en].boilerplate.first?.firstMatch(in: "Please share this", range: NSRange(location: 0, length: 17)) == nil)
    }

    // MARK: user files and the shipped lexicon

    @Test func userFileExtendsTheShippedLexicon() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("relgraph-lex-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let user = dir.appendingPathComponent("mine.lex")
        try Data("""
            # my own people
            actor | person:jana-beispiel | person | Jana Beispiel
            name | person:jana-beispiel | * | Jana Beispiel
            affil | person:jana-beispiel | state:rus | Deputy Foreign Minister
            name | state:rus | de | Mütterchen Russland
            """.utf8).write(to: user)
        let lex = try LexiconLoader.load(userFiles: [user.path])
        #expect(lex.files.last == user.path)
        #expect(lex.files.count == (try LexiconLoader.shippedFiles()).count + 1)
        #expect(lex.actors["person:jana-beispiel"] == ActorInfo(id: "person:jana-beispiel", kind: .person, label: "Jana Beispiel"))
        #expect(lex.affiliations["person:jana-beispiel"]?.actor == "state:rus")
        #expect(hits(lex[.de].names.values(for: ["Jana", "Beispiels"])) == ["person:jana-beispiel name"])
        #expect(hits(lex[.de].names.values(for: ["Mütterchen", "Russland"])) == ["state:rus name"])
        // the shipped words are all still there
        #expect(hits(lex[.de].names.values(for: ["Russland"])) == ["state:rus name"])
        #expect(lex.actors["state:prk"]?.label == "North Korea")

        // without the shipped lexicon, state:rus is undeclared: the error names the user's file and line
        #expect(throws: ExtractionError.lexicon(file: user.path, line: 4, reason: "\"state:rus\" is used but no `actor` record declares it")) {
            try LexiconLoader.load(userFiles: [user.path], shipped: false)
        }
        let bad = dir.appendingPathComponent("bad.lex")
        try Data("actor | person:x | person | X\n\nnaem | person:x | * | X".utf8).write(to: bad)
        #expect(throws: ExtractionError.lexicon(file: bad.path, line: 3, reason: "unknown record type \"naem\"")) {
            try LexiconLoader.load(userFiles: [user.path, bad.path])
        }
    }

    @Test func shippedLexiconLoads() throws {
        let files = try LexiconLoader.shippedFiles()
        #expect(files.count >= 6)
        #expect(files.allSatisfy { $0.hasSuffix(".lex") })
        #expect(files.map { ($0 as NSString).lastPathComponent } == files.map { ($0 as NSString).lastPathComponent }.sorted())
        let lex = try LexiconLoader.load()
        #expect(lex.files == files)
        #expect(lex.actors.values.filter { $0.kind == .state }.count >= 193)
        #expect(lex.actors["state:rus"]?.label == "Russia")
        #expect(lex.actors["state:prk"]?.label == "North Korea")
        #expect(lex.actors["person:vladimir-putin"]?.kind == .person)
        let rus = "state:rus name"
        #expect(hits(lex[.de].names.values(for: ["Russlands"])).contains(rus))
        #expect(hits(lex[.de].names.values(for: ["Moskaus"])).contains(rus))
        #expect(hits(lex[.de].names.values(for: ["russischen"])).contains("state:rus adjective"))
        #expect(hits(lex[.de].names.values(for: ["Nordkoreanern"])).contains("state:prk demonym"))
        #expect(hits(lex[.de].names.values(for: ["Pjöngjang"])).contains("state:prk name"))
        #expect(hits(lex[.en].names.values(for: ["North", "Korean"])).contains("state:prk adjective"))
        #expect(hits(lex[.de].names.values(for: ["Putins"])).contains("person:vladimir-putin name"))
        #expect(hits(lex[.de].names.values(for: ["Peskow"])).contains("person:dmitry-peskov name"))
    }
}
