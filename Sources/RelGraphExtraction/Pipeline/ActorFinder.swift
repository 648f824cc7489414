import RelGraph

/// Finds the actors of each sentence: lexicon names, metonyms, adjectives and demonyms; people from a
/// title before or after a capitalized name ("Verteidigungsminister Kim Yong-hyun", "Mao Ning, a
/// foreign ministry spokeswoman"), from a known given name, or as a surname already seen; actors inside
/// compounds ("Ukraine-Krieg", "Kremlsprecher"); and unnamed agreements. A title's actor comes from the
/// title itself, an adjective or possessive before it, a genitive after it, the lexicon's affiliation of
/// the person, or else the nearest state named before.
public struct ActorFinder: PipelineStage {
    public let lexicon: Lexicon
    static let nounSuffixes = ["ung", "ungen", "heit", "keit", "schaft", "tion", "tionen", "tät", "ismus", "nis", "isse", "ium", "age", "propaganda"]
    static let particles: Set<String> = ["bin", "ibn", "al", "el", "de", "da", "do", "dos", "van", "von", "la", "le", "di", "del", "y", "abu", "ben", "ould"]
    static let determiners: Set<String> = ["der", "die", "das", "des", "dem", "den", "the", "a", "an", "ein", "eine", "einer", "eines", "einem"]
    /// Institutions that follow a title's genitive and are no one's name ("of the Canadian High Commission").
    static let institutionNouns: Set<String> = ["Commission", "Council", "Committee", "Embassy", "Ministry", "Agency", "Office", "Parliament", "Court", "Service", "Government", "Kommission", "Rat", "Botschaft", "Regierung", "Behörde"]
    static let genitiveLinks: Set<String> = ["des", "der", "of", "for"]
    /// Words of address and rank that stand between a title and a name.
    static let honorifics: Set<String> = ["Scheich", "Sheikh", "Scheicha", "Sheikha", "Prinz", "Prince", "Prinzessin", "Princess", "Emir", "Dr.", "Prof.", "Ayatollah", "Major", "Brigadier", "Lieutenant", "Colonel", "Oberst", "Generalmajor", "Generalleutnant", "Senior"]

    /// The lexicon's given names, for a quick "no given name" (`State.isGivenName`).
    let givenNameFilter: AsciiWordFilter
    /// The phrases each word form starts, for German and English documents (`State.memo`).
    let wordIndexes: ActorWordIndexCache
    /// German agreement heads for compounds ("…vertrag", "…abkommen"), longest first.
    let germanAgreementHeads: [(head: [UInt8], kind: String)]
    /// Per document language: the memo's per-word answers, kept across documents.
    let wordFacts: (de: ActorWordFactsTable, en: ActorWordFactsTable)

    public init(lexicon: Lexicon) {
        self.lexicon = lexicon
        var filter = AsciiWordFilter()
        for name in lexicon.givenNames { filter.insert(name) }
        self.givenNameFilter = filter
        self.wordIndexes = ActorWordIndexCache(lexicon: lexicon)
        self.germanAgreementHeads = ActorFinder.compoundAgreementHeads(lexicon[.de])
        self.wordFacts = (ActorWordFactsTable(), ActorWordFactsTable())
    }

    public func process(_ doc: inout Document) {
        let state = State(doc: doc, lexicon: lexicon, givenNameFilter: givenNameFilter, wordIndex: wordIndexes.index(for: doc.language),
                          agreementHeads: doc.language == .de ? germanAgreementHeads : [],
                          wordFacts: doc.language == .de ? wordFacts.de : wordFacts.en)
        for s in doc.sentences { state.scan(sentence: s) }
        state.surnamePass()
        state.earlySurnames()
        state.administrations()
        state.mentions.sort { ($0.range.start, $0.range.end) < ($1.range.start, $1.range.end) }
        state.markLocatives()
        state.memo.writeBack(doc)
        doc.mentions = state.mentions
        // (a document comes with no actors: the table is taken whole, not merged entry by entry)
        if doc.actors.isEmpty { doc.actors = state.actors } else { doc.actors.merge(state.actors) { a, _ in a } }
        doc.offices = state.offices
        doc.groupStates = state.groupStates
        doc.armedGroups = state.armedGroups
    }

    /// The working state of one document's scan. A class: the look-ups take it by reference, where a
    /// struct this large (the document, both languages' words) was copied into every non-mutating call.
    /// Its variables are read and written only by its own methods, one at a time (no dynamic exclusivity
    /// checks).
    final class State {
        let doc: Document
        let lexicon: Lexicon
        let words: Lexicon.Words
        /// The other language's names (only they are read of its words: no copy of all of them per document).
        let otherNames: PhraseIndex<NameEntry>
        let toks: [Token]
        @exclusivity(unchecked) var mentions: [Mention] = []
        @exclusivity(unchecked) var actors: [String: ActorInfo] = [:]
        /// The ids `register` was asked of (by representation, `StringBitsTable`): asked again, it has nothing to
        /// add (an id it added leaves `actors` only in `earlySurnames`, for a person `register` never adds).
        @exclusivity(unchecked) var registered = StringBitsTable<Bool>(capacity: Int.max, expected: 32)
        @exclusivity(unchecked) var offices: [Office] = []
        /// The state of each group of a state's people found ("Kenyan fishermen" of Kenya).
        @exclusivity(unchecked) var groupStates: [String: String] = [:]
        @exclusivity(unchecked) var armedGroups: Set<String> = []
        @exclusivity(unchecked) var covered: [Bool]
        let heads: TitleHeadIndex
        /// Surname (and its German genitive) → person id, for people found so far.
        @exclusivity(unchecked) var surnames: [String: String] = [:]
        /// Acronyms this article defines ("Allied Democratic Forces (ADF)") → actor id.
        @exclusivity(unchecked) var aliases: [String: String] = [:]
        /// Names this article defines, by first token: the actor and the number of tokens.
        @exclusivity(unchecked) var defined: [Int: (actor: String, length: Int)] = [:]
        /// Names a describing noun defined ("the mining firm Zentara Metals"), by their first word: their words and actor,
        /// so that the name alone names the organization in later sentences.
        @exclusivity(unchecked) var describedNames: [String: [(words: [String], actor: String)]] = [:]
        /// Titles waiting for the name after their complement, by the name's first token.
        @exclusivity(unchecked) var pendingTitles: [Int: PendingTitle] = [:]
        /// `ActorFinder.compoundAgreementHeads` of this language, longest first, and their last bytes.
        let compoundAgreementHeads: [(head: [UInt8], kind: String)]
        /// (per byte value: a table read, where a `Set<UInt8>` hashed the byte on every capitalized German word)
        let compoundHeadLastBytes: [Bool]
        /// Look-up answers kept per token.
        let memo: Memo

        /// `ActorFinder.givenNameFilter`.
        let givenNameFilter: AsciiWordFilter

        init(doc: Document, lexicon: Lexicon, givenNameFilter: AsciiWordFilter, wordIndex: ActorWordIndex, agreementHeads: [(head: [UInt8], kind: String)],
             wordFacts: ActorWordFactsTable? = nil) {
            self.givenNameFilter = givenNameFilter
            self.doc = doc
            self.lexicon = lexicon
            self.words = lexicon[doc.language]
            self.otherNames = lexicon[doc.language == .de ? .en : .de].names
            self.toks = doc.tokens
            self.covered = Array(repeating: false, count: doc.tokens.count)
            // (room for a typical article's actors: the table is not grown and rehashed as they come)
            actors.reserveCapacity(32)
            self.compoundAgreementHeads = agreementHeads
            // (a loop, not `compactMap(\.head.last)`: a key path through a tuple is read by the runtime, ~2,500 instructions a head)
            var lastBytes = [Bool](repeating: false, count: 256)
            for h in agreementHeads { if let b = h.head.last { lastBytes[Int(b)] = true } }
            self.compoundHeadLastBytes = lastBytes
            self.heads = words.titleHeadIndex
            self.memo = Memo(doc: doc, index: wordIndex, cache: wordFacts)
        }

