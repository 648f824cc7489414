import Foundation
import Testing

@Suite("relgraph diff", .serialized)
struct DiffCommandTests {
    typealias CLI = DiffMergeCLI

    @Test("a graph diffed with itself: exit 0, no differences, plain text in a pipe")
    func selfDiff() throws {
        let cli = try CLI()
        defer { cli.remove() }
        let g = try cli.file("g.json", CLI.german)
        let r = try cli.run(["diff", g, g])
        #expect(r.status == 0)
        #expect(r.text.hasPrefix("no differences (3 nodes, 2 edges unchanged)\n"))
        #expect(!r.text.contains("\u{1B}["))
        #expect(r.stderr.isEmpty)
    }

    @Test("German and English reports of the same events: exit 1, differences by meaning, stance flip first")
    func germanEnglish() throws {
        let cli = try CLI()
        defer { cli.remove() }
        let de = try cli.file("de.json", CLI.german)
        let en = try cli.file("en.json", CLI.english)
        let r = try cli.run(["diff", de, en])
        #expect(r.status == 1)
        let lines = r.text.split(separator: "\n").map(String.init)
        #expect(lines == [
            "+1 edge, ~1 changed (3 nodes, 1 edge unchanged; 3 nodes named differently)",
            "a: seed.de.txt (de)",
            "b: report.en.txt (en)",
            "+ edge arms_supply state:prk -> state:rus  [asserted; 1 evidence]",
            "! edge military_support state:prk -> state:rus  modality: reported \u{2192} denied; deniedBy: none \u{2192} state:rus",
        ])
    }

    @Test("articles diff on the fly: a German and an English article saying the same thing have no differences")
    func articlesByMeaning() throws {
        let cli = try CLI()
        defer { cli.remove() }
        let de = try cli.file("art.de.txt", "Russland und Nordkorea sind enge Verbündete.\n"
            + "Nordkorea schickt Soldaten nach Russland, sagte der ukrainische Präsident Selenskyj.\n")
        let en = try cli.file("art.en.txt", "Russia and North Korea are close allies.\n"
            + "North Korea is sending soldiers to Russia, said Ukrainian President Zelensky.\n")
        let r = try cli.run(["diff", de, en])
        #expect(r.status == 0, "\(r.text)\(r.stderr)")
        let lines = r.text.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("no differences (") == true)
        #expect(lines.first?.contains("named differently") == true)
        #expect(lines.dropFirst().first == "a: \(de) (de)")
        #expect(lines.dropFirst(2).first == "b: \(en) (en)")
        // Against a hand-built graph that adds arms and a denial: differences, exit 1.
        let graph = try cli.file("en.json", CLI.english)
        let d = try cli.run(["diff", de, graph])
        #expect(d.status == 1)
        #expect(d.text.contains("+ edge arms_supply state:prk -> state:rus"))
    }

    @Test("json output: the sections, both sides named, byte-identical reruns, -o written")
    func jsonOutput() throws {
        let cli = try CLI()
        defer { cli.remove() }
        let de = try cli.file("de.json", CLI.german)
        let en = try cli.file("en.json", CLI.english)
        let r = try cli.run(["diff", de, en, "-f", "json"])
        #expect(r.status == 1)
        let obj = try #require(try JSONSerialization.jsonObject(with: r.stdout) as? [String: Any])
        #expect(obj["format"] as? String == "relgraph-diff-1")
        #expect((obj["a"] as? [String: Any])?["path"] as? String == "seed.de.txt")
        #expect((obj["b"] as? [String: Any])?["language"] as? String == "en")
        let added = try #require(obj["added"] as? [String: [Any]])
        #expect(added["nodes"]?.count == 0 && added["edges"]?.count == 1)
        let changed = try #require((obj["changed"] as? [String: Any])?["edges"] as? [[String: Any]])
        #expect(changed.first?["changes"] as? [String] == ["modality", "deniedBy"])
        #expect(changed.first?["stanceFlip"] as? Bool == true)
        #expect(((changed.first?["before"] as? [String: Any])?["modality"] as? String) == "reported")
        #expect((obj["unchanged"] as? [String: Any])?["edges"] as? Int == 1)

        let again = try cli.run(["diff", de, en, "-f", "json"])
        #expect(again.stdout == r.stdout)
        let toFile = try cli.run(["diff", de, en, "-o", cli.path("d.json")])
        #expect(toFile.status == 1)
        #expect(toFile.stdout.isEmpty)
        #expect(try Data(contentsOf: URL(fileURLWithPath: cli.path("d.json"))) == r.stdout)
    }

    @Test("dot output: the union graph with every node and edge marked and the legend naming A and B")
    func dotOutput() throws {
        let cli = try CLI()
        defer { cli.remove() }
        let de = try cli.file("de.json", CLI.german)
        let en = try cli.file("en.json", CLI.english)
        let r = try cli.run(["diff", de, en, "-f", "dot"])
        #expect(r.status == 1)
        let dot = r.text
        #expect(dot.hasPrefix("digraph"))
        #expect(dot.contains("mark=\"added\""))
        #expect(dot.contains("mark=\"changed\""))
        #expect(dot.contains("mark=\"unchanged\""))
        #expect(!dot.contains("mark=\"removed\""))
        #expect(dot.contains("A: seed.de.txt (de)"))
        #expect(dot.contains("B: report.en.txt (en)"))
        // The changed edge carries the evidence of both sides, each tagged with its side.
        let support = try #require(dot.split(separator: "\n").first { $0.contains("military_support") })
        #expect(support.contains("Nordkorea schickt Soldaten") && support.contains("A: seed.de.txt"))
        #expect(support.contains("Moscow denies sending troops") && support.contains("B: report.en.txt"))
    }

    @Test("trouble exits 2 with a message", arguments: [
        ["diff", "missing.json", "g.json"],
        ["diff", "bad.json", "g.json"],
        ["diff", "g.json"],
        ["diff", "g.json", "g.json", "--bogus"],
        ["diff", "g.json", "g.json", "-f", "xml"],
        ["diff", "g.json", "g.json", "-l", "nolayout"],
        ["diff", "g.json", "g.json", "-o", "no/such/folder/out.txt"],
        ["diff", "g.json", "g.json", "-o", "out.xyz"],
    ])
    func trouble(_ arguments: [String]) throws {
        let cli = try CLI()
        defer { cli.remove() }
        _ = try cli.file("g.json", CLI.german)
        _ = try cli.file("bad.json", "{\"format\": \"relgraph-1\", \"nodes\": [")
        let r = try cli.run(arguments)
        #expect(r.status == 2)
        #expect(!r.stderr.isEmpty)
        #expect(r.stdout.isEmpty)
    }

    @Test("diff of empty graphs: exit 0; empty against a graph: everything added")
    func emptyGraphs() throws {
        let cli = try CLI()
        defer { cli.remove() }
        let empty = try cli.file("empty.json", "{\"format\": \"relgraph-1\", \"nodes\": [], \"edges\": []}")
        let g = try cli.file("g.json", CLI.german)
        let same = try cli.run(["diff", empty, empty])
        #expect(same.status == 0)
        #expect(same.text.hasPrefix("no differences (0 nodes, 0 edges unchanged)"))
        let added = try cli.run(["diff", empty, g])
        #expect(added.status == 1)
        #expect(added.text.hasPrefix("+3 nodes, +2 edges"))
        #expect(added.text.contains("a: \(empty)\n"), "a graph without a source is named by its file")
    }
}
