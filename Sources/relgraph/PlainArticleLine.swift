import Foundation

/// The common shape of a JSON Lines article read without `JSONSerialization`: one object whose fields
/// are among `id`, `text`, `url` and `published`, each at most once and each a string, keys without
/// escapes, values with the escapes of RFC 8259 (a `\u` escape of a valid scalar or surrogate pair, not
/// U+0000), and valid UTF-8. Anything else (other fields, other values, malformed or unusual JSON) is
/// no answer, and `StreamedArticle(line:)` reads the line through `JSONSerialization` as before, so
/// errors and every other case are unchanged; for a line of this shape both give the same strings.
/// About a tenth of the instructions: no dictionary of `Any`, no bridging, no per-character decoding.
enum PlainArticleLine {
    /// The article of a line of the plain shape, or nil for any other line.
    static func parse(_ line: Data) -> StreamedArticle? {
        line.withUnsafeBytes { raw -> StreamedArticle? in
            guard let base = raw.baseAddress?.assumingMemoryBound(to: UInt8.self) else { return nil }
            var reader = Reader(p: base, n: raw.count)
            return reader.article()
        }
    }

    private struct Reader {
        let p: UnsafePointer<UInt8>
        let n: Int
        var i = 0

        init(p: UnsafePointer<UInt8>, n: Int) {
            self.p = p
            self.n = n
        }

        mutating func article() -> StreamedArticle? {
            var id: String?, text: String?, url: String?, published: String?
            skipSpace()
            guard take(0x7B) else { return nil }  // {
            skipSpace()
            if i < n && p[i] == 0x7D { return nil }  // {} (missing fields: the slow path's error)
            while true {
                guard let k = key() else { return nil }
                skipSpace()
                guard take(0x3A) else { return nil }  // :
                skipSpace()
                guard let value = string() else { return nil }
                switch k {
                case 0: guard id == nil else { return nil }; id = value
                case 1: guard text == nil else { return nil }; text = value
                case 2: guard url == nil else { return nil }; url = value
                default: guard published == nil else { return nil }; published = value
                }
                skipSpace()
                if take(0x2C) { skipSpace(); continue }  // ,
                guard take(0x7D) else { return nil }  // }
                break
            }
            skipSpace()
            guard i == n, let id, !id.isEmpty, let text else { return nil }
            return StreamedArticle(id: id, text: text, url: url, published: published)
        }

        /// JSON white space.
        mutating func skipSpace() {
            while i < n, p[i] == 0x20 || p[i] == 0x09 || p[i] == 0x0A || p[i] == 0x0D { i += 1 }
        }

        mutating func take(_ b: UInt8) -> Bool {
            guard i < n, p[i] == b else { return false }
            i += 1
            return true
        }

        /// One of the four keys (0 id, 1 text, 2 url, 3 published), written without escapes.
        mutating func key() -> Int? {
            guard take(0x22) else { return nil }
            let start = i
            while i < n, p[i] != 0x22 {
                if p[i] == 0x5C || p[i] < 0x20 { return nil }
                i += 1
            }
            guard i < n else { return nil }
            let k = UnsafeBufferPointer(start: p + start, count: i - start)
            i += 1
            if k.elementsEqual("id".utf8) { return 0 }
            if k.elementsEqual("text".utf8) { return 1 }
            if k.elementsEqual("url".utf8) { return 2 }
            if k.elementsEqual("published".utf8) { return 3 }
            return nil
        }

        /// A string value: plain runs copied at once, escapes decoded, the whole checked as UTF-8.
        mutating func string() -> String? {
            guard take(0x22) else { return nil }
            var start = i
            var out: [UInt8] = []
            var escaped = false
            while true {
                // find the next quote, backslash or control byte, eight bytes at a time
                while i &+ 8 <= n && !Self.hasStop(UnsafeRawPointer(p + i).loadUnaligned(as: UInt64.self)) { i &+= 8 }
                while i < n, p[i] != 0x22, p[i] != 0x5C, p[i] >= 0x20 { i += 1 }
                guard i < n else { return nil }
                let b = p[i]
                if b < 0x20 { return nil }
                if b == 0x22 {
                    if !escaped {
                        let s = String(validating: UnsafeBufferPointer(start: p + start, count: i - start), as: UTF8.self)
                        i += 1
                        return s
                    }
                    out.append(contentsOf: UnsafeBufferPointer(start: p + start, count: i - start))
                    i += 1
                    return String(validating: out, as: UTF8.self)
                }
                // a backslash
                if !escaped { escaped = true; out.reserveCapacity(n - start) }
                out.append(contentsOf: UnsafeBufferPointer(start: p + start, count: i - start))
                i += 1
                guard i < n else { return nil }
                let e = p[i]
                i += 1
                switch e {
                case 0x22, 0x5C, 0x2F: out.append(e)
                case 0x62: out.append(0x08)  // b
                case 0x66: out.append(0x0C)  // f
                case 0x6E: out.append(0x0A)  // n
                case 0x72: out.append(0x0D)  // r
                case 0x74: out.append(0x09)  // t
                case 0x75:  // u
                    guard var v = hex4() else { return nil }
                    if v >= 0xD800 && v < 0xDC00 {
                        guard i + 1 < n, p[i] == 0x5C, p[i + 1] == 0x75 else { return nil }
                        i += 2
                        guard let low = hex4(), low >= 0xDC00 && low < 0xE000 else { return nil }
                        v = 0x10000 + ((v - 0xD800) << 10) + (low - 0xDC00)
                    } else if v >= 0xDC00 && v < 0xE000 || v == 0 {
                        return nil
                    }
                    guard let scalar = Unicode.Scalar(v) else { return nil }
                    out.append(contentsOf: UTF8.encode(scalar)!)
                default:
                    return nil
                }
                start = i
            }
        }

        /// Four hex digits.
        mutating func hex4() -> UInt32? {
            guard i + 4 <= n else { return nil }
            var v: UInt32 = 0
            for _ in 0..<4 {
                let c = p[i]
                let d: UInt8
                switch c {
                case 0x30...0x39: d = c - 0x30
                case 0x41...0x46: d = c - 0x41 + 10
                case 0x61...0x66: d = c - 0x61 + 10
                default: return nil
                }
                v = v << 4 | UInt32(d)
                i += 1
            }
            return v
        }

        /// Whether any of eight bytes is a quote, a backslash or a control byte (exact for "any").
        @inline(__always)
        static func hasStop(_ w: UInt64) -> Bool {
            let ones: UInt64 = 0x0101_0101_0101_0101
            let highs: UInt64 = 0x8080_8080_8080_8080
            @inline(__always) func hasZero(_ v: UInt64) -> UInt64 { (v &- ones) & ~v & highs }
            return ((w &- ones &* 0x20) & ~w & highs | hasZero(w ^ (ones &* 0x22)) | hasZero(w ^ (ones &* 0x5C))) != 0
        }
    }
}
