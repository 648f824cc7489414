import Testing
@testable import RelGraph

struct JSONBytesTests {
    private func written(_ body: (inout JSONBytes) -> Void) -> String {
        var w = JSONBytes(capacity: 4)
        body(&w)
        return w.string
    }

    @Test func quotesAsJSONWriterDoes() {
        let samples = [
            "", "plain", "a\"b\\c", "x\ny\rz\tw", "\u{1}\u{1F}\u{7F}", "a\u{2028}b\u{2029}c", "\u{2028}", "end\u{2029}",
            "„Frieden“ – €", "\u{2026}\u{2013}", "\u{E2}", "Kim Jong-un’s \"Soldaten\"\n", "日本語\t\u{0}",
            String(repeating: "long text with \"quotes\" ", count: 40),
        ]
        for s in samples {
            #expect(written { $0.quoted(s) } == JSONWriter.quoted(s), "\(Array(s.unicodeScalars))")
        }
    }

    @Test func writesWholeNumbersAsStringDoes() {
        for v in [0, 7, 10, 99, 100, 12_345, -1, -40, Int.max, Int.min] {
            #expect(written { $0.int(v) } == String(v))
        }
    }

    @Test func objectsAndArraysAsJSONWriterJoinsThem() {
        #expect(written { $0.strings([]) } == JSONWriter.strings([]))
        #expect(written { $0.strings(["b", "a\"", "ü"]) } == JSONWriter.strings(["b", "a\"", "ü"]))
        let object = written { w in
            var first = true
            w.raw("{")
            w.key("a", first: &first); w.int(1)
            w.key("b", first: &first); w.bool(true)
            w.key("c", first: &first); w.bool(false)
            w.raw("}")
        }
        #expect(object == JSONWriter.object([("a", "1"), ("x", nil), ("b", "true"), ("c", "false")]))
    }
}
