import Foundation
import RelGraph
@testable import RelGraphRender
import Testing

@Suite("DOT writer")
struct DOTWriterTests {
    @Test("cgraph reads the DOT back with relgraph's own attributes on nodes and edges")
    func readBack() throws {
        let graph = Fixtures.small
        let doc = try GraphvizRenderer.read(dot: DOTWriter().write(graph))
        #expect(doc.isDirected)
        #expect(doc.attributes["format"] == "relgraph-1")
        #expect(doc.attributes["path"] == "fixtures/small.en.txt")
        #expect(doc.subgraphs == ["legend"])
        for n in graph.nodes {
            let attrs = try #require(doc.nodes[n.id], "node \(n.id) not read back")
            #expect(attrs["kind"] == n.kind.rawValue)
            #expect(attrs["mentions"] == String(n.mentions))
            #expect(DOTDocument.unescape(attrs["names"] ?? "") == n.names.sorted().joined(separator: "\n"))
            #expect(attrs["tooltip"] != nil && attrs["label"] != nil)
        }
        let ms = try #require(doc.edges(between: "state:aaa", "state:bbb").first { $0.attributes["type"] == "military_support" })
        #expect(ms.tail == "state:aaa" && ms.head == "state:bbb")
        #expect(ms.attributes["modality"] == "reported")
        #expect(ms.attributes["attributedTo"] == "person:ann-example")
        #expect(ms.attributes["deniedBy"] == "state:aaa")
        #expect(ms.attributes["rule"] == "send-troops")
        #expect(ms.attributes["plover"] == "AID" && ms.attributes["cameo"] == "07")
        #expect(ms.attributes["evidence"] == "Atlantis sends troops to Borduria.")
        #expect(ms.attributes["sentences"] == "0")
        #expect(ms.attributes["style"] == "dotted")
        let rep = try #require(doc.edges.first { $0.attributes["type"] == "represents" })
        #expect(rep.attributes["role"] == "minister")
        #expect(rep.attributes["cameo"] == nil, "represents has no event code")
        let alliance = try #require(doc.edges.first { $0.attributes["type"] == "alliance" })
        #expect(alliance.tail == "state:aaa" && alliance.attributes["dir"] == "none", "symmetric: smaller id first, no arrow")
        #expect(doc.edges.first { $0.attributes["type"] == "support" }?.attributes["style"] == "dashed", "denied is dashed")
        let possible = try #require(doc.edges.first { $0.attributes["type"] == "arms_supply" })
        #expect(possible.attributes["style"] == "dotted" && possible.attributes["arrowhead"] == "onormal")
        #expect(possible.attributes["color"]?.count == 9, "possible edges are lighter (alpha)")
        let graphEdges = doc.edges.filter { !$0.head.hasPrefix("_legend") && !$0.tail.hasPrefix("_legend") }
        #expect(graphEdges.count == graph.edges.count)
    }

    @Test("Data attributes keep tricky text exactly; labels escape Graphviz's expansions")
    func escaping() throws {
        let dot = DOTWriter().write(Fixtures.tricky)
        let doc = try GraphvizRenderer.read(dot: dot)
        let edge = try #require(doc.edges.first { $0.attributes["type"] == "represents" })
        #expect(DOTDocument.unescape(edge.attributes["evidence"] ?? "") == Fixtures.trickyEvidence)
        #expect(DOTDocument.unescape(edge.attributes["role"] ?? "") == Fixtures.trickyLabel)
        let node = try #require(doc.nodes["state:aaa"])
        #expect(DOTDocument.unescape(node["names"] ?? "") == Fixtures.trickyLabel)
        // Labels: every backslash doubled (no \N, \G, \n expansion), & written as &amp; (no entity expansion).
        #expect(node["label"]?.contains(#"\\N \\G \\n"#) == true)
        #expect(node["label"]?.contains("&amp;amp; &amp;alpha;") == true)
        #expect(!dot.contains("URL=") && !dot.contains("href=") && !dot.contains(" id=") && !dot.contains("image="))
        #expect(!dot.contains("class="))
    }

    @Test("Escaping: quotes and backslashes, line breaks, control characters")
    func escapeFunction() {
        #expect(DOTAttribute.quoted(.data(#"a"b\c"#)) == #""a\"b\\c""#)
        #expect(DOTAttribute.quoted(.data("x\ny\r\nz\u{7}")) == #""x\ny\nz ""#)
        #expect(DOTAttribute.quoted(.text("A & B")) == #""A &amp; B""#)
        #expect(DOTAttribute.quoted(.tooltip(#"\"#)) == #""\\\\""#)
        #expect(DOTAttribute.quoted(.leftLines(["a", "b\\"])) == #""a\lb\\\l""#)
        #expect(DOTAttribute.id("state:rus") == #""state:rus""#)
    }

    @Test("Output is canonical: input order does not matter, reruns are byte-identical")
    func canonical() {
        var reordered = Fixtures.small
        reordered.nodes.reverse()
        reordered.edges.reverse()
        reordered.nodes[0].names.reverse()
        let a = DOTWriter().write(Fixtures.small), b = DOTWriter().write(reordered)
        #expect(a == b)
        #expect(a == DOTWriter().write(Fixtures.small))
        let nodeLines = a.split(separator: "\n").filter { $0.hasPrefix("\t\"") && !$0.contains(" -> ") && !$0.contains("_legend") }
        let ids = nodeLines.map { $0.dropFirst(2).prefix { $0 != "\"" } }
        #expect(ids == ids.sorted())
    }

