/// What a case-insensitive, start-anchored boilerplate regex needs of a line, read from its pattern: the
/// characters its match can start with, and literal runs every match contains. A line that lacks them
/// cannot match, so the regex need not run; the decision is the regex's own, only cheaper.
///
/// The reading is conservative: anything not understood (look-arounds, flags, `\w`, negated classes, any
/// letter outside the "safe" set) widens the answer to "may match". Safe scalars are ASCII, Latin-1 letters
/// except ß, Latin Extended-A letters but İ ı ŉ ſ, Ș ș Ț ț, and punctuation without case: for them, ICU's case-insensitive matching (full case folding) is
/// plain lower-casing. A line holding another scalar (ß, ligatures, the Kelvin sign, Greek, ...) is tested by
/// the regex itself.
final class RegexPrefilter: Sendable {
    /// Lower-cased scalars a match can start with; nil: any.
    let first: Set<UInt32>?
    /// Lower-cased literal runs that every match contains.
    let runs: [[UInt32]]
    /// The adjacent pairs of each run (`PairBits`), checked against the line's before the run is looked for.
    let runPairs: [PairBits]
    /// The most scalars a match of a safe line can have (each atom matches one scalar of such a line; an
    /// unsafe literal such as ß may match more, and leaves it open); nil: no bound.
    let maxLength: Int?
    /// Some atom of the pattern can match a space (U+0020); if none can, a line holding a space cannot
    /// match, since the match is the whole line (no scalar folds to a space, nor a space to another one).
    let admitsSpace: Bool
    /// Lower-cased literal starts, one of which every match begins with (the match starts the line); nil: not known.
    let prefixes: [[UInt32]]?

    init(pattern: String) {
        var parser = Parser(Array(pattern.unicodeScalars))
        guard let alternatives = parser.alternation(), parser.atEnd else {
            first = nil
            runs = []
            runPairs = []
            maxLength = nil
            admitsSpace = true
            prefixes = nil
            return
        }
        admitsSpace = parser.admitsSpace
        prefixes = Self.prefixes(alternatives)
        first = Self.firstSet(of: .group(alternatives), then: nil)
        runs = Self.requiredRuns(alternatives)
        runPairs = runs.map(PairBits.init)
        maxLength = Self.maxLength(.group(alternatives))
    }

    /// A line lower-cased once for all filters. `sharpS`: the line holds ß or ẞ (kept as the value
    /// `sharpSMark`, which no run contains), whose case folding is "ss": runs with an "s" are then not
    /// checked. Nil when the line holds any other scalar outside the safe set.
    struct LoweredLine {
        var scalars: [UInt32]
        var sharpS: Bool
        /// The line holds a space (U+0020).
        var space = false
        /// With `sharpS`: the line with each ß as "ss" (its case folding); else empty.
        var folded: [UInt32] = []
        /// The adjacent pairs of `scalars`.
        var pairs = PairBits()
    }

    static let sharpSMark: UInt32 = 0xDF

    static func loweredLine(_ line: ArraySlice<Unicode.Scalar>) -> LoweredLine? {
        var sharpS = false
        var space = false
        var pairs = PairBits()
        var safe = true
        // written in place from the line's buffer, the last value kept in a local (every scalar of a short
        // line comes here: an append's capacity check and reading `last` back cost more than lowering)
        let lower = [UInt32](unsafeUninitializedCapacity: line.count) { out, count in
            line.withUnsafeBufferPointer { scalars in
                var n = 0
                var previous: UInt32 = 0
                for s in scalars {
                    let l: UInt32
                    if s.value < 0x80 {
                        l = s.value &- 0x41 < 26 ? s.value + 0x20 : s.value
                    } else if let x = lowered(s) {
                        l = x
                    } else if s.value == 0xDF || s.value == 0x1E9E {
                        sharpS = true
                        out[n] = sharpSMark
                        n += 1
                        previous = sharpSMark
                        continue
                    } else {
                        safe = false
                        break
                    }
                    if l == 0x20 { space = true }
                    if n > 0 { pairs.insert(previous, l) }
                    out[n] = l
                    n += 1
                    previous = l
                }
                count = n
            }
        }
        guard safe else { return nil }
        return LoweredLine(scalars: lower, sharpS: sharpS, space: space, folded: sharpS ? foldedSharpS(lower) : [], pairs: sharpS ? PairBits() : pairs)
    }

