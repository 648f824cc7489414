// One field of an argument in a list, read in place through the list's buffer. In the relation finder's
// largest functions (`sentence`, `arguments`) the compiler calls the array's subscript getter out of line:
// `args[k].start` there copies the whole argument (a retain and a release of its Strings) to read one
// field. These reads are always inlined and copy only the field asked for.
extension Array where Element == Argument {
    /// `self[k].start`.
    @inline(__always)
    func start(at k: Int) -> Int {
        readInPlace(k) { $0.pointee.mention.tokens.lowerBound }
    }

    /// `self[k].mention.range`.
    @inline(__always)
    func mentionRange(at k: Int) -> TextRange {
        readInPlace(k) { $0.pointee.mention.range }
    }

    /// `self[k].mention.form`.
    @inline(__always)
    func form(at k: Int) -> Mention.Form {
        readInPlace(k) { $0.pointee.mention.form }
    }

    /// `self[k].role`.
    @inline(__always)
    func role(at k: Int) -> Argument.Role {
        readInPlace(k) { $0.pointee.role }
    }
}
