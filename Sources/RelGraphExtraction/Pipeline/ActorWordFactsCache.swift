import Foundation

/// What the actor finder works out per distinct word of a document (`ActorFinder.Memo`): where the
/// phrases that start with it are in the word index, whether nothing the scan looks for can start at it
/// (`State.isInert`), whether it names a title alone, and the German compound agreement it names. Kept
/// across the documents one process extracts, for one document language: most words of an article were
/// seen in earlier articles, and asking here costs one hash of the word's bytes, where the index look-ups
/// (one or two) and the per-word tests (title heads, agreement heads, region prefixes) cost several times
/// more.
///
/// Texts are keyed by their bytes, as the tokenizer numbers a document's words, so that two texts equal
/// only as Strings (canonically equivalent) never share answers; every answer depends on the text alone
/// (for one language and lexicon). The cache is bounded: once it holds `capacity` texts it takes no new
/// ones (answers kept may still be completed), so memory stays flat. Extraction on several threads
/// shares it behind a lock, taken twice per document (once to read, once to write back).
final class ActorWordFactsCache: @unchecked Sendable {
    /// The answers for one text. The three per-word answers are coded as the memo keeps them: 0 not
    /// worked out yet, else the answer.
    struct Facts: Sendable, Equatable {
        var starts: ActorWordIndex.Starts
        /// `Memo.inert`: 1 no, 2 yes.
        var inert: UInt8 = 0
        /// `Memo.compoundTitles`: 1 no, 2 yes.
        var compoundTitle: UInt8 = 0
        /// `Memo.compoundAgreements`: 1 none, 2 + the place of its head.
        var compoundAgreement: Int16 = 0

        /// These answers with those of `other` (for the same text) where these are not worked out yet.
        func completed(by other: Facts) -> Facts {
            var f = self
            if f.inert == 0 { f.inert = other.inert }
            if f.compoundTitle == 0 { f.compoundTitle = other.compoundTitle }
            if f.compoundAgreement == 0 { f.compoundAgreement = other.compoundAgreement }
            return f
        }
    }

    let capacity: Int
    private let lock = NSLock()
    /// Guarded by `lock`.
    private var table = Table()

    init(capacity: Int = 60_000) { self.capacity = capacity }

    /// How many texts are kept.
    var count: Int { lock.withLock { table.values.count } }

    /// The kept answers for each text (nil for a text not kept), under one lock.
    func lookUp(_ texts: [String]) -> [Facts?] {
        lock.withLock {
            // (the table bound once: a stored struct reached anew for each word was copied, its arrays retained)
            let t = table
            return texts.map { t.value(for: $0) }
        }
    }

    /// The kept answers for the texts of `tokens` at `at` (nil for a text not kept, and for a place of
    /// -1), under one lock, with no array of the texts made.
    func lookUp(_ tokens: [Token], at: [Int32]) -> [Facts?] {
        lock.withLock {
            let t = table
            return tokens.withUnsafeBufferPointer { toks in
                at.map { i in i < 0 ? nil : t.value(for: toks[Int(i)].text) }
            }
        }
    }

    /// Keeps these answers, completing those kept for the same text (a text's answers never differ); a new
    /// text only while there is room.
    func store(_ entries: [(text: String, facts: Facts)]) {
        guard !entries.isEmpty else { return }
        let capacity = capacity
        lock.withLock {
            for (text, facts) in entries {
                var t = text
                t.withUTF8 { table.store($0, facts, capacity: capacity) }
            }
        }
    }

    /// The texts (their bytes in a `ByteKeyTable`) and their answers, by entry number.
    private struct Table {
        var keys = ByteKeyTable()
        var values: [Facts] = []

        /// The kept answers for a text.
        @inline(__always)
        func value(for text: String) -> Facts? {
            var t = text
            let e = t.withUTF8 { keys.find($0, ByteKeyTable.hash($0)).entry }
            return e < 0 ? nil : values[e]
        }

        mutating func store(_ b: UnsafeBufferPointer<UInt8>, _ facts: Facts, capacity: Int) {
            let h = ByteKeyTable.hash(b)
            let (e, slot) = keys.find(b, h)
            if e >= 0 {
                values[e] = values[e].completed(by: facts)
                return
            }
            guard values.count < capacity else { return }
            keys.insert(b, h, at: slot)
            values.append(facts)
        }
    }
}
