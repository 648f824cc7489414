extension Array {
    /// The elements that pass `isIncluded`, in order: what `Sequence.filter` gives, asking the test of each
    /// element once and in order, with fewer allocations. The standard library's filter appends to an empty
    /// array that is reallocated as it grows (room for 1, 2, 4, 8 … elements), and the relation finder filters
    /// small lists of arguments and cues many times per clause and cue. Here an array whose elements all pass
    /// is returned itself (its storage shared), one whose elements none pass allocates nothing, and any other
    /// allocates once, with room for every element that can still pass. (Declared on `Array` itself, it is
    /// the `filter` this module's arrays call.)
    func filter(_ isIncluded: (Element) throws -> Bool) rethrows -> [Element] {
        var i = startIndex
        // the run of elements that pass from the start
        while i < endIndex, try isIncluded(self[i]) { i += 1 }
        if i == endIndex { return self }
        var result: [Element] = []
        if i > startIndex {
            result.reserveCapacity(count - 1)
            result.append(contentsOf: self[startIndex..<i])
        }
        i += 1
        while i < endIndex {
            if try isIncluded(self[i]) {
                if result.capacity == 0 { result.reserveCapacity(endIndex - i) }
                result.append(self[i])
            }
            i += 1
        }
        return result
    }

    /// Removes the elements that `shouldBeRemoved` picks: what the standard library's `removeAll(where:)` does
    /// (each element tested once and in order, the others kept in their order), but an array with nothing to
    /// remove is left alone. The standard library's version ends in `removeSubrange`, which makes the storage
    /// unique first, so it copied an array that shares its storage (as `filter` above may hand out) even when it
    /// removed nothing.
    mutating func removeAll(where shouldBeRemoved: (Element) throws -> Bool) rethrows {
        guard var kept = try firstIndex(where: shouldBeRemoved) else { return }
        var i = kept + 1
        while i < endIndex {
            if try !shouldBeRemoved(self[i]) {
                swapAt(kept, i)
                kept += 1
            }
            i += 1
        }
        removeSubrange(kept...)
    }
}
