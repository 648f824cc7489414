extension GraphDiff {
    /// The summary line: "+1 node, -2 nodes, +3 edges, -1 edge, ~2 changed (10 nodes, 12 edges
    /// unchanged)", leaving out the parts that are zero; "no differences (…)" when there are none.
    /// "changed" counts nodes and edges.
    public var summary: String {
        var parts: [String] = []
        func part(_ sign: String, _ n: Int, _ noun: String) {
            if n > 0 { parts.append("\(sign)\(n) \(noun)\(n == 1 ? "" : "s")") }
        }
        part("+", addedNodes.count, "node")
        part("-", removedNodes.count, "node")
        part("+", addedEdges.count, "edge")
        part("-", removedEdges.count, "edge")
        let changed = changedNodes.count + changedEdges.count
        if changed > 0 { parts.append("~\(changed) changed") }
        var tail = "\(unchangedNodeCount) node\(unchangedNodeCount == 1 ? "" : "s"), "
            + "\(unchangedEdgeCount) edge\(unchangedEdgeCount == 1 ? "" : "s") unchanged"
        if !namedDifferently.isEmpty {
            tail += "; \(namedDifferently.count) node\(namedDifferently.count == 1 ? "" : "s") named differently"
        }
        return (parts.isEmpty ? "no differences" : parts.joined(separator: ", ")) + " (" + tail + ")"
    }

    /// The text form: the summary line, a line for each side, then one line a difference, grouped:
    /// nodes added (`+ node`), removed (`- node`), changed (`~ node`), edges added (`+ edge`),
    /// removed (`- edge`), changed (`~ edge`), with stance flips first among the changed edges and
    /// marked `!` instead of `~`. With `colour`, ANSI colours: added green, removed red, changed
    /// yellow, stance flips bold magenta.
    public func text(colour: Bool = false) -> String {
        let style = TextStyle(enabled: colour)
        var lines: [String] = [style.bold(summary)]
        lines.append(style.dim("a: " + Self.describe(a)))
        lines.append(style.dim("b: " + Self.describe(b)))
        for n in addedNodes { lines.append(style.green("+ node " + Self.describe(n))) }
        for n in removedNodes { lines.append(style.red("- node " + Self.describe(n))) }
        for c in changedNodes {
            lines.append(style.yellow("~ node \(c.id)  " + c.fields.map { Self.describe($0, c.before, c.after) }.joined(separator: "; ")))
        }
        for e in addedEdges { lines.append(style.green("+ edge " + Self.describe(e))) }
        for e in removedEdges { lines.append(style.red("- edge " + Self.describe(e))) }
        for c in changedEdgesStanceFirst {
            let line = "edge \(Self.describe(c.key))  " + c.fields.map { Self.describe($0, c.before, c.after) }.joined(separator: "; ")
            lines.append(c.isStanceFlip ? style.flip("! " + line) : style.yellow("~ " + line))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func describe(_ s: SourceInfo) -> String {
        var out = s.path ?? "(unnamed)"
        if let l = s.language { out += " (\(l))" }
        if let t = s.title { out += " \u{201C}\(t)\u{201D}" }
        return out
    }

    static func describe(_ n: Node) -> String {
        var out = "\(n.id)  \"\(n.label)\" (\(n.kind.rawValue)"
        if let r = n.role { out += ", role \"\(r)\"" }
        return out + ")"
    }

    /// "type source -> target", or "source -- target" for symmetric types.
    static func describe(_ k: EdgeKey) -> String {
        "\(k.type.rawValue) \(k.source) \(k.type.isSymmetric ? "--" : "->") \(k.target)"
    }

    static func describe(_ e: Edge) -> String {
        var attrs: [String] = []
        if let m = e.modality { attrs.append(m.rawValue) }
        if !e.attributedTo.isEmpty { attrs.append("attributedTo " + e.attributedTo.joined(separator: ", ")) }
        if !e.deniedBy.isEmpty { attrs.append("deniedBy " + e.deniedBy.joined(separator: ", ")) }
        if let r = e.role { attrs.append("role \"\(r)\"") }
        attrs.append("\(e.evidence.count) evidence")
        return describe(e.key) + "  [" + attrs.joined(separator: "; ") + "]"
    }

    static func describe(_ f: DiffField, _ before: Node, _ after: Node) -> String {
        switch f {
        case .kind: "kind: \(before.kind.rawValue) \u{2192} \(after.kind.rawValue)"
        default: "role: \(quoted(before.role)) \u{2192} \(quoted(after.role))"
        }
    }

    static func describe(_ f: DiffField, _ before: Edge, _ after: Edge) -> String {
        let arrow = " \u{2192} "
        switch f {
        case .kind: return "kind"
        case .role: return "role: " + quoted(before.role) + arrow + quoted(after.role)
        case .modality: return "modality: " + (before.modality?.rawValue ?? "none") + arrow + (after.modality?.rawValue ?? "none")
        case .attributedTo: return "attributedTo: " + list(before.attributedTo) + arrow + list(after.attributedTo)
        case .deniedBy: return "deniedBy: " + list(before.deniedBy) + arrow + list(after.deniedBy)
        case .evidenceCount: return "evidence: \(before.evidence.count)" + arrow + "\(after.evidence.count)"
        }
    }

    private static func quoted(_ s: String?) -> String { s.map { "\"\($0)\"" } ?? "none" }

    private static func list(_ ids: [String]) -> String { ids.isEmpty ? "none" : ids.joined(separator: ", ") }
}