        // MARK: lexicon look-ups

        func nameMatch(at i: Int, end: Int) -> (NameEntry, Int)? {
            guard i >= 0 && i < toks.count else { return nameMatchComputed(at: i, end: end) }
            // (most words start no name: nil at any end, with nothing to keep)
            if memo.startsNoName(i) { return nil }
            if let kept = memo.name(at: i, end: end) { return kept }
            let m = nameMatchComputed(at: i, end: end)
            memo.keepName(m, at: i, end: end)
            return m
        }

        func nameMatchComputed(at i: Int, end: Int) -> (NameEntry, Int)? {
            let slice = toks[..<end]
            guard i < end else { return nil }
            if let m = words.names.longestMatch(memo.names(at: i), in: slice, at: i, key: \.text) { return (m.value, m.length) }
            // (the other language's genitives are not its names here: German "Islands" (Iceland's) is English "Islands")
            // ("Migingo Island": the other language's one-word name, German "Island", as the last word of a name is none)
            if let m = otherNames.longestMatch(memo.otherNames(at: i), in: slice, at: i, key: \.text), m.value.form == .name, !m.value.genitive,
               m.length > 1 || i == 0 || !(toks[i - 1].isWord && toks[i - 1].isCapitalized && toks[i - 1].range.end < toks[i].range.start) { return (m.value, m.length) }
            return nil
        }

        func isFunctionWord(_ t: Token) -> Bool { memo.fact(t, .functionWord) ?? words.functionWords.contains(t.lower) }

        func isGivenName(_ t: Token) -> Bool {
            memo.fact(t, .givenName) ?? (givenNameFilter.mayContain(t.text) && lexicon.givenNames.contains(t.text))
        }

        /// A title at `i`: its role text, implied actor, length, and the actor named inside a compound.
        func titleMatch(at i: Int, end: Int) -> (role: String, actor: String?, length: Int, part: (String, TextRange)?)? {
            // (most words start no title and end in no title head: nil at any end, with nothing to keep)
            if !mayStartTitle(i) { return nil }
            if let kept = memo.title(at: i, end: end) { return kept }
            let m = titleMatchComputed(at: i, end: end)
            memo.keepTitle(m, at: i, end: end)
            return m
        }

        func titleMatchComputed(at i: Int, end: Int) -> (role: String, actor: String?, length: Int, part: (String, TextRange)?)? {
            let t = toks[i]
            guard t.isWord else { return nil }
            if let m = words.titles.longestMatch(memo.titles(at: i), in: toks[..<end], at: i, key: \.lower) {
                let role = doc.slice(TextRange(t.range.start, toks[i + m.length - 1].range.end), tokens: i..<(i + m.length))
                return (role, m.value.actor, m.length, nil)
            }
            // German compounds: "Kremlsprecher", "US-Außenminister", "Nato-Generalsekretär".
            let lower = t.lower
            // (only `parts.count > 1` is asked of a word without a hyphen byte: no array for it)
            var parts = t.text.utf8Contains(0x2D) ? Self.hyphenParts(t.text) : []
            let lastLower = parts.count > 1 ? parts.last!.lowercased() : lower
            let hyphenTitle = parts.count > 1
                && (!words.titles.values(for: [lastLower]).isEmpty || titleHead(lastLower) != nil)
            let compoundTitle = titleHead(lower).map { lower.count > $0.count + 1 } ?? false
            guard hyphenTitle || compoundTitle else { return nil }
            // The actor inside: a hyphenated first part, or the part before the head.
            var actor: String?
            var partRange: TextRange?
            if parts.count > 1 {
                parts.removeLast()
                var offset = t.range.start
                for p in parts {
                    let len = p.unicodeScalars.count
                    if let e = nameEntry(forWord: p) { actor = e.actor; partRange = TextRange(offset, offset + len); break }
                    offset += len + 1
                }
            } else if let head = titleHead(lower) {
                let prefix = String(t.text.dropLast(head.count))
                for candidate in [prefix, String(prefix.dropLast())] where candidate.count >= 2 {
                    if let e = nameEntry(forWord: candidate) {
                        actor = e.actor
                        partRange = TextRange(t.range.start, t.range.start + candidate.unicodeScalars.count)
                        break
                    }
                }
            }
            return (t.text, actor, 1, actor.flatMap { a in partRange.map { (a, $0) } })
        }

        /// The longest German title head that ends the word ("…sprecher", "…ministerin"), if any;
        /// looked up by suffix rather than by testing every head.
        func titleHead(_ lower: String) -> String? {
            guard !heads.isEmpty, lower.utf8.count >= heads.minLength else { return nil }
            return heads.longestSuffix(of: lower)
        }

        /// A single word that names an actor (for compound parts).
        func nameEntry(forWord w: String) -> NameEntry? {
            if let e = words.names.values(for: [w]).first ?? otherNames.values(for: [w]).first(where: { $0.form == .name }) { return e }
            return nil
        }

        // MARK: recording

        func register(_ id: String) {
            // (an id registered before, by its representation: most mentions are of actors registered already,
            // and their ids are the lexicon's Strings, so no hash of the text is needed to learn it)
            if registered.value(for: id) != nil { return }
            registered.store(id, true)
            // (the key alone: `actors[id] != nil` copies the info out, retaining its strings)
            if actors.keys.contains(id) { return }
            if let info = lexicon.actors[id] { actors[id] = info; return }
            if id.hasIDPrefix("agreement:") { actors[id] = ActorInfo(id: id, kind: .agreement, label: id); return }
        }

        @discardableResult
        func addMention(_ actor: String, tokens r: Range<Int>, sentence: Int, form: Mention.Form, range: TextRange? = nil, inTitle: Bool = false,
                        surface: String? = nil) -> Int {
            let rr = range ?? TextRange(toks[r.lowerBound].range.start, toks[r.upperBound - 1].range.end)
            register(actor)
            for k in r where range == nil { covered[k] = true }
            // (`surface`: the text of the tokens' range, when the caller has it already)
            mentions.append(Mention(actor: actor, range: rr, tokens: r, sentence: sentence, form: form, surface: surface ?? doc.slice(rr, tokens: r), inTitle: inTitle))
            return mentions.count - 1
        }

        func addPerson(tokens r: Range<Int>, sentence: Int) -> String {
            let surface = doc.slice(TextRange(toks[r.lowerBound].range.start, toks[r.upperBound - 1].range.end), tokens: r)
            var id: String
            if let (e, n) = nameMatch(at: r.lowerBound, end: r.upperBound), n == r.count, e.actor.hasIDPrefix("person:") {
                id = e.actor
            } else {
                if doc.language == .de, surface.hasSuffix("s"), let s = surnames[toks[r.upperBound - 1].text] {
                    id = s
                } else {
                    id = "person:" + Slug.make(surface)
                }
                if actors[id] == nil && lexicon.actors[id] == nil {
                    actors[id] = ActorInfo(id: id, kind: .person, label: surface)
                }
            }
            if let info = actors[id], info.label.count < surface.count, lexicon.actors[id] == nil {
                actors[id]?.label = surface
            }
            addMention(id, tokens: r, sentence: sentence, form: .person, surface: surface)
            let last = toks[r.upperBound - 1].text
            if r.count > 1 {
                surnames[last] = surnames[last] ?? id
                // "Lin Jian … Lin warf Manila vor": a family name written first names the person alone too
                let first = toks[r.lowerBound].text
                if r.count <= 3, lexicon.familyFirstNames.contains(first) { surnames[first] = surnames[first] ?? id }
                if doc.language == .de && !last.hasSuffix("s") { surnames[last + "s"] = surnames[last + "s"] ?? id }
                // "al-Mismari" is also "Mismari"
                if Self.isParticleName(toks[r.upperBound - 1]), let dash = last.firstIndex(of: "-") {
                    let bare = String(last[last.index(after: dash)...])
                    surnames[bare] = surnames[bare] ?? id
                }
            }
            return id
        }

