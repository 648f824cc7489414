import Foundation

/// Runs the built `relgraph` binary (found as `DiffMergeCLI.binary` finds it) in a temporary folder,
/// with optional standard input, for the hardening and streaming tests.
struct CLIProcess {
    typealias Run = DiffMergeCLI.Run

    let folder: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("relgraph-harden-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    func remove() { try? FileManager.default.removeItem(at: folder) }

    func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

    /// Writes `data` to a file of the temporary folder (creating subfolders) and returns its path.
    @discardableResult
    func file(_ name: String, _ data: Data) throws -> String {
        let url = folder.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url)
        return url.path
    }

    @discardableResult
    func file(_ name: String, _ text: String) throws -> String { try file(name, Data(text.utf8)) }

    func contents(_ name: String) -> Data? { FileManager.default.contents(atPath: path(name)) }

    /// Runs relgraph with `arguments`; `stdin` is written to its standard input (closed after), or
    /// standard input is empty. Standard output and error are pipes.
    func run(_ arguments: [String], stdin: Data = Data()) throws -> Run {
        guard let binary = DiffMergeCLI.binary else { throw CocoaError(.fileNoSuchFile) }
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = folder
        let input = Pipe(), out = Pipe(), err = Pipe()
        process.standardInput = input
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Standard input is written and standard error read on threads of their own, joined through a
        // group (a happens-before edge that ThreadSanitizer sees), so that no pipe can fill and block.
        let group = DispatchGroup()
        group.enter()
        Thread {
            try? input.fileHandleForWriting.write(contentsOf: stdin)
            try? input.fileHandleForWriting.close()
            group.leave()
        }.start()
        nonisolated(unsafe) var errData = Data()
        group.enter()
        Thread {
            errData = err.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }.start()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        group.wait()
        return Run(status: process.terminationStatus, stdout: outData, stderr: String(decoding: errData, as: UTF8.self))
    }

    /// The fixture articles of the extraction tests (German and English, text and HTML), by file name.
    static func fixtureArticles() throws -> [(name: String, data: Data)] {
        let dir = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("RelGraphExtractionTests/Fixtures/eval")
        let names = try FileManager.default.contentsOfDirectory(atPath: dir.path)
            .filter { $0.hasSuffix(".txt") || $0.hasSuffix(".html") }.sorted()
        return try names.map { ($0, try Data(contentsOf: dir.appendingPathComponent($0))) }
    }

    /// A small valid graph, as JSON.
    static let graph = """
    {"format": "relgraph-1", "source": {"path": "g.txt", "language": "en"},
     "nodes": [
      {"id": "state:prk", "kind": "state", "label": "North Korea", "names": ["North Korea"], "mentions": 2},
      {"id": "state:rus", "kind": "state", "label": "Russia", "names": ["Russia"], "mentions": 2}
     ],
     "edges": [
      {"type": "military_support", "source": "state:prk", "target": "state:rus", "modality": "asserted",
       "evidence": [{"sentence": 0, "start": 0, "end": 30, "text": "North Korea sent troops to Russia."}]}
     ]}
    """
}
