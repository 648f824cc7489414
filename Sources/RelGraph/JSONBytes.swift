import Foundation

/// A JSON text written as UTF-8 bytes into one growing buffer, the same bytes `JSONWriter` joins from
/// strings: `quoted` escapes exactly as `JSONWriter.quoted`, `int` writes what `String(_:)` writes.
/// Fast because a graph's JSON is appended in place: no String per field, per object or per array, and
/// no array of (key, value) pairs to join; plain runs of a string are copied at once.
struct JSONBytes: ~Copyable {
    /// The buffer (owned: freed by `deinit`), its bytes written and its size. A buffer of its own rather
    /// than a `[UInt8]`: every piece appended to an array paid a uniqueness and capacity check and a call
    /// (about 90 instructions for a ", "); here a piece is a capacity compare and a copy.
    private var base: UnsafeMutablePointer<UInt8>
    private var count = 0
    private var capacity: Int

    init(capacity: Int) {
        self.capacity = max(capacity, 64)
        base = .allocate(capacity: self.capacity)
    }

    deinit { base.deallocate() }

    /// The text written so far.
    var string: String { String(decoding: UnsafeBufferPointer(start: base, count: count), as: UTF8.self) }

    /// The bytes written, as `Data`.
    var data: Data { Data(bytes: base, count: count) }

    /// Room for `n` more bytes.
    @inline(__always)
    private mutating func reserve(_ n: Int) {
        if count &+ n > capacity { grow(count + n) }
    }

    private mutating func grow(_ needed: Int) {
        let newCapacity = max(needed, capacity * 2)
        let newBase = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        newBase.initialize(from: base, count: count)
        base.deallocate()
        base = newBase
        capacity = newCapacity
    }

    /// One byte.
    @inline(__always)
    private mutating func byte(_ b: UInt8) {
        reserve(1)
        base[count] = b
        count &+= 1
    }

    /// `n` bytes from `p`.
    @inline(__always)
    private mutating func append(_ p: UnsafePointer<UInt8>, _ n: Int) {
        reserve(n)
        (base + count).update(from: p, count: n)
        count &+= n
    }

    /// Literal bytes (punctuation, keys, indentation).
    @inline(__always)
    mutating func raw(_ s: StaticString) {
        append(s.utf8Start, s.utf8CodeUnitCount)
    }

    /// `"key": ` after a ", " unless it is the object's first field.
    @inline(__always)
    mutating func key(_ name: StaticString, first: inout Bool) {
        if !first { raw(", ") }
        first = false
        byte(0x22)
        raw(name)
        raw("\": ")
    }

    /// A whole number in decimal, as `String(v)` writes it.
    mutating func int(_ v: Int) {
        reserve(21)
        if v < 0 { base[count] = 0x2D; count &+= 1 }
        var m = v.magnitude
        // at most 20 digits, written from the end into a scratch of 20 and copied
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)
        withUnsafeMutableBytes(of: &digits) { raw in
            let d = raw.baseAddress!.assumingMemoryBound(to: UInt8.self)
            var i = 20
            repeat {
                i -= 1
                d[i] = 0x30 &+ UInt8(truncatingIfNeeded: m % 10)
                m /= 10
            } while m != 0
            (base + count).update(from: d + i, count: 20 - i)
            count &+= 20 - i
        }
    }

    /// `true` or `false`.
    mutating func bool(_ b: Bool) { b ? raw("true") : raw("false") }

    /// A string in quotes, escaped per RFC 8259 (plus U+2028/U+2029 and DEL) as `JSONWriter.quoted`.
    mutating func quoted(_ s: String) {
        var s = s
        s.withUTF8 { src in
            byte(0x22)
            let n = src.count
            var runStart = 0
            var i = 0
            var scalarUntil = 0
            while i < n {
                // eight plain bytes at once; after a word with a special byte, its bytes one by one
                if i >= scalarUntil {
                    if i &+ 8 <= n {
                        if !Self.hasSpecial(UnsafeRawPointer(src.baseAddress! + i).loadUnaligned(as: UInt64.self)) { i &+= 8; continue }
                        scalarUntil = i &+ 8
                    } else {
                        scalarUntil = n
                    }
                }
                let b = src[i]
                if !Self.isSpecial(b) { i += 1; continue }
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
                    byte(Self.hexDigit(b >> 4))
                    byte(Self.hexDigit(b & 0xF))
                }
                i += 1
                runStart = i
            }
            copy(src, runStart, n)
            byte(0x22)
        }
    }

    /// `[` the quoted strings, separated by ", " `]`.
    mutating func strings(_ items: [String]) {
        byte(0x5B)
        for (k, s) in items.enumerated() {
            if k > 0 { raw(", ") }
            quoted(s)
        }
        byte(0x5D)
    }

    @inline(__always)
    private mutating func copy(_ src: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) {
        if end > start { append(src.baseAddress! + start, end - start) }
    }

    /// Whether `quoted` must look at a byte: a control byte, quote, backslash, DEL, or 0xE2 (the lead byte
    /// of U+2028 and U+2029). Two bit tests where a table load was (its lookup paid a `swift_once`).
    @inline(__always)
    private static func isSpecial(_ b: UInt8) -> Bool {
        // bits of 0x22 and 0x5C among 0x20...0x5F; 0x7F and 0xE2 apart
        if b < 0x20 { return true }
        if b < 0x60 { return (UInt64(1) << UInt64(b &- 0x20)) & ((1 << (0x22 - 0x20)) | (1 << (0x5C - 0x20))) != 0 }
        return b == 0x7F || b == 0xE2
    }

    /// Whether any of eight bytes `isSpecial` (exact: the zero-byte and less-than tests below are exact
    /// for "any byte", bytes of 0x80 and more never count as less than 0x20).
    @inline(__always)
    private static func hasSpecial(_ w: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        @inline(__always) func hasZero(_ v: UInt64) -> UInt64 { (v &- ones) & ~v & highs }
        let below20 = (w &- ones &* 0x20) & ~w & highs
        return (below20 | hasZero(w ^ (ones &* 0x22)) | hasZero(w ^ (ones &* 0x5C)) | hasZero(w ^ (ones &* 0x7F))
            | hasZero(w ^ (ones &* 0xE2))) != 0
    }

    @inline(__always)
    private static func hexDigit(_ v: UInt8) -> UInt8 { v < 10 ? 0x30 &+ v : 0x57 &+ v }
}
