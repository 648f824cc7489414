extension Document {
    /// The text of a range.
    ///
    /// Fast for a long range (a sentence) because it copies the bytes of `text` itself (one copy, no
    /// encoding): the range's ends are found as UTF-8 offsets from the nearest mark before them
    /// (`utf8Marks`, every 64th scalar), adding the UTF-8 lengths of at most 63 scalars. The scalars were decoded from those bytes, so the bytes are the
    /// scalars' UTF-8, as `ScalarProperties.string` would encode them.
    public func slice(_ r: TextRange) -> String {
        let a = max(0, r.start), b = min(scalars.count, r.end)
        guard a < b else { return "" }
        // a short range (a word, a name) is encoded from its scalars: finding the ends and making a String
        // of a Substring cost more there than encoding does
        if b - a < Self.shortSlice { return ScalarProperties.string(scalars[a..<b]) }
        let u = text.utf8
        let start = u.index(u.startIndex, offsetBy: utf8Offset(of: a))
        let end = u.index(u.startIndex, offsetBy: utf8Offset(of: b))
        return String(text[start..<end])
    }

    /// `slice(r)`, where `r` may be the range of the tokens `t`: the range of one token is that token's
    /// `text`, which the tokenizer made of the same scalars, so no String is made (and the caller shares
    /// the token's).
    func slice(_ r: TextRange, tokens t: Range<Int>) -> String {
        if t.count == 1, t.lowerBound >= 0, t.lowerBound < tokens.count, tokens[t.lowerBound].range == r { return tokens[t.lowerBound].text }
        return slice(r)
    }

    /// Below this many scalars `slice` encodes the scalars.
    static var shortSlice: Int { 64 }

    /// The UTF-8 offset in `text` of scalar `k` (`k == scalars.count`: the text's end).
    func utf8Offset(of k: Int) -> Int {
        if k >= scalars.count { return text.utf8.count }
        let from = k & ~63
        var offset = utf8Marks[from >> 6]
        scalars.withUnsafeBufferPointer { buf in
            for p in from..<k {
                let v = buf[p].value
                offset += v < 0x80 ? 1 : v < 0x800 ? 2 : v < 0x10000 ? 3 : 4
            }
        }
        return offset
    }
}
