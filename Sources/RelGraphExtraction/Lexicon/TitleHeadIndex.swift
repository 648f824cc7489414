/// German compound heads of offices ("minister", "sprecher"), indexed for the question "which is the
/// longest head that ends this word?": a trie of the heads' reversed UTF-8 bytes answers it for simple
/// words without building a String; other words are answered by String look-ups of each suffix.
public struct TitleHeadIndex: Sendable {
    public let heads: Set<String>
    /// The shortest and longest head, in Characters (the shortest at least 1).
    public let minLength: Int
    public let maxLength: Int
    private let trie: ByteTrie
    private let headOfPayload: [String]
    private let allSimple: Bool
    /// Per byte: some head ends in that ASCII letter; nil unless every head's last Character is one ASCII
    /// scalar (other than CR and LF). A word whose last byte is ASCII ends in that one-scalar Character
    /// (no ASCII scalar extends a cluster, and CR LF ends in LF), which equals only that scalar: without a
    /// head ending in it, no head is its suffix.
    private let lastBytes: [Bool]?

    public init(_ list: [String]) {
        heads = Set(list)
        minLength = max(1, list.map(\.count).min() ?? 1)
        maxLength = list.map(\.count).max() ?? 0
        var trie = ByteTrie()
        var payloads: [String] = []
        for h in heads.sorted() {
            let node = trie.node(for: Array(h.utf8).reversed())
            trie.setPayload(node, payloads.count)
            payloads.append(h)
        }
        self.trie = trie
        headOfPayload = payloads
        allSimple = heads.allSatisfy { ByteTrie.isSimple($0) }
        var last = [Bool](repeating: false, count: 256)
        var asciiEnds = true
        for h in heads {
            guard let c = h.last, c.unicodeScalars.count == 1, let v = c.unicodeScalars.first?.value, v < 0x80, v != 0x0A, v != 0x0D else {
                asciiEnds = false
                break
            }
            last[Int(v)] = true
        }
        lastBytes = asciiEnds ? last : nil
    }

    public var isEmpty: Bool { heads.isEmpty }

    /// The longest head that is a suffix of the lower-case word (comparing Characters), if any.
    public func longestSuffix(of lower: String) -> String? {
        // (a word ending in a letter no head ends in: no walk; most words)
        if let lastBytes, let b = lower.utf8.last, b < 0x80, !lastBytes[Int(b)] { return nil }
        if allSimple, let r = lower.utf8.withContiguousStorageIfAvailable({ bytes -> String?? in
            guard ByteTrie.isSimple(bytes) else { return nil }
            var best = -1
            trie.forEachSuffix(of: bytes) { best = $0 }
            return .some(best >= 0 ? headOfPayload[best] : nil)
        }), let answer = r {
            return answer
        }
        let chars = Array(lower)
        for k in stride(from: min(chars.count, maxLength), through: minLength, by: -1) where k <= chars.count {
            let suffix = String(chars[(chars.count - k)...])
            if heads.contains(suffix) { return suffix }
        }
        return nil
    }
}
