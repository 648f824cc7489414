import ArgumentParser
import Foundation
import RelGraph
import RelGraphRender

/// `relgraph merge INPUT...`: one graph from many articles' graphs, each edge weighted by how many state it.
struct MergeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Merge the graphs of many articles into one, each edge weighted by the articles that state it.",
        discussion: """
        Inputs are relgraph-1 graph files (articles' graphs or merged graphs) or articles (.txt, .html; \
        extracted on the fly); "-" reads standard input. \
        Nodes merge by id with all their names; each edge carries weight (how many articles state it), \
        sources (which), the evidence of all, attributedTo and deniedBy unions, and the strongest \
        modality (asserted > reported > possible > denied). An article is named by its graph's source \
        path, else by the file name. Merging merged graphs gives the same graph as merging the articles \
        at once, in any order. Formats: json (default), dot, svg, png, pdf, graphml; without -f the \
        format follows the extension of -o.
        """
    )

    @Argument(help: "The graphs to merge.")
    var inputs: [String] = []

    @Flag(help: "Read the graphs as JSON Lines from standard input (as `relgraph extract --jsonl` writes them).")
    var jsonl = false

    @Option(help: "How many graphs to read (or articles to extract) at once (threads).")
    var jobs: Int = 1

    @Option(name: .shortAndLong, help: "Write to this file (atomically) instead of standard output.")
    var output: String?

    @Option(name: .long, help: "Leave out edges stated by fewer articles than this, and nodes left without edges.")
    var minWeight: Int = 1

    @Option(name: .shortAndLong, help: "Output format: json, dot, svg, png, pdf, graphml (default: from -o, else json).")
    var format: String?

    @Option(name: .shortAndLong, help: "Layout engine for drawn formats: \(Layout.allCases.map(\.rawValue).joined(separator: ", ")).")
    var layout: String = Layout.dot.rawValue

    func validate() throws {
        if jsonl {
            guard inputs.isEmpty else { throw ValidationError("--jsonl reads standard input: give no graph files") }
        } else {
            guard !inputs.isEmpty else { throw ValidationError("give at least one graph to merge") }
        }
        guard jobs >= 1 else { throw ValidationError("--jobs must be 1 or more") }
        guard minWeight >= 1 else { throw ValidationError("--min-weight must be 1 or more (got \(minWeight))") }
    }

    func run() async throws {
        do {
            try merge()
        } catch let code as ExitCode {
            throw code
        } catch {
            FileHandle.standardError.write(Data("relgraph: \(error)\n".utf8))
            throw ExitCode.failure
        }
    }

    private func merge() throws {
        // nil stands for relgraph-1 JSON, the default; others are drawn by the renderer.
        let render = try renderFormat()
        let layout = try Layout(parsing: layout)
        if let render, output == nil, !render.isText, isatty(STDOUT_FILENO) != 0 {
            throw ValidationError("\(render.rawValue) is binary: give -o FILE or send it into a pipe")
        }
        let (merger, failedLines) = jsonl ? try Self.mergeStream(jobs: jobs) : (try Self.mergeFiles(inputs, jobs: jobs), 0)
        let merged = merger.graph(minWeight: minWeight)

        let data: Data
        if let render {
            let title = "Merged from \(merger.inputCount) graph\(merger.inputCount == 1 ? "" : "s")"
                + (minWeight > 1 ? ", edges stated by \(minWeight) or more" : "")
            let result = try Renderer.render(merged, options: RenderOptions(format: render, layout: layout, title: title))
            for w in result.warnings { FileHandle.standardError.write(Data("relgraph: warning: \(w)\n".utf8)) }
            data = result.data
        } else {
            data = merged.jsonData()
        }
        if let output {
            try OutputFile(path: output).write(data)
        } else {
            FileHandle.standardOutput.write(data)
        }
        if failedLines > 0 { throw ExitCode.failure }
    }

    /// Loads and merges the graphs one at a time: only the merge result stays in memory. A file given
    /// twice is merged once (with a warning), so that mentions are not counted twice. Merging does
    /// not depend on order, so loading can run in parallel, each task filling its own `GraphMerger`
    /// and the mergers combined at the end (`GraphMerger.add(_:)`).
    static func mergeFiles(_ paths: [String], jobs: Int = 1) throws -> GraphMerger {
        var merger = GraphMerger()
        var seen = Set<String>()
        var unique: [String] = []
        for path in paths {
            let resolved = path == "-" ? path : URL(fileURLWithPath: path).standardizedFileURL.path
            guard seen.insert(resolved).inserted else {
                FileHandle.standardError.write(Data("relgraph: warning: \(path) given more than once; merged once\n".utf8))
                continue
            }
            unique.append(path)
        }
        // Reading (and extracting) runs on `jobs` threads; the graphs are added in input order.
        try ParallelMap.run(unique, jobs: jobs) { path in
            Result { try GraphLoader.loadGraph(path: path) }
        } consume: { _, path, result in
            let graph = try result.get()
            merger.add(graph, as: GraphMerger.name(of: graph) ?? path)
        }
        return merger
    }

    /// The drawn format asked for, or nil for the merged graph's JSON.
    private func renderFormat() throws -> RenderFormat? {
        if let format {
            if format.lowercased() == "json" { return nil }
            return try RenderFormat(parsing: format)
        }
        guard let output else { return nil }
        let ext = (output as NSString).pathExtension
        if ext.isEmpty || ext.lowercased() == "json" { return nil }
        guard let f = RenderFormat(pathExtension: ext) else {
            throw ValidationError("cannot tell the format from \"\(output)\": give -f (json, dot, svg, png, pdf, graphml)")
        }
        return f
    }
}
