extension String {
    /// Exactly `hasPrefix(prefix)` for a prefix of lower-case ASCII letters, digits, ":", "?" and "-" (an
    /// actor id's kind: "state:", "person:", "agreement:?"), on the bytes where it can: no scalar is
    /// canonically equivalent to one of those, and none joins one to a grapheme before it, so a string
    /// begins with the prefix exactly when its bytes do and an ASCII byte (or the end) follows. Any other
    /// case (a non-ASCII scalar after the prefix, which may join the last character, a string without
    /// contiguous UTF-8, another prefix) asks `hasPrefix`. Where the library compares Characters and
    /// finds the grapheme boundary, this compares a few bytes.
    @inline(__always)
    func hasIDPrefix(_ prefix: StaticString) -> Bool {
        let n = prefix.utf8CodeUnitCount
        let p = prefix.utf8Start
        let answer: Bool?? = utf8.withContiguousStorageIfAvailable { s -> Bool? in
            if s.count < n { return false }
            for k in 0..<n {
                let c = p[k]
                guard (c >= 0x61 && c <= 0x7A) || (c >= 0x30 && c <= 0x39) || c == 0x3A || c == 0x3F || c == 0x2D else { return nil }
                if s[k] != c { return false }
            }
            return s.count == n || s[n] < 0x80 ? true : nil
        }
        if let a = answer, let b = a { return b }
        return hasPrefix(prefix.description)
    }
}
