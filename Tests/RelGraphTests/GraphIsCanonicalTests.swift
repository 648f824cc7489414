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
        // one change each to the canonical graph
        let changes: [(inout Graph) -> Void] = [
            { $0.nodes.swapAt(0, 2) },
            { $0.nodes[2].names = ["Russland", "Moskau"] },
            { $0.nodes[1].names = ["Nordkorea", "Nordkorea"] },
            { $0.edges.swapAt(1, 2) },
            { $0.edges[0].evidence.reverse() },
            { $0.edges[0].evidence.append($0.edges[0].evidence[1]) },
            { $0.edges[0].attributedTo.reverse() },
            { $0.edges[2].deniedBy = ["state:rus", "state:rus"] },
            { $0.edges[1].sources = ["b", "a"] },
        ]
        let variants = changes.map { change -> Graph in
            var g = Self.canonical
            change(&g)
            return g
        }
        #expect(variants.count == 9)
        for v in variants {
            #expect(!v.isCanonical)
            // every variant is the canonical graph, out of order or with a repeat
            #expect(v.canonicalized() == Self.canonical)
            #expect(v.jsonLine() == Self.canonical.jsonLine())
            #expect(v.jsonString() == Self.canonical.jsonString())
        }
    }
}
