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
        "bevor", "sobald", "solange", "indem", "obgleich", "wenngleich",
    ]
    static let clauseOpeners: Set<String> = [
        "dass", "daß", "weil", "obwohl", "sondern", "nachdem", "damit", "sodass", "falls", "ob", "inwieweit", "wobei", "um",
        "zu", "that", "because", "although", "whether", "while", "whereas", "but", "aber", "doch", "to", "und", "and",
        "der", "die", "das", "den", "dem", "which", "who", "whom", "wenn", "if", "als", "as", "während", "da",
        "bevor", "sobald", "solange", "indem", "obgleich", "wenngleich",
    ]
    /// English words that open a clause when an actor follows ("since Solomon Islands signed a pact") and are
    /// prepositions otherwise ("since 2022", "before the summit").
    static let temporalConjunctions: Set<String> = ["since", "when", "before", "until", "once"]
    static let subjectPronounsEN: Set<String> = ["he", "she", "it", "they", "we", "i", "you"]
    static let subjectPronounsDE: Set<String> = ["sie", "er", "es", "wir", "man"]
    static let inheritOpeners: Set<String> = ["um", "zu", "to", "und", "and", "sowie", "aber", "but", "sondern", "doch", "then", "dann"]
    static let boundaries: Set<String> = [",", ";", ":", "–", "—", "(", ")", "-", "[", "]"]
    static let quotes: Set<String> = ["„", "“", "”", "\"", "«", "»", "‚", "‘", "’"]
    /// First words of a plural apposition ("both NATO members", "beide Nato-Mitglieder").
    static let pluralQuantifiers: Set<String> = ["both", "all", "beide", "alle", "two", "zwei"]
    static let coordinators: Set<String> = ["und", "and", "sowie", "&", "oder", "or"]
    /// Verbs that link a subject to a noun that describes it ("ist", "remains"), and the adverbs that may stand between.
    static let copulas: Set<String> = ["ist", "sind", "war", "waren", "bleibt", "bleiben", "blieb", "blieben", "gilt", "gelten", "galt", "als",
                                       "is", "are", "was", "were", "remains", "remain", "remained", "became", "become", "becomes", "has", "been",
                                       "still", "noch", "immer", "weiterhin", "also", "auch", "now", "jetzt", "inzwischen", "long", "once", "einst", "seit", "jeher",
                                       // ("Palau zählt zu den Verbündeten Taiwans", "gehört zu den Mitgliedern des Forums")
                                       "zählt", "zählen", "zählte", "zählten", "gehört", "gehören", "gehörte", "gehörten",
                                       // (adverbs that may stand after it: "gehört zudem zu den wichtigsten Unterstützern der Ukraine")
                                       "zudem", "außerdem", "ebenfalls", "bereits", "schon", "längst", "traditionell", "likewise", "already", "traditionally"]
    /// Relations that accuse their source when someone else says them.
    static let accusingTypes: Set<EdgeType> = [.conflict, .armsSupply, .support, .threat]
    static let exemplifiers: Set<String> = ["wie", "such", "like", "including", "darunter", "namentlich"]
    static let irregularParticiples: Set<String> = ["sent", "sold", "built", "held", "struck", "fought", "hit", "shot", "brought", "given", "taken", "made", "seen", "led", "won", "lost", "told", "found", "dealt", "shipped", "supplied", "imposed", "sanctioned", "signed", "backed"]
    /// English verbs after which the reported clause starts ("Trump said the campaign …").
    static let speechVerbs: Set<String> = ["said", "says", "say", "told", "tells", "tell", "stated", "states", "claimed", "claims", "insisted", "insists", "believes", "believe", "believed", "argued", "argues", "noted", "wrote", "acknowledged", "admitted", "confirmed", "alleged", "alleges", "warned", "warns", "reported", "reports"]
    static let passiveAux: Set<String> = ["wurde", "wurden", "worden", "werden", "wird", "was", "were", "been", "being", "is", "are", "be", "seien", "sei", "würden"]
    /// "traded accusations", "exchanged fire", "lieferten sich Gefechte": an exchange goes both ways.
    static let exchangeVerbs: Set<String> = ["traded", "trade", "trades", "trading", "exchanged", "exchange", "exchanges", "exchanging", "tauschten", "tauschen", "lieferten", "liefern", "lieferte", "liefert", "liefere"]
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
    /// Agreement kinds (lexicon `agreement` records) whose parties are allies.
    static let allianceTreatyKinds = ["defense-pact", "partnership-treaty", "friendship-treaty"]
    /// Wars inside one state: an adjective or possessor on them names the place ("der sudanesische Bürgerkrieg").
    static let internalWarNouns = ["bürgerkrieg", "civil war"]
    /// Whether the ASCII text `text`, lower-cased, contains the lower-case ASCII `needle` (by bytes).
    static func asciiLowercasedContains(_ text: String, _ needle: String) -> Bool {
        var text = text, needle = needle
        return text.withUTF8 { t in
            needle.withUTF8 { n in
                if n.isEmpty { return true }
                guard n.count <= t.count else { return false }
                candidates: for start in 0...(t.count - n.count) {
                    for j in 0..<n.count {
                        let b = t[start + j]
                        if (b >= 0x41 && b <= 0x5A ? b | 0x20 : b) != n[j] { continue candidates }
                    }
                    return true
                }
                return false
            }
        }
    }
    /// Words that are prepositions and conjunctions both ("seit der Wahl" / "seit sie regiert").
    /// Edge types an attributive participle with its agent gives ("die vom Iran unterstützte Hamas"); of them,
    /// the kinds of help from any form of the verb, the others only from a participle's form.
    static let participleTypes: Set<EdgeType> = [.support, .armsSupply, .militarySupport, .alliance, .conflict, .sanction, .threat]
    static let participleHelpTypes: Set<EdgeType> = [.support, .armsSupply, .militarySupport, .alliance]
    static let agentPrepositionsDE: Set<String> = ["vom", "von"]
    static let adjectiveSuffixesDE = ["en", "em", "er", "es", "e"]
    /// Prepositions before a request noun that make it the reason of the act that follows ("at Niger's demand").
    static let behestPrepositions: Set<String> = ["at", "auf"]
    static let conjunctionPreps: Set<String> = ["seit", "während", "bis", "since", "until", "after", "before", "while"]
    /// Prepositions that make an agreement the ground of a relation ("seit der Erklärung von Schuscha verbündet").
    static let agreementBasisPreps: Set<String> = ["seit", "since", "under", "unter", "durch", "through", "by"]
    /// German articles after "in" that make it a direction ("in den Tschad", "in die Ukraine"), not a place.
    static let accusativeArticles: Set<String> = ["den", "die", "das"]
    /// Alliance cue forms that call someone an ally: with them a person is an ally too ("a close ally of Trump").
    static let allyForms: Set<String> = ["ally", "allies", "verbündeter", "verbündete", "verbündeten", "verbündetem"]
    /// A cue of close ties ("enge Beziehungen", "close ties", "closer relations"): its last word is one of the
    /// lexicon's `ties` words.
    static func isTiesCue(_ form: String, _ words: Lexicon.Words) -> Bool {
        guard !words.tiesWords.isEmpty, let last = form.split(separator: " ").last else { return false }
        return words.tiesWords.contains(String(last).lowercasedFast())
    }
    /// Words of a partitive between a copula and its noun ("is one of Serbia's closest allies", "among").
    static let partitiveWords: Set<String> = ["one", "of", "among", "einer", "eine", "eines", "zu"]
    /// German articles and pronouns of the dative only: the noun phrase they open is no subject.
    static let dativeDeterminers: Set<String> = ["dem", "einem", "diesem", "jenem", "seinem", "ihrem", "unserem", "keinem"]
    /// Arms verbs whose object receives the arms ("arming fighters"): personnel after them is no theme.
    static let armingVerbs: Set<String> = ["arm", "arms", "armed", "arming", "bewaffnen", "bewaffnet", "bewaffnete", "bewaffneten", "bewaffne", "zu bewaffnen", "aufrüsten", "aufgerüstet", "aufzurüsten"]
    /// Words of fighting each other: the side after "with"/"mit" is the other side ("clashed with", "Gefechte mit").
    static let mutualFightWords: Set<String> = ["clash", "clashes", "clashed", "clashing", "fight", "fights", "fought", "fighting", "battle", "battles",
                                                "battled", "battling", "war", "wars", "hostilities", "skirmish", "skirmishes", "skirmished", "gefecht",
                                                "gefechte", "gefechten", "feuergefecht", "feuergefechte", "feuergefechten", "kämpfe", "kämpfen", "kämpft",
                                                "kämpfte", "kämpften", "gekämpft", "krieg", "kriege", "kriegs", "zusammenstöße", "zusammenstößen", "scharmützel",
                                                "führt", "führen", "führte", "führten", "geführt"]
    /// First words of a German pair phrase in the genitive ("beider Länder", "der beiden Staaten"): after a noun, its owners.
    static let genitivePairWords: Set<String> = ["beider", "der"]
    /// Indefinite articles: a noun phrase that introduces something not named before.
    static let indefiniteArticles: Set<String> = ["a", "an", "ein", "eine", "einen", "einem", "einer", "eines"]
    /// Possessive pronouns that open a coordinated title ("and his Somali counterpart", "und sein Amtskollege").
    /// Support cue forms that name a right to self-defence ("right to defend itself", "Recht auf Selbstverteidigung").
    static func isSelfDefenceForm(_ form: String) -> Bool {
        let f = form.lowercased()
        return f.hasPrefix("right to") || f.hasPrefix("right of") || f.contains("selbstverteidigung")
    }
    /// Support verbs that, reflexive, defend oneself against an attacker ("defends itself against", "verteidigt sich gegen").
    static let defendVerbs: Set<String> = ["defend", "defends", "defended", "defending", "verteidigen", "verteidigt", "verteidigte", "verteidigten", "verteidige"]
    /// "will keep its border with Benin closed": a verb that keeps a tie in the state a participle after it names.
    static let keepVerbs: Set<String> = ["keep", "keeps", "kept", "keeping", "remain", "remains", "remained", "stay", "stays", "stayed"]
    /// "During a visit to Rabat, …", "Bei einem Besuch in Kiew, …": prepositions of an occasion that opens a sentence.
    static let occasionPreps: Set<String> = ["during", "on", "at", "while", "bei", "beim", "während", "auf"]
    static let possessivePronouns: Set<String> = ["his", "her", "its", "their", "sein", "seine", "seinem", "seinen", "seiner", "ihr", "ihre", "ihrem", "ihren", "ihrer"]
    /// Auxiliaries and infinitive markers: a phrase with one holds a verb, so it is no apposition.
    static let verbMarkers: Set<String> = ["zu", "haben", "hat", "hatte", "hatten", "ist", "sind", "war", "waren", "wurde", "wurden", "sein", "werden", "wird",
                                           "werde", "würde", "würden", "habe", "hätten", "hätte", "sei", "seien", "könne", "könnte", "könnten", "solle", "müsse",
                                           "to", "has", "have", "had", "is", "was", "were", "been", "will", "would"]
    /// Modals of obligation after a reported subject: what it must do is demanded of it ("X must withdraw", "X müsse abziehen").
    static let demandModals: Set<String> = ["must", "should", "müsse", "müssten", "solle", "sollten", "sollte"]
    /// Words after the modal (or ending the clause) that make the subject the one acted on ("must be punished", "bestraft werden").
    static let passiveAfterModal: Set<String> = ["be", "werden", "worden", "not", "nicht", "never", "nie", "niemals", "kein", "keine"]
    /// Verbs after a demand modal that name no act asked of the subject but a wish or forecast ("Ukraine must win", "Russland
    /// müsse verlieren", "must have the right to defend itself", "should become a member").
    static let demandNonActs: Set<String> = ["win", "lose", "prevail", "fail", "remain", "stay", "get", "receive", "have", "become", "disappear",
                                             "survive", "succeed", "exist", "gewinnen", "verlieren", "siegen", "scheitern", "bleiben", "bekommen",
                                             "erhalten", "haben", "werden", "verschwinden", "überleben", "bestehen", "sein"]
    /// The required words of the lexicon's cues of taking someone to court ("took X to the ICJ").
    static let courtWords: Set<String> = ["court", "tribunal", "icj"]
    /// Accusing adjectives that say who is to blame ("X is responsible for", "verantwortlich"), not whom X accuses.
    static let blameAdjectives: Set<String> = ["responsible", "to blame", "culpable", "verantwortlich", "schuld"]
    /// Words of a threat against oneself ("threatened to resign", "drohte mit seinem Rücktritt").
    static let selfDirectedThreats: Set<String> = ["resign", "resignation", "quit", "rücktritt", "zurückzutreten", "hunger", "hungerstreik"]
    /// German subjunctive auxiliaries of reported speech ("Estland werde … bereuen", "die Türkei könne …").
    static let reportedSpeechAuxiliaries: Set<String> = ["werde", "würde", "würden", "werden", "könne", "könnten", "müsse", "müssten", "solle", "dürfe", "wolle"]
    /// German subjunctive auxiliaries of reported speech ("habe", "hätten", "sei"): a clause with one reports what someone said.
    static let subjunctivesDE: Set<String> = ["habe", "hätte", "hätten", "sei", "seien", "wäre", "wären", "werde", "würde", "würden", "verletze", "verstoße", "missachte", "untergrabe"]
    /// Evidence nouns: negated, their that-clause is no fact ("There is no evidence that …").
    static let evidenceNouns: Set<String> = ["evidence", "proof", "indication", "indications", "sign", "signs", "beweis", "beweise", "belege", "beleg", "hinweis", "hinweise", "anzeichen", "indizien"]
    /// Verbs of paying for something, whose place is helped ("finances a hospital in Paraguay").
    static let fundingVerbs: Set<String> = ["finance", "finances", "financed", "financing", "fund", "funds", "funded", "funding", "bankroll", "bankrolls",
                                            "bankrolled", "finanzieren", "finanziert", "finanzierte", "finanzierten", "finanziere"]
    /// German nouns for a state that may stand before its name ("das Nachbarland Moldau", "der Inselstaat Fidschi").
    static let stateNounsDE: Set<String> = ["land", "nachbarland", "nachbarstaat", "staat", "inselstaat", "königreich", "emirat", "golfstaat",
                                            "golfemirat", "karibikstaat", "pazifikstaat", "binnenstaat", "bruderland", "partnerland", "nachbarn"]
    static let governmentNouns: Set<String> = ["regierung", "führung", "behörden", "machthaber", "junta", "government", "authorities", "leadership", "administration", "regime", "armee", "army", "militär", "military", "streitkräfte", "forces",
                                                 // ("Qatar's coast guard detained", "Sri Lanka's navy arrested": the state acts through them too)
                                                 "navy", "guard", "marine", "küstenwache", "police", "polizei", "luftwaffe",
                                                 // ("ein Gericht in Moskau verurteilte", "a court in Ningbo sentenced": a court of a state)
                                                 "gericht", "court"]
    /// Words before an English cue that make it a noun ("a demand", "the strikes", "that charge").
    static let nounMarkers: Set<String> = ["a", "an", "the", "this", "that", "these", "those", "its", "their", "his", "her", "our", "any", "further", "new", "fresh", "such"]

    /// Word classes of the words the lexicon lists, per language.
    let wordClassTables: [Language: WordClass.Table]
    /// Word classes and cue entries of the token texts seen so far, per language, shared by the documents.
    let wordFacts: [Language: WordFactsCache]
    /// Which cue forms name a war inside one state, shared by the documents.
    let warForms = InternalWarForms()

    public init(lexicon: Lexicon) {
        self.lexicon = lexicon
        var tables: [Language: WordClass.Table] = [:]
        for (language, words) in lexicon.words { tables[language] = WordClass.table(words, language: language) }
        self.wordClassTables = tables
        self.wordFacts = Dictionary(uniqueKeysWithValues: tables.keys.map { ($0, WordFactsCache()) })
    }

    public func process(_ doc: inout Document) {
        var f = Finder(doc: doc, lexicon: lexicon, wordClassTable: wordClassTables[doc.language] ?? WordClass.table(lexicon[doc.language], language: doc.language),
                       sharedFacts: wordFacts[doc.language], warForms: warForms)
        f.tracing = doc.trace != nil
        for s in doc.sentences { f.sentence(s) }
        if !f.contradictedGuesses.isEmpty {
            // an office guessed in a state that a relation of the person with that state contradicts is dropped, and
            // the sentences are read again without it
            dropContradictedOffices(&doc, contradicted: f.contradictedGuesses)
            if doc.trace != nil {
                for (person, state) in f.contradictedGuesses.sorted(by: { $0.key < $1.key }) {
                    doc.trace? += ["office dropped: \(person) -> \(state) (guessed; an accusation, sanction or visit with it contradicts it)"]
                }
            }
            f = Finder(doc: doc, lexicon: lexicon, wordClassTable: wordClassTables[doc.language] ?? WordClass.table(lexicon[doc.language], language: doc.language),
                       sharedFacts: wordFacts[doc.language], warForms: warForms)
            f.tracing = doc.trace != nil
            for s in doc.sentences { f.sentence(s) }
        }
        doc.trace? += f.traceLines
        f.resolveAgreements()
        f.knownParties()
        f.treatyAlliances()
        var rels = f.relations
        for o in doc.offices {
            rels.append(Relation(type: .represents, source: o.person, target: o.actor, sentence: o.sentence, rule: (o.titleStart == nil ? "title:" : "title-context:") + o.role, role: o.role))
        }
        doc.relations = rels
        doc.actors.merge(f.newActors) { a, _ in a }
        doc.mentions = f.mentions
    }

    /// Offices guessed from context that a relation contradicts are dropped (another guess, the state the article
    /// names most but that one, was as often wrong as right on the evaluation sets).
    func dropContradictedOffices(_ doc: inout Document, contradicted: [String: String]) {
        doc.offices.removeAll { o in o.titleStart != nil && contradicted[o.person] == o.actor }
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
        /// Whether the claim accuses someone (an accusation of its sentence), which "the accusation" answers.
        var accuses = false
    }

    final class Finder {
        /// Every actor the document mentions (asked by the war lexicon: the other side must be named), made on first use.
        lazy var mentionedActors: Set<String> = Set(mentions.map(\.actor))
        typealias Cue = RelationFinder.Cue
        typealias Claim = RelationFinder.Claim
        typealias RelationKey = RelationFinder.RelationKey
        let doc: Document
        let lexicon: Lexicon
        let words: Lexicon.Words
        let toks: [Token]
        var mentions: [Mention]
        var relations: [Relation] = []
        var newActors: [String: ActorInfo] = [:]
        var lastClaim: Claim?
        /// The last reported act of an accusing kind that drew no relation ("said Tehran had used gangs to carry out
        /// attacks"), with its sentence: a claim about its doer that "rejected the accusations" may answer.
        var unstatedClaim: (sentence: Int, claim: Claim)?
        /// The claims of the last sentences, with their sentence: a plural claim noun ("rejected the
        /// accounts") answers all of them.
        var recentClaims: [(sentence: Int, claim: Claim)] = []
        /// Who speaks inside a quotation that runs on into later sentences.
        var quoteSpeaker: [String] = []
        var quoteOpen = false
        let mentionsBySentence: MentionsBySentence
        let personState: [String: String]
        /// Every state or organization a person holds office in.
        let officeOf: [String: Set<String>]
        /// The first bytes of `officeOf`'s keys: most relation ends (states, organizations, groups) are no office
        /// holder, and are not hashed to learn it.
        let officeInitials: OfficeInitials
        /// Offices guessed from a title's context (no state in the title), person to the guessed state.
        let guessedOffice: [String: String]
        /// Guessed offices a relation contradicts ("Außenministerin X warf Nicaragua vor" after a sentence naming Nicaragua:
        /// X guessed Nicaraguan, who then accuses Nicaragua; a state's office holder does not accuse it), person to the
        /// guessed state.
        var contradictedGuesses: [String: String] = [:]
        var tracing = false
        var traceLines: [String] = []
        /// The latest relation with the same (type, source, target) that someone is said to assert.
        var lastAttributed: [RelationKey: Int] = [:]
        /// Participles used as attributes ("die vom Iran unterstützte Hamas"): no verbs of their clause.
        var attributiveParticiples = Set<Int>()
        /// The token of "dem" that opens the clause being read as a relative clause of membership ("der Mercosur, dem
        /// Argentinien angehört"): no dative article of the name after it; -1 in every other clause.
        var memberRelativePronoun = -1
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
        /// (room for a document's relations from the start: no table grown and every key hashed again as they come)
        var seenRelations = Set<RelationKey>(minimumCapacity: 64)
        /// Whether a cue form names a war inside one state (`internalWarNouns`), per form: the test lower-cases
        /// the form and searches it (Foundation), thousands of instructions each time a war cue is read.
        var internalWarForms: [String: Bool] = [:]
        /// The answers of earlier documents, asked when this one meets a form first.
        let sharedWarForms: InternalWarForms?
        /// `arguments(c, excluding: [])` of the current sentence's clauses, by clause index, once worked out
        /// (`argumentsOfClause`): a reporting frame's speaker is looked for in `reporters` and again in the
        /// clause loop, and a cue reads the arguments of the clause after its own. (A short list, emptied per
        /// sentence with its room kept: no array allocated for sentences that ask none.)
        var clauseArguments: [(clause: Int, args: [Argument])] = []
        /// `cues(c)` of the current sentence's clauses, by clause index, found once when the sentence starts: the
        /// reporters, the speaker's denial and the clause loop all ask them (the clause loop again only when a
        /// participle of the sentence hides a cue, see `attributiveParticiples`).
        var sentenceCues: [[Cue]] = []

        init(doc: Document, lexicon: Lexicon, wordClassTable: WordClass.Table, sharedFacts: WordFactsCache? = nil, warForms: InternalWarForms? = nil) {
            self.doc = doc
            self.sharedWarForms = warForms
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
            // (each mention read in place: a copy would retain and release its strings)
            for j in doc.mentions.indices {
                let range = doc.mentions[j].tokens, sentence = doc.mentions[j].sentence, form = doc.mentions[j].form
                for i in range where i >= 0 && i < toks.count && toks[i].sentence == sentence {
                    inMention.mark(i)
                    if range.count > 1 && form != .cue && form != .coreference { inMultiWord.mark(i) }
                }
            }
            mentionTokens = inMention
            multiWordActorTokens = inMultiWord
            // (both tables sized for the offices at once: not grown and rehashed as they fill; only looked up)
            var personState = [String: String](minimumCapacity: doc.offices.count)
            for o in doc.offices where o.actor.hasPrefix("state:") { personState[o.person] = personState[o.person] ?? o.actor }
            // (a group of a state's people is of its state as a person is: "kolumbianische Dissidenten" of Colombia)
            for (group, state) in doc.groupStates { personState[group] = state }
            self.personState = personState
            var officeOf = [String: Set<String>](minimumCapacity: doc.offices.count)
            for o in doc.offices { officeOf[o.person, default: []].insert(o.actor) }
            self.officeOf = officeOf
            officeInitials = OfficeInitials(officeOf.keys)
            var guessed: [String: String] = [:]
            for o in doc.offices where o.titleStart != nil && o.actor.hasPrefix("state:") && officeOf[o.person]?.count == 1
                && !doc.offices.contains(where: { $0.person == o.person && $0.actor == o.actor && $0.titleStart == nil }) { guessed[o.person] = o.actor }
            guessedOffice = guessed
            // every token's word classes and cue entries, once per distinct text (the lower-case form
            // follows from the text; cue entries of a sentence's first word may differ)
            let (ids, wordCount) = doc.tokenWordIds()
            // each word's first token, found once: the word's answers are worked out from it, then given to every
            // token by its id (per word flat arrays: no optional struct read, tested and written per token)
            var firstToken = [Int](repeating: -1, count: wordCount)
            // (written through the buffer: no uniqueness check per token)
            firstToken.withUnsafeMutableBufferPointer { first in for i in toks.indices where first[Int(ids[i])] < 0 { first[Int(ids[i])] = i } }
            // what earlier documents found for these texts (one look-up per distinct text), and what this
            // one adds to it (`changed`), written back at the end
            // (plain values, the cue lists by number: no array copied or freed per word)
            var (shared, sharedLists) = sharedFacts?.lookUp(toks, at: firstToken) ?? ([], [])
            /// What this document adds, by word (few: most words were known), and each word's place in it (-1: none):
            /// a flat list, no dictionary hashing a word's number per change.
            var changed: [(word: Int, facts: WordFactsCache.Facts)] = [], changedAt = [Int32](repeating: -1, count: shared.count)
            var classOf = [WordClass](repeating: [], count: wordCount), marksOf = [TokenPunctuation](repeating: [], count: wordCount)
            for k in 0..<wordCount {
                let i = firstToken[k]
                if i < 0 { continue }
                if k < shared.count, let s = shared[k] {
                    classOf[k] = s.classes
                    marksOf[k] = s.punctuation
                } else {
                    marksOf[k] = TokenPunctuation(toks[i].text)
                    let c = WordClass(lower: toks[i].lower, table: wordClassTable, reportVerbs: reportVerbs, cues: cues)
                    classOf[k] = c
                    if k < shared.count {
                        shared[k] = WordFactsCache.Known(classes: c, punctuation: marksOf[k], cues: WordFactsCache.Known.unknown,
                                                         initialCues: WordFactsCache.Known.unknown)
                        changedAt[k] = Int32(changed.count)
                        changed.append((k, WordFactsCache.Facts(classes: c, punctuation: marksOf[k])))
                    }
                }
            }
            wordClasses = ids.map { classOf[Int($0)] }
            punctuation = ids.map { marksOf[Int($0)] }
            // each word's cue list numbers in `cache` inside a sentence and at its start (`unset` until asked)
            let unset = Int32.min
            var cuesOf = [Int32](repeating: unset, count: wordCount), initialCuesOf = [Int32](repeating: unset, count: wordCount)
            var cache = TokenCueEntries(count: 0)
            // every token's list number, written here and given to `cache` at once (`cache.set` per token checked the
            // numbers' uniqueness each time)
            let listOf = UnsafeMutableBufferPointer<Int32>.allocate(capacity: toks.count)
            listOf.initialize(repeating: -1)
            defer { listOf.deallocate() }
            for s in doc.sentences {
                for i in s.tokens where toks[i].isWord {
                    let k = Int(ids[i])
                    let initial = i == s.tokens.lowerBound
                    let known = initial ? initialCuesOf[k] : cuesOf[k]
                    if known != unset { listOf[i] = known; continue }
                    let e: Int32
                    if k < shared.count, case let n = initial ? shared[k]!.initialCues : shared[k]!.cues, n != WordFactsCache.Known.unknown {
                        e = cache.add(sharedLists[Int(n)])
                    } else {
                        // no cue form matches the word (nor, without a hyphen, a part of it): no entries
                        let list = !classOf[k].contains(.cueForm) && !toks[i].containsHyphen ? [] : Self.computeCueEntries(toks[i], at: i, cues: cues, language: doc.language, sentences: doc.sentences)
                        e = cache.add(list)
                        if k < shared.count {
                            if changedAt[k] < 0 {
                                changedAt[k] = Int32(changed.count)
                                changed.append((k, WordFactsCache.Facts(classes: classOf[k], punctuation: marksOf[k])))
                            }
                            let c = Int(changedAt[k])
                            if initial { changed[c].facts.initialCues = list } else { changed[c].facts.cues = list }
                        }
                    }
                    if initial { initialCuesOf[k] = e } else { cuesOf[k] = e }
                    listOf[i] = e
                }
            }
            cache.setAll(UnsafeBufferPointer(listOf))
            cueCache = cache
            sharedLists = []  // (let go of before `store`, which may add lists)
            sharedFacts?.store(changed.sorted { $0.word < $1.word }.map { (toks[firstToken[$0.word]].text, $0.facts) })
        }

        /// `RelationFinder.internalWarNouns.contains { form.lowercased().contains($0) }`, worked out once per form.
        func isInternalWarForm(_ form: String) -> Bool {
            // (the shared answers asked at once: a document meets most war forms once, and a memo of its own
            // would hash each form twice more)
            if let shared = sharedWarForms { return shared.answer(form, Self.namesInternalWar) }
            if let known = internalWarForms[form] { return known }
            let found = Self.namesInternalWar(form)
            internalWarForms[form] = found
            return found
        }

        /// `isInternalWarForm`, worked out.
        static func namesInternalWar(_ form: String) -> Bool {
            let found: Bool
            if form.utf8.allSatisfy({ $0 < 0x80 }) {
                // ASCII: lower-casing maps each byte and equal scalars are equal bytes, so a byte search answers
                // as the Foundation search does; a noun with a letter beyond ASCII ("bürgerkrieg") cannot occur
                found = RelationFinder.internalWarNouns.contains { noun in
                    noun.utf8.allSatisfy { $0 < 0x80 } && RelationFinder.asciiLowercasedContains(form, noun)
                }
            } else {
                found = RelationFinder.internalWarNouns.contains { form.lowercased().contains($0) }
            }
            return found
        }

        /// The token at `i` is of one of these word classes.
        @inline(__always)
        func isA(_ i: Int, _ c: WordClass) -> Bool { wordClasses[i].rawValue & c.rawValue != 0 }
    }
}

