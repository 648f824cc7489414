extension ActorFinder.State {
    /// An English possessive mark token: "'s", "’s", "'" or "’" (four compares of short strings, where a
    /// Set literal was built and hashed on every question).
    @inline(__always)
    static func isPossessiveMark(_ text: String) -> Bool {
        text == "'s" || text == "’s" || text == "'" || text == "’"
    }
}