        /// The length of a capitalized name starting at `i` (1 to 4 words, lower-case particles inside).
        func nameSequence(at i: Int, end: Int) -> Int {
            var k = i
            var words = 0
            while k < end && words < 4 {
                // (the token read in place: a copy retains its two strings)
                // ("Aksel V. Johannesen": the dot of a middle initial goes on the name)
                if words > 1, toks[k].text == ".", k + 1 < end, toks[k + 1].isWord, toks[k + 1].isCapitalized,
                   toks[k - 1].text.count == 1, toks[k - 1].isCapitalized { k += 1; continue }
                guard toks[k].isWord else { break }
                if isParticle(toks[k]), k + 1 < end, toks[k + 1].isCapitalized, words > 0 || toks[k].text.contains("-") { k += 1; continue }
                guard toks[k].isCapitalized || Self.isParticleName(toks[k]), !isFunctionWord(toks[k]), !isCommonNoun(toks[k]) else { break }
                // ("Tarek William Saab": a company's one-word name after two of a name's words is its surname)
                if let (e, n) = nameMatch(at: k, end: end), !e.actor.hasIDPrefix("person:"),
                   !(words >= 2 && n == 1 && e.actor.hasIDPrefix("org:") && (k + 1 == end || !toks[k + 1].isCapitalized)) { break }
                if titleMatch(at: k, end: end) != nil { break }
                if !isFreeOfCues(toks[k]) && !(words > 0 && isSurnameLikeTheme(k, end: end)) { break }
                k += 1
                words += 1
            }
            return words == 0 ? 0 : k - i
        }

        /// "Energy Minister Alparslan Bayraktar said": a weapon's proper name (a capitalized theme cue: "Bayraktar",
        /// "Taurus") after a name's first word is the name's surname when no word follows it in the clause (punctuation,
        /// a function word or a report verb does): "Bayraktar drones", "Patriot systems" stay weapons.
        func isSurnameLikeTheme(_ k: Int, end: Int) -> Bool {
            let cues = words.cues.matches(toks[k].lower)
            guard !cues.isEmpty, cues.allSatisfy({ $0.cueClass == .theme && $0.form.first?.isUppercase == true && $0.form.dropFirst().contains(where: \.isLowercase) }),
                  !words.reportVerbs.hasMatch(toks[k].lower), !isClaimNoun(toks[k]) else { return false }
            // (a possessive closes the name too: "Alparslan Bayraktar's visit"; so does a verb: "Bayraktar visited Baku")
            guard k + 1 < end, toks[k + 1].isWord, !["'s", "’s"].contains(toks[k + 1].text), !toks[k].text.hasSuffix("'s"), !toks[k].text.hasSuffix("’s") else { return true }
            let next = toks[k + 1].lower
            return isFunctionWord(toks[k + 1]) || words.reportVerbs.hasMatch(next)
                || doc.language == .en && next.hasSuffix("ed") || words.cues.matches(next).contains { $0.cueClass == .verb || $0.cueClass == .verbRecv }
        }

        /// Whether `nameSequence(at: i, end: end)` may be 2 or more: only when the token after `i` is a word
        /// that may go on a name (a capital, a hyphen, a particle). A capitalized word before a lower-case one
        /// (most German nouns) is then passed over without the sequence's look-ups.
        @inline(__always)
        func mayStartLongName(at i: Int, end: Int) -> Bool {
            guard i + 1 < end, toks[i + 1].isWord else { return false }
            return toks[i + 1].isCapitalized || toks[i + 1].hasHyphenByte || isParticle(toks[i + 1])
        }

        /// The parts of a word between hyphens (Characters "-"); a word without a hyphen byte is its one part.
        static func hyphenParts(_ text: String) -> [String] {
            if !text.utf8Contains(0x2D) { return text.isEmpty ? [] : [text] }
            if let parts = hyphenPartsByBytes(text) { return parts }
            return text.split(separator: "-").map(String.init)
        }

        static func particlesOK(_ t: Token) -> Bool { ActorFinder.particles.contains(t.lower) }

        func isCommonNoun(_ t: Token) -> Bool {
            guard doc.language == .de else { return false }
            return memo.flag(t, .commonNoun) { ActorFinder.isLongWithNounSuffix(t.lower) }
        }

        /// Relation cue words and report verbs never belong to a name.
        func isFreeOfCues(_ t: Token) -> Bool {
            memo.flag(t, .freeOfCues) {
                // (`hasMatch`: the same answer as `matches(…).isEmpty`, without collecting the values)
                !words.cues.hasMatch(t.lower) && !words.reportVerbs.hasMatch(t.lower) && !isClaimNoun(t)
            }
        }

        // MARK: the scan

