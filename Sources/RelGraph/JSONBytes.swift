/// A JSON text written as UTF-8 bytes into one growing buffer, the same bytes `JSONWriter` joins from
/// strings: `quoted` escapes exactly as `JSONWriter.quoted`, `int` writes what `String(_:)` writes.
/// Fast because a graph's JSON is appended in place: no String per field, per object or per array, and
/// no array of (key, value) pairs to join; plain runs of a string are copied at once.
struct JSONBytes {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int) { bytes.reserveCapacity(capacity) }

    /// The text written so far.
    var string: String { String(decoding: bytes, as: UTF8.self) }

    /// Literal bytes (punctuation, keys, indentation).
    @inline(__always)
    mutating func raw(_ s: StaticString) {
        s.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    /// `"key": ` after a ", " unless it is the object's first field.
    @inline(__always)
    mutating func key(_ name: StaticString, first: inout Bool) {
        if !first { raw(", ") }
        first = false
        bytes.append(0x22)
        raw(name)
        raw("\": ")
    }

    /// A whole number in decimal, as `String(v)` writes it.
    mutating func int(_ v: Int) {
        if v < 0 { bytes.append(0x2D) }
        var m = v.magnitude
        // at most 20 digits, written from the end
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
            var i = 20
            repeat {
                i -= 1
                digits[i] = 0x30 &+ UInt8(truncatingIfNeeded: m % 10)
                m /= 10
            } while m != 0
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: digits[i..<20]))
        }
    }

    /// `true` or `false`.
    mutating func bool(_ b: Bool) { b ? raw("true") : raw("false") }

    /// A string in quotes, escaped per RFC 8259 (plus U+2028/U+2029 and DEL) as `JSONWriter.quoted`.
    mutating func quoted(_ s: String) {
        var s = s
        let special = Self.special
        s.withUTF8 { src in
            bytes.append(0x22)
            let n = src.count
            var runStart = 0
            var i = 0
            while i < n {
                let b = src[i]
                if !special[Int(b)] { i += 1; continue }
                if b == 0xE2 {
                    // U+2028 and U+2029 (E2 80 A8, E2 80 A9) are escaped; other E2 sequences are copied
                    guard i + 2 < n && src[i + 1] == 0x80 && (src[i + 2] == 0xA8 || src[i + 2] == 0xA9) else { i += 1; continue }
                    copy(src, runStart, i)
                    src[i + 2] == 0xA8 ? raw("\\u2028") : raw("\\u2029")
                    i += 3
                    runStart = i
                    continue
                }
                copy(src, runStart, i)
                switch b {
                case 0x22: raw("\\\"")
                case 0x5C: raw("\\\\")
                case 0x0A: raw("\\n")
                case 0x0D: raw("\\r")
                case 0x09: raw("\\t")
                default:
                    raw("\\u00")
                    bytes.append(Self.hexDigit(b >> 4))
                    bytes.append(Self.hexDigit(b & 0xF))
                }
                i += 1
                runStart = i
            }
            copy(src, runStart, n)
            bytes.append(0x22)
        }
    }

    /// `[` the quoted strings, separated by ", " `]`.
    mutating func strings(_ items: [String]) {
        bytes.append(0x5B)
        for (k, s) in items.enumerated() {
            if k > 0 { raw(", ") }
            quoted(s)
        }
        bytes.append(0x5D)
    }

    @inline(__always)
    private mutating func copy(_ src: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) {
        if end > start { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: src[start..<end])) }
    }

    /// Per byte: whether `quoted` must look at it (a control byte, quote, backslash, DEL, or 0xE2, the lead
    /// byte of U+2028 and U+2029): one load a byte where five compares were.
    private static let special: [Bool] = (0...255).map { b in b < 0x20 || b == 0x22 || b == 0x5C || b == 0x7F || b == 0xE2 }

    @inline(__always)
    private static func hexDigit(_ v: UInt8) -> UInt8 { v < 10 ? 0x30 &+ v : 0x57 &+ v }
}
