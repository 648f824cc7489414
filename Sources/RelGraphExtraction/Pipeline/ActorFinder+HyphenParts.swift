extension ActorFinder.State {
    /// `hyphenParts` of a word whose UTF-8 bytes are all below 0xCC (scalars below U+0300), split on its
    /// bytes; nil for any other word. Splitting by Characters walks grapheme clusters (thousands of
    /// instructions a word); for such a word it cuts at the same places: no scalar below U+0300 joins a
    /// cluster with a neighbouring "-" (no Extend, SpacingMark, ZWJ or Prepend scalar is below U+0300),
    /// so each hyphen byte is a Character "-" of its own. Empty parts are dropped, as `split` drops them.
    static func hyphenPartsByBytes(_ text: String) -> [String]? {
        var t = text
        return t.withUTF8 { bytes -> [String]? in
            var parts: [String] = []
            var start = 0
            for (k, b) in bytes.enumerated() {
                if b >= 0xCC { return nil }
                guard b == 0x2D else { continue }
                if k > start { parts.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<k]), as: UTF8.self)) }
                start = k + 1
            }
            if bytes.count > start { parts.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start...]), as: UTF8.self)) }
            return parts
        }
    }
}
