import Foundation

/// Runs the built `relgraph` binary for the diff and merge CLI tests, on graph files in a temporary folder.
struct DiffMergeCLI {
    struct Run {
        var status: Int32
        var stdout: Data
        var stderr: String
        var text: String { String(decoding: stdout, as: UTF8.self) }
    }

    let folder: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("relgraph-diffmerge-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    /// The `relgraph` executable: beside the test bundle in the build folder (.build/<config>/relgraph).
    static let binary: URL? = {
        var dir = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<5 {
            let candidate = dir.appendingPathComponent("relgraph")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            dir = dir.deletingLastPathComponent()
        }
        return nil
    }()

    /// Writes `text` to a file of the temporary folder and returns its path.
    func file(_ name: String, _ text: String) throws -> String {
        let url = folder.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

    /// Runs relgraph with `arguments` in the temporary folder; standard output and error are pipes.
    func run(_ arguments: [String]) throws -> Run {
        guard let binary = Self.binary else { throw CocoaError(.fileNoSuchFile) }
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = folder
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Read both pipes before waiting, so that a large output cannot block the child.
        nonisolated(unsafe) var errData = Data()
        let reader = Thread { errData = err.fileHandleForReading.readDataToEndOfFile() }
        reader.start()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        while !reader.isFinished { usleep(1000) }
        return Run(status: process.terminationStatus, stdout: outData, stderr: String(decoding: errData, as: UTF8.self))
    }

    func remove() { try? FileManager.default.removeItem(at: folder) }

    /// A German report: North Korea sends troops (so Zelensky), allied with Russia.
    static let german = """
    {"format": "relgraph-1", "source": {"path": "seed.de.txt", "language": "de"},
     "nodes": [
      {"id": "person:volodymyr-zelensky", "kind": "person", "label": "Volodymyr Zelensky", "names": ["Selenskyj"], "mentions": 1},
      {"id": "state:prk", "kind": "state", "label": "North Korea", "names": ["Nordkorea"], "mentions": 3},
      {"id": "state:rus", "kind": "state", "label": "Russia", "names": ["Russland"], "mentions": 2}
     ],
     "edges": [
      {"type": "alliance", "source": "state:prk", "target": "state:rus", "modality": "asserted",
       "evidence": [{"sentence": 0, "start": 0, "end": 30, "text": "Russland und Nordkorea verbündet"}]},
      {"type": "military_support", "source": "state:prk", "target": "state:rus", "modality": "reported",
       "attributedTo": ["person:volodymyr-zelensky"],
       "evidence": [{"sentence": 1, "start": 31, "end": 60, "text": "Nordkorea schickt Soldaten"}]}
     ]}
    """

    /// The same events in English, but Russia denies the troops and North Korea also sends shells.
    static let english = """
    {"format": "relgraph-1", "source": {"path": "report.en.txt", "language": "en"},
     "nodes": [
      {"id": "person:volodymyr-zelensky", "kind": "person", "label": "Volodymyr Zelensky", "names": ["Zelensky"], "mentions": 1},
      {"id": "state:prk", "kind": "state", "label": "North Korea", "names": ["North Korea", "Pyongyang"], "mentions": 2},
      {"id": "state:rus", "kind": "state", "label": "Russia", "names": ["Moscow"], "mentions": 2}
     ],
     "edges": [
      {"type": "alliance", "source": "state:rus", "target": "state:prk", "modality": "asserted",
       "evidence": [{"sentence": 0, "start": 0, "end": 20, "text": "Moscow and Pyongyang are allies"}]},
      {"type": "arms_supply", "source": "state:prk", "target": "state:rus", "modality": "asserted",
       "evidence": [{"sentence": 2, "start": 40, "end": 60, "text": "North Korea sends shells"}]},
      {"type": "military_support", "source": "state:prk", "target": "state:rus", "modality": "denied",
       "attributedTo": ["person:volodymyr-zelensky"], "deniedBy": ["state:rus"],
       "evidence": [{"sentence": 1, "start": 21, "end": 39, "text": "Moscow denies sending troops"}]}
     ]}
    """
}
