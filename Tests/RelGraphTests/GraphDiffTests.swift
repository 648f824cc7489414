import Foundation
import Testing
@testable import RelGraph

@Suite("GraphDiff")
struct GraphDiffTests {
    typealias F = DiffMergeFixtures
    static let supportKey = EdgeKey(type: .militarySupport, source: "state:prk", target: "state:rus")

    @Test("a graph diffed with itself has no difference")
    func selfDiffIsEmpty() {
        let g = F.german
        let d = GraphDiff(g, g)
        #expect(d.isEmpty)
        #expect(d.count == 0)
        #expect(d.unchangedNodeCount == g.nodes.count)
        #expect(d.unchangedEdgeCount == g.edges.count)
        #expect(d.namedDifferently.isEmpty)
        #expect(d.summary == "no differences (5 nodes, 5 edges unchanged)")
        #expect(d.text().split(separator: "\n").count == 3)
    }

    @Test("German and English graphs of the same events diff by meaning, not by words")
    func germanEnglishDiffByMeaning() {
        let d = GraphDiff(F.german, F.english)
        #expect(d.addedNodes.isEmpty)
        #expect(d.removedNodes.isEmpty)
        #expect(d.changedNodes.isEmpty, "roles in two languages are not compared")
        #expect(d.addedEdges.isEmpty)
        #expect(d.removedEdges.isEmpty)
        // Evidence counts are equal (one sentence each), stance is equal: nothing changed.
        #expect(d.changedEdges.isEmpty)
        #expect(d.isEmpty)
        #expect(d.namedDifferently == ["person:dmitry-peskov", "person:volodymyr-zelensky", "state:prk", "state:rus", "state:ukr"])
        #expect(d.summary.hasSuffix("5 nodes named differently)"))
    }

    @Test("a symmetric edge stored in either order is one edge")
    func symmetricEdgeEitherOrder() {
        var b = F.german
        let i = b.edges.firstIndex { $0.type == .alliance }!
        b.edges[i] = Edge(type: .alliance, source: "state:prk", target: "state:rus", evidence: b.edges[i].evidence, modality: .asserted)
        #expect(GraphDiff(F.german, b).isEmpty)
    }

    @Test("a node only in b is added, a node only in a is removed")
    func nodesAddedAndRemoved() {
        var b = F.german
        b.nodes.append(Node(id: "state:kor", kind: .state, label: "South Korea", names: ["Südkorea"], mentions: 1))
        let d = GraphDiff(F.german, b)
        #expect(d.addedNodes.map(\.id) == ["state:kor"])
        #expect(d.removedNodes.isEmpty)
        #expect(d.count == 1)

        let back = GraphDiff(b, F.german)
        #expect(back.removedNodes.map(\.id) == ["state:kor"])
        #expect(back.addedNodes.isEmpty)
        #expect(back.summary.hasPrefix("-1 node ("))
    }

    @Test("an edge only in b is added, an edge only in a is removed")
    func edgesAddedAndRemoved() {
        var b = F.german
        b.edges.removeAll { $0.type == .conflict }
        b.edges.append(Edge(type: .armsSupply, source: "state:prk", target: "state:rus", evidence: [F.ev(4, "Granaten")], modality: .asserted))
        let d = GraphDiff(F.german, b)
        #expect(d.addedEdges.map(\.key) == [EdgeKey(type: .armsSupply, source: "state:prk", target: "state:rus")])
        #expect(d.removedEdges.map(\.key) == [EdgeKey(type: .conflict, source: "state:rus", target: "state:ukr")])
        #expect(d.changedEdges.isEmpty)
        #expect(d.unchangedEdgeCount == 4)
        #expect(d.summary == "+1 edge, -1 edge (5 nodes, 4 edges unchanged)")
    }

