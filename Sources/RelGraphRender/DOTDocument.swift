/// A DOT graph as Graphviz's own parser (cgraph) reads it back: its attributes, nodes, edges and subgraphs.
/// Values are as cgraph stores them (DOT's escapes kept: `\\` for a backslash, `\n` for a line break).
public struct DOTDocument: Sendable, Hashable {
    /// An edge read back: its endpoints and its attributes.
    public struct Edge: Sendable, Hashable {
        public var tail: String
        public var head: String
        public var attributes: [String: String]
    }

    public var name: String
    public var isDirected: Bool
    public var attributes: [String: String]
    /// Node name → attributes (only those with a non-empty value).
    public var nodes: [String: [String: String]]
    /// In the order cgraph keeps them.
    public var edges: [Edge]
    /// Names of the subgraphs (clusters) directly under the root.
    public var subgraphs: [String]

    /// The edges between two nodes, in either direction.
    public func edges(between a: String, _ b: String) -> [Edge] {
        edges.filter { ($0.tail == a && $0.head == b) || ($0.tail == b && $0.head == a) }
    }

    /// Undoes DOT's data escaping (`\\` → `\`, `\n` → line break), for relgraph's own attributes.
    public static func unescape(_ value: String) -> String {
        var out = ""
        var escaped = false
        for c in value {
            if escaped {
                switch c {
                case "n": out.append("\n")
                default: out.append(c)
                }
                escaped = false
            } else if c == "\\" {
                escaped = true
            } else {
                out.append(c)
            }
        }
        if escaped { out.append("\\") }
        return out
    }
}
