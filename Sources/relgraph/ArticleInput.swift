import Foundation
import RelGraph
import RelGraphExtraction

/// Inputs that are articles rather than graphs: extracted by `extract`, and on the fly by `render`,
/// `diff` and `merge`. Also reads any input file with one clear error for what is wrong with it.
enum ArticleInput {
    /// A file is an article unless it is JSON (by extension, or for standard input by its first character).
    static func isArticle(path: String, data: Data? = nil) -> Bool {
        let ext = (path as NSString).pathExtension.lowercased()
        if ext == "json" { return false }
        if ["txt", "html", "htm", "text", "md"].contains(ext) { return true }
        if let data, let first = data.first(where: { !($0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 || $0 == 0xEF || $0 == 0xBB || $0 == 0xBF) }) {
            return first != UInt8(ascii: "{")
        }
        return path != "-" && ext != "json"
    }

    /// The shipped lexicon, loaded once per process.
    static let sharedExtractor: Result<Extractor, ExtractionError> = {
        do throws(ExtractionError) {
            return .success(Extractor(lexicon: try LexiconLoader.load()))
        } catch {
            return .failure(error)
        }
    }()

    /// The bytes of an input file as given on the command line ("-" reads standard input to its end).
    /// Errors name the path as the user wrote it: no such file, a folder, not readable.
    static func read(path: String) throws(ExtractionError) -> Data {
        if path == "-" { return FileHandle.standardInput.readDataToEndOfFile() }
        return try ArticleReader.bytes(contentsOf: path)
    }

    /// Extracts the graph of an article file (or standard input for "-"; `data` when already read).
    /// An empty or blank article gives an empty graph and a note on standard error.
    static func extract(path: String, data: Data? = nil, extractor: Extractor? = nil, reader: ArticleReader = ArticleReader(), language: Language? = nil) throws -> Graph {
        let ex = try extractor ?? sharedExtractor.get()
        let bytes = try data ?? read(path: path)
        let graph = try ex.extract(data: bytes, name: path, reader: reader, language: language)
        if graph.nodes.isEmpty, isBlank(bytes) { noteEmpty(path == "-" ? "<stdin>" : path) }
        return graph
    }

    /// Whether an article's bytes hold no text at all (only whitespace, or nothing).
    static func isBlank(_ data: Data) -> Bool {
        String(decoding: data, as: UTF8.self).allSatisfy(\.isWhitespace)
    }

    /// The note for an empty article: its graph is empty, which is not an error.
    static func noteEmpty(_ name: String) {
        FileHandle.standardError.write(Data("relgraph: note: \(name): empty article, empty graph\n".utf8))
    }

    /// Reads a `relgraph-1` graph file, naming the path as given in every error.
    static func graph(path: String) throws -> Graph {
        let data = try read(path: path)
        return try Graph(json: data, file: path == "-" ? "<stdin>" : path)
    }
}
