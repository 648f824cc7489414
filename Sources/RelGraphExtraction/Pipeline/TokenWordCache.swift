import Foundation

/// What the tokenizer makes of a word's scalars (its String, its lower case, its "-" byte and capital),
/// kept across the documents one process extracts: most words of an article were seen in earlier
/// articles, and taking the kept Strings (a retain) costs a probe (with the hash `WordInterner` found for
/// the document's numbering) and a compare of the scalars, where
/// making them encoded the scalars into one or two new Strings (allocated and validated by the
/// standard library) and scanned them for the flags.
///
/// Keyed by the word's scalars, as `WordInterner` numbers a document's words: two texts equal only as
/// Strings (canonically equivalent) never share an entry, and everything kept depends on the scalars
/// alone. Bounded: once it holds `capacity` words it takes no new ones, so memory stays flat.
/// Extraction on several threads shares it behind a lock, taken twice per document (once to look the
/// document's distinct words up, once to keep the new ones).
final class TokenWordCache: @unchecked Sendable {
    /// What a token takes from its text alone.
    struct Word: Sendable, Equatable {
        var text: String
        var lower: String
        var hasHyphenByte: Bool
        var isCapitalized: Bool

        /// The parts of `token` that depend on its text alone.
        init(_ token: Token) {
            text = token.text
            lower = token.lower
            hasHyphenByte = token.hasHyphenByte
            isCapitalized = token.isCapitalized
        }
    }

    let capacity: Int
    private let lock = NSLock()
    /// Guarded by `lock`.
    private var table = Table()
    /// The kept words by entry number, in chunks of `chunkSize` that are allocated once and never move: an
    /// entry is written once, under the lock, before its number is handed out (under the lock), and never
    /// changed, so a caller reads it by number without the lock and without a copy of the word.
    private let chunks: UnsafeMutablePointer<UnsafeMutablePointer<Word>?>
    private let chunkCount: Int
    private static var chunkShift: Int { 12 }
    private static var chunkSize: Int { 1 << chunkShift }

    init(capacity: Int = 50_000) {
        self.capacity = capacity
        chunkCount = (capacity + Self.chunkSize - 1) >> Self.chunkShift
        chunks = .allocate(capacity: max(1, chunkCount))
        chunks.initialize(repeating: nil, count: max(1, chunkCount))
    }

    deinit {
        let n = table.count
        for c in 0..<chunkCount {
            guard let chunk = chunks[c] else { continue }
            chunk.deinitialize(count: min(Self.chunkSize, n - (c << Self.chunkShift)))
            chunk.deallocate()
        }
        chunks.deallocate()
    }

    /// How many words are kept.
    var count: Int { lock.withLock { table.count } }

    /// For each span of `scalars` (a document's distinct words, by word id, with their hashes
    /// `WordInterner.hash`), the entry number of the kept word (-1 for one not kept), under one lock.
    func entries(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ spans: [(start: Int32, end: Int32)], hashes: [UInt32]) -> [Int32] {
        lock.withLock {
            // (the table bound once: the stored property read anew for each word cost an exclusivity check)
            let t = table
            return spans.indices.map { id in
                let sp = spans[id]
                return Int32(truncatingIfNeeded: t.find(scalars, Int(sp.start), Int(sp.end), hashes[id]).entry)
            }
        }
    }

    /// Keeps the words of these spans of `scalars` (with what the tokenizer made of them), while there is
    /// room, under one lock; their entry numbers (-1 for one not kept). A word kept already (by another
    /// thread since the look-up) keeps its entry.
    func store(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ entries: [(start: Int32, end: Int32, word: Word)]) -> [Int32] {
        guard !entries.isEmpty else { return [] }
        let capacity = capacity
        return lock.withLock {
            entries.map { (a, b, word) in
                let h = WordInterner.hash(scalars, Int(a), Int(b))
                let (e, slot) = table.find(scalars, Int(a), Int(b), h)
                if e >= 0 { return Int32(e) }
                guard table.count < capacity else { return -1 }
                let n = table.count
                if n & (Self.chunkSize - 1) == 0 { chunks[n >> Self.chunkShift] = .allocate(capacity: Self.chunkSize) }
                (chunks[n >> Self.chunkShift]! + (n & (Self.chunkSize - 1))).initialize(to: word)
                table.insert(scalars, Int(a), Int(b), h, at: slot)
                return Int32(n)
            }
        }
    }

    /// The kept word of an entry number that `entries` or `store` gave (read in place, without the lock).
    @inline(__always)
    func word(_ e: Int32) -> UnsafePointer<Word> {
        let n = Int(e)
        return UnsafePointer(chunks[n >> Self.chunkShift]! + (n & (Self.chunkSize - 1)))
    }

    /// The words' scalars kept one after another in `arena` (entry `e` from `starts[e]` to `starts[e + 1]`),
    /// found by open addressing in `slots` (each the hash, high 32 bits, and entry + 1, low 32 bits; 0 for
    /// an empty slot; at most half full): a probe reads one word, and the look-up reads the tables through
    /// their buffers.
    private struct Table {
        var arena: [Unicode.Scalar] = []
        var starts: [Int32] = [0]
        var slots = [UInt64](repeating: 0, count: 1024)

        var count: Int { starts.count - 1 }

        /// The entry of `scalars[a..<b]` (-1 if none) and the slot that holds it, or the empty slot where it would go.
        @inline(__always)
        func find(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ a: Int, _ b: Int, _ h: UInt32) -> (entry: Int, slot: Int) {
            slots.withUnsafeBufferPointer { slots in
                starts.withUnsafeBufferPointer { starts in
                    arena.withUnsafeBufferPointer { kept in
                        let mask = slots.count - 1
                        var s = Int(h) & mask
                        while true {
                            let v = slots[s]
                            if v == 0 { return (-1, s) }
                            if UInt32(truncatingIfNeeded: v >> 32) == h {
                                let e = Int(UInt32(truncatingIfNeeded: v)) - 1
                                let start = Int(starts[e])
                                if Int(starts[e + 1]) - start == b - a {
                                    var k = 0
                                    while a + k < b && kept[start + k] == scalars[a + k] { k += 1 }
                                    if a + k == b { return (e, s) }
                                }
                            }
                            s = (s + 1) & mask
                        }
                    }
                }
            }
        }

        /// Adds `scalars[a..<b]` (not kept yet) in `slot`, the empty slot `find` gave.
        mutating func insert(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ a: Int, _ b: Int, _ h: UInt32, at slot: Int) {
            slots[slot] = UInt64(h) << 32 | UInt64(count + 1)
            arena.append(contentsOf: UnsafeBufferPointer(rebasing: scalars[a..<b]))
            starts.append(Int32(arena.count))
            if count * 2 > slots.count { grow() }
        }

        /// Doubles the slots and places every entry again (by the hash kept in its slot).
        private mutating func grow() {
            var newSlots = [UInt64](repeating: 0, count: slots.count * 2)
            let mask = newSlots.count - 1
            for v in slots where v != 0 {
                var s = Int(UInt32(truncatingIfNeeded: v >> 32)) & mask
                while newSlots[s] != 0 { s = (s + 1) & mask }
                newSlots[s] = v
            }
            slots = newSlots
        }
    }
}
