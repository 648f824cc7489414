import Foundation
import Testing
@testable import RelGraph

@Suite("Graph merge")
struct GraphMergeTests {
    typealias F = DiffMergeFixtures
    static let supportKey = EdgeKey(type: .militarySupport, source: "state:prk", target: "state:rus")
    static let allianceKey = EdgeKey(type: .alliance, source: "state:prk", target: "state:rus")

    /// Three articles: two state the troops (one reporting, one denying), all three the alliance.
    static var a: Graph {
        F.article("a.txt", [
            Edge(type: .militarySupport, source: "state:prk", target: "state:rus", evidence: [F.ev(0, "a sends troops")],
                 attributedTo: ["person:volodymyr-zelensky"], modality: .reported),
            Edge(type: .alliance, source: "state:rus", target: "state:prk", evidence: [F.ev(1, "a allies")], modality: .asserted),
        ], mentions: 2)
    }
    static var b: Graph {
        F.article("b.txt", [
            Edge(type: .militarySupport, source: "state:prk", target: "state:rus", evidence: [F.ev(3, "b denies troops")],
                 deniedBy: ["person:dmitry-peskov"], modality: .denied),
            Edge(type: .alliance, source: "state:prk", target: "state:rus", evidence: [F.ev(0, "b allies")], modality: .possible),
            Edge(type: .conflict, source: "state:rus", target: "state:ukr", evidence: [F.ev(2, "b war")], modality: .asserted),
        ])
    }
    static var c: Graph {
        F.article("c.txt", [
            Edge(type: .alliance, source: "state:prk", target: "state:rus", evidence: [F.ev(5, "c allies"), F.ev(6, "c allies again")]),
            Edge(type: .represents, source: "person:kim-jong-un", target: "state:prk", evidence: [F.ev(0, "leader Kim")], role: "leader"),
        ], mentions: 3)
    }

    @Test("each edge carries weight and sources, evidence tagged with its source")
    func weightsAndSources() {
        let m = Graph.merge([Self.a, Self.b, Self.c])
        let alliance = m.edges.first { $0.key == Self.allianceKey }!
        #expect(alliance.weight == 3)
        #expect(alliance.sources == ["a.txt", "b.txt", "c.txt"])
        #expect(alliance.evidence.map(\.source) == ["a.txt", "b.txt", "c.txt", "c.txt"])
        #expect(alliance.evidence.map(\.text) == ["a allies", "b allies", "c allies", "c allies again"])
        #expect(alliance.modality == .asserted)

        let support = m.edges.first { $0.key == Self.supportKey }!
        #expect(support.weight == 2)
        #expect(support.sources == ["a.txt", "b.txt"])
        #expect(support.attributedTo == ["person:volodymyr-zelensky"])
        #expect(support.deniedBy == ["person:dmitry-peskov"])
        #expect(support.modality == .reported)

        let conflict = m.edges.first { $0.type == .conflict }!
        #expect(conflict.weight == 1 && conflict.sources == ["b.txt"])
        #expect(m.edges.first { $0.type == .represents }?.role == "leader")
        #expect(m.edges.map(\.key) == m.edges.map(\.key).sorted())
        #expect(m.source == nil)
    }

    @Test("nodes merge by id with all names, mentions summed")
    func nodes() {
        let m = Graph.merge([Self.a, Self.b, Self.c])
        #expect(m.nodes.map(\.id) == ["person:kim-jong-un", "state:prk", "state:rus", "state:ukr"])
        let prk = m.node("state:prk")!
        #expect(prk.names == ["state:prk in a.txt", "state:prk in b.txt", "state:prk in c.txt"])
        #expect(prk.mentions == 2 + 1 + 3)
        #expect(m.node("state:ukr")?.mentions == 1)
    }

    @Test("kind, label and role do not depend on the order of the inputs")
    func labelsOrderIndependent() {
        let x = Graph(source: SourceInfo(path: "x"), nodes: [Node(id: "person:p", kind: .person, label: "Zeta", role: "minister")])
        let y = Graph(source: SourceInfo(path: "y"), nodes: [Node(id: "person:p", kind: .person, label: "Alpha", role: "Minister")])
        let xy = Graph.merge([x, y]), yx = Graph.merge([y, x])
        #expect(xy == yx)
        #expect(xy.nodes.first?.label == "Alpha")
        #expect(xy.nodes.first?.role == "Minister")
    }

    @Test("merging is associative: merged graphs merge like their articles at once, byte for byte")
    func associativity() throws {
        let (a, b, c) = (Self.a, Self.b, Self.c)
        let all = Graph.merge([a, b, c])
        let left = Graph.merge([Graph.merge([a, b]), c])
        let right = Graph.merge([a, Graph.merge([b, c])])
        #expect(left == all)
        #expect(right == all)
        #expect(left.jsonString() == all.jsonString())
        #expect(right.jsonString() == all.jsonString())
        // The same through files: a merged graph written and read back merges the same.
        let ab = try Graph(json: Graph.merge([a, b]).jsonData())
        let bc = try Graph(json: Graph.merge([b, c]).jsonData())
        #expect(Graph.merge([ab, c]).jsonString() == all.jsonString())
        #expect(Graph.merge([a, bc]).jsonString() == all.jsonString())
        // Merging a merged graph alone changes nothing.
        #expect(Graph.merge([all]) == all)
    }

