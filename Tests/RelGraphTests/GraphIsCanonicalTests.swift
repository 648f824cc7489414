@testable import RelGraph
import Testing

struct GraphIsCanonicalTests {
    static let canonical = Graph(
        source: SourceInfo(path: "a.txt"),
        nodes: [
            Node(id: "person:kim", kind: .person, label: "Kim", names: ["Kim", "Kim Jong Un"], mentions: 2),
            Node(id: "state:prk", kind: .state, label: "North Korea", names: ["Nordkorea"], mentions: 2),
            Node(id: "state:rus", kind: .state, label: "Russia", names: ["Moskau", "Russland"], mentions: 4),
        ],
        edges: [
            Edge(type: .alliance, source: "state:prk", target: "state:rus",
                 evidence: [Evidence(sentence: 1, start: 0, end: 9, text: "a"), Evidence(sentence: 2, start: 10, end: 19, text: "b")],
                 attributedTo: ["person:kim", "state:prk"], modality: .asserted),
            Edge(type: .armsSupply, source: "state:rus", target: "state:prk", sources: ["a", "b"]),
            Edge(type: .militarySupport, source: "state:prk", target: "state:rus", deniedBy: ["state:rus"]),
        ])

    @Test func aCanonicalGraphIsSeenAsOne() {
        #expect(Self.canonical.edges.map(\.key) == Self.canonical.canonicalized().edges.map(\.key))
        #expect(Self.canonical.isCanonical)
        #expect(Self.canonical.canonicalized() == Self.canonical)
        #expect(Graph().isCanonical)
    }

    /// Each way a graph can differ from its canonical form is seen, and the JSON is that of the canonical form.
    @Test func everyNonCanonicalListIsSeen() {
        var variants: [Graph] = []
        var g = Self.canonical
        g.nodes.swapAt(0, 2)
        variants.append(g)
        g = Self.canonical
        g.nodes[2].names = ["Russland", "Moskau"]
        variants.append(g)
        g = Self.canonical
        g.nodes[1].names = ["Nordkorea", "Nordkorea"]
        variants.append(g)
        g = Self.canonical
        g.edges.swapAt(1, 2)
        variants.append(g)
        g = Self.canonical
        g.edges[0].evidence.reverse()
        variants.append(g)
        g = Self.canonical
        g.edges[0].evidence.append(g.edges[0].evidence[1])
        variants.append(g)
        g = Self.canonical
        g.edges[0].attributedTo.reverse()
        variants.append(g)
        g = Self.canonical
        g.edges[2].deniedBy = ["state:rus", "state:rus"]
        variants.append(g)
        g = Self.canonical
        g.edges[1].sources = ["b", "a"]
        variants.append(g)
        for v in variants {
            #expect(!v.isCanonical)
            // every variant is the canonical graph, out of order or with a repeat
            #expect(v.canonicalized() == Self.canonical)
            #expect(v.jsonLine() == Self.canonical.jsonLine())
            #expect(v.jsonString() == Self.canonical.jsonString())
        }
    }
}