    /// Whether the line may match, given its first scalar lower-cased (nil: not safe) and its lower-cased form.
    func mayMatch(firstKey: UInt32?, lower: LoweredLine?) -> Bool {
        guard let key = firstKey else { return true }
        if let first, !first.contains(key) { return false }
        return mayMatch(lower: lower)
    }

    /// `mayMatch(firstKey:lower:)` for a line whose first scalar passed the first-scalar test.
    func mayMatch(lower: LoweredLine?) -> Bool {
        guard let lower else { return true }
        if lower.space && !admitsSpace { return false }
        if let maxLength, lower.scalars.count > maxLength { return false }
        // ß folds to "ss": with one in the line, runs and starts with an "s" are looked for in the folded line
        if lower.sharpS {
            for run in runs where !Self.contains(run.contains(0x73) ? lower.folded : lower.scalars, run) { return false }
            if let prefixes, !prefixes.contains(where: { Self.hasPrefix($0.contains(0x73) ? lower.folded : lower.scalars, $0) }) { return false }
            return true
        }
        if let prefixes {
            var found = false
            for p in prefixes where Self.hasPrefix(lower.scalars, p) {
                found = true
                break
            }
            if !found { return false }
        }
        for k in runs.indices where !(lower.pairs.covers(runPairs[k]) && Self.contains(lower.scalars, runs[k])) { return false }
        return true
    }

    /// The line with each ß (`sharpSMark`) as "ss": its case folding, for a line of safe scalars and ß.
    static func foldedSharpS(_ line: [UInt32]) -> [UInt32] {
        var out: [UInt32] = []
        out.reserveCapacity(line.count + 4)
        for c in line {
            if c == sharpSMark { out.append(0x73); out.append(0x73) } else { out.append(c) }
        }
        return out
    }

    static func hasPrefix(_ hay: [UInt32], _ prefix: [UInt32]) -> Bool {
        guard prefix.count <= hay.count else { return false }
        for k in prefix.indices where hay[k] != prefix[k] { return false }
        return true
    }

    /// Starts every match of the alternatives begins with; nil if one may begin with anything (or too many).
    private static func prefixes(_ alternatives: [[Item]]) -> [[UInt32]]? {
        var out: [[UInt32]] = []
        for seq in alternatives {
            guard let starts = prefixes(sequence: seq[...]) else { return nil }
            out += starts.map(\.prefix)
        }
        guard !out.isEmpty, !out.contains(where: \.isEmpty) else { return nil }
        return out
    }

    /// The literal starts of a sequence's matches, each with whether it is the whole match (the sequence
    /// is literals only, so what follows the sequence continues it); nil: too many.
    private static func prefixes(sequence: ArraySlice<Item>) -> [(prefix: [UInt32], whole: Bool)]? {
        var current: [(prefix: [UInt32], whole: Bool)] = [([], true)]
        for item in sequence {
            guard current.contains(where: \.whole) else { break }
            let optional = !item.required && item.quantified && item.maxRepeat == 1
            let once = item.required && !item.quantified
            var next: [(prefix: [UInt32], whole: Bool)] = []
            switch item.node {
            case .zeroWidth:
                continue
            case .literal(let c) where once:
                // (each whole start extended in place, in the same order: `p.prefix + [c]` made a new array of the start
                // for every literal of the pattern; the count is the one checked last)
                for k in current.indices where current[k].whole { current[k].prefix.append(c) }
                continue
            case .literal(let c) where optional:
                for p in current {
                    guard p.whole else { next.append(p); continue }
                    if optional { next.append(p) }
                    next.append((p.prefix + [c], true))
                }
            case .group(let alts) where once || optional:
                var subs: [(prefix: [UInt32], whole: Bool)] = []
                for alt in alts {
                    guard let s = prefixes(sequence: alt[...]) else { return nil }
                    subs += s
                }
                for p in current {
                    guard p.whole else { next.append(p); continue }
                    if optional { next.append(p) }
                    for q in subs { next.append((p.prefix + q.prefix, q.whole)) }
                }
            default:
                next = current.map { ($0.prefix, false) }
            }
            guard next.count <= 64 else { return nil }
            current = next
        }
        return current
    }

