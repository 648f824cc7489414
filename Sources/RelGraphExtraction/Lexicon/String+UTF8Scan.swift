extension String {
    /// `utf8.contains(byte)`, scanning the string's contiguous UTF-8 (no per-byte iterator).
    @inline(__always)
    func utf8Contains(_ byte: UInt8) -> Bool {
        var s = self
        return s.withUTF8 { buf in
            for b in buf where b == byte { return true }
            return false
        }
    }
}

extension String {
    /// `lowercased()`, with ASCII text lowered byte by byte and Latin-1 text scalar by scalar (what
    /// `lowercased()` gives for them: A–Z and U+00C0–U+00DE but U+00D7 move by 0x20, every other scalar
    /// below U+0100 is its own lower case); text with any other scalar takes `lowercased()`.
    func lowercasedFast() -> String {
        var s = self
        var latin1 = false
        let lowered: String? = s.withUTF8 { buf -> String? in
            for b in buf where b >= 0x80 { latin1 = true; return nil }
            return String(unsafeUninitializedCapacity: buf.count) { out in
                for k in 0..<buf.count {
                    let b = buf[k]
                    out[k] = b >= 0x41 && b <= 0x5A ? b | 0x20 : b
                }
                return buf.count
            }
        }
        if let lowered { return lowered }
        if latin1 {
            var out: [Unicode.Scalar] = []
            out.reserveCapacity(utf8.count)
            for c in unicodeScalars {
                let v = c.value
                guard v < 0x100 else { return lowercased() }
                let upper = (v >= 0x41 && v <= 0x5A) || (v >= 0xC0 && v <= 0xDE && v != 0xD7)
                out.append(upper ? Unicode.Scalar(UInt8(truncatingIfNeeded: v + 0x20)) : c)
            }
            return ScalarProperties.string(out[...])
        }
        return lowercased()
    }

    /// The text has no capital ASCII letter and no byte outside ASCII (it is its own lower case).
    func isPlainLowerASCII() -> Bool {
        var s = self
        return s.withUTF8 { buf in
            for b in buf where !(b < 0x41 || (b > 0x5A && b < 0x80)) { return false }
            return true
        }
    }
}
