/// A minimal deterministic JSON writer: callers choose the key order; strings are escaped per RFC 8259.
struct JSONWriter {
    private(set) var output = ""

    /// Escapes per RFC 8259 (plus U+2028/U+2029 and DEL) and wraps in quotes.
    /// Fast because it works on the UTF-8 bytes: a first pass sizes the output exactly, a second
    /// copies each run of plain bytes (no quote, backslash, control, DEL or U+2028/U+2029) at once
    /// into a string allocated once, instead of appending one scalar at a time.
    static func quoted(_ s: String) -> String {
        var s = s
        return s.withUTF8 { bytes in
            let n = bytes.count
            var length = n + 2
            var i = 0
            while i < n {
                let b = bytes[i]
                if b == 0x22 || b == 0x5C || b == 0x0A || b == 0x0D || b == 0x09 {
                    length += 1
                } else if b < 0x20 || b == 0x7F {
                    length += 5
                } else if b == 0xE2, isLineOrParagraphSeparator(bytes, at: i) {
                    length += 3
                    i += 2
                }
                i += 1
            }
            return String(unsafeUninitializedCapacity: length) { out in
                var o = 0
                func put(_ b: UInt8) { out[o] = b; o += 1 }
                func copyRun(_ start: Int, _ end: Int) {
                    guard end > start else { return }
                    (out.baseAddress! + o).update(from: bytes.baseAddress! + start, count: end - start)
                    o += end - start
                }
                put(0x22)
                var runStart = 0
                var i = 0
                while i < n {
                    let b = bytes[i]
                    if b >= 0x20 && b != 0x22 && b != 0x5C && b != 0x7F && b != 0xE2 { i += 1; continue }
                    if b == 0xE2 {
                        guard isLineOrParagraphSeparator(bytes, at: i) else { i += 1; continue }
                        copyRun(runStart, i)
                        for c in bytes[i + 2] == 0xA8 ? "\\u2028".utf8 : "\\u2029".utf8 { put(c) }
                        i += 3
                        runStart = i
                        continue
                    }
                    copyRun(runStart, i)
                    put(0x5C)
                    switch b {
                    case 0x22, 0x5C: put(b)
                    case 0x0A: put(UInt8(ascii: "n"))
                    case 0x0D: put(UInt8(ascii: "r"))
                    case 0x09: put(UInt8(ascii: "t"))
                    default:
                        let hex: [UInt8] = Array("0123456789abcdef".utf8)
                        put(UInt8(ascii: "u")); put(0x30); put(0x30)
                        put(hex[Int(b >> 4)]); put(hex[Int(b & 0xF)])
                    }
                    i += 1
                    runStart = i
                }
                copyRun(runStart, n)
                put(0x22)
                return o
            }
        }
    }

    /// Whether the bytes at `i` (a 0xE2 lead byte) encode U+2028 or U+2029.
    private static func isLineOrParagraphSeparator(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        i + 2 < bytes.count && bytes[i + 1] == 0x80 && (bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9)
    }

    /// An inline object from ordered (key, already-encoded value) pairs; nil values are left out.
    /// Appends into one string rather than joining a string made per field.
    static func object(_ fields: [(String, String?)]) -> String {
        var out = "{"
        var first = true
        for (k, v) in fields {
            guard let v else { continue }
            if !first { out += ", " }
            first = false
            out += quoted(k)
            out += ": "
            out += v
        }
        out += "}"
        return out
    }

    static func array(_ items: [String]) -> String { "[" + items.joined(separator: ", ") + "]" }

    static func strings(_ items: [String]) -> String { array(items.map(quoted)) }
}
