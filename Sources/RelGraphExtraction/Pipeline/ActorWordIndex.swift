/// The phrases that start with a word form, in the four phrase indexes the actor finder reads for one
/// document language: that language's names (by text), the other language's names (by text), titles
/// and agreements (by lower case). One table for all four, built once per lexicon: a document's
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

    /// The phrase lists (each longest first, as `PhraseIndex.phrases(startingWith:)` gives them).
    let names: [[PhraseIndex<NameEntry>.Entry]]
    let otherNames: [[PhraseIndex<NameEntry>.Entry]]
    let titles: [[PhraseIndex<TitleEntry>.Entry]]
    let agreements: [[PhraseIndex<String>.Entry]]
    /// Word form → its lists. Forms equal as Strings share one entry, as they share one key in each index.
    private let map: AsciiWordMap<Starts>

    init(words: Lexicon.Words, other: Lexicon.Words, givenNames: Set<String> = []) {
        var map = AsciiWordMap<Starts>()
        // (an upper bound of the keys: no table grows while they go in)
        map.reserveCapacity(words.names.firstTokenCount + other.names.firstTokenCount + words.titles.firstTokenCount
            + words.agreements.firstTokenCount + givenNames.count + words.functionWords.count + ActorFinder.particles.count + words.preps.count)
        func add<V>(_ index: PhraseIndex<V>, _ lists: inout [[PhraseIndex<V>.Entry]], _ slot: WritableKeyPath<Starts, Int32>) {
            index.forEachFirstToken { first, list in
                let n = Int32(lists.count)
                lists.append(list)
                map.update(first, initial: .none) { $0[keyPath: slot] = n }
            }
        }
        var names: [[PhraseIndex<NameEntry>.Entry]] = []
        var otherNames: [[PhraseIndex<NameEntry>.Entry]] = []
        var titles: [[PhraseIndex<TitleEntry>.Entry]] = []
        var agreements: [[PhraseIndex<String>.Entry]] = []
        add(words.names, &names, \.names)
        add(other.names, &otherNames, \.otherNames)
        add(words.titles, &titles, \.titles)
        add(words.agreements, &agreements, \.agreements)
        for w in givenNames { map.update(w, initial: .none) { $0.facts.insert(.givenName) } }
        for w in words.functionWords { map.update(w, initial: .none) { $0.facts.insert(.functionWord) } }
        for w in ActorFinder.particles { map.update(w, initial: .none) { $0.facts.insert(.particle) } }
        let roles = PrepRole.allCases
        for (w, role) in words.preps { map.update(w, initial: .none) { $0.prep = Int8(roles.firstIndex(of: role)!) } }
        self.names = names
        self.otherNames = otherNames
        self.titles = titles
        self.agreements = agreements
        self.map = map
    }

    /// The lists of phrases that start with this form.
    @inline(__always)
    func starts(_ form: String) -> Starts { map.value(for: form) ?? .none }
}
