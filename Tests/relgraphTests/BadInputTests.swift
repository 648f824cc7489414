import Foundation
import Testing

/// Bad input to every subcommand: one clear message naming what and where, a non-zero exit, no
/// crash, nothing on standard output, and an existing output file kept as it was.
@Suite("bad input", .serialized)
struct BadInputTests {
    /// The files every case uses, written into a fresh temporary folder.
    static func setUp() throws -> CLIProcess {
        let cli = try CLIProcess()
        try cli.file("good.json", CLIProcess.graph)
        try cli.file("article.txt", "Russland und Nordkorea haben einen Verteidigungspakt geschlossen. Kim Jong Un besuchte Moskau.\n")
        try cli.file("empty.txt", "")
        try cli.file("blank.txt", "  \n\n\t \n")
        try cli.file("binary.dat", Data((0..<2048).map { UInt8(truncatingIfNeeded: $0 &* 7919) }))
        try cli.file("latin1.txt", Data("Die Gespräche".utf8.prefix(9)) + Data([0xE4]) + Data("che in Genf".utf8))
        try cli.file("truncated.json", #"{"format": "relgraph-1", "nodes": [{"id": "state:rus", "#)
        try cli.file("kind.json", #"{"format": "relgraph-1", "nodes": [{"id": "planet:mars", "kind": "planet"}], "edges": []}"#)
        try cli.file("type.json", #"{"format": "relgraph-1", "nodes": [{"id": "state:rus", "kind": "state"}, {"id": "state:prk", "kind": "state"}], "edges": [{"type": "hugs", "source": "state:rus", "target": "state:prk"}]}"#)
        try cli.file("dangling.json", #"{"format": "relgraph-1", "nodes": [{"id": "state:rus", "kind": "state"}], "edges": [{"type": "alliance", "source": "state:rus", "target": "state:xyz"}]}"#)
        try cli.file("bad.lex", "# a user lexicon\nactor | state:atlantis | state | Atlantis\nthis is no record\n")
        try FileManager.default.createDirectory(atPath: cli.path("folder"), withIntermediateDirectories: true)
        return cli
    }

    /// A bad input and the words its message must hold.
    struct Case: CustomTestStringConvertible, Sendable {
        var file: String
        var expected: [String]
        var testDescription: String { file }
    }

    static let graphCases: [Case] = [
        Case(file: "missing.json", expected: ["missing.json", "no such file"]),
        Case(file: "folder", expected: ["folder", "is a folder"]),
        Case(file: "binary.dat", expected: ["binary.dat", "binary data"]),
        Case(file: "latin1.txt", expected: ["latin1.txt", "invalid UTF-8 at byte offset 9"]),
        Case(file: "truncated.json", expected: ["truncated.json", "malformed JSON"]),
        Case(file: "kind.json", expected: ["kind.json", "planet:mars", "unknown kind \"planet\""]),
        Case(file: "type.json", expected: ["type.json", "unknown edge type \"hugs\""]),
        Case(file: "dangling.json", expected: ["dangling.json", "state:xyz", "is not a node"]),
    ]

    /// The command lines of each subcommand for a bad input `f` (with a good second input where needed).
    static let commands: [String] = ["extract", "render", "diff", "merge"]

    static func arguments(_ command: String, _ f: String, output: String? = nil) -> [String] {
        let out = output.map { ["-o", $0] } ?? []
        switch command {
        case "render": return ["render", f, "-f", "dot"] + out
        case "diff": return ["diff", "good.json", f] + out
        case "merge": return ["merge", "good.json", f] + out
        default: return ["extract", f] + out
        }
    }

    static func expectOneClearMessage(_ r: CLIProcess.Run, _ c: Case, command: String) {
        #expect(r.status == (command == "diff" ? 2 : 1), "\(command) \(c.file): status \(r.status)")
        #expect(r.stdout.isEmpty, "\(command) \(c.file) wrote to standard output")
        let lines = r.stderr.split(separator: "\n")
        #expect(lines.count == 1, "\(command) \(c.file): \(r.stderr)")
        #expect(r.stderr.hasPrefix("relgraph: "), "\(command) \(c.file): \(r.stderr)")
        for word in c.expected { #expect(r.stderr.contains(word), "\(command) \(c.file): \(r.stderr) lacks \(word)") }
        #expect(!r.stderr.contains("Fatal error") && r.status < 128, "\(command) crashed")
    }

    @Test("a bad graph or article: one message naming the file and the fault", arguments: commands)
    func badFiles(command: String) throws {
        let cli = try Self.setUp()
        defer { cli.remove() }
        // extract reads articles: the graph-file faults (JSON) are not articles to it.
        let cases = command == "extract" ? Self.graphCases.prefix(4) : Self.graphCases[...]
        for c in cases {
            Self.expectOneClearMessage(try cli.run(Self.arguments(command, c.file)), c, command: command)
        }
    }

    @Test("a failed run keeps an existing output file as it was", arguments: commands)
    func atomicOutput(command: String) throws {
        let cli = try Self.setUp()
        defer { cli.remove() }
        let keep = Data("an earlier result\n".utf8)
        for c in Self.graphCases.prefix(command == "extract" ? 4 : 8) {
            try cli.file("out.json", keep)
            let r = try cli.run(Self.arguments(command, c.file, output: "out.json"))
            #expect(r.status != 0)
            #expect(cli.contents("out.json") == keep, "\(command) \(c.file) changed the existing output")
            let leftovers = try FileManager.default.contentsOfDirectory(atPath: cli.folder.path).filter { $0.contains(".tmp-") }
            #expect(leftovers.isEmpty, "temporary files left: \(leftovers)")
        }
        // A good run replaces it.
        let ok = try cli.run(Self.arguments(command, command == "extract" ? "article.txt" : "good.json", output: "out.json"))
        #expect(ok.status == 0, "\(ok.stderr)")
        #expect(cli.contents("out.json") != keep)
    }

    @Test("an empty or blank article: an empty graph, exit 0, a note on standard error", arguments: ["empty.txt", "blank.txt"])
    func emptyArticle(file: String) throws {
        let cli = try Self.setUp()
        defer { cli.remove() }
        let extract = try cli.run(["extract", file])
        #expect(extract.status == 0)
        #expect(extract.stderr == "relgraph: note: \(file): empty article, empty graph\n")
        let obj = try #require(try JSONSerialization.jsonObject(with: extract.stdout) as? [String: Any])
        #expect((obj["nodes"] as? [Any])?.isEmpty == true)
        #expect((obj["edges"] as? [Any])?.isEmpty == true)

        for args in [["render", file, "-f", "dot"], ["diff", file, file], ["merge", file]] {
            let r = try cli.run(args)
            #expect(r.status == 0, "\(args): \(r.stderr)")
            #expect(r.stderr.contains("relgraph: note: \(file): empty article"), "\(args): \(r.stderr)")
            #expect(!r.stdout.isEmpty)
        }
    }

    @Test("a lexicon file with a bad line: file:line")
    func badLexicon() throws {
        let cli = try Self.setUp()
        defer { cli.remove() }
        let r = try cli.run(["extract", "--lexicon", "bad.lex", "article.txt"])
        #expect(r.status == 1)
        #expect(r.stdout.isEmpty)
        #expect(r.stderr.hasPrefix("relgraph: bad.lex:3: "), "\(r.stderr)")
        #expect(r.stderr.split(separator: "\n").count == 1)
        let missing = try cli.run(["extract", "--lexicon", "nope.lex", "article.txt"])
        #expect(missing.status == 1)
        #expect(missing.stderr.hasPrefix("relgraph: nope.lex: "), "\(missing.stderr)")
    }

    @Test("an output folder that does not exist", arguments: commands)
    func missingOutputFolder(command: String) throws {
        let cli = try Self.setUp()
        defer { cli.remove() }
        let input = command == "extract" ? "article.txt" : "good.json"
        let r = try cli.run(Self.arguments(command, input, output: "nowhere/out.json"))
        #expect(r.status == (command == "diff" ? 2 : 1))
        #expect(r.stderr.hasPrefix("relgraph: "), "\(r.stderr)")
        #expect(r.stderr.contains("nowhere"), "\(r.stderr)")
        #expect(r.stdout.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: cli.path("nowhere")))
        if command == "extract" || command == "render" {
            // Several inputs write into a folder, which must exist.
            let several = try cli.run([command, input, input == "good.json" ? "article.txt" : "blank.txt", "-o", "nowhere"])
            #expect(several.status != 0)
            #expect(several.stderr.hasPrefix("relgraph: ") && several.stderr.contains("nowhere"), "\(several.stderr)")
        }
    }

    @Test("an unknown format or layout lists the valid ones")
    func unknownFormatOrLayout() throws {
        let cli = try Self.setUp()
        defer { cli.remove() }
        let runs: [([String], String)] = [
            (["render", "good.json", "-f", "bmp"], "svg"),
            (["render", "good.json", "-l", "spring"], "neato"),
            (["render", "good.json", "-o", "x.bmp"], "svg"),
            (["diff", "good.json", "good.json", "-f", "svg", "-l", "spring"], "neato"),
            (["diff", "good.json", "good.json", "-f", "bmp"], "svg"),
            (["merge", "good.json", "-f", "bmp"], "svg"),
            (["merge", "good.json", "-f", "svg", "-l", "spring"], "neato"),
            (["extract", "article.txt", "--lang", "fr"], "de, en"),
            (["extract", "article.txt", "--encoding", "ebcdic"], "latin1"),
        ]
        for (args, valid) in runs {
            let r = try cli.run(args)
            #expect(r.status != 0, "\(args)")
            #expect(r.status < 128, "\(args) crashed")
            #expect(r.stdout.isEmpty, "\(args)")
            #expect(r.stderr.hasPrefix("relgraph: "), "\(args): \(r.stderr)")
            #expect(r.stderr.contains(valid), "\(args): \(r.stderr)")
        }
    }

    @Test("usage errors read relgraph: too, and help still goes to standard output")
    func usageErrors() throws {
        let cli = try Self.setUp()
        defer { cli.remove() }
        for args in [["extract"], ["render", "--bogus"], ["diff", "good.json"], ["merge", "--jobs", "0", "good.json"], ["frobnicate"]] {
            let r = try cli.run(args)
            #expect(r.status != 0, "\(args)")
            #expect(r.stderr.hasPrefix("relgraph: "), "\(args): \(r.stderr)")
            #expect(!r.stderr.hasPrefix("Error:"), "\(args)")
        }
        let help = try cli.run(["extract", "--help"])
        #expect(help.status == 0)
        #expect(help.text.contains("--jsonl"))
        #expect(help.stderr.isEmpty)
    }

    @Test("several articles: a bad one is reported and the others are still written")
    func severalWithOneBad() throws {
        let cli = try Self.setUp()
        defer { cli.remove() }
        try FileManager.default.createDirectory(atPath: cli.path("out"), withIntermediateDirectories: true)
        let r = try cli.run(["extract", "article.txt", "binary.dat", "blank.txt", "-o", "out"])
        #expect(r.status == 1)
        #expect(r.stderr.contains("relgraph: binary.dat: binary data"), "\(r.stderr)")
        #expect(r.stderr.contains("1 of 3 articles failed"))
        #expect(cli.contents("out/article.json") != nil)
        #expect(cli.contents("out/blank.json") != nil)
        #expect(cli.contents("out/binary.json") == nil)
    }

    @Test("render of several inputs: every failure on a line of its own, and nothing written")
    func renderSeveralWithFailures() throws {
        let cli = try Self.setUp()
        defer { cli.remove() }
        try FileManager.default.createDirectory(atPath: cli.path("out"), withIntermediateDirectories: true)
        try cli.file("out/good.svg", "an earlier drawing")
        let r = try cli.run(["render", "--jobs", "2", "good.json", "kind.json", "truncated.json", "-o", "out"])
        #expect(r.status == 1)
        let lines = r.stderr.split(separator: "\n").map(String.init)
        #expect(lines.count == 3, "\(r.stderr)")
        #expect(lines.allSatisfy { $0.hasPrefix("relgraph: ") }, "\(r.stderr)")
        #expect(lines.contains { $0.contains("kind.json") } && lines.contains { $0.contains("truncated.json") })
        #expect(lines.last == "relgraph: nothing written")
        #expect(cli.contents("out/good.svg") == Data("an earlier drawing".utf8))
        #expect(try FileManager.default.contentsOfDirectory(atPath: cli.path("out")) == ["good.svg"])
    }

    @Test("two articles with the same name into one folder: the second is refused, the first kept")
    func sameNameTwice() throws {
        let cli = try Self.setUp()
        defer { cli.remove() }
        try cli.file("a/report.txt", "Russland und Nordkorea haben einen Verteidigungspakt geschlossen.\n")
        try cli.file("b/report.txt", "Russia invaded Ukraine in 2022.\n")
        try FileManager.default.createDirectory(atPath: cli.path("out"), withIntermediateDirectories: true)
        let r = try cli.run(["extract", "--jobs", "2", "a/report.txt", "b/report.txt", "-o", "out"])
        #expect(r.status == 1)
        #expect(r.stderr.contains("relgraph: b/report.txt: not written: a/report.txt already wrote out/report.json"), "\(r.stderr)")
        let written = try #require(cli.contents("out/report.json"))
        #expect(String(decoding: written, as: UTF8.self).contains("\"path\": \"a/report.txt\""))
    }

    @Test("'-' reads the article from standard input")
    func standardInput() throws {
        let cli = try Self.setUp()
        defer { cli.remove() }
        let r = try cli.run(["extract", "-"], stdin: Data([0x41, 0xC3, 0x28]))
        #expect(r.status == 1)
        #expect(r.stderr == "relgraph: -: invalid UTF-8 at byte offset 1 (give --encoding latin1 or windows-1252 if the file is in one of those)\n")
        let ok = try cli.run(["extract", "-"], stdin: Data("Nordkorea hat Soldaten nach Russland geschickt.\n".utf8))
        #expect(ok.status == 0)
        #expect(ok.text.contains("\"state:prk\""))
    }
}
