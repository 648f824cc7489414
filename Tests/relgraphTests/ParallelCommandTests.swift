import Foundation
import Testing

/// `--jobs N` on extract, render and merge: the same bytes as `--jobs 1`.
@Suite("--jobs", .serialized)
struct ParallelCommandTests {
    /// The fixture articles written into the folder, plus each again under another name.
    static func corpus(_ cli: CLIProcess) throws -> [String] {
        var names: [String] = []
        for (name, data) in try CLIProcess.fixtureArticles() {
            try cli.file("in/" + name, data)
            let ext = (name as NSString).pathExtension
            let copy = (name as NSString).deletingPathExtension + ".copy." + ext
            try cli.file("in/" + copy, data)
            names += ["in/" + name, "in/" + copy]
        }
        return names
    }

    static func files(_ cli: CLIProcess, _ folder: String) throws -> [String: Data] {
        var out: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: cli.path(folder)) {
            out[name] = cli.contents(folder + "/" + name)
        }
        return out
    }

    @Test("extract: JSON Lines and a folder of files are byte-identical for --jobs 1 and 2")
    func extract() throws {
        let cli = try CLIProcess()
        defer { cli.remove() }
        let articles = try Self.corpus(cli)
        let one = try cli.run(["extract", "--jobs", "1"] + articles)
        let two = try cli.run(["extract", "--jobs", "2"] + articles)
        #expect(one.status == 0, "\(one.stderr)")
        #expect(two.status == 0, "\(two.stderr)")
        #expect(one.stdout == two.stdout)
        #expect(one.text.split(separator: "\n").count == articles.count)

        for jobs in ["1", "2"] {
            try FileManager.default.createDirectory(atPath: cli.path("out" + jobs), withIntermediateDirectories: true)
            let r = try cli.run(["extract", "--jobs", jobs, "-o", "out" + jobs] + articles)
            #expect(r.status == 0, "\(r.stderr)")
        }
        let out1 = try Self.files(cli, "out1"), out2 = try Self.files(cli, "out2")
        #expect(out1.count == articles.count)
        #expect(out1 == out2)
    }

    @Test("render: one file per input, byte-identical for --jobs 1 and 2")
    func render() throws {
        let cli = try CLIProcess()
        defer { cli.remove() }
        // Graphs from a few articles, then drawn in parallel (Graphviz stays behind its lock).
        let articles = Array(try Self.corpus(cli).prefix(8))
        try FileManager.default.createDirectory(atPath: cli.path("graphs"), withIntermediateDirectories: true)
        #expect(try cli.run(["extract", "-o", "graphs"] + articles).status == 0)
        let graphs = try FileManager.default.contentsOfDirectory(atPath: cli.path("graphs")).sorted().map { "graphs/" + $0 }
        for format in ["svg", "dot"] {
            for jobs in ["1", "2"] {
                let folder = "\(format)\(jobs)"
                try FileManager.default.createDirectory(atPath: cli.path(folder), withIntermediateDirectories: true)
                let r = try cli.run(["render", "--jobs", jobs, "-f", format, "-o", folder] + graphs)
                #expect(r.status == 0, "\(r.stderr)")
            }
            let one = try Self.files(cli, format + "1"), two = try Self.files(cli, format + "2")
            #expect(one.count == graphs.count)
            #expect(one == two, "\(format) differs between --jobs 1 and 2")
        }
        // Articles drawn directly, in parallel, too.
        try FileManager.default.createDirectory(atPath: cli.path("direct"), withIntermediateDirectories: true)
        let direct = try cli.run(["render", "--jobs", "2", "-f", "dot", "-o", "direct"] + articles)
        #expect(direct.status == 0, "\(direct.stderr)")
        #expect(try Self.files(cli, "direct").count == articles.count)
    }

    @Test("merge: byte-identical for --jobs 1 and 2, and in any order")
    func merge() throws {
        let cli = try CLIProcess()
        defer { cli.remove() }
        let articles = try Self.corpus(cli)
        let one = try cli.run(["merge", "--jobs", "1"] + articles)
        let two = try cli.run(["merge", "--jobs", "2"] + articles)
        let reversed = try cli.run(["merge", "--jobs", "2"] + articles.reversed())
        #expect(one.status == 0, "\(one.stderr)")
        #expect(one.stdout == two.stdout)
        #expect(one.stdout == reversed.stdout)
        let obj = try #require(try JSONSerialization.jsonObject(with: one.stdout) as? [String: Any])
        let edges = try #require(obj["edges"] as? [[String: Any]])
        #expect(!edges.isEmpty)
        // Every article appears twice (the copy), so every edge has an even weight.
        #expect(edges.allSatisfy { ($0["weight"] as? Int ?? 1) % 2 == 0 })
    }

    @Test("a failure among many with --jobs 2: reported, the rest written, exit 1")
    func failureInParallel() throws {
        let cli = try CLIProcess()
        defer { cli.remove() }
        var articles = Array(try Self.corpus(cli).prefix(6))
        try cli.file("in/broken.txt", Data([0x41, 0xFF, 0x42]))
        articles.insert("in/broken.txt", at: 3)
        let r = try cli.run(["extract", "--jobs", "2"] + articles)
        #expect(r.status == 1)
        #expect(r.stderr.contains("relgraph: in/broken.txt: invalid UTF-8 at byte offset 1"), "\(r.stderr)")
        #expect(r.text.split(separator: "\n").count == 6)
        let merge = try cli.run(["merge", "--jobs", "2"] + articles)
        #expect(merge.status == 1)
        #expect(merge.stdout.isEmpty)
        #expect(merge.stderr.contains("in/broken.txt"))
    }
}
