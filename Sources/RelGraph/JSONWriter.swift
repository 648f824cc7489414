/// A minimal deterministic JSON writer: callers choose the key order; strings are escaped per RFC 8259.
struct JSONWriter {
    private(set) var output = ""

    static func quoted(_ s: String) -> String {
        var out = "\""
        out.reserveCapacity(s.utf8.count + 2)
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
        out += "\""
        return out
    }

    /// An inline object from ordered (key, already-encoded value) pairs; nil values are left out.
    static func object(_ fields: [(String, String?)]) -> String {
        "{" + fields.compactMap { k, v in v.map { quoted(k) + ": " + $0 } }.joined(separator: ", ") + "}"
    }

    static func array(_ items: [String]) -> String { "[" + items.joined(separator: ", ") + "]" }

    static func strings(_ items: [String]) -> String { array(items.map(quoted)) }
}
