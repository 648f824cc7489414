import Foundation
import RelGraph
import RelGraphExtraction
import Testing

/// Every input that a fuzz target crashed on (Scripts/fuzz.sh keeps them in
/// Fixtures/fuzz-regressions/TARGET/), and hand-written hard cases beside them, fed through the same
/// code and the same checks as the fuzz targets in Benchmarks/fuzz: none may crash, and the checks hold.
@Suite("fuzz regressions")
struct FuzzRegressionTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/fuzz-regressions")
    static let extractor = Extractor(lexicon: try! LexiconLoader.load())

    static func inputs(_ target: String) -> [String] {
        let dir = root.appendingPathComponent(target)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
        return names.sorted().map { dir.appendingPathComponent($0).path }
    }

    static func data(_ path: String) throws -> Data { try #require(FileManager.default.contents(atPath: path)) }

    @Test("every target has regression inputs")
    func present() {
        for target in ["reader", "splitter", "extractor", "json"] {
            #expect(!Self.inputs(target).isEmpty, "no inputs for \(target)")
        }
    }

    @Test("reader: refused with an error or read, and an invalid-UTF-8 offset points into the input", arguments: inputs("reader"))
    func reader(_ path: String) throws {
        let data = try Self.data(path)
        for name in ["fuzz.txt", "fuzz.html"] {
            do {
                _ = try ArticleReader().read(data: data, name: name).text.unicodeScalars.count
            } catch let ExtractionError.invalidUTF8(_, offset) {
                #expect(offset >= 0 && offset < data.count)
            } catch {
                #expect(!"\(error)".isEmpty)
            }
        }
        let html = String(decoding: data, as: UTF8.self)
        #expect(HTMLTextExtractor().text(of: html).unicodeScalars.count <= html.unicodeScalars.count + 16 * html.utf8.count)
    }

    @Test("splitter: sentences inside the text, in order, tokens inside", arguments: inputs("splitter") + inputs("extractor"))
    func splitter(_ path: String) throws {
        let text = String(decoding: try Self.data(path), as: UTF8.self)
        let count = text.unicodeScalars.count
        for language in [Language.de, .en] {
            var doc = Document(text: text, path: path, language: language)
            BoilerplateFilter(lexicon: Self.extractor.lexicon).process(&doc)
            SentenceSplitter().process(&doc)
            Tokenizer().process(&doc)
            var last = 0
            for s in doc.sentences {
                #expect(s.range.start >= last && s.range.start <= s.range.end && s.range.end <= count)
                last = s.range.end
                #expect(s.tokens.allSatisfy { $0 >= 0 && $0 < doc.tokens.count })
            }
        }
    }

    @Test("extractor: evidence is text[start..<end], the JSON reads back to the same bytes", arguments: inputs("extractor") + inputs("splitter") + inputs("reader"))
    func extractor(_ path: String) throws {
        let data = try Self.data(path)
        guard let graph = try? Self.extractor.extract(data: data, name: path),
              let article = try? ArticleReader().read(data: data, name: path) else { return }
        let scalars = Array(article.text.unicodeScalars)
        for edge in graph.edges {
            for ev in edge.evidence {
                #expect(ev.start >= 0 && ev.start <= ev.end && ev.end <= scalars.count)
                guard ev.start >= 0, ev.start <= ev.end, ev.end <= scalars.count else { continue }
                #expect(String(String.UnicodeScalarView(scalars[ev.start..<ev.end])) == ev.text)
            }
        }
        let json = graph.jsonString()
        #expect(try Graph(json: Data(json.utf8), file: path).jsonString() == json)
    }

    @Test("JSON reader: refused with an error naming the file, or read back to the same bytes", arguments: inputs("json"))
    func json(_ path: String) throws {
        let data = try Self.data(path)
        do {
            let graph = try Graph(json: data, file: "regression.json")
            let json = graph.jsonString()
            #expect(try Graph(json: Data(json.utf8), file: "again.json").jsonString() == json)
            #expect(try Graph(json: Data(graph.jsonLine().utf8), file: "line.json").jsonString() == json)
        } catch {
            #expect("\(error)".hasPrefix("regression.json: "), "\(error)")
        }
    }
}
