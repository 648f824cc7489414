import Foundation
import RelGraphExtraction

/// Fuzz target: the article reader (binary check, UTF-8 validation with the byte offset, Latin-1 and
/// Windows-1252, HTML detection) and the HTML text extractor on any bytes. Reading may refuse the
/// input with an error; it must never crash, and an invalid-UTF-8 offset must point into the input.
@_cdecl("LLVMFuzzerTestOneInput")
public func articleReaderFuzz(_ bytes: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let data = Data(bytes: bytes, count: size)
    for name in ["fuzz.txt", "fuzz.html"] {
        do {
            let article = try ArticleReader().read(data: data, name: name)
            _ = article.text.unicodeScalars.count
        } catch let ExtractionError.invalidUTF8(_, offset) {
            precondition(offset >= 0 && offset < size, "invalid-UTF-8 offset \(offset) outside \(size) bytes")
        } catch {}
    }
    for encoding in [TextEncoding.latin1, .windows1252] {
        _ = try? ArticleReader(encoding: encoding).read(data: data, name: "fuzz.html")
    }
    let html = String(decoding: data, as: UTF8.self)
    let extractor = HTMLTextExtractor()
    _ = extractor.text(of: html)
    _ = extractor.title(of: html)
    return 0
}
