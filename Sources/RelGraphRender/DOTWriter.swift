import RelGraph

/// Writes a graph as canonical DOT: nodes sorted by id, edges by (type, source, target), attributes in a
/// fixed order, every string escaped. Each node and edge carries relgraph's own attributes besides the
/// drawing ones, so gvpr, NetworkX or Gephi can use them:
/// nodes `kind`, `names` (one a line), `mentions`, `role`; edges `type`, `modality`, `role`, `attributedTo`,
/// `deniedBy` (comma-separated ids), `rule`, `plover`, `cameo`, `evidence` (one sentence a line),
/// `sentences`, `weight`, `sources`, `mark` (diff graphs). Legend nodes carry `legend="true"`.
public struct DOTWriter: Sendable {
    public var options: RenderOptions

    public init(options: RenderOptions = RenderOptions()) {
        self.options = options
    }

    /// The DOT text of `graph` (already filtered), with diff marks if given.
    public func write(_ graph: Graph, marks: GraphMarks? = nil) -> String {
        let g = graph.canonicalized()
        let labels = Dictionary(g.nodes.map { ($0.id, $0.label) }, uniquingKeysWith: { a, _ in a })
        var out = "digraph relgraph {\n"
        out += "\tgraph [" + graphAttributes(g).map(\.dot).joined(separator: ", ") + "];\n"
        out += "\tnode [" + [
            DOTAttribute.literal("fontname", Style.fontName), .literal("fontsize", "11"),
            .literal("margin", "0.12,0.06"), .literal("penwidth", "1.2"),
        ].map(\.dot).joined(separator: ", ") + "];\n"
        out += "\tedge [" + [
            DOTAttribute.literal("fontname", Style.fontName), .literal("fontsize", "9"),
            .literal("arrowsize", "0.8"),
        ].map(\.dot).joined(separator: ", ") + "];\n"
        for n in g.nodes {
            out += "\t" + DOTAttribute.id(n.id) + "\t[" + nodeAttributes(n, mark: marks?.nodes[n.id]).map(\.dot).joined(separator: ", ") + "];\n"
        }
        for e in g.edges {
            let attrs = edgeAttributes(e, mark: marks?.edges[e.key]) { labels[$0] ?? $0 }
            out += "\t" + DOTAttribute.id(e.source) + " -> " + DOTAttribute.id(e.target)
                + "\t[" + attrs.map(\.dot).joined(separator: ", ") + "];\n"
        }
        if options.legend, options.layout.drawsLegend, !g.nodes.isEmpty || !(marks?.legend.isEmpty ?? true) {
            out += legend(g, marks: marks)
        }
        out += "}\n"
        return out
    }

    /// The title: the option, else the source's title, else its file name.
    func title(_ g: Graph) -> String? {
        if let t = options.title { return t.isEmpty ? nil : t }
        if let t = g.source?.title, !t.isEmpty { return t }
        if let p = g.source?.path, !p.isEmpty { return p.split(separator: "/").last.map(String.init) ?? p }
        return nil
    }

    func graphAttributes(_ g: Graph) -> [DOTAttribute] {
        var a: [DOTAttribute] = [
            .literal("charset", "UTF-8"),
            .literal("layout", options.layout.rawValue),
            .literal("fontname", Style.fontName),
            .literal("fontsize", "16"),
        ]
        if let t = title(g) {
            a += [.text("label", Style.wrap(t, width: 80)), .literal("labelloc", "t"), .literal("labeljust", "c"),
                  .tooltip(t)]
        }
        switch options.layout {
        case .dot:
            a += [.literal("rankdir", "TB"), .literal("newrank", "true"), .literal("nodesep", "0.45"), .literal("splines", "true"),
                  .literal("ranksep", "0.6")]
        case .neato, .fdp, .sfdp:
            a += [.literal("overlap", "false"), .literal("sep", "+14"), .literal("splines", "true")]
            if options.layout == .neato { a.append(.literal("mode", "major")) }
        case .circo, .twopi:
            a += [.literal("overlap", "false"), .literal("splines", "true")]
        }
        a += [.literal("outputorder", "edgesfirst"), .literal("pad", "0.2"), .literal("bgcolor", "white")]
        a += [.data("format", Graph.format)]
        if let s = g.source {
            if let p = s.path { a.append(.data("path", p)) }
            if let l = s.language { a.append(.data("language", l)) }
            if let d = s.sha256 { a.append(.data("sha256", d)) }
            if let t = s.title { a.append(.data("title", t)) }
        }
        return a
    }

