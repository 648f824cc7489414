import Foundation
import RelGraph

/// The words the extractor knows, loaded from `.lex` data files (see docs/lexicon.md).
public struct Lexicon: Sendable {
    /// One language's words.
    public struct Words: Sendable {
        /// Names, adjectives, demonyms and group phrases, matched case-sensitively on token text.
        public var names = PhraseIndex<NameEntry>()
        /// Office phrases, matched on lower-case tokens.
        public var titles = PhraseIndex<TitleEntry>()
        /// German compound heads of offices ("minister", "sprecher").
        public var titleHeads: [String] = [] {
            didSet { titleHeadIndex = TitleHeadIndex(titleHeads) }
        }
        /// `titleHeads` indexed by suffix (kept in step with it).
        public private(set) var titleHeadIndex = TitleHeadIndex([])
        public var cues = WordPatterns<CueEntry>()
        /// Multi-word cues ("call on", "close ties"), on lower-case tokens.
        public var cuePhrases = PhraseIndex<CueEntry>()
        public var preps: [String: PrepRole] = [:]
        /// Multi-word prepositions and markers ("according to", "nach Angaben von").
        public var prepPhrases = PhraseIndex<PrepRole>()
        public var reportVerbs = WordPatterns<String>()
        public var reportMarkers = PhraseIndex<String>()
        public var claimNouns: Set<String> = []
        public var qualifyVerbs: Set<String> = []
        public var negations = PhraseIndex<String>()
        public var hedges = PhraseIndex<String>()
        /// Words announcing the subject's own act ('vowed to', 'kündigte an'): hedges too; an announced attack threatens.
        public var intents = PhraseIndex<String>()
        /// Accusation cues that summon an envoy ('summoned', 'einbestellt'): the rebuke is for the envoy's state.
        public var summonVerbs: Set<String> = []
        /// What ties two states and can be closed or broken off ('border', 'airspace', 'Beziehungen', 'imports'):
        /// with a stopping verb (cue class reverse) the one who closes it sanctions the other.
        public var linkNouns: Set<String> = []
        /// Wars the news names by one side (lexicon `war`): the attacker of a war on the key, and the attacked of one by the key.
        public var warAttackers: [String: String] = [:]
        public var warVictims: [String: String] = [:]
        /// The verbs that close or break off such a tie ('closed', 'brach … ab'); they stop nothing else.
        public var linkVerbs: Set<String> = []
        /// Verbs of thanks ('thanked', 'dankte'): with an aid noun after them, the thanked gives that aid to the subject.
        public var thankVerbs: Set<String> = []
        public var personPronouns: Set<String> = []
        public var pairPhrases = PhraseIndex<String>()
        public var stateDescriptors: Set<String> = []
        /// Descriptors that some states' names carry ("kingdom": Hashemite Kingdom of Jordan, United Kingdom, …): "the
        /// kingdom" points back to one of those states when one was named.
        public var stateKinds: [String: Set<String>] = [:]
        /// Nouns that point back to an organization in context ("die Miliz", "the group").
        public var orgDescriptors: Set<String> = []
        /// Last words of an organization's name ("Party", "Union", "Church"): a run of capitalized words ending in
        /// one is an organization the article names, where the lexicon knows none ("the Colorado Party").
        public var orgHeads: Set<String> = []
        /// Quantifiers that make a plural no one thing ("all agreements", "sämtliche Abkommen"), lower case.
        public var quantifiers: Set<String> = []
        /// Last words of alliance cues of close ties ("enge Beziehungen", "close ties"), lower case: a person's too.
        public var tiesWords: Set<String> = []
        /// Verbs of holding, keeping or ending an agreement ("has", "renewed", "verlängert"), lower case: the subject
        /// before one is a party to the agreement named with another ("Egypt has a defence agreement with Sudan").
        public var holdingVerbs: Set<String> = []
        /// Verbs of breaking a rule or right ("violated", "breached", "verletzt"), lower case: an actor said to do so, in a
        /// reported clause, is accused by the speaker ("said Ukraine had violated Mali's sovereignty").
        public var wrongdoingVerbs: Set<String> = []
        /// Verbs that call off a planned act ("cancelled", "called off", "verschob"), lower case; a two-word form is a verb and
        /// its particle ("called off"; German "sagte ab", the particle at the clause's end): a visit after one did not happen.
        public var cancelVerbs: Set<String> = []
        /// Nouns for a part in what was done ("involvement", "wrongdoing", "Beteiligung"), lower case: a denial of one
        /// ("denied any involvement", "bestreitet jede Beteiligung") answers the last reported statement about the denier.
        public var involvementNouns: Set<String> = []
        /// Verbs of welcoming ("welcomed", "begrüßte"), lower case: welcoming another actor's decision or move supports it.
        public var welcomeVerbs: Set<String> = []
        /// Titles of a company's or movement's head ("Konzernchef", "chief executive", "founder"), lower case: with no
        /// actor named, the office is guessed in the organization named last, not in a state.
        public var orgTitles: Set<String> = []
        /// Two-word phrases that make their subject the culprit of an event ("was behind", "stecke hinter"), lower case, the
        /// words joined by a space: in a reported clause, the speaker's accusation of that subject.
        public var culpritPhrases: Set<String> = []
        /// The last words of `culpritPhrases` ("behind", "hinter"), asked before a phrase is built.
        public var culpritLastWords: Set<String> = []
        /// Lower-case nouns that describe an organization right before or after its name ("the environmental group
        /// Justica Ambiental", "the main opposition party Chadema", "the ruling Frelimo party"), lower case: a run of
        /// capitalized words the lexicon does not know, beside one, names an organization (English only).
        public var orgNouns: Set<String> = []
        /// Words that make a number approximate ("about 30", "mindestens sieben"), lower case: before a number they
        /// belong to its noun phrase, and are no preposition ("about 30 Guinean troops" is a subject).
        public var approximators: Set<String> = []
        /// Nouns of people who are no state's officials ("fishermen", "migrants", "Fischer", "Staatsbürger"), lower case, with
        /// their English plural: after a state's adjective ("23 Kenyan fishermen", "kirgisische Staatsbürger") they name a
        /// group of that state's people, no state; the group's label is the state's English adjective and the plural.
        public var groupNouns: [String: String] = [:]
        /// The English plurals of `groupNouns` whose people bear arms (militias, rebels, cartels): only they attack.
        public var armedGroupPlurals: Set<String> = []
        /// The English plurals of `groupNouns` that only describe a person named after them ("opposition politician X"):
        /// without a name they name no group (`groupnoun` records marked `person`).
        public var personOnlyPlurals: Set<String> = []
        /// Verbs that hold, arrest, deport or sentence people ("detained", "deported", "festgenommen", "schob … ab"), lower
        /// case: sanction cues that sanction only a person or a group.
        public var detentionVerbs: Set<String> = []
        /// Verbs that condemn or sentence ("verurteilte"), lower case, and the penalties that make them sentence
        /// ("Haft", "Jahren"): with one in its clause, such a verb is a detention, no accusation.
        public var sentencingVerbs: Set<String> = []
        public var penaltyNouns: Set<String> = []
        /// Verbs of leading in a person's relative clause ("who heads", "der … führte"), lower case: the person represents
        /// the organization or state the clause names.
        public var leadingVerbs: Set<String> = []
        /// Nouns of one person by trade or standing ("activist", "der Verleger"), lower case: beside two unknown
        /// capitalized words they make them a person's name.
        public var personNouns: Set<String> = []
        /// Phrases of leaving a country ("leave the country", "das Land zu verlassen"), lower case, words joined by one
        /// space: a request to do so is an expulsion, a sanction.
        public var expulsionPhrases: Set<String> = []
        /// Nouns of a tie to another person ("wife", "critic", "Ehefrau"), lower case: an apposition that opens with one
        /// gives the person no office of the title after it ("Olena Zelenska, the wife of the Ukrainian president").
        public var relationNouns: Set<String> = []
        /// Verbs of criticising that may close a reported clause with their speaker ("…, kritisierte Bećirović", "…, he
        /// complained"), lower case: the speaker accuses the reported clause's subject.
        public var critiqueVerbs: Set<String> = []
        /// Agreement nouns and the kind slug their id takes.
        public var agreements = PhraseIndex<String>()
        public var boilerplate: [NSRegularExpression] = []
        public var functionWords: Set<String> = []

