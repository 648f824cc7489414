import Foundation
import Testing

@Suite("relgraph merge", .serialized)
struct MergeCommandTests {
    typealias CLI = DiffMergeCLI

    static let third = """
    {"format": "relgraph-1", "source": {"path": "third.en.txt", "language": "en"},
     "nodes": [
      {"id": "state:prk", "kind": "state", "label": "North Korea", "names": ["DPRK"], "mentions": 1},
      {"id": "state:rus", "kind": "state", "label": "Russia", "names": ["Russia"], "mentions": 1}
     ],
     "edges": [
      {"type": "alliance", "source": "state:prk", "target": "state:rus", "modality": "possible",
       "evidence": [{"sentence": 0, "start": 0, "end": 10, "text": "may be allies"}]}
     ]}
    """

    @Test("weights, sources and merged stance in the JSON written")
    func weights() throws {
        let cli = try CLI()
        defer { cli.remove() }
        let inputs = [try cli.file("de.json", CLI.german), try cli.file("en.json", CLI.english), try cli.file("third.json", Self.third)]
        let r = try cli.run(["merge"] + inputs)
        #expect(r.status == 0)
        let obj = try #require(try JSONSerialization.jsonObject(with: r.stdout) as? [String: Any])
        let edges = try #require(obj["edges"] as? [[String: Any]])
        #expect(edges.map { $0["type"] as? String } == ["alliance", "arms_supply", "military_support"])
        #expect(edges[0]["weight"] as? Int == 3)
        #expect(edges[0]["sources"] as? [String] == ["report.en.txt", "seed.de.txt", "third.en.txt"])
        #expect(edges[0]["modality"] as? String == "asserted")
        #expect(edges[2]["weight"] as? Int == 2)
        #expect(edges[2]["modality"] as? String == "reported")
        #expect(edges[2]["deniedBy"] as? [String] == ["state:rus"])
        let nodes = try #require(obj["nodes"] as? [[String: Any]])
        #expect(nodes.first { $0["id"] as? String == "state:prk" }?["names"] as? [String] == ["DPRK", "Nordkorea", "North Korea", "Pyongyang"])
    }

    @Test("merging merged files gives the same bytes as merging all at once, in any order")
    func associativeFiles() throws {
        let cli = try CLI()
        defer { cli.remove() }
        let de = try cli.file("de.json", CLI.german), en = try cli.file("en.json", CLI.english), third = try cli.file("third.json", Self.third)
        #expect(try cli.run(["merge", de, en, third, "-o", cli.path("all.json")]).status == 0)
        #expect(try cli.run(["merge", de, en, "-o", cli.path("de-en.json")]).status == 0)
        #expect(try cli.run(["merge", en, third, "-o", cli.path("en-third.json")]).status == 0)
        #expect(try cli.run(["merge", cli.path("de-en.json"), third, "-o", cli.path("left.json")]).status == 0)
        #expect(try cli.run(["merge", de, cli.path("en-third.json"), "-o", cli.path("right.json")]).status == 0)
        #expect(try cli.run(["merge", third, en, de, "-o", cli.path("reversed.json")]).status == 0)
        let all = try Data(contentsOf: URL(fileURLWithPath: cli.path("all.json")))
        for name in ["left.json", "right.json", "reversed.json"] {
            #expect(try Data(contentsOf: URL(fileURLWithPath: cli.path(name))) == all, "\(name)")
        }
        // And the merged graph diffs as no difference against itself merged again.
        let diff = try cli.run(["diff", cli.path("all.json"), cli.path("left.json")])
        #expect(diff.status == 0)
    }

    @Test("--min-weight keeps only edges stated often enough")
    func minWeight() throws {
        let cli = try CLI()
        defer { cli.remove() }
        let inputs = [try cli.file("de.json", CLI.german), try cli.file("en.json", CLI.english), try cli.file("third.json", Self.third)]
        let r = try cli.run(["merge", "--min-weight", "3"] + inputs)
        #expect(r.status == 0)
        let obj = try #require(try JSONSerialization.jsonObject(with: r.stdout) as? [String: Any])
        #expect((obj["edges"] as? [[String: Any]])?.map { $0["type"] as? String } == ["alliance"])
        #expect((obj["nodes"] as? [[String: Any]])?.map { $0["id"] as? String } == ["state:prk", "state:rus"])
        let bad = try cli.run(["merge", "--min-weight", "0"] + inputs)
        #expect(bad.status != 0)
        #expect(bad.stderr.contains("--min-weight"))
    }

    @Test("merge of empty graphs is an empty graph; a bad input fails and writes nothing")
    func emptyAndBad() throws {
        let cli = try CLI()
        defer { cli.remove() }
        let empty = try cli.file("empty.json", "{\"format\": \"relgraph-1\", \"nodes\": [], \"edges\": []}")
        let r = try cli.run(["merge", empty, empty])
        #expect(r.status == 0)
        #expect(r.text == "{\n  \"format\": \"relgraph-1\",\n  \"nodes\": [],\n  \"edges\": []\n}\n")
        #expect(r.stderr.contains("more than once"))
        let bad = try cli.file("bad.json", "{\"format\": \"relgraph-2\", \"nodes\": [], \"edges\": []}")
        let failed = try cli.run(["merge", empty, bad, "-o", cli.path("out.json")])
        #expect(failed.status == 1)
        #expect(failed.stderr.contains("bad.json"))
        #expect(!FileManager.default.fileExists(atPath: cli.path("out.json")))
    }
}
