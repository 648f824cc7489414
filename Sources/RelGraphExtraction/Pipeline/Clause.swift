/// A clause of a sentence: the tokens between clause boundaries (commas, colons, dashes, semicolons,
/// subordinating conjunctions), with the word that opens it.
struct Clause: Hashable, Sendable {
    var tokens: Range<Int>
    /// The first word in lower case when it is a conjunction, relative pronoun or infinitive marker.
    var opener: String?
    /// Appositions inside the clause ("Washington, Ottawa's closest ally, has urged …"): token ranges
    /// between the two commas, and whether the apposition names the head (after a title: "his
    /// counterpart, Hassan Sheikh Mohamud,") rather than describing it.
    var appositions: [(range: Range<Int>, namesHead: Bool)] = []

    static func == (a: Clause, b: Clause) -> Bool { a.tokens == b.tokens && a.opener == b.opener }
    func hash(into h: inout Hasher) { h.combine(tokens); h.combine(opener) }
}
