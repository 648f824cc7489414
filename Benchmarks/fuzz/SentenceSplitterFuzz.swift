import Foundation
import RelGraphExtraction

/// Fuzz target: the boilerplate filter, sentence splitter and tokenizer on any text, German and
/// English. Every sentence must lie inside the text, in order, without overlap, and every token
/// of a sentence inside it.
@_cdecl("LLVMFuzzerTestOneInput")
public func sentenceSplitterFuzz(_ bytes: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let text = String(decoding: UnsafeBufferPointer(start: bytes, count: size), as: UTF8.self)
    let count = text.unicodeScalars.count
    for language in [Language.de, .en] {
        var doc = Document(text: text, path: "fuzz.txt", language: language)
        BoilerplateFilter(lexicon: FuzzLexicon.lexicon).process(&doc)
        SentenceSplitter().process(&doc)
        Tokenizer().process(&doc)
        var last = 0
        for s in doc.sentences {
            precondition(s.range.start >= last && s.range.start <= s.range.end && s.range.end <= count,
                         "sentence \(s.index) at \(s.range.start)..<\(s.range.end) outside or out of order (text \(count))")
            last = s.range.end
            for t in s.tokens {
                precondition(t >= 0 && t < doc.tokens.count, "sentence \(s.index): token \(t) of \(doc.tokens.count)")
            }
        }
    }
    return 0
}
