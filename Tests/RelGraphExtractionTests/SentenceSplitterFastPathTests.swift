@testable import RelGraphExtraction
import Testing

/// The splitter answers an ASCII word before a dot on packed scalars; every such answer is the one the
/// general path (the word as a String) gives.
struct SentenceSplitterFastPathTests {
    static let texts = [
        "Dr. Müller und dr. x und DR. Y und Prof. Z.", "z. B. die Lage, u. a. China", "am 3. Juni und am 3. juni und am 3. ärger",
        "der 2. Weltkrieg, im 12. Quartal, im Jahr 2023. Die Lage", "auf 12. Das Ende", "Art. 5 und Art. Die, No. 10 und no. The",
        "einschl. Steuern, EINSCHL. X, zuzügl. Y, Jan. 3, Mio. Euro, Mrd. Dollar", "Abcdefghij. Weiter", "U. S. und a. b und ä. c und Ä. D",
        "Müller. Dann", "die 3. Armee und jeder 2. Tag", "etc. und usw. Und vgl. dazu", "Sept. 11 und sept. 11", "ca. fünf und Ca. Fünf",
        "Inc. said, Corp. Ltd. Co. vs. Gen. Lt. Col.", "12345. Und 1. und 01. und 1a. b", "St. Petersburg und st. Gallen", "x.",
        "Präsident. Er", "ZUZÜGL. X und Zuzügl. 5", "Ärger. Die", "É. Macron", "ß. Und ÿ. Und Þ. Und × . Und ÷. Und", "Übersee. Die",
        "Straße. Die", "ª. Und º. Und µ. Und ²³. Und ½. Und", "Ŀ. Und Œ. Und Āb. Und", "Größenwahnsinn. Der", "Mio. Einw. und Äbc. D",
    ]

    @Test func fastAnswersAsTheGeneralPath() {
        let splitter = SentenceSplitter()
        var checked = 0
        for text in Self.texts {
            let sc = Array(text.unicodeScalars)
            for i in sc.indices where sc[i] == "." {
                var a = i
                while a > 0 && Tokenizer.isWordScalar(sc[a - 1]) { a -= 1 }
                var k = i + 1
                while k < sc.count && ScalarProperties.isWhitespace(sc[k]) { k += 1 }
                var b = k
                while b < sc.count && Tokenizer.isWordScalar(sc[b]) { b += 1 }
                let general = a == i ? false : SentenceSplitter.isNonFinalDot(word: ScalarProperties.string(sc[a..<i]), sc, a: a, from: 0, next: k, end: b)
                #expect(splitter.isNonFinalDot(sc, at: i, from: 0, next: i + 1, end: sc.count) == general, "\(text) at \(i)")
                checked += 1
            }
        }
        #expect(checked > 50)
        // and the answers are the splitter's known ones
        let sc = Array("Dr. Müller".unicodeScalars)
        #expect(splitter.isNonFinalDot(sc, at: 2, from: 0, next: 3, end: sc.count))
        let end = Array("Müller. Dann".unicodeScalars)
        #expect(!splitter.isNonFinalDot(end, at: 6, from: 0, next: 7, end: end.count))
    }

    /// The mask test is exactly the four compares it stands for, on every scalar below U+3000 (the mask's
    /// word, Latin, General Punctuation) and the last ones.
    @Test func sentenceMarkMask() {
        var marks = 0
        var wrong: [UInt32] = []
        for v in Array(UInt32(0)..<0x3000) + [0xFFFD, 0xFFFF, 0x10FFFF] {
            guard let s = Unicode.Scalar(v) else { continue }
            let expected = s == "." || s == "!" || s == "?" || s == "…"
            if SentenceSplitter.isSentenceMark(s) != expected { wrong.append(v) }
            if SentenceSplitter.isSentenceMark(s) { marks += 1 }
        }
        #expect(wrong.isEmpty)
        #expect(marks == 4)
    }
}
