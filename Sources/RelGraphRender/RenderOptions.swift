import RelGraph
import Foundation

/// How to draw a graph: output format, layout engine, filters and decorations.
public struct RenderOptions: Sendable, Hashable {
    public var format: RenderFormat
    public var layout: Layout
    /// Edge types left out of the drawing.
    public var dropTypes: Set<EdgeType>
    /// Keep only this node (an id, or a label or name) and its neighbourhood.
    public var focus: String?
    /// How many steps (along edges, either direction) from the focus node to keep.
    public var depth: Int
    /// Merged graphs: leave out edges stated by fewer articles than this (an edge without weight counts 1).
    public var minWeight: Int?
    /// Draw the legend (only the node kinds, edge types and line styles that occur).
    public var legend: Bool
    /// The diagram's title; nil takes the source's title, else its file name.
    public var title: String?

    public init(format: RenderFormat = .svg, layout: Layout = .dot, dropTypes: Set<EdgeType> = [],
                focus: String? = nil, depth: Int = 1, minWeight: Int? = nil, legend: Bool = true,
                title: String? = nil) {
        self.format = format
        self.layout = layout
        self.dropTypes = dropTypes
        self.focus = focus
        self.depth = depth
        self.minWeight = minWeight
        self.legend = legend
        self.title = title
    }

    /// Parses edge type names (`military_support`, also `military-support`); an unknown one is an error listing the valid ones.
    public static func edgeTypes(parsing names: [String]) throws(RenderError) -> Set<EdgeType> {
        var types = Set<EdgeType>()
        for raw in names.flatMap({ $0.split(separator: ",") }) {
            let name = raw.trimmingCharacters(in: .whitespaces).lowercased().replacingOccurrences(of: "-", with: "_")
            guard let type = EdgeType(rawValue: name) else {
                throw .unknownEdgeType(String(raw), valid: EdgeType.allCases.map(\.rawValue))
            }
            types.insert(type)
        }
        return types
    }
}
