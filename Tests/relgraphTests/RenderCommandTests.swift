import Foundation
@testable import relgraph
import Testing

@Suite("relgraph render")
struct RenderCommandTests {
    static let graphJSON = """
        {"format": "relgraph-1", "source": {"path": "t.txt", "title": "Test"},
         "nodes": [{"id": "state:aaa", "kind": "state", "label": "Atlantis"}, {"id": "state:bbb", "kind": "state", "label": "Borduria"}],
         "edges": [{"type": "conflict", "source": "state:aaa", "target": "state:bbb", "modality": "asserted",
                    "evidence": [{"sentence": 0, "start": 0, "end": 10, "text": "Atlantis attacks Borduria."}]}]}
        """

    /// A folder with a.json, b.json (valid) and bad.json (a dangling endpoint).
    func folder() throws -> String {
        let dir = NSTemporaryDirectory() + "relgraph-render-\(UInt32.random(in: 0...UInt32.max))"
        try FileManager.default.createDirectory(atPath: dir + "/out", withIntermediateDirectories: true)
        try Data(Self.graphJSON.utf8).write(to: URL(fileURLWithPath: dir + "/a.json"))
        try Data(Self.graphJSON.utf8).write(to: URL(fileURLWithPath: dir + "/b.json"))
        try Data(Self.graphJSON.replacingOccurrences(of: "\"target\": \"state:bbb\"", with: "\"target\": \"state:zzz\"").utf8)
            .write(to: URL(fileURLWithPath: dir + "/bad.json"))
        return dir
    }

    func run(_ args: [String]) throws {
        let command = try RenderCommand.parse(args)
        try command.run()
    }

    @Test("One input: the format comes from -o's extension, -f overrides it")
    func single() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try run([dir + "/a.json", "-o", dir + "/a.svg"])
        #expect(try String(contentsOfFile: dir + "/a.svg", encoding: .utf8).contains("<svg"))
        try run([dir + "/a.json", "-o", dir + "/a.png"])
        #expect(try Data(contentsOf: URL(fileURLWithPath: dir + "/a.png")).prefix(4) == Data([0x89, 0x50, 0x4E, 0x47]))
        try run([dir + "/a.json", "-f", "dot", "-o", dir + "/a.gv"])
        #expect(try String(contentsOfFile: dir + "/a.gv", encoding: .utf8).hasPrefix("digraph relgraph {"))
        try run([dir + "/a.json", "-o", dir + "/a.graphml"])
        #expect(try String(contentsOfFile: dir + "/a.graphml", encoding: .utf8).contains("<graphml"))
        #expect(throws: (any Error).self) { try run([dir + "/a.json", "-o", dir + "/a.txt"]) }
    }

    @Test("A failed render writes nothing and keeps an existing file")
    func failedKeepsFile() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try Data("keep me".utf8).write(to: URL(fileURLWithPath: dir + "/out/x.svg"))
        #expect(throws: (any Error).self) { try run([dir + "/bad.json", "-o", dir + "/out/x.svg"]) }
        #expect(try String(contentsOfFile: dir + "/out/x.svg", encoding: .utf8) == "keep me")
        #expect(throws: (any Error).self) { try run([dir + "/bad.json", "-o", dir + "/out/y.svg"]) }
        #expect(!FileManager.default.fileExists(atPath: dir + "/out/y.svg"))
    }

    @Test("Several inputs write one file each into the folder; one failure writes none")
    func several() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try run([dir + "/a.json", dir + "/b.json", "-f", "svg", "-o", dir + "/out"])
        #expect(Set(try FileManager.default.contentsOfDirectory(atPath: dir + "/out")) == ["a.svg", "b.svg"])
        try FileManager.default.removeItem(atPath: dir + "/out/a.svg")
        try FileManager.default.removeItem(atPath: dir + "/out/b.svg")
        #expect(throws: (any Error).self) { try run([dir + "/a.json", dir + "/bad.json", "-o", dir + "/out"]) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir + "/out").isEmpty)
        #expect(throws: (any Error).self) { try run([dir + "/a.json", dir + "/b.json", "-o", dir + "/missing"]) }
        #expect(throws: (any Error).self) { try RenderCommand.parse([dir + "/a.json", dir + "/b.json"]) }
    }

    @Test("Unknown layout, format or edge type: errors that list the valid ones")
    func unknownNames() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        for (args, valid) in [(["-l", "spring"], "neato"), (["-f", "jpeg"], "graphml"), (["--drop-type", "friendship"], "military_support")] {
            do {
                try run([dir + "/a.json", "-o", dir + "/out/z.svg"] + args)
                Issue.record("\(args) must fail")
            } catch {
                #expect("\(error)".contains(valid), "\(error)")
            }
        }
        #expect(!FileManager.default.fileExists(atPath: dir + "/out/z.svg"))
    }
}
