import Foundation
import RelGraphExtraction
import RelGraph

/// Fuzz target: the whole extractor on any bytes. When the article is read, every evidence piece must
/// be exactly `text[start..<end]` of the text as read, and the graph's JSON must read back to the same bytes.
@_cdecl("LLVMFuzzerTestOneInput")
public func extractorFuzz(_ bytes: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let data = Data(bytes: bytes, count: size)
    let extractor = Extractor(lexicon: FuzzLexicon.lexicon)
    let name = size > 0 && bytes[0] & 1 == 1 ? "fuzz.html" : "fuzz.txt"
    guard let graph = try? extractor.extract(data: data, name: name),
          let article = try? ArticleReader().read(data: data, name: name) else { return 0 }
    let scalars = Array(article.text.unicodeScalars)
    for edge in graph.edges {
        for ev in edge.evidence {
            precondition(ev.start >= 0 && ev.start <= ev.end && ev.end <= scalars.count,
                         "\(edge.key): evidence \(ev.start)..<\(ev.end) outside the text (\(scalars.count))")
            precondition(String(String.UnicodeScalarView(scalars[ev.start..<ev.end])) == ev.text,
                         "\(edge.key): evidence offsets do not give its text")
        }
    }
    let json = graph.jsonString()
    do {
        let again = try Graph(json: Data(json.utf8), file: "fuzz")
        precondition(again.jsonString() == json, "JSON does not read back to the same bytes")
    } catch {
        preconditionFailure("the extractor's own JSON does not read back: \(error)")
    }
    return 0
}
