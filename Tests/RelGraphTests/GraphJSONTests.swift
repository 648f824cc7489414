import Foundation
@testable import RelGraph
import Testing

@Suite("Graph JSON: canonical writer and validating reader")
struct GraphJSONTests {
    static let graph = Graph(
        source: SourceInfo(path: "a.de.txt", language: "de", sha256: "00ff", title: "Ein \"Titel\""),
        nodes: [
            Node(id: "state:rus", kind: .state, label: "Russia", names: ["Russland", "Moskau"], mentions: 4),
            Node(id: "state:prk", kind: .state, label: "North Korea", names: ["Nordkorea"], mentions: 2),
            Node(id: "person:kim-jong-un", kind: .person, label: "Kim Jong Un", names: ["Kim"], mentions: 1, role: "Führer"),
        ],
        edges: [
            Edge(type: .militarySupport, source: "state:prk", target: "state:rus",
                 evidence: [Evidence(sentence: 1, start: 10, end: 40, text: "Nordkorea schickt \"Soldaten\" \\ nach Russland.\n")],
                 attributedTo: ["person:kim-jong-un"], deniedBy: ["state:rus"], modality: .reported, rule: "schicken",
                 codes: EventCodes(plover: "AID", cameo: "07")),
            Edge(type: .alliance, source: "state:rus", target: "state:prk", modality: .asserted),
            Edge(type: .represents, source: "person:kim-jong-un", target: "state:prk", role: "Führer", weight: 2, sources: ["b", "a"]),
        ])

    func read(_ json: String, file: String = "test.json") throws(GraphError) -> Graph {
        try Graph(json: Data(json.utf8), file: file)
    }

    func error(_ json: String) -> GraphError? {
        do {
            _ = try read(json)
            return nil
        } catch {
            return error
        }
    }

    @Test("Round trip: written JSON reads back as the same (canonical) graph")
    func roundTrip() throws {
        let text = Self.graph.jsonString()
        let back = try read(text)
        #expect(back == Self.graph.canonicalized())
        #expect(back.jsonString() == text)
    }

    @Test("Canonical bytes: sorted nodes, edges and lists, fixed key order, whatever the input order")
    func canonicalBytes() throws {
        var shuffled = Self.graph
        shuffled.nodes.reverse()
        shuffled.edges.reverse()
        shuffled.nodes[0].names.reverse()
        #expect(shuffled.jsonString() == Self.graph.jsonString())
        let expected = """
            {
              "format": "relgraph-1",
              "source": {"path": "a.de.txt", "language": "de", "sha256": "00ff", "title": "Ein \\"Titel\\""},
              "nodes": [
                {"id": "person:kim-jong-un", "kind": "person", "label": "Kim Jong Un", "names": ["Kim"], "mentions": 1, "role": "Führer"},
                {"id": "state:prk", "kind": "state", "label": "North Korea", "names": ["Nordkorea"], "mentions": 2},
                {"id": "state:rus", "kind": "state", "label": "Russia", "names": ["Moskau", "Russland"], "mentions": 4}
              ],
              "edges": [
                {"type": "alliance", "source": "state:prk", "target": "state:rus", "modality": "asserted", "evidence": []},
                {"type": "military_support", "source": "state:prk", "target": "state:rus", "attributedTo": ["person:kim-jong-un"], "deniedBy": ["state:rus"], "modality": "reported", "rule": "schicken", "codes": {"plover": "AID", "cameo": "07"}, "evidence": [{"sentence": 1, "start": 10, "end": 40, "text": "Nordkorea schickt \\"Soldaten\\" \\\\ nach Russland.\\n"}]},
                {"type": "represents", "source": "person:kim-jong-un", "target": "state:prk", "role": "Führer", "weight": 2, "sources": ["a", "b"], "evidence": []}
              ]
            }

            """
        #expect(Self.graph.jsonString() == expected)
        #expect(Graph().jsonString() == "{\n  \"format\": \"relgraph-1\",\n  \"nodes\": [],\n  \"edges\": []\n}\n")
    }

