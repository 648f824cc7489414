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
            // Fast path: both ends are ASCII (as in nearly every lexicon field), so the bytes are tested
            // against the ASCII table directly; a non-ASCII byte at either end takes the scalar path below.
            // (the trimmed String made from the bytes at once: the same bytes as the String of the Substring
            // between those offsets, without two offset indexes and a Substring made to find them)
            let trimmed: String?? = s.utf8.withContiguousStorageIfAvailable { buf -> String? in
                var a = 0, b = buf.count
                while a < b {
                    let c = buf[a]
                    if c >= 0x80 { return nil }
                    if !ascii[Int(c)] { break }
                    a += 1
                }
                while b > a {
                    let c = buf[b - 1]
                    if c >= 0x80 { return nil }
                    if !ascii[Int(c)] { break }
                    b -= 1
                }
                return String(decoding: UnsafeBufferPointer(rebasing: buf[a..<b]), as: UTF8.self)
            }
            if case let .some(.some(t)) = trimmed { return t }
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
        // Fast path: every UTF-8 byte below 0xCC means every scalar is below U+0300, each a Character of its
        // own, and an ASCII separator byte is never part of a longer scalar: splitting the bytes at it splits
        // the Characters alike. Walking the scalar view instead cost most of the lexicon's load time.
        if c.isASCII, let out = splitBytes(s, separator: UInt8(c.value), maxSplits: maxSplits, omittingEmptySubsequences: omittingEmptySubsequences) {
            return out
        }
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

    /// `split(s, separator:, maxSplits:, omittingEmptySubsequences:).map { whitespaces($0) }`, made from the
    /// line's bytes directly when every byte is below 0xCC and each field ends in ASCII at both sides (then
    /// byte-level splitting splits as Characters do, and trimming tests only the ASCII table); else by those calls.
    static func splitTrimmed(_ s: String, separator c: Unicode.Scalar, maxSplits: Int = Int.max, omittingEmptySubsequences: Bool = true) -> [String] {
        var line = s
        let fast: [String]? = !c.isASCII ? nil : line.withUTF8 { buf -> [String]? in
            let sep = UInt8(c.value), ascii = whitespaces.ascii
            var out: [String] = []
            // (room for every field at once: an array grown field by field was allocated and copied again at 1, 2, 4
            // and 8 fields, for every record line and every list)
            var separators = 0
            for i in 0..<buf.count where buf[i] == sep { separators += 1 }
            out.reserveCapacity(min(separators, maxSplits) + 1)
            var start = 0, splits = 0
            func field(_ a: Int, _ b: Int) -> Bool {
                var a = a, b = b
                while a < b && buf[a] < 0x80 && ascii[Int(buf[a])] { a += 1 }
                while b > a && buf[b - 1] < 0x80 && ascii[Int(buf[b - 1])] { b -= 1 }
                if a < b && (buf[a] >= 0x80 || buf[b - 1] >= 0x80) { return false }
                out.append(String(decoding: UnsafeBufferPointer(rebasing: buf[a..<b]), as: UTF8.self))
                return true
            }
            for i in 0..<buf.count {
                let b = buf[i]
                if b >= 0xCC { return nil }
                if b == sep && splits < maxSplits {
                    if !(omittingEmptySubsequences && start == i) {
                        guard field(start, i) else { return nil }
                        splits += 1
                    }
                    start = i + 1
                }
            }
            if !(omittingEmptySubsequences && start == buf.count) { guard field(start, buf.count) else { return nil } }
            return out
        }
        return fast ?? split(Substring(s), separator: c, maxSplits: maxSplits, omittingEmptySubsequences: omittingEmptySubsequences).map { whitespaces($0) }
    }

    /// `split` on the UTF-8 bytes; nil when some byte is 0xCC or above (a scalar that may join the one before).
    private static func splitBytes(_ s: Substring, separator sep: UInt8, maxSplits: Int, omittingEmptySubsequences: Bool) -> [Substring]? {
        let cuts: [(Int, Int)]?? = s.utf8.withContiguousStorageIfAvailable { buf -> [(Int, Int)]? in
            var cuts: [(Int, Int)] = []
            var start = 0
            for i in 0..<buf.count {
                let b = buf[i]
                if b >= 0xCC { return nil }
                if b == sep && cuts.count < maxSplits {
                    if !(omittingEmptySubsequences && start == i) { cuts.append((start, i)) }
                    start = i + 1
                }
            }
            if !(omittingEmptySubsequences && start == buf.count) { cuts.append((start, buf.count)) }
            return cuts
        }
        guard case let .some(.some(cuts)) = cuts else { return nil }
        let u8 = s.utf8
        return cuts.map { s[u8.index(u8.startIndex, offsetBy: $0.0)..<u8.index(u8.startIndex, offsetBy: $0.1)] }
    }

    static let kinds: Set<String> = ["state", "person", "org", "agreement", "group"]

    /// Whether `id` matches `^(state|person|org|agreement|group):[a-z0-9]+(-[a-z0-9]+)*$` (an ICU regex, whose
    /// `$` also matches before one final line terminator).
    static func isWellFormedID(_ id: String) -> Bool {
        if let answer = isWellFormedASCIIID(id) { return answer }
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

    /// `isWellFormedID` on the bytes of an id of ASCII that does not end in a line terminator (every id of
    /// the shipped lexicon), without an array of scalars, a String of its kind and a set look-up; nil for
    /// any other id, which the scalar check answers.
    private static func isWellFormedASCIIID(_ id: String) -> Bool? {
        var id = id
        return id.withUTF8 { b -> Bool? in
            let n = b.count
            guard n > 0, b[n - 1] < 0x0A || b[n - 1] > 0x0D else { return nil }
            var colon = -1
            for i in 0..<n {
                if b[i] >= 0x80 { return nil }
                if colon < 0 && b[i] == 0x3A { colon = i }
            }
            guard colon >= 0 else { return false }
            let kind = UnsafeBufferPointer(rebasing: b[..<colon])
            guard kind.elementsEqual("state".utf8) || kind.elementsEqual("person".utf8) || kind.elementsEqual("org".utf8)
                || kind.elementsEqual("agreement".utf8) || kind.elementsEqual("group".utf8) else { return false }
            let start = colon + 1
            guard start < n, b[start] != 0x2D, b[n - 1] != 0x2D else { return false }
            var previousHyphen = false
            for i in start..<n {
                let c = b[i]
                if c == 0x2D {
                    if previousHyphen { return false }
                    previousHyphen = true
                } else if (c >= 0x61 && c <= 0x7A) || (c >= 0x30 && c <= 0x39) {
                    previousHyphen = false
                } else {
                    return false
                }
            }
            return true
        }
    }
}
