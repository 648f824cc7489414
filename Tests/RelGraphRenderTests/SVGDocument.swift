import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// An SVG parsed with Foundation's XMLParser: whether it is well-formed, the text of its `<text>`
/// elements, and per Graphviz group (`g class="node"` / `g class="edge"`) its title and tooltips.
final class SVGDocument: NSObject, XMLParserDelegate {
    struct Group {
        var kind: String
        var title = ""
        var tooltips: [String] = []
        var texts: [String] = []
    }

    private(set) var wellFormed = false
    private(set) var error: String?
    private(set) var groups: [Group] = []
    private(set) var texts: [String] = []
    private(set) var elementNames = Set<String>()
    private(set) var attributeNames = Set<String>()

    private var stack: [String] = []
    private var current: Group?
    private var depthOfCurrent = 0
    private var buffer = ""

    init(_ data: Data) {
        super.init()
        let parser = XMLParser(data: data)
        parser.delegate = self
        wellFormed = parser.parse()
        if !wellFormed { error = parser.parserError.map { "\($0)" } ?? "unknown" }
    }

    var nodes: [Group] { groups.filter { $0.kind == "node" } }
    var edges: [Group] { groups.filter { $0.kind == "edge" } }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        stack.append(name)
        elementNames.insert(name)
        attributeNames.formUnion(attributes.keys)
        buffer = ""
        if name == "g", let c = attributes["class"], c == "node" || c == "edge" {
            current = Group(kind: c)
            depthOfCurrent = stack.count
        }
        if name == "a", let t = attributes["xlink:title"] { current?.tooltips.append(t) }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { buffer += string }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if name == "text" {
            texts.append(buffer)
            current?.texts.append(buffer)
        }
        if name == "title", current != nil, current?.title.isEmpty == true { current?.title = buffer }
        if name == "g", let c = current, stack.count == depthOfCurrent {
            groups.append(c)
            current = nil
        }
        buffer = ""
        stack.removeLast()
    }
}