    @Test("Symmetric edges are stored with the smaller id as source")
    func symmetric() throws {
        let g = try read(#"{"format": "relgraph-1", "nodes": [{"id": "b", "kind": "state"}, {"id": "a", "kind": "state"}], "edges": [{"type": "alliance", "source": "b", "target": "a"}]}"#)
        #expect(g.edges[0].source == "a" && g.edges[0].target == "b")
        #expect(g.nodes[0].label == "b", "a missing label defaults to the id")
    }

    @Test("Gold files: optional and symmetric are accepted and kept")
    func goldFile() throws {
        let g = try read("""
            {"format": "relgraph-1", "source": {"path": "x.txt", "language": "de"},
             "nodes": [{"id": "state:aaa", "kind": "state", "label": "A", "names": ["A", "Aa"]},
                       {"id": "state:bbb", "kind": "state", "label": "B", "names": ["B"]}],
             "edges": [{"type": "conflict", "source": "state:aaa", "target": "state:bbb", "symmetric": true},
                       {"type": "support", "source": "state:bbb", "target": "state:aaa", "optional": true, "note": "extra fields are ignored"}]}
            """)
        #expect(g.edges.first { $0.type == .support }?.optional == true)
        #expect(g.edges.first { $0.type == .conflict }?.symmetric == true)
        #expect(g.jsonString().contains(#""optional": true"#))
    }

    @Test("Malformed, truncated and empty JSON: one clear error naming the file")
    func malformed() {
        let full = Self.graph.jsonString()
        for bad in ["{\"format\": ", String(full.prefix(full.count / 2)), "not json", ""] {
            guard case let .malformedJSON(file, reason)? = error(bad) else {
                Issue.record("expected malformedJSON for \(bad.prefix(20))")
                continue
            }
            #expect(file == "test.json")
            #expect(!reason.isEmpty)
        }
        #expect(error("") == .malformedJSON(file: "test.json", reason: "the file is empty"))
        #expect(error("[1, 2]") == .malformedJSON(file: "test.json", reason: "the top level is not an object"))
        #expect(error("[1, 2]")?.description.hasPrefix("test.json: malformed JSON") == true)
    }

    @Test("Unknown or missing format")
    func format() {
        #expect(error(#"{"format": "relgraph-2", "nodes": [], "edges": []}"#) == .unknownFormat(file: "test.json", found: "relgraph-2"))
        #expect(error(#"{"nodes": [], "edges": []}"#) == .missingField(file: "test.json", item: "graph", field: "format"))
        #expect(GraphError.unknownFormat(file: "f", found: "x").description == #"f: unknown format "x" (expected "relgraph-1")"#)
    }

    @Test("Unknown node kind names the node and lists the valid kinds")
    func unknownKind() {
        let e = error(#"{"format": "relgraph-1", "nodes": [{"id": "city:kyiv", "kind": "city"}], "edges": []}"#)
        #expect(e == .unknownKind(file: "test.json", node: "city:kyiv", kind: "city"))
        #expect(e?.description.contains("valid: state, person, organization, agreement, group") == true)
    }

    @Test("Unknown edge type names the edge and lists the valid types")
    func unknownType() {
        let e = error(#"{"format": "relgraph-1", "nodes": [{"id": "a", "kind": "state"}, {"id": "b", "kind": "state"}], "edges": [{"type": "friendship", "source": "a", "target": "b"}]}"#)
        #expect(e == .unknownEdgeType(file: "test.json", edge: "edge #0 (friendship a -> b)", type: "friendship"))
        #expect(e?.description.contains("military_support") == true)
    }

    @Test("Unknown modality")
    func unknownModality() {
        let e = error(#"{"format": "relgraph-1", "nodes": [{"id": "a", "kind": "state"}, {"id": "b", "kind": "state"}], "edges": [{"type": "support", "source": "a", "target": "b", "modality": "rumoured"}]}"#)
        #expect(e == .unknownModality(file: "test.json", edge: "edge #0 (support a -> b)", modality: "rumoured"))
    }

    @Test("Dangling endpoint names the edge and the missing id")
    func dangling() {
        let e = error(#"{"format": "relgraph-1", "nodes": [{"id": "a", "kind": "state"}], "edges": [{"type": "support", "source": "a", "target": "state:zzz"}]}"#)
        #expect(e == .danglingEndpoint(file: "test.json", edge: "edge #0 (support a -> state:zzz)", id: "state:zzz"))
        #expect(e?.description == #"test.json: edge #0 (support a -> state:zzz): endpoint "state:zzz" is not a node of the graph"#)
    }

    @Test("Duplicate node id")
    func duplicate() {
        let e = error(#"{"format": "relgraph-1", "nodes": [{"id": "a", "kind": "state"}, {"id": "a", "kind": "person"}], "edges": []}"#)
        #expect(e == .duplicateNode(file: "test.json", id: "a"))
    }

    @Test("Missing fields and wrong types name the item and the field")
    func fieldErrors() {
        let nodes = #""nodes": [{"id": "a", "kind": "state"}, {"id": "b", "kind": "state"}]"#
        #expect(error(#"{"format": "relgraph-1", "edges": []}"#) == .missingField(file: "test.json", item: "graph", field: "nodes"))
        #expect(error(#"{"format": "relgraph-1", "nodes": [{"kind": "state"}], "edges": []}"#) == .missingField(file: "test.json", item: "node #0", field: "id"))
        #expect(error(#"{"format": "relgraph-1", "nodes": [{"id": "a", "kind": "state", "mentions": "3"}], "edges": []}"#)
            == .wrongType(file: "test.json", item: "node a", field: "mentions", expected: "a whole number"))
        #expect(error(#"{"format": "relgraph-1", "nodes": [{"id": "a", "kind": "state", "mentions": true}], "edges": []}"#)
            == .wrongType(file: "test.json", item: "node a", field: "mentions", expected: "a whole number"))
        #expect(error(#"{"format": "relgraph-1", "nodes": [{"id": "a", "kind": "state", "mentions": 2.5}], "edges": []}"#)
            == .wrongType(file: "test.json", item: "node a", field: "mentions", expected: "a whole number"))
        #expect(error(#"{"format": "relgraph-1", "nodes": [{"id": "a", "kind": "state", "names": ["x", 1]}], "edges": []}"#)
            == .wrongType(file: "test.json", item: "node a", field: "names", expected: "an array of strings"))
        #expect(error("{\"format\": \"relgraph-1\", \(nodes), \"edges\": [{\"type\": \"support\", \"source\": \"a\", \"target\": \"b\", \"evidence\": [{\"sentence\": 0, \"start\": 0, \"text\": \"x\"}]}]}")
            == .missingField(file: "test.json", item: "edge #0 (support a -> b) evidence #0", field: "end"))
        #expect(error("{\"format\": \"relgraph-1\", \(nodes), \"edges\": [{\"type\": \"support\", \"source\": \"a\", \"target\": \"b\", \"optional\": 1}]}")
            == .wrongType(file: "test.json", item: "edge #0 (support a -> b)", field: "optional", expected: "true or false"))
        #expect(error(#"{"format": "relgraph-1", "nodes": {}, "edges": []}"#) == .wrongType(file: "test.json", item: "graph", field: "nodes", expected: "an array"))
    }

