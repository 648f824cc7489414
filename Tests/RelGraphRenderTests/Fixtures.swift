import Foundation
import RelGraph

/// Graphs written for these tests.
enum Fixtures {
    /// Text that must survive every format as text: quotes, backslashes and Graphviz escapes, markup,
    /// entities, umlauts and emoji.
    static let trickyLabel = #"Sa"id \N \G \n <script>alert('x')</script> &amp; &alpha; Ümläut 😀 C:\dir\"#
    static let trickyEvidence = #"He said: "no \ way" <b>bold</b> & Gruß 🚀 \\ \E"#

    /// A small graph: three states, a person, an agreement; asserted, reported, denied, possible edges.
    static var small: Graph {
        Graph(
            source: SourceInfo(path: "fixtures/small.en.txt", language: "en", title: "Small fixture"),
            nodes: [
                Node(id: "state:aaa", kind: .state, label: "Atlantis", names: ["Atlantis"], mentions: 3),
                Node(id: "state:bbb", kind: .state, label: "Borduria", names: ["Borduria", "Szohôd"], mentions: 2),
                Node(id: "state:ccc", kind: .state, label: "Carpania", names: ["Carpania"], mentions: 1),
                Node(id: "person:ann-example", kind: .person, label: "Ann Example", names: ["Ann Example"], mentions: 1),
                Node(id: "agreement:aaa-bbb-pact", kind: .agreement, label: "Atlantis–Borduria pact", names: ["the pact"], mentions: 1),
            ],
            edges: [
                Edge(type: .militarySupport, source: "state:aaa", target: "state:bbb",
                     evidence: [Evidence(sentence: 0, start: 0, end: 40, text: "Atlantis sends troops to Borduria.")],
                     attributedTo: ["person:ann-example"], deniedBy: ["state:aaa"], modality: .reported, rule: "send-troops"),
                Edge(type: .conflict, source: "state:bbb", target: "state:ccc",
                     evidence: [Evidence(sentence: 1, start: 41, end: 80, text: "Borduria attacks Carpania.")], modality: .asserted),
                Edge(type: .alliance, source: "state:bbb", target: "state:aaa",
                     evidence: [Evidence(sentence: 2, start: 81, end: 120, text: "The two are close allies.")], modality: .asserted),
                Edge(type: .partyTo, source: "state:aaa", target: "agreement:aaa-bbb-pact",
                     evidence: [Evidence(sentence: 3, start: 121, end: 150, text: "Atlantis signed the pact.")], modality: .asserted),
                Edge(type: .represents, source: "person:ann-example", target: "state:ccc",
                     evidence: [Evidence(sentence: 4, start: 151, end: 190, text: "Carpania's minister Ann Example spoke.")],
                     role: "minister", modality: .asserted),
                Edge(type: .armsSupply, source: "state:ccc", target: "state:aaa",
                     evidence: [Evidence(sentence: 5, start: 191, end: 230, text: "Carpania may ship rockets to Atlantis.")], modality: .possible),
                Edge(type: .support, source: "state:ccc", target: "state:bbb",
                     evidence: [Evidence(sentence: 6, start: 231, end: 260, text: "Carpania denies backing Borduria.")], modality: .denied),
            ])
    }

    /// A graph whose labels and evidence carry the tricky text.
    static var tricky: Graph {
        Graph(
            source: SourceInfo(path: "tricky.txt", title: trickyLabel),
            nodes: [
                Node(id: "state:aaa", kind: .state, label: trickyLabel, names: [trickyLabel], mentions: 1),
                Node(id: "group:bbb", kind: .group, label: "B \"quoted\" \\ group", mentions: 1),
            ],
            edges: [
                Edge(type: .represents, source: "state:aaa", target: "group:bbb",
                     evidence: [Evidence(sentence: 0, start: 0, end: 10, text: trickyEvidence)],
                     role: trickyLabel, modality: .reported),
            ])
    }

    /// A graph of the seed article's size (12 nodes, 22 edges), varied by `seed`.
    static func seedSized(_ seed: Int) -> Graph {
        var rng = SplitMix(seed: UInt64(seed))
        let kinds: [NodeKind] = [.state, .state, .state, .state, .state, .person, .person, .person, .person, .person, .agreement, .group]
        let nodes = kinds.enumerated().map { i, k in
            Node(id: k.idPrefix + "n\(i)", kind: k, label: "Actor \(i) of graph \(seed)", names: ["Actor \(i)"], mentions: 1 + i % 4)
        }
        var edges: [EdgeKey: Edge] = [:]
        while edges.count < 22 {
            let a = nodes[Int(rng.next() % 12)].id, b = nodes[Int(rng.next() % 12)].id
            guard a != b else { continue }
            let type = EdgeType.allCases[Int(rng.next() % UInt64(EdgeType.allCases.count))]
            let modality = Modality.allCases[Int(rng.next() % 4)]
            let e = Edge(type: type, source: a, target: b,
                         evidence: [Evidence(sentence: edges.count, start: 0, end: 30, text: "Sentence \(edges.count) says \(a) and \(b).")],
                         modality: modality)
            edges[e.key] = e
        }
        return Graph(source: SourceInfo(path: "bench-\(seed).txt"), nodes: nodes, edges: Array(edges.values))
    }
}

/// A small deterministic random number generator for fixtures.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