        func scan(sentence s: Sentence) {
            let end = s.tokens.upperBound
            defineAcronyms(in: s)
            defineDescribedAcronyms(in: s)
            defineHeadedNames(in: s)
            defineDescribedNames(in: s)
            defineAppositionCompanies(in: s)
            let firstMention = mentions.count
            var i = s.tokens.lowerBound
            while i < end {
                // (the token read in place, not copied: a copy retains its two strings, on every token)
                guard toks[i].isWord else { i += 1; continue }
                if let d = defined[i] {
                    addMention(d.actor, tokens: i..<(i + d.length), sentence: s.index, form: .name)
                    i += d.length
                    continue
                }
                if !describedNames.isEmpty, let n = describedName(at: i, end: end) {
                    addMention(n.actor, tokens: i..<(i + n.length), sentence: s.index, form: .name)
                    i += n.length
                    continue
                }
                if !aliases.isEmpty, let a = aliases[toks[i].text] ?? aliasGenitive(toks[i]) {
                    addMention(a, tokens: i..<(i + 1), sentence: s.index, form: .name)
                    i += 1
                    continue
                }
                // (a word where nothing can start: every step below would find nothing. A new step below that
                // can find something at a word `isInert` lets pass must add its own condition there.)
                if isInert(i) && (!toks[i].isCapitalized || isFunctionWord(at: i) || !mayStartLongName(at: i, end: end)) { i += 1; continue }
                // "General Dynamics", "King Salman": a longer lexicon name wins over a title
                // (asked once here: the answer depends on the token and the end alone, and the steps between
                // change neither)
                let name = nameMatch(at: i, end: end)
                let longerName = name.map { m in m.1 > 1 && m.1 > (titleMatch(at: i, end: end)?.length ?? 0) } ?? false
                if !longerName, let step = title(at: i, sentence: s) { i += step; continue }
                // "The foreign ministers of India and Pakistan, X and Y,": an English plural title
                if doc.language == .en, i + 1 < end, toks[i + 1].lower == "of", toks[i].lower.hasSuffix("s"), let step = pluralTitle(at: i, sentence: s) {
                    i += step
                    continue
                }
                if let (e, n) = name {
                    // ("the small South American nation", "in the Indian Ocean": a region's name, no actor)
                    if e.actor == NameEntry.region { i += n; continue }
                    // "23 Kenyan fishermen", "kirgisische Staatsbürger": a state's people, a group and no state
                    // ("US journalist Evan Gershkovich", "UK nationals": a state's short name in capitals is used as its adjective)
                    if e.form == .adjective || e.form == .name && n == 1 && toks[i].text.utf8.count <= 3 && toks[i].text.utf8.allSatisfy({ $0 >= 0x41 && $0 <= 0x5A }),
                       !words.groupNouns.isEmpty, let k = peopleGroup(adjective: e.actor, at: i, length: n, sentence: s) {
                        i = k
                        continue
                    }
                    if e.actor.hasIDPrefix("person:") {
                        let id = addPerson(tokens: i..<(i + n), sentence: s.index)
                        if e.genitive { mentions[mentions.count - 1].isPossessive = true }
                        if !pendingTitles.isEmpty { completePendingTitle(at: i, person: id, sentence: s) }
                        appositive(after: i + n, person: id, sentence: s)
                    } else if !e.genitive, !e.actor.hasIDPrefix("agreement:"), let k = placeNamedAgreement(at: i, nameLength: n, sentence: s) {
                        i += k
                        continue
                    } else {
                        let m = addMention(e.actor, tokens: i..<(i + n), sentence: s.index, form: e.form)
                        if e.genitive { mentions[m].isPossessive = true }
                        // "die ADF-Miliz … der islamistischen ADF", "ADF rebels … the ADF": an organization's name
                        // that opens with an acronym the lexicon leaves alone (ambiguous) defines it for the article
                        if e.actor.hasIDPrefix("org:") { aliasLeadingAcronym(at: i, nameLength: n) }
                    }
                    i += n
                    continue
                }
                if let n = namedAgreement(at: i, sentence: s) {
                    i += n
                    continue
                }
                if let m = words.agreements.longestMatch(memo.agreements(at: i), in: toks[..<end], at: i, key: \.lower),
                   m.value != "named" || signedInSentence(s), toks[i].isCapitalized || doc.language == .en,
                   // ("called on the government to publish all agreements signed with foreign militaries", "alle Abkommen":
                   // agreements of a quantifier are no one agreement)
                   !(i > s.tokens.lowerBound && words.quantifiers.contains(toks[i - 1].lower)) {
                    // "the AUKUS security pact", "das New-START-Abkommen": the named agreement itself
                    // ("das Protokoll, das Meloni und Rama unterzeichnet hatten", "signed a joint declaration": a head that is an
                    // agreement only with a name is one where the sentence signs or concludes it)
                    var id = "agreement:?" + (m.value == "named" ? Self.namedHeadKind(toks[i + m.length - 1].lower) : m.value)
                    if let prev = mentions.last, prev.sentence == s.index, prev.actor.hasIDPrefix("agreement:"), !prev.actor.hasIDPrefix("agreement:?"),
                       prev.tokens.upperBound >= i - 1 {
                        id = prev.actor
                    } else if m.length == 1, i > s.tokens.lowerBound, ActorFinder.definiteArticles.contains(toks[i - 1].lower),
                              RelationFinder.genericAgreementKinds.contains(m.value),
                              let prev = mentions.last(where: { $0.actor.hasPrefix("agreement:") }), prev.sentence >= s.index - 5 {
                        // "… signed a border treaty. … the agreement": a bare definite agreement noun is the one named last
                        id = prev.actor
                    }
                    let surface = id.hasIDPrefix("agreement:?") ? agreementPhrase(i..<(i + m.length), sentence: s) : nil
                    addMention(id, tokens: i..<(i + m.length), sentence: s.index, form: .cue, range: surface)
                    for k in i..<(i + m.length) { covered[k] = true }
                    i += m.length
                    continue
                }
                // "den Indus-Wasservertrag", "das Migrationsabkommen": a German compound ending in an agreement's head
                if !covered[i], let kind = compoundAgreementKind(at: i) {
                    let surface = agreementPhrase(i..<(i + 1), sentence: s)
                    addMention("agreement:?" + kind, tokens: i..<(i + 1), sentence: s.index, form: .cue, range: surface)
                    covered[i] = true
                    i += 1
                    continue
                }
                // (asked only of a given name: "USS Carl Vinson" is a ship)
                func shipPrefix() -> Bool {
                    i > s.tokens.lowerBound && toks[i - 1].text.count >= 2 && toks[i - 1].text.count <= 4
                        && toks[i - 1].text.allSatisfy(\.isUppercase) && !covered[i - 1]
                }
                if isGivenName(at: i), i + 1 < end, !shipPrefix() {
                    let n = nameSequence(at: i, end: end)
                    if n >= 2 {
                        let id = addPerson(tokens: i..<(i + n), sentence: s.index)
                        if !pendingTitles.isEmpty { completePendingTitle(at: i, person: id, sentence: s) }
                        appositive(after: i + n, person: id, sentence: s)
                        i += n
                        continue
                    }
                }
                // "Andrij Jussow, einem Sprecher des ukrainischen Militärgeheimdienstes": a name that an
                // apposition gives a title
                if toks[i].isCapitalized && !isFunctionWord(at: i) && mayStartLongName(at: i, end: end) {
                    let n = nameSequence(at: i, end: end)
                    if n >= 2, pendingTitles[i] != nil {
                        let id = addPerson(tokens: i..<(i + n), sentence: s.index)
                        completePendingTitle(at: i, person: id, sentence: s)
                        i += n
                        continue
                    }
                    // (the title opens the apposition: ", sagte der Minister" is the next clause's speaker, no apposition)
                    if n >= 2, i + n + 1 < end, toks[i + n].text == ",",
                       ((i + n + 1)..<min(end, i + n + 6)).contains(where: { k in titleMatch(at: k, end: end) != nil
                           // ("Salif Sadio, the last major rebel commander": past three words, only lower-case describing words
                           // stand between the comma's determiner and the title)
                           && (k <= i + n + 3 || ((i + n + 2)..<k).allSatisfy { toks[$0].isWord && !toks[$0].isCapitalized && !words.relationNouns.contains(toks[$0].lower)
                               && !["who", "which", "that", "whose", "der", "die", "das", "den", "dem", "des"].contains(toks[$0].lower) })
                           // ("the Maritime Zones Act, signed by President Marcos": a preposition before the title
                           // puts the titled person in another phrase)
                           && ((i + n + 1)..<k).allSatisfy { !words.reportVerbs.hasMatch(toks[$0].lower) && words.preps[toks[$0].lower] == nil } }) {
                        let id = addPerson(tokens: i..<(i + n), sentence: s.index)
                        appositive(after: i + n, person: id, sentence: s)
                        i += n
                        continue
                    }
                    // "Zhang Xuezheng, who has led Nexperia": English "who" opens a clause on a person that leads something
                    // ("Goldman Sachs, who advised" or "Western Governments, who backed" name no one); and the words of a
                    // person around a name ("der Verleger Gui Minhai", "Chilekwa Mumba, a Kitwe-based activist")
                    // (a person's noun first is no name's word: "der Verleger Gui Minhai" is found at "Gui")
                    if n >= 2, !words.personNouns.contains(toks[i].lower),
                       doc.language == .en && i + n < end && toks[i + n].text == "," && leadsInClause(after: i + n, sentence: s)
                        || !words.personNouns.isEmpty && isPersonByContext(at: i, length: n, sentence: s) {
                        let id = addPerson(tokens: i..<(i + n), sentence: s.index)
                        appositive(after: i + n, person: id, sentence: s)
                        i += n
                        continue
                    }
                }
                if regionCompound(i, sentence: s) { i += 1; continue }
                compoundParts(i, sentence: s)
                i += 1
            }
            leaders(in: s, from: firstMention)
        }

