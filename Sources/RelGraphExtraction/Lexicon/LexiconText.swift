import Foundation

/// Text helpers of the lexicon loader that answer as the Foundation calls they replace, without bridging
/// every line to NSString: trimming by a `CharacterSet` and the actor-id pattern.
enum LexiconText {
    /// `trimmingCharacters(in:)` for one character set: scalars are tested against the set itself (ASCII
    /// from a table made of it), from both ends, as Foundation tests UTF-16 units (no whitespace lies beyond
    /// the BMP).
    struct Trimmer: Sendable {
        let set: CharacterSet
        let ascii: [Bool]

        init(_ set: CharacterSet) {
            self.set = set
            ascii = (0..<128).map { set.contains(Unicode.Scalar(UInt8($0))) }
        }

        @inline(__always)
        func trims(_ s: Unicode.Scalar) -> Bool {
            s.value < 128 ? ascii[Int(s.value)] : (s.value <= 0xFFFF && set.contains(s))
        }

        func callAsFunction(_ s: Substring) -> String {
            let u = s.unicodeScalars
            var a = u.startIndex, b = u.endIndex
            while a < b && trims(u[a]) { a = u.index(after: a) }
            while b > a {
                let p = u.index(before: b)
                guard trims(u[p]) else { break }
                b = p
            }
            return String(u[a..<b])
        }

        func callAsFunction(_ s: String) -> String { self(Substring(s)) }
    }

    static let whitespaces = Trimmer(.whitespaces)
    static let whitespacesAndNewlines = Trimmer(.whitespacesAndNewlines)

    /// `s.split(separator: c, maxSplits:, omittingEmptySubsequences:)` (on Characters), done on scalars
    /// when every scalar is a Character of its own (then both split alike); else by Characters.
    static func split(_ s: Substring, separator c: Unicode.Scalar, maxSplits: Int = Int.max, omittingEmptySubsequences: Bool = true) -> [Substring] {
        let u = s.unicodeScalars
        guard u.allSatisfy(ScalarProperties.isOwnCharacter) else {
            return s.split(separator: Character(c), maxSplits: maxSplits, omittingEmptySubsequences: omittingEmptySubsequences)
        }
        var out: [Substring] = []
        var start = u.startIndex
        var i = u.startIndex
        while i < u.endIndex {
            if u[i] == c && out.count < maxSplits {
                if !(omittingEmptySubsequences && start == i) { out.append(s[start..<i]) }
                start = u.index(after: i)
            }
            i = u.index(after: i)
        }
        if !(omittingEmptySubsequences && start == u.endIndex) { out.append(s[start..<u.endIndex]) }
        return out
    }

    static let kinds: Set<String> = ["state", "person", "org", "agreement", "group"]

    /// Whether `id` matches `^(state|person|org|agreement|group):[a-z0-9]+(-[a-z0-9]+)*$` (an ICU regex, whose
    /// `$` also matches before one final line terminator).
    static func isWellFormedID(_ id: String) -> Bool {
        var u = Array(id.unicodeScalars)
        if u.count >= 2 && u[u.count - 2] == "\r" && u[u.count - 1] == "\n" {
            u.removeLast(2)
        } else if let last = u.last, [0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0x2028, 0x2029].contains(last.value) {
            u.removeLast()
        }
        guard let colon = u.firstIndex(of: ":") else { return false }
        guard kinds.contains(ScalarProperties.string(u[..<colon])) else { return false }
        let rest = u[(colon + 1)...]
        guard let first = rest.first, first != "-", rest.last != "-" else { return false }
        var previousHyphen = false
        for c in rest {
            if c == "-" {
                if previousHyphen { return false }
                previousHyphen = true
            } else if (c >= "a" && c <= "z") || (c >= "0" && c <= "9") {
                previousHyphen = false
            } else {
                return false
            }
        }
        return true
    }
}
