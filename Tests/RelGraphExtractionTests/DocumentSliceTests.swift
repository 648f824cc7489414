@testable import RelGraphExtraction
import Testing

/// `Document.slice` copies the text's own bytes from the UTF-8 marks; every range gives the String the
/// scalars encode, on texts of one-, two-, three- and four-byte scalars around the marks every 64 scalars.
struct DocumentSliceTests {
    static let texts: [String] = [
        "", "a", "Kiew", String(repeating: "abcdefgh", count: 40),
        "Selenskyj’s „Friedensplan“ – 3 € " + String(repeating: "Außenminister Lawrow sagte: ", count: 12),
        String(repeating: "e\u{301}\u{1F600}x日本語\u{10FFFF}\u{7F}\u{80}\u{7FF}\u{800}\u{FFFF}\u{10000} ", count: 20),
        // ASCII runs of eight bytes crossing a mark at each place within them
        (0..<9).map { String(repeating: "ä", count: $0) + String(repeating: "x", count: 70) }.joined(),
    ]

    @Test func slicesAreTheScalarsStrings() {
        var checked = 0
        for text in Self.texts {
            let doc = Document(text: text)
            let n = doc.scalars.count
            #expect(doc.utf8Marks.count == (n + 63) / 64)
            var ends = Set([0, n, n - 1, 1] + Array(stride(from: 0, through: n, by: 7)))
            for m in stride(from: 64, through: n, by: 64) { ends.formUnion([m - 1, m, m + 1]) }
            let points = ends.filter { $0 >= 0 && $0 <= n }.sorted()
            for a in points {
                for b in points where b >= a {
                    let expected = a < b ? ScalarProperties.string(doc.scalars[a..<b]) : ""
                    if doc.slice(TextRange(a, b)) != expected { Issue.record("\(a)..<\(b) of a text of \(n) scalars") }
                    checked += 1
                }
            }
            // ranges beyond the text are clamped, as before
            #expect(doc.slice(TextRange(-5, n + 5)) == text)
            #expect(doc.slice(TextRange(n, n + 3)) == "")
        }
        #expect(checked > 10_000)
    }

    @Test func marksAreTheUTF8OffsetsOfEvery64thScalar() {
        for text in Self.texts {
            let doc = Document(text: text)
            var offset = 0
            for (k, s) in text.unicodeScalars.enumerated() {
                if k % 64 == 0 { #expect(doc.utf8Marks[k / 64] == offset) }
                offset += UTF8.width(s)
            }
        }
    }
}
