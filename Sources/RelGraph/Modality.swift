/// How the article holds an edge: stated in its own voice, reported, denied, or hedged.
public enum Modality: String, CaseIterable, Sendable, Codable, Comparable {
    case asserted, reported, denied, possible

    public static func < (lhs: Modality, rhs: Modality) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
