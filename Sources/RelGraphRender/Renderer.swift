import Foundation
import RelGraph

/// Draws relation graphs: filters them, writes canonical DOT (or GraphML), and has Graphviz lay out and
/// render the rest in-process. Safe to call from many tasks at once (Graphviz itself runs one call at a time).
public struct Renderer: Sendable {
    public var options: RenderOptions

    public init(options: RenderOptions = RenderOptions()) {
        self.options = options
    }

    /// Draws `graph` in `options.format`. For diff graphs pass the union graph with its marks.
    public func render(_ graph: Graph, marks: GraphMarks? = nil) throws(RenderError) -> RenderResult {
        let filtered = try GraphFilter(options).apply(to: graph)
        switch options.format {
        case .graphml:
            return RenderResult(data: Data(GraphMLWriter().write(filtered, marks: marks).utf8), format: .graphml)
        case .dot:
            return RenderResult(data: Data(DOTWriter(options: options).write(filtered, marks: marks).utf8), format: .dot)
        case .svg, .png, .pdf, .json:
            let dot = DOTWriter(options: options).write(filtered, marks: marks)
            return try GraphvizRenderer.render(dot: dot, layout: options.layout, format: options.format)
        }
    }

    /// The canonical DOT of `graph` after the filters (what `-f dot` writes).
    public func dot(_ graph: Graph, marks: GraphMarks? = nil) throws(RenderError) -> String {
        DOTWriter(options: options).write(try GraphFilter(options).apply(to: graph), marks: marks)
    }

    /// Convenience: draws `graph` with these options.
    public static func render(_ graph: Graph, marks: GraphMarks? = nil, options: RenderOptions) throws(RenderError) -> RenderResult {
        try Renderer(options: options).render(graph, marks: marks)
    }
}