        /// A group of a state's people named by the state's adjective at `i` (`length` words) and a noun of people right after
        /// it ("Kenyan fishermen", "labour migrants" of two words, "nigerianische Fischer"): the group is added and the token
        /// after its noun returned, or nil where no such noun follows or the state has no English adjective.
        func peopleGroup(adjective state: String, at i: Int, length: Int, sentence s: Sentence) -> Int? {
            let k = i + length
            let end = s.tokens.upperBound
            guard state.hasIDPrefix("state:"), k < end, toks[k].isWord, let adjective = lexicon.englishAdjectives[state] else { return nil }
            var plural: String?
            var n = 1
            if k + 1 < end, toks[k + 1].isWord, let p = words.groupNouns[toks[k].lower + " " + toks[k + 1].lower] {
                plural = p
                n = 2
            } else {
                plural = words.groupNouns[toks[k].lower]
            }
            // (German nouns are capitalized, English ones not: "Fischer", "fishermen")
            guard let plural, doc.language == .en || toks[k].isCapitalized else { return nil }
            // "French journalist Cécile Kohler", "der russische Aktivist Ilja Jaschin": the noun describes the person named
            // after it, who is found here; no group
            var after = k + n
            // ("den serbischen Geschäftsmann und Politiker Milan Radoičić": over a second describing noun)
            if after + 3 < end, toks[after].lower == "und" || toks[after].lower == "and", toks[after + 1].isWord,
               doc.language == .en ? !toks[after + 1].isCapitalized : toks[after + 1].isCapitalized, toks[after + 2].isCapitalized, toks[after + 3].isCapitalized {
                after += 2
            }
            if after + 1 < end, toks[after].isWord, toks[after].isCapitalized, !isFunctionWord(at: after), toks[after + 1].isCapitalized || isGivenName(at: after) {
                var len = nameSequence(at: after, end: end)
                guard len >= 2 else { return nil }
                // (German nouns are capitalized: "dem schwedischen Forscher Ahmadreza Djalali Spionage vor" names two words)
                if doc.language == .de, len > 2, !(after + 2 ..< after + len).contains(where: { Self.isParticleName(toks[$0]) || isParticle(toks[$0]) }) { len = 2 }
                let id = addPerson(tokens: after..<(after + len), sentence: s.index)
                if !pendingTitles.isEmpty { completePendingTitle(at: after, person: id, sentence: s) }
                return after + len
            }
            if words.personOnlyPlurals.contains(plural) { return nil }
            let label = adjective + " " + plural
            let id = "group:" + Slug.make(label)
            if actors[id] == nil { actors[id] = ActorInfo(id: id, kind: .group, label: label) }
            groupStates[id] = state
            if words.armedGroupPlurals.contains(plural) { armedGroups.insert(id) }
            // (the state known too, though not named: "beide Seiten" may stand for it)
            register(state)
            addMention(id, tokens: i..<(k + n), sentence: s.index, form: .name)
            return k + n
        }

        /// "Ukraine-Krieg", "Nato-Gipfel": an actor named in the first part of a hyphenated word.
        func compoundParts(_ i: Int, sentence s: Sentence) {
            guard toks[i].hasHyphenByte else { return }
            let t = toks[i]
            let parts = Self.hyphenParts(t.text)
            guard parts.count > 1 else { return }
            var offset = t.range.start
            var found: String?
            for (n, p) in parts.enumerated() {
                let len = p.unicodeScalars.count
                defer { offset += len + 1 }
                // the last part only after an actor: "US-Taliban", "russisch-nordkoreanisch" (not "Krieg" in "Ukraine-Krieg")
                if n == parts.count - 1 && found == nil { break }
                guard let e = nameEntry(forWord: p), !e.actor.hasIDPrefix("person:"), e.actor != found else { continue }
                addMention(e.actor, tokens: i..<(i + 1), sentence: s.index, form: .compoundPart, range: TextRange(offset, offset + len))
                covered[i] = true
                // a second actor only right after the first: "russisch-nordkoreanische" names both
                if found != nil || n > 0 { break }
                found = e.actor
            }
        }

