import RelGraph

/// Hand-built graphs of one event as a German and an English article tell it, for the diff and merge tests.
enum DiffMergeFixtures {
    static func ev(_ sentence: Int, _ text: String, source: String? = nil) -> Evidence {
        Evidence(source: source, sentence: sentence, start: sentence * 100, end: sentence * 100 + text.unicodeScalars.count, text: text)
    }

    /// The German report: North Korea sends soldiers (so Zelensky), Peskov denies it.
    static var german: Graph {
        Graph(
            source: SourceInfo(path: "seed.de.txt", language: "de", title: "Nordkorea schickt Soldaten"),
            nodes: [
                Node(id: "state:prk", kind: .state, label: "North Korea", names: ["Nordkorea", "Pjöngjang"], mentions: 5),
                Node(id: "state:rus", kind: .state, label: "Russia", names: ["Russland", "Moskau"], mentions: 4),
                Node(id: "state:ukr", kind: .state, label: "Ukraine", names: ["Ukraine", "Kiew"], mentions: 3),
                Node(id: "person:volodymyr-zelensky", kind: .person, label: "Volodymyr Zelensky", names: ["Selenskyj"], mentions: 2, role: "Präsident"),
                Node(id: "person:dmitry-peskov", kind: .person, label: "Dmitry Peskov", names: ["Peskow"], mentions: 1),
            ],
            edges: [
                Edge(type: .militarySupport, source: "state:prk", target: "state:rus",
                     evidence: [ev(1, "Nordkorea schickt Soldaten nach Russland, so Selenskyj.")],
                     attributedTo: ["person:volodymyr-zelensky"], deniedBy: ["person:dmitry-peskov"], modality: .reported),
                Edge(type: .alliance, source: "state:rus", target: "state:prk",
                     evidence: [ev(0, "Russland und Nordkorea sind verbündet.")], modality: .asserted),
                Edge(type: .conflict, source: "state:rus", target: "state:ukr",
                     evidence: [ev(2, "Russlands Krieg gegen die Ukraine.")], modality: .asserted),
                Edge(type: .denial, source: "person:dmitry-peskov", target: "person:volodymyr-zelensky",
                     evidence: [ev(3, "Peskow wies die Vorwürfe zurück.")], modality: .asserted),
                Edge(type: .represents, source: "person:volodymyr-zelensky", target: "state:ukr",
                     evidence: [ev(1, "der ukrainische Präsident Selenskyj")], role: "Präsident", modality: .asserted),
            ])
    }

    /// The same events in English: same ids and stance, other names, roles in English, other sentences.
    static var english: Graph {
        Graph(
            source: SourceInfo(path: "report.en.txt", language: "en", title: "North Korea sends troops"),
            nodes: [
                Node(id: "state:prk", kind: .state, label: "North Korea", names: ["North Korea", "Pyongyang"], mentions: 3),
                Node(id: "state:rus", kind: .state, label: "Russia", names: ["Russia", "Moscow"], mentions: 2),
                Node(id: "state:ukr", kind: .state, label: "Ukraine", names: ["Ukraine", "Kyiv"], mentions: 2),
                Node(id: "person:volodymyr-zelensky", kind: .person, label: "Volodymyr Zelensky", names: ["Zelensky"], mentions: 1, role: "president"),
                Node(id: "person:dmitry-peskov", kind: .person, label: "Dmitry Peskov", names: ["Peskov"], mentions: 1),
            ],
            edges: [
                Edge(type: .militarySupport, source: "state:prk", target: "state:rus",
                     evidence: [ev(0, "North Korea is sending troops to Russia, Zelensky said.")],
                     attributedTo: ["person:volodymyr-zelensky"], deniedBy: ["person:dmitry-peskov"], modality: .reported),
                Edge(type: .alliance, source: "state:prk", target: "state:rus",
                     evidence: [ev(1, "Moscow and Pyongyang are allies.")], modality: .asserted),
                Edge(type: .conflict, source: "state:rus", target: "state:ukr",
                     evidence: [ev(2, "Russia's war against Ukraine.")], modality: .asserted),
                Edge(type: .denial, source: "person:dmitry-peskov", target: "person:volodymyr-zelensky",
                     evidence: [ev(3, "Peskov dismissed the claims.")], modality: .asserted),
                Edge(type: .represents, source: "person:volodymyr-zelensky", target: "state:ukr",
                     evidence: [ev(0, "Ukrainian president Zelensky")], role: "president", modality: .asserted),
            ])
    }

    /// A small article graph named `path` with the given edges; nodes are made for every endpoint.
    static func article(_ path: String, _ edges: [Edge], mentions: Int = 1) -> Graph {
        var ids = Set<String>()
        for e in edges { ids.insert(e.source); ids.insert(e.target) }
        let nodes = ids.sorted().map { id in
            Node(id: id, kind: NodeKind.allCases.first { id.hasPrefix($0.idPrefix) } ?? .state,
                 label: id, names: ["\(id) in \(path)"], mentions: mentions)
        }
        return Graph(source: SourceInfo(path: path), nodes: nodes, edges: edges)
    }

    /// Returns `g` with the edge of `key` changed by `change`.
    static func changing(_ g: Graph, _ key: EdgeKey, _ change: (inout Edge) -> Void) -> Graph {
        var g = g
        let i = g.edges.firstIndex { $0.key == key }!
        change(&g.edges[i])
        return g
    }
}