    @Test("merging is commutative: every order of the inputs gives the same bytes")
    func commutativity() {
        let (a, b, c) = (Self.a, Self.b, Self.c)
        let expected = Graph.merge([a, b, c]).jsonString()
        for order in [[a, c, b], [b, a, c], [b, c, a], [c, a, b], [c, b, a]] {
            #expect(Graph.merge(order).jsonString() == expected)
        }
        // Items listed in another order inside a graph change nothing either.
        var reversed = b
        reversed.nodes.reverse()
        reversed.edges.reverse()
        #expect(Graph.merge([a, reversed, c]).jsonString() == expected)
    }

    @Test("mergers filled separately combine to the same graph (for parallel loading)")
    func combiningMergers() {
        var left = GraphMerger(), right = GraphMerger(), all = GraphMerger()
        left.add(Self.a, as: "a.txt")
        right.add(Self.c, as: "c.txt")
        right.add(Self.b, as: "b.txt")
        for g in [Self.a, Self.b, Self.c] { all.add(g, as: g.source!.path!) }
        left.add(right)
        #expect(left.graph() == all.graph())
        #expect(left.inputCount == 3)
        #expect(left.edgeCount == 4 && left.nodeCount == 4)
    }

    /// All modalities and none.
    static let modalities: [Modality?] = [nil] + Modality.allCases.map { Optional($0) }

    @Test("the modality rule: strongest voice wins, denied only if all deny")
    func modalityRule() {
        #expect(Modality.merged(.asserted, .denied) == .asserted)
        #expect(Modality.merged(.denied, .reported) == .reported)
        #expect(Modality.merged(.possible, .reported) == .reported)
        #expect(Modality.merged(.denied, .possible) == .possible)
        #expect(Modality.merged(.denied, .denied) == .denied)
        #expect(Modality.merged(.possible, .possible) == .possible)
        #expect(Modality.merged(nil, .denied) == .denied)
        #expect(Modality.merged(nil, nil) == nil)
        for x in Self.modalities {
            #expect(Modality.merged(x, x) == x)
            for y in Self.modalities {
                #expect(Modality.merged(x, y) == Modality.merged(y, x))
                for z in Self.modalities {
                    #expect(Modality.merged(Modality.merged(x, y), z) == Modality.merged(x, Modality.merged(y, z)))
                }
            }
        }
    }

    @Test("an article counts once however often it reaches the merge through merged graphs")
    func overlappingSourcesCountOnce() {
        let ab = Graph.merge([Self.a, Self.b])
        let m = Graph.merge([ab, Self.b])
        #expect(m.edges.first { $0.key == Self.supportKey }?.weight == 2)
        #expect(m.edges.first { $0.key == Self.allianceKey }?.sources == ["a.txt", "b.txt"])
    }

    @Test("merges of empty graphs")
    func emptyGraphs() {
        #expect(Graph.merge([]) == Graph())
        #expect(Graph.merge([Graph(), Graph()]) == Graph())
        #expect(Graph.merge([Graph()]).jsonString() == Graph().jsonString())
        let onlyA = Graph.merge([Graph(source: SourceInfo(path: "empty.txt")), Self.a])
        #expect(onlyA == Graph.merge([Self.a]))
        #expect(onlyA.edges.allSatisfy { $0.weight == 1 && $0.sources == ["a.txt"] })
    }

    @Test("min-weight leaves out edges stated by fewer articles and the nodes left without edges")
    func minWeight() {
        let graphs = [Self.a, Self.b, Self.c]
        #expect(Graph.merge(graphs, minWeight: 1) == Graph.merge(graphs))
        let two = Graph.merge(graphs, minWeight: 2)
        #expect(two.edges.map(\.key) == [Self.allianceKey, Self.supportKey])
        #expect(two.nodes.map(\.id) == ["state:prk", "state:rus"])
        let three = Graph.merge(graphs, minWeight: 3)
        #expect(three.edges.map(\.key) == [Self.allianceKey])
        let four = Graph.merge(graphs, minWeight: 4)
        #expect(four.edges.isEmpty && four.nodes.isEmpty)
    }

    @Test("gold flags: optional only if every input says so, symmetric if any does")
    func goldFlags() {
        let x = Graph(source: SourceInfo(path: "x"), nodes: [], edges: [
            Edge(type: .conflict, source: "state:a", target: "state:b", optional: true, symmetric: true)])
        let y = Graph(source: SourceInfo(path: "y"), nodes: [], edges: [
            Edge(type: .conflict, source: "state:a", target: "state:b", optional: true)])
        let z = Graph(source: SourceInfo(path: "z"), nodes: [], edges: [
            Edge(type: .conflict, source: "state:a", target: "state:b")])
        #expect(Graph.merge([x, y]).edges.first?.optional == true)
        #expect(Graph.merge([x, y]).edges.first?.symmetric == true)
        #expect(Graph.merge([x, y, z]).edges.first?.optional == nil)
        #expect(Graph.merge([y, z]).edges.first?.symmetric == nil)
    }
}
