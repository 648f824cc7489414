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
    /// `lowercased()`, with ASCII text lowered byte by byte (what `lowercased()` gives for it); text with
    /// any other byte takes `lowercased()`.
    func lowercasedFast() -> String {
        var s = self
        let lowered: String? = s.withUTF8 { buf -> String? in
            for b in buf where b >= 0x80 { return nil }
            return String(unsafeUninitializedCapacity: buf.count) { out in
                for k in 0..<buf.count {
                    let b = buf[k]
                    out[k] = b >= 0x41 && b <= 0x5A ? b | 0x20 : b
                }
                return buf.count
            }
        }
        return lowered ?? lowercased()
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
