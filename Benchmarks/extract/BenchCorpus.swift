import Foundation
import RelGraphExtraction

/// A corpus of articles for the benchmark, built from the project's fixture articles (German and
/// English, text and HTML) and the seed article, each varied deterministically so that no two are
/// the same: paragraphs rotated and one left out, numbers changed, a dateline added.
struct BenchCorpus {
    struct Article {
        var name: String
        var data: Data
        var language: String
        /// Words (whitespace-separated) of the article's text as read: the unit of words per second,
        /// counted the same way for spaCy.
        var words: Int
        /// The text as read (for HTML: the article text extracted from it).
        var text: String
    }

    /// The base articles: every fixture article of the evaluation set and the seed.
    let bases: [(name: String, data: Data)]

    init(root: URL) throws {
        let eval = root.appendingPathComponent("Tests/RelGraphExtractionTests/Fixtures/eval")
        let seed = root.appendingPathComponent("Tests/RelGraphExtractionTests/Fixtures/stages/seed-nordkorea.de.txt")
        var bases: [(String, Data)] = []
        for name in try FileManager.default.contentsOfDirectory(atPath: eval.path).sorted()
        where name.hasSuffix(".txt") || name.hasSuffix(".html") {
            bases.append((name, try Data(contentsOf: eval.appendingPathComponent(name))))
        }
        if let data = FileManager.default.contents(atPath: seed.path) { bases.append(("seed-nordkorea.de.txt", data)) }
        guard !bases.isEmpty else { throw CocoaError(.fileNoSuchFile) }
        self.bases = bases
    }

    /// Article `index` of the corpus: base `index % bases.count`, varied by `index`.
    func article(_ index: Int) -> Article {
        let (name, data) = bases[index % bases.count]
        let language = name.contains(".de.") ? "de" : "en"
        let isHTML = name.hasSuffix(".html")
        var text = String(decoding: data, as: UTF8.self)
        if !isHTML { text = Self.vary(text, index: index, language: language) }
        let out = Data(text.utf8)
        let read = (try? ArticleReader().read(data: out, name: name).text) ?? text
        let words = read.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }).count
        let variant = (name as NSString).deletingPathExtension + "-\(index)." + (name as NSString).pathExtension
        return Article(name: variant, data: out, language: language, words: words, text: read)
    }

    /// Rotates the paragraphs after the first (the headline stays first), leaves one out when there
    /// are enough, shifts every number, and adds a dateline that names the variant.
    static func vary(_ text: String, index: Int, language: String) -> String {
        var paragraphs = text.components(separatedBy: "\n\n").filter { !$0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
        let round = index / 64 + 1
        if paragraphs.count > 3 {
            let head = paragraphs.removeFirst()
            let k = round % paragraphs.count
            paragraphs = Array(paragraphs[k...] + paragraphs[..<k])
            if paragraphs.count > 4 { paragraphs.remove(at: (index / 7) % paragraphs.count) }
            paragraphs.insert(head, at: 0)
        }
        var out = ""
        out.reserveCapacity(text.utf8.count + 64)
        for ch in paragraphs.joined(separator: "\n\n") {
            if let d = ch.wholeNumberValue, ch.isASCII { out.append(Character(String((d + round) % 10))) } else { out.append(ch) }
        }
        let city = ["Berlin", "Genf", "Wien", "Brüssel", "Paris", "London", "Seoul", "Tokio"][index % 8]
        let dateline = language == "de" ? "\(city) (Meldung \(index))" : "\(city) (report \(index))"
        return dateline + "\n\n" + out + "\n"
    }
}
