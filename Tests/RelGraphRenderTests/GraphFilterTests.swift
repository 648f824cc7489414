import RelGraph
@testable import RelGraphRender
import Testing

@Suite("Graph filters")
struct GraphFilterTests {
    @Test("--drop-type removes those edges and keeps every node")
    func dropTypes() throws {
        let g = try GraphFilter(dropTypes: [.represents, .conflict]).apply(to: Fixtures.small)
        #expect(!g.edges.contains { $0.type == .represents || $0.type == .conflict })
        #expect(g.edges.count == Fixtures.small.edges.count - 2)
        #expect(g.nodes.count == Fixtures.small.nodes.count)
        let dot = try Renderer(options: RenderOptions(format: .dot, dropTypes: [.conflict])).dot(Fixtures.small)
        #expect(!dot.contains(#"type="conflict""#) && !dot.contains(">conflict<"), "neither drawn nor in the legend")
    }

    @Test("--focus keeps the node and its neighbourhood up to --depth")
    func focus() throws {
        let depth0 = try GraphFilter(focus: "agreement:aaa-bbb-pact", depth: 0).apply(to: Fixtures.small)
        #expect(depth0.nodes.map(\.id) == ["agreement:aaa-bbb-pact"] && depth0.edges.isEmpty)
        let depth1 = try GraphFilter(focus: "agreement:aaa-bbb-pact", depth: 1).apply(to: Fixtures.small)
        #expect(Set(depth1.nodes.map(\.id)) == ["agreement:aaa-bbb-pact", "state:aaa"])
        #expect(depth1.edges.map(\.type) == [.partyTo])
        let depth2 = try GraphFilter(focus: "agreement:aaa-bbb-pact", depth: 2).apply(to: Fixtures.small)
        #expect(Set(depth2.nodes.map(\.id)) == ["agreement:aaa-bbb-pact", "state:aaa", "state:bbb", "state:ccc"])
        #expect(depth2.edges.allSatisfy { e in depth2.nodes.contains { $0.id == e.source } && depth2.nodes.contains { $0.id == e.target } })
    }

    @Test("--focus accepts a label or name, ignoring case; an unknown one is an error")
    func focusNames() throws {
        #expect(try GraphFilter.resolve("borduria", in: Fixtures.small) == "state:bbb")
        #expect(try GraphFilter.resolve("Szohôd", in: Fixtures.small) == "state:bbb")
        #expect(throws: RenderError.unknownFocus("Narnia")) { try GraphFilter(focus: "Narnia").apply(to: Fixtures.small) }
    }

    @Test("--min-weight drops edges stated by fewer articles (no weight counts 1)")
    func minWeight() throws {
        var graph = Fixtures.small
        graph.edges[0].weight = 3
        graph.edges[1].weight = 2
        let g = try GraphFilter(minWeight: 2).apply(to: graph)
        #expect(g.edges.count == 2)
        #expect(try GraphFilter(minWeight: 1).apply(to: graph).edges.count == graph.edges.count)
        #expect(GraphFilter().isEmpty && !GraphFilter(minWeight: 1).isEmpty)
    }
}
