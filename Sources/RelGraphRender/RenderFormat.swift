/// An output format of `relgraph render`.
public enum RenderFormat: String, CaseIterable, Sendable {
    /// Our canonical DOT, before layout, with relgraph's own attributes on nodes and edges.
    case dot
    case svg
    case png
    case pdf
    /// Graphviz's JSON (after layout).
    case json
    /// GraphML written by relgraph, for Gephi, yEd and Cytoscape.
    case graphml

    /// Text formats may go to standard output; binary ones only when it is not a terminal.
    public var isText: Bool {
        switch self {
        case .dot, .svg, .json, .graphml: true
        case .png, .pdf: false
        }
    }

    /// Whether Graphviz lays out and renders this format (the others are written by relgraph).
    public var needsGraphviz: Bool {
        switch self {
        case .svg, .png, .pdf, .json: true
        case .dot, .graphml: false
        }
    }

    /// The file extension written for this format.
    public var fileExtension: String { rawValue }

    /// Parses a format name (`gv` is taken as `dot`); an unknown one is an error that lists the valid ones.
    public init(parsing name: String) throws(RenderError) {
        let lower = name.lowercased()
        if let format = RenderFormat(rawValue: lower) {
            self = format
        } else if lower == "gv" {
            self = .dot
        } else {
            throw .unknownFormat(name, valid: RenderFormat.allCases.map(\.rawValue))
        }
    }

    /// The format that a file name's extension names, if any (`out.svg` → svg, `out.gv` → dot).
    public init?(pathExtension ext: String) {
        guard !ext.isEmpty, let format = try? RenderFormat(parsing: ext) else { return nil }
        self = format
    }
}
