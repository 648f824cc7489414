import ArgumentParser
import Foundation
import RelGraph
import RelGraphRender

/// `relgraph diff A B`: what B says that A does not, and the other way round.
struct DiffCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Show what one article's graph has that another's lacks.",
        discussion: """
        A and B are relgraph-1 graph files or articles (.txt, .html; extracted on the fly), in any mix of \
        languages ("-" reads standard input). Nodes match by id and edges by \
        type, source and target, so graphs of articles in different languages diff by meaning. A \
        difference is a node or edge only one side has, or one both have whose role, modality, \
        attributedTo, deniedBy or evidence count differs; "!" marks a stance flip (denied on one side only).
        Formats: text (default; coloured on a terminal), json, and the union graph drawn with the \
        differences marked: dot, svg, png, pdf. Without -f the format follows the extension of -o.
        Exit status as diff(1): 0 no differences, 1 differences, 2 trouble.
        """
    )

    @Argument(help: "The first graph or article (a, before).")
    var a: String

    @Argument(help: "The second graph or article (b, after).")
    var b: String

    @Option(name: .shortAndLong, help: "Output format: text, json, dot, svg, png, pdf (default: from -o, else text).")
    var format: DiffFormat?

    @Option(name: .shortAndLong, help: "Layout engine for drawn formats: \(Layout.allCases.map(\.rawValue).joined(separator: ", ")).")
    var layout: String = Layout.dot.rawValue

    @Option(name: .shortAndLong, help: "Write to this file (atomically) instead of standard output.")
    var output: String?

    /// The exit status for trouble, as diff(1).
    static let trouble = ExitCode(2)

    func run() async throws {
        let different: Bool
        do {
            different = try diff()
        } catch {
            FileHandle.standardError.write(Data("relgraph: \(error)\n".utf8))
            throw Self.trouble
        }
        if different { throw ExitCode(1) }
    }

    /// Writes the diff; returns whether the graphs differ.
    private func diff() throws -> Bool {
        let format = try resolvedFormat()
        let layout = try Layout(parsing: layout)
        let graphA = try GraphLoader.loadGraph(path: a)
        let graphB = try GraphLoader.loadGraph(path: b)
        let d = GraphDiff(graphA, graphB)

        let data: Data
        switch format {
        case .text:
            data = Data(d.text(colour: output == nil && Self.stdoutIsColourTerminal).utf8)
        case .json:
            data = d.jsonData()
        case .dot, .svg, .png, .pdf:
            let renderFormat = format.renderFormat!
            if output == nil, !renderFormat.isText, isatty(STDOUT_FILENO) != 0 {
                throw ValidationError("\(renderFormat.rawValue) is binary: give -o FILE or send it into a pipe")
            }
            let union = d.union(graphA, graphB)
            let result = try Renderer.render(union, marks: d.marks(for: union),
                                             options: RenderOptions(format: renderFormat, layout: layout))
            for w in result.warnings { FileHandle.standardError.write(Data("relgraph: warning: \(w)\n".utf8)) }
            data = result.data
        }
        if let output {
            try OutputFile(path: output).write(data)
        } else {
            FileHandle.standardOutput.write(data)
        }
        return !d.isEmpty
    }

    private func resolvedFormat() throws -> DiffFormat {
        if let format { return format }
        guard let output else { return .text }
        let ext = (output as NSString).pathExtension
        guard !ext.isEmpty else { return .text }
        guard let f = DiffFormat(pathExtension: ext) else {
            throw ValidationError("cannot tell the format from \"\(output)\": give -f (\(DiffFormat.allCases.map(\.rawValue).joined(separator: ", ")))")
        }
        return f
    }

    /// Colour only on a terminal, and not when NO_COLOR is set or TERM is dumb.
    static var stdoutIsColourTerminal: Bool {
        let env = ProcessInfo.processInfo.environment
        if let noColour = env["NO_COLOR"], !noColour.isEmpty { return false }
        if env["TERM"] == "dumb" { return false }
        return isatty(STDOUT_FILENO) != 0
    }

    /// Whether these command-line arguments (without the program name) run `relgraph diff`, whose
    /// usage errors exit with status 2 instead of ArgumentParser's 64.
    static func isInvoked(by arguments: [String]) -> Bool {
        arguments.first == configuration.commandName
    }
}
