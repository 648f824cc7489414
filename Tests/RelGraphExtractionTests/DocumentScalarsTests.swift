@testable import RelGraphExtraction
import Testing

/// `Document.scalarsAndMarks` decodes exactly the text's scalars and marks every 64th, whatever the
/// place of the non-ASCII scalars within the eight-byte runs it widens at once.
struct DocumentScalarsTests {
    @Test func scalarsAndMarksOfMixedTexts() {
        var random = TestRandom(seed: 64)
        let pieces = ["a", "Z", " ", ".", "ä", "ß", "€", "–", "„", "e\u{301}", "\u{1F600}", "日", "\u{7F}", "\u{80}"]
        var texts = DocumentSliceTests.texts
        // a non-ASCII scalar after every count of ASCII bytes, around the marks
        for lead in 0..<16 { texts.append(String(repeating: "x", count: lead) + (0..<40).map { String(repeating: "b", count: $0 % 11) + "ö" }.joined()) }
        for _ in 0..<200 { texts.append((0..<Int(random.next() % 300)).map { _ in random.pick(pieces) }.joined()) }
        for text in texts {
            let (scalars, marks) = Document.scalarsAndMarks(of: text)
            #expect(scalars == Array(text.unicodeScalars))
            var offset = 0
            var expected: [Int] = []
            for (k, s) in text.unicodeScalars.enumerated() {
                if k % 64 == 0 { expected.append(offset) }
                offset += UTF8.width(s)
            }
            #expect(marks == expected)
        }
    }
}
