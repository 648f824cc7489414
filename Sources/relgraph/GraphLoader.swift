import Foundation
import RelGraph

/// Reads the graphs that `diff` and `merge` take.
enum GraphLoader {
    /// Loads the graph at `path` ("-" reads standard input) through the input hook that every
    /// subcommand shares, `RenderCommand.loadGraph(path:)`: a validated `relgraph-1` JSON file now,
    /// an article extracted on the fly once the extractor plugs in there.
    /// The graph's source path is filled in with `path` when the graph names none, so that every
    /// input has a name for diff headers and merge sources.
    static func loadGraph(path: String) throws -> Graph {
        var graph = try RenderCommand.loadGraph(path: path)
        if graph.source?.path == nil {
            var source = graph.source ?? SourceInfo()
            source.path = path == "-" ? "<stdin>" : path
            graph.source = source
        }
        return graph
    }
}