    /// One change to the military_support edge and the fields it must report.
    struct EdgeCase: Sendable, CustomTestStringConvertible {
        let name: String
        let change: @Sendable (inout Edge) -> Void
        let fields: [DiffField]
        let flip: Bool
        var testDescription: String { name }
    }

    static let edgeCases: [EdgeCase] = [
        EdgeCase(name: "attributedTo", change: { $0.attributedTo = ["org:nis-kor"] }, fields: [.attributedTo], flip: false),
        EdgeCase(name: "attributedTo gains one", change: { $0.attributedTo.append("org:nis-kor") }, fields: [.attributedTo], flip: false),
        EdgeCase(name: "deniedBy emptied", change: { $0.deniedBy = [] }, fields: [.deniedBy], flip: true),
        EdgeCase(name: "deniedBy other", change: { $0.deniedBy = ["state:rus"] }, fields: [.deniedBy], flip: false),
        EdgeCase(name: "modality reported -> denied", change: { $0.modality = .denied }, fields: [.modality], flip: true),
        EdgeCase(name: "modality reported -> asserted", change: { $0.modality = .asserted }, fields: [.modality], flip: false),
        EdgeCase(name: "role", change: { $0.role = "Soldaten" }, fields: [.role], flip: false),
        EdgeCase(name: "evidence count", change: { $0.evidence.append(F.ev(7, "Tausende Soldaten")) }, fields: [.evidenceCount], flip: false),
        EdgeCase(name: "several", change: { $0.modality = .denied; $0.attributedTo = [] ; $0.evidence = [] },
                 fields: [.modality, .attributedTo, .evidenceCount], flip: true),
    ]

    @Test("every kind of edge change is reported with its fields", arguments: edgeCases)
    func edgeChange(_ c: EdgeCase) {
        let b = F.changing(F.german, Self.supportKey, c.change)
        let d = GraphDiff(F.german, b)
        #expect(d.changedEdges.count == 1)
        let change = d.changedEdges.first
        #expect(change?.key == Self.supportKey)
        #expect(change?.fields == c.fields)
        #expect(change?.isStanceFlip == c.flip)
        #expect(change?.before == F.german.edges.first { $0.key == Self.supportKey })
        #expect(d.addedEdges.isEmpty && d.removedEdges.isEmpty)
        #expect(d.unchangedEdgeCount == 4)
    }

    @Test("lists compared as sets, roles ignoring case, a missing modality is not a change")
    func nonChanges() {
        let b = F.changing(F.german, Self.supportKey) { e in
            e.attributedTo = e.attributedTo + e.attributedTo
            e.modality = nil
        }
        #expect(GraphDiff(F.german, b).isEmpty)
        let key = EdgeKey(type: .represents, source: "person:volodymyr-zelensky", target: "state:ukr")
        let c = F.changing(F.german, key) { $0.role = " präsident" }
        #expect(GraphDiff(F.german, c).isEmpty)
    }

    @Test("a node's role or kind change in one language counts; names and mentions do not")
    func nodeChanges() {
        var b = F.german
        let i = b.nodes.firstIndex { $0.id == "person:volodymyr-zelensky" }!
        b.nodes[i].role = "Staatschef"
        b.nodes[i].names = ["Wolodymyr Selenskyj"]
        b.nodes[i].mentions = 9
        let j = b.nodes.firstIndex { $0.id == "person:dmitry-peskov" }!
        b.nodes[j].kind = .group
        let d = GraphDiff(F.german, b)
        #expect(d.changedNodes.map(\.id) == ["person:dmitry-peskov", "person:volodymyr-zelensky"])
        #expect(d.changedNodes.map(\.fields) == [[.kind], [.role]])
        #expect(d.changedNodes[1].before.role == "Präsident")
        #expect(d.changedNodes[1].after.role == "Staatschef")
        #expect(d.namedDifferently == ["person:volodymyr-zelensky"])
        #expect(d.unchangedNodeCount == 3)
        #expect(d.summary == "~2 changed (3 nodes, 5 edges unchanged; 1 node named differently)")

        // Across languages the role is not compared, the kind is.
        var en = F.english
        en.nodes[en.nodes.firstIndex { $0.id == "person:volodymyr-zelensky" }!].role = "head of state"
        #expect(GraphDiff(F.german, en).changedNodes.isEmpty)
        #expect(GraphDiff.comparesRoles(SourceInfo(language: "de"), SourceInfo(language: "DE")))
        #expect(GraphDiff.comparesRoles(SourceInfo(language: "de"), SourceInfo()))
        #expect(!GraphDiff.comparesRoles(SourceInfo(language: "de"), SourceInfo(language: "en")))
    }

