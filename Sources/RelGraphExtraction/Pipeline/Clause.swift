/// A clause of a sentence: the tokens between clause boundaries (commas, colons, dashes, semicolons,
/// subordinating conjunctions), with the word that opens it.
struct Clause: Hashable, Sendable {
    var tokens: Range<Int>
    /// The first word in lower case when it is a conjunction, relative pronoun or infinitive marker.
    var opener: String?
}
