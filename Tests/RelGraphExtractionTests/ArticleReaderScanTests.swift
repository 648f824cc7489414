@testable import RelGraphExtraction
import Testing

/// The reader's byte scans (controls and UTF-8 checked a word at a time, the page test on the first
/// bytes) answer as byte-by-byte reference loops do, wherever in a word the bytes fall.
struct ArticleReaderScanTests {
    /// The reference: the share of control bytes in the first 8 KiB, counted one by one.
    static func binaryByBytes(_ bytes: [UInt8]) -> Bool {
        if bytes.contains(0) { return true }
        let sample = bytes.prefix(8192)
        let controls = sample.filter { $0 < 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D && $0 != 0x0C }.count
        return !sample.isEmpty && controls * 20 > sample.count
    }

    @Test func controlsCountedAsByteByByte() {
        var r = TestRandom(seed: 11)
        var binary = 0
        for _ in 0..<400 {
            let count = Int(r.next() % 300)
            let share = r.next() % 12
            let bytes: [UInt8] = (0..<count).map { _ in
                r.next() % 100 < share ? UInt8(1 + r.next() % 31) : r.pick([0x61, 0x20, 0x0A, 0xC3, 0xA4, 0x09, 0x7F, 0x80, 0xFF, 0x21])
            }
            let expected = Self.binaryByBytes(bytes)
            if expected { binary += 1 }
            #expect(ArticleReader.looksBinary(bytes[...]) == expected, "\(bytes)")
        }
        #expect(binary > 20 && binary < 380)
    }

    @Test func invalidUTF8FoundAtAnyAlignment() {
        for prefix in 0..<17 {
            let ok = Array(repeating: UInt8(ascii: "a"), count: prefix) + Array("ä€😀".utf8)
            #expect(ArticleReader.firstInvalidUTF8(ok[...]) == nil)
            let bad = Array(repeating: UInt8(ascii: "a"), count: prefix) + [0xC3, 0x28] + Array(repeating: UInt8(ascii: "b"), count: 9)
            #expect(ArticleReader.firstInvalidUTF8(bad[...]) == prefix)
        }
    }

    /// `decode` lets the standard library validate; `firstInvalidUTF8` only places the error. Both must take
    /// and refuse the same texts: overlong forms, surrogates, code points past U+10FFFF, cut and stray bytes.
    @Test func decodeValidatesAsFirstInvalidUTF8Does() throws {
        let cases: [[UInt8]] = [
            Array("Pjöngjang – 😀 €".utf8), [0xC0, 0x80], [0xC1, 0xBF], [0xE0, 0x80, 0x80], [0xE0, 0x9F, 0xBF],
            [0xE0, 0xA0, 0x80], [0xED, 0x9F, 0xBF], [0xED, 0xA0, 0x80], [0xED, 0xBF, 0xBF], [0xEE, 0x80, 0x80],
            [0xF0, 0x8F, 0xBF, 0xBF], [0xF0, 0x90, 0x80, 0x80], [0xF4, 0x8F, 0xBF, 0xBF], [0xF4, 0x90, 0x80, 0x80],
            [0xF5, 0x80, 0x80, 0x80], [0xFF], [0x80], [0xC3], [0xE2, 0x82], [0xF0, 0x9F, 0x98], [0xC3, 0x28],
        ]
        let reader = ArticleReader()
        for bad in cases {
            for prefix in [0, 3, 9] {
                let bytes = Array(repeating: UInt8(ascii: "a"), count: prefix) + bad + Array("xyz".utf8)
                let offset = ArticleReader.firstInvalidUTF8(bytes[...])
                #expect((String(validating: bytes, as: UTF8.self) == nil) == (offset != nil), "\(bad)")
                if let offset {
                    #expect(throws: ExtractionError.invalidUTF8(file: "t", offset: offset)) { try reader.decode(bytes, name: "t") }
                } else {
                    #expect(try reader.decode(bytes, name: "t") == String(decoding: bytes, as: UTF8.self))
                }
            }
        }
        // a byte-order mark is dropped before the text is validated; the offset counts it
        #expect(throws: ExtractionError.invalidUTF8(file: "t", offset: 4)) { try reader.decode([0xEF, 0xBB, 0xBF, 0x61, 0xFF], name: "t") }
    }

    @Test func plainTextIsNoPageWithoutLookingFurther() {
        #expect(!ArticleReader.startsLikeHTML("Nordkorea schickt Soldaten"))
        #expect(!ArticleReader.startsLikeHTML("  \n\tA <html> later"))
        #expect(ArticleReader.startsLikeHTML("  \r\n<!DOCTYPE html><p>x</p>"))
        #expect(ArticleReader.startsLikeHTML("\u{A0}<html>"))  // a no-break space is whitespace too
        #expect(ArticleReader.startsLikeHTML("<!-- saved --><html>"))
        #expect(!ArticleReader.startsLikeHTML("<!-- saved --> text"))
        #expect(!ArticleReader.startsLikeHTML(""))
    }
}
