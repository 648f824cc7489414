import RelGraph

/// Writes a graph as GraphML (for Gephi, yEd, Cytoscape): every key declared with its type, nodes sorted by
/// id, edges by (type, source, target), all text XML-escaped. Edge ids are `e0`, `e1`, ... in that order.
public struct GraphMLWriter: Sendable {
    public init() {}

    private struct Key {
        let id: String
        let domain: String
        let type: String
    }

    private static let keys: [Key] = [
        Key(id: "label", domain: "node", type: "string"),
        Key(id: "kind", domain: "node", type: "string"),
        Key(id: "names", domain: "node", type: "string"),
        Key(id: "mentions", domain: "node", type: "int"),
        Key(id: "role", domain: "all", type: "string"),
        Key(id: "color", domain: "all", type: "string"),
        Key(id: "mark", domain: "all", type: "string"),
        Key(id: "type", domain: "edge", type: "string"),
        Key(id: "modality", domain: "edge", type: "string"),
        Key(id: "attributedTo", domain: "edge", type: "string"),
        Key(id: "deniedBy", domain: "edge", type: "string"),
        Key(id: "rule", domain: "edge", type: "string"),
        Key(id: "plover", domain: "edge", type: "string"),
        Key(id: "cameo", domain: "edge", type: "string"),
        Key(id: "evidence", domain: "edge", type: "string"),
        Key(id: "sentences", domain: "edge", type: "string"),
        Key(id: "weight", domain: "edge", type: "int"),
        Key(id: "sources", domain: "edge", type: "string"),
    ]

    /// The GraphML document of `graph` (already filtered), with diff marks if given.
    public func write(_ graph: Graph, marks: GraphMarks? = nil) -> String {
        let g = graph.canonicalized()
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" "
        out += "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
        out += "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n"
        for k in Self.keys {
            out += "  <key id=\"\(k.id)\" for=\"\(k.domain)\" attr.name=\"\(k.id)\" attr.type=\"\(k.type)\"/>\n"
        }
        out += "  <key id=\"g_title\" for=\"graph\" attr.name=\"title\" attr.type=\"string\"/>\n"
        out += "  <key id=\"g_path\" for=\"graph\" attr.name=\"path\" attr.type=\"string\"/>\n"
        out += "  <key id=\"g_language\" for=\"graph\" attr.name=\"language\" attr.type=\"string\"/>\n"
        out += "  <graph id=\"relgraph\" edgedefault=\"directed\">\n"
        if let s = g.source {
            if let t = s.title { out += data("g_title", t, indent: 4) }
            if let p = s.path { out += data("g_path", p, indent: 4) }
            if let l = s.language { out += data("g_language", l, indent: 4) }
        }
        for n in g.nodes {
            out += "    <node id=\"\(Self.escape(n.id))\">\n"
            out += data("label", n.label)
            out += data("kind", n.kind.rawValue)
            if !n.names.isEmpty { out += data("names", n.names.joined(separator: "; ")) }
            out += data("mentions", String(n.mentions))
            if let r = n.role { out += data("role", r) }
            out += data("color", Style.look(n.kind).fill)
            if let m = marks?.nodes[n.id] { out += data("mark", m.rawValue) }
            out += "    </node>\n"
        }
        for (i, e) in g.edges.enumerated() {
            let directed = e.type.isSymmetric ? " directed=\"false\"" : ""
            out += "    <edge id=\"e\(i)\" source=\"\(Self.escape(e.source))\" target=\"\(Self.escape(e.target))\"\(directed)>\n"
            out += data("type", e.type.rawValue)
            if let m = e.modality { out += data("modality", m.rawValue) }
            if let r = e.role { out += data("role", r) }
            if !e.attributedTo.isEmpty { out += data("attributedTo", e.attributedTo.joined(separator: ",")) }
            if !e.deniedBy.isEmpty { out += data("deniedBy", e.deniedBy.joined(separator: ",")) }
            if let r = e.rule { out += data("rule", r) }
            if let c = e.codes ?? e.type.codes {
                out += data("plover", c.plover)
                out += data("cameo", c.cameo)
            }
            if !e.evidence.isEmpty {
                out += data("evidence", e.evidence.map(\.text).joined(separator: "\n"))
                out += data("sentences", e.evidence.map { ($0.source.map { $0 + "#" } ?? "") + String($0.sentence) }.joined(separator: ","))
            }
            if let w = e.weight { out += data("weight", String(w)) }
            if let s = e.sources, !s.isEmpty { out += data("sources", s.joined(separator: "; ")) }
            out += data("color", Style.look(e.type).color)
            if let m = marks?.edges[e.key] { out += data("mark", m.rawValue) }
            out += "    </edge>\n"
        }
        out += "  </graph>\n</graphml>\n"
        return out
    }

    private func data(_ key: String, _ value: String, indent: Int = 6) -> String {
        String(repeating: " ", count: indent) + "<data key=\"\(key)\">\(Self.escape(value))</data>\n"
    }

    /// XML-escapes text for element content and attribute values; characters XML 1.0 forbids become U+FFFD.
    static func escape(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for scalar in s.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\n": out += "&#10;"
            case "\r": out += "&#13;"
            case "\t": out += "&#9;"
            default:
                let v = scalar.value
                if v < 0x20 || v == 0xFFFE || v == 0xFFFF { out += "\u{FFFD}" } else { out.unicodeScalars.append(scalar) }
            }
        }
        return out
    }
}