    func nodeAttributes(_ n: Node, mark: ChangeMark?) -> [DOTAttribute] {
        let look = Style.look(n.kind)
        var style = look.style
        var line = look.line
        var fill = look.fill
        var fontcolor = "#222222"
        var penwidth = "1.2"
        if let mark {
            line = Style.color(mark)
            switch mark {
            case .added, .changed: penwidth = "3"
            case .removed: penwidth = "2.4"; style += ",dashed"
            case .unchanged: fill = "#F4F4F4"; fontcolor = "#888888"
            }
        }
        var a: [DOTAttribute] = [
            .text("label", (mark.map(Style.sign) ?? "") + Style.wrap(n.label, width: 18)),
            .literal("shape", look.shape), .literal("style", style),
            .literal("color", line), .literal("fillcolor", fill), .literal("fontcolor", fontcolor),
            .literal("penwidth", penwidth),
            .tooltip(nodeTooltip(n, mark: mark)),
            .literal("kind", n.kind.rawValue),
        ]
        if !n.names.isEmpty { a.append(.data("names", n.names.joined(separator: "\n"))) }
        a.append(.literal("mentions", String(n.mentions)))
        if let r = n.role { a.append(.data("role", r)) }
        if let mark { a.append(.literal("mark", mark.rawValue)) }
        return a
    }

    func nodeTooltip(_ n: Node, mark: ChangeMark?) -> String {
        var lines = ["\(n.label) (\(n.kind.rawValue), \(n.id))"]
        if let r = n.role { lines.append("role: \(r)") }
        if !n.names.isEmpty { lines.append("names: " + Style.clipped(n.names.joined(separator: ", "), 300)) }
        if n.mentions > 0 { lines.append("mentions: \(n.mentions)") }
        if let mark { lines.append("diff: \(mark.rawValue)") }
        return lines.joined(separator: "\n")
    }

    func edgeAttributes(_ e: Edge, mark: ChangeMark?, name: (String) -> String) -> [DOTAttribute] {
        let type = Style.look(e.type)
        let modality = Style.look(e.modality)
        var color = type.color
        var fontcolor = type.color
        var penwidth = Style.penwidth(base: type.penwidth, weight: e.weight)
        if let mark {
            color = Style.color(mark)
            fontcolor = mark == .unchanged ? "#999999" : color
            penwidth = mark == .unchanged ? 1.0 : max(penwidth, 2.6)
        }
        if modality.light { color = Style.lighter(color) }
        var label = e.type == .represents ? (e.role ?? type.label) : type.label
        label += modality.labelSuffix
        if let w = e.weight, w > 1 { label += " ×\(w)" }
        if let mark { label = Style.sign(mark) + label }
        var a: [DOTAttribute] = [
            .text("label", Style.wrap(label, width: 18)),
            .literal("color", color), .literal("fontcolor", fontcolor),
            .literal("style", modality.style), .literal("penwidth", Style.number(penwidth)),
            .literal("arrowhead", modality.openArrow ? Style.opened(type.arrowhead) : type.arrowhead),
        ]
        if e.type.isSymmetric { a.append(.literal("dir", "none")) }
        a.append(.tooltip(edgeTooltip(e, mark: mark, name: name)))
        a.append(.literal("type", e.type.rawValue))
        if let m = e.modality { a.append(.literal("modality", m.rawValue)) }
        if let r = e.role { a.append(.data("role", r)) }
        if !e.attributedTo.isEmpty { a.append(.data("attributedTo", e.attributedTo.joined(separator: ","))) }
        if !e.deniedBy.isEmpty { a.append(.data("deniedBy", e.deniedBy.joined(separator: ","))) }
        if let r = e.rule { a.append(.data("rule", r)) }
        if let codes = e.codes ?? e.type.codes {
            a.append(.data("plover", codes.plover))
            a.append(.data("cameo", codes.cameo))
        }
        if !e.evidence.isEmpty {
            a.append(.data("evidence", e.evidence.map(\.text).joined(separator: "\n")))
            a.append(.data("sentences", e.evidence.map { ($0.source.map { $0 + "#" } ?? "") + String($0.sentence) }.joined(separator: ",")))
        }
        if let w = e.weight { a.append(.literal("weight", String(w))) }
        if let s = e.sources, !s.isEmpty { a.append(.data("sources", s.joined(separator: "\n"))) }
        if let mark { a.append(.literal("mark", mark.rawValue)) }
        return a
    }

