extension String {
    /// `split(separator: "-").last`: the last non-empty part between hyphens (as Characters: a "-" that
    /// a combining mark follows is no separator), or nil when there is none; found from the end,
    /// without building the array of parts. When every scalar is a Character of its own (almost every
    /// word), each "-" byte is a separator and the bytes decide; else the Characters.
    func lastHyphenPart() -> Substring? {
        if unicodeScalars.allSatisfy(ScalarProperties.isOwnCharacter) {
            let u = utf8
            var end = u.endIndex
            while end > u.startIndex {
                let p = u.index(before: end)
                if u[p] != UInt8(ascii: "-") { break }
                end = p
            }
            guard end > u.startIndex else { return nil }
            var start = end
            while start > u.startIndex {
                let p = u.index(before: start)
                if u[p] == UInt8(ascii: "-") { break }
                start = p
            }
            return self[start..<end]
        }
        var end = endIndex
        while end > startIndex {
            let p = index(before: end)
            if self[p] != "-" { break }
            end = p
        }
        guard end > startIndex else { return nil }
        var start = end
        while start > startIndex {
            let p = index(before: start)
            if self[p] == "-" { break }
            start = p
        }
        return self[start..<end]
    }
}
