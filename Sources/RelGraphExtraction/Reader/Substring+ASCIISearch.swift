extension Substring {
    /// `range(of: needle, options: .caseInsensitive)` for a needle of ASCII bytes without letters in
    /// upper case, answered on bytes where the text is ASCII: up to the end of the first match and one
    /// byte beyond it (or, with no match, all of it), ASCII text is one Character per byte but CR LF (which
    /// no such needle spans) and folds case as A–Z to a–z only. `.some(nil)`: no match; nil: not
    /// answered here (a byte outside ASCII came first), the caller asks Foundation.
    func asciiCaseInsensitiveRange(of needle: [UInt8]) -> Range<Index>?? {
        let found: Int?? = utf8.withContiguousStorageIfAvailable { buf -> Int?? in
            let n = buf.count, m = needle.count
            var i = 0
            while i < n {
                let b = buf[i]
                if b >= 0x80 { return nil }
                if ASCIIFold.matches(buf, at: i, needle) {
                    for j in i..<Swift.min(n, i + m + 1) where buf[j] >= 0x80 { return nil }
                    return .some(i)
                }
                i += 1
            }
            return .some(nil)
        } ?? nil
        guard let found else { return nil }
        guard let start = found else { return .some(nil) }
        let lower = utf8.index(utf8.startIndex, offsetBy: start)
        return .some(lower..<utf8.index(lower, offsetBy: needle.count))
    }
}
