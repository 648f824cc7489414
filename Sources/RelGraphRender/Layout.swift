/// A Graphviz layout engine that relgraph offers.
public enum Layout: String, CaseIterable, Sendable {
    /// Hierarchical, top to bottom: the default, and the one the legend is laid out for.
    case dot
    /// Spring model (stress majorization).
    case neato
    /// Spring model (force directed), with clusters.
    case fdp
    /// Multiscale force directed, for large graphs.
    case sfdp
    /// Circular.
    case circo
    /// Radial, around the first node.
    case twopi

    /// Whether relgraph draws a legend with this engine: only dot can hold it in rows below the graph.
    public var drawsLegend: Bool { self == .dot }

    /// Parses a layout name; an unknown one is an error that lists the valid ones.
    public init(parsing name: String) throws(RenderError) {
        guard let layout = Layout(rawValue: name.lowercased()) else {
            throw .unknownLayout(name, valid: Layout.allCases.map(\.rawValue))
        }
        self = layout
    }
}
