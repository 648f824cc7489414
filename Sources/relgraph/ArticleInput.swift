import Foundation
import RelGraph
import RelGraphExtraction

/// Inputs that are articles rather than graphs: extracted on the fly by `render`, `diff` and `merge`.
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

    /// Extracts the graph of an article file (or standard input for "-").
    static func extract(path: String, data: Data? = nil, extractor: Extractor? = nil, reader: ArticleReader = ArticleReader(), language: Language? = nil) throws -> Graph {
        let ex = try extractor ?? sharedExtractor.get()
        if path == "-" {
            let bytes = data ?? FileHandle.standardInput.readDataToEndOfFile()
            return try ex.extract(data: bytes, name: "-", reader: reader, language: language)
        }
        if let data { return try ex.extract(data: data, name: path, reader: reader, language: language) }
        return try ex.extract(file: path, reader: reader, language: language)
    }
}
