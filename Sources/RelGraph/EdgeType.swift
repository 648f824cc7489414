/// The 13 relation types of RELATIONS.md, with their direction and event codes.
public enum EdgeType: String, CaseIterable, Sendable, Codable, Comparable {
    case alliance
    case partyTo = "party_to"
    case militarySupport = "military_support"
    case armsSupply = "arms_supply"
    case support
    case conflict
    case denial
    case accusation
    case request
    case visit
    case represents
    case sanction
    case threat

    /// Symmetric types are stored with the smaller id as source.
    public var isSymmetric: Bool { self == .alliance }

    /// The PLOVER event type and CAMEO root code, where one matches.
    public var codes: EventCodes? {
        switch self {
        case .alliance: EventCodes(plover: "COOPERATE", cameo: "06")
        case .partyTo: EventCodes(plover: "SUPPORT", cameo: "05")
        case .militarySupport: EventCodes(plover: "AID", cameo: "07")
        case .armsSupply: EventCodes(plover: "AID", cameo: "07")
        case .support: EventCodes(plover: "SUPPORT", cameo: "05")
        case .conflict: EventCodes(plover: "ASSAULT", cameo: "19")
        case .denial: EventCodes(plover: "REJECT", cameo: "01")
        case .accusation: EventCodes(plover: "ACCUSE", cameo: "11")
        case .request: EventCodes(plover: "REQUEST", cameo: "02")
        case .visit: EventCodes(plover: "CONSULT", cameo: "04")
        case .represents: nil
        case .sanction: EventCodes(plover: "SANCTION", cameo: "16")
        case .threat: EventCodes(plover: "THREATEN", cameo: "13")
        }
    }

    public static func < (lhs: EdgeType, rhs: EdgeType) -> Bool { lhs.rawValue < rhs.rawValue }
}
