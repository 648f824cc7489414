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
