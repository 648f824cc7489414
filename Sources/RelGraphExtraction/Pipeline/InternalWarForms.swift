import Foundation

/// Whether a cue form names a war inside one state (`RelationFinder.internalWarNouns`), kept across the
/// documents one process extracts. Working it out lower-cases the form and searches it (Foundation's search
/// for a form beyond ASCII), thousands of instructions, while the forms are the lexicon's and recur in every
/// document. Bounded (`capacity` forms: the answers stay those worked out fresh beyond it); extraction on
/// several threads shares it behind a lock.
final class InternalWarForms: @unchecked Sendable {
    let capacity: Int
    private let lock = NSLock()
    /// Guarded by `lock`.
    private var known: [String: Bool] = [:]

    init(capacity: Int = 4096) { self.capacity = capacity }

    /// The kept answer for `form`, else `compute(form)` (kept while there is room).
    func answer(_ form: String, _ compute: (String) -> Bool) -> Bool {
        if let a = lock.withLock({ known[form] }) { return a }
        let a = compute(form)
        lock.withLock { if known.count < capacity { known[form] = a } }
        return a
    }

    /// How many forms are kept.
    var count: Int { lock.withLock { known.count } }
}
