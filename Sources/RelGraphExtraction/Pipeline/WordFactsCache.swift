import Foundation

/// What the relation finder knows of a token text (its word classes; its cue entries inside a sentence
/// and at a sentence's start), kept across the documents one process extracts. Most words of an article
/// were seen in earlier articles: asking here costs one hash look-up per distinct word of a document, where
/// working the answers out again (word class table, wildcard forms, cue matching) costs far more.
///
/// Texts are keyed by the token String's representation (`StringBitsTable`): equal representations are
/// equal bytes, so two texts that are equal only as Strings (canonically equivalent) never share answers;
/// the tokenizer hands out the same String for a word it has seen, so a known word costs a multiply and a
/// compare of two words, where hashing and comparing its bytes cost a few instructions per byte (a long
/// word the tokenizer made anew is a miss, worked out again: the same answers). The cache is bounded: once it
/// holds `capacity` texts it takes no new ones (answers already kept may still be completed), so the
/// answers stay those worked out fresh and memory stays flat. Extraction on several threads shares it
/// behind a lock, taken twice per document (once to read, once to write back).
///
/// The kept answers are plain values (`Known`: the cue entries as numbers of lists kept once in `lists`),
/// so that a document's look-up of thousands of words copies no array and retains nothing per word, and
/// freeing the answers costs nothing per word.
final class WordFactsCache: @unchecked Sendable {
    /// The answers for one text, as given to `store`; nil where not worked out yet.
    struct Facts: Sendable {
        var classes: WordClass
        /// The clause splitter's marks of the text.
        var punctuation: TokenPunctuation = []
        var cues: [CueEntry]?
        var initialCues: [CueEntry]?
    }

    /// The kept answers for one text: `cues` and `initialCues` are numbers of lists in the `lists` that
    /// `lookUp` gives with them, or `unknown`.
    struct Known: Sendable, Equatable {
        var classes: WordClass
        var punctuation: TokenPunctuation
        var cues: Int32
        var initialCues: Int32
        /// A list not worked out yet.
        static let unknown: Int32 = -1
    }

    let capacity: Int
    private let lock = NSLock()
    /// Guarded by `lock`; a struct, so that its arrays are reached without the exclusivity checks a class's
    /// stored properties need on every access.
    private var table: Table

    init(capacity: Int = 60_000) {
        self.capacity = capacity
        table = Table(capacity: capacity)
    }

    /// How many texts are kept.
    var count: Int { lock.withLock { table.keys.count } }

    /// The kept answers for each text (nil for a text not kept) and the cue entry lists they number, under
    /// one lock. (Let go of `lists` before calling `store`: a list kept alive here makes the next new list
    /// copy the table's.)
    func lookUp(_ texts: [String]) -> (known: [Known?], lists: [[CueEntry]]) {
        lock.withLock { (table.lookUp(texts), table.lists) }
    }

    /// `lookUp` for the texts of `tokens` at `at` (nil for a place of -1), without an array of the texts.
    func lookUp(_ tokens: [Token], at: [Int]) -> (known: [Known?], lists: [[CueEntry]]) {
        lock.withLock { (table.lookUp(tokens, at: at), table.lists) }
    }

    /// The kept answers for each text (nil for a text not kept), with their lists as arrays.
    func facts(for texts: [String]) -> [Facts?] {
        let (known, lists) = lookUp(texts)
        return known.map { k in
            k.map { k in
                Facts(classes: k.classes, punctuation: k.punctuation,
                      cues: k.cues == Known.unknown ? nil : lists[Int(k.cues)],
                      initialCues: k.initialCues == Known.unknown ? nil : lists[Int(k.initialCues)])
            }
        }
    }

    /// Keeps these answers (completing those kept for the same text: a text's answers never differ); a new
    /// text only while there is room.
    func store(_ entries: [(text: String, facts: Facts)]) {
        guard !entries.isEmpty else { return }
        lock.withLock { table.store(entries) }
    }

    /// The texts (by the String's representation, `StringBitsTable`) and their answers; `lists` holds every
    /// cue entry list once (the first is the empty list, which most words have).
    private struct Table {
        var keys: StringBitsTable<Known>
        var lists: [[CueEntry]] = [[]]

        init(capacity: Int) { keys = StringBitsTable(capacity: capacity) }

        func lookUp(_ texts: [String]) -> [Known?] {
            // (the table bound once for the loop)
            let keys = keys
            return texts.map { keys.value(for: $0) }
        }

        func lookUp(_ tokens: [Token], at: [Int]) -> [Known?] {
            let keys = keys
            return tokens.withUnsafeBufferPointer { toks in
                at.map { i in i < 0 ? nil : keys.value(for: toks[i].text) }
            }
        }

        /// The number of `list` in `lists` (kept now), or `unknown` for nil.
        mutating func number(_ list: [CueEntry]?) -> Int32 {
            guard let list else { return Known.unknown }
            if list.isEmpty { return 0 }
            lists.append(list)
            return Int32(lists.count - 1)
        }

        mutating func store(_ entries: [(text: String, facts: Facts)]) {
            for (text, facts) in entries {
                if var kept = keys.value(for: text) {
                    // (only the lists not kept yet: a text's lists never differ)
                    guard kept.cues == Known.unknown && facts.cues != nil
                        || kept.initialCues == Known.unknown && facts.initialCues != nil else { continue }
                    if kept.cues == Known.unknown { kept.cues = number(facts.cues) }
                    if kept.initialCues == Known.unknown { kept.initialCues = number(facts.initialCues) }
                    keys.store(text, kept)
                    continue
                }
                // (a new text only while there is room: the table takes none once full)
                guard keys.count < keys.capacity else { continue }
                keys.store(text, Known(classes: facts.classes, punctuation: facts.punctuation,
                                       cues: number(facts.cues), initialCues: number(facts.initialCues)))
            }
        }
    }
}
