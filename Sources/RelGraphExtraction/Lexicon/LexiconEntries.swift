import RelGraph

/// A surface form of an actor: which actor and how it names it.
public struct NameEntry: Hashable, Sendable {
    public var actor: String
    public var form: Mention.Form
    /// The German genitive of the name ("Russlands", "Putins").
    public var genitive: Bool = false
    /// The actor of a region's name (lexicon `region`): names no actor, and keeps its words from naming one.
    public static let region = "place:region"
}

/// An office word: the role as written, and the actor the title itself implies, if any.
public struct TitleEntry: Hashable, Sendable {
    public var role: String
    public var actor: String?
}

/// The word class of a relation cue.
public enum CueClass: String, CaseIterable, Sendable {
    case verb
    /// the subject receives ("erhielt", "received")
    case verbRecv = "verb-recv"
    case noun, adj
    /// what is sent or delivered: troops, weapons ("Soldaten", "drones"). A theme decides the type of a
    /// transfer verb in its clause and gives no edge alone unless a preposition names the receiver.
    case theme
    /// a noun naming the source by its role ("Waffenlieferant", "arms supplier", "backer"): the noun phrase's
    /// possessor or complement is the target, the actor it describes (subject or apposition head) the source
    case agent
    /// a meeting verb ("traf", "met"): with a place of a state, everyone meeting there who is not of that state visits it
    case meet
    /// a verb that stops or cuts what an aid cue in its clause names ("setzte … aus", "suspended"): the aid becomes a sanction
    case reverse
    /// a word that accuses only as what a qualifying verb calls something ("described X's presence as a violation")
    case qualify
}

/// A word that signals an edge type.
public struct CueEntry: Hashable, Sendable {
    public var type: EdgeType
    public var cueClass: CueClass
    /// A German separable particle that must close the clause ("zurück").
    public var particle: String?
    /// The form as the lexicon writes it, for the edge's `rule`.
    public var form: String
}

/// The role that a preposition gives the actor after it.
public enum PrepRole: String, CaseIterable, Sendable {
    case target, agent, pair, with, source, location
    /// any other preposition: the actor after it is neither subject nor object
    case other
}

/// Kinds of reporting words.
public enum ReportClass: String, CaseIterable, Sendable {
    case verb, marker, claim
    /// reported-hedges ("soll", "angeblich", "reportedly"): the edge is reported, by no one named after them
    case rumour
    /// verbs that qualify a claim ("nannte die Vorwürfe absurd", "called the reports baseless"):
    /// with a claim noun in the clause they deny it
    case qualify
}