    @Test("A null source or null optional field counts as absent")
    func nulls() throws {
        let g = try read(#"{"format": "relgraph-1", "source": null, "nodes": [{"id": "a", "kind": "state", "role": null}], "edges": []}"#)
        #expect(g.source == nil && g.nodes[0].role == nil)
    }

    @Test("Files: missing file and folder are clear errors; a written file reads back")
    func files() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("relgraph-json-\(UInt32.random(in: 0...UInt32.max))")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let missing = dir.appendingPathComponent("none.json")
        #expect(throws: GraphError.unreadable(file: missing.path, reason: "no such file")) { try Graph.read(contentsOf: missing) }
        #expect(throws: GraphError.unreadable(file: dir.path, reason: "is a folder")) { try Graph.read(contentsOf: dir) }
        let file = dir.appendingPathComponent("g.json")
        try Self.graph.jsonData().write(to: file)
        #expect(try Graph.read(contentsOf: file) == Self.graph.canonicalized())
        try Data("{\"format\": \"relgraph-1\", \"nodes\": [".utf8).write(to: file)
        let truncated = #expect(throws: GraphError.self) { try Graph.read(contentsOf: file) }
        guard case let .malformedJSON(name, _)? = truncated else {
            Issue.record("a truncated file must be malformedJSON, got \(String(describing: truncated))")
            return
        }
        #expect(name == file.path)
    }
}
