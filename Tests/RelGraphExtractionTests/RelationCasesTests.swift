import Foundation
import RelGraph
import RelGraphExtraction
import Testing

/// The relation cases of Fixtures/relations/cases.txt: short articles with the edges they must give.
struct RelationCasesTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var line: Int
        var language: Language
        var text: String
        var exact: Bool
        var expected: [Expected]
        var testDescription: String { "line \(line): \(text.prefix(60))" }
    }

    struct Expected: Sendable, CustomStringConvertible {
        var key: EdgeKey
        var modality: Modality?
        var attributedTo: [String]?
        var deniedBy: [String]?
        var description: String { key.description }
    }

    static let extractor: Extractor = {
        do { return Extractor(lexicon: try LexiconLoader.load()) } catch { fatalError("shipped lexicon: \(error)") }
    }()

    static func cases() -> [Case] {
        var out: [Case] = []
        for l in CaseFile.lines("relations/cases.txt") {
            let n = l.number - 1
            var spec = l.spec
            var exact = false
            if spec.hasPrefix("=") { exact = true; spec = String(spec.dropFirst()).trimmingCharacters(in: .whitespaces) }
            var expected: [Expected] = []
            if spec == "none" {
                exact = true
            } else {
                for e in spec.components(separatedBy: ";") {
                    let w = e.split(separator: " ").map(String.init)
                    precondition(w.count >= 3, "cases.txt:\(n + 1): bad edge \(e)")
                    var x = Expected(key: EdgeKey(type: EdgeType(rawValue: w[0])!, source: w[1], target: w[2]))
                    for extra in w.dropFirst(3) {
                        if let m = Modality(rawValue: extra) { x.modality = m }
                        else if extra.hasPrefix("attributedTo=") { x.attributedTo = extra.dropFirst(13).split(separator: ",").map(String.init) }
                        else if extra.hasPrefix("deniedBy=") { x.deniedBy = extra.dropFirst(9).split(separator: ",").map(String.init) }
                    }
                    expected.append(x)
                }
            }
            out.append(Case(line: l.number, language: l.language, text: l.text, exact: exact, expected: expected))
        }
        return out
    }

    @Test(arguments: cases())
    func relationCase(_ c: Case) {
        let g = Self.extractor.extract(text: c.text, path: "case", language: c.language)
        let expectedKeys = Set(c.expected.map(\.key))
        let found = Dictionary(g.edges.filter { $0.type != .represents || expectedKeys.contains($0.key) }.map { ($0.key, $0) }, uniquingKeysWith: { a, _ in a })
        for x in c.expected {
            let edge = found[x.key]
            #expect(edge != nil, "missing \(x.key); found \(found.keys.sorted())")
            guard let edge else { continue }
            if let m = x.modality { #expect(edge.modality == m, "\(x.key): modality") }
            if let a = x.attributedTo { #expect(edge.attributedTo == a, "\(x.key): attributedTo") }
            if let d = x.deniedBy { #expect(edge.deniedBy == d, "\(x.key): deniedBy") }
        }
        if c.exact {
            let extra = found.keys.filter { k in k.type != .represents && !c.expected.contains { $0.key == k } }
            #expect(extra.isEmpty, "unexpected edges: \(extra.sorted())")
        }
    }

    @Test func casesFileIsNotEmpty() {
        #expect(Self.cases().count >= 40)
        #expect(Set(Self.cases().flatMap { $0.expected.map(\.key.type) }).count == EdgeType.allCases.count)
    }
}
