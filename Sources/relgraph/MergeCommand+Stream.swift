import ArgumentParser
import Foundation
import RelGraph

extension MergeCommand {
    /// `--jsonl`: merges graphs read as JSON Lines from standard input (one `relgraph-1` graph a line,
    /// as `relgraph extract --jsonl` or `merge` itself write them), parsed on `jobs` threads and added
    /// in input order. A bad line is reported on standard error with its line number and left out; the
    /// others are merged. Returns the merger and how many lines failed.
    static func mergeStream(jobs: Int) throws -> (GraphMerger, Int) {
        let lines = LineReader()
        var merger = GraphMerger()
        var failed = 0
        try ParallelMap.run(jobs: jobs) { () throws -> (line: Int, data: Data)? in
            try lines.nextContent()
        } work: { item in
            Result { () throws(GraphError) -> Graph in try Graph(json: item.data, file: "<stdin>:\(item.line)") }
        } consume: { _, item, result in
            switch result {
            case var .success(graph):
                let name = GraphMerger.name(of: graph) ?? "<stdin>:\(item.line)"
                if graph.source?.path == nil {
                    var source = graph.source ?? SourceInfo()
                    source.path = name
                    graph.source = source
                }
                merger.add(graph, as: name)
            case let .failure(error):
                failed += 1
                FileHandle.standardError.write(Data("relgraph: \(error)\n".utf8))
            }
        }
        if failed > 0 {
            FileHandle.standardError.write(Data("relgraph: \(failed) line\(failed == 1 ? "" : "s") left out of the merge\n".utf8))
        }
        return (merger, failed)
    }
}
