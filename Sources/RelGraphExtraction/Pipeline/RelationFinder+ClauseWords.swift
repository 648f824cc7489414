import RelGraph

// Word and type lists that the clause loop and `relationsFor` ask of every clause or cue, kept once: an array or
// set literal in an expression is a new collection (allocated, filled, hashed and freed) each time it is asked.
extension RelationFinder {
    /// Openers of a that-clause.
    static let thatOpeners = ["that", "dass", "daß"]
    /// English indefinite articles, which open a describing apposition ("Viv Ansanm, a coalition of gangs").
    static let indefiniteArticlesEN: Set<String> = ["a", "an"]
    static let andBut = ["and", "but"]
    /// Prepositions before an English gerund clause ("accused Tehran of supplying …").
    static let gerundPreps = ["of", "for"]
    /// Relative pronouns that are the clause's subject, and those that are its object.
    static let subjectRelatives = ["who", "der", "die", "das", "which"]
    static let objectRelatives = ["dem", "denen", "den", "whom"]
    /// English relative pronouns: after a comma they open a relative clause, no apposition.
    static let englishRelatives: Set<String> = ["which", "who", "whom", "whose"]
    /// Pronouns that open reported speech for its speaker.
    static let itEs: Set<String> = ["it", "es"]
    static let itTheyWe: Set<String> = ["it", "they", "we"]
    static let we: Set<String> = ["we"]
    static let sieEsWir: Set<String> = ["sie", "es", "wir"]
    static let itThey: Set<String> = ["it", "they"]
    /// Types whose English verb before "to" and an infinitive promises or consents to act ("pledged to respond").
    static let promiseTypes: [EdgeType] = [.support, .partyTo, .request]
    /// Aid of any kind.
    static let aidTypes: [EdgeType] = [.support, .armsSupply, .militarySupport]
    /// Types whose cue compound names the giver ("EU-Hilfen", "EU-Sanktionen").
    static let givingTypes: [EdgeType] = [.support, .armsSupply, .militarySupport, .sanction]
    static let aidTypeSet: Set<EdgeType> = [.support, .armsSupply, .militarySupport]
    /// Troops and weapons: sent together, one transfer.
    static let transferTypes: Set<EdgeType> = [.armsSupply, .militarySupport]
    /// Kinds of unnamed agreement that say nothing of what the agreement is.
    static let genericAgreementKinds: Set<String> = ["agreement", "treaty", "deal", "accord", "pact"]
    /// German passive auxiliaries (all of them `passiveAux`), and those of the future.
    static let germanPassiveAux = ["wurde", "wurden", "worden", "würden", "wird", "werden"]
    static let futureAux = ["wird", "werden"]
    /// `["von", "vom"].contains(w)`, with the byte count asked first (both are three ASCII bytes, and a String equal
    /// to one has its bytes).
    static func isVonOrVom(_ w: String) -> Bool { w.utf8.count == 3 && (w == "von" || w == "vom") }
    /// `accusingTypes.contains(t)`, without hashing.
    static func isAccusingType(_ t: EdgeType) -> Bool { t == .conflict || t == .armsSupply || t == .support || t == .threat }
}
