/// Single-word forms with optional `*` wildcards at either end, matched against lower-case words.
/// Exact forms are a dictionary look-up; prefix and suffix forms look up each prefix and suffix of the word.
/// Words and forms of simple scalars (Latin, up to U+02FF: nearly every word) are matched on their UTF-8
/// bytes through tries, with no String built; any other word takes the general path, with the same result.
public struct WordPatterns<Value: Sendable>: Sendable {
    private var exact: [String: [Value]] = [:]
    /// The exact forms, for a quick "no exact form is this word".
    private var exactFilter = AsciiWordFilter()
    private var prefixes: [String: [Value]] = [:]
    private var suffixes: [String: [Value]] = [:]
    private var infixes: [(String, Value)] = []
    private var minAffix = Int.max
    public private(set) var count = 0
    /// Prefix forms, and suffix forms reversed, by UTF-8 bytes; payloads index `affixValues`.
    private var prefixTrie = ByteTrie()
    private var suffixTrie = ByteTrie()
    private var affixValues: [[Value]] = []
    /// Every prefix and suffix form is simple (`ByteTrie.isSimple`): the tries may answer for simple words.
    private var affixesSimple = true

    public init() {}

    public mutating func insert(_ form: String, _ value: Value) {
        let f = form.lowercased()
        count += 1
        let lead = f.hasPrefix("*"), trail = f.hasSuffix("*")
        // the form without its leading and trailing "*" Characters
        var a = f.startIndex, b = f.endIndex
        while a < b && f[a] == "*" { a = f.index(after: a) }
        while b > a {
            let p = f.index(before: b)
            guard f[p] == "*" else { break }
            b = p
        }
        let core = String(f[a..<b])
        guard !core.isEmpty else { return }
        switch (lead, trail) {
        case (false, false):
            exact[core, default: []].append(value)
            exactFilter.insert(core)
        case (false, true):
            prefixes[core, default: []].append(value); minAffix = min(minAffix, core.count)
            Self.add(Array(core.utf8), value, to: &prefixTrie, &affixValues)
            if !ByteTrie.isSimple(core) { affixesSimple = false }
        case (true, false):
            suffixes[core, default: []].append(value); minAffix = min(minAffix, core.count)
            Self.add(Array(core.utf8).reversed(), value, to: &suffixTrie, &affixValues)
            if !ByteTrie.isSimple(core) { affixesSimple = false }
        case (true, true): infixes.append((core, value))
        }
    }

    /// Adds a form's bytes to a trie (in place: the trie is not copied).
    private static func add(_ bytes: [UInt8], _ value: Value, to trie: inout ByteTrie, _ values: inout [[Value]]) {
        let node = trie.node(for: bytes)
        let p = Int(trie.nodes[node].payload)
        if p >= 0 {
            values[p].append(value)
        } else {
            trie.setPayload(node, values.count)
            values.append([value])
        }
    }

    /// Every value whose form matches the lower-case word.
    public func matches(_ word: String) -> [Value] {
        var out = exactFilter.mayContain(word) ? exact[word] ?? [] : []
        if !prefixes.isEmpty || !suffixes.isEmpty {
            let done: Bool? = affixesSimple ? word.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
                guard ByteTrie.isSimple(bytes) else { return false }
                if !prefixes.isEmpty { prefixTrie.forEachPrefix(of: bytes) { out += affixValues[$0] } }
                if !suffixes.isEmpty { suffixTrie.forEachSuffix(of: bytes) { out += affixValues[$0] } }
                return true
            } : nil
            if done != true { generalAffixes(word, into: &out) }
        }
        for (core, v) in infixes where word.contains(core) { out.append(v) }
        return out
    }

    /// Prefixes and suffixes by Characters, as String look-ups (canonical equivalence included).
    private func generalAffixes(_ word: String, into out: inout [Value]) {
        let n = word.count
        guard n >= minAffix else { return }
        let chars = Array(word)
        if !prefixes.isEmpty {
            for k in minAffix...n { if let v = prefixes[String(chars[0..<k])] { out += v } }
        }
        if !suffixes.isEmpty {
            for k in minAffix...n { if let v = suffixes[String(chars[(n - k)..<n])] { out += v } }
        }
    }

    public func contains(_ word: String) -> Bool { !matches(word).isEmpty }

    /// Exactly `!matches(word).isEmpty`, with no array built: an exact form (whose list is never empty),
    /// or an affix or infix form (`hasAffixMatch`).
    public func hasMatch(_ word: String) -> Bool {
        if exactFilter.mayContain(word), exact[word] != nil { return true }
        return hasAffixMatch(word)
    }

    /// The exact forms (no wildcard): `matches` finds a value for each of them.
    public var exactForms: Dictionary<String, [Value]>.Keys { exact.keys }

    /// Whether a prefix, suffix or infix form matches the lower-case word: with `exactForms`, exactly
    /// `!matches(word).isEmpty`, with nothing collected.
    public func hasAffixMatch(_ word: String) -> Bool {
        if !prefixes.isEmpty || !suffixes.isEmpty {
            var found = false
            let done: Bool? = affixesSimple ? word.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
                guard ByteTrie.isSimple(bytes) else { return false }
                if !prefixes.isEmpty { prefixTrie.forEachPrefix(of: bytes) { _ in found = true } }
                if !found && !suffixes.isEmpty { suffixTrie.forEachSuffix(of: bytes) { _ in found = true } }
                return true
            } : nil
            if done != true {
                var out: [Value] = []
                generalAffixes(word, into: &out)
                found = !out.isEmpty
            }
            if found { return true }
        }
        for (core, _) in infixes where word.contains(core) { return true }
        return false
    }
}
