import RelGraph

// One field of a relation, read in place through the relations' buffer. In `sentence()` the compiler calls
// the array's subscript getter out of line: `relations[k].type` there copies the whole relation (a retain
// and a release of its four Strings and two arrays) to read one field. These reads are always inlined and
// copy only the field asked for.
extension RelationFinder.Finder {
    /// `relations[k].type`.
    @inline(__always)
    func relationType(at k: Int) -> EdgeType {
        relations.readInPlace(k) { $0.pointee.type }
    }

    /// `relations[k].modality`.
    @inline(__always)
    func relationModality(at k: Int) -> Modality {
        relations.readInPlace(k) { $0.pointee.modality }
    }

    /// `!relations[k].attributedTo.isEmpty`.
    @inline(__always)
    func relationIsAttributed(at k: Int) -> Bool {
        !relations.readInPlace(k) { $0.pointee.attributedTo.isEmpty }
    }
}