        public init() {}
    }

    public var actors: [String: ActorInfo] = [:]
    public var words: [Language: Words] = [.de: Words(), .en: Words()]
    public var givenNames: Set<String> = []
    /// Family names written first ("Lin" of "Lin Jian", "Kim" of "Kim Yong-hyun"): alone later, the person so named.
    public var familyFirstNames: Set<String> = []
    /// Lines after which the rest of a page is clutter ("Ähnliche Artikel", "Related articles").
    public var endMarkers: [NSRegularExpression] = []
    /// Headers of a box of links ("Most read", "Meistgelesen"): clutter, and so are the headline-like lines after one.
    public var boxMarkers: [NSRegularExpression] = []
    /// The English adjective of each state that has one (its first `adj` form in English): the label of its people's groups.
    public var englishAdjectives: [String: String] = [:]
    /// Known offices of known people: person id → (actor id, office).
    public var affiliations: [String: (actor: String, office: String)] = [:]
    /// The parties of named agreements: agreement id → actor ids (`parties` records).
    public var agreementParties: [String: [String]] = [:]
    /// Files loaded, in order.
    public private(set) var files: [String] = []

    public init() {}

    public subscript(_ language: Language) -> Words {
        get { words[language]! }
        set { words[language] = newValue }
        // In place: a get-then-set would copy every table of the language on each insert while loading.
        _modify { yield &words[language, default: Words()] }
    }

    mutating func noteFile(_ f: String) { files.append(f) }
}
