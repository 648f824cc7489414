import Foundation
import RelGraphExtraction

/// The lexicon for the fuzz targets, loaded once from the source folder (a fuzzer built with swiftc
/// has no SwiftPM resource bundle): every `.lex` file through `LexiconLoader.load(file:)`, then `finish()`.
/// The folder comes from RELGRAPH_LEXICON_DIR, which Scripts/fuzz.sh sets.
enum FuzzLexicon {
    static let lexicon: Lexicon = {
        guard let dir = ProcessInfo.processInfo.environment["RELGRAPH_LEXICON_DIR"] else {
            fatalError("set RELGRAPH_LEXICON_DIR to Sources/RelGraphExtraction/Resources/lexicon")
        }
        var loader = LexiconLoader()
        do {
            for name in try FileManager.default.contentsOfDirectory(atPath: dir).sorted() where name.hasSuffix(".lex") {
                try loader.load(file: (dir as NSString).appendingPathComponent(name))
            }
            return try loader.finish()
        } catch {
            fatalError("lexicon: \(error)")
        }
    }()
}
