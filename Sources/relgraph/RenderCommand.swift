import ArgumentParser
import Foundation
import RelGraph
import RelGraphRender

/// `relgraph render INPUT... [-f FORMAT] [-l LAYOUT] [-o OUT]`: draws graphs through Graphviz in-process.
struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Draw relation graphs: SVG, PNG, PDF, DOT, Graphviz JSON or GraphML.",
        discussion: """
            One input writes OUT, or standard output for text formats (dot, svg, json, graphml; \
            png and pdf only when standard output is not a terminal). Several inputs write one file each \
            into the folder OUT (a.json -> OUT/a.svg). The format comes from -f, else from OUT's extension, \
            else svg. Output is written atomically: a failed run writes nothing and keeps existing files.
            Formats: \(RenderFormat.allCases.map(\.rawValue).joined(separator: ", ")). \
            Layouts: \(Layout.allCases.map(\.rawValue).joined(separator: ", ")).
            """
    )

    @Argument(help: "Graph files in the relgraph-1 JSON form, or articles (.txt, .html) to extract first ('-' reads standard input).")
    var inputs: [String]

    @Option(name: .shortAndLong, help: "Output format: \(RenderFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: String?

    @Option(name: .shortAndLong, help: "Graphviz layout: \(Layout.allCases.map(\.rawValue).joined(separator: ", ")).")
    var layout: String = Layout.dot.rawValue

    @Option(name: .shortAndLong, help: "Output file (one input) or folder (several inputs).")
    var output: String?

    @Option(name: .customLong("drop-type"), help: "Leave out edges of this type (repeatable, or comma-separated).")
    var dropTypes: [String] = []

    @Option(help: "Keep only this node (id, label or name) and its neighbourhood.")
    var focus: String?

    @Option(help: "With --focus: how many steps from the focus node to keep.")
    var depth: Int = 1

    @Option(name: .customLong("min-weight"), help: "Merged graphs: leave out edges stated by fewer articles.")
    var minWeight: Int?

    @Option(help: "The diagram's title (default: the article's title or file name; '' for none).")
    var title: String?

    @Flag(name: .customLong("no-legend"), help: "Leave out the legend.")
    var noLegend = false

    @Option(help: "How many inputs to read, extract and lay out at once (threads); Graphviz itself draws one at a time.")
    var jobs: Int = 1

    func validate() throws {
        if depth < 0 { throw ValidationError("--depth must be 0 or more") }
        if jobs < 1 { throw ValidationError("--jobs must be 1 or more") }
        if inputs.count > 1 && output == nil {
            throw ValidationError("several inputs need -o FOLDER to write one file each into")
        }
        if inputs.filter({ $0 == "-" }).count > (inputs.count > 1 ? 0 : 1) {
            throw ValidationError("'-' (standard input) works for a single input only")
        }
    }

    func run() throws {
        let options = try renderOptions()
        if inputs.count == 1 {
            let input = inputs[0]
            let result = try Self.render(input: input, options: options)
            if let output {
                try OutputFile(path: output).write(result.data)
            } else {
                if !options.format.isText && isatty(STDOUT_FILENO) != 0 {
                    throw ValidationError("\(options.format.rawValue) is binary: give -o FILE (or redirect standard output)")
                }
                FileHandle.standardOutput.write(result.data)
            }
            return
        }
        // Several inputs: render all first, write only when every one succeeded.
        let folder = output ?? "."
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDir), isDir.boolValue else {
            throw ValidationError("the output folder \(folder) does not exist (several inputs write one file each into it)")
        }
        var targets: [String: String] = [:]
        var results: [(path: String, data: Data)] = []
        var failures: [String] = []
        try ParallelMap.run(inputs, jobs: jobs) { input in
            Result { try Self.render(input: input, options: options).data }
        } consume: { _, input, result in
            let base = ((input as NSString).lastPathComponent as NSString).deletingPathExtension
            let path = (folder as NSString).appendingPathComponent(base + "." + options.format.fileExtension)
            if let other = targets[path] {
                failures.append("\(input) and \(other) would both write \(path)")
                return
            }
            targets[path] = input
            switch result {
            case let .success(data): results.append((path, data))
            case let .failure(error): failures.append("\(error)")
            }
        }
        guard failures.isEmpty else {
            throw Failure(messages: failures + ["nothing written"])
        }
        for r in results { try OutputFile(path: r.path).write(r.data) }
    }

    /// The options from the flags; the format from -f, else the output file's extension, else svg.
    func renderOptions() throws -> RenderOptions {
        let format: RenderFormat
        if let f = self.format {
            format = try RenderFormat(parsing: f)
        } else if let output, inputs.count == 1 {
            let ext = (output as NSString).pathExtension
            if ext.isEmpty {
                format = .svg
            } else if let f = RenderFormat(pathExtension: ext) {
                format = f
            } else {
                throw ValidationError("cannot tell the format from \"\(output)\": give -f (\(RenderFormat.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
        } else {
            format = .svg
        }
        return RenderOptions(
            format: format, layout: try Layout(parsing: layout),
            dropTypes: try RenderOptions.edgeTypes(parsing: dropTypes),
            focus: focus, depth: depth, minWeight: minWeight, legend: !noLegend, title: title)
    }

    /// Loads and draws one input, printing Graphviz's warnings to standard error.
    static func render(input: String, options: RenderOptions) throws -> RenderResult {
        let graph = try loadGraph(path: input)
        let result = try Renderer(options: options).render(graph)
        for w in result.warnings {
            FileHandle.standardError.write(Data("relgraph: warning: \(input): Graphviz: \(w)\n".utf8))
        }
        return result
    }

    /// Several inputs failed: every failure, one a line.
    struct Failure: Error, CustomStringConvertible {
        var messages: [String]
        var description: String { messages.joined(separator: "\nrelgraph: ") }
    }

    // MARK: - Input hook

    /// Reads one input as a graph: a `relgraph-1` JSON file, or an article (`.txt`, `.html`, or
    /// standard input that is not JSON), which is extracted first.
    static func loadGraph(path: String) throws -> Graph {
        if path == "-" {
            let data = FileHandle.standardInput.readDataToEndOfFile()
            if ArticleInput.isArticle(path: path, data: data) { return try ArticleInput.extract(path: path, data: data) }
            return try Graph(json: data, file: "<stdin>")
        }
        if ArticleInput.isArticle(path: path) { return try ArticleInput.extract(path: path) }
        return try ArticleInput.graph(path: path)
    }
}