    func edgeTooltip(_ e: Edge, mark: ChangeMark?, name: (String) -> String) -> String {
        let type = Style.look(e.type)
        var lines = ["\(name(e.source)) → \(name(e.target)): \(type.label)" + (e.role.map { " (\($0))" } ?? "")]
        if let m = e.modality { lines.append("modality: \(m.rawValue)") }
        if !e.attributedTo.isEmpty { lines.append("asserted by: " + e.attributedTo.map(name).joined(separator: ", ")) }
        if !e.deniedBy.isEmpty { lines.append("denied by: " + e.deniedBy.map(name).joined(separator: ", ")) }
        if let w = e.weight { lines.append("stated in \(w) article" + (w == 1 ? "" : "s")) }
        if let s = e.sources, !s.isEmpty { lines.append("sources: " + Style.clipped(s.joined(separator: ", "), 300)) }
        if let mark { lines.append("diff: \(mark.rawValue)") }
        let shown = 8
        for ev in e.evidence.prefix(shown) {
            let place = (ev.source.map { $0 + " " } ?? "") + "sentence \(ev.sentence)"
            lines.append("“" + Style.clipped(ev.text, 400) + "” (\(place))")
        }
        if e.evidence.count > shown { lines.append("… and \(e.evidence.count - shown) more") }
        if e.evidence.isEmpty { lines.append("(no evidence given)") }
        return lines.joined(separator: "\n")
    }

    /// A line entry of the legend: a stroke drawn as a table cell's bottom border, and its text.
    struct LegendLine {
        var color: String
        var style: String
        var width: Double
        var text: String
    }

