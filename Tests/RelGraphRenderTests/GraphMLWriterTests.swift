import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import RelGraph
@testable import RelGraphRender
import Testing

/// Collects GraphML keys, nodes, edges and data values.
final class GraphMLReader: NSObject, XMLParserDelegate {
    var keys: [String: String] = [:]
    var nodes: [String] = []
    var edges: [(String, String)] = []
    var data: [(key: String, value: String)] = []
    private var key: String?
    private var text = ""

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        switch name {
        case "key": keys[attributes["id"] ?? ""] = attributes["for"]
        case "node": nodes.append(attributes["id"] ?? "")
        case "edge": edges.append((attributes["source"] ?? "", attributes["target"] ?? ""))
        case "data": key = attributes["key"]; text = ""
        default: break
        }
    }
    func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }
    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if name == "data", let key { data.append((key, text)) }
        key = nil
    }
}

@Suite("GraphML writer")
struct GraphMLWriterTests {
    func read(_ text: String) -> (Bool, GraphMLReader) {
        let parser = XMLParser(data: Data(text.utf8))
        let reader = GraphMLReader()
        parser.delegate = reader
        return (parser.parse(), reader)
    }

    @Test("Well-formed, every key used is declared, nodes and edges complete")
    func wellFormed() {
        let (ok, r) = read(GraphMLWriter().write(Fixtures.small))
        #expect(ok)
        #expect(r.nodes == Fixtures.small.nodes.map(\.id).sorted())
        #expect(r.edges.count == Fixtures.small.edges.count)
        for d in r.data { #expect(r.keys[d.key] != nil, "key \(d.key) is not declared") }
        #expect(r.data.contains { $0.key == "modality" && $0.value == "reported" })
        #expect(r.data.contains { $0.key == "plover" && $0.value == "AID" })
    }

    @Test("Tricky text is escaped and comes back exactly")
    func escaping() {
        let text = GraphMLWriter().write(Fixtures.tricky)
        let (ok, r) = read(text)
        #expect(ok)
        #expect(!text.contains("<script>"))
        #expect(r.data.contains { $0.key == "label" && $0.value == Fixtures.trickyLabel })
        #expect(r.data.contains { $0.key == "evidence" && $0.value == Fixtures.trickyEvidence })
        #expect(GraphMLWriter.escape("a\u{1}b") == "a\u{FFFD}b")
    }

    @Test("Diff marks and merge weights are written")
    func marksAndWeights() {
        var g = Fixtures.small
        g.edges[0].weight = 2
        let marks = GraphMarks(nodes: ["state:aaa": .added], edges: [g.edges[0].key: .changed])
        let (_, r) = read(GraphMLWriter().write(g, marks: marks))
        #expect(r.data.filter { $0.key == "mark" }.map(\.value).sorted() == ["added", "changed"])
        #expect(r.data.contains { $0.key == "weight" && $0.value == "2" })
    }
}
