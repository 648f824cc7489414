import Foundation
import RelGraph
@testable import RelGraphRender
import Testing

@Suite("Graphviz renderer (in-process)")
struct GraphvizRendererTests {
    func svg(_ graph: Graph, _ options: RenderOptions = RenderOptions(format: .svg)) throws -> SVGDocument {
        let result = try Renderer(options: options).render(graph)
        #expect(result.format == .svg)
        return SVGDocument(result.data)
    }

    @Test("SVG is well-formed, with every node and edge label and a tooltip on each")
    func svgLabelsAndTooltips() throws {
        let graph = Fixtures.small
        let doc = try svg(graph)
        #expect(doc.wellFormed, "\(doc.error ?? "")")
        #expect(doc.nodes.filter { !$0.title.hasPrefix("_legend") }.count == graph.nodes.count)
        #expect(doc.nodes.contains { $0.title == "_legend:kind:state" }, "the legend is drawn")
        for n in graph.nodes {
            let group = try #require(doc.nodes.first { $0.title == n.id }, "no SVG node for \(n.id)")
            #expect(group.texts.joined(separator: " ") == n.label)
            #expect(group.tooltips.count == 1)
            #expect(group.tooltips.first?.contains(n.label) == true)
        }
        let graphEdges = doc.edges.filter { !$0.title.contains("_legend") }
        #expect(graphEdges.count == graph.edges.count)
        for e in graph.edges {
            let label = e.type == .represents ? e.role! : Style.look(e.type).label
            let group = try #require(graphEdges.first { $0.title == "\(e.source)->\(e.target)" && $0.texts.joined(separator: " ").hasPrefix(label) },
                                     "no SVG edge for \(e.key)")
            #expect(group.tooltips.contains { $0.contains(e.evidence[0].text) }, "tooltip of \(e.key) lacks its evidence")
        }
        #expect(doc.texts.contains("Small fixture"), "the title is drawn")
    }

    @Test("Quotes, backslashes, escapes, markup, entities, umlauts and emoji stay text")
    func trickyTextSurvives() throws {
        let graph = Fixtures.tricky
        let doc = try svg(graph)
        #expect(doc.wellFormed, "\(doc.error ?? "")")
        #expect(!doc.elementNames.contains("script"))
        #expect(!doc.elementNames.contains("b"))
        #expect(!doc.attributeNames.contains("href") && !doc.attributeNames.contains("xlink:href"))
        let node = try #require(doc.nodes.first { $0.title == "state:aaa" })
        #expect(node.texts.joined(separator: " ") == Fixtures.trickyLabel)
        #expect(node.tooltips.first?.hasPrefix(Fixtures.trickyLabel) == true, "\(node.tooltips)")
        let group = try #require(doc.nodes.first { $0.title == "group:bbb" })
        #expect(group.texts.joined(separator: " ") == "B \"quoted\" \\ group")
        let edge = try #require(doc.edges.first { $0.title == "state:aaa->group:bbb" })
        #expect(edge.texts.joined(separator: " ") == Fixtures.trickyLabel)
        #expect(edge.tooltips.first?.contains("“" + Fixtures.trickyEvidence + "”") == true, "\(edge.tooltips)")
        #expect(doc.texts.contains { $0.hasPrefix(#"Sa"id \N \G \n"#) }, "the title keeps its text")
    }

    @Test("PNG and PDF start with their magic bytes")
    func binaryFormats() throws {
        let png = try Renderer(options: RenderOptions(format: .png)).render(Fixtures.small)
        #expect(Array(png.data.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        #expect(png.data.count > 1000)
        let pdf = try Renderer(options: RenderOptions(format: .pdf)).render(Fixtures.small)
        #expect(String(decoding: pdf.data.prefix(5), as: UTF8.self) == "%PDF-")
        #expect(png.text == nil)
    }

    @Test("Graphviz JSON parses and names every node")
    func graphvizJSON() throws {
        let result = try Renderer(options: RenderOptions(format: .json)).render(Fixtures.small)
        let object = try #require(try JSONSerialization.jsonObject(with: result.data) as? [String: Any])
        let objects = try #require(object["objects"] as? [[String: Any]])
        let names = Set(objects.compactMap { $0["name"] as? String })
        for n in Fixtures.small.nodes { #expect(names.contains(n.id)) }
        #expect(object["bb"] != nil, "laid out")
    }

    @Test("Every layout draws the graph", arguments: Layout.allCases)
    func layouts(_ layout: Layout) throws {
        let doc = try svg(Fixtures.small, RenderOptions(format: .svg, layout: layout))
        #expect(doc.wellFormed)
        #expect(doc.nodes.filter { !$0.title.hasPrefix("_legend") }.count == Fixtures.small.nodes.count)
        #expect(doc.nodes.contains { $0.title.hasPrefix("_legend") } == (layout == .dot), "only dot draws the legend")
    }

    @Test("The installed plugins provide every layout and format relgraph offers")
    func plugins() throws {
        let layouts = try GraphvizRenderer.availableLayouts()
        for l in Layout.allCases { #expect(layouts.contains(l.rawValue), "layout \(l) missing from \(layouts)") }
        let formats = try GraphvizRenderer.availableFormats()
        for f in RenderFormat.allCases where f.needsGraphviz { #expect(formats.contains(f.rawValue), "format \(f) missing") }
        #expect(try GraphvizRenderer.version().first?.isNumber == true)
    }

    @Test("Unknown layouts and formats are errors that list the valid ones")
    func unknownNames() throws {
        #expect(throws: RenderError.unknownLayout("spring", valid: Layout.allCases.map(\.rawValue))) { try Layout(parsing: "spring") }
        #expect(throws: RenderError.unknownFormat("jpeg", valid: RenderFormat.allCases.map(\.rawValue))) { try RenderFormat(parsing: "jpeg") }
        #expect(RenderError.unknownLayout("spring", valid: ["dot", "neato"]).description == #"unknown layout "spring" (valid: dot, neato)"#)
        #expect(try Layout(parsing: "NEATO") == .neato)
        #expect(try RenderFormat(parsing: "gv") == .dot)
        #expect(RenderFormat(pathExtension: "svg") == .svg)
        #expect(RenderFormat(pathExtension: "txt") == nil)
        #expect(throws: RenderError.unknownEdgeType("friendship", valid: EdgeType.allCases.map(\.rawValue))) {
            try RenderOptions.edgeTypes(parsing: ["alliance,friendship"])
        }
        #expect(try RenderOptions.edgeTypes(parsing: ["military-support", "represents,visit"]) == [.militarySupport, .represents, .visit])
    }

    @Test("Graphviz's own errors and warnings become relgraph messages")
    func capturedMessages() throws {
        let error = #expect(throws: RenderError.self) {
            try GraphvizRenderer.render(dot: "digraph { a -> ; }", layout: .dot, format: .svg)
        }
        guard case let .graphviz(stage, messages)? = error else {
            Issue.record("expected a Graphviz parse error, got \(String(describing: error))")
            return
        }
        #expect(stage == "parse")
        #expect(messages.contains { $0.contains("syntax error") }, "\(messages)")
        // After an error, the next call works and reports only its own messages.
        let warned = try GraphvizRenderer.render(dot: #"digraph { a [shape="nosuchshape"]; }"#, layout: .dot, format: .svg)
        #expect(warned.warnings.contains { $0.contains("nosuchshape") }, "\(warned.warnings)")
        let clean = try GraphvizRenderer.render(dot: "digraph { a -> b; }", layout: .dot, format: .svg)
        #expect(clean.warnings.isEmpty)
    }

    @Test("200 concurrent renders from many tasks all succeed and agree")
    func concurrentRenders() async throws {
        let graphs = (0..<8).map(Fixtures.seedSized)
        let expected = try graphs.map { try Renderer(options: RenderOptions(format: .svg)).render($0).data }
        let results = try await withThrowingTaskGroup(of: (Int, Data).self) { group in
            for i in 0..<200 {
                group.addTask {
                    let format: RenderFormat = i % 10 == 9 ? .png : .svg
                    let data = try Renderer(options: RenderOptions(format: format)).render(graphs[i % graphs.count]).data
                    return (i, data)
                }
            }
            var all: [(Int, Data)] = []
            for try await r in group { all.append(r) }
            return all
        }
        #expect(results.count == 200)
        for (i, data) in results {
            if i % 10 == 9 {
                #expect(data.prefix(4) == Data([0x89, 0x50, 0x4E, 0x47]))
            } else {
                #expect(data == expected[i % graphs.count], "render \(i) differs from the same graph drawn alone")
            }
        }
    }

    @Test("Rendering is deterministic: the same graph gives the same SVG bytes")
    func deterministicSVG() throws {
        let a = try Renderer(options: RenderOptions(format: .svg)).render(Fixtures.small).data
        var shuffled = Fixtures.small
        shuffled.nodes.reverse()
        shuffled.edges.reverse()
        let b = try Renderer(options: RenderOptions(format: .svg)).render(shuffled).data
        #expect(a == b)
    }
}
