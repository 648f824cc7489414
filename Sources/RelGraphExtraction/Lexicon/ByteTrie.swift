/// A trie over UTF-8 bytes, kept in one flat array of plain nodes (first child, next sibling), so a
/// walk allocates nothing and retains nothing. Each key ends at a node carrying a payload index.
/// It serves `WordPatterns` and title heads for words of "simple" scalars (see `isSimple`): for those,
/// byte equality is exactly String equality and every scalar is a Character of its own.
struct ByteTrie: Sendable {
    struct Node: Sendable {
        var byte: UInt8
        var firstChild: Int32 = -1
        var nextSibling: Int32 = -1
        /// Index of the key's payload, or -1 when no key ends here.
        var payload: Int32 = -1
    }

    private(set) var nodes: [Node] = [Node(byte: 0)]
    /// The root's children by byte (the root has the most children).
    private var rootTable = [Int32](repeating: -1, count: 256)

    init() {}

    /// Scalars U+0020…U+02FF only: such a string is in NFC, each scalar is one Character, and no other
    /// spelling of it is canonically equivalent, so comparing its bytes is comparing the String.
    static func isSimple<C: Collection>(_ utf8: C) -> Bool where C.Element == UInt8 {
        for b in utf8 {
            if b < 0x20 { return false }
            // 0xCC and above lead scalars from U+0300 (combining marks) up; 0xC0/0xC1 are never valid
            if b >= 0xCC || b == 0xC0 || b == 0xC1 { return false }
        }
        return true
    }

    static func isSimple(_ s: String) -> Bool { isSimple(s.utf8) }

    /// The node for `bytes` (created as needed), in the order given.
    mutating func node<C: Collection>(for bytes: C) -> Int where C.Element == UInt8 {
        var at = 0
        for b in bytes {
            let next = child(of: at, b)
            if next >= 0 { at = next; continue }
            let n = Int32(nodes.count)
            nodes.append(Node(byte: b, firstChild: -1, nextSibling: nodes[at].firstChild))
            nodes[at].firstChild = n
            if at == 0 { rootTable[Int(b)] = n }
            at = Int(n)
        }
        return at
    }

    mutating func setPayload(_ node: Int, _ payload: Int) { nodes[node].payload = Int32(payload) }

    @inline(__always)
    func child(of node: Int, _ b: UInt8) -> Int {
        if node == 0 { return Int(rootTable[Int(b)]) }
        return nodes.withUnsafeBufferPointer { ns in
            var c = ns[node].firstChild
            while c >= 0 {
                if ns[Int(c)].byte == b { return Int(c) }
                c = ns[Int(c)].nextSibling
            }
            return -1
        }
    }

    /// Calls `found` with the payload of every key that is a prefix of `bytes`, shortest first.
    @inline(__always)
    func forEachPrefix(of bytes: UnsafeBufferPointer<UInt8>, _ found: (Int) -> Void) {
        var at = 0
        for b in bytes {
            at = child(of: at, b)
            if at < 0 { return }
            let p = nodes[at].payload
            if p >= 0 { found(Int(p)) }
        }
    }

    /// Calls `found` with the payload of every key that, reversed, is a suffix of `bytes` (keys are
    /// inserted reversed), shortest first.
    @inline(__always)
    func forEachSuffix(of bytes: UnsafeBufferPointer<UInt8>, _ found: (Int) -> Void) {
        var at = 0
        var i = bytes.count
        while i > 0 {
            i -= 1
            at = child(of: at, bytes[i])
            if at < 0 { return }
            let p = nodes[at].payload
            if p >= 0 { found(Int(p)) }
        }
    }
}
