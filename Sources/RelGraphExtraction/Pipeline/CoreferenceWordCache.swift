import Foundation

/// What coreference's word table (`Coreference.WordBits.table`) works out per distinct word, kept across
/// the documents one process extracts, for one document language: most words of an article were seen in
/// earlier articles, and a word asked here costs a look-up by its String's representation
/// (`StringBitsTable`), where the table's filters, word map and sets cost more.
///
/// Keyed by the token's text (its lower case, kind and quotation-mark test, all the table reads, follow
/// from the text); bounded. An answer is plain numbers (the pair phrases by their place in `pairLists`,
/// which only grows), so the answers of a document are copied and freed without a retain or release.
/// Extraction on several threads shares it behind a lock, taken twice per document (once to read, once
/// to store the new words).
final class CoreferenceWordCache: @unchecked Sendable {
    /// A word's bits and the place of the pair phrases that start with it in `pairLists` (-1: none).
    struct Answer: Equatable {
        var bits: Coreference.WordBits
        var pairs: Int32
        /// `lookUp`'s answer for a text not kept.
        static let unknown = Answer(bits: [], pairs: -2)
    }

    private let lock = NSLock()
    /// Guarded by `lock`.
    private var table: StringBitsTable<Answer>
    /// Guarded by `lock`: every list of pair phrases an answer names (only appended to).
    private var lists: [[PhraseIndex<String>.Entry]] = []

    init(capacity: Int = 60_000) { table = StringBitsTable(capacity: capacity) }

    /// How many texts are kept.
    var count: Int { lock.withLock { table.count } }

    /// The kept answers for the texts of `tokens` at `at` (`Answer.unknown` for a text not kept, and for a
    /// place of -1), and the pair phrase lists they name, under one lock.
    func lookUp(_ tokens: [Token], at: [Int32]) -> (answers: [Answer], pairLists: [[PhraseIndex<String>.Entry]]) {
        lock.withLock {
            // (the table bound once for the loop)
            let t = table
            let answers = tokens.withUnsafeBufferPointer { toks in
                at.map { i in i < 0 ? Answer.unknown : t.value(for: toks[Int(i)].text) ?? Answer.unknown }
            }
            return (answers, lists)
        }
    }

    /// Keeps these answers (a new text only while there is room); `pairs` of an answer is the place of its
    /// list in `pairLists` (the lists `lookUp` gave, then one more for each new answer that names one).
    func store(_ entries: [(text: String, answer: Answer)], pairLists: [[PhraseIndex<String>.Entry]]) {
        guard !entries.isEmpty else { return }
        lock.withLock {
            for (text, answer) in entries {
                guard table.count < table.capacity else { return }
                var a = answer
                // (a new answer's list is appended here and the answer renumbered: another document may
                // have added lists since this one read them)
                if a.pairs >= 0 {
                    lists.append(pairLists[Int(a.pairs)])
                    a.pairs = Int32(lists.count - 1)
                }
                table.store(text, a)
            }
        }
    }
}
