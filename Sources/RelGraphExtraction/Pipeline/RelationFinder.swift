import RelGraph

/// Finds the relations of each sentence from the lexicon's cues, taking arguments from the cue's
/// clause: the subject (or a passive agent, a possessor, a nationality on the troops or arms), the
/// object or the actor a preposition marks as target, pairs ("zwischen A und B"), coordinated
/// subjects ("A und B schlossen"). Reporting frames give `attributedTo`; denials give `deniedBy` and a
/// `denial` edge to whoever made the claim; negation drops a statement; hedges, questions and
/// conditionals make it `possible`. Offices become `represents` edges.
public struct RelationFinder: PipelineStage {
    public let lexicon: Lexicon

    static let subordinators: Set<String> = [
        "dass", "daß", "weil", "obwohl", "sondern", "nachdem", "damit", "sodass", "falls", "ob", "inwieweit", "wobei",
        "that", "because", "although", "whether", "while", "whereas", "but", "aber", "doch", "after", "if", "unless",
    ]
    static let clauseOpeners: Set<String> = [
        "dass", "daß", "weil", "obwohl", "sondern", "nachdem", "damit", "sodass", "falls", "ob", "inwieweit", "wobei", "um",
        "zu", "that", "because", "although", "whether", "while", "whereas", "but", "aber", "doch", "to", "und", "and",
        "der", "die", "das", "den", "dem", "which", "who", "whom", "wenn", "if", "als", "as", "während", "da",
    ]
    static let inheritOpeners: Set<String> = ["um", "zu", "to", "und", "and", "sowie", "aber", "but", "sondern", "doch", "then", "dann"]
    static let boundaries: Set<String> = [",", ";", ":", "–", "—", "(", ")", "-", "[", "]"]
    static let quotes: Set<String> = ["„", "“", "”", "\"", "«", "»", "‚", "‘", "’"]
    /// First words of a plural apposition ("both NATO members", "beide Nato-Mitglieder").
    static let pluralQuantifiers: Set<String> = ["both", "all", "beide", "alle", "two", "zwei"]
    static let coordinators: Set<String> = ["und", "and", "sowie", "&", "oder", "or"]
    /// Verbs that link a subject to a noun that describes it ("ist", "remains"), and the adverbs that may stand between.
    static let copulas: Set<String> = ["ist", "sind", "war", "waren", "bleibt", "bleiben", "blieb", "blieben", "gilt", "gelten", "galt", "als",
                                       "is", "are", "was", "were", "remains", "remain", "remained", "became", "become", "becomes", "has", "been",
                                       "still", "noch", "immer", "weiterhin", "also", "auch", "now", "jetzt", "inzwischen", "long", "once", "einst", "seit", "jeher"]
    /// Relations that accuse their source when someone else says them.
    static let accusingTypes: Set<EdgeType> = [.conflict, .armsSupply, .support]
    static let exemplifiers: Set<String> = ["wie", "such", "like", "including", "darunter", "namentlich"]
    static let irregularParticiples: Set<String> = ["sent", "sold", "built", "held", "struck", "fought", "hit", "shot", "brought", "given", "taken", "made", "seen", "led", "won", "lost", "told", "found", "dealt", "shipped", "supplied", "imposed", "sanctioned", "signed", "backed"]
    /// English verbs after which the reported clause starts ("Trump said the campaign …").
    static let speechVerbs: Set<String> = ["said", "says", "say", "told", "tells", "tell", "stated", "states", "claimed", "claims", "insisted", "insists", "believes", "believe", "believed", "argued", "argues", "noted", "wrote", "acknowledged", "admitted", "confirmed", "alleged", "alleges", "warned", "warns", "reported", "reports"]
    static let passiveAux: Set<String> = ["wurde", "wurden", "worden", "werden", "wird", "was", "were", "been", "being", "is", "are", "be", "seien", "sei", "würden"]
    /// "traded accusations", "exchanged fire", "lieferten sich Gefechte": an exchange goes both ways.
    static let exchangeVerbs: Set<String> = ["traded", "trade", "trades", "trading", "exchanged", "exchange", "exchanges", "exchanging", "tauschten", "tauschen", "lieferten", "liefern"]
    /// Types that "each other" turns both ways (alliance is symmetric already; mutual aid is handled by its cue).
    static let reciprocalTypes: Set<EdgeType> = [.accusation, .conflict, .threat, .denial, .sanction, .request, .support]
    /// English report verbs with the addressee as object ("told reporters", "assured Kyiv").
    static let tellVerbs: Set<String> = ["told", "tell", "tells", "telling", "informed", "informs", "assured", "assures", "briefed", "briefs"]
    /// "with the help of", "mit Unterstützung": aid as the circumstance of a clause.
    static let withWords: Set<String> = ["with", "mit", "mithilfe", "dank", "thanks"]
    /// German separable verb particles that close a main clause ("drängte … zurück", "griff … an").
    static let separableParticles: Set<String> = ["zurück", "ab", "an", "auf", "aus", "bei", "ein", "fest", "mit", "nach", "vor", "weg", "zu", "zusammen", "fort", "los", "hinzu", "heraus", "hinaus", "vorbei", "entgegen", "weiter"]
    /// Words that open a clause giving the reason of a protest ("protests after …", "nachdem …").
    static let reasonOpeners: Set<String> = ["after", "because", "over", "nachdem", "weil", "da"]
    static let conditionals: Set<String> = ["if", "unless", "falls", "wenn", "sofern", "sollte", "sollten"]
    /// Verbs that station troops in a place: the place's state is their receiver.
    static let stationVerbs: Set<String> = ["stationed", "station", "stations", "stationing", "deployed", "stationiert", "stationieren", "stationierte", "stationierten"]
    static let mutual: Set<String> = ["gegenseitig", "gegenseitige", "gegenseitigen", "wechselseitig", "mutual", "mutually", "each other", "einander"]
    static let determiners: Set<String> = ["der", "die", "das", "des", "dem", "den", "the", "a", "an", "ein", "eine", "einer", "eines", "einem", "einen", "its", "their", "seine", "seiner", "seinen", "ihre", "ihrer", "ihren"]
    /// "Außenministerium", "Verteidigungsministeriums", "ministry": a ministry acts for its state.
    static func isMinistryNoun(_ lower: String) -> Bool {
        lower.hasSuffix("ministerium") || lower.hasSuffix("ministeriums") || lower == "ministry" || lower == "außenamt"
    }
    /// Wars inside one state: an adjective or possessor on them names the place ("der sudanesische Bürgerkrieg").
    static let internalWarNouns = ["bürgerkrieg", "civil war"]
    /// Words that are prepositions and conjunctions both ("seit der Wahl" / "seit sie regiert").
    static let conjunctionPreps: Set<String> = ["seit", "während", "bis", "since", "until", "after", "before", "while"]
    /// Auxiliaries and infinitive markers: a phrase with one holds a verb, so it is no apposition.
    static let verbMarkers: Set<String> = ["zu", "haben", "hat", "hatte", "hatten", "ist", "sind", "war", "waren", "wurde", "wurden", "sein", "werden", "wird",
                                           "to", "has", "have", "had", "is", "was", "were", "been", "will", "would"]
    /// Evidence nouns: negated, their that-clause is no fact ("There is no evidence that …").
    static let evidenceNouns: Set<String> = ["evidence", "proof", "indication", "indications", "sign", "signs", "beweis", "beweise", "belege", "beleg", "hinweis", "hinweise", "anzeichen", "indizien"]
    static let governmentNouns: Set<String> = ["regierung", "führung", "behörden", "machthaber", "junta", "government", "authorities", "leadership", "administration", "regime", "armee", "army", "militär", "military", "streitkräfte", "forces"]
    /// Words before an English cue that make it a noun ("a demand", "the strikes", "that charge").
    static let nounMarkers: Set<String> = ["a", "an", "the", "this", "that", "these", "those", "its", "their", "his", "her", "our", "any", "further", "new", "fresh", "such"]

    /// Word classes of the words the lexicon lists, per language.
    let wordClassTables: [Language: WordClass.Table]
    /// Word classes and cue entries of the token texts seen so far, per language, shared by the documents.
    let wordFacts: [Language: WordFactsCache]

    public init(lexicon: Lexicon) {
        self.lexicon = lexicon
        var tables: [Language: WordClass.Table] = [:]
        for (language, words) in lexicon.words { tables[language] = WordClass.table(words) }
        self.wordClassTables = tables
        self.wordFacts = Dictionary(uniqueKeysWithValues: tables.keys.map { ($0, WordFactsCache()) })
    }

    public func process(_ doc: inout Document) {
        let f = Finder(doc: doc, lexicon: lexicon, wordClassTable: wordClassTables[doc.language] ?? WordClass.table(lexicon[doc.language]),
                       sharedFacts: wordFacts[doc.language])
        f.tracing = doc.trace != nil
        for s in doc.sentences { f.sentence(s) }
        doc.trace? += f.traceLines
        f.resolveAgreements()
        var rels = f.relations
        for o in doc.offices {
            rels.append(Relation(type: .represents, source: o.person, target: o.actor, sentence: o.sentence, rule: "title:\(o.role)", role: o.role))
        }
        doc.relations = rels
        doc.actors.merge(f.newActors) { a, _ in a }
        doc.mentions = f.mentions
    }

    struct RelationKey: Hashable {
        var type: EdgeType
        var source: String
        var target: String
        var sentence: Int
    }

    /// A cue found in a clause.
    struct Cue {
        var entry: CueEntry
        var token: Int
        var length: Int
    }

    /// A claim made in the article: the relations it states and who made it.
    struct Claim {
        var relations: [Int]
        var claimants: [String]
        /// The actors the claim is about: its relations' ends and whoever is accused.
        var about: Set<String> = []
    }

    final class Finder {
        let doc: Document
        let lexicon: Lexicon
        let words: Lexicon.Words
        let toks: [Token]
        var mentions: [Mention]
        var relations: [Relation] = []
        var newActors: [String: ActorInfo] = [:]
        var lastClaim: Claim?
        /// Who speaks inside a quotation that runs on into later sentences.
        var quoteSpeaker: [String] = []
        var quoteOpen = false
        let mentionsBySentence: MentionsBySentence
        let personState: [String: String]
        /// Every state or organization a person holds office in.
        let officeOf: [String: Set<String>]
        var tracing = false
        var traceLines: [String] = []
        /// The latest relation with the same (type, source, target) that someone is said to assert.
        var lastAttributed: [RelationKey: Int] = [:]
        /// Participles used as attributes ("die vom Iran unterstützte Hamas"): no verbs of their clause.
        var attributiveParticiples = Set<Int>()
        /// Cue entries of every token, computed once.
        let cueCache: TokenCueEntries
        /// Word classes of every token, computed once.
        let wordClasses: [WordClass]
        /// The marks the clause splitter asks about, per token (once per distinct text).
        let punctuation: [TokenPunctuation]
        /// Tokens in a mention of their own sentence; tokens in such a mention of more than one token
        /// that is no cue and no coreference (no cue is read inside a name).
        let mentionTokens: TokenMarks
        let multiWordActorTokens: TokenMarks
        /// (type, source, target, sentence) of every relation kept, so that duplicates cost no scan.
        var seenRelations = Set<RelationKey>()

        init(doc: Document, lexicon: Lexicon, wordClassTable: WordClass.Table, sharedFacts: WordFactsCache? = nil) {
            self.doc = doc
            self.lexicon = lexicon
            // locals for the loops below: a class's stored struct passed on would be copied each time
            let words = lexicon[doc.language]
            let toks = doc.tokens
            let cues = words.cues, reportVerbs = words.reportVerbs
            self.words = words
            self.toks = toks
            self.mentions = doc.mentions
            mentionsBySentence = MentionsBySentence(doc.mentions)
            var inMention = TokenMarks(count: toks.count), inMultiWord = TokenMarks(count: toks.count)
            for m in doc.mentions {
                for i in m.tokens where i >= 0 && i < toks.count && toks[i].sentence == m.sentence {
                    inMention.mark(i)
                    if m.tokens.count > 1 && m.form != .cue && m.form != .coreference { inMultiWord.mark(i) }
                }
            }
            mentionTokens = inMention
            multiWordActorTokens = inMultiWord
            var personState: [String: String] = [:]
            for o in doc.offices where o.actor.hasPrefix("state:") { personState[o.person] = personState[o.person] ?? o.actor }
            self.personState = personState
            var officeOf: [String: Set<String>] = [:]
            for o in doc.offices { officeOf[o.person, default: []].insert(o.actor) }
            self.officeOf = officeOf
            // every token's word classes and cue entries, once per distinct text (the lower-case form
            // follows from the text; cue entries of a sentence's first word may differ)
            var classes = [WordClass](repeating: [], count: toks.count)
            let (ids, wordCount) = doc.tokenWordIds()
            var facts = [WordFacts?](repeating: nil, count: wordCount)
            // what earlier documents found for these texts (one look-up per distinct text), and what this
            // one adds to it (`changed`), written back at the end
            var texts = [String](repeating: "", count: sharedFacts == nil ? 0 : wordCount)
            if sharedFacts != nil { for i in toks.indices.reversed() { texts[Int(ids[i])] = toks[i].text } }
            var shared = sharedFacts?.facts(for: texts) ?? []
            var changed = [Bool](repeating: false, count: shared.count)
            var marks = [TokenPunctuation](repeating: [], count: toks.count), marksOf = [TokenPunctuation](repeating: [], count: wordCount)
            for i in toks.indices {
                let k = Int(ids[i])
                if let f = facts[k] {
                    classes[i] = f.classes
                    marks[i] = marksOf[k]
                } else {
                    marksOf[k] = TokenPunctuation(toks[i].text)
                    marks[i] = marksOf[k]
                    let c: WordClass
                    if k < shared.count, let s = shared[k] {
                        c = s.classes
                    } else {
                        c = WordClass(lower: toks[i].lower, table: wordClassTable, reportVerbs: reportVerbs, cues: cues)
                        if k < shared.count { shared[k] = WordFactsCache.Facts(classes: c); changed[k] = true }
                    }
                    facts[k] = WordFacts(classes: c)
                    classes[i] = c
                }
            }
            wordClasses = classes
            punctuation = marks
            var cache = TokenCueEntries(count: toks.count)
            for s in doc.sentences {
                for i in s.tokens where toks[i].isWord {
                    let k = Int(ids[i])
                    let initial = i == s.tokens.lowerBound
                    if let e = initial ? facts[k]!.initialCues : facts[k]!.cues { cache.set(i, list: e); continue }
                    let e: Int32
                    if k < shared.count, let list = initial ? shared[k]!.initialCues : shared[k]!.cues {
                        e = cache.add(list)
                    } else {
                        // no cue form matches the word (nor, without a hyphen, a part of it): no entries
                        let list = !facts[k]!.classes.contains(.cueForm) && !toks[i].containsHyphen ? [] : Self.computeCueEntries(toks[i], at: i, cues: cues, language: doc.language, sentences: doc.sentences)
                        e = cache.add(list)
                        if k < shared.count {
                            if initial { shared[k]!.initialCues = list } else { shared[k]!.cues = list }
                            changed[k] = true
                        }
                    }
                    if initial { facts[k]!.initialCues = e } else { facts[k]!.cues = e }
                    cache.set(i, list: e)
                }
            }
            cueCache = cache
            sharedFacts?.store(changed.indices.filter { changed[$0] }.map { (texts[$0], shared[$0]!) })
        }

        /// What is known of one distinct token text (its cue entries as list numbers of `cueCache`).
        struct WordFacts {
            var classes: WordClass
            var cues: Int32?
            var initialCues: Int32?
        }

        /// The token at `i` is of one of these word classes.
        @inline(__always)
        func isA(_ i: Int, _ c: WordClass) -> Bool { wordClasses[i].rawValue & c.rawValue != 0 }

        // MARK: clauses

