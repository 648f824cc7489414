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
}
