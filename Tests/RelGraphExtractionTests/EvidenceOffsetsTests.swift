import Foundation
import RelGraph
import RelGraphExtraction
import Testing

/// Every piece of evidence on every fixture article is exactly `text[start..<end]` of the text as read,
/// in Unicode scalars, and names its sentence; extraction is byte-identical on a rerun.
struct EvidenceOffsetsTests {
    static let extractor: Extractor = {
        do { return Extractor(lexicon: try LexiconLoader.load()) } catch { fatalError("shipped lexicon: \(error)") }
    }()

    static func articles() -> [String] {
        let root = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!
        let fm = FileManager.default
        var out: [String] = []
        for sub in ["eval", "eval2", "eval3", "eval4", "eval5", "eval6", "eval7", "eval8", "eval9", "eval10", "eval11", "eval12", "eval13", "eval14", "eval15", "eval16", "heldout", "stages", "articles"] {
            let dir = root.appendingPathComponent(sub)
            for name in (try? fm.contentsOfDirectory(atPath: dir.path)) ?? [] where name.hasSuffix(".txt") || name.hasSuffix(".html") {
                if name == "README.txt" { continue }
                out.append(dir.appendingPathComponent(name).path)
            }
        }
        return out.sorted()
    }

    @Test func thereAreFixtureArticles() {
        #expect(Self.articles().count >= 10)
    }

    @Test(arguments: articles())
    func evidenceMatchesText(_ path: String) throws {
        let data = try #require(FileManager.default.contents(atPath: path))
        let article = try ArticleReader().read(data: data, name: path)
        let scalars = Array(article.text.unicodeScalars)
        let graph = try Self.extractor.extract(data: data, name: path)
        var pieces = 0
        for edge in graph.edges {
            #expect(!edge.evidence.isEmpty, "\(edge.key) has no evidence")
            #expect(edge.rule?.isEmpty == false, "\(edge.key) has no rule")
            for ev in edge.evidence {
                pieces += 1
                #expect(ev.start >= 0 && ev.start < ev.end && ev.end <= scalars.count)
                guard ev.start >= 0, ev.start < ev.end, ev.end <= scalars.count else { continue }
                let slice = String(String.UnicodeScalarView(scalars[ev.start..<ev.end]))
                #expect(slice == ev.text, "\(edge.key): evidence offsets do not give its text")
            }
        }
        #expect(pieces > 0 || graph.edges.isEmpty)
        // rerun: byte-identical
        let again = try Self.extractor.extract(data: data, name: path)
        #expect(again.jsonString() == graph.jsonString())
    }
}
