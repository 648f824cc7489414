extension String {
    /// `split(separator: "-").last`: the last non-empty part between hyphens (as Characters: a "-" that
    /// a combining mark follows is no separator), or nil when there is none; found from the end,
    /// without building the array of parts.
    func lastHyphenPart() -> Substring? {
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
