/// Single-word forms with optional `*` wildcards at either end, matched against lower-case words.
/// Exact forms are a dictionary look-up; prefix and suffix forms look up each prefix and suffix of the word.
public struct WordPatterns<Value: Sendable>: Sendable {
    private var exact: [String: [Value]] = [:]
    private var prefixes: [String: [Value]] = [:]
    private var suffixes: [String: [Value]] = [:]
    private var infixes: [(String, Value)] = []
    private var minAffix = Int.max
    public private(set) var count = 0

    public init() {}

    public mutating func insert(_ form: String, _ value: Value) {
        let f = form.lowercased()
        count += 1
        let lead = f.hasPrefix("*"), trail = f.hasSuffix("*")
        let core = String(f.drop(while: { $0 == "*" }).reversed().drop(while: { $0 == "*" }).reversed())
        guard !core.isEmpty else { return }
        switch (lead, trail) {
        case (false, false): exact[core, default: []].append(value)
        case (false, true): prefixes[core, default: []].append(value); minAffix = min(minAffix, core.count)
        case (true, false): suffixes[core, default: []].append(value); minAffix = min(minAffix, core.count)
        case (true, true): infixes.append((core, value))
        }
    }

    /// Every value whose form matches the lower-case word.
    public func matches(_ word: String) -> [Value] {
        var out = exact[word] ?? []
        let n = word.count
        if n >= minAffix && (!prefixes.isEmpty || !suffixes.isEmpty) {
            let chars = Array(word)
            if !prefixes.isEmpty {
                for k in minAffix...n { if let v = prefixes[String(chars[0..<k])] { out += v } }
            }
            if !suffixes.isEmpty {
                for k in minAffix...n { if let v = suffixes[String(chars[(n - k)..<n])] { out += v } }
            }
        }
        for (core, v) in infixes where word.contains(core) { out.append(v) }
        return out
    }

    public func contains(_ word: String) -> Bool { !matches(word).isEmpty }
}