    static func contains(_ hay: [UInt32], _ needle: [UInt32]) -> Bool {
        let n = hay.count, m = needle.count
        guard m > 0 else { return true }
        guard m <= n else { return false }
        let f = needle[0]
        var i = 0
        while i <= n - m {
            if hay[i] == f {
                var k = 1
                while k < m && hay[i + k] == needle[k] { k += 1 }
                if k == m { return true }
            }
            i += 1
        }
        return false
    }

    /// The lower-case form of a safe scalar; nil for any other.
    static func lowered(_ s: Unicode.Scalar) -> UInt32? {
        let v = s.value
        if v < 0x80 { return v >= 0x41 && v <= 0x5A ? v + 0x20 : v }
        if v >= 0xC0 && v <= 0xFF {
            if v == 0xDF { return nil }  // ß folds to "ss"
            return v <= 0xDE && v != 0xD7 ? v + 0x20 : v
        }
        if v >= 0xA0 && v <= 0xBF { return v == 0xB5 ? nil : v }  // µ folds to Greek mu
        if v >= 0x100 && v <= 0x17F {
            // Latin Extended-A ("Chișinău", "Łódź", "Gdańsk"): each folds to one scalar beyond ASCII, its
            // lower case, which no other scalar folds to; not İ, ı, ŉ, ſ (they fold to, or as, ASCII letters
            // or to two scalars)
            switch v {
            case 0x130, 0x131, 0x149, 0x17F: return nil
            case 0x138: return v  // ĸ has no capital
            case 0x178: return 0xFF  // Ÿ → ÿ
            case 0x100...0x137, 0x14A...0x177: return v | 1  // capital even, small odd
            default: return v & 1 == 1 ? v + 1 : v  // 0x139–0x148, 0x179–0x17E: capital odd, small even
            }
        }
        if v >= 0x218 && v <= 0x21B { return v | 1 }  // Ș ș Ț ț (comma below)
        if v >= 0x2000 && v <= 0x206F { return v }  // general punctuation: dashes, quotes, ellipsis, ‹ ›
        if v >= 0x20A0 && v <= 0x20CF { return v }  // currency signs
        return nil
    }

    // MARK: - analysis

    indirect enum Node {
        case literal(UInt32)
        /// a set of lower-cased scalars (a class or `\d`, restricted to what a safe line can hold)
        case set(Set<UInt32>)
        /// any one scalar: `.`, `\w`, negated classes
        case any
        /// anything, of any length: a literal outside the safe set (ß may match "ss"), a class holding one
        case wide
        /// consumes nothing: `^`, `$`, `\b`
        case zeroWidth
        case group([[Item]])
    }

    struct Item {
        var node: Node
        /// At least one repetition is needed.
        var required: Bool
        /// More than one repetition may follow (or none).
        var quantified: Bool
        /// The most repetitions (nil: no limit).
        var maxRepeat: Int? = 1
    }

    /// The most scalars a node matches in a safe line; nil: no bound.
    private static func maxLength(_ node: Node) -> Int? {
        switch node {
        case .literal, .set, .any: return 1
        case .zeroWidth: return 0
        case .wide: return nil
        case .group(let alts):
            var longest = 0
            for seq in alts {
                var sum = 0
                for item in seq {
                    guard let l = maxLength(item.node) else { return nil }
                    if l == 0 { continue }
                    guard let r = item.maxRepeat else { return nil }
                    sum += l * r
                }
                longest = max(longest, sum)
            }
            return longest
        }
    }

