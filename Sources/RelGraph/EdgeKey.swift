/// The identity of an edge: its type, source and target (symmetric types with the smaller id first).
public struct EdgeKey: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var type: EdgeType
    public var source: String
    public var target: String

    public init(type: EdgeType, source: String, target: String) {
        self.type = type
        if type.isSymmetric && target < source {
            self.source = target
            self.target = source
        } else {
            self.source = source
            self.target = target
        }
    }

    public static func < (lhs: EdgeKey, rhs: EdgeKey) -> Bool {
        (lhs.type.rawValue, lhs.source, lhs.target) < (rhs.type.rawValue, rhs.source, rhs.target)
    }

    public var description: String { "\(type.rawValue) \(source) -> \(target)" }
}