        /// A title at `i`, with the person it names and the actor it belongs to; returns tokens consumed.
        func title(at i: Int, sentence s: Sentence) -> Int? {
            let end = s.tokens.upperBound
            guard let tm = titleMatch(at: i, end: end) else { return nil }
            var role = tm.role
            var actor = tm.actor
            var k = i + tm.length
            if let (a, r) = tm.part {
                addMention(a, tokens: i..<(i + 1), sentence: s.index, form: .compoundPart, range: r, inTitle: true)
                actor = a
            } else if let a = tm.actor {
                // "Kremlsprecher", "Bundeskanzler": the title itself names the state
                addMention(a, tokens: i..<(i + tm.length), sentence: s.index, form: .compoundPart, inTitle: true)
            }
            // An adjective or possessive just before: "der ukrainische Präsident", "Russia's foreign minister";
            // it wins over a compound's first part ("Sudans UN-Botschafter").
            if let q = qualifierBefore(i, sentence: s) {
                if mentions[q].actor.hasIDPrefix("group:") {
                    // ("Opposition leader Peter Dutton": a group names no office, and a title word is no group)
                    mentions.remove(at: q)
                } else {
                    mentions[q].inTitle = true
                    // ("the Slovak trade commissioner": a nationality says whose citizen holds an organization's office;
                    // a possessive still names the office's owner: "Canada's trade commissioner")
                    if !(tm.actor?.hasIDPrefix("org:") == true && mentions[q].form == .adjective) { actor = mentions[q].actor }
                }
            }
            // A genitive after: "Sprecher des iranischen Außenministeriums", "Präsident Russlands".
            let j = k
            if j < end, toks[j].isWord {
                let startsGenitive = isGenitiveLink(at: j)
                if startsGenitive || nameMatch(at: j, end: end).map({ !$0.0.actor.hasIDPrefix("person:") && toks[j].text.hasSuffix("s") && doc.language == .de }) == true {
                    var q = startsGenitive ? j + 1 : j
                    var found: (NameEntry, Int, Int)?
                    while q < end && q < j + 6 && toks[q].isWord {
                        if let (e, n) = nameMatch(at: q, end: end), !e.actor.hasIDPrefix("person:") { found = (e, q, n); break }
                        // ("Oberhaupt der Ovaherero Traditional Authority (OTA)": a name the article defines by its acronym)
                        if let d = defined[q], d.actor.hasIDPrefix("org:") { found = (NameEntry(actor: d.actor, form: .name), q, d.length); break }
                        // "des Präsidenten der Ecowas-Kommission": an actor in a compound's first part
                        if toks[q].containsHyphen, let first = Self.hyphenParts(toks[q].text).first, let e = nameEntry(forWord: first), !e.actor.hasIDPrefix("person:") {
                            found = (e, q, 1)
                            break
                        }
                        // another preposition opens a phrase of its own ("envoy for the talks between Serbia and Kosovo")
                        if q > j, words.preps[toks[q].lower] != nil { break }
                        if !(isDeterminer(at: q) || toks[q].isCapitalized || toks[q].lower.first?.isLetter == true) { break }
                        q += 1
                    }
                    if var (e, q0, n) = found {
                        // the phrase runs to the end of the noun after the actor word
                        var stop = q0 + n
                        if e.form == .adjective, stop < end, toks[stop].isWord, toks[stop].isCapitalized { stop += 1 }
                        // ("der georgischen Regierungspartei Georgischer Traum": an organization's name after the noun is the one)
                        if e.form == .adjective, stop > q0 + n, let (o, on) = nameMatch(at: stop, end: end), o.actor.hasIDPrefix("org:") {
                            (e, q0, n) = (o, stop, on)
                            stop += on
                        }
                        if actor == nil { actor = e.actor }
                        addMention(e.actor, tokens: q0..<(q0 + n), sentence: s.index, form: e.form, inTitle: true)
                        role = doc.slice(TextRange(toks[i].range.start, toks[stop - 1].range.end))
                        k = stop
                    }
                }
            }
            for q in i..<k { covered[q] = true }
            // The person: after the title (an optional comma between), or a known name.
            var p = k
            // ("The head of the Ovaherero Traditional Authority (OTA), Mutjinde Katjiua": the complement's acronym in brackets)
            if k > i + tm.length, p + 3 < end, toks[p].text == "(", toks[p + 2].text == ")", toks[p + 3].text == "," { p += 3 }
            // "The head of Iran's Atomic Energy Organization, Mohammad Eslami": the rest of the genitive's noun phrase
            if k > i + tm.length, p < end, !(p < end && toks[p].text == ",") {
                var q = p
                // ("of the ruling Georgian Dream party, …": the noun the name describes)
                while q < end && q < p + 5 && (toks[q].isCapitalized || ["'s", "’s"].contains(toks[q].text) || q == p && words.orgNouns.contains(toks[q].lower)) && toks[q].text != "," { q += 1 }
                if q < end, q > p, toks[q].text == "," { p = q }
            } else if k == i + tm.length, p + 2 < end, ["of", "von"].contains(toks[p].lower), toks[p + 1].isCapitalized {
                // "den Bischof von Matagalpa, Rolando Álvarez": a place the lexicon does not know, then the holder
                var q = p + 1
                while q < end && q < p + 4 && toks[q].isWord && toks[q].isCapitalized && !isFunctionWord(toks[q]) { q += 1 }
                if q < end, toks[q].text == "," { p = q }
            }
            if p < end, toks[p].text == "," {
                p += 1
                // ("the head of the Georgian Dream party, billionaire Bidzina Ivanishvili": over words that describe the holder)
                let d = describingWords(at: p, end: end)
                if d > 0, p + d < end, nameMatch(at: p + d, end: end).map({ $0.0.actor.hasIDPrefix("person:") }) ?? (isGivenName(at: p + d) && nameSequence(at: p + d, end: end) >= 2) { p += d }
            }
            // honorifics and ranks between the title and the name: "Außenminister Scheich Mohammed …",
            // "spokesman, Major General Zaw Min Tun"
            var skipped = 0
            while p < end, skipped < 2, ActorFinder.honorifics.contains(toks[p].text) || (titleMatch(at: p, end: end).map { $0.length == 1 && $0.actor == nil } ?? false) {
                p += 1
                skipped += 1
            }
            var person: String?
            var consumed = k - i
            // ("the head of the Wagner group, Trump said": a name after the genitive's comma is its holder only when the
            // apposition closes after it)
            let afterComma = p > k && toks[p - 1].text == ","
            func closesApposition(_ q: Int) -> Bool { !afterComma || q >= end || !toks[q].isWord || toks[q].lower == "and" || toks[q].lower == "und" }
            if p < end, toks[p].isWord {
                if let (e, n) = nameMatch(at: p, end: end), e.actor.hasIDPrefix("person:"), closesApposition(p + n) {
                    person = addPerson(tokens: p..<(p + n), sentence: s.index)
                    consumed = p + n - i
                } else {
                    let n = nameSequence(at: p, end: end)
                    // (one word before another title is part of the office: "Deputy Chief Cabinet Secretary Haruka Nishimura")
                    // ("a representative of the Canadian High Commission": an institution, no name)
                    if n > 0, !(n == 1 && p + 1 < end && titleMatch(at: p + 1, end: end) != nil), !(n == 1 && ActorFinder.institutionNouns.contains(toks[p].text)),
                       closesApposition(p + n) {
                        person = addPerson(tokens: p..<(p + n), sentence: s.index)
                        consumed = p + n - i
                    } else if n == 0, let (e, len) = nameMatch(at: p, end: end), len == 1, !e.actor.hasIDPrefix("person:"), e.form == .name, p + 1 < end,
                              toks[p + 1].isWord, toks[p + 1].isCapitalized, nameMatch(at: p + 1, end: end) == nil, !isFunctionWord(toks[p + 1]),
                              // ("whose chairman, Jamaican Prime Minister Andrew Holness": an adjective and a title are no name)
                              titleMatch(at: p + 1, end: end) == nil {
                        // "Vox-Chef Santiago Abascal", "Verteidigungsminister Israel Katz": a place's name as the given name
                        // of the one the title names, with the family name after it
                        let rest = max(1, nameSequence(at: p + 1, end: end))
                        person = addPerson(tokens: p..<(p + 1 + rest), sentence: s.index)
                        consumed = p + 1 + rest - i
                    }
                }
            }
            // "Haftar's spokesman, Ahmed al-Mismari": a person's spokesman serves what that person leads
            // "Die OAS rief zur Zurückhaltung auf. Ihr Generalsekretär X …", "NATO condemned the attack. Its secretary general":
            // a possessive pronoun that opens the sentence before a title is the previous sentence's first state or organization
            if actor == nil, i - 1 == s.tokens.lowerBound, Self.ownerPronouns.contains(toks[i - 1].lower),
               let owner = mentions.first(where: { m in
                   m.sentence == s.index - 1 && !m.inTitle && !m.isLocative && (m.actor.hasIDPrefix("org:") || m.actor.hasIDPrefix("state:"))
               }) {
                actor = owner.actor
            }
            if actor == nil, let owner = personBefore(i, sentence: s) {
                // (else what the lexicon says that person leads or belongs to: "Haftar's spokesman" speaks for the LNA)
                actor = offices.last(where: { $0.person == owner && $0.titleStart == nil })?.actor ?? lexicon.affiliations[owner]?.actor
            }
            guard let pid = person else {
                // A title without a name: keep its actor mention; "der Präsident" alone names nobody new.
                // A plural title for two states and both holders named after it: "Die Außenminister beider Länder, A und B,"
                let genitiveActor = k > i + tm.length ? mentions.last?.actor : nil
                if let after = pairedHolders(from: k, firstActor: genitiveActor, titleStart: i, role: tm.role, sentence: s) {
                    for q in i..<after { covered[q] = true }
                    return after - i
                }
                // With a complement and an apposition after it, the name comes later: "Der US-Botschafter
                // in Budapest, David Pressman,".
                if let nameStart = complementApposition(after: k, sentence: s) {
                    pendingTitles[nameStart] = ActorFinder.PendingTitle(role: role, actor: actor, titleStart: i, complement: k..<(nameStart - 1),
                                                                         locative: ActorFinder.locativeComplementPreps.contains(toks[k].lower))
                }
                return max(1, k - i)
            }
            // "Vize-Außenministerin Ana Petrović aus Serbien", "minister Samuel Okafor of Nigeria"
            let after = i + consumed
            if actor == nil, after + 1 < end, ["aus", "from", "of"].contains(toks[after].lower),
               let (e, n) = nameMatch(at: after + 1, end: end), !e.actor.hasIDPrefix("person:") {
                addMention(e.actor, tokens: (after + 1)..<(after + 1 + n), sentence: s.index, form: e.form, inTitle: true)
                actor = e.actor
                consumed += 1 + n
            }
            recordOffice(person: pid, actor: actor, role: role, sentence: s, titleStart: i)
            // "Die Präsidenten Serdar Berdimuhamedow und Ilham Alijew": a second holder the lexicon knows, after "und"/"and",
            // holds the same office in the state or organization it names for that person
            let second = i + consumed
            if actor == nil || tm.actor == nil, second + 1 < end, ["und", "and"].contains(toks[second].lower),
               let (e, n) = nameMatch(at: second + 1, end: end), e.actor.hasIDPrefix("person:"), lexicon.affiliations[e.actor] != nil {
                let other = addPerson(tokens: (second + 1)..<(second + 1 + n), sentence: s.index)
                recordOffice(person: other, actor: nil, role: role, sentence: s, guessState: false)
                consumed += 1 + n
            }
            return consumed
        }

