extension Document {
    /// `Array(text.unicodeScalars)`, decoded from the string's UTF-8 in one pass (a native string's
    /// UTF-8 is valid, so every sequence is whole).
    static func scalars(of text: String) -> [Unicode.Scalar] {
        var text = text
        return text.withUTF8 { buf -> [Unicode.Scalar] in
            var out: [Unicode.Scalar] = []
            out.reserveCapacity(buf.count)
            var i = 0
            let n = buf.count
            while i < n {
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
                out.append(Unicode.Scalar(v) ?? "\u{FFFD}")
            }
            return out
        }
    }
}
