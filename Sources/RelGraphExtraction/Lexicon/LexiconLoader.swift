import Foundation
import RelGraph

/// Reads `.lex` files into a `Lexicon`, validating every line; errors name `file:line`.
public struct LexiconLoader {
    public private(set) var lexicon = Lexicon()
    private var references: [(file: String, line: Int, id: String)] = []
    /// The words of states' names of more than one word, per language (kept for `stateKinds`).
    private var stateNameWords: [Language: [String: Set<String>]] = [:]
    private let tokenizer = Tokenizer()
    /// The pattern of actor ids (checked by `LexiconText.isWellFormedID`, which answers as this regex does).
    static let idPattern = try! NSRegularExpression(pattern: "^(state|person|org|agreement|group):[a-z0-9]+(-[a-z0-9]+)*$")

    public init() {}

    /// The lexicon shipped with relgraph, plus the user's files.
    public static func load(userFiles: [String] = [], shipped: Bool = true) throws(ExtractionError) -> Lexicon {
        var loader = LexiconLoader()
        if shipped {
            for f in try shippedFiles() { try loader.load(file: f) }
        }
        for f in userFiles { try loader.load(file: f) }
        return try loader.finish()
    }

    /// The shipped `.lex` files, sorted by name.
    public static func shippedFiles() throws(ExtractionError) -> [String] {
        guard let dir = Bundle.module.url(forResource: "lexicon", withExtension: nil) else {
            throw .lexiconUnreadable(file: "lexicon", reason: "the shipped lexicon is missing from the package resources")
        }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
        return names.filter { $0.hasSuffix(".lex") }.sorted().map { dir.appendingPathComponent($0).path }
    }

