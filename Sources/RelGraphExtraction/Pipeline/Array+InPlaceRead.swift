extension Array {
    /// One field of the element at `i`, read through the array's buffer: `read` gets a pointer to the element and
    /// projects the field from it, so only that field is copied (an out-of-line subscript getter copies the
    /// whole element, retaining and releasing every reference it holds). Traps on an index out of range, as the
    /// subscript does.
    @inline(__always)
    func readInPlace<T>(_ i: Int, _ read: (UnsafePointer<Element>) -> T) -> T {
        withUnsafeBufferPointer { b in
            precondition(i >= 0 && i < b.count, "Index out of range")
            return read(b.baseAddress! + i)
        }
    }
}
