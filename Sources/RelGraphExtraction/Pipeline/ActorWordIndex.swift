/// The phrases that start with a word form, in the four phrase indexes the actor finder reads for one
/// document language: that language's names (by text), the other language's names (by text), titles
/// and agreements (by lower case). One table for all four, and for both languages (`pair`), built once per lexicon: a document's
/// distinct word asks it once for its text and (if different) once for its lower case, where it asked
/// each index apart. Its answer is four small numbers (a list's place, -1 for none), which a document's
/// memo keeps per word without counting references. The same look-ups answer the finder's yes-or-no
/// questions of word sets (`Facts`) and its preposition roles.
struct ActorWordIndex: Sendable {
    /// Membership of a word form in the word sets the finder asks about.
    struct Facts: OptionSet, Sendable, Equatable {
        let rawValue: UInt8
        /// In `Lexicon.givenNames` (asked of the text).
        static let givenName = Facts(rawValue: 1 << 0)
        /// In the language's `functionWords` (asked of the lower case).
        static let functionWord = Facts(rawValue: 1 << 1)
        /// In `ActorFinder.particles` (asked of the lower case).
        static let particle = Facts(rawValue: 1 << 2)
        /// In `ActorFinder.determiners` (asked of the lower case).
        static let determiner = Facts(rawValue: 1 << 3)
        /// In the language's `claimNouns` (asked of the lower case).
        static let claimNoun = Facts(rawValue: 1 << 4)
        /// In the language's `stateDescriptors` (asked of the lower case).
        static let stateDescriptor = Facts(rawValue: 1 << 5)
        /// In `RelationFinder.governmentNouns` (asked of the lower case).
        static let governmentNoun = Facts(rawValue: 1 << 6)
        /// In `ActorFinder.genitiveLinks` (asked of the lower case).
        static let genitiveLink = Facts(rawValue: 1 << 7)
        /// The facts asked of the text; the others are asked of the lower case.
        static let ofText: Facts = [.givenName]
    }

    /// Where the phrases that start with one word form are, in each list (-1: none start with it).
    struct Starts: Sendable, Equatable {
        var names: Int32 = -1
        var otherNames: Int32 = -1
        var titles: Int32 = -1
        var agreements: Int32 = -1
        var facts: Facts = []
        /// The place of the form's role in `PrepRole.allCases` in the language's `preps` (-1: none).
        var prep: Int8 = -1

        static let none = Starts()
    }

    /// One form's `Starts` as a document of each of the two languages the table joins sees it.
    struct Both: Sendable {
        var first = Starts.none
        var second = Starts.none
    }

    /// The phrase lists (each longest first, as `PhraseIndex.phrases(startingWith:)` gives them).
    let names: [[PhraseIndex<NameEntry>.Entry]]
    let otherNames: [[PhraseIndex<NameEntry>.Entry]]
    let titles: [[PhraseIndex<TitleEntry>.Entry]]
    let agreements: [[PhraseIndex<String>.Entry]]
    /// Word form → its lists, for both languages (shared by the two indexes `pair` makes). Forms equal as
    /// Strings share one entry, as they share one key in each index.
    private let map: AsciiWordMap<Both>
    /// This index reads `Both.second`.
    private let isSecond: Bool

    init(words: Lexicon.Words, other: Lexicon.Words, givenNames: Set<String> = []) {
        self = Self.pair(words, other, givenNames: givenNames).first
    }

    private init(names: [[PhraseIndex<NameEntry>.Entry]], otherNames: [[PhraseIndex<NameEntry>.Entry]], titles: [[PhraseIndex<TitleEntry>.Entry]],
                 agreements: [[PhraseIndex<String>.Entry]], map: AsciiWordMap<Both>, isSecond: Bool) {
        self.names = names
        self.otherNames = otherNames
        self.titles = titles
        self.agreements = agreements
        self.map = map
        self.isSecond = isSecond
    }

