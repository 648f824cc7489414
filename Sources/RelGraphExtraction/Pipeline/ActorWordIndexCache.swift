import Foundation

/// The actor finder's word indexes (`ActorWordIndex`), one per document language, both built at the
/// first document as one table (`ActorWordIndex.pair`): a German index holds the English names anyway
/// (as the other language's), so the English one costs little more. Shared by the threads that extract
/// at once; a lock guards the building.
final class ActorWordIndexCache: @unchecked Sendable {
    private let lexicon: Lexicon
    private let lock = NSLock()
    /// The built indexes (read and written only under `lock`).
    private var built: (de: ActorWordIndex, en: ActorWordIndex)?

    init(lexicon: Lexicon) {
        self.lexicon = lexicon
    }

    /// The index for documents in this language.
    func index(for language: Language) -> ActorWordIndex {
        lock.lock()
        defer { lock.unlock() }
        let both: (de: ActorWordIndex, en: ActorWordIndex)
        if let built {
            both = built
        } else {
            let pair = ActorWordIndex.pair(lexicon[.de], lexicon[.en], givenNames: lexicon.givenNames)
            both = (pair.first, pair.second)
            built = both
        }
        switch language {
        case .de: return both.de
        case .en: return both.en
        }
    }
}