        func clauses(_ s: Sentence) -> [Clause] {
            var out: [Clause] = []
            var start = s.tokens.lowerBound
            var pendingAppositions: [(range: Range<Int>, namesHead: Bool)] = []
            var skipUntil = -1
            func close(_ end: Int) {
                defer { pendingAppositions = [] }
                guard start < end else { return }
                var opener: String?
                if let first = (start..<end).first(where: { toks[$0].isWord }) {
                    let w = toks[first].lower
                    let relative = isA(first, .determiner) || ["which", "who", "whom"].contains(w)
                    // a relative pronoun follows a comma ("…, die …"); after a dash it is an article ("Kiew – Die Ukraine …")
                    let afterComma = start > s.tokens.lowerBound && toks[start - 1].text == ","
                    if RelationFinder.clauseOpeners.contains(w) && (!relative || (!out.isEmpty && afterComma)) { opener = w }
                }
                out.append(Clause(tokens: start..<end, opener: opener, appositions: pendingAppositions))
            }
            let covered = actorTokens(s)
            for i in s.tokens {
                if i <= skipUntil { continue }
                let p = punctuation[i]
                if p.contains(.openBracket), let close = ((i + 1)..<min(s.tokens.upperBound, i + 8)).first(where: { punctuation[$0].contains(.closeBracket) }),
                   close > i + 1, ((i + 1)..<close).allSatisfy({ covered.contains($0) }) {
                    // "der Wirtschaftsgemeinschaft Westafrikanischer Staaten (Ecowas)": a name in brackets stays in its clause
                    skipUntil = close
                    continue
                }
                if toks[i].kind == .punct && p.contains(.boundary) {
                    // a list of actors ("Australia, Britain and the United States") is no clause boundary
                    if p.contains(.comma), i > s.tokens.lowerBound, covered.contains(i - 1), listContinues(after: i, s, covered) { continue }
                    // an apposition between two commas stays in its clause
                    if p.contains(.comma), let j = appositionEnd(after: i, s, covered) {
                        // (a person's name alone names the title before it: "Der US-Botschafter in Budapest, David Pressman,")
                        let namesHead = i > s.tokens.lowerBound && (!covered.contains(i - 1) || (mentionsBySentence[s.index] ?? []).contains {
                            mentions[$0].tokens == (i + 1)..<j && mentions[$0].actor.hasPrefix("person:") })
                        pendingAppositions.append(((i + 1)..<j, namesHead))
                        skipUntil = j
                        continue
                    }
                    close(i)
                    start = i + 1
                } else if toks[i].isWord && i > start && (isA(i, .subordinator) || isAsConjunction(i, s))
                            && !(toks[i].lower == "that" && (isA(i - 1, .preposition) || ActorFinder.determiners.contains(toks[i - 1].lower) || ["during", "after", "before", "since"].contains(toks[i - 1].lower))) {
                    close(i)
                    start = i
                } else if toks[i].isWord && i > start && isA(i, .coordinator) && i + 1 < s.tokens.upperBound
                            && (cueEntries(toks[i + 1], at: i + 1).contains(where: { $0.cueClass == .verb || $0.cueClass == .verbRecv })
                                || isA(i + 1, .cuePhraseStart) && words.cuePhrases.longestMatch(in: toks[..<s.tokens.upperBound], at: i + 1, key: \.lower).map({ $0.value.cueClass == .verb || $0.value.cueClass == .verbRecv }) == true)
                            && !covered.contains(i - 1) {
                    // "... and accused Moscow of ...": a second verb phrase with the subject of the first
                    close(i)
                    start = i
                } else if toks[i].isWord && i > start && (toks[i].lower == "of" || toks[i].lower == "for") && i + 1 < s.tokens.upperBound && toks[i + 1].lower.hasSuffix("ing") {
                    // "accused Tehran of supplying ...": the gerund is a clause of its own
                    close(i)
                    start = i
                } else if doc.language == .en && toks[i].isWord && isA(i, .reportVerb) && RelationFinder.speechVerbs.contains(toks[i].lower) && i + 1 < s.tokens.upperBound
                            && (start..<i).contains(where: { covered.contains($0) }) && toks[i + 1].isWord {
                    // "Trump said the campaign would go on": the report verb closes its frame clause
                    close(i + 1)
                    start = i + 1
                }
            }
            close(s.tokens.upperBound)
            return out
        }

        /// A noun for a state's government or forces ("Regierung", "authorities", "Armee").
        func isGovernmentNoun(_ t: Token) -> Bool {
            words.stateDescriptors.contains(t.lower) || RelationFinder.governmentNouns.contains(t.lower) || RelationFinder.isMinistryNoun(t.lower)
        }

        /// Tokens of the sentence that belong to an actor mention (of that sentence).
        func actorTokens(_ s: Sentence) -> TokenMarks { mentionTokens }

        /// The closing comma of an apposition that starts after the comma at `i`: a short phrase of
        /// actor mentions, titles, determiners and possessives, with a mention in it, followed by a
        /// comma and a lower-case word (the verb of the clause it interrupts).
        func appositionEnd(after i: Int, _ s: Sentence, _ covered: TokenMarks) -> Int? {
            guard i > s.tokens.lowerBound, i + 1 < s.tokens.upperBound else { return nil }
            // "…, und rief X auf, …" is a clause, no apposition
            if isA(i + 1, [.coordinator, .subordinator]) { return nil }
            var j = i + 1
            var hasMention = false
            var loose = 0
            while j < s.tokens.upperBound && j < i + 14 {
                let t = toks[j]
                if t.text == "," { break }
                if t.kind == .punct && t.text != "'" && t.text != "’" { return nil }
                // an apposition has no verb: ", dem sie vorwerfen," is a relative clause
                if t.isWord && cueEntries(t, at: j).contains(where: { [.verb, .verbRecv, .meet, .reverse].contains($0.cueClass) }) && !covered.contains(j) { return nil }
                // (nor an auxiliary or infinitive marker: ", die Waffenruhe verletzt zu haben,")
                if t.isWord && !covered.contains(j) && RelationFinder.verbMarkers.contains(t.lower) { return nil }
                if covered.contains(j) { hasMention = true }
                else if t.text == "'s" || t.text == "’s" || t.text == "'" || t.text == "’" || isA(j, [.determiner, .nounMarker]) {}
                else if isA(j, .titleStart) && words.titles.longestMatch(in: toks[..<s.tokens.upperBound], at: j, key: \.lower) != nil || words.titleHeadIndex.longestSuffix(of: t.lower) != nil {}
                else if t.isWord && !cueEntries(t, at: j).filter({ $0.cueClass == .noun || $0.cueClass == .agent || $0.cueClass == .theme }).isEmpty {}
                else if isA(j, .coordinator) || ["of", "von", "der", "des"].contains(t.lower) {}
                else { loose += 1; if loose > 3 { return nil } }
                j += 1
            }
            guard hasMention, j + 1 < s.tokens.upperBound, toks[j].text == "," else { return nil }
            let next = toks[j + 1]
            guard next.isWord, !next.isCapitalized || doc.language == .de && !covered.contains(j + 1) else { return nil }
            if isA(j + 1, [.subordinator, .coordinator]) { return nil }
            return j
        }

        /// After a comma: an actor (over determiners) and, further on, "and"/"und" closing the list.
        func listContinues(after comma: Int, _ s: Sentence, _ covered: TokenMarks) -> Bool {
            var k = comma + 1
            while k < s.tokens.upperBound && isA(k, .determiner) { k += 1 }
            guard k < s.tokens.upperBound, covered.contains(k) else { return false }
            return (k..<min(s.tokens.upperBound, k + 12)).contains { isA($0, .coordinator) }
        }

        /// "as" joining two clauses (not "such as", "as well as").
        func isAsConjunction(_ i: Int, _ s: Sentence) -> Bool {
            guard doc.language == .en, toks[i].lower == "as", i + 1 < s.tokens.upperBound else { return false }
            let prev = i > s.tokens.lowerBound ? toks[i - 1].lower : ""
            return !["such", "well", "as", "same", "known", "serves", "served", "described", "seen", "regarded"].contains(prev)
                && toks[i + 1].isWord && toks[i + 1].lower != "well" && toks[i + 1].lower != "a" && toks[i + 1].lower != "an"
        }

        // MARK: arguments

        /// The actor mentions of a clause with their roles; title parts and reporters left out.
        func arguments(_ c: Clause, excluding: Set<Int>) -> [Argument] {
            var args: [Argument] = []
            var group = 0
            var lastEnd = -10
            let describing = c.appositions.filter { !$0.namesHead }.map(\.range)
            let naming = c.appositions.filter(\.namesHead).map(\.range)
            let ms = (mentionsBySentence[toks[c.tokens.lowerBound].sentence] ?? []).filter { idx in
                let start = mentions[idx].tokens.lowerBound
                return c.tokens.contains(start) && (!mentions[idx].inTitle || isBareTitleState(idx)) && !excluding.contains(idx)
                    && !describing.contains { $0.contains(start) } && !isBracketedName(idx)
            }
            for idx in ms {
                let m = mentions[idx]
                let namesHead = naming.first { $0.contains(m.tokens.lowerBound) }
                // the noun phrase: back over determiners and adjectives
                var p = m.tokens.lowerBound
                // a mention that opens with its determiner is the whole phrase ("For decades the kingdom")
                var steps = isA(p, .determiner) ? 3 : 0
                while p - 1 >= c.tokens.lowerBound && steps < 3 {
                    let t = toks[p - 1]
                    let isAdj = t.isWord && !t.isCapitalized && !isA(p - 1, [.preposition, .coordinator])
                        && (isA(p - 1, .adjectiveEnding) || doc.language == .en)
                        && !isA(p - 1, .cueForm)
                    if isA(p - 1, .determiner) || isAdj || t.kind == .number { p -= 1; steps += 1 } else { break }
                }
                // "von Präsidentin Salome Surabischwili", "from President Ruto": the title belongs to the person's phrase
                // ("unter Leitung von Mossad-Chef David Barnea", "unter General al-Burhan": no role the title would give)
                if p == m.tokens.lowerBound, m.actor.hasPrefix("person:"), p - 2 >= c.tokens.lowerBound, toks[p - 1].isWord,
                   isA(p - 2, .preposition), let r = words.preps[toks[p - 2].lower], r != .other, r != .location,
                   // ("das Büro von Regierungschef X": "von" after a noun that is no actor is a possessor)
                   !(p - 3 >= c.tokens.lowerBound && ["von", "of"].contains(toks[p - 2].lower) && toks[p - 3].isCapitalized && !mentionTokens.contains(p - 3)),
                   words.titleHeadIndex.longestSuffix(of: toks[p - 1].lower) != nil {
                    p -= 1
                }
                var role: Argument.Role = .plain
                var prepWord: String?
                if p - 1 >= c.tokens.lowerBound {
                    let t = toks[p - 1]
                    if isA(p - 1, .preposition), let r = words.preps[t.lower] { role = .prep(r); prepWord = t.lower }
                    // "seit sie …", "since they …": a conjunction before a pronoun subject, no preposition
                    if m.form.isPronounLike, p == m.tokens.lowerBound, RelationFinder.conjunctionPreps.contains(t.lower) { role = .plain; prepWord = nil }
                    // "were to leave southern Lebanon": "to" before a verb is the infinitive, no preposition
                    if doc.language == .en, t.lower == "to", p < m.tokens.lowerBound, toks[p].isWord, !toks[p].isCapitalized, !isA(p, .determiner),
                       !["ern", "al", "ian", "ese", "ish", "ed", "ing"].contains(where: { toks[p].lower.hasSuffix($0) }) {
                        role = .plain
                        prepWord = nil
                    }
                    // two-word prepositions: "in Richtung", "gemeinsam mit", "together with"
                    if p - 2 >= c.tokens.lowerBound, isA(p - 2, .prepPhraseStart), let m = words.prepPhrases.longestMatch(in: toks[..<p], at: p - 2, key: \.lower), m.length == 2 {
                        role = .prep(m.value)
                        prepWord = toks[p - 2].lower + " " + t.lower
                    }
                    // "die Regierung in Abu Dhabi", "the authorities in Kabul": the place names the actor;
                    // the phrase takes the role of its head noun
                    if role == .prep(.location), p - 2 >= c.tokens.lowerBound, isGovernmentNoun(toks[p - 2]) {
                        var h = p - 2
                        while h - 1 >= c.tokens.lowerBound && (isA(h - 1, .determiner) || (toks[h - 1].isWord && !toks[h - 1].isCapitalized && !isA(h - 1, .preposition))) { h -= 1 }
                        role = .plain
                        prepWord = nil
                        if h - 1 >= c.tokens.lowerBound, isA(h - 1, .preposition), let r = words.preps[toks[h - 1].lower] { role = .prep(r); prepWord = toks[h - 1].lower }
                        p = h
                    }
                }
                // "an der Seite der Miliz": fighting beside someone
                if role == .plain, p - 3 >= c.tokens.lowerBound, toks[p - 3].lower == "an", toks[p - 2].lower == "der", toks[p - 1].lower == "seite" {
                    role = .prep(.with)
                    prepWord = "an der seite"
                }
                // coordination: "A und B", "A, B und C" joined without other words between
                let between = lastEnd >= c.tokens.lowerBound ? lastEnd..<max(lastEnd, p) : 0..<0
                // (an agreement is listed with no state: "Under the defence pact, Russia and North Korea …")
                let joined = lastEnd >= 0 && !between.isEmpty && between.allSatisfy { isA($0, [.coordinator, .determiner]) || toks[$0].text == "," }
                    && between.contains { isA($0, .coordinator) || toks[$0].text == "," }
                    && (args.last.map { $0.actor.hasPrefix("agreement:") == m.actor.hasPrefix("agreement:") } ?? true)
                if let last = args.last, last.mention.range.overlaps(m.range) {
                    // several actors for one phrase ("beide Länder"): same group
                } else if let a = namesHead, let last = args.last, last.end < a.lowerBound,
                          (last.end..<a.lowerBound).contains(where: { isA($0, .coordinator) }) {
                    // "President al-Sisi and his Somali counterpart, Hassan Sheikh Mohamud,": the apposition
                    // names the coordinated title
                    role = last.role
                    p = m.tokens.lowerBound
                } else if namesHead != nil {
                    group += 1
                    role = .plain
                } else if !joined {
                    group += 1
                }
                if namesHead == nil, let last = args.last, joined || last.mention.range.overlaps(m.range), case .prep(let r) = last.role, role == .plain {
                    role = .prep(r)
                    prepWord = last.prepWord
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
                        if isGovernmentNoun(t) || t.lower.hasSuffix("ministerium") || t.lower.hasSuffix("ministry") {
                            if !(k + 1 < c.tokens.upperBound && cueEntries(toks[k + 1], at: k + 1).contains { $0.cueClass == .agent }) { mm.isPossessive = false }
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
                        break
                    }
                }
                var arg = Argument(actor: m.actor, mention: mm, role: role, prepWord: prepWord, phraseStart: p, end: m.tokens.upperBound, group: group)
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
                lastEnd = m.tokens.upperBound
            }
            // "Regierungen wie Nordkorea": the example stands for the group
            var drop = Set<Int>()
            for (k, a) in args.enumerated() where a.actor.hasPrefix("group:") {
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
                let o = mentions[k]
                guard k != idx, o.actor.hasPrefix("person:") else { return false }
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
                return o.tokens.upperBound <= m.tokens.lowerBound && o.tokens.upperBound >= m.tokens.lowerBound - 3
            }
        }

