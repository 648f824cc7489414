import Foundation
import Testing

/// `relgraph extract --jsonl` and `relgraph merge --jsonl`: JSON Lines in, one graph a line out, as it goes.
@Suite("JSON Lines streaming", .serialized)
struct StreamingTests {
    static func line(_ fields: [String: String]) throws -> String {
        String(decoding: try JSONSerialization.data(withJSONObject: fields, options: [.sortedKeys]), as: UTF8.self)
    }

    /// The fixture articles as a JSON Lines stream, ids "a0", "a1", …
    static func stream(count: Int? = nil) throws -> (text: String, ids: [String]) {
        let articles = try CLIProcess.fixtureArticles()
        var lines: [String] = [], ids: [String] = []
        for i in 0..<(count ?? articles.count) {
            let (name, data) = articles[i % articles.count]
            let id = "a\(i)"
            ids.append(id)
            lines.append(try line(["id": id, "text": String(decoding: data, as: UTF8.self),
                                   "url": "https://news.example/\(name)", "published": "2024-11-0\(i % 9 + 1)"]))
        }
        return (lines.joined(separator: "\n") + "\n", ids)
    }

    static func graphs(_ data: Data) throws -> [[String: Any]] {
        try String(decoding: data, as: UTF8.self).split(separator: "\n").map {
            try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
    }

    @Test("one graph a line, in input order; source.path is the id; url and published kept")
    func extract() throws {
        let cli = try CLIProcess()
        defer { cli.remove() }
        let (text, ids) = try Self.stream()
        let r = try cli.run(["extract", "--jsonl"], stdin: Data(text.utf8))
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.isEmpty, "\(r.stderr)")
        let graphs = try Self.graphs(r.stdout)
        #expect(graphs.count == ids.count)
        for (graph, id) in zip(graphs, ids) {
            let source = try #require(graph["source"] as? [String: Any])
            #expect(source["path"] as? String == id)
            #expect((source["url"] as? String)?.hasPrefix("https://news.example/") == true)
            #expect(source["published"] as? String != nil)
            #expect(graph["format"] as? String == "relgraph-1")
        }
        #expect(graphs.contains { !(($0["edges"] as? [Any]) ?? []).isEmpty })
        // The same as extracting each article file: the graphs differ only in source.
        let articles = try CLIProcess.fixtureArticles()
        let file = try cli.file(articles[0].name, articles[0].data)
        let single = try #require(try JSONSerialization.jsonObject(with: try cli.run(["extract", file]).stdout) as? [String: Any])
        #expect((single["edges"] as? NSArray) == (graphs[0]["edges"] as? NSArray))
        #expect((single["nodes"] as? NSArray) == (graphs[0]["nodes"] as? NSArray))
        // Without url and published, the source has no such fields.
        let plain = try cli.run(["extract", "--jsonl"], stdin: Data(#"{"id": "p", "text": "Russia invaded Ukraine."}"#.utf8))
        #expect(!plain.text.contains("\"url\"") && !plain.text.contains("\"published\""))
    }

    @Test("--jobs 2 gives the same stream as --jobs 1")
    func parallel() throws {
        let cli = try CLIProcess()
        defer { cli.remove() }
        let (text, _) = try Self.stream(count: 60)
        let one = try cli.run(["extract", "--jsonl", "--jobs", "1"], stdin: Data(text.utf8))
        let two = try cli.run(["extract", "--jsonl", "--jobs", "2"], stdin: Data(text.utf8))
        #expect(one.status == 0)
        #expect(one.stdout == two.stdout)
        #expect(one.text.split(separator: "\n").count == 60)
    }

    @Test("a bad line: an error naming its line number, the stream goes on, exit 1 at the end")
    func badLines() throws {
        let cli = try CLIProcess()
        defer { cli.remove() }
        let lines = [
            try Self.line(["id": "ok1", "text": "Nordkorea hat Soldaten nach Russland geschickt."]),
            "this is not JSON",
            "",
            try Self.line(["text": "no id"]),
            #"{"id": "cut", "text": "Russia and"#,
            try Self.line(["id": "empty", "text": ""]),
            "[1, 2]",
            try Self.line(["id": "ok2", "text": "Russia invaded Ukraine in 2022."]),
        ]
        let r = try cli.run(["extract", "--jsonl", "--jobs", "2"], stdin: Data(lines.joined(separator: "\n").utf8))
        #expect(r.status == 1)
        let graphs = try Self.graphs(r.stdout)
        #expect(graphs.compactMap { ($0["source"] as? [String: Any])?["path"] as? String } == ["ok1", "empty", "ok2"])
        let errors = r.stderr.split(separator: "\n").map(String.init)
        #expect(errors.contains { $0.hasPrefix("relgraph: <stdin>:2: malformed JSON") }, "\(r.stderr)")
        #expect(errors.contains { $0 == "relgraph: <stdin>:4: missing field \"id\"" }, "\(r.stderr)")
        #expect(errors.contains { $0.hasPrefix("relgraph: <stdin>:5: malformed JSON") }, "\(r.stderr)")
        #expect(errors.contains { $0 == "relgraph: note: <stdin>:6: empty article, empty graph" }, "\(r.stderr)")
        #expect(errors.contains { $0.hasPrefix("relgraph: <stdin>:7: not a JSON object") }, "\(r.stderr)")
        #expect(errors.last == "relgraph: 4 of 7 lines failed")
        // Binary text and invalid characters inside a line are errors of that line, not a crash.
        let binary = try Self.line(["id": "bin", "text": String(repeating: "\u{0}\u{1}\u{2}", count: 50)])
        let b = try cli.run(["extract", "--jsonl"], stdin: Data((binary + "\n").utf8))
        #expect(b.status == 1)
        #expect(b.stderr.contains("relgraph: <stdin>:1: bin: binary data"), "\(b.stderr)")
    }

    @Test("merge --jsonl merges the stream as merging the files would")
    func merge() throws {
        let cli = try CLIProcess()
        defer { cli.remove() }
        let (text, ids) = try Self.stream(count: 12)
        let extracted = try cli.run(["extract", "--jsonl"], stdin: Data(text.utf8))
        #expect(extracted.status == 0)
        let streamed = try cli.run(["merge", "--jsonl", "--jobs", "2"], stdin: extracted.stdout)
        #expect(streamed.status == 0, "\(streamed.stderr)")
        // The same graphs as files.
        var files: [String] = []
        for (i, line) in extracted.text.split(separator: "\n").enumerated() {
            files.append(try cli.file("g\(i).json", String(line)))
        }
        let fromFiles = try cli.run(["merge"] + files)
        #expect(streamed.stdout == fromFiles.stdout)
        let merged = try #require(try JSONSerialization.jsonObject(with: streamed.stdout) as? [String: Any])
        let sources = Set(((merged["edges"] as? [[String: Any]]) ?? []).flatMap { ($0["sources"] as? [String]) ?? [] })
        #expect(!sources.isEmpty && sources.isSubset(of: Set(ids)))
        // A bad line is named, left out, and the exit status is 1.
        let bad = try cli.run(["merge", "--jsonl"], stdin: extracted.stdout + Data("{\"format\": \"relgraph-1\"\n".utf8))
        #expect(bad.status == 1)
        #expect(bad.stderr.contains("relgraph: <stdin>:13: malformed JSON"), "\(bad.stderr)")
        #expect(!bad.stdout.isEmpty)
    }

    @Test("a graph line comes out before standard input ends")
    func asItGoes() throws {
        let cli = try CLIProcess()
        defer { cli.remove() }
        guard let binary = DiffMergeCLI.binary else { throw CocoaError(.fileNoSuchFile) }
        let process = Process()
        process.executableURL = binary
        process.arguments = ["extract", "--jsonl"]
        let input = Pipe(), out = Pipe()
        process.standardInput = input
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        try input.fileHandleForWriting.write(contentsOf: Data((try Self.line(["id": "first", "text": "Russia invaded Ukraine."]) + "\n").utf8))
        // Standard input stays open: the first graph must arrive anyway.
        nonisolated(unsafe) var firstLine = Data()
        let got = DispatchSemaphore(value: 0)
        let reader = Thread {
            while !firstLine.contains(0x0A) {
                let chunk = out.fileHandleForReading.availableData
                if chunk.isEmpty { break }
                firstLine.append(chunk)
            }
            got.signal()
        }
        reader.start()
        let arrived = got.wait(timeout: .now() + 120) == .success
        try input.fileHandleForWriting.close()
        process.waitUntilExit()
        #expect(arrived, "no graph before the end of standard input")
        #expect(String(decoding: firstLine, as: UTF8.self).contains("\"path\": \"first\""))
        #expect(process.terminationStatus == 0)
    }
}
