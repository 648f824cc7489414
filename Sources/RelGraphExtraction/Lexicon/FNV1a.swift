/// FNV-1a over UTF-8 bytes: the cheap byte hash of the word filters and the graph builder's id table.
/// Each caller folds the raw value to its own table size.
enum FNV1a {
    /// The hash of a buffer's bytes.
    @inline(__always)
    static func hash(_ buf: UnsafeBufferPointer<UInt8>) -> UInt32 {
        var h: UInt32 = 2_166_136_261
        for b in buf { h = (h ^ UInt32(b)) &* 16_777_619 }
        return h
    }

    /// The hash of a string's UTF-8 bytes, or nil when a byte is 0xCC or more (a scalar at or above
    /// U+0300, where canonically equivalent spellings could differ in bytes).
    @inline(__always)
    static func hashBelowCombining(_ s: String) -> UInt32? {
        var s = s
        return s.withUTF8 { buf -> UInt32? in
            var h: UInt32 = 2_166_136_261
            for b in buf {
                if b >= 0xCC { return nil }
                h = (h ^ UInt32(b)) &* 16_777_619
            }
            return h
        }
    }
}