    /// The first-scalar set of `node` followed by the rest (nil: any).
    private static func firstSet(of node: Node, then rest: Set<UInt32>??) -> Set<UInt32>? {
        let (set, nullable) = first(node)
        guard nullable else { return set }
        guard let rest else { return nil }  // the whole pattern may be empty: no constraint
        guard let s = set, let r = rest else { return nil }
        return s.union(r)
    }

    /// The first scalars of a node and whether it can match the empty string.
    private static func first(_ node: Node) -> (Set<UInt32>?, Bool) {
        switch node {
        case .literal(let c): return ([c], false)
        case .set(let s): return (s, false)
        case .any, .wide: return (nil, false)
        case .zeroWidth: return ([], true)
        case .group(let alts):
            var union: Set<UInt32>? = []
            var nullable = false
            for seq in alts {
                let (s, n) = first(sequence: seq[...])
                if let s { union?.formUnion(s) } else { union = nil }
                if n { nullable = true }
            }
            return (union, nullable)
        }
    }

    private static func first(sequence: ArraySlice<Item>) -> (Set<UInt32>?, Bool) {
        var union: Set<UInt32>? = []
        for item in sequence {
            let (s, n) = first(item.node)
            if let s { union?.formUnion(s) } else { union = nil }
            if item.required && !n { return (union, false) }
        }
        return (union, true)
    }

    /// Literal runs that every match contains: only from a pattern (or its single top group) without alternatives.
    private static func requiredRuns(_ alternatives: [[Item]]) -> [[UInt32]] {
        guard alternatives.count == 1 else { return [] }
        var seq = alternatives[0]
        // "^(?:…)$": look into a lone required group
        while true {
            let consuming = seq.filter { if case .zeroWidth = $0.node { return false } else { return true } }
            if consuming.count == 1, case .group(let alts) = consuming[0].node, alts.count == 1, consuming[0].required, !consuming[0].quantified {
                seq = alts[0]
            } else {
                break
            }
        }
        var runs: [[UInt32]] = []
        var run: [UInt32] = []
        func close() {
            if !run.isEmpty { runs.append(run) }
            run = []
        }
        for item in seq {
            switch item.node {
            case .zeroWidth: continue
            case .literal(let c) where item.required:
                run.append(c)
                if item.quantified { close() }
            default: close()
            }
        }
        close()
        return runs
    }

    struct Parser {
        let p: [Unicode.Scalar]
        var i = 0
        /// Some atom read so far can match a space: a space, `.`, `\s`, `\W`, `\D`, a negated class, or a
        /// class with a space, one of those escapes or a range over U+0020.
        var admitsSpace = false

        init(_ p: [Unicode.Scalar]) { self.p = p }

        var atEnd: Bool { i >= p.count }

        mutating func alternation() -> [[Item]]? {
            var alts: [[Item]] = []
            var seq: [Item] = []
            while i < p.count {
                let c = p[i]
                if c == "|" { alts.append(seq); seq = []; i += 1; continue }
                if c == ")" { break }
                guard let node = atom() else { return nil }
                guard let item = quantify(node) else { return nil }
                seq.append(item)
            }
            alts.append(seq)
            return alts
        }

        mutating func atom() -> Node? {
            let c = p[i]
            i += 1
            switch c {
            case "(":
                if i < p.count && p[i] == "?" {
                    guard i + 1 < p.count, p[i + 1] == ":" else { return nil }
                    i += 2
                }
                guard let alts = alternation(), i < p.count, p[i] == ")" else { return nil }
                i += 1
                return .group(alts)
            case "[": return charClass()
            case ".":
                admitsSpace = true
                return .any
            case "^", "$": return .zeroWidth
            case "\\":
                guard i < p.count else { return nil }
                let e = p[i]
                i += 1
                switch e {
                case "b", "B": return .zeroWidth
                case "d": return .set(Set((0x30...0x39).map { UInt32($0) }))
                case "w", "S": return .any
                case "W", "s", "D":
                    admitsSpace = true
                    return .any
                default:
                    // any other letter or digit escape (\p{…}, \x…, \Q…\E, back-references) is not read
                    return Self.isEscapedLiteral(e) ? literal(e) : nil
                }
            case "*", "+", "?", "{", ")", "|": return nil
            default: return literal(c)
            }
        }

