import Foundation

/// The actor finder's word indexes (`ActorWordIndex`), one per document language, each built at the
/// first document of its language: a process that reads only German (or one short article) builds
/// only what it uses. Shared by the threads that extract at once; a lock guards the building.
final class ActorWordIndexCache: @unchecked Sendable {
    private let lexicon: Lexicon
    private let lock = NSLock()
    /// Built indexes by language (read and written only under `lock`).
    private var built: [Language: ActorWordIndex] = [:]

    init(lexicon: Lexicon) {
        self.lexicon = lexicon
    }

    /// The index for documents in this language.
    func index(for language: Language) -> ActorWordIndex {
        lock.lock()
        defer { lock.unlock() }
        if let index = built[language] { return index }
        let index = ActorWordIndex(words: lexicon[language], other: lexicon[language == .de ? .en : .de], givenNames: lexicon.givenNames)
        built[language] = index
        return index
    }
}
