import Foundation
@testable import relgraph
import Testing

@Suite("OutputFile: atomic output")
struct OutputFileTests {
    func tempFolder() throws -> String {
        let path = NSTemporaryDirectory() + "relgraph-out-\(UInt32.random(in: 0...UInt32.max))"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    @Test("Writes the bytes and leaves no temporary file")
    func writes() throws {
        let dir = try tempFolder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try OutputFile(path: dir + "/a.svg").write(Data("hello".utf8))
        #expect(try String(contentsOfFile: dir + "/a.svg", encoding: .utf8) == "hello")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir) == ["a.svg"])
    }

    @Test("Replaces an existing file and keeps its permissions")
    func replaces() throws {
        let dir = try tempFolder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/a.svg"
        try Data("old".utf8).write(to: URL(fileURLWithPath: path))
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path)
        try OutputFile(path: path).write(Data("new".utf8))
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "new")
        let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? NSNumber
        #expect(mode?.intValue == 0o600)
    }

    @Test("A missing folder or a folder as target is an error, and nothing is written")
    func errors() throws {
        let dir = try tempFolder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        #expect(throws: OutputFile.Failure.folderMissing(path: dir + "/no/a.svg", folder: dir + "/no")) {
            try OutputFile(path: dir + "/no/a.svg").write(Data("x".utf8))
        }
        #expect(!FileManager.default.fileExists(atPath: dir + "/no"))
        #expect(throws: OutputFile.Failure.isFolder(path: dir)) { try OutputFile(path: dir).write(Data("x".utf8)) }
        #expect(OutputFile(path: "a.svg").folder == ".")
    }
}