        /// "Mao Ning, a spokeswoman for China's foreign ministry," / "Yahya Saree, the Houthis' military spokesman".
        func appositive(after k: Int, person: String, sentence s: Sentence) {
            let end = s.tokens.upperBound
            guard k < end, toks[k].text == "," else { return }
            leadingClause(after: k, person: person, sentence: s)
            var j = k + 1
            var actor: String?
            var qual: [Int] = []
            let stop = min(end, k + 9)
            while j < stop {
                let t = toks[j]
                if t.text == "," || t.text == "." { break }
                // ("Olena Zelenska, the wife of the Ukrainian president": a tie to the title's holder, no office)
                if t.isWord, words.relationNouns.contains(t.lower) { break }
                if let tm = titleMatch(at: j, end: end) {
                    var role = tm.role
                    if actor == nil { actor = tm.actor ?? tm.part?.0 }
                    var e = j + tm.length
                    // "... spokesman for China's foreign ministry", "... minister of Somalia"
                    if e < end, isGenitiveLink(at: e) {
                        var q = e + 1
                        while q < end && q < e + 6 && toks[q].isWord {
                            // ("Mutjinde Katjiua, Oberhaupt der Ovaherero Traditional Authority (OTA),": a name the article
                            // defines by its acronym; the scan adds its mention, in the title)
                            if let d = defined[q], d.actor.hasIDPrefix("org:") {
                                if actor == nil { actor = d.actor }
                                e = q + d.length
                                break
                            }
                            if let (ne, n) = nameMatch(at: q, end: end), !ne.actor.hasIDPrefix("person:") {
                                if actor == nil { actor = ne.actor }
                                qual.append(addMention(ne.actor, tokens: q..<(q + n), sentence: s.index, form: ne.form, inTitle: true))
                                e = q + n
                                break
                            }
                            q += 1
                        }
                        role = doc.slice(TextRange(toks[j].range.start, toks[e - 1].range.end))
                    }
                    // "talks with Putin, North Korean leader Kim Jong Un": the title names the next person
                    if e < end, nameMatch(at: e, end: end).map({ $0.0.actor.hasIDPrefix("person:") }) == true || nameSequence(at: e, end: end) > 0 {
                        for q in qual { mentions[q].inTitle = false }
                        return
                    }
                    recordOffice(person: person, actor: actor, role: role, sentence: s, titleStart: j)
                    return
                }
                // (a group names no office: "Opposition leader X" is a title word)
                if let (ne, n) = nameMatch(at: j, end: end), !ne.actor.hasIDPrefix("person:"), !ne.actor.hasIDPrefix("group:") {
                    if actor == nil { actor = ne.actor }
                    qual.append(addMention(ne.actor, tokens: j..<(j + n), sentence: s.index, form: ne.form, inTitle: true))
                    j += n
                    continue
                }
                guard t.isWord || t.text == "'s" || t.text == "’s" || t.text == "'" || t.text == "’" else { break }
                j += 1
            }
            // No title: the qualifier mentions are ordinary mentions again.
            for q in qual { mentions[q].inTitle = false }
        }

        /// The actor mention that ends right before `i` (or before a possessive 's), for "Russia's minister".
        func qualifierBefore(_ i: Int, sentence s: Sentence) -> Int? {
            var at = i
            // a possessor over up to two lower-case adjectives: "Greenland's new premier"
            var k = i
            while k > i - 2, k - 1 >= s.tokens.lowerBound, toks[k - 1].isWord, !toks[k - 1].isCapitalized,
                  !Self.isPossessiveMark(toks[k - 1].text), !isDeterminer(at: k - 1),
                  words.preps[toks[k - 1].lower] == nil { k -= 1 }
            if k - 1 >= s.tokens.lowerBound, Self.isPossessiveMark(toks[k - 1].text) {
                at = k - 1
            } else if at - 1 >= s.tokens.lowerBound, Self.isPossessiveMark(toks[at - 1].text) {
                at -= 1
            }
            for idx in mentions.indices.reversed() {
                let m = mentions[idx]
                if m.sentence != s.index { return nil }
                if m.tokens.upperBound == at && m.range.end <= toks[i].range.start {
                    if m.actor.hasIDPrefix("person:") || m.actor.hasIDPrefix("agreement:") { return nil }
                    return idx
                }
                if m.tokens.upperBound < at - 1 { return nil }
            }
            return nil
        }

        /// The person named as possessor right before `i` ("Haftar's", "Putins").
        func personBefore(_ i: Int, sentence s: Sentence) -> String? {
            var at = i
            if at - 1 >= s.tokens.lowerBound, Self.isPossessiveMark(toks[at - 1].text) { at -= 1 }
            var found: Mention?
            for m in mentions.reversed() {
                if m.sentence != s.index { break }
                if m.tokens.upperBound == at && m.actor.hasIDPrefix("person:") { found = m; break }
            }
            guard let m = found else { return nil }
            return (at < i || m.isPossessive || doc.language == .de && m.surface.hasSuffix("s")) ? m.actor : nil
        }

        func recordOffice(person: String, actor: String?, role: String, sentence s: Sentence, titleStart: Int? = nil, guessState: Bool = true) {
            // (an office is held in a state or an organization, not in a group: "Opposition leader X", "Oppositionsführer X")
            var a = actor.flatMap { $0.hasIDPrefix("group:") ? nil : $0 }
            var tentative = false
            if a == nil, let aff = lexicon.affiliations[person] { a = aff.actor }
            if a == nil && guessState {
                // ("Konzernchef Simon Trott", "NBIM Chief Executive Nicolai Tangen": a company's head, in the organization named last)
                a = words.orgTitles.contains(role.lowercasedFast()) ? nearestOrganizationBefore(sentence: s, token: titleStart) : nearestStateBefore(sentence: s, token: titleStart)
                tentative = true
            }
            // ("Kataib Hezbollah fired rockets. A spokesman for the group, X, said": no state to guess; kept without an
            // actor for coreference to find one in the title's complement, else dropped there)
            if a == nil, let t = titleStart {
                var o = Office(person: person, actor: "", role: role, sentence: s.index)
                o.titleStart = t
                offices.append(o)
                return
            }
            guard let office = a, office != person else { return }
            // "Innenminister X telefonierte mit seinem marokkanischen Amtskollegen Y": a counterpart holds the office in
            // another state, so X's office guessed in that state is guessed again without it
            // (`lowercasedFast`: a Latin-1 title lowered without the Unicode case mapping, the same String)
            if !tentative, Self.counterpartTitles.contains(role.lowercasedFast()) {
                for k in offices.indices.reversed() where offices[k].sentence == s.index && offices[k].titleStart != nil && offices[k].actor == office {
                    // (no other state to guess: no guess)
                    if let other = nearestStateBefore(sentence: s, token: offices[k].titleStart, excluding: office) { offices[k].actor = other; register(other) } else { offices.remove(at: k) }
                }
            }
            register(office)
            var o = Office(person: person, actor: office, role: role, sentence: s.index)
            if tentative { o.titleStart = titleStart }
            offices.append(o)
        }

        /// Possessive pronouns of an institution or a state, which open a sentence before a title ("Ihr Generalsekretär", "Its
        /// secretary general"); not "his"/"her", whose owner is a person.
        static let ownerPronouns: Set<String> = ["ihr", "ihre", "sein", "seine", "its", "their"]

        /// Titles of one who holds the same office in another state ("seinem marokkanischen Amtskollegen").
        static let counterpartTitles: Set<String> = ["amtskollege", "amtskollegen", "amtskollegin", "amtskolleginnen", "counterpart", "counterparts"]

        /// The last organization named before this point, in this sentence or the three before it.
        func nearestOrganizationBefore(sentence s: Sentence, token: Int? = nil) -> String? {
            for m in mentions.reversed() where m.actor.hasIDPrefix("org:") {
                if m.sentence < s.index - 3 { break }
                guard m.sentence < s.index || m.sentence == s.index && token.map({ m.tokens.upperBound <= $0 }) ?? true else { continue }
                return m.actor
            }
            return nil
        }