        static func isEscapedLiteral(_ e: Unicode.Scalar) -> Bool {
            e.value < 0x80 && !(e.properties.isAlphabetic || e.properties.numericType != nil)
        }

        mutating func literal(_ c: Unicode.Scalar) -> Node {
            if c == " " { admitsSpace = true }
            guard let l = RegexPrefilter.lowered(c) else { return .wide }
            return .literal(l)
        }

        mutating func charClass() -> Node? {
            var set = Set<UInt32>()
            var known = true
            var wide = false
            if i < p.count && p[i] == "^" { known = false; admitsSpace = true; i += 1 }
            if i < p.count && p[i] == ":" { return nil }  // "[:alpha:]" is a property in ICU
            var firstInClass = true
            while i < p.count {
                var c = p[i]
                if c == "]" && !firstInClass { break }
                firstInClass = false
                i += 1
                if c == "[" { return nil }  // nested sets: not read
                if c == "\\" {
                    guard i < p.count else { return nil }
                    let e = p[i]
                    i += 1
                    if e == "d" { set.formUnion((0x30...0x39).map { UInt32($0) }); continue }
                    if ["w", "W", "s", "S", "D"].contains(e) {
                        if ["W", "s", "D"].contains(e) { admitsSpace = true }
                        known = false
                        continue
                    }
                    guard Self.isEscapedLiteral(e) else { return nil }
                    c = e
                }
                if i + 1 < p.count && p[i] == "-" && p[i + 1] != "]" {
                    var hi = p[i + 1]
                    i += 2
                    if hi == "\\" {
                        guard i < p.count, Self.isEscapedLiteral(p[i]) else { return nil }
                        hi = p[i]
                        i += 1
                    }
                    if c.value <= 0x20 && 0x20 <= hi.value { admitsSpace = true }
                    guard c.value < 0x80, hi.value < 0x80, c.value <= hi.value else { wide = true; continue }
                    for v in c.value...hi.value {
                        if let l = RegexPrefilter.lowered(Unicode.Scalar(v)!) { set.insert(l) }
                    }
                    continue
                }
                if c == " " { admitsSpace = true }
                if let l = RegexPrefilter.lowered(c) { set.insert(l) } else { wide = true }
            }
            guard i < p.count, p[i] == "]" else { return nil }
            i += 1
            return wide ? .wide : known ? .set(set) : .any
        }

        mutating func quantify(_ node: Node) -> Item? {
            guard i < p.count else { return Item(node: node, required: true, quantified: false) }
            var item = Item(node: node, required: true, quantified: false)
            switch p[i] {
            case "?": item.required = false; item.quantified = true; i += 1
            case "*": item.required = false; item.quantified = true; item.maxRepeat = nil; i += 1
            case "+": item.quantified = true; item.maxRepeat = nil; i += 1
            case "{":
                // {n}, {n,}, {n,m}
                var j = i + 1
                func number() -> Int? {
                    var digits = ""
                    while j < p.count, p[j].value >= 0x30 && p[j].value <= 0x39 { digits.unicodeScalars.append(p[j]); j += 1 }
                    return Int(digits)
                }
                guard let n = number(), j < p.count else { return nil }
                var m: Int? = n
                if p[j] == "," {
                    j += 1
                    m = number()
                }
                guard j < p.count, p[j] == "}" else { return nil }
                i = j + 1
                item.required = n > 0
                item.quantified = true
                item.maxRepeat = m
            default: return item
            }
            // lazy or possessive marks change nothing here
            if i < p.count && (p[i] == "?" || p[i] == "+") { i += 1 }
            return item
        }
    }
}
