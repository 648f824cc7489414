import Foundation

extension GraphDiff {
    /// The format name of the JSON form of a diff.
    public static let format = "relgraph-diff-1"

    /// The JSON form: both sides named (`a`, `b`: path, language, title), sections `added` and
    /// `removed` (nodes and edges, as in `relgraph-1`), `changed` (each with the fields that differ,
    /// whether the stance flipped, and the node or edge `before` (in a) and `after` (in b)), and
    /// `unchanged` counts. Stable order (nodes by id, edges by key), fixed key order, one item a
    /// line: the same two graphs give byte-identical output.
    public func jsonString() -> String {
        var out = "{\n  \"format\": \(JSONWriter.quoted(Self.format)),\n"
        out += "  \"a\": " + Self.encode(a) + ",\n"
        out += "  \"b\": " + Self.encode(b) + ",\n"
        out += "  \"added\": " + Self.section(nodes: addedNodes.map(Graph.encode), edges: addedEdges.map(Graph.encode)) + ",\n"
        out += "  \"removed\": " + Self.section(nodes: removedNodes.map(Graph.encode), edges: removedEdges.map(Graph.encode)) + ",\n"
        let nodes = changedNodes.map { c in
            JSONWriter.object([
                ("id", JSONWriter.quoted(c.id)),
                ("changes", JSONWriter.strings(c.fields.map(\.rawValue))),
                ("before", Graph.encode(c.before)),
                ("after", Graph.encode(c.after)),
            ])
        }
        let edges = changedEdges.map { c in
            JSONWriter.object([
                ("type", JSONWriter.quoted(c.key.type.rawValue)),
                ("source", JSONWriter.quoted(c.key.source)),
                ("target", JSONWriter.quoted(c.key.target)),
                ("changes", JSONWriter.strings(c.fields.map(\.rawValue))),
                ("stanceFlip", c.isStanceFlip ? "true" : "false"),
                ("before", Graph.encode(c.before)),
                ("after", Graph.encode(c.after)),
            ])
        }
        out += "  \"changed\": " + Self.section(nodes: nodes, edges: edges) + ",\n"
        out += "  \"unchanged\": " + JSONWriter.object([
            ("nodes", String(unchangedNodeCount)),
            ("edges", String(unchangedEdgeCount)),
            ("namedDifferently", JSONWriter.strings(namedDifferently)),
        ]) + "\n}\n"
        return out
    }

    public func jsonData() -> Data { Data(jsonString().utf8) }

    private static func encode(_ s: SourceInfo) -> String {
        JSONWriter.object([
            ("path", s.path.map(JSONWriter.quoted)),
            ("language", s.language.map(JSONWriter.quoted)),
            ("title", s.title.map(JSONWriter.quoted)),
        ])
    }

    /// `{"nodes": [...], "edges": [...]}` with one item a line.
    private static func section(nodes: [String], edges: [String]) -> String {
        "{\n    \"nodes\": " + list(nodes) + ",\n    \"edges\": " + list(edges) + "\n  }"
    }

    private static func list(_ items: [String]) -> String {
        items.isEmpty ? "[]" : "[\n" + items.map { "      " + $0 }.joined(separator: ",\n") + "\n    ]"
    }
}
