// One field of a token, read in place through the tokens' buffer. In the finder's largest functions
// (`sentence`, `arguments`) the compiler no longer inlines the array's subscript: `toks[i].lower` there
// calls its getter, which copies the whole token (a retain and a release of both its Strings) to read one
// field. These reads are always inlined and copy only the field asked for.
extension RelationFinder.Finder {
    /// `toks[i].lower`.
    @inline(__always)
    func lower(at i: Int) -> String {
        toks.readInPlace(i) { $0.pointee.lower }
    }

    /// `toks[i].text`.
    @inline(__always)
    func text(at i: Int) -> String {
        toks.readInPlace(i) { $0.pointee.text }
    }

    /// `toks[i].isWord`.
    @inline(__always)
    func isWord(at i: Int) -> Bool {
        toks.readInPlace(i) { $0.pointee.kind == .word }
    }

    /// `toks[i].isCapitalized`.
    @inline(__always)
    func isCapitalized(at i: Int) -> Bool {
        toks.readInPlace(i) { $0.pointee.isCapitalized }
    }

    /// `toks[i].sentence`.
    @inline(__always)
    func sentence(ofToken i: Int) -> Int {
        toks.readInPlace(i) { $0.pointee.sentence }
    }
}