    public mutating func load(file: String) throws(ExtractionError) {
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: file, isDirectory: &isDir), !isDir.boolValue else {
            throw .lexiconUnreadable(file: file, reason: isDir.boolValue ? "is a folder" : "no such file")
        }
        guard let data = FileManager.default.contents(atPath: file) else {
            throw .lexiconUnreadable(file: file, reason: "permission denied")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw .lexiconUnreadable(file: file, reason: "not UTF-8 text")
        }
        try load(text: text, file: file)
    }

    public mutating func load(text: String, file: String) throws(ExtractionError) {
        lexicon.noteFile(file)
        var lineNo = 0
        // "\r\n" is one Character: split on it too, or a Windows file is a single line.
        // A line feed is always a Character of its own, or ends "\r\n", whose CR the trimming drops: splitting
        // the bytes at line feeds gives the lines that splitting the Characters at "\n" and "\r\n" gives.
        var starts = [text.startIndex]
        var ends: [String.Index] = []
        for i in text.utf8.indices where text.utf8[i] == 0x0A {
            ends.append(i)
            starts.append(text.utf8.index(after: i))
        }
        ends.append(text.endIndex)
        for (a, b) in zip(starts, ends) {
            let raw = text[a..<b]
            lineNo += 1
            let line = LexiconText.whitespacesAndNewlines(raw)
            if line.isEmpty || line.hasPrefix("#") { continue }
            try record(line, file: file, line: lineNo)
        }
    }

    /// `line.prefix { $0 != "|" }` (the record's type, before its first field separator) found on the bytes:
    /// a "|" is a Character of its own, so the first "|" byte ends the prefix, when no byte before it and
    /// none right after it is 0xCC or above (no scalar there that could join a Character with it); else by
    /// Characters, as before. A record line went Character by Character through its type.
    static func headField(_ line: String) -> Substring {
        var bytes = line
        let cut: Int? = bytes.withUTF8 { b -> Int? in
            for i in 0..<b.count {
                let c = b[i]
                if c >= 0xCC { return nil }
                if c == 0x7C { return i + 1 < b.count && b[i + 1] >= 0xCC ? nil : i }
            }
            return b.count
        }
        guard let cut else { return line.prefix { $0 != "|" } }
        return line[..<line.utf8.index(line.startIndex, offsetBy: cut)]
    }

    /// Checks that every id used is declared; returns the lexicon.
    public func finish() throws(ExtractionError) -> Lexicon {
        for r in references where lexicon.actors[r.id] == nil {
            throw .lexicon(file: r.file, line: r.line, reason: "\"\(r.id)\" is used but no `actor` record declares it")
        }
        var done = lexicon
        for (lang, words) in stateNameWords {
            for (word, ids) in words where done[lang].stateDescriptors.contains(word) { done[lang].stateKinds[word] = ids }
        }
        return done
    }

    // MARK: - records

    private mutating func record(_ line: String, file: String, line n: Int) throws(ExtractionError) {
        func fail(_ reason: String) -> ExtractionError { .lexicon(file: file, line: n, reason: reason) }
        let head = LexiconText.whitespaces(Self.headField(line))
        // Regular expressions may hold `|`: those records take the rest of the line as one field.
        if head == "boilerplate" || head == "boilerplate-end" || head == "boilerplate-box" {
            let parts = LexiconText.splitTrimmed(line, separator: "|", maxSplits: 2, omittingEmptySubsequences: false)
            guard parts.count == 3, !parts[2].isEmpty else { throw fail("expected `\(head) | LANG | REGEX`") }
            let regex: NSRegularExpression
            do {
                regex = try NSRegularExpression(pattern: "^(?:" + parts[2] + ")$", options: [.caseInsensitive])
            } catch {
                throw fail("invalid regular expression: \(parts[2])")
            }
            for lang in try languages(parts[1], fail) {
                switch head {
                case "boilerplate": lexicon[lang].boilerplate.append(regex)
                case "boilerplate-box": lexicon.boxMarkers.append(regex)
                default: lexicon.endMarkers.append(regex)
                }
            }
            return
        }
        let f = LexiconText.splitTrimmed(line, separator: "|", omittingEmptySubsequences: false)
        func need(_ counts: ClosedRange<Int>, _ shape: String) throws(ExtractionError) {
            guard counts.contains(f.count) else { throw fail("expected `\(shape)`, found \(f.count) fields") }
        }
        func list(_ i: Int) throws(ExtractionError) -> [String] {
            let items = LexiconText.splitTrimmed(f[i], separator: ";").filter { !$0.isEmpty }
            guard !items.isEmpty else { throw fail("the list of forms is empty") }
            return items
        }
        switch head {
        case "actor":
            try need(4...4, "actor | ID | KIND | LABEL")
            let id = try checkedID(f[1], fail)
            guard let kind = NodeKind(rawValue: f[2]) else {
                throw fail("unknown kind \"\(f[2])\" (valid: \(NodeKind.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            guard id.hasPrefix(kind.idPrefix) else { throw fail("id \"\(id)\" does not fit kind \(kind.rawValue) (expected prefix \(kind.idPrefix))") }
            guard !f[3].isEmpty else { throw fail("the label is empty") }
            if let old = lexicon.actors[id], old.kind != kind { throw fail("\"\(id)\" was declared before with kind \(old.kind.rawValue)") }
            lexicon.actors[id] = ActorInfo(id: id, kind: kind, label: f[3])
        case "name", "adj", "demonym":
            try need(4...4, "\(head) | ID | LANG | form; form; ...")
            let id = try checkedID(f[1], fail)
            references.append((file, n, id))
            let forms = try list(3)
            if head == "adj", f[2] == "en", id.hasPrefix("state:"), lexicon.englishAdjectives[id] == nil { lexicon.englishAdjectives[id] = forms[0] }
            // a form's words are the same in each language: tokenized once, not once per language
            let words = forms.map { tokenizer.words($0) }
            for lang in try languages(f[2], fail) {
                for w in words { addName(words: w, id: id, record: head, lang: lang) }
            }
        case "region":
            // names of regions that contain an actor's name and are no actor ("Latin America", "the Indian Ocean"): matched
            // as names, so their words name nothing, and dropped
            try need(3...3, "region | LANG | form; ...")
            let forms = try list(2)
            let words = forms.map { tokenizer.words($0) }
            for lang in try languages(f[1], fail) {
                for w in words { addName(words: w, id: NameEntry.region, record: "name", lang: lang) }
            }
        case "affil":
            try need(4...4, "affil | PERSON-ID | ACTOR-ID | office")
            let p = try checkedID(f[1], fail), a = try checkedID(f[2], fail)
            guard p.hasPrefix("person:") else { throw fail("affil needs a person id first, found \"\(p)\"") }
            references.append((file, n, p))
            references.append((file, n, a))
            // (a former office does not replace a current one: "Finance Minister" of Norway stays over "former Secretary General")
            if let old = lexicon.affiliations[p], !old.office.lowercased().hasPrefix("former"), f[3].lowercased().hasPrefix("former") { break }
            lexicon.affiliations[p] = (a, f[3])
        case "parties":
            try need(3...3, "parties | AGREEMENT-ID | ACTOR-ID; ...")
            let a = try checkedID(f[1], fail)
            guard a.hasPrefix("agreement:") else { throw fail("parties needs an agreement id first, found \"\(a)\"") }
            references.append((file, n, a))
            var ids: [String] = []
            for p in try list(2) {
                let id = try checkedID(p, fail)
                references.append((file, n, id))
                ids.append(id)
            }
            lexicon.agreementParties[a, default: []] += ids
        case "given":
            try need(3...3, "given | LANG | form; ...")
            _ = try languages(f[1], fail)
            lexicon.givenNames.formUnion(try list(2))
        case "family":
            // family names written before the given name (Chinese, Korean, Vietnamese): alone later, they name the person
            try need(3...3, "family | LANG | form; ...")
            _ = try languages(f[1], fail)
            lexicon.familyFirstNames.formUnion(try list(2))
        case "title":
            try need(3...4, "title | LANG | form; ... | ACTOR-ID or -")
            var actor: String?
            if f.count == 4 && f[3] != "-" && !f[3].isEmpty {
                actor = try checkedID(f[3], fail)
                references.append((file, n, actor!))
            }
            let forms = try list(2)
            for lang in try languages(f[1], fail) {
                for form in forms { lexicon[lang].titles.insert(lowerWords(form), TitleEntry(role: form, actor: actor)) }
            }
        case "titlehead":
            try need(3...3, "titlehead | LANG | form; ...")
            let forms = try list(2)
            for lang in try languages(f[1], fail) { lexicon[lang].titleHeads += forms.map { $0.lowercasedFast() } }
        case "cue":
            try need(5...6, "cue | TYPE | LANG | CLASS | form; ... | particle")
            guard let type = EdgeType(rawValue: f[1]) else {
                throw fail("unknown edge type \"\(f[1])\" (valid: \(EdgeType.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            guard let cls = CueClass(rawValue: f[3]) else {
                throw fail("unknown cue class \"\(f[3])\" (valid: \(CueClass.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            let particle = f.count == 6 && !f[5].isEmpty ? f[5].lowercasedFast() : nil
            let forms = try list(4)
            for lang in try languages(f[2], fail) {
                for form in forms {
                    let entry = CueEntry(type: type, cueClass: cls, particle: particle, form: form)
                    let w = lowerWords(Self.removingStars(form))
                    if w.count > 1 { lexicon[lang].cuePhrases.insert(w, entry) } else { lexicon[lang].cues.insert(form, entry) }
                }
            }
        case "thank":
            // verbs of thanks: "thanked X for its support" is X's support of the subject
            try need(3...3, "thank | LANG | form; ...")
            let forms = try list(2)
            for lang in try languages(f[1], fail) { lexicon[lang].thankVerbs.formUnion(forms.map { $0.lowercasedFast() }) }
        case "link":
            // ties that a verb closes or breaks off: the nouns, and the verbs (stopping cues of the sanction type that stop a tie only)
            try need(4...5, "link | LANG | noun|verb | form; ... | particle")
            guard ["noun", "verb"].contains(f[2]) else { throw fail("unknown link class \"\(f[2])\" (valid: noun, verb)") }
            let particle = f.count == 5 && !f[4].isEmpty ? f[4].lowercasedFast() : nil
            let forms = try list(3)
            for lang in try languages(f[1], fail) {
                for form in forms {
                    if f[2] == "noun" { lexicon[lang].linkNouns.insert(form.lowercasedFast()); continue }
                    lexicon[lang].linkVerbs.insert(form.lowercasedFast())
                    let entry = CueEntry(type: .sanction, cueClass: .reverse, particle: particle, form: form)
                    let w = lowerWords(form)
                    if w.count > 1 { lexicon[lang].cuePhrases.insert(w, entry) } else { lexicon[lang].cues.insert(form, entry) }
                }
            }
        case "prep":
            try need(4...4, "prep | LANG | ROLE | form; ...")
            guard let role = PrepRole(rawValue: f[2]) else {
                throw fail("unknown preposition role \"\(f[2])\" (valid: \(PrepRole.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            let forms = try list(3)
            for lang in try languages(f[1], fail) {
                for form in forms {
                    let w = lowerWords(form)
                    if w.count > 1 { lexicon[lang].prepPhrases.insert(w, role) } else { lexicon[lang].preps[w[0]] = role }
                }
            }
        case "report":
            try need(4...4, "report | LANG | verb|marker|rumour|claim|qualify | form; ...")
            guard let cls = ReportClass(rawValue: f[2]) else {
                throw fail("unknown report class \"\(f[2])\" (valid: verb, marker, rumour, claim, qualify)")
            }
            let forms = try list(3)
            for lang in try languages(f[1], fail) {
                for form in forms {
                    switch cls {
                    case .verb:
                        let w = lowerWords(form)
                        if w.count > 1 { lexicon[lang].reportMarkers.insert(w, "verb:" + form) } else { lexicon[lang].reportVerbs.insert(form, form) }
                    case .marker: lexicon[lang].reportMarkers.insert(lowerWords(form), form)
                    case .rumour: lexicon[lang].reportMarkers.insert(lowerWords(form), "rumour:" + form)
                    case .claim: lexicon[lang].claimNouns.insert(form.lowercasedFast())
                    case .qualify: lexicon[lang].qualifyVerbs.insert(form.lowercasedFast())
                    }
                }
            }
        case "negation", "hedge", "intent", "summon", "function":
            try need(3...3, "\(head) | LANG | form; ...")
            let forms = try list(2)
            for lang in try languages(f[1], fail) {
                for form in forms {
                    switch head {
                    case "negation": lexicon[lang].negations.insert(lowerWords(form), form)
                    case "hedge": lexicon[lang].hedges.insert(lowerWords(form), form)
                    case "summon": lexicon[lang].summonVerbs.insert(form.lowercasedFast())
                    case "intent":
                        lexicon[lang].hedges.insert(lowerWords(form), form)
                        lexicon[lang].intents.insert(lowerWords(form), form)
                    default: lexicon[lang].functionWords.insert(form.lowercasedFast())
                    }
                }
            }
        case "pronoun":
            try need(4...4, "pronoun | LANG | person | form; ...")
            guard f[2] == "person" else { throw fail("unknown pronoun class \"\(f[2])\" (valid: person)") }
            let forms = try list(3)
            for lang in try languages(f[1], fail) { lexicon[lang].personPronouns.formUnion(forms.map { $0.lowercasedFast() }) }
        case "war":
            // a war that news names by its victim alone ("the invasion of Ukraine", "der Ukraine-Krieg") or by its
            // attacker alone ("Russia's full-scale invasion"): the side the text leaves out
            try need(4...4, "war | LANG | ATTACKED-ID | ATTACKER-ID")
            for id in [f[2], f[3]] where !(id.hasPrefix("state:") || id.hasPrefix("org:")) || id.split(separator: ":").count != 2 {
                throw fail("\"\(id)\" is no state or organization id (state:xxx, org:slug)")
            }
            for lang in try languages(f[1], fail) {
                lexicon[lang].warAttackers[f[2]] = f[3]
                lexicon[lang].warVictims[f[3]] = f[2]
            }
        case "orghead", "quantifier", "ties", "holding", "approx", "orgnoun", "wrongdoing", "cancel", "involvement", "welcome", "orgtitle", "culprit",
             "sentencing", "penalty", "leadverb", "personnoun", "expel", "relnoun", "critique":
            // word sets in lower case, one per language: `RECORD | LANG | form; ...`
            try need(3...3, "\(f[0]) | LANG | form; ...")
            let set = Self.wordSet(of: f[0])
            let forms = try list(2)
            for lang in try languages(f[1], fail) {
                for form in forms {
                    lexicon[lang][keyPath: set].insert(form.lowercasedFast())
                    if f[0] == "culprit", let last = form.lowercasedFast().split(separator: " ").last { lexicon[lang].culpritLastWords.insert(String(last)) }
                }
            }
        case "groupnoun":
            // nouns of a state's people: `groupnoun | LANG | ENGLISH PLURAL | form; ...`
            try need(4...5, "groupnoun | LANG | ENGLISH PLURAL | form; ... | armed|person")
            guard !f[2].isEmpty, f[2] == f[2].lowercasedFast() else { throw fail("the English plural must be lower case and not empty") }
            guard f.count == 4 || ["armed", "person", ""].contains(f[4]) else { throw fail("the fifth field may only be \"armed\" or \"person\"") }
            let forms = try list(3)
            for lang in try languages(f[1], fail) {
                for form in forms { lexicon[lang].groupNouns[form.lowercasedFast()] = f[2] }
                if f.count == 5 && f[4] == "armed" { lexicon[lang].armedGroupPlurals.insert(f[2]) }
                if f.count == 5 && f[4] == "person" { lexicon[lang].personOnlyPlurals.insert(f[2]) }
            }
        case "detain":
            // verbs that hold, arrest, deport or sentence people: sanction cues of a person or a group only
            try need(3...4, "detain | LANG | form; ... | particle")
            let particle = f.count == 4 && !f[3].isEmpty ? f[3].lowercasedFast() : nil
            let forms = try list(2)
            for lang in try languages(f[1], fail) {
                for form in forms {
                    lexicon[lang].detentionVerbs.insert(form.lowercasedFast())
                    let entry = CueEntry(type: .sanction, cueClass: .verb, particle: particle, form: form)
                    let w = lowerWords(form)
                    if w.count > 1 { lexicon[lang].cuePhrases.insert(w, entry) } else { lexicon[lang].cues.insert(form, entry) }
                }
            }
        case "coref":
            try need(4...4, "coref | LANG | pair|state|org | form; ...")
            guard ["pair", "state", "org"].contains(f[2]) else { throw fail("unknown coref class \"\(f[2])\" (valid: pair, state, org)") }
            let forms = try list(3)
            for lang in try languages(f[1], fail) {
                for form in forms {
                    switch f[2] {
                    case "pair": lexicon[lang].pairPhrases.insert(lowerWords(form), form)
                    case "state": lexicon[lang].stateDescriptors.insert(form.lowercasedFast())
                    default: lexicon[lang].orgDescriptors.insert(form.lowercasedFast())
                    }
                }
            }
        case "agreement":
            try need(4...4, "agreement | LANG | form; ... | KIND-SLUG")
            let slug = f[3]
            guard !slug.isEmpty, slug.allSatisfy({ $0.isLowercase || $0.isNumber || $0 == "-" }), slug.allSatisfy(\.isASCII) else {
                throw fail("the kind slug \"\(slug)\" must be lower-case ASCII letters, digits and hyphens")
            }
            let forms = try list(2)
            for lang in try languages(f[1], fail) {
                for form in forms { lexicon[lang].agreements.insert(lowerWords(form), slug) }
            }
        default:
            throw fail("unknown record type \"\(head)\"")
        }
    }

    private func checkedID(_ id: String, _ fail: (String) -> ExtractionError) throws(ExtractionError) -> String {
        guard LexiconText.isWellFormedID(id) else {
            throw fail("malformed id \"\(id)\" (expected e.g. state:rus, person:vladimir-putin, org:nato)")
        }
        return id
    }

    private func languages(_ s: String, _ fail: (String) -> ExtractionError) throws(ExtractionError) -> [Language] {
        if s == "*" { return Language.allCases }
        guard let l = Language(rawValue: s) else { throw fail("unknown language \"\(s)\" (valid: de, en, *)") }
        return [l]
    }

    /// (split as written, then lowered: "U.N." is one word as an article spells it, where "u.n." would split)
    private func lowerWords(_ form: String) -> [String] { tokenizer.words(form).map { $0.lowercasedFast() } }

    /// `form.replacingOccurrences(of: "*", with: "")`: every scalar `*` (one UTF-16 unit, as Foundation
    /// matches it) dropped, without bridging to NSString.
    static func removingStars(_ form: String) -> String {
        guard form.utf8Contains(0x2A) else { return form }
        var out = String.UnicodeScalarView()
        for s in form.unicodeScalars where s != "*" { out.append(s) }
        return String(out)
    }

    /// `w`: the words of a form (`tokenizer.words(form)`).
    private mutating func addName(words w: [String], id: String, record: String, lang: Language) {
        let kind: Mention.Form = record == "adj" ? .adjective : record == "demonym" ? .demonym : .name
        let entry = NameEntry(actor: id, form: kind)
        var variants: [[String]] = []
        var genitives: [[String]] = []
        guard !w.isEmpty else { return }
        if record == "name", w.count > 1, id.hasPrefix("state:") {
            for word in w { stateNameWords[lang, default: [:]][word.lowercasedFast(), default: []].insert(id) }
        }
        if record == "adj" && lang == .de && w.count == 1 {
            for ending in ["", "e", "en", "er", "es", "em"] {
                let word = w[0] + ending
                variants.append([word])
                variants.append([word.prefix(1).uppercased() + word.dropFirst()])
            }
        } else {
            variants.append(w)
            // a person's name spelled without its letters beyond ASCII ("Jonas Gahr Støre" as "Stoere" and "Store")
            if id.hasPrefix("person:"), record == "name", w.contains(where: { $0.utf8.contains { $0 >= 0xC3 } }) {
                for t in Self.asciiSpellings(w) where t != w { variants.append(t) }
            }
            if let first = w.first, Self.startsLowercase(first) {
                variants.append([first.prefix(1).uppercased() + first.dropFirst()] + w.dropFirst())
            }
            if lang == .de && record == "name", let last = w.last, Self.endsInGenitiveLetter(last) {
                for v in variants where v.last == last { genitives.append(Array(v.dropLast()) + [last + "s"]) }
            }
        }
        for v in Self.distinctSorted(variants) { lexicon[lang].names.insert(v, entry) }
        var gen = entry
        gen.genitive = true
        for v in Self.distinctSorted(genitives) { lexicon[lang].names.insert(v, gen) }
    }

    /// The word set of a word-set record (`orghead`, `quantifier`, … `culprit`), which the loader fills in lower case.
    static func wordSet(of record: String) -> WritableKeyPath<Lexicon.Words, Set<String>> {
        switch record {
        case "orghead": \.orgHeads
        case "quantifier": \.quantifiers
        case "ties": \.tiesWords
        case "approx": \.approximators
        case "orgnoun": \.orgNouns
        case "wrongdoing": \.wrongdoingVerbs
        case "cancel": \.cancelVerbs
        case "involvement": \.involvementNouns
        case "welcome": \.welcomeVerbs
        case "orgtitle": \.orgTitles
        case "culprit": \.culpritPhrases
        case "sentencing": \.sentencingVerbs
        case "penalty": \.penaltyNouns
        case "leadverb": \.leadingVerbs
        case "personnoun": \.personNouns
        case "expel": \.expulsionPhrases
        case "relnoun": \.relationNouns
        case "critique": \.critiqueVerbs
        default: \.holdingVerbs
        }
    }

    /// A name's words spelled in ASCII, the two usual ways: letters with a second vowel ("ø" "oe", "ü" "ue", "å" "aa",
    /// "ß" "ss") and letters without their marks ("ø" "o", "é" "e"). Words with other letters are kept as they are.
    static func asciiSpellings(_ words: [String]) -> [[String]] {
        let digraphs: [Character: String] = ["ø": "oe", "Ø": "Oe", "ö": "oe", "Ö": "Oe", "ü": "ue", "Ü": "Ue", "ä": "ae", "Ä": "Ae",
                                             "æ": "ae", "Æ": "Ae", "å": "aa", "Å": "Aa", "ß": "ss"]
        let plain: [Character: String] = ["ø": "o", "Ø": "O", "ö": "o", "Ö": "O", "ü": "u", "Ü": "U", "ä": "a", "Ä": "A", "æ": "ae", "Æ": "Ae",
                                          "å": "a", "Å": "A", "ß": "ss", "é": "e", "è": "e", "ê": "e", "ë": "e", "á": "a", "à": "a", "â": "a",
                                          "í": "i", "ï": "i", "ó": "o", "ô": "o", "ú": "u", "ñ": "n", "ç": "c", "č": "c", "š": "s", "ž": "z",
                                          "ć": "c", "đ": "d", "ł": "l", "ń": "n", "ś": "s", "ź": "z", "ż": "z", "ğ": "g", "ı": "i", "ş": "s"]
        func spell(_ table: [Character: String]) -> [String] {
            words.map { w in String(w.flatMap { table[$0].map(Array.init) ?? [$0] }) }
        }
        return [spell(digraphs), spell(plain)]
    }

    /// `word.first?.isLowercase == true`; a first byte of ASCII with no byte of 0xCC or above after it (no
    /// mark that could join its Character) is that Character alone, lower case when it is a–z; other words
    /// are asked by the Character.
    static func startsLowercase(_ word: String) -> Bool {
        let u = word.utf8
        guard let b = u.first else { return false }
        if b < 0x80 && (u.count == 1 || u[u.index(after: u.startIndex)] < 0xCC) { return b >= 0x61 && b <= 0x7A }
        return word.first?.isLowercase == true
    }

    /// Whether the last Character of `word` is a letter other than (lower-case) s, x, z and ß (`let c = word.last,
    /// !"sxzß".contains(c), c.isLetter`). When the last two bytes are ASCII and the last is no line feed, the
    /// last Character is that byte alone (only CR LF and prepended scalars, none ASCII, join one before an
    /// ASCII scalar), answered by its byte; else by the Character.
    static func endsInGenitiveLetter(_ word: String) -> Bool {
        let u = word.utf8
        if let b = u.last, b < 0x80, b != 0x0A, u.count == 1 || u[u.index(u.endIndex, offsetBy: -2)] < 0x80 {
            return (b | 0x20) &- 0x61 < 26 && b != 0x73 && b != 0x78 && b != 0x7A
        }
        guard let c = word.last else { return false }
        return !"sxzß".contains(c) && c.isLetter
    }

    /// The word lists without repeats, in the order of their words joined by U+0001 (as Strings compare):
    /// what splitting `Set(lists.map { $0.joined(separator: "\u{1}") }).sorted()` at U+0001 gives (a set keeps
    /// the first of equal members, so each list is the first one of its joined form), without the split.
    private static func distinctSorted(_ lists: [[String]]) -> [[String]] {
        if lists.count < 2 { return lists }
        var first: [String: Int] = [:]
        for (i, list) in lists.enumerated() {
            let key = list.joined(separator: "\u{1}")
            if first[key] == nil { first[key] = i }
        }
        return first.sorted { $0.key < $1.key }.map { lists[$0.value] }
    }
}
