import Foundation

/// The actor finder's per-word answers (`ActorWordFactsCache.Facts`: where the phrases that start with the
/// word are in the word index, whether it is inert, whether it names a title alone, the German compound
/// agreement it names), kept across the documents one process extracts, for one document language, by
/// the token String's representation (`StringBitsTable`). The tokenizer hands out the same String for a
/// word it has seen, so a word of an earlier article costs a multiply and a compare of two words here,
/// where `ActorWordFactsCache` (keyed by the text's bytes, whose `Facts` are kept here) copied the
/// String, hashed its bytes and compared them. A long word the tokenizer made anew is a miss, worked out
/// again.
///
/// Bounded. Extraction on several threads shares it behind a lock, taken twice per document (once to
/// read, once to write back).
final class ActorWordFactsTable: @unchecked Sendable {
    private let lock = NSLock()
    /// Guarded by `lock`.
    private var table: StringBitsTable<ActorWordFactsCache.Facts>

    init(capacity: Int = 60_000) { table = StringBitsTable(capacity: capacity) }

    /// How many texts are kept.
    var count: Int { lock.withLock { table.count } }

    /// The kept answers for the texts of `tokens` at `at` (nil for a text not kept, and for a place of
    /// -1), under one lock.
    func lookUp(_ tokens: [Token], at: [Int32]) -> [ActorWordFactsCache.Facts?] {
        lock.withLock {
            // (the table bound once for the loop)
            let t = table
            return tokens.withUnsafeBufferPointer { toks in
                at.map { i in i < 0 ? nil : t.value(for: toks[Int(i)].text) }
            }
        }
    }

    /// Keeps these answers, completing those kept for the same text (a text's answers never differ); a new
    /// text only while there is room.
    func store(_ entries: [(text: String, facts: ActorWordFactsCache.Facts)]) {
        guard !entries.isEmpty else { return }
        lock.withLock {
            for (text, facts) in entries { table.store(text, table.value(for: text).map { $0.completed(by: facts) } ?? facts) }
        }
    }
}
