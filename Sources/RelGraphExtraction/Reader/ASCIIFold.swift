/// Byte comparisons that fold ASCII letters A–Z to a–z, for the reader's case-insensitive searches.
enum ASCIIFold {
    /// Whether the bytes of `buf` at `i` are `needle` (lower-case ASCII), letters matched in either case;
    /// false when fewer than `needle.count` bytes are left.
    @inline(__always)
    static func matches(_ buf: UnsafeBufferPointer<UInt8>, at i: Int, _ needle: [UInt8]) -> Bool {
        let m = needle.count
        guard i + m <= buf.count else { return false }
        var k = 0
        while k < m {
            var c = buf[i + k]
            if c >= 0x41 && c <= 0x5A { c |= 0x20 }
            if c != needle[k] { return false }
            k += 1
        }
        return true
    }
}