    /// The legend, with only the node kinds, edge types (or diff marks) and line styles that occur, plus the
    /// diff's legend lines: rows of entries at the bottom. Only for the dot layout, which can hold them in
    /// rows below the graph; in the others its nodes would be scattered among the graph's.
    func legend(_ g: Graph, marks: GraphMarks?) -> String {
        var lines: [LegendLine] = []
        let usedMarks = Set((marks.map { Array($0.nodes.values) + Array($0.edges.values) }) ?? [])
        if usedMarks.isEmpty {
            for t in EdgeType.allCases where g.edges.contains(where: { $0.type == t }) {
                let look = Style.look(t)
                lines.append(LegendLine(color: look.color, style: "solid", width: look.penwidth, text: look.label))
            }
        } else {
            for m in ChangeMark.allCases where usedMarks.contains(m) {
                lines.append(LegendLine(color: Style.color(m), style: "solid", width: m == .unchanged ? 1 : 2.6,
                                        text: Style.sign(m) + m.rawValue))
            }
        }
        let modalities = Set(g.edges.map { $0.modality ?? .asserted })
        if modalities.contains(where: { $0 != .asserted }) {
            for m in Modality.allCases where modalities.contains(m) {
                let look = Style.look(m)
                lines.append(LegendLine(color: look.light ? Style.lighter("#333333") : "#333333", style: look.style,
                                        width: 1.6, text: look.legend))
            }
        }
        if g.edges.contains(where: { ($0.weight ?? 1) > 1 }) {
            lines.append(LegendLine(color: "#333333", style: "solid", width: 4, text: "thicker: in more articles (×N)"))
        }
        let notes = marks?.legend ?? []
        let kinds = NodeKind.allCases.filter { k in g.nodes.contains { $0.kind == k } }
        guard !lines.isEmpty || !notes.isEmpty || !kinds.isEmpty else { return "" }
        func join(_ attrs: [DOTAttribute]) -> String { attrs.map(\.dot).joined(separator: ", ") }

        // Entries: one node each, flowed into rows. A kind is a node in its shape and colours; a line style is
        // an `underline` node whose underline has the line's colour, width and style. (No HTML-like labels:
        // Graphviz 2.42 leaks memory on every layout of one.)
        var entries: [(id: String, attrs: [DOTAttribute])] = [(DOTAttribute.id("_legend:title"), [
            .text("label", "Legend:"), .literal("shape", "plaintext"), .literal("fontsize", "10"),
            .literal("height", "0.25"), .literal("tooltip", "Legend"), .literal("legend", "true"),
        ])]
        for k in kinds {
            let look = Style.look(k)
            entries.append((DOTAttribute.id("_legend:kind:" + k.rawValue), [
                .text("label", k.rawValue), .literal("shape", look.shape), .literal("style", look.style),
                .literal("color", look.line), .literal("fillcolor", look.fill), .literal("fontsize", "9"),
                .literal("height", "0.3"), .literal("margin", "0.06,0.02"),
                .literal("tooltip", "node kind: " + k.rawValue), .literal("legend", "true"),
            ]))
        }
        for (i, l) in lines.enumerated() {
            entries.append((DOTAttribute.id("_legend:line:\(i)"), [
                .text("label", l.text), .literal("shape", "underline"), .literal("style", l.style),
                .literal("color", l.color), .literal("penwidth", Style.number(l.width)), .literal("fontsize", "9"),
                .literal("height", "0.25"), .literal("margin", "0.04,0.02"),
                .literal("tooltip", l.text), .literal("legend", "true"),
            ]))
        }
        let perRow = min(7, max(4, (g.nodes.count + 2) / 2))
        var rows: [[String]] = stride(from: 0, to: entries.count, by: perRow).map { start in
            entries[start..<min(start + perRow, entries.count)].map(\.id)
        }
        // A plain subgraph, not a cluster: Graphviz 2.42's dot leaks memory on every layout of a cluster
        // with edges (about 8 kB per render), and HTML-like labels leak too.
        var out = "\tsubgraph legend {\n"
        for e in entries { out += "\t\t\(e.id)\t[" + join(e.attrs) + "];\n" }
        if !notes.isEmpty {
            let id = DOTAttribute.id("_legend:notes")
            out += "\t\t\(id)\t[" + join([DOTAttribute("label", .leftLines(notes)), .literal("shape", "plaintext"),
                                           .literal("fontsize", "9"), .literal("tooltip", "Legend"),
                                           .literal("legend", "true")]) + "];\n"
            rows.append([id])
        }
        for row in rows where row.count > 1 {
            out += "\t\t{ rank=same; " + row.joined(separator: "; ") + "; }\n"
            for (a, b) in zip(row, row.dropFirst()) { out += "\t\t\(a) -> \(b)\t[style=invis];\n" }
        }
        for (upper, lower) in zip(rows, rows.dropFirst()) { out += "\t\t\(upper[0]) -> \(lower[0])\t[style=invis];\n" }
        out += "\t}\n"
        if options.layout == .dot, let first = rows.first?.first {
            // Below everything: invisible edges from the nodes that can end up on the last rank (those
            // without out-edges; all nodes if every one has some).
            let withOut = Set(g.edges.filter { $0.source != $0.target }.map(\.source))
            var sinks = g.nodes.map(\.id).filter { !withOut.contains($0) }
            if sinks.isEmpty { sinks = g.nodes.map(\.id) }
            for id in sinks { out += "\t" + DOTAttribute.id(id) + " -> " + first + "\t[style=invis, weight=0];\n" }
        }
        return out
    }
}