    /// The indexes for documents in a language of words `a` (the other's `b`) and in the language of `b`,
    /// built as one table: each language's names go in once, where an index of its own for each language
    /// put every name of both languages in twice (as its names and as the other's).
    static func pair(_ a: Lexicon.Words, _ b: Lexicon.Words, givenNames: Set<String>) -> (first: ActorWordIndex, second: ActorWordIndex) {
        var map = AsciiWordMap<Both>()
        // (an upper bound of the keys: no table grows while they go in)
        map.reserveCapacity(a.names.firstTokenCount + b.names.firstTokenCount + a.titles.firstTokenCount + b.titles.firstTokenCount
            + a.agreements.firstTokenCount + b.agreements.firstTokenCount + givenNames.count + a.functionWords.count + b.functionWords.count
            + ActorFinder.particles.count + a.preps.count + b.preps.count + ActorFinder.determiners.count + a.claimNouns.count + b.claimNouns.count
            + a.stateDescriptors.count + b.stateDescriptors.count + RelationFinder.governmentNouns.count + ActorFinder.genitiveLinks.count)
        // (the map passed in, not captured: a captured variable is boxed, and each change to it inside the closure
        // below was checked for exclusivity at run time)
        func add<V>(_ index: PhraseIndex<V>, _ lists: inout [[PhraseIndex<V>.Entry]], _ map: inout AsciiWordMap<Both>, _ set: (inout Both, Int32) -> Void) {
            lists.reserveCapacity(lists.count + index.firstTokenCount)
            index.forEachFirstToken { first, list in
                let n = Int32(lists.count)
                lists.append(list)
                map.update(first, initial: Both()) { set(&$0, n) }
            }
        }
        var namesA: [[PhraseIndex<NameEntry>.Entry]] = []
        var namesB: [[PhraseIndex<NameEntry>.Entry]] = []
        var titlesA: [[PhraseIndex<TitleEntry>.Entry]] = []
        var titlesB: [[PhraseIndex<TitleEntry>.Entry]] = []
        var agreementsA: [[PhraseIndex<String>.Entry]] = []
        var agreementsB: [[PhraseIndex<String>.Entry]] = []
        add(a.names, &namesA, &map) { $0.first.names = $1; $0.second.otherNames = $1 }
        add(b.names, &namesB, &map) { $0.second.names = $1; $0.first.otherNames = $1 }
        add(a.titles, &titlesA, &map) { $0.first.titles = $1 }
        add(b.titles, &titlesB, &map) { $0.second.titles = $1 }
        add(a.agreements, &agreementsA, &map) { $0.first.agreements = $1 }
        add(b.agreements, &agreementsB, &map) { $0.second.agreements = $1 }
        for w in givenNames { map.update(w, initial: Both()) { $0.first.facts.insert(.givenName); $0.second.facts.insert(.givenName) } }
        for w in a.functionWords { map.update(w, initial: Both()) { $0.first.facts.insert(.functionWord) } }
        for w in b.functionWords { map.update(w, initial: Both()) { $0.second.facts.insert(.functionWord) } }
        for w in ActorFinder.particles { map.update(w, initial: Both()) { $0.first.facts.insert(.particle); $0.second.facts.insert(.particle) } }
        func addFact(_ set: Set<String>, _ fact: Facts, first: Bool, second: Bool, _ map: inout AsciiWordMap<Both>) {
            for w in set {
                map.update(w, initial: Both()) {
                    if first { $0.first.facts.insert(fact) }
                    if second { $0.second.facts.insert(fact) }
                }
            }
        }
        addFact(ActorFinder.determiners, .determiner, first: true, second: true, &map)
        addFact(a.claimNouns, .claimNoun, first: true, second: false, &map)
        addFact(b.claimNouns, .claimNoun, first: false, second: true, &map)
        addFact(a.stateDescriptors, .stateDescriptor, first: true, second: false, &map)
        addFact(b.stateDescriptors, .stateDescriptor, first: false, second: true, &map)
        addFact(RelationFinder.governmentNouns, .governmentNoun, first: true, second: true, &map)
        addFact(ActorFinder.genitiveLinks, .genitiveLink, first: true, second: true, &map)
        let roles = PrepRole.allCases
        for (w, role) in a.preps { map.update(w, initial: Both()) { $0.first.prep = Int8(roles.firstIndex(of: role)!) } }
        for (w, role) in b.preps { map.update(w, initial: Both()) { $0.second.prep = Int8(roles.firstIndex(of: role)!) } }
        return (ActorWordIndex(names: namesA, otherNames: namesB, titles: titlesA, agreements: agreementsA, map: map, isSecond: false),
                ActorWordIndex(names: namesB, otherNames: namesA, titles: titlesB, agreements: agreementsB, map: map, isSecond: true))
    }

    /// The lists of phrases that start with this form.
    @inline(__always)
    func starts(_ form: String) -> Starts {
        guard let both = map.value(for: form) else { return .none }
        return isSecond ? both.second : both.first
    }
}
