extension Document {
    /// `Array(text.unicodeScalars)`, decoded from the string's UTF-8 in one pass (a native string's
    /// UTF-8 is valid, so every sequence is whole).
    static func scalars(of text: String) -> [Unicode.Scalar] { scalarsAndMarks(of: text).scalars }

    /// `scalars(of:)`, and the UTF-8 offset of every 64th scalar (`Document.utf8Marks`), noted in the same pass.
    static func scalarsAndMarks(of text: String) -> (scalars: [Unicode.Scalar], marks: [Int]) {
        var text = text
        var marks: [Int] = []
        let scalars = text.withUTF8 { buf -> [Unicode.Scalar] in
            let n = buf.count
            marks.reserveCapacity(n / 64 + 1)
            // at most one scalar a byte, written in place (no append's capacity check per scalar); runs of
            // eight ASCII bytes are widened without a branch per byte
            return [Unicode.Scalar](unsafeUninitializedCapacity: n) { out, count in
                var i = 0
                var o = 0
                while i < n {
                    if i + 8 <= n, let base = buf.baseAddress {
                        let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                        let high = word & 0x8080_8080_8080_8080
                        if high == 0 {
                            for k in 0..<8 { out[o + k] = Unicode.Scalar(UInt8(truncatingIfNeeded: word >> (UInt64(k) * 8))) }
                            // the multiple of 64 among scalars o..<o+8, if there is one (one byte a scalar here)
                            let mark = (o + 63) & ~63
                            if mark < o + 8 { marks.append(i + (mark - o)) }
                            i += 8
                            o += 8
                            continue
                        }
                        // the ASCII bytes before the first other one, widened at once (German text has a
                        // non-ASCII letter every few words: they went one by one through the general case,
                        // each asking for eight bytes again); then that letter below
                        let ascii = high.trailingZeroBitCount >> 3
                        if ascii > 0 {
                            for k in 0..<ascii { out[o + k] = Unicode.Scalar(UInt8(truncatingIfNeeded: word >> (UInt64(k) * 8))) }
                            let mark = (o + 63) & ~63
                            if mark < o + ascii { marks.append(i + (mark - o)) }
                            i += ascii
                            o += ascii
                        }
                    }
                    if o & 63 == 0 { marks.append(i) }
                    let b0 = UInt32(buf[i])
                    var v: UInt32
                    if b0 < 0x80 {
                        v = b0
                        i += 1
                    } else if b0 < 0xE0 {
                        v = (b0 & 0x1F) << 6 | UInt32(buf[i + 1] & 0x3F)
                        i += 2
                    } else if b0 < 0xF0 {
                        v = (b0 & 0x0F) << 12 | UInt32(buf[i + 1] & 0x3F) << 6 | UInt32(buf[i + 2] & 0x3F)
                        i += 3
                    } else {
                        v = (b0 & 0x07) << 18 | UInt32(buf[i + 1] & 0x3F) << 12 | UInt32(buf[i + 2] & 0x3F) << 6 | UInt32(buf[i + 3] & 0x3F)
                        i += 4
                    }
                    out[o] = Unicode.Scalar(v) ?? "\u{FFFD}"
                    o += 1
                }
                count = o
            }
        }
        return (scalars, marks)
    }
}