        /// The last state named before this point (this sentence first, then earlier ones); with a
        /// token, only what this sentence names before it ("envoy X, who visited Beirut": not Beirut).
        func nearestStateBefore(sentence s: Sentence, token: Int? = nil, excluding: String? = nil) -> String? {
            // another person's title ("Russian Ambassador X") says nothing of this one's office
            // (a possessor or genitive attribute is not what the sentence is about: "weil Serbien die Unabhängigkeit Kosovos nicht anerkenne")
            // ("Bogotá/Caracas – …": a dateline's places say little; an earlier sentence's title state, "Kolumbiens
            // Präsident Petro", says more: asked after the plain states and before the dateline)
            func isDateline(_ m: Mention) -> Bool {
                let before = m.tokens.lowerBound - 1, after = m.tokens.upperBound
                return before >= 0 && toks[before].text == "/" || after < toks.count && (toks[after].text == "/" || toks[after].text == "–" && m.tokens.lowerBound == doc.sentences[m.sentence].tokens.lowerBound)
            }
            // (a plain state of this sentence or the one before wins; further back, the later of a plain state and
            // an earlier sentence's title state)
            var titled: Mention?, dateline: String?
            // (a group of a state's people names its state: "detained four Sierra Leonean farmers")
            for m in mentions.reversed() where (m.actor.hasIDPrefix("state:") || !groupStates.isEmpty && groupStates[m.actor] != nil)
                    && !(m.inTitle && m.sentence == s.index) && !(m.isPossessive && m.sentence == s.index) && m.actor != excluding {
                guard m.sentence < s.index || m.sentence == s.index && token.map({ m.tokens.upperBound <= $0 }) ?? true else { continue }
                let actor = groupStates[m.actor] ?? m.actor
                if actor == excluding { continue }
                if m.inTitle {
                    if titled == nil { titled = m }
                } else if isDateline(m) {
                    if dateline == nil { dateline = actor }
                } else {
                    if m.sentence == s.index { return actor }
                    // ("Die Türkei stellte sich hinter Aşgabat und Baku. Energieminister X": for a title that opens its
                    // sentence, the first plain state of the sentence before, which that sentence is about, not the last)
                    if m.sentence == s.index - 1, let t = token, t <= s.tokens.lowerBound + 1 {
                        let first = mentions.first { f in
                            f.sentence == m.sentence && !f.inTitle && !f.isLocative && !f.isPossessive && f.actor != excluding
                                && (f.actor.hasIDPrefix("state:") || !groupStates.isEmpty && groupStates[f.actor] != nil) && !isDateline(f)
                        }
                        return first.map { groupStates[$0.actor] ?? $0.actor } ?? actor
                    }
                    if m.sentence == s.index - 1 { return actor }
                    return titled?.actor ?? actor
                }
            }
            return titled?.actor ?? dateline
        }

        /// The kind of an agreement whose head is a word for an agreement only with a name ("Erklärung", "protocol"), for
        /// its id: its own kind, so that a signed declaration is not taken for the article's other agreements.
        static func namedHeadKind(_ head: String) -> String {
            namedHeadKinds.first { head.hasPrefix($0.prefix) }?.kind ?? "accord"
        }
        static let namedHeadKinds: [(prefix: String, kind: String)] = [
            ("erklär", "declaration"), ("declar", "declaration"), ("protok", "protocol"), ("protoc", "protocol"), ("chart", "charter"),
            ("konvent", "convention"), ("conven", "convention"), ("coven", "covenant"), ("framew", "framework"), ("kons", "consensus"), ("cons", "consensus"),
        ]

        /// Whether the sentence has a verb of signing or concluding (a `party_to` verb cue).
        func signedInSentence(_ s: Sentence) -> Bool {
            s.tokens.contains { k in
                guard toks[k].isWord && !toks[k].isCapitalized else { return false }
                let w = toks[k].lower
                if words.cues.matches(w).contains(where: { $0.type == .partyTo && $0.cueClass == .verb }) { return true }
                // ("das zwischen Rom und Tirana geschlossene Protokoll": the participle inflected as an adjective)
                // (the same forms the relation finder's `signingParticiple` word class holds)
                return doc.language == .de && RelationFinder.adjectiveSuffixesDE.contains { w.hasSuffix($0) && WordClass.isSigningParticiple(String(w.dropLast($0.count)), words) }
            }
        }

        /// Marks mentions that stand after a locative preposition, over determiners and adjectives,
        /// and English possessors ("Russia's").
        func markLocatives() {
            for i in mentions.indices {
                let after = mentions[i].tokens.upperBound
                // (the byte count first: only texts of 2 or 4 bytes can equal "'s" or "’s", which nothing else is
                // canonically equivalent to; no String comparison for the other words after a mention)
                if after < toks.count, toks[after].text.utf8.count == 2 || toks[after].text.utf8.count == 4,
                   toks[after].text == "'s" || toks[after].text == "’s" { mentions[i].isPossessive = true }
                var k = mentions[i].tokens.lowerBound - 1
                var steps = 0
                let sentenceStart = doc.sentences[mentions[i].sentence].tokens.lowerBound
                while k >= sentenceStart && steps < 3 {
                    // (the token read in place: a copy retains its two strings)
                    if let role = prepRole(toks[k]) {
                        // "die Regierung in Abu Dhabi": the place stands for the government
                        let government = k - 1 >= sentenceStart && (isStateDescriptor(at: k - 1) || isGovernmentNoun(at: k - 1) || RelationFinder.isMinistryNoun(toks[k - 1].lower))
                        mentions[i].isLocative = role == .location && !government
                        break
                    }
                    // (the flag before the set: most words before a mention are lower case)
                    guard toks[k].isWord, !toks[k].isCapitalized || isDeterminer(at: k) else { break }
                    k -= 1
                    steps += 1
                }
            }
        }

        // MARK: surnames

        /// A surname alone names the person found under the full name ("Peskow", "Zelensky", "Selenskyjs").
        /// "Präsident Pavel hält dagegen. … Präsident Petr Pavel, der …": a person the scan made of a title and one name,
        /// before the full name came, is the person whose surname that is (one such person only).
        func earlySurnames() {
            guard !surnames.isEmpty else { return }
            var moved: [String: String] = [:]
            for n in mentions.indices where mentions[n].tokens.count == 1 && mentions[n].actor.hasIDPrefix("person:") {
                let id = mentions[n].actor
                guard lexicon.actors[id] == nil, let full = surnames[toks[mentions[n].tokens.lowerBound].text], full != id else { continue }
                mentions[n].actor = full
                moved[id] = full
            }
            guard !moved.isEmpty else { return }
            for (old, _) in moved where !mentions.contains(where: { $0.actor == old }) { actors[old] = nil }
            // (the full name's own office wins; a guessed one of the early mention goes)
            offices = offices.compactMap { o in
                guard let full = moved[o.person] else { return o }
                if offices.contains(where: { $0.person == full }) { return nil }
                var c = o
                c.person = full
                return c
            }
        }

        func surnamePass() {
            guard !surnames.isEmpty else { return }
            // (a few surnames against every capitalized word: the filter turns most away without a String hash;
            // a small one, which allocates and clears nothing)
            var filter = SmallWordFilter()
            for name in surnames.keys { filter.insert(name) }
            // (per distinct word: 0 not asked yet, 1 no surname, 2 maybe one; a word repeated is not hashed again)
            var maySurname = [UInt8](repeating: 0, count: memo.idCount)
            for s in doc.sentences {
                for i in s.tokens where !covered[i] && toks[i].isWord && toks[i].isCapitalized {
                    let w = Int(memo.wordIds[i])
                    if maySurname[w] == 0 { maySurname[w] = filter.mayContain(toks[i].text) ? 2 : 1 }
                    if maySurname[w] == 2, let id = surnames[toks[i].text] {
                        let m = addMention(id, tokens: i..<(i + 1), sentence: s.index, form: .person)
                        let text = toks[i].text
                        if doc.language == .de && text.hasSuffix("s") && surnames[String(text.dropLast())] == id {
                            mentions[m].isPossessive = true
                        }
                    }
                }
            }
        }
    }
}
