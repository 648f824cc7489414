@testable import RelGraphExtraction
import Testing

/// The tokenizer's tokens carry the lower case and "-" byte that `Token.init` computes from the text.
struct TokenizerLowerCaseTests {
    @Test func lowerCaseAsTokenInit() {
        let words = ["Kiew", "kiew", "KIEW", "Präsident", "ÄÖÜ", "straße", "STRASSE", "Ærø", "×", "Selenskyj-Regierung", "u.s.",
                     "Łódź", "İstanbul", "Σίσυφος", "ÀÞ", "àþ", "ÿ", "Ÿ", "µ", "3-4", "", "A", "z", "Ærø-Łódź", "A-Ł", "ẞ-A"]
        for w in words {
            let sc = Array(w.unicodeScalars)
            let fast = sc.withUnsafeBufferPointer { Tokenizer.token($0, 0, sc.count, kind: .word, sentence: 2) }
            let reference = Token(range: TextRange(0, sc.count), text: w, kind: .word, sentence: 2)
            #expect(fast.text == reference.text && fast.lower == reference.lower, "\(w)")
            #expect(fast.hasHyphenByte == reference.hasHyphenByte && fast.range == reference.range && fast.sentence == 2, "\(w)")
            #expect(Array(fast.lower.utf8) == Array(reference.lower.utf8), "\(w)")
            #expect(fast.isCapitalized == reference.isCapitalized && fast.wordId == -1, "\(w)")
            #expect(sc.withUnsafeBufferPointer { Tokenizer.token($0, 0, sc.count, kind: .word, sentence: 2, wordId: 7) }.wordId == 7)
        }
    }
}