    @Test("diffs of empty graphs")
    func emptyGraphs() {
        let empty = Graph()
        let d = GraphDiff(empty, empty)
        #expect(d.isEmpty)
        #expect(d.summary == "no differences (0 nodes, 0 edges unchanged)")
        let added = GraphDiff(empty, F.german)
        #expect(added.addedNodes.count == 5 && added.addedEdges.count == 5)
        #expect(added.removedNodes.isEmpty && added.removedEdges.isEmpty)
        #expect(added.summary == "+5 nodes, +5 edges (0 nodes, 0 edges unchanged)")
        let removed = GraphDiff(F.german, empty)
        #expect(removed.removedNodes.count == 5 && removed.removedEdges.count == 5)
        #expect(removed.jsonString().contains("\"unchanged\": {\"nodes\": 0, \"edges\": 0, \"namedDifferently\": []}"))
        #expect(GraphDiff(empty, empty).jsonString() == GraphDiff(Graph(), Graph()).jsonString())
    }

    @Test("an edge repeated within one graph is folded into one")
    func repeatedEdgesFold() {
        var b = F.german
        var extra = b.edges.first { $0.key == Self.supportKey }!
        extra.evidence = [F.ev(9, "noch einmal")]
        b.edges.append(extra)
        let d = GraphDiff(F.german, b)
        #expect(d.changedEdges.map(\.fields) == [[.evidenceCount]])
        #expect(d.changedEdges.first?.after.evidence.count == 2)

        // Repeated in a (folded before comparing), and an edge only b has, repeated in b.
        let back = GraphDiff(b, F.german)
        #expect(back.changedEdges.map(\.fields) == [[.evidenceCount]])
        #expect(back.changedEdges.first?.before.evidence.count == 2)
        var c = b
        let threat = Edge(type: .threat, source: "state:rus", target: "state:ukr", evidence: [F.ev(5, "droht")], modality: .asserted)
        var threat2 = threat
        threat2.evidence = [F.ev(6, "droht erneut")]
        threat2.deniedBy = ["state:rus"]
        c.edges += [threat, threat2]
        c.nodes.append(c.nodes[0])
        let added = GraphDiff(b, c)
        #expect(added.addedEdges.count == 1)
        #expect(added.addedEdges.first?.evidence.map(\.text) == ["droht", "droht erneut"])
        #expect(added.addedEdges.first?.deniedBy == ["state:rus"])
        #expect(added.addedNodes.isEmpty && added.changedEdges.isEmpty && added.unchangedNodeCount == 5)
    }