        // MARK: cues

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
                let key = e.type.rawValue + "|" + (e.particle ?? "")
                if let old = byType[key] {
                    let better = (e.cueClass == .theme && old.cueClass != .theme)
                        || (e.cueClass == old.cueClass && old.form.contains("*") && !e.form.contains("*"))
                    if better { byType[key] = e }
                } else {
                    byType[key] = e
                }
            }
            return byType.values.sorted { ($0.type, $0.particle ?? "") < ($1.type, $1.particle ?? "") }
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
                if cueCache.hasNoEntries(i) { i += 1; continue }
                let t = toks[i]
                if insideActor.contains(i) || attributiveParticiples.contains(i) { i += 1; continue }
                // "lieferten sich Gefechte": a reflexive exchange verb delivers nothing
                if doc.language == .de, i + 1 < c.tokens.upperBound, toks[i + 1].lower == "sich", RelationFinder.exchangeVerbs.contains(t.lower) { i += 1; continue }
                var found = cueEntries(t, at: i)
                if doc.language == .en, i > c.tokens.lowerBound, !t.lower.hasSuffix("ed"), isA(i - 1, .nounMarker) || toks[i - 1].text == "'s" || toks[i - 1].text == "’s"
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
                        let has = ((i + 1)..<clauseEndForParticle(c, i)).contains { toks[$0].lower == particle }
                        if !has { continue }
                    } else if doc.language == .de, e.cueClass == .verb || e.cueClass == .verbRecv,
                              // not an attributive participle ("die mit al-Qaida verbündete Gruppe")
                              !(i + 1 < c.tokens.upperBound && toks[i + 1].isWord && toks[i + 1].isCapitalized && !mentionTokens.contains(i + 1)),
                              let last = ((i + 1)..<clauseEndForParticle(c, i)).last(where: { toks[$0].isWord }),
                              RelationFinder.separableParticles.contains(toks[last].lower) {
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

        // MARK: modality

        func isNegated(_ c: Clause, before limit: Int? = nil) -> Bool {
            var i = c.tokens.lowerBound
            while i < c.tokens.upperBound {
                if isA(i, .negationStart), let m = words.negations.longestMatch(in: toks[..<c.tokens.upperBound], at: i, key: \.lower) {
                    let after = i + m.length
                    let next = after < c.tokens.upperBound ? toks[after].lower : ""
                    let next2 = after + 1 < c.tokens.upperBound ? toks[after + 1].lower : ""
                    // "nicht nur", "nicht mehr nur", "not only": no negation
                    if !(next == "nur" || next == "only" || (next == "mehr" && next2 == "nur") || next == "just") { return true }
                    i = after
                    continue
                }
                i += 1
            }
            return false
        }

        func isHedged(_ c: Clause) -> Bool {
            for i in c.tokens where isA(i, .hedgeStart) && words.hedges.longestMatch(in: toks[..<c.tokens.upperBound], at: i, key: \.lower) != nil {
                // "in May", "Will Smith": a capitalized English word inside a sentence is a name, no modal
                if doc.language == .en && toks[i].isCapitalized && i != doc.sentences[toks[i].sentence].tokens.lowerBound { continue }
                return true
            }
            return false
        }

        // MARK: reporting

        /// Reporters of a sentence: marker phrases ("so X", "laut X", "according to X") and report-verb
        /// clauses ("X sagte", "X said"). Returns the reporters, the mentions they use, and the frame clause.
        func reporters(_ s: Sentence, _ cls: [Clause]) -> (ids: [String], mentionIdx: Set<Int>, frames: Set<Int>) {
            var ids: [String] = []
            var used = Set<Int>()
            var frames = Set<Int>()
            let ms = mentionsBySentence[s.index] ?? []
            func people(in range: Range<Int>) -> [Int] {
                let inRange = ms.filter { range.contains(mentions[$0].tokens.lowerBound) }
                let persons = inRange.filter { mentions[$0].actor.hasPrefix("person:") }
                if !persons.isEmpty { return persons }
                return inRange.filter { !mentions[$0].inTitle }
            }
            for (ci, c) in cls.enumerated() {
                // markers
                var i = c.tokens.lowerBound
                while i < c.tokens.upperBound {
                    if isA(i, .reportMarkerStart), let m = words.reportMarkers.longestMatch(in: toks[..<c.tokens.upperBound], at: i, key: \.lower) {
                        // "Der Iran soll Russland Drohnen geliefert haben": a rumour names no reporter after it
                        if m.value.hasPrefix("rumour:") { i += m.length; continue }
                        let isVerb = m.value.hasPrefix("verb:")
                        let w = toks[i].lower
                        // "zufolge" follows its actor; others precede it
                        // the actor right after the marker (over determiners and adjectives): "laut dem russischen Außenministerium"
                        var a = i + m.length
                        while a < c.tokens.upperBound && a < i + m.length + 4 && toks[a].isWord && !ms.contains(where: { mentions[$0].tokens.lowerBound == a })
                                && (isA(a, .determiner) || !toks[a].isCapitalized || doc.language == .en && !["by", "to", "of"].contains(toks[a].lower)) { a += 1 }
                        let range: Range<Int> = (w == "zufolge") ? c.tokens.lowerBound..<i
                            : isVerb ? c.tokens.lowerBound..<c.tokens.upperBound : a..<min(c.tokens.upperBound, a + 6)
                        // "so" must be followed by an actor phrase at once and stand at the clause start
                        if w == "so" && !(i == c.tokens.lowerBound) { i += 1; continue }
                        var found = people(in: range)
                        if !isVerb, w != "zufolge", let first = found.min(by: { mentions[$0].tokens.lowerBound < mentions[$1].tokens.lowerBound }) {
                            // the actor phrase right after the marker, and what is coordinated with it; "nach Angaben
                            // westlicher Diplomaten … von der Türkei": the source is no actor, the later actor no source
                            let start = mentions[first].tokens.lowerBound
                            // between the marker's phrase start and the actor only its title and names ("so der ukrainische Präsident Zelensky")
                            let titled = start >= a && (a..<start).allSatisfy { k in
                                toks[k].isWord && (ms.contains { mentions[$0].tokens.contains(k) } || words.titles.longestMatch(in: toks[..<c.tokens.upperBound], at: k, key: \.lower) != nil
                                    || (toks[k].isCapitalized && doc.language == .en))
                            }
                            if !titled { i += m.length; continue }
                            found = found.filter { idx in
                                let m = mentions[idx]
                                if m.tokens.lowerBound == start { return true }
                                let gap = (start..<m.tokens.lowerBound).filter { k in !ms.contains { mentions[$0].tokens.contains(k) } }
                                return m.tokens.lowerBound > start && gap.allSatisfy { isA($0, [.coordinator, .determiner]) || toks[$0].text == "," }
                            }
                        }
                        if !found.isEmpty {
                            for idx in found where !ids.contains(mentions[idx].actor) { ids.append(mentions[idx].actor) }
                            used.formUnion(found)
                            if isVerb || c.tokens.upperBound - c.tokens.lowerBound <= m.length + 8 { frames.insert(ci) }
                        }
                        i += m.length
                        continue
                    }
                    i += 1
                }
                // report verbs: the clause's subject ("X sagte", "sagte X", "X said"); a clause that
                // states a relation itself ("X äußerte seine Unterstützung") is no frame
                // (what follows does not depend on which report verb it is: one is enough)
                if let verb = c.tokens.first(where: { toks[$0].isWord && isA($0, .reportVerb) }),
                   !cues(c).contains(where: { $0.entry.type != .represents }) {
                    let frameArgs = arguments(c, excluding: [])
                    var subject = frameArgs.filter(\.isPlain)
                    // "Russia's foreign ministry said", "Chinas Außenministerium erklärte": the possessor speaks
                    if subject.isEmpty { subject = frameArgs.filter { $0.isPossessor && $0.end <= verb && $0.role == .plain } }
                    // "Whitfield, who visited Beirut, told Lebanese officials that …": who is told is no speaker;
                    // the speaker is the subject before, in this clause or in the sentence's first clause
                    if doc.language == .en && RelationFinder.tellVerbs.contains(toks[verb].lower) {
                        subject = subject.filter { $0.start < verb }
                        if subject.isEmpty, ci > 0, cues(cls[0]).isEmpty {
                            subject = arguments(cls[0], excluding: []).filter(\.isPlain)
                        }
                    }
                    let persons = subject.filter { $0.actor.hasPrefix("person:") }
                    if let first = persons.first ?? subject.first {
                        let group = subject.filter { $0.group == first.group }
                        for a in group where !ids.contains(a.actor) { ids.append(a.actor) }
                        for a in group where a.mentionIndex >= 0 { used.insert(a.mentionIndex) }
                        frames.insert(ci)
                    }
                }
            }
            return (ids, used, frames)
        }

        // MARK: sentences

        func sentence(_ s: Sentence) {
            let cls = clauses(s)
            var (reporters, reporterMentions, frames) = self.reporters(s, cls)
            // a quotation that runs on from an earlier sentence keeps its speaker
            let startsInQuote = quoteOpen
            if reporters.isEmpty && startsInQuote { reporters = quoteSpeaker }
            updateQuoteState(s, speaker: reporters)

            // "Peskov said reports that Pyongyang had sent soldiers were another fake": the speaker denies
            var speakerDenies = false
            if !reporters.isEmpty, cls.enumerated().contains(where: { ci, c in
                !frames.contains(ci) && cues(c).contains { $0.entry.type == .denial && ($0.entry.cueClass == .adj || $0.entry.cueClass == .noun) }
            }) {
                speakerDenies = true
            }
            let question = toks[s.tokens].last?.text == "?"
            var subjectOfPrevious: [Argument] = []
            var accusation: (accuser: [String], accused: [Argument])?
            /// Who denies what the rest of this sentence states.
            var deniers: [String]?
            /// The clause of the last denial verb ("rejected US allegations | that it supplied missiles")
            var denialClause: Int?
            var denialTargets: [String] = []
            if speakerDenies {
                deniers = reporters
                for r in reporters { addRelation(Relation(type: .denial, source: r, target: "?claimant", sentence: s.index, rule: "report+denial")) }
                reporters = []
            }
            let firstRelationOfSentence = relations.count
            var hedgedFrame = false
            var claimMentioned = false
            /// reported speech follows: its subjects do not carry over to "and ..." clauses
            var afterFrame = false

            if tracing {
                traceLines.append("S\(s.index): \(doc.slice(s.range))")
                if !reporters.isEmpty { traceLines.append("  reporters: \(reporters.joined(separator: ", "))") }
            }
            for c in cls { appositionAlliances(c, s); participleAttributes(c, s) }
            // "no evidence that …", "keine Beweise dafür, dass …": the complement of a denied evidence is no fact
            var evidenceDenied = false
            for (ci, c) in cls.enumerated() {
                var args = arguments(c, excluding: reporterMentions)
                // "Die Huthi erklärten, sie würden …", "Iran said it would …": the pronoun subject of reported speech is the speaker
                if afterFrame, !reporters.isEmpty, let first = args.first, first.isPlain, first.mention.form.isPronounLike,
                   !frames.contains(ci), reporters.allSatisfy({ !$0.hasPrefix("person:") }) {
                    let g = first.group
                    let pronoun = args.filter { $0.group == g }
                    args.removeAll { $0.group == g }
                    args.insert(contentsOf: reporters.map { r in var a = pronoun[0]; a.actor = r; return a }, at: 0)
                }
                // pure functions of the clause, asked several times below
                let clauseHedged = isHedged(c)
                let ownNegation = isNegated(c)
                let clauseNegated = ownNegation || (evidenceDenied && ["that", "dass", "daß"].contains(c.opener ?? ""))
                if ownNegation && c.tokens.contains(where: { RelationFinder.evidenceNouns.contains(toks[$0].lower) }) { evidenceDenied = true }
                var found = self.cues(c).filter { $0.entry.type != .represents }
                // "nannte die Vorwürfe eine Erfindung", "calling the accusations a pretext": a denial
                let qualifier = c.tokens.first(where: { isA($0, .qualifyVerb) })
                if let q = qualifier,
                   c.tokens.contains(where: { $0 > q && isA($0, .claimNoun) }) {
                    found = found.filter { $0.entry.type != .accusation && $0.entry.type != .denial }
                    found.append(Cue(entry: CueEntry(type: .denial, cueClass: .verb, particle: nil, form: toks[q].text + " … " + "claim"), token: q, length: 1))
                }
                // "nannte die Rhetorik Russlands unverantwortlich", "described Israel's presence as a violation":
                // qualifying another actor's conduct with an accusing word accuses that actor
                if let q = qualifier,
                   let acc = found.first(where: { $0.entry.type == .accusation && [.adj, .noun, .qualify].contains($0.entry.cueClass) && $0.token > q }),
                   !found.contains(where: { $0.entry.type == .denial }) {
                    let before = args.filter { $0.isPlain && $0.end <= q }
                    let subject = before.isEmpty ? (afterFrame ? [] : subjectOfPrevious) : subjectGroup(before)
                    let subjectActors = Set(subject.map(\.actor))
                    if let t = args.first(where: { $0.start > q && $0.start < acc.token && !subjectActors.contains($0.actor) && !$0.actor.hasPrefix("agreement:") && $0.role != .prep(.other) }) {
                        for src in subjectActors.sorted() {
                            var r = Relation(type: .accusation, source: src, target: t.actor, sentence: s.index, rule: "qualify:\(toks[q].text) … \(acc.entry.form)")
                            if clauseHedged || question { r.modality = .possible }
                            if !clauseNegated && addRelation(r), tracing { traceLines.append("    => accusation \(src) -> \(t.actor) \(r.rule)") }
                        }
                        found.removeAll { $0.entry.type == .accusation }
                    }
                }
                found.removeAll { $0.entry.cueClass == .qualify }
                // "wies die Kritik zurück": the claim noun is what is denied, no accusation of its own
                if found.contains(where: { $0.entry.type == .denial && $0.entry.cueClass != .noun }) {
                    found = found.filter { !($0.entry.type == .accusation && isA($0.token, .claimNoun)) }
                }
                if tracing {
                    let a = args.map { a -> String in
                        var role = a.isPossessor ? "possessor" : "plain"
                        if case let .prep(r) = a.role { role = "\(r.rawValue):\(a.prepWord ?? "")" }
                        return "\(a.actor)[\(role)\(a.mention.isLocative ? ",place" : "")]g\(a.group)"
                    }
                    let cs = found.map { "\($0.entry.type.rawValue)/\($0.entry.cueClass.rawValue):\(toks[$0.token].text)" }
                    traceLines.append("  clause \(ci)\(c.opener.map { " (\($0))" } ?? "")\(frames.contains(ci) ? " frame" : ""): \(doc.slice(TextRange(toks[c.tokens.lowerBound].range.start, toks[c.tokens.upperBound - 1].range.end)))")
                    if !a.isEmpty || !cs.isEmpty { traceLines.append("    args: \(a.joined(separator: " ")) cues: \(cs.joined(separator: " "))") }
                }
                let negated = clauseNegated
                // "… would only fuel tensions and called on Iran": a coordinated verb in the past tense is no longer under the modal
                let pastCoordinated = c.opener.map { RelationFinder.coordinators.contains($0) } == true
                    && c.tokens.dropFirst().first(where: { toks[$0].isWord }).map { k in
                        let w = toks[k].lower
                        return doc.language == .en ? w.hasSuffix("ed") : (w.hasSuffix("te") || w.hasSuffix("ten"))
                    } == true
                // ("Ägypten erwägt, Truppen nach Somalia zu entsenden": an infinitive depends on its hedged clause too)
                let hedged = clauseHedged || question || (hedgedFrame && (c.opener != nil || isInfinitive(c)) && !pastCoordinated)
                if frames.contains(ci) {
                    if clauseHedged { hedgedFrame = true }
                    let speakers = args.filter { reporters.contains($0.actor) }
                    let frameArgs = arguments(c, excluding: []).filter { reporters.contains($0.actor) }
                    if !frameArgs.isEmpty || !speakers.isEmpty { subjectOfPrevious = (speakers.isEmpty ? frameArgs : speakers).map { var a = $0; a.group = -1; return a } }
                    afterFrame = true
                    continue
                }
                if found.isEmpty {
                    if clauseHedged { hedgedFrame = true }
                    if !args.filter(\.isPlain).isEmpty && isMainClause(c) && !afterFrame { subjectOfPrevious = subjectGroup(args) }
                    continue
                }
                // "soll geliefert haben", "reportedly sent": someone claims it, unnamed
                // (asked only of clauses with a cue)
                let rumoured = c.tokens.contains { k in
                    isA(k, .reportMarkerStart) && words.reportMarkers.longestMatch(in: toks[..<c.tokens.upperBound], at: k, key: \.lower)?.value.hasPrefix("rumour:") == true
                }
                let hasClaimNoun = c.tokens.contains { isA($0, .claimNoun) }
                if hasClaimNoun { claimMentioned = true }
                // inherited subject for infinitive and coordinated clauses without one of their own
                // ("accused Venezuela | of supplying Cuba with weapons": a gerund clause has no subject of its own either)
                let gerund = doc.language == .en && c.tokens.count > 1 && ["of", "for"].contains(toks[c.tokens.lowerBound].lower)
                    && toks[c.tokens.lowerBound + 1].lower.hasSuffix("ing")
                let infinitive = c.opener == "um" || c.opener == "zu" || c.opener == "to" || isInfinitive(c) || gerund
                // "..., forderte die Hamas auf": a clause that starts with its verb has its subject before
                let firstWord = c.tokens.first { toks[$0].isWord }
                let verbFirst = ci > 0 && firstWord.map { f in found.contains { $0.token == f && ($0.entry.cueClass == .verb || $0.entry.cueClass == .verbRecv) } } == true
                var ownSubject = infinitive || verbFirst ? [] : subjectGroup(args)
                var inherited: [Argument] = []
                // "… wirft der RSF Völkermord vor und verhängte Sanktionen gegen Daglo": a coordinated main clause keeps the subject
                let coordinatedMain = (c.opener.map { RelationFinder.coordinators.contains($0) || ["aber", "but", "doch"].contains($0) } ?? false)
                    && c.tokens.dropFirst().first(where: { toks[$0].isWord }).map { f in found.contains { $0.token == f && ($0.entry.cueClass == .verb || $0.entry.cueClass == .verbRecv) } } == true
                // "rejected allegations that it supplied missiles", "erklärte, dass es …": "it" is the main clause's subject
                // ("The Houthis said they would attack Israeli ships": the speaker)
                // the clause's first word after its opener, looked for once
                let leadWord: String? = {
                    var seenOpener = c.opener == nil
                    for k in c.tokens where toks[k].isWord {
                        if seenOpener { return toks[k].lower }
                        seenOpener = true
                    }
                    return nil
                }()
                func opensWith(_ set: Set<String>) -> Bool { leadWord.map { set.contains($0) } ?? false }
                let itSubject = (["that", "dass", "daß"].contains(c.opener ?? "") && ownSubject.isEmpty && opensWith(["it", "es"]))
                    || (afterFrame && (c.opener == nil || c.opener == "that") && doc.language == .en && opensWith(["it", "they", "we"])
                        && ownSubject.allSatisfy { $0.start > (found.first?.token ?? 0) }
                        // "it" and "they" are no person
                        && (opensWith(["we"]) || subjectOfPrevious.allSatisfy { !$0.actor.hasPrefix("person:") }))
                    || (afterFrame && c.opener == nil && doc.language == .de && opensWith(["sie", "es", "wir"])
                        && ownSubject.allSatisfy { $0.start > c.tokens.lowerBound + 1 } && subjectOfPrevious.allSatisfy { !$0.actor.hasPrefix("person:") })
                // "the kingdom accused Tehran …, and it still relies on the United States": the main clause's subject
                let andIt = doc.language == .en && ["and", "but"].contains(c.opener ?? "") && opensWith(["it", "they"]) && !afterFrame
                    && !subjectOfPrevious.isEmpty && subjectOfPrevious.allSatisfy { !$0.actor.hasPrefix("person:") }
                if (itSubject && accusation == nil) || andIt {
                    inherited = subjectOfPrevious
                    ownSubject = []
                    // the pronoun is the subject: the clause's own actors are objects ("sie würden israelische Schiffe angreifen")
                    if doc.language == .de { for k in args.indices where args[k].isPlain { args[k].role = .prep(.target) } }
                } else if let acc = accusation, ci > 0, !coordinatedMain, infinitive || c.opener == "of" || c.opener == "dass" || c.opener == "that" || ownSubject.isEmpty {
                    inherited = acc.accused
                    if !infinitive && !ownSubject.isEmpty { inherited = [] }
                } else if ownSubject.isEmpty || !(ownSubject.first!.start < (found.first?.token ?? 0)) {
                    // "after the heaviest fighting in Tripoli left dozens dead": a cue noun that opens the clause is its subject
                    let opened = c.opener != nil || isA(c.tokens.lowerBound, .subordinator)
                    var k = c.tokens.lowerBound + (opened ? 1 : 0)
                    let first = k
                    while k < c.tokens.upperBound && k < first + 3 && (isA(k, .determiner) || toks[k].isWord && !toks[k].isCapitalized && (isA(k, .adjectiveEnding) || doc.language == .en) && !isA(k, .cueForm)) { k += 1 }
                    let nounOpens = opened && ci > 0 && k > first && !infinitive && found.contains { $0.token == k && $0.entry.cueClass == .noun }
                    if !nounOpens, infinitive || verbFirst || (c.opener.map { RelationFinder.inheritOpeners.contains($0) } ?? false)
                        || (ownSubject.isEmpty && c.opener == nil && ci > 0) || itSubject {
                        inherited = subjectOfPrevious
                    }
                }
                if infinitive && !inherited.isEmpty { ownSubject = [] }
                // "Araghchi, who visited Riyadh in October, said": a relative clause's subject is the actor before it
                // German relative clauses end in their verb: an actor named right after the pronoun is the subject
                // ("die Russland angegriffen hat"); a nationality or a later actor is an object ("das eine algerische Drohne abschoss")
                let verbCue = found.first { [.verb, .verbRecv, .meet].contains($0.entry.cueClass) }?.token ?? (found.first?.token ?? 0)
                let ownNamedSubject = ownSubject.first.map { f in
                    doc.language == .de ? f.start == c.tokens.lowerBound + 1 && f.mention.form != .adjective : f.start < verbCue
                } ?? false
                if inherited.isEmpty, let o = c.opener, ["who", "der", "die", "das", "which"].contains(o), ci > 0,
                   ownSubject.isEmpty || !ownNamedSubject || o == "who",
                   let antecedent = relativeAntecedent(c, s) {
                    let a = Argument(actor: antecedent.actor, mention: antecedent, role: .plain, prepWord: nil, phraseStart: antecedent.tokens.lowerBound, end: antecedent.tokens.upperBound, group: -1)
                    inherited = [a]
                    // the German clause's own actors are its objects (in English they follow the verb anyway)
                    if doc.language == .de { for k in args.indices where args[k].isPlain && args[k].start > c.tokens.lowerBound { args[k].role = .prep(.target) } }
                    ownSubject = []
                }
                // "Camara, dem sie vorwerfen, …", "the envoy, whom Moscow accused": the actor before an oblique
                // relative pronoun is the target; the subject is the clause's own or the main clause's
                if let o = c.opener, ["dem", "denen", "whom"].contains(o), ci > 0,
                   let antecedent = relativeAntecedent(c, s) {
                    args.removeAll { $0.actor == antecedent.actor }
                    ownSubject.removeAll { $0.actor == antecedent.actor }
                    if ownSubject.isEmpty || ownSubject.allSatisfy({ $0.mention.form.isPronounLike }) && !subjectOfPrevious.isEmpty {
                        inherited = subjectOfPrevious.filter { $0.actor != antecedent.actor }
                        args.removeAll { a in ownSubject.contains { $0.actor == a.actor } }
                        ownSubject = []
                    }
                    args.append(Argument(actor: antecedent.actor, mention: antecedent, role: .prep(.target), prepWord: o, phraseStart: c.tokens.lowerBound, end: c.tokens.lowerBound, group: -2))
                }
                // arguments from another clause: their group numbers mean nothing here
                inherited = inherited.map { var a = $0; a.group = -1; return a }
                // "setzte die Militärhilfe aus", "suspended aid to Rwanda": stopping aid is a sanction
                /// "India suspends water treaty with Pakistan": the parties of the agreement one of them stops
                var stoppedAgreement = false
                if let stop = found.first(where: { $0.entry.cueClass == .reverse }) {
                    let aid: Set<EdgeType> = [.support, .armsSupply, .militarySupport]
                    if !found.contains(where: { aid.contains($0.entry.type) && $0.entry.cueClass == .noun }),
                       let k = found.firstIndex(where: { $0.entry.type == .partyTo && $0.entry.cueClass == .noun && ($0.token > stop.token || doc.language == .de) }) {
                        found[k].entry.cueClass = .verb
                        found[k].entry.form = stop.entry.form + " + " + found[k].entry.form
                        stoppedAgreement = true
                    } else if !found.contains(where: { aid.contains($0.entry.type) || $0.entry.type == .partyTo }),
                              let agr = args.first(where: { $0.actor.hasPrefix("agreement:") && !$0.actor.hasPrefix("agreement:?") && ($0.start > stop.token || doc.language == .de) }) {
                        // "India has suspended the Indus Waters Treaty with Pakistan", "aus dem New-START-Vertrag ausgestiegen":
                        // a named agreement stopped by one of its parties
                        found.append(Cue(entry: CueEntry(type: .partyTo, cueClass: .verb, particle: nil, form: stop.entry.form + " + " + agr.mention.surface), token: stop.token, length: 1))
                        stoppedAgreement = true
                    }
                    found = found.compactMap { cue in
                        if cue.entry.cueClass == .reverse { return nil }
                        guard aid.contains(cue.entry.type), cue.entry.cueClass == .noun
                                || (doc.language == .en && cue.token > stop.token && cue.entry.cueClass == .verb) else { return cue }
                        var n = cue
                        n.entry.type = .sanction
                        n.entry.cueClass = .noun
                        n.entry.form = stop.entry.form + " + " + cue.entry.form
                        return n
                    }
                    // one sanction per clause, however many aid words
                    var seenSanction = false
                    found = found.filter { cue in
                        guard cue.entry.type == .sanction && cue.entry.form.contains(" + ") else { return true }
                        defer { seenSanction = true }
                        return !seenSanction
                    }
                }
                let armsTheme = found.contains { $0.entry.type == .armsSupply && $0.entry.cueClass == .theme }
                let troopTheme = found.contains { $0.entry.type == .militarySupport && $0.entry.cueClass == .theme }
                let transferEvent = found.contains { [.armsSupply, .militarySupport].contains($0.entry.type) && $0.entry.cueClass != .theme }
                let passive = isPassive(c, found)
                var expanded: [(Cue, EdgeType)] = []
                /// A denial verb of this clause that governs a relation after it ("denies backing the M23")
                var denialCue: Int?
                for cue in found {
                    var type = cue.entry.type
                    // "pledged to respond", "agreed to lead the mission": a promise or consent to act, no support or signature
                    let after = cue.token + cue.length
                    if [.support, .partyTo, .request].contains(type), cue.entry.cueClass == .verb, doc.language == .en, after + 1 < c.tokens.upperBound,
                       toks[after].lower == "to", toks[after + 1].isWord, !toks[after + 1].isCapitalized,
                       !args.contains(where: { $0.start == after + 1 || $0.phraseStart == after + 1 }) { continue }
                    if cue.entry.cueClass == .theme {
                        // a theme alone: only with a receiver ("Soldaten nach Russland", "drones to Russia");
                        // weapons fired at someone are an attack ("fired rockets into northern Israel")
                        if transferEvent || found.contains(where: { $0.entry.type == .conflict && $0.entry.cueClass == .verb }) { continue }
                        // (not the addressee of another cue: "his appeal to Western partners to let Kyiv use missiles")
                        // (troops beside someone: "Rwandan soldiers are operating alongside the M23")
                        let receiver = args.contains { ($0.role == .prep(.target) && !["gegen", "auf", "against", "on", "gegenüber"].contains($0.prepWord ?? "")
                            || cue.entry.type == .militarySupport && ["alongside", "an der seite"].contains($0.prepWord ?? ""))
                            && !attachedToOtherCue($0, cue.entry.type, c, except: cue.token) }
                        if !receiver && !found.contains(where: { $0.entry.type == .support && $0.entry.cueClass != .theme }) { continue }
                    } else if type == .support && cue.entry.cueClass == .verbRecv && (armsTheme || troopTheme) {
                        // "Burkina Faso erhält aus Moskau Waffen", "received drones from Turkey"
                        type = armsTheme ? .armsSupply : .militarySupport
                    } else if type == .militarySupport && armsTheme && !troopTheme {
                        type = .armsSupply
                    } else if type == .armsSupply && troopTheme && !armsTheme && cue.entry.cueClass != .noun {
                        type = .militarySupport
                    }
                    // "hat mit einem Atomangriff auf Südkorea gedroht", "threatened Armenia with military action": a threatened attack is none
                    // ("threatened in a speech to resume attacks on Israeli ships")
                    if type == .conflict, found.contains(where: { $0.entry.type == .threat && $0.entry.cueClass == .verb && (cue.entry.cueClass == .noun || $0.token < cue.token) }) { continue }
                    expanded.append((cue, type))
                    // "provides Hezbollah with money, weapons and training": weapons given with support are arms too
                    if type == .support, cue.entry.cueClass == .verb, found.contains(where: { w in w.entry.type == .armsSupply && w.entry.cueClass == .theme && w.token > cue.token
                        && (max(cue.token + 1, w.token - 4)..<w.token).contains { ["with", "mit"].contains(toks[$0].lower) } }) {
                        expanded.append((cue, .armsSupply))
                    }
                    // "sent troops and weapons to Somalia": both kinds of aid
                    if armsTheme && troopTheme && cue.entry.cueClass == .verb && [.armsSupply, .militarySupport].contains(type) {
                        expanded.append((cue, type == .armsSupply ? .militarySupport : .armsSupply))
                    }
                    // "kämpfen an der Seite der Miliz", "fought alongside the SDF": fighting beside someone supports them
                    if type == .conflict, cue.entry.cueClass == .verb, args.contains(where: { ["alongside", "an der seite"].contains($0.prepWord ?? "") }) {
                        expanded.append((cue, .militarySupport))
                    }
                    // "Wagner mercenaries are fighting for the Malian junta": fighting for someone supports them
                    if type == .conflict, cue.entry.cueClass == .verb, troopTheme || cue.entry.form.hasPrefix("fight") || cue.entry.form.hasPrefix("kämpf"),
                       args.contains(where: { $0.start > cue.token && ["for", "für"].contains($0.prepWord ?? "") && $0.role == .prep(.target) }) {
                        expanded.removeLast()
                        expanded.append((cue, .militarySupport))
                    }
                }
                for (cue, type) in expanded {
                    var made = relationsFor(cue: cue, type: type, args: &args, clause: c, inherited: inherited, passive: passive,
                                            sentence: s, clauses: cls, clauseIndex: ci)
                    // "Ukraine said Russia was responsible for the attack": an accusing adjective on the subject of
                    // reported speech is the reporter's accusation of it
                    if made.isEmpty, type == .accusation, cue.entry.cueClass == .adj, !reporters.isEmpty, !frames.contains(ci),
                       let subj = subjectGroup(args).first, subj.end <= cue.token {
                        for rep in reporters where rep != subj.actor && personState[rep] != subj.actor {
                            made.append(Relation(type: .accusation, source: rep, target: subj.actor, sentence: s.index, rule: "report+adj:" + cue.entry.form))
                        }
                    }
                    if stoppedAgreement && type == .partyTo {
                        // … and stopping it sanctions the other party
                        let others = Set(args.filter { $0.role == .prep(.with) }.map { personState[$0.actor] ?? $0.actor })
                        let stoppers = Set(made.map(\.source)).subtracting(others)
                        for a in stoppers.sorted() {
                            for b in others.sorted() where a != b {
                                made.append(Relation(type: .sanction, source: a, target: b, sentence: s.index, rule: "reverse:" + cue.entry.form))
                            }
                        }
                    }
                    // "bestritt nicht, dass …", "did not deny": a denial that is negated denies nothing
                    if negated && type == .denial && cue.entry.cueClass == .verb { made.removeAll() }
                    for var r in made {
                        if negated && type != .denial { continue }
                        r.attributedTo = reporters.filter { $0 != r.source }
                        if hedged { r.modality = .possible } else if !r.attributedTo.isEmpty || rumoured { r.modality = .reported }
                        if type == .denial {
                            r.attributedTo = []
                            r.modality = .asserted
                        }
                        if let acc = accusation, type != .accusation, type != .denial {
                            r.attributedTo = Array(Set(r.attributedTo + acc.accuser)).sorted()
                            if r.modality == .asserted { r.modality = .reported }
                        }
                        // "Pakistan denied any involvement and accused India": the denier's own claim is not denied,
                        // but what the denial verb itself governs is ("Rwanda denies backing the M23")
                        let governed = denialCue.map { $0 < cue.token } ?? false
                            || (denialClause == ci - 1 && ["that", "dass", "daß"].contains(c.opener ?? ""))
                        if let d = deniers?.filter({ $0 != r.source || governed }), !d.isEmpty, type != .denial {
                            r.deniedBy = d
                            // "rejected US allegations that it supplied missiles": the claim is the accusers'
                            if governed, r.attributedTo.isEmpty {
                                r.attributedTo = denialTargets.filter { $0 != r.source && !d.contains($0) }
                                if !r.attributedTo.isEmpty && r.modality == .asserted { r.modality = .reported }
                            }
                            if r.attributedTo.isEmpty && r.modality == .asserted { r.modality = .denied }
                        }
                        if addRelation(r) {
                            if tracing { traceLines.append("    => \(r.type.rawValue) \(r.source) -> \(r.target) \(r.modality.rawValue) \(r.attributedTo) \(r.rule)") }
                        }
                        // "The Houthis said they would keep attacking Israeli ships": announcing one's own attack threatens
                        if type == .conflict, r.modality == .possible, !negated, reporters.contains(where: { $0 == r.source || personState[$0] == r.source }),
                           // an intent, not a condition ("if it attacked Guyana")
                           !(c.tokens.lowerBound..<cue.token).contains(where: { RelationFinder.conditionals.contains(toks[$0].lower) }) {
                            var t = Relation(type: .threat, source: r.source, target: r.target, sentence: s.index, rule: "intent:" + r.rule)
                            t.attributedTo = reporters.filter { $0 != r.source }
                            if !t.attributedTo.isEmpty { t.modality = .reported }
                            if addRelation(t), tracing { traceLines.append("    => threat \(t.source) -> \(t.target) \(t.rule)") }
                        }
                    }
                    if type == .accusation, let r = made.first {
                        let accused = args.filter { $0.actor == r.target }
                        accusation = (made.map(\.source), accused)
                    }
                    if type == .denial {
                        deniers = Array(Set(made.map(\.source))).sorted()
                        if deniedContent(after: cue, in: c) != nil { denialCue = cue.token }
                        denialClause = ci
                        denialTargets = Array(Set(made.map(\.target).filter { $0 != "?claimant" })).sorted()
                    }
                }
                if !ownSubject.isEmpty && isMainClause(c) && !afterFrame { subjectOfPrevious = ownSubject }
            }
            // Denials point back: at the claim this sentence states in a dependent clause, or at the last claim.
            let sentenceRelations = Array(firstRelationOfSentence..<relations.count)
            let denials = sentenceRelations.filter { relations[$0].type == .denial }
            if !denials.isEmpty {
                let content = sentenceRelations.filter { relations[$0].type != .denial && !relations[$0].deniedBy.isEmpty }
                var claimants: [String] = []
                var denied: [Int] = content
                for ci in content {
                    let key = RelationKey(type: relations[ci].type, source: relations[ci].source, target: relations[ci].target, sentence: -1)
                    if let earlier = lastAttributed[key], earlier < firstRelationOfSentence {
                        claimants += relations[earlier].attributedTo
                    }
                }
                let ownClaims = sentenceRelations.filter { relations[$0].type != .denial && relations[$0].type != .accusation && !relations[$0].attributedTo.isEmpty && relations[$0].deniedBy.isEmpty }
                // "Several governments have accused Pyongyang of …, a charge both countries deny": the accuser of this sentence
                let denierSet = Set(denials.map { relations[$0].source })
                let firstDenial = denials.min() ?? relations.count
                let ownAccusations = sentenceRelations.filter { k in
                    k < firstDenial && relations[k].type == .accusation
                        && (denierSet.contains(relations[k].target) || denierSet.contains { personState[$0] == relations[k].target || personState[relations[k].target] == $0 })
                }
                if claimants.isEmpty, !ownAccusations.isEmpty {
                    claimants = ownAccusations.map { relations[$0].source }
                    // what the accusers claim in this sentence is what is denied ("… beschuldigt, Moskau mit Waffen zu versorgen, eine Behauptung, die beide Länder zurückweisen")
                    let accusers = Set(claimants)
                    let claimed = ownClaims.filter { !Set(relations[$0].attributedTo).isDisjoint(with: accusers) }
                    let specific = claimed.filter { relations[$0].type != .conflict }
                    denied += specific.isEmpty ? claimed : specific
                } else if claimants.isEmpty, !ownClaims.isEmpty {
                    // "eine Behauptung, die beide Länder zurückweisen": the claim of this very sentence
                    claimants = ownClaims.flatMap { relations[$0].attributedTo }
                    let specific = ownClaims.filter { relations[$0].type != .conflict }
                    denied += specific.isEmpty ? ownClaims : specific
                } else if claimants.isEmpty, let last = lastClaim, content.isEmpty || claimMentioned,
                          // a denial answers a claim about the denier (or what the denier is said to do), not any earlier claim
                          claimMentioned || denials.contains(where: { d in
                              let denier = relations[d].source
                              return last.about.contains(denier) || !(officeOf[denier] ?? []).isDisjoint(with: last.about) || last.about.contains { personState[$0] == denier }
                          }) {
                    claimants = last.claimants
                    // a denial answers the claim, not the war it is set in
                    let specific = last.relations.filter { relations[$0].type != .conflict }
                    denied += specific.isEmpty ? last.relations : specific
                }
                let denierIDs = Array(Set(denials.map { relations[$0].source })).sorted()
                for d in denied {
                    relations[d].deniedBy = Array(Set(relations[d].deniedBy + denierIDs)).sorted()
                }
                // fix up denial targets
                var fixed: [Relation] = []
                for di in denials {
                    let r = relations[di]
                    if r.target == "?claimant" {
                        var targets = Array(Set(claimants)).sorted()
                        if targets.isEmpty {
                            // no claimant: the actor that the denied claim is about
                            targets = Array(Set(denied.map { relations[$0].source })).sorted()
                        }
                        for t in targets where t != r.source {
                            var n = r
                            n.target = t
                            fixed.append(n)
                        }
                    }
                }
                // only this sentence's relations change: rebuild that tail, not the whole list
                let denialSet = Set(denials)
                var tail: [Relation] = []
                for k in firstRelationOfSentence..<relations.count {
                    let r = relations[k]
                    if denialSet.contains(k) && r.target == "?claimant" {
                        seenRelations.remove(RelationKey(type: r.type, source: r.source, target: r.target, sentence: r.sentence))
                    } else {
                        tail.append(r)
                    }
                }
                for r in fixed where seenRelations.insert(RelationKey(type: r.type, source: r.source, target: r.target, sentence: r.sentence)).inserted {
                    tail.append(r)
                }
                relations.removeSubrange(firstRelationOfSentence...)
                relations += tail
            }
            for k in firstRelationOfSentence..<relations.count where !relations[k].attributedTo.isEmpty {
                let r = relations[k]
                lastAttributed[RelationKey(type: r.type, source: r.source, target: r.target, sentence: -1)] = k
            }
            // "Die Emirate versorgten die RSF mit Waffen, sagte Sudans Botschafter": saying that another actor
            // attacks, arms or backs someone accuses it (not when the speaker speaks for that actor)
            // A war named by a noun ("Russlands Krieg") is the setting of a claim, not what it claims.
            let sentenceSources = Set((firstRelationOfSentence..<relations.count).map { relations[$0].source })
            // sending troops is the claim ("sending its citizens to help Russian forces fight"): what the troops do is no further accusation
            let troopSenders = Set((firstRelationOfSentence..<relations.count).filter { relations[$0].type == .militarySupport }.map { relations[$0].source })
            for k in firstRelationOfSentence..<relations.count where RelationFinder.accusingTypes.contains(relations[k].type) && relations[k].modality != .possible
                && !(relations[k].type == .conflict && relations[k].rule.hasPrefix("noun:")) && troopSenders.isEmpty {
                let r = relations[k]
                for a in r.attributedTo where a != r.source && personState[a] != r.source && !(officeOf[a]?.contains(r.source) ?? false) && !sentenceSources.contains(a) {
                    if addRelation(Relation(type: .accusation, source: a, target: r.source, sentence: s.index, rule: "claim:\(r.type.rawValue)")), tracing {
                        traceLines.append("    => accusation \(a) -> \(r.source) (says it: \(r.type.rawValue))")
                    }
                }
            }
            // This sentence's claims: relations someone is said to assert.
            let claims = (firstRelationOfSentence..<relations.count).filter {
                !relations[$0].attributedTo.isEmpty && relations[$0].type != .denial && relations[$0].type != .accusation
            }
            let accusations = (firstRelationOfSentence..<relations.count).filter { relations[$0].type == .accusation }
            if !claims.isEmpty || !accusations.isEmpty {
                let claimants = claims.flatMap { relations[$0].attributedTo } + accusations.map { relations[$0].source }
                let about = Set(claims.flatMap { [relations[$0].source, relations[$0].target] } + accusations.map { relations[$0].target })
                lastClaim = Claim(relations: claims, claimants: Array(Set(claimants)).sorted(), about: about)
            }
        }

        func updateQuoteState(_ s: Sentence, speaker: [String]) {
            for i in s.tokens where toks[i].kind == .punct {
                // a one-scalar mark that is no quote mark changes nothing (no other scalar is canonically
                // equivalent to a quote mark): passed over without String comparisons
                if let c = Coreference.singleScalar(toks[i].text), !Coreference.quoteScalars.contains(c.value) { continue }
                let t = toks[i].text
                if t == "„" || t == "«" { quoteOpen = true }
                else if t == "“" && doc.language == .de { quoteOpen = false }
                else if t == "“" && doc.language == .en { quoteOpen = true }
                else if t == "”" || t == "»" { quoteOpen = false }
                else if t == "\"" { quoteOpen.toggle() }
            }
            if !speaker.isEmpty { quoteSpeaker = speaker }
            if !quoteOpen && speaker.isEmpty { quoteSpeaker = [] }
        }

        /// "Denmark, a close ally of the United States," / "Washington, Ottawa's closest ally,": an
        /// apposition with an alliance noun ties its head to the actor it names.
        func appositionAlliances(_ c: Clause, _ s: Sentence) {
            for ap in c.appositions where !ap.namesHead {
                let commaBefore = ap.range.lowerBound - 1
                guard let head = (mentionsBySentence[s.index] ?? []).last(where: { mentions[$0].tokens.upperBound == commaBefore && !mentions[$0].inTitle }).map({ mentions[$0] }),
                      let cue = ap.range.first(where: { k in cueEntries(toks[k], at: k).contains { $0.type == .alliance && $0.cueClass == .noun } }) else { continue }
                // "Norway and Denmark, both NATO members,": a plural apposition describes every actor of the list
                var heads = [head]
                if let first = ap.range.first(where: { toks[$0].isWord }), RelationFinder.pluralQuantifiers.contains(toks[first].lower) {
                    heads += coordinatedBefore(head, sentence: s)
                }
                let others = (mentionsBySentence[s.index] ?? []).map { mentions[$0] }.filter {
                    ap.range.contains($0.tokens.lowerBound) && !heads.map(\.actor).contains($0.actor) && !$0.actor.hasPrefix("person:") && !$0.actor.hasPrefix("agreement:")
                }
                for o in others where o.tokens.upperBound <= cue || o.tokens.lowerBound > cue || o.form == .compoundPart {
                    let form = cueEntries(toks[cue], at: cue).first { $0.type == .alliance }?.form ?? toks[cue].text
                    for h in heads {
                        addRelation(Relation(type: .alliance, source: h.actor, target: o.actor, sentence: s.index, rule: "apposition:\(form)"))
                    }
                }
            }
            // "Washington, Israels wichtigster Waffenlieferant,", "Russia, the main backer of Assad,": an agent
            // noun in the apposition makes its head the source
            for ap in c.appositions where !ap.namesHead {
                let commaBefore = ap.range.lowerBound - 1
                guard let head = (mentionsBySentence[s.index] ?? []).last(where: { mentions[$0].tokens.upperBound == commaBefore && !mentions[$0].inTitle }).map({ mentions[$0] }) else { continue }
                let inner = Clause(tokens: ap.range, opener: nil, appositions: [])
                let args = arguments(inner, excluding: [])
                for cue in cues(inner) where cue.entry.cueClass == .agent {
                    for t in Set(agentNounTarget(args, cue: cue).map(\.actor)).sorted() where t != head.actor {
                        addRelation(Relation(type: cue.entry.type, source: head.actor, target: t, sentence: s.index, rule: "apposition:agent:\(cue.entry.form)"))
                    }
                }
            }
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

        /// A passive clause: an auxiliary ("wurde", "were") and a verb cue that is a participle
        /// ("entsandt", "geliefert", "sent", "attacked"), not a progressive ("was transferring").
        func isPassive(_ c: Clause, _ found: [Cue]) -> Bool {
            guard c.tokens.contains(where: { isA($0, .passiveAux) }) else { return false }
            return found.contains { cue in
                guard cue.entry.cueClass == .verb || cue.entry.cueClass == .verbRecv else { return false }
                let w = toks[cue.token].lower
                if doc.language == .en {
                    return !w.hasSuffix("ing") && (w.hasSuffix("ed") || w.hasSuffix("en") || RelationFinder.irregularParticiples.contains(w))
                }
                let germanAux = c.tokens.contains { ["wurde", "wurden", "worden", "würden", "wird", "werden"].contains(toks[$0].lower) }
                // "wird … angreifen" is the future, "wird von Russland angegriffen" the passive: a participle has "ge" or an agent
                let participle = w.hasPrefix("ge") || (w.count > 6 && w.dropFirst(2).prefix(4).contains("ge") && w.hasSuffix("en"))
                    || c.tokens.contains { ["von", "vom"].contains(toks[$0].lower) && $0 + 1 < c.tokens.upperBound && mentionTokens.contains($0 + 1) || $0 + 2 < c.tokens.upperBound && ["von", "vom"].contains(toks[$0].lower) && mentionTokens.contains($0 + 2) }
                return germanAux && (w.hasSuffix("t") || w.hasSuffix("en")) && !(w.hasSuffix("en") && !participle && c.tokens.contains { ["wird", "werden"].contains(toks[$0].lower) })
            }
        }

        /// "die vom Iran unterstützte Hamas", "the Iran-backed Houthis", "Turkish-backed forces": a
        /// participle before an actor, with its agent named before it, is a relation of the participle's type.
        func participleAttributes(_ c: Clause, _ s: Sentence) {
            var clauseMentions: [Mention]?
            for k in c.tokens where toks[k].isWord && k + 1 < c.tokens.upperBound {
                guard let e = cueEntries(toks[k], at: k).first(where: { $0.cueClass == .verb && [.support, .armsSupply, .militarySupport, .alliance].contains($0.type) }) else { continue }
                let t = toks[k]
                if clauseMentions == nil {
                    clauseMentions = (mentionsBySentence[s.index] ?? []).map { mentions[$0] }.filter { c.tokens.contains($0.tokens.lowerBound) && !$0.inTitle }
                }
                let ms = clauseMentions!
                // the actor right after the participle (over an adjective)
                guard let head = ms.first(where: { $0.tokens.lowerBound == k + 1 || ($0.tokens.lowerBound == k + 2 && toks[k + 1].isWord && !toks[k + 1].isCapitalized) }) else { continue }
                var agent: Mention?
                if t.containsHyphen {
                    agent = ms.first { $0.tokens.lowerBound == k && $0.form == .compoundPart }
                } else if doc.language == .de, !t.isCapitalized, isA(k, .adjectiveEnding) {
                    agent = ms.last { $0.tokens.upperBound <= k && $0.tokens.upperBound >= k - 1 && k - 1 >= c.tokens.lowerBound
                        && ($0.tokens.lowerBound - 1 >= 0 && ["vom", "von"].contains(toks[$0.tokens.lowerBound - 1].lower)) }
                }
                guard let a = agent, a.actor != head.actor else { continue }
                addRelation(Relation(type: e.type, source: a.actor, target: head.actor, sentence: s.index, rule: "participle:\(e.form)"))
                attributiveParticiples.insert(k)
            }
        }

        /// A main or coordinated clause (not introduced by a subordinator or relative pronoun).
        func isMainClause(_ c: Clause) -> Bool {
            guard let o = c.opener else { return true }
            return RelationFinder.coordinators.contains(o)
        }

        /// Only determiners, adjectives, quotes and possessive markers between two tokens.
        func onlyModifiers(between a: Int, and b: Int) -> Bool {
            guard a <= b, b - a <= 4 else { return false }
            for k in a..<b {
                let t = toks[k]
                if ["'s", "’s", "'", "’", "„", "“", "\"", "”"].contains(t.text) { continue }
                if t.isWord && (!t.isCapitalized || doc.language == .en) && !isA(k, .preposition)
                    // (an adjective that is also a cue word: "Syria's main military backer")
                    && (!isA(k, .cueForm) || !t.isCapitalized && cueEntries(t, at: k).allSatisfy { $0.cueClass == .adj || $0.cueClass == .theme }) { continue }
                return false
            }
            return true
        }

        func isInfinitive(_ c: Clause) -> Bool {
            // the clause's first word and its last word but one, found without collecting its words
            var last = -1, beforeLast = -1
            for k in c.tokens.reversed() where toks[k].isWord {
                if last < 0 { last = k } else { beforeLast = k; break }
            }
            guard beforeLast >= 0, let first = c.tokens.first(where: { toks[$0].isWord }) else { return false }
            return toks[beforeLast].lower == "zu" || toks[first].lower == "to"
        }

        /// The subject: the first plain argument and the arguments coordinated with it.
        func subjectGroup(_ args: [Argument]) -> [Argument] {
            guard let first = args.first(where: \.isPlain) else { return [] }
            return args.filter { $0.group == first.group }
        }

        @discardableResult
        func addRelation(_ r: Relation) -> Bool {
            guard r.source != r.target, !r.source.isEmpty, !r.target.isEmpty else { return false }
            if r.type == .partyTo && !r.target.hasPrefix("agreement:") { return false }
            if r.type != .partyTo && r.target.hasPrefix("agreement:") { return false }
            if r.source.hasPrefix("agreement:") { return false }
            // a person does not visit, threaten or deny the state they hold office in, nor the reverse
            if r.type != .represents && r.target != "?claimant" {
                if officeOf[r.source]?.contains(r.target) == true || officeOf[r.target]?.contains(r.source) == true { return false }
            }
            // alliances are between states, organizations and groups
            if r.type == .alliance && (r.source.hasPrefix("person:") || r.target.hasPrefix("person:")) { return false }
            let key = RelationKey(type: r.type, source: r.source, target: r.target, sentence: r.sentence)
            if seenRelations.contains(key) { return false }
            seenRelations.insert(key)
            relations.append(r)
            return true
        }

        // MARK: one cue

        func relationsFor(cue: Cue, type: EdgeType, args: inout [Argument], clause c: Clause, inherited: [Argument],
                                   passive: Bool, sentence s: Sentence, clauses: [Clause], clauseIndex: Int) -> [Relation] {
            let rule = "\(cue.entry.cueClass.rawValue):\(cue.entry.form)"
            let isNoun = cue.entry.cueClass == .noun || cue.entry.cueClass == .adj || cue.entry.cueClass == .theme
            let cueEnd = cue.token + cue.length
            func rel(_ src: String, _ dst: String) -> Relation {
                Relation(type: type, source: src, target: dst, sentence: s.index, rule: rule)
            }
            let internalWar = type == .conflict && RelationFinder.internalWarNouns.contains { cue.entry.form.lowercased().contains($0) }
            // (no side of it but those named against each other: "der Bürgerkrieg zwischen Armee und RSF")
            if internalWar && cue.entry.cueClass == .noun && !args.contains(where: { $0.role == .prep(.pair) || ["gegen", "against"].contains($0.prepWord ?? "") }) { return [] }
            let usable = args.filter { a in
                // "Ukraine-Krieg": only its own cue; "UN-Ermittler", "EU-Kommission": the actor itself
                // ("Der US-Botschafter forderte …" without a name: the office's state acts)
                if a.mention.form == .compoundPart { return a.start == cue.token || (cueEntries(toks[a.start], at: a.start).isEmpty && (!isTitleCompound(toks[a.start]) || a.mention.inTitle && a.mentionIndex >= 0 && isBareTitleState(a.mentionIndex))) }
                // "der sudanesische Bürgerkrieg", "Syria's civil war": the state on a civil war is where it is fought, no side
                if internalWar, a.end <= cue.token, a.end >= cue.token - 2, a.mention.form == .adjective || a.isPossessor { return false }
                return true
            }

            // Pairs: "zwischen A und B", "between A and B".
            if let pairStart = usable.firstIndex(where: { $0.role == .prep(.pair) }) {
                let g = usable[pairStart].group
                var members = usable.filter { $0.group == g }.map(\.actor)
                // "between the SDF and the Turkish-backed Syrian National Army": the first actor after "and"
                if Set(members).count < 2, let and = (usable[pairStart].end..<c.tokens.upperBound).first(where: { isA($0, .coordinator) }),
                   let second = usable.first(where: { $0.start > and && $0.mention.form != .compoundPart && $0.actor != usable[pairStart].actor }) {
                    members.append(second.actor)
                }
                let uniq = Array(Set(members)).sorted()
                if type == .partyTo, let agr = agreementArg(usable, c) {
                    return uniq.map { rel($0, agr) }
                }
                if uniq.count >= 2 && (type == .alliance || type == .conflict) { return [rel(uniq[0], uniq[1])] }
            }

            // party_to: parties are the subject group (or the pair), the agreement the one named near.
            // A noun alone ("the deal") makes nobody a party: it takes a verb (sign, conclude, join) or "with".
            if type == .partyTo {
                guard let agr = agreementArg(usable, c) ?? recentAgreement(before: cue.token, sentence: s) else { return [] }
                var parties: [String]
                if isNoun {
                    let with = usable.filter { $0.role == .prep(.with) }
                    let owner = usable.filter { $0.isPossessor && $0.end <= cue.token }
                    // "the US-Taliban agreement", "das russisch-nordkoreanische Abkommen": the actors named on the noun
                    var named = Set(usable.filter { a in
                        !a.actor.hasPrefix("agreement:") && a.end <= cue.token && a.start >= cue.token - 5
                            && (a.mention.form == .compoundPart || a.mention.form == .adjective || a.isPossessor)
                            && (a.end..<cue.token).allSatisfy { k in toks[k].text == "-" || mentionTokens.contains(k) || isA(k, .determiner) || (toks[k].isWord && !toks[k].isCapitalized && doc.language == .en) || isA(k, .adjectiveEnding) && !toks[k].isCapitalized }
                    }.map(\.actor))
                    // "Russia and North Korea's mutual defence treaty": the possessor's whole coordination
                    if let owner = usable.last(where: { $0.isPossessor && named.contains($0.actor) && $0.end <= cue.token }) {
                        named.formUnion(usable.filter { $0.group == owner.group && !$0.actor.hasPrefix("agreement:") }.map(\.actor))
                    }
                    if named.count >= 2 {
                        parties = named.sorted()
                    } else {
                        guard !with.isEmpty, !owner.isEmpty else { return [] }
                        parties = (owner + with).map(\.actor)
                    }
                } else {
                    let agent = passive ? usable.filter { $0.role == .prep(.agent) } : []
                    let candidates = usable.filter { !$0.actor.hasPrefix("agreement:") }
                    var subject = subjectGroup(candidates)
                    if doc.language == .en, let near = candidates.filter(\.isPlain).last(where: { $0.end <= cue.token }) {
                        subject = candidates.filter { $0.group == near.group }
                    }
                    parties = agent.isEmpty ? subject.map(\.actor) : agent.map(\.actor)
                    if parties.isEmpty { parties = inherited.map(\.actor) }
                    // "signed an agreement with Manila": the other party
                    parties += usable.filter { $0.role == .prep(.with) && !$0.actor.hasPrefix("agreement:") }.map(\.actor)
                }
                // people sign for their state
                parties = parties.compactMap { $0.hasPrefix("person:") ? personState[$0] : $0 }
                return Array(Set(parties)).sorted().map { rel($0, agr) }
            }

            // Source.
            var source: [Argument] = []
            var target: [Argument] = []
            let plain = usable.filter { $0.isPlain && !$0.actor.hasPrefix("agreement:") }

            // "authorities in the east backed by the LNA": a participle with its agent and no auxiliary
            // describes the noun before it; with no actor there, there is no relation
            if doc.language == .en, cue.entry.cueClass == .verb, !passive, toks[cue.token].lower.hasSuffix("ed"), cueEnd < c.tokens.upperBound,
               toks[cueEnd].lower == "by", !(c.tokens.lowerBound..<cue.token).contains(where: { isA($0, .passiveAux) }) {
                let agent = usable.filter { $0.role == .prep(.agent) && $0.start > cue.token }
                guard let first = agent.first, let head = usable.last(where: { $0.end == cue.token && !$0.isPossessor }) else { return [] }
                return usable.filter { $0.group == first.group && $0.role == .prep(.agent) }.map(\.actor).filter { $0 != head.actor }.map { rel($0, head.actor) }
            }
            if cue.entry.cueClass == .meet { return meetingVisits(usable, cue: cue, sentence: s) }
            if cue.entry.cueClass == .agent {
                // "Die USA sind Israels wichtigster Waffenlieferant", "Russia remains Syria's main backer"
                return copulaRelations(usable, plain: plain, cue: cue, rel: rel)
            }
            // "Hungary remains Moscow's closest partner": an alliance noun over a copula, like an agent noun
            if type == .alliance && cue.entry.cueClass == .noun, agentNounTarget(usable, cue: cue).allSatisfy({ $0.isPossessor && $0.end <= cue.token }) {
                let r = copulaRelations(usable, plain: plain, cue: cue, rel: rel)
                if !r.isEmpty { return r }
            }
            if isNoun && type == .sanction {
                // "setzte X auf ihre Sanktionsliste", "belegte X mit Sanktionen", "put X on its blacklist":
                // the noun is a prepositional complement; the subject sanctions the object before it
                var k = cue.token - 1
                while k > c.tokens.lowerBound && (isA(k, [.determiner, .nounMarker])
                                                  || (toks[k].isWord && !toks[k].isCapitalized && !isA(k, [.preposition, .coordinator]))) { k -= 1 }
                let subject = subjectGroup(plain)
                if k > c.tokens.lowerBound, let r = words.preps[toks[k].lower], r != .agent, r != .source, let first = subject.first,
                   let obj = plain.last(where: { $0.end <= k && $0.group != first.group }), obj.start > first.end {
                    source = subject
                    target = plain.filter { $0.group == obj.group }
                }
            }
            if isNoun, !passive, [.support, .militarySupport, .armsSupply].contains(type), let r = withAid(cue: cue, type: type, usable: usable, plain: plain, clause: c, inherited: inherited, rule: rule, sentence: s) {
                return r
            }
            if isNoun && !(type == .sanction && !source.isEmpty) {
                // "EU-Hilfen für die Ukraine", "US-Militärhilfe für Israel", "EU-Sanktionen gegen Russland": the compound names the giver
                if [.support, .armsSupply, .militarySupport, .sanction].contains(type),
                   let giver = usable.first(where: { $0.start == cue.token && $0.mention.form == .compoundPart }),
                   usable.contains(where: { $0.start > cue.token && isTargetRole($0.role, type, prepWord: $0.prepWord) }) {
                    source = [giver]
                }
                // possessor or adjective right before the noun: "Moskaus Krieg", "Russia's invasion", "russische Invasion"
                // ("treaty allies": an agreement before the noun is no side of it)
                // (a plain actor before an article is the clause's, not the noun's: "die Türkei den Nato-Beitritt")
                if source.isEmpty || source.first?.start != cue.token,
                   let pos = usable.last(where: { $0.end <= cue.token && onlyModifiers(between: $0.end, and: cue.token) }), !pos.actor.hasPrefix("agreement:"),
                   !(pos.isPlain && pos.mention.form != .adjective && doc.language == .de && (pos.end..<cue.token).contains(where: { isA($0, .determiner) })),
                   pos.role == .plain || pos.isPossessor || pos.modifiesCue || pos.mention.form == .compoundPart {
                    if pos.mention.form == .compoundPart {
                        target = [pos]
                    } else if pos.isPlain {
                        source = usable.filter { $0.group == pos.group }
                    } else {
                        source = [pos]
                    }
                }
                // "ist seit 2023 Nato-Mitglied", "Russlands Ukraine-Krieg": the actor in the cue compound is its target
                if target.isEmpty, cue.entry.cueClass == .noun, source.allSatisfy({ $0.start != cue.token }),
                   let own = usable.first(where: { $0.start == cue.token && $0.mention.form == .compoundPart }) {
                    target = [own]
                }
                // nationality on the troops or arms: "nordkoreanische Soldaten"
                if (type == .militarySupport || type == .armsSupply), source.isEmpty,
                   let nat = usable.first(where: { $0.mention.form == .adjective && $0.end == cue.token }) {
                    source = [nat]
                }
                // genitive after the noun: "Waffenlieferungen Irans an Russland" (source) / "Unterstützung der Armee" (target)
                let after = usable.first { $0.phraseStart == cueEnd && $0.role == .plain }
                let markedTarget = usable.first { $0.start > cue.token && isTargetRole($0.role, type, prepWord: $0.prepWord) && !attachedToOtherCue($0, type, c, except: cue.token) }
                if let a = after {
                    if markedTarget != nil && source.isEmpty {
                        source = [a]
                    } else if target.isEmpty && (type != .conflict || !source.isEmpty) {
                        // "Kämpfe der Regierung" names the fighter, "Invasion der Ukraine" the invaded: only with a source
                        target = usable.filter { $0.group == a.group }
                    }
                }
                if target.isEmpty, let t = markedTarget { target = usable.filter { $0.group == t.group && isTargetRole($0.role, type, prepWord: $0.prepWord) } }
                if source.isEmpty, [.support, .armsSupply, .militarySupport].contains(type),
                   let from = usable.first(where: { $0.start > cue.token && $0.role == .prep(.source) }) {
                    // "Unterstützung für Chișinău kommt aus Brüssel und Bukarest"
                    source = usable.filter { $0.group == from.group }
                }
                if source.isEmpty && (type == .visit || !inAdverbialPhrase(cue.token, c)) {
                    // the nearest plain actor before the noun, else the clause's subject, else inherited;
                    // a theme beside a verb belongs to the verb's subject ("Germany will provide Ukraine with Patriots")
                    let subjectFirst = subjectGroup(plain)
                    if type == .visit, inAdverbialPhrase(cue.token, c), !inherited.isEmpty || !subjectFirst.isEmpty {
                        // "who met Qassem during a trip to Beirut": the trip is the subject's
                        source = inherited.isEmpty ? subjectFirst : inherited
                    } else if cue.entry.cueClass == .theme, !isPassive(c, [cue]), let first = subjectFirst.first, first.end <= cue.token,
                       plain.contains(where: { $0.group != first.group && $0.start > first.end && $0.end <= cue.token }), inherited.isEmpty {
                        source = subjectFirst
                    } else if let near = plain.last(where: { $0.end <= cue.token && !target.map(\.actor).contains($0.actor) }),
                       !cuesBetween(near.end, cue.token, in: c) {
                        source = plain.filter { $0.group == near.group }
                    } else if !inherited.isEmpty {
                        source = inherited
                    } else if let subj = subjectGroup(plain).first, !target.map(\.actor).contains(subj.actor),
                              !cuesBetween(subj.end, cue.token, in: c) {
                        source = subjectGroup(plain)
                    }
                }
            } else if !isNoun {
                var agent = usable.first { $0.role == .prep(.agent) }
                // "von zwei Schiffen der chinesischen Küstenwache beschossen": the agent inside the von/by phrase
                if passive, agent == nil, let by = c.tokens.first(where: { ["von", "vom", "by"].contains(toks[$0].lower) && $0 < cue.token + 6 }),
                   let inner = usable.first(where: { $0.start > by && $0.start <= by + 6 && $0.start < max(cue.token, by + 1) + 6 && !$0.mention.isLocative }) {
                    agent = inner
                }
                if passive, let a = agent {
                    source = usable.filter { $0.role == .prep(.agent) }
                    if source.isEmpty { source = [a] }
                } else if passive && (type == .militarySupport || type == .armsSupply),
                          let nat = usable.first(where: { $0.mention.form == .adjective || $0.mention.form == .demonym }) {
                    source = [nat]
                } else {
                    var subj = subjectGroup(plain)
                    // English is subject-verb-object: the subject is the nearest actor phrase before its verb
                    if doc.language == .en {
                        if let near = plain.last(where: { $0.end <= cue.token }) {
                            subj = plain.filter { $0.group == near.group }
                        } else {
                            subj = []
                        }
                    }
                    source = inherited.isEmpty ? subj : inherited
                    if !inherited.isEmpty && !subj.isEmpty && subj.first!.start < cue.token && !(c.opener == "zu" || c.opener == "um" || c.opener == "to" || isInfinitive(c)) {
                        source = subj
                    }
                }
                if cue.entry.cueClass == .verbRecv && type == .visit {
                    // "Erdogan empfing Orbán in Ankara", "hosted Orban in Ankara": the guest visits the place, else the host's state
                    let hostActors = Set(source.map(\.actor))
                    let place = usable.first { $0.role == .prep(.location) && $0.mention.isLocative && $0.actor.hasPrefix("state:") }?.actor
                        ?? source.compactMap { $0.actor.hasPrefix("person:") ? personState[$0.actor] : ($0.actor.hasPrefix("state:") ? $0.actor : nil) }.first
                    let guests = plain.filter { !hostActors.contains($0.actor) && $0.start > cue.token && !$0.mention.isLocative && $0.actor.hasPrefix("person:") }
                    guard let host = place, !guests.isEmpty else { return [] }
                    let g = guests[0].group
                    return guests.filter { $0.group == g && $0.actor != host && (personState[$0.actor] ?? $0.actor) != host }.map { rel($0.actor, host) }
                }
                if cue.entry.cueClass == .verbRecv {
                    // "Russland erhielt Drohnen aus Iran": the subject receives; the source comes with from/aus/von
                    let giver = usable.first { $0.role == .prep(.source) || $0.role == .prep(.agent) }
                    if let g = giver {
                        target = source
                        source = usable.filter { $0.group == g.group }
                    } else {
                        return []
                    }
                }
            }
            let sourceActors = Set(source.map(\.actor))
            if target.isEmpty {
                let sourceGroup = source.first.map { $0.group } ?? -99
                let objects = usable.filter {
                    ($0.isPlain || ($0.modifiesCue && $0.role == .plain)) && !sourceActors.contains($0.actor) && $0.group != sourceGroup
                        && !$0.actor.hasPrefix("agreement:")
                }
                let markedAll = usable.filter { isTargetRole($0.role, type, prepWord: $0.prepWord) && !sourceActors.contains($0.actor) && !attachedToOtherCue($0, type, c, except: cue.token) }
                var pick: Argument?
                if isNoun {
                    pick = markedAll.first { $0.start > cue.token } ?? objects.first { $0.start >= cueEnd }
                    // "will provide Ukraine with two Patriot systems": a theme's receiver is the verb's object before it
                    if pick == nil, cue.entry.cueClass == .theme, let srcEnd = source.map(\.end).max() {
                        pick = objects.first { $0.start >= srcEnd && $0.end <= cue.token && !$0.isPossessor }
                    }
                } else {
                    // the candidate nearest the verb, after it in English; in an English passive the subject
                    // ("the Saudi embassy in Tehran was stormed by protesters")
                    // (English: an object of an infinitive after the verb is that verb's, unless it helps:
                    // "was sent by Moscow to shadow an Estonian boat" / "sent troops to help Ukraine")
                    func afterOtherInfinitive(_ a: Argument) -> Bool {
                        guard doc.language == .en, [.militarySupport, .armsSupply, .support].contains(type), a.start > cue.token + 2 else { return false }
                        return (cue.token + 1..<(a.start - 1)).contains { k in
                            toks[k].lower == "to" && toks[k + 1].isWord && !toks[k + 1].isCapitalized && !isA(k + 1, .determiner)
                                && !cueEntries(toks[k + 1], at: k + 1).contains { [.support, .militarySupport, .armsSupply, .alliance, type].contains($0.type) }
                        }
                    }
                    let all = (objects + markedAll).filter { (doc.language == .de || $0.start > cue.token || passive) && !afterOtherInfinitive($0) }
                    if passive && doc.language == .en, let subj = objects.first(where: { $0.isPlain && $0.end <= cue.token }) {
                        pick = subj
                    } else if type == .threat, let owner = usable.first(where: { $0.start > cue.token && $0.isPossessor && $0.role == .plain && !sourceActors.contains($0.actor) }),
                              all.allSatisfy({ $0.start >= owner.start }) {
                        // "threatened to block Sweden's bid to join NATO": whose bid
                        pick = owner
                    } else if type == .conflict, let against = markedAll.first(where: { ["gegen", "against"].contains($0.prepWord ?? "") }) {
                        // "Im Sudan kämpft die Armee gegen die RSF": who it is against, not where
                        pick = against
                    } else {
                        pick = all.min { abs($0.start - cue.token) < abs($1.start - cue.token) }
                    }
                }
                if let t = pick {
                    target = usable.filter { $0.group == t.group && !sourceActors.contains($0.actor) && ($0.isPlain || $0.modifiesCue || isTargetRole($0.role, type, prepWord: $0.prepWord)) }
                }
            }
            if target.isEmpty && !isNoun && type == .militarySupport, RelationFinder.stationVerbs.contains(toks[cue.token].lower),
               let place = usable.first(where: { $0.role == .prep(.location) && $0.actor.hasPrefix("state:") || $0.role == .prep(.location) && $0.actor.hasPrefix("org:") }),
               !sourceActors.contains(place.actor) {
                // "Russland hat Truppen in Transnistrien stationiert", "soldiers are deployed in Mali": the host is helped
                target = [place]
            }
            if target.isEmpty && !isNoun && (type == .militarySupport || type == .armsSupply),
               let g = usable.first(where: { a in
                   a.isPossessor && a.phraseStart - 1 >= c.tokens.lowerBound && !sourceActors.contains(a.actor)
                       && cueEntries(toks[a.phraseStart - 1], at: a.phraseStart - 1).contains { $0.type == .support && $0.cueClass == .noun }
               }) {
                // "Soldaten wurden zur Unterstützung Russlands entsandt", "troops sent in support of Russia"
                target = [g]
            }
            if target.isEmpty && !isNoun && !passive && cue.entry.cueClass == .verb,
               let pos = usable.first(where: { $0.isPossessor && $0.start > cue.token && !sourceActors.contains($0.actor) && !$0.mention.form.isPronounLike
                   && ($0.role == .plain || $0.role == .prep(.target)) && !$0.mention.isLocative }),
               // not when the noun names other actors: "criticised Ukraine's arms suppliers", "Russia's allies"
               !namesOtherActors(after: pos.end, in: c) {
                // "condemned Israel's strikes", "backed Islamabad's proposal": the possessor of the object
                target = [pos]
            }
            if target.isEmpty && !isNoun && !passive && type == .accusation && cue.entry.cueClass == .verb,
               let by = usable.first(where: { $0.start > cue.token && $0.role == .prep(.agent) && !sourceActors.contains($0.actor) }),
               !usable.contains(where: { $0.start > cue.token && $0.start < by.start }) {
                // "condemned the attack by the RSF on El Fasher", "verurteilte den Angriff der Miliz": the doer of what is condemned
                target = usable.filter { $0.group == by.group }
            }
            if target.isEmpty && !isNoun && type == .threat,
               let t = usable.first(where: { $0.start > cue.token && $0.role == .prep(.target) && !sourceActors.contains($0.actor) && !$0.actor.hasPrefix("agreement:") }) {
                // "threatened a new ground offensive against the SDF", "droht mit einer Offensive gegen die SDF": the threatened is the attack's target
                target = usable.filter { $0.group == t.group && $0.role == .prep(.target) }
            }
            if target.isEmpty && !isNoun && (type == .threat || type == .accusation || type == .request),
               clauseIndex + 1 < clauses.count, let o = clauses[clauseIndex + 1].opener, ["that", "dass", "daß"].contains(o),
               // the verb's own complement, not a relative clause on a later noun ("urged them to implement the consensus that …")
               !(cueEnd..<clauses[clauseIndex + 1].tokens.lowerBound).contains(where: { k in mentionTokens.contains(k) || (doc.language == .en && toks[k].lower == "to") }) {
                // "warned that it could strike Iranian nuclear sites": the threatened actor is in the warning
                let next = arguments(clauses[clauseIndex + 1], excluding: [])
                if let t = next.first(where: { !sourceActors.contains($0.actor) && !$0.mention.form.isPronounLike && ($0.isPlain || $0.modifiesCue || $0.role == .prep(.target) || $0.role == .prep(.location)
                    || (type == .threat && $0.role == .prep(.source))) }) {
                    target = [t]
                }
            }
            if type == .threat && target.isEmpty && clauseIndex + 1 < clauses.count,
               let first = clauses[clauseIndex + 1].tokens.first(where: { toks[$0].isWord }) {
                let next = clauses[clauseIndex + 1]
                let lead = toks[first].lower
                let infinitive = ["zu", "to", "um"].contains(next.opener ?? "") || isInfinitive(next)
                if RelationFinder.conditionals.contains(lead) || infinitive {
                    // "would take resolute measures if the Philippines continued …": whom the condition names;
                    // "drohte, den Nato-Beitritt Schwedens zu blockieren": whom the threatened act is against
                    if let t = nextClauseTarget(after: clauseIndex, clauses, excluding: sourceActors, accept: { a in
                        a.isPlain || a.isPossessor || isTargetRole(a.role, type, prepWord: a.prepWord) || a.prepWord == "von" || a.prepWord == "of" }) {
                        target = [t]
                    }
                }
            }
            // "in protest at France's support for Morocco", "protested against Russia's decision": whose act is protested
            if type == .accusation, !isNoun, let owner = usable.first(where: { $0.start > cue.token && $0.isPossessor && !sourceActors.contains($0.actor)
                    && ["at", "against", "over", "gegen", "über"].contains($0.prepWord ?? "") }) {
                target = [owner]
            }
            if target.isEmpty && !isNoun && type == .accusation, clauseIndex + 1 < clauses.count,
               let first = clauses[clauseIndex + 1].tokens.first(where: { toks[$0].isWord }), RelationFinder.reasonOpeners.contains(toks[first].lower) {
                // "Japan protests after Chinese survey ship enters its waters": the accused is in the reason
                if let t = nextClauseTarget(after: clauseIndex, clauses, excluding: sourceActors) {
                    target = [t]
                }
            }
            if target.isEmpty && (type == .militarySupport || type == .support || type == .armsSupply) {
                // "X schickt Soldaten, um Y zu helfen": the purpose clause names who is helped (if it helps:
                // "was sent by Moscow to shadow an Estonian navy patrol boat" helps no one)
                if clauseIndex + 1 < clauses.count, let o = clauses[clauseIndex + 1].opener, ["um", "to", "zur", "zum"].contains(o),
                   clauses[clauseIndex + 1].tokens.contains(where: { k in cueEntries(toks[k], at: k).contains { [.support, .militarySupport, .armsSupply, .alliance].contains($0.type) } }) {
                    let next = arguments(clauses[clauseIndex + 1], excluding: [])
                    if let t = next.first(where: { !sourceActors.contains($0.actor) && ($0.isPlain || isTargetRole($0.role, type)) }) {
                        target = [t]
                    }
                }
            }
            // Denials: explicit object, or the claimant of the claim they deny (resolved per sentence).
            if type == .denial {
                let srcs = source.isEmpty ? inherited : source
                // "Rwanda denies backing the M23 rebels", "bestreitet, die Rebellen zu unterstützen": what is denied is the
                // relation after the verb; the denial answers whoever claims it
                if deniedContent(after: cue, in: c) != nil {
                    return Array(Set(srcs.map(\.actor))).sorted().map { rel($0, "?claimant") }
                }
                var explicit = target.filter { !$0.actor.hasPrefix("agreement:") }
                // "die Vorwürfe Kiews", "die Vorwürfe aus Warschau", "the Israeli accusations", "Washington's claims"
                if let claim = c.tokens.first(where: { isA($0, .claimNoun) }) {
                    let srcActors = Set(srcs.map(\.actor))
                    let attached = usable.filter { a in
                        !srcActors.contains(a.actor) && (
                            (a.phraseStart == claim + 1 && a.role == .plain)
                            || (a.phraseStart == claim + 2 && (a.role == .prep(.source) || a.role == .prep(.agent)))
                            || (a.end == claim && (a.mention.form == .adjective || a.isPossessor))
                            || (a.end + 1 == claim && a.isPossessor))
                    }
                    if !attached.isEmpty { explicit = attached }
                    else if explicit.contains(where: { $0.start > claim }) == false { explicit = explicit.filter { $0.start < claim } }
                }
                if explicit.isEmpty {
                    return Array(Set(srcs.map(\.actor))).sorted().map { rel($0, "?claimant") }
                }
                var out: [Relation] = []
                for a in Set(srcs.map(\.actor)).sorted() { for b in Set(explicit.map(\.actor)).sorted() { out.append(rel(a, b)) } }
                return out
            }
            // "India and Pakistan accuse each other", "Israel und die Hamas geben sich gegenseitig die Schuld":
            // a coordinated subject acting on itself gives the relation both ways
            let subjectActors = Array(Set(source.map(\.actor))).sorted()
            if subjectActors.count >= 2, RelationFinder.reciprocalTypes.contains(type),
               target.allSatisfy({ sourceActors.contains($0.actor) || $0.actor.hasPrefix("agreement:") }), isReciprocal(c) {
                var out: [Relation] = []
                for a in subjectActors { for b in subjectActors where a != b { out.append(rel(a, b)) } }
                return out
            }
            // Coordinated subject with no target: "Russland und Nordkorea sind Verbündete" (symmetric types).
            if target.isEmpty && source.count >= 2 && (type == .alliance || type == .conflict) {
                let uniq = Array(Set(source.map(\.actor))).sorted()
                if uniq.count >= 2 { return [rel(uniq[0], uniq[1])] }
            }
            guard !source.isEmpty, !target.isEmpty else { return [] }
            var out: [Relation] = []
            for a in Set(source.map(\.actor)).sorted() {
                for b in Set(target.map(\.actor)).sorted() where a != b {
                    out.append(rel(a, b))
                }
            }
            // mutual statements: "gegenseitige militärische Unterstützung"
            if c.tokens.contains(where: { isA($0, .mutual) }) && (type == .militarySupport || type == .support) {
                out += out.map { rel($0.target, $0.source) }
            }
            return out
        }

        /// "The rebels took the town with the support of Rwanda", "mit Unterstützung Moskaus", "with Russian help",
        /// "Mit Hilfe der Türkei drängte die Regierung …": the helper named at the aid noun helps the clause's subject.
        /// Troops or weapons in the clause make it military support or arms supply.
        func withAid(cue: Cue, type: EdgeType, usable: [Argument], plain: [Argument], clause c: Clause, inherited: [Argument],
                     rule: String, sentence s: Sentence) -> [Relation]? {
            var k = cue.token - 1
            var steps = 0
            while k > c.tokens.lowerBound && steps < 4 && toks[k].isWord && !RelationFinder.withWords.contains(toks[k].lower)
                    && !isA(k, .preposition) && !cueEntries(toks[k], at: k).contains(where: { $0.cueClass == .verb || $0.cueClass == .verbRecv }) {
                k -= 1
                steps += 1
            }
            guard k >= c.tokens.lowerBound, RelationFinder.withWords.contains(toks[k].lower) else { return nil }
            let marker = k
            // "were driven back with the help of Turkish troops": the helped one is the passive's hidden agent
            let passiveClause = c.tokens.contains { j in
                guard isA(j, .passiveAux) else { return false }
                if doc.language == .de { return ["wurde", "wurden", "worden"].contains(toks[j].lower) }
                guard j + 1 < c.tokens.upperBound else { return false }
                let w = toks[j + 1].lower
                return w.hasSuffix("ed") || w.hasSuffix("en") || RelationFinder.irregularParticiples.contains(w)
            }
            if passiveClause { return [] }
            let cueEnd = cue.token + cue.length
            // the helper: an adjective or possessor before the noun, or the actor phrase right after it
            var helper = usable.filter { $0.start > marker && $0.end <= cue.token && ($0.mention.form == .adjective || $0.isPossessor || $0.mention.form == .compoundPart) }
            if helper.isEmpty, let after = usable.first(where: { $0.start >= cueEnd && $0.phraseStart <= cueEnd + 1 && ($0.isPlain || $0.isPossessor) }) {
                helper = usable.filter { $0.group == after.group }
            }
            guard !helper.isEmpty else { return nil }
            let helpers = Set(helper.map(\.actor))
            let candidates = plain.filter { !helpers.contains($0.actor) && !($0.start > marker && $0.start < cueEnd + 6) }
            var beneficiary = subjectGroup(candidates)
            if beneficiary.isEmpty { beneficiary = inherited.filter { !helpers.contains($0.actor) } }
            guard !beneficiary.isEmpty else { return nil }
            var t = type
            if t == .support {
                let themes = c.tokens.flatMap { k in cueEntries(toks[k], at: k).filter { $0.cueClass == .theme }.map(\.type) }
                if themes.contains(.militarySupport) { t = .militarySupport }
                else if themes.contains(.armsSupply) { t = .armsSupply }
            }
            var out: [Relation] = []
            for a in helpers.sorted() {
                for b in Set(beneficiary.map(\.actor)).sorted() where a != b {
                    out.append(Relation(type: t, source: a, target: b, sentence: s.index, rule: "with-aid:" + rule))
                }
            }
            return out
        }

        /// The actor a relative clause refers to: the mention right before its comma; a title's state there
        /// ("Envoy Ana Ruiz of Spain, who …") stands for the person the title belongs to.
        /// The first actor of the clause after `ci` that names a target there (a threat's condition or
        /// threatened act, a protest's reason): no actor of `excluded`, no pronoun, place or agreement, and
        /// one that `accept` takes.
        func nextClauseTarget(after ci: Int, _ clauses: [Clause], excluding excluded: Set<String>, accept: (Argument) -> Bool = { _ in true }) -> Argument? {
            guard ci + 1 < clauses.count else { return nil }
            return arguments(clauses[ci + 1], excluding: []).first { a in
                !excluded.contains(a.actor) && !a.mention.form.isPronounLike && !a.mention.isLocative && !a.actor.hasPrefix("agreement:") && accept(a)
            }
        }

        func relativeAntecedent(_ c: Clause, _ s: Sentence) -> Mention? {
            let ms = mentionsBySentence[s.index] ?? []
            guard let last = ms.last(where: { mentions[$0].tokens.upperBound == c.tokens.lowerBound - 1 }) else { return nil }
            if !mentions[last].inTitle { return mentions[last] }
            // the person before the title's state, with only title words between
            guard let person = ms.last(where: { mentions[$0].tokens.upperBound <= mentions[last].tokens.lowerBound && !mentions[$0].inTitle }),
                  mentions[person].actor.hasPrefix("person:"), mentions[last].tokens.lowerBound - mentions[person].tokens.upperBound <= 3 else { return nil }
            return mentions[person]
        }

        /// "the Libyan National Army (LNA)": the name in brackets after a mention of the same actor repeats it.
        func isBracketedName(_ idx: Int) -> Bool {
            let m = mentions[idx]
            let open = m.tokens.lowerBound - 1
            guard open > 0, toks[open].text == "(", m.tokens.upperBound < toks.count, toks[m.tokens.upperBound].text == ")" else { return false }
            return (mentionsBySentence[m.sentence] ?? []).contains { mentions[$0].tokens.upperBound == open && mentions[$0].actor == m.actor }
        }

        /// The token of a relation cue that a denial verb governs in its own clause: an English gerund right
        /// after it ("denies backing", "denied supplying") or a German infinitive with "zu" ("bestreitet, … zu unterstützen"
        /// is a clause of its own and inherits the subject anyway).
        func deniedContent(after cue: Cue, in c: Clause) -> Int? {
            guard cue.entry.cueClass == .verb, doc.language == .en else { return nil }
            var k = cue.token + cue.length
            if k < c.tokens.upperBound, ["ever", "having", "any"].contains(toks[k].lower) { k += 1 }
            guard k < c.tokens.upperBound, toks[k].lower.hasSuffix("ing"),
                  cueEntries(toks[k], at: k).contains(where: { $0.type != .denial && $0.type != .represents && ($0.cueClass == .verb || $0.cueClass == .verbRecv) }) else { return nil }
            return k
        }

        /// A person named up to `within` tokens after the mention, in its sentence ("Katars Ministerpräsident … Scheich Mohammed").
        func personNamed(after m: Mention, within: Int) -> Bool {
            (mentionsBySentence[m.sentence] ?? []).contains { k in
                let o = mentions[k]
                return o.actor.hasPrefix("person:") && o.tokens.lowerBound >= m.tokens.upperBound && o.tokens.lowerBound <= m.tokens.upperBound + within
            }
        }

        /// "each other", "one another", "gegenseitig", "einander" in the clause.
        func isReciprocal(_ c: Clause) -> Bool {
            c.tokens.contains { k in
                isA(k, .mutual) || RelationFinder.exchangeVerbs.contains(toks[k].lower)
                    || (toks[k].lower == "other" && k > c.tokens.lowerBound && toks[k - 1].lower == "each")
                    || (toks[k].lower == "another" && k > c.tokens.lowerBound && toks[k - 1].lower == "one")
            }
        }

        /// An agent (or alliance) noun linked by a copula to the subject: "X ist Ys wichtigster Waffenlieferant".
        func copulaRelations(_ usable: [Argument], plain: [Argument], cue: Cue, rel: (String, String) -> Relation) -> [Relation] {
            let tgt = agentNounTarget(usable, cue: cue)
            guard !tgt.isEmpty else { return [] }
            let tActors = Set(tgt.map(\.actor))
            guard let subj = plain.last(where: { $0.end <= cue.token && !tActors.contains($0.actor) }),
                  let phrase = tgt.map(\.start).min(), phrase >= subj.end, min(phrase, cue.token) - subj.end <= 7 else { return [] }
            // adjectives after the article: "Iran ist der wichtigste Unterstützer der Hisbollah"
            let article = (subj.end..<min(phrase, cue.token)).first { isA($0, .determiner) } ?? Int.max
            guard
                  // a copula links them, and no other verb or actor stands between: "X ist seit Jahren Ys …"
                  // (other words between are adverbs of the copula or capitalized nouns: "ist seit Jahren"; "has long objected to" is no copula)
                  (subj.end..<min(phrase, cue.token)).allSatisfy({ k in (toks[k].isWord || toks[k].kind == .number) && (cueEntries(toks[k], at: k).isEmpty || k > article && !toks[k].isCapitalized) && !plain.contains { $0.mention.tokens.contains(k) }
                      && (isA(k, .copula) || isA(k, .determiner) || toks[k].kind == .number || (toks[k].isCapitalized && k > subj.end)
                          || (k > article && !toks[k].isCapitalized && (isA(k, .adjectiveEnding) || doc.language == .en))
                          || (doc.language == .en && toks[k].lower.hasSuffix("ly") && !toks[k].isCapitalized)) }),
                  (subj.end..<min(phrase, cue.token)).contains(where: { isA($0, .copula) }) else { return [] }
            var out: [Relation] = []
            for a in Set(plain.filter { $0.group == subj.group }.map(\.actor)).sorted() {
                for b in tActors.sorted() where a != b { out.append(rel(a, b)) }
            }
            return out
        }

        /// The actor an agent noun is about: its possessor ("Israels wichtigster Waffenlieferant", "Syria's
        /// backer") or its complement ("der wichtigste Waffenlieferant Israels", "the main backer of Assad").
        func agentNounTarget(_ args: [Argument], cue: Cue) -> [Argument] {
            let cueEnd = cue.token + cue.length
            if let pos = args.last(where: { $0.end <= cue.token && onlyModifiers(between: $0.end, and: cue.token) }), pos.isPossessor {
                return [pos]
            }
            if let a = args.first(where: { $0.phraseStart == cueEnd && ($0.role == .plain || ["of", "von", "für", "for", "to"].contains($0.prepWord ?? "")) }) {
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

        /// "traf Xi Jinping in Peking", "met Khamenei in Tehran": who meets in a place of a state and is not
        /// of that state visits it.
        func meetingVisits(_ args: [Argument], cue: Cue, sentence s: Sentence) -> [Relation] {
            let places = Set(args.filter { $0.role == .prep(.location) && $0.mention.isLocative && $0.actor.hasPrefix("state:") }.map(\.actor))
            guard places.count == 1, let place = places.first else { return [] }
            var out: [Relation] = []
            for a in args where a.isPlain || a.role == .prep(.with) {
                guard a.actor != place, !a.actor.hasPrefix("agreement:"), !a.mention.isLocative else { continue }
                // a person's state: an office in this article, else the lexicon's
                let known = lexicon.affiliations[a.actor].map(\.actor)
                let home = a.actor.hasPrefix("person:") ? personState[a.actor] ?? known : a.actor
                if home == place { continue }
                out.append(Relation(type: .visit, source: a.actor, target: place, sentence: s.index, rule: "meet:\(cue.entry.form)"))
            }
            return out
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
                    let transfer: Set<EdgeType> = [.armsSupply, .militarySupport]
                    // (a threatened attack names whom the threat is against: "mit einem Atomangriff auf Südkorea gedroht")
                    if !entries.isEmpty { return !entries.contains { $0.type == type || $0.cueClass == .theme && transfer.contains($0.type) && transfer.contains(type)
                        || type == .threat && $0.type == .conflict && threatVerb } }
                    if doc.language == .de { return false }
                }
                k -= 1
            }
            return false
        }

        /// The noun after a possessor names other actors: "Ukraine's (main) arms suppliers", "Russia's allies".
        func namesOtherActors(after end: Int, in c: Clause) -> Bool {
            guard let head = (end..<min(c.tokens.upperBound, end + 3)).first(where: { toks[$0].isWord && !["'s", "’s"].contains(toks[$0].text) }) else { return false }
            return (head..<min(c.tokens.upperBound, head + 2)).contains { k in
                cues(Clause(tokens: k..<min(c.tokens.upperBound, k + 2), opener: nil, appositions: [])).contains {
                    $0.token == k && ($0.entry.cueClass == .agent || ($0.entry.type == .alliance && $0.entry.cueClass == .noun))
                }
            }
        }

        /// A noun in an adverbial phrase ("nach den jüngsten Angriffen", "after the attacks"): it sets the
        /// scene, the clause's subject is not its actor.
        func inAdverbialPhrase(_ k: Int, _ c: Clause) -> Bool {
            guard toks[k].isWord, cueEntries(toks[k], at: k).contains(where: { $0.cueClass == .noun }) else { return false }
            var p = k - 1
            var steps = 0
            while p >= c.tokens.lowerBound && steps < 4 {
                let t = toks[p]
                // "nach" before a noun of an event is "after" ("nach den Angriffen"), not "to" ("nach Russland")
                if isA(p, .preposition), let r = words.preps[t.lower] { return r == .other || t.lower == "nach" }
                guard t.isWord, isA(p, [.determiner, .nounMarker]) || !t.isCapitalized else { return false }
                p -= 1
                steps += 1
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

        /// Another relation cue between two tokens of a clause.
        func cuesBetween(_ a: Int, _ b: Int, in c: Clause) -> Bool {
            guard a < b else { return false }
            // a signing verb with no agreement in the clause forges what the noun names ("have forged a close alliance")
            lazy var noAgreement = !(mentionsBySentence[toks[c.tokens.lowerBound].sentence] ?? []).contains { c.tokens.contains(mentions[$0].tokens.lowerBound) && mentions[$0].actor.hasPrefix("agreement:") }
            // a separable verb counts only with its particle ("sagte … zu"; "sagte" alone is no cue)
            // an actor's own words ("treaty" in "treaty allies", an agreement mention) are no cue between
            return (a..<b).contains { k in
                toks[k].isWord && !inAdverbialPhrase(k, c) && !mentionTokens.contains(k) && cueEntries(toks[k], at: k).contains { e in
                    e.cueClass != .reverse && e.cueClass != .qualify
                        // the actor's own forces right after it ("Israelische Truppen starteten eine Offensive")
                        && !(k == a && e.cueClass == .theme && e.type == .militarySupport)
                        && !(e.type == .partyTo && e.cueClass == .verb && noAgreement)
                        && !(k + 1 < b && toks[k + 1].lower == "sich" && RelationFinder.exchangeVerbs.contains(toks[k].lower))
                        && (e.particle.map { p in ((k + 1)..<clauseEndForParticle(c, k)).contains { toks[$0].lower == p } } ?? true)
                }
            }
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

        func agreementArg(_ args: [Argument], _ c: Clause) -> String? {
            args.first { $0.actor.hasPrefix("agreement:") }?.actor
        }

        /// The agreement named last in this sentence before `token` or in the one before.
        func recentAgreement(before token: Int, sentence s: Sentence) -> String? {
            for idx in (mentionsBySentence[s.index] ?? []).reversed() where mentions[idx].actor.hasPrefix("agreement:") && mentions[idx].tokens.lowerBound < token {
                return mentions[idx].actor
            }
            if s.index > 0 {
                for idx in (mentionsBySentence[s.index - 1] ?? []).reversed() where mentions[idx].actor.hasPrefix("agreement:") {
                    return mentions[idx].actor
                }
            }
            return nil
        }

        // MARK: agreements

        /// Unnamed agreements ("agreement:?defense-pact") get their id from their parties:
        /// `agreement:prk-rus-defense-pact`; unnamed agreements with the same parties are one agreement.
        func resolveAgreements() {
            let placeholders = Set(mentions.map(\.actor).filter { $0.hasPrefix("agreement:?") })
            guard !placeholders.isEmpty else { return }
            var parties: [String: Set<String>] = [:]
            for r in relations where r.type == .partyTo && r.target.hasPrefix("agreement:?") {
                parties[r.target, default: []].insert(partyCode(r.source))
            }
            // without a party_to edge: the states of the sentence that names it
            for p in placeholders where parties[p] == nil {
                if let m = mentions.first(where: { $0.actor == p }) {
                    let states = Set((mentionsBySentence[m.sentence] ?? []).map { mentions[$0].actor }.filter { $0.hasPrefix("state:") }.map(partyCode))
                    if states.count >= 2 && states.count <= 3 { parties[p] = states }
                }
            }
            // one id per party set; the most specific kind wins
            var byParties: [String: [String]] = [:]
            for (p, set) in parties { byParties[set.sorted().joined(separator: "-"), default: []].append(p) }
            var rename: [String: String] = [:]
            let generic: Set<String> = ["agreement", "treaty", "deal", "accord", "pact"]
            for (key, ps) in byParties {
                let kinds = ps.map { String($0.dropFirst("agreement:?".count)) }.sorted()
                let kind = kinds.first { !generic.contains($0) } ?? kinds[0]
                let id = "agreement:\(key)-\(kind)"
                for p in ps { rename[p] = id }
                let label = Self.replacingHyphens(kind, with: " ")
                newActors[id] = ActorInfo(id: id, kind: .agreement, label: "\(Self.replacingHyphens(key.uppercased(), with: "–")) \(label)")
            }
            for i in mentions.indices {
                if let n = rename[mentions[i].actor] { mentions[i].actor = n }
            }
            for i in relations.indices {
                if let n = rename[relations[i].target] { relations[i].target = n }
            }
            // placeholders without parties stay agreements of their kind
            for p in placeholders where rename[p] == nil {
                let id = "agreement:" + String(p.dropFirst("agreement:?".count))
                for i in mentions.indices where mentions[i].actor == p { mentions[i].actor = id }
                for i in relations.indices where relations[i].target == p { relations[i].target = id }
                newActors[id] = ActorInfo(id: id, kind: .agreement, label: Self.replacingHyphens(String(p.dropFirst("agreement:?".count)), with: " "))
            }
        }

        /// `s.replacingOccurrences(of: "-", with: r)`; for ASCII text (every byte a Character of its own)
        /// without Foundation's search.
        static func replacingHyphens(_ s: String, with r: String) -> String {
            guard s.utf8.allSatisfy({ $0 < 0x80 }) else { return s.replacingOccurrences(of: "-", with: r) }
            return s.split(separator: "-", omittingEmptySubsequences: false).joined(separator: r)
        }

        func partyCode(_ id: String) -> String {
            if let c = id.split(separator: ":").last { return String(c) }
            return id
        }
    }
}
