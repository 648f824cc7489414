import Foundation
import RelGraph
import RelGraphExtraction
import Testing

/// The actor cases of Fixtures/actors/cases.txt: short articles with the actors they must (and must not) give.
struct ActorCasesTests {
    enum Item: Sendable, CustomStringConvertible {
        case node(String)
        case absent(String)
        case surface(String, String)
        case kind(String, NodeKind)
        case represents(String, String)
        case mentions(String, Int)

        var description: String {
            switch self {
            case .node(let id): id
            case .absent(let id): "!" + id
            case .surface(let id, let s): "\(id) \"\(s)\""
            case .kind(let id, let k): "\(id) =\(k.rawValue)"
            case .represents(let p, let a): "represents \(p) \(a)"
            case .mentions(let id, let n): "\(id) #\(n)"
            }
        }
    }

    struct Case: CustomTestStringConvertible, Sendable {
        var line: Int
        var language: Language
        var text: String
        var items: [Item]
        var testDescription: String { "line \(line): \(text.prefix(60))" }
    }

    static func cases() -> [Case] {
        var out: [Case] = []
        for l in CaseFile.lines("actors/cases.txt") {
            let n = l.number - 1
            var items: [Item] = []
            for raw in l.spec.components(separatedBy: ";") {
                let item = raw.trimmingCharacters(in: .whitespaces)
                let w = item.split(separator: " ", maxSplits: 1).map(String.init)
                if w[0] == "represents" {
                    let pa = w[1].split(separator: " ").map(String.init)
                    items.append(.represents(pa[0], pa[1]))
                } else if w[0].hasPrefix("!") {
                    items.append(.absent(String(w[0].dropFirst())))
                } else if w.count == 2, w[1].hasPrefix("\"") {
                    items.append(.surface(w[0], String(w[1].dropFirst().dropLast())))
                } else if w.count == 2, w[1].hasPrefix("#") {
                    items.append(.mentions(w[0], Int(w[1].dropFirst())!))
                } else if w.count == 2, w[1].hasPrefix("=") {
                    items.append(.kind(w[0], NodeKind(rawValue: String(w[1].dropFirst()))!))
                } else {
                    precondition(w.count == 1, "actors/cases.txt:\(n + 1): bad item \(item)")
                    items.append(.node(w[0]))
                }
            }
            out.append(Case(line: l.number, language: l.language, text: l.text, items: items))
        }
        return out
    }

    @Test(arguments: cases())
    func actorCase(_ c: Case) {
        let g = RelationCasesTests.extractor.extract(text: c.text, path: "case", language: c.language)
        let nodes = Dictionary(g.nodes.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        for item in c.items {
            switch item {
            case .node(let id):
                #expect(nodes[id] != nil, "missing \(id); found \(nodes.keys.sorted())")
            case .absent(let id):
                #expect(nodes[id] == nil, "unexpected \(id)")
            case .surface(let id, let s):
                #expect(nodes[id]?.names.contains(s) == true, "\(id) lacks the name \"\(s)\"; names \(nodes[id]?.names ?? []), nodes \(nodes.keys.sorted())")
            case .kind(let id, let k):
                #expect(nodes[id]?.kind == k, "\(id) should be \(k.rawValue)")
            case .mentions(let id, let n):
                #expect((nodes[id]?.mentions ?? 0) >= n, "\(id) has \(nodes[id]?.mentions ?? 0) mentions, expected \(n)")
            case .represents(let p, let a):
                #expect(g.edges.contains { $0.type == .represents && $0.source == p && $0.target == a }, "no represents \(p) -> \(a)")
            }
        }
    }

    @Test func casesFileIsNotEmpty() {
        #expect(Self.cases().count >= 25)
    }
}