    /// Two small graphs with one difference of each kind, and their JSON diff written by hand.
    static var smallPair: (Graph, Graph) {
        let ev0 = Evidence(sentence: 0, start: 0, end: 6, text: "troops")
        let ev1 = Evidence(sentence: 1, start: 10, end: 16, text: "shells")
        let a = Graph(
            source: SourceInfo(path: "a.txt", language: "en", title: "Report A"),
            nodes: [
                Node(id: "state:prk", kind: .state, label: "North Korea", names: ["North Korea"], mentions: 2),
                Node(id: "state:rus", kind: .state, label: "Russia", names: ["Russia"], mentions: 1),
                Node(id: "state:ukr", kind: .state, label: "Ukraine", names: ["Ukraine"], mentions: 1),
                Node(id: "person:kim-jong-un", kind: .person, label: "Kim Jong Un", names: ["Kim"], mentions: 1, role: "leader"),
            ],
            edges: [
                Edge(type: .militarySupport, source: "state:prk", target: "state:rus", evidence: [ev0],
                     attributedTo: ["state:ukr"], modality: .reported),
                Edge(type: .conflict, source: "state:rus", target: "state:ukr", evidence: [ev1], modality: .asserted),
            ])
        let b = Graph(
            source: SourceInfo(path: "b.txt", language: "en"),
            nodes: [
                Node(id: "state:kor", kind: .state, label: "South Korea", names: ["Seoul"], mentions: 1),
                Node(id: "state:prk", kind: .state, label: "North Korea", names: ["DPRK"], mentions: 1),
                Node(id: "state:rus", kind: .state, label: "Russia", names: ["Russia"], mentions: 3),
                Node(id: "person:kim-jong-un", kind: .person, label: "Kim Jong Un", names: ["Kim"], mentions: 1, role: "chairman"),
            ],
            edges: [
                Edge(type: .militarySupport, source: "state:prk", target: "state:rus", evidence: [ev0],
                     deniedBy: ["state:rus"], modality: .denied),
                Edge(type: .armsSupply, source: "state:prk", target: "state:rus", evidence: [ev1], modality: .asserted),
            ])
        return (a, b)
    }

    @Test("the JSON form matches a hand-built expectation")
    func jsonSections() {
        let (a, b) = Self.smallPair
        let expected = """
        {
          "format": "relgraph-diff-1",
          "a": {"path": "a.txt", "language": "en", "title": "Report A"},
          "b": {"path": "b.txt", "language": "en"},
          "added": {
            "nodes": [
              {"id": "state:kor", "kind": "state", "label": "South Korea", "names": ["Seoul"], "mentions": 1}
            ],
            "edges": [
              {"type": "arms_supply", "source": "state:prk", "target": "state:rus", "modality": "asserted", "evidence": [{"sentence": 1, "start": 10, "end": 16, "text": "shells"}]}
            ]
          },
          "removed": {
            "nodes": [
              {"id": "state:ukr", "kind": "state", "label": "Ukraine", "names": ["Ukraine"], "mentions": 1}
            ],
            "edges": [
              {"type": "conflict", "source": "state:rus", "target": "state:ukr", "modality": "asserted", "evidence": [{"sentence": 1, "start": 10, "end": 16, "text": "shells"}]}
            ]
          },
          "changed": {
            "nodes": [
              {"id": "person:kim-jong-un", "changes": ["role"], "before": {"id": "person:kim-jong-un", "kind": "person", "label": "Kim Jong Un", "names": ["Kim"], "mentions": 1, "role": "leader"}, "after": {"id": "person:kim-jong-un", "kind": "person", "label": "Kim Jong Un", "names": ["Kim"], "mentions": 1, "role": "chairman"}}
            ],
            "edges": [
              {"type": "military_support", "source": "state:prk", "target": "state:rus", "changes": ["modality", "attributedTo", "deniedBy"], "stanceFlip": true, "before": {"type": "military_support", "source": "state:prk", "target": "state:rus", "attributedTo": ["state:ukr"], "modality": "reported", "evidence": [{"sentence": 0, "start": 0, "end": 6, "text": "troops"}]}, "after": {"type": "military_support", "source": "state:prk", "target": "state:rus", "deniedBy": ["state:rus"], "modality": "denied", "evidence": [{"sentence": 0, "start": 0, "end": 6, "text": "troops"}]}}
            ]
          },
          "unchanged": {"nodes": 2, "edges": 0, "namedDifferently": ["state:prk"]}
        }

        """
        let d = GraphDiff(a, b)
        #expect(d.jsonString() == expected)
        // Valid JSON, and the same bytes whatever order the inputs list their items in.
        #expect((try? JSONSerialization.jsonObject(with: d.jsonData())) != nil)
        var shuffledA = a, shuffledB = b
        shuffledA.nodes.reverse(); shuffledA.edges.reverse()
        shuffledB.nodes.reverse(); shuffledB.edges.reverse()
        #expect(GraphDiff(shuffledA, shuffledB).jsonString() == expected)
    }

