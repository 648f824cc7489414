/// What the actor finder works out per distinct word of a document (`ActorFinder.Memo`): where the
/// phrases that start with it are in the word index, whether nothing the scan looks for can start at it
/// (`State.isInert`), whether it names a title alone, and the German compound agreement it names; kept
/// across documents by `ActorWordFactsTable`. (Once a cache keyed by the text's bytes; only its `Facts`
/// are left, under the name the actor finder uses for them.)
enum ActorWordFactsCache {
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
}