    /// The labels of the legend's entries, as cgraph reads them.
    func legendLabels(_ dot: String) throws -> Set<String> {
        let doc = try GraphvizRenderer.read(dot: dot)
        return Set(doc.nodes.values.filter { $0["legend"] == "true" }.compactMap { $0["label"] })
    }

    @Test("The legend lists only the kinds, types and modalities present")
    func legendContents() throws {
        let labels = try legendLabels(DOTWriter().write(Fixtures.small))
        for present in ["state", "person", "agreement", "military support", "conflict", "alliance", "party to", "represents",
                        "arms supply", "support", "reported (someone claims it)", "denied", "possible (hedged, planned)"] {
            #expect(labels.contains(present), "legend lacks \(present)")
        }
        for absent in ["organization", "group", "visit", "sanction", "threat", "denial"] {
            #expect(!labels.contains(absent), "legend shows \(absent), which is not in the graph")
        }
        #expect(!DOTWriter(options: RenderOptions(legend: false)).write(Fixtures.small).contains("_legend"))
        #expect(!DOTWriter(options: RenderOptions(layout: .neato)).write(Fixtures.small).contains("_legend"))
        #expect(!DOTWriter().write(Graph()).contains("_legend"), "an empty graph has no legend")
        #expect(!DOTWriter().write(Fixtures.small).contains("cluster"), "no cluster: Graphviz 2.42 leaks on clusters")
    }

    @Test("Diff marks: added, removed, changed highlighted, unchanged muted, with legend lines")
    func marks() throws {
        let graph = Fixtures.small
        let conflict = try #require(graph.edges.first { $0.type == .conflict }).key
        let alliance = try #require(graph.edges.first { $0.type == .alliance }).key
        let marks = GraphMarks(nodes: ["state:aaa": .added, "state:bbb": .removed, "state:ccc": .unchanged],
                               edges: [conflict: .added, alliance: .removed],
                               legend: ["added: only in b.txt", "removed: only in <a>.txt"])
        let doc = try GraphvizRenderer.read(dot: DOTWriter().write(graph, marks: marks))
        #expect(doc.nodes["state:aaa"]?["mark"] == "added")
        #expect(doc.nodes["state:aaa"]?["color"] == Style.color(.added))
        #expect(doc.nodes["state:aaa"]?["label"]?.hasPrefix("+ ") == true)
        #expect(doc.nodes["state:bbb"]?["style"]?.contains("dashed") == true)
        #expect(doc.nodes["state:ccc"]?["fontcolor"] == "#888888")
        #expect(doc.nodes["person:ann-example"]?["mark"] == nil)
        let c = try #require(doc.edges.first { $0.attributes["type"] == "conflict" })
        #expect(c.attributes["mark"] == "added" && c.attributes["color"] == Style.color(.added))
        let a = try #require(doc.edges.first { $0.attributes["type"] == "alliance" })
        #expect(a.attributes["mark"] == "removed" && a.attributes["label"]?.hasPrefix("− ") == true)
        let notes = try #require(doc.nodes["_legend:notes"]?["label"])
        #expect(notes == #"added: only in b.txt\lremoved: only in <a>.txt\l"#)
        let labels = try legendLabels(DOTWriter().write(graph, marks: marks))
        #expect(labels.contains("+ added") && labels.contains("− removed"))
        #expect(!labels.contains("conflict"), "a diff's legend shows marks, not type colours")
    }

    @Test("Merged graphs: weight widens the line and labels the count; sources kept")
    func weights() throws {
        var graph = Fixtures.small
        graph.edges[1].weight = 3
        graph.edges[1].sources = ["a.txt", "b.txt", "c.txt"]
        let doc = try GraphvizRenderer.read(dot: DOTWriter().write(graph))
        let c = try #require(doc.edges.first { $0.attributes["type"] == "conflict" })
        #expect(c.attributes["weight"] == "3")
        #expect(DOTDocument.unescape(c.attributes["sources"] ?? "") == "a.txt\nb.txt\nc.txt")
        #expect(Double(c.attributes["penwidth"] ?? "0")! > Style.look(.conflict).penwidth)
        #expect(c.attributes["label"]?.contains("×3") == true)
        #expect(Style.penwidth(base: 1, weight: 100) == Style.penwidth(base: 1, weight: 7), "capped")
    }

    @Test("The title comes from the option, else the source's title, else its file name")
    func titles() {
        var g = Fixtures.small
        #expect(DOTWriter().title(g) == "Small fixture")
        g.source?.title = nil
        #expect(DOTWriter().title(g) == "small.en.txt")
        #expect(DOTWriter(options: RenderOptions(title: "Mine")).title(g) == "Mine")
        #expect(DOTWriter(options: RenderOptions(title: "")).title(g) == nil)
        g.source = nil
        #expect(DOTWriter().title(g) == nil)
    }

    @Test("Long labels wrap at spaces")
    func wrapping() {
        #expect(Style.wrap("Russia–North Korea defense pact", width: 18) == "Russia–North Korea\ndefense pact")
        #expect(Style.wrap("Supercalifragilistic word", width: 5) == "Supercalifragilistic\nword")
        #expect(Style.wrap("", width: 5) == "")
    }
}