    @Test("the text form: summary, sides, one line a difference, stance flips first, plain unless coloured")
    func textForm() {
        let (a, b) = Self.smallPair
        var b2 = b
        // A second changed edge that is no stance flip, sorting before the flip by key.
        b2.edges.append(Edge(type: .conflict, source: "state:rus", target: "state:ukr", modality: .asserted))
        let d = GraphDiff(a, b2)
        let expected = """
        +1 node, -1 node, +1 edge, ~3 changed (2 nodes, 0 edges unchanged; 1 node named differently)
        a: a.txt (en) \u{201C}Report A\u{201D}
        b: b.txt (en)
        + node state:kor  "South Korea" (state)
        - node state:ukr  "Ukraine" (state)
        ~ node person:kim-jong-un  role: "leader" \u{2192} "chairman"
        + edge arms_supply state:prk -> state:rus  [asserted; 1 evidence]
        ! edge military_support state:prk -> state:rus  modality: reported \u{2192} denied; attributedTo: state:ukr \u{2192} none; deniedBy: none \u{2192} state:rus
        ~ edge conflict state:rus -> state:ukr  evidence: 1 \u{2192} 0

        """
        #expect(d.text() == expected)
        #expect(!d.text().contains("\u{1B}["))
        let coloured = d.text(colour: true)
        #expect(coloured.contains("\u{1B}[1;35m! edge military_support"))
        #expect(coloured.contains("\u{1B}[32m+ node state:kor"))
        #expect(coloured.contains("\u{1B}[31m- node state:ukr"))
        #expect(coloured.replacingOccurrences(of: "\u{1B}\\[[0-9;]*m", with: "", options: .regularExpression) == expected)
    }

    @Test("the union graph has both sides, evidence tagged A and B, and marks for every item")
    func unionAndMarks() {
        let (a, b) = Self.smallPair
        let d = GraphDiff(a, b)
        let u = d.union(a, b)
        #expect(u.nodes.map(\.id) == ["person:kim-jong-un", "state:kor", "state:prk", "state:rus", "state:ukr"])
        #expect(u.edges.map(\.type) == [.armsSupply, .conflict, .militarySupport])
        #expect(u.edges.allSatisfy { $0.weight == nil && $0.sources == nil })
        let support = u.edges.first { $0.type == .militarySupport }!
        #expect(support.evidence.map(\.source) == ["A: a.txt", "B: b.txt"])
        #expect(support.attributedTo == ["state:ukr"] && support.deniedBy == ["state:rus"])
        #expect(u.node("state:prk")?.names == ["DPRK", "North Korea"])

        let m = d.marks(for: u)
        #expect(m.nodes == ["person:kim-jong-un": .changed, "state:kor": .added, "state:prk": .unchanged,
                            "state:rus": .unchanged, "state:ukr": .removed])
        #expect(m.edges == [
            EdgeKey(type: .armsSupply, source: "state:prk", target: "state:rus"): .added,
            EdgeKey(type: .conflict, source: "state:rus", target: "state:ukr"): .removed,
            Self.supportKey: .changed,
        ])
        #expect(m.legend.prefix(2) == ["A: a.txt (en) \u{201C}Report A\u{201D}", "B: b.txt (en)"])
        #expect(m.legend.contains { $0.hasPrefix("added: only in B, removed: only in A") })
        #expect(m.legend.last == d.summary)
    }
}
