import Testing
@testable import RelGraph

struct JSONWriterTests {
    /// The scalar-by-scalar escaping that `JSONWriter.quoted` copies in runs of bytes.
    private func reference(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    @Test func escapesEachSpecialCharacter() {
        #expect(JSONWriter.quoted("") == "\"\"")
        #expect(JSONWriter.quoted("plain") == "\"plain\"")
        #expect(JSONWriter.quoted("a\"b\\c") == "\"a\\\"b\\\\c\"")
        #expect(JSONWriter.quoted("x\ny\rz\tw") == "\"x\\ny\\rz\\tw\"")
        #expect(JSONWriter.quoted("\u{1}\u{1F}\u{7F}") == "\"\\u0001\\u001f\\u007f\"")
        #expect(JSONWriter.quoted("a\u{2028}b\u{2029}c") == "\"a\\u2028b\\u2029c\"")
        // other scalars with the 0xE2 lead byte stay as they are
        #expect(JSONWriter.quoted("„Frieden“ – €") == "\"„Frieden“ – €\"")
    }

    @Test func matchesScalarByScalarEscapingOnMixedText() {
        let pieces = ["a", "Ü", "\"", "\\", "\n", "\r", "\t", "\u{0}", "\u{1B}", "\u{7F}", "\u{2028}", "\u{2029}",
                      "\u{2027}", "\u{202A}", "–", "€", "😀", "e\u{301}", " ", "Kyjiw", "\u{E2}"]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        for _ in 0..<500 {
            var s = ""
            state = state &* 6364136223846793005 &+ 1442695040888963407
            for _ in 0..<Int(state >> 59) {
                state = state &* 6364136223846793005 &+ 1442695040888963407
                s += pieces[Int(state >> 33) % pieces.count]
            }
            #expect(JSONWriter.quoted(s) == reference(s), "\(Array(s.unicodeScalars))")
        }
    }
}

struct JSONWriterObjectTests {
    @Test func objectLeavesOutNilValuesAndKeepsOrder() {
        #expect(JSONWriter.object([]) == "{}")
        #expect(JSONWriter.object([("a", nil)]) == "{}")
        #expect(JSONWriter.object([("b", "1"), ("a", nil), ("c\"", "[2]")]) == "{\"b\": 1, \"c\\\"\": [2]}")
        #expect(JSONWriter.object([("x", nil), ("y", "true")]) == "{\"y\": true}")
    }
}
