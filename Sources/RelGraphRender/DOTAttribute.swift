/// One `name=value` of a DOT statement, with the escaping its value needs.
struct DOTAttribute: Hashable, Sendable {
    /// How a value is escaped for Graphviz.
    enum Value: Hashable, Sendable {
        /// Text shown to readers (labels, titles): an escString with entity references,
        /// so `\` and `&` are escaped and `\N`, `\G`, `&alpha;` stay as written.
        case text(String)
        /// Lines of shown text, each ended by `\l` (left-justified).
        case leftLines([String])
        /// A tooltip: Graphviz expands escapes in tooltips once more than in labels, so `\` is escaped twice.
        case tooltip(String)
        /// Data for other tools (evidence, names, ids): DOT string escaping only (`\\`, `\"`, `\n`).
        case data(String)
        /// relgraph's own vocabulary (colours, shapes, numbers): never article text.
        case literal(String)
    }

    var name: String
    var value: Value

    init(_ name: String, _ value: Value) {
        self.name = name
        self.value = value
    }

    static func text(_ name: String, _ s: String) -> DOTAttribute { DOTAttribute(name, .text(s)) }
    static func data(_ name: String, _ s: String) -> DOTAttribute { DOTAttribute(name, .data(s)) }
    static func literal(_ name: String, _ s: String) -> DOTAttribute { DOTAttribute(name, .literal(s)) }
    static func tooltip(_ s: String) -> DOTAttribute { DOTAttribute("tooltip", .tooltip(s)) }

    /// `name="value"`, escaped.
    var dot: String { name + "=" + DOTAttribute.quoted(value) }

    /// The DOT quoted string for a value.
    static func quoted(_ value: Value) -> String {
        switch value {
        case let .text(s): "\"" + escape(s, backslash: "\\\\", entities: true) + "\""
        case let .leftLines(lines): "\"" + lines.map { escape($0, backslash: "\\\\", entities: true) + "\\l" }.joined() + "\""
        case let .tooltip(s): "\"" + escape(s, backslash: "\\\\\\\\", entities: true) + "\""
        case let .data(s), let .literal(s): "\"" + escape(s, backslash: "\\\\", entities: false) + "\""
        }
    }

    /// Escapes `"` and `\` for a DOT quoted string, writes line breaks as `\n`, replaces other
    /// control characters with spaces, and (for shown text) `&` as `&amp;` so no entity is expanded.
    static func escape(_ s: String, backslash: String, entities: Bool) -> String {
        if !needsEscaping(s, entities: entities) { return s }
        var out = ""
        out.reserveCapacity(s.utf8.count + 8)
        var previousWasCR = false
        for scalar in s.unicodeScalars {
            defer { previousWasCR = scalar == "\r" }
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += backslash
            case "&" where entities: out += "&amp;"
            case "\r": out += "\\n"
            case "\n": if !previousWasCR { out += "\\n" }
            case "\u{2028}", "\u{2029}": out += "\\n"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || (0x80...0x9F).contains(scalar.value) {
                    out += " "
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }

    /// Whether any byte of `s` needs escaping: `"`, `\`, `&` (shown text), control characters (C0, DEL,
    /// C1 as UTF-8 `C2 80`–`C2 9F`) and the line and paragraph separators (`E2 80 A8`, `E2 80 A9`).
    private static func needsEscaping(_ s: String, entities: Bool) -> Bool {
        var previous: UInt8 = 0, beforePrevious: UInt8 = 0
        for byte in s.utf8 {
            switch byte {
            case 0x22, 0x5C, 0x7F, 0x00..<0x20: return true
            case 0x26 where entities: return true
            case 0x80...0x9F where previous == 0xC2: return true
            case 0xA8...0xA9 where previous == 0x80 && beforePrevious == 0xE2: return true
            default: break
            }
            beforePrevious = previous
            previous = byte
        }
        return false
    }

    /// A DOT identifier for a node or graph name: always quoted, so `:` in ids is no port.
    static func id(_ s: String) -> String { quoted(.data(s)) }
}
