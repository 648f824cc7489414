import Foundation

/// Splits the text into lines and marks web clutter (advertising, share buttons, comment forms,
/// "related articles", credit lines, URLs) as no content, using the lexicon's `boilerplate` patterns.
/// A pattern marked `end` closes the article: every line after it is clutter too. A dateline at the
/// start of a paragraph ("CNN – ", "KIEW (dpa) - ") is cut off, since the outlet is no actor.
public struct BoilerplateFilter: PipelineStage {
    public let patterns: [NSRegularExpression]
    public let endPatterns: [NSRegularExpression]
    public let boxPatterns: [NSRegularExpression]
    /// For each pattern, what a line needs to have before the regex is worth running.
    private let filters: PrefilterBuckets
    private let endFilters: PrefilterBuckets
    private let boxFilters: PrefilterBuckets

    public init(lexicon: Lexicon) {
        // A pattern for every language (`*`) is stored under each: test it once.
        var seen = Set<String>()
        patterns = Language.allCases.flatMap { lexicon[$0].boilerplate }.filter { seen.insert($0.pattern).inserted }
        seen = []
        endPatterns = lexicon.endMarkers.filter { seen.insert($0.pattern).inserted }
        filters = PrefilterBuckets(patterns.map { RegexPrefilter(pattern: $0.pattern) })
        endFilters = PrefilterBuckets(endPatterns.map { RegexPrefilter(pattern: $0.pattern) })
        seen = []
        boxPatterns = lexicon.boxMarkers.filter { seen.insert($0.pattern).inserted }
        boxFilters = PrefilterBuckets(boxPatterns.map { RegexPrefilter(pattern: $0.pattern) })
    }

    /// A line of a box of links after its header: short, and not ending like a sentence ("Netanyahu under pressure as
    /// cabinet split deepens").
    static func isHeadlineLike(_ sc: [Unicode.Scalar], _ r: TextRange) -> Bool {
        r.length <= 120 && !".!?…:\"“”»«’')".unicodeScalars.contains(sc[r.end - 1])
    }
    /// A box's links are read at most this many lines after its header.
    static let longestBox = 10

    /// Web clutter comes in short lines: a paragraph longer than this is content, without a regex run.
    static let longestClutterLine = 240

    /// Whether one of the regexes matches the whole line; a regex runs only where its prefilter lets the line through.
    private func matches(_ single: [NSRegularExpression], _ filters: PrefilterBuckets, _ sc: [Unicode.Scalar], _ r: TextRange,
                         _ line: inout String?, _ lowered: inout RegexPrefilter.LoweredLine??) -> Bool {
        guard r.length <= Self.longestClutterLine else { return false }
        let firstKey = RegexPrefilter.lowered(sc[r.start])
        if lowered == nil { lowered = .some(RegexPrefilter.loweredLine(sc[r.start..<r.end])) }
        // only the regexes whose first-scalar test passes; a line with an unsafe first scalar is tested by every regex
        for k in filters.candidates(firstKey: firstKey) where firstKey == nil || filters.filters[k].mayMatch(lower: lowered!) {
            let regex = single[k]
            if line == nil { line = ScalarProperties.string(sc[r.start..<r.end]) }
            if regex.firstMatch(in: line!, range: NSRange(line!.startIndex..., in: line!)) != nil { return true }
        }
        return false
    }

    public func process(_ document: inout Document) {
        let sc = document.scalars
        var blocks: [Block] = []
        var lineStart = 0
        var ended = false
        /// a body paragraph seen (a box header before it heads the page's own lists, not one after the article)
        var bodySeen = false
        /// lines of an open box of links still to read
        var boxLeft = 0
        let n = sc.count
        while true {
            // the line's end, the next "\n" or the text's end: a tight loop on the scalars' buffer (every
            // scalar of the text is read here, most of them only here; an array's bounds check per scalar cost
            // more than the compare)
            let i = sc.withUnsafeBufferPointer { buf in
                var i = lineStart
                while i < n && buf[i] != "\n" { i += 1 }
                return i
            }
            var a = lineStart, b = i
            while a < b && (ScalarProperties.isWhitespace(sc[a]) || sc[a] == "\u{FEFF}") { a += 1 }
            while b > a && ScalarProperties.isWhitespace(sc[b - 1]) { b -= 1 }
            if a < b {
                let r = TextRange(a, b)
                var line: String?
                var lowered: RegexPrefilter.LoweredLine??
                var clutter = ended || matches(patterns, filters, sc, r, &line, &lowered)
                if !clutter && matches(endPatterns, endFilters, sc, r, &line, &lowered) {
                    clutter = true
                    ended = true
                }
                // "Most read", "Meistgelesen": a box header, and its headline-like lines after it
                // (a line that is clutter of its own, a teaser's date "17.11.2026", leaves the box open)
                if boxLeft > 0 && !clutter {
                    if Self.isHeadlineLike(sc, r) { clutter = true; boxLeft -= 1 } else { boxLeft = 0 }
                }
                if !boxPatterns.isEmpty && !ended && matches(boxPatterns, boxFilters, sc, r, &line, &lowered) {
                    clutter = true
                    if bodySeen { boxLeft = Self.longestBox }
                }
                if !clutter && r.length > 60 && !Self.isHeadlineLike(sc, r) { bodySeen = true }
                var block = Block(range: r, isBoilerplate: clutter)
                if !clutter, let cut = Self.datelineEnd(sc, r) { block.contentRange = TextRange(cut, b) }
                blocks.append(block)
            }
            if i == n { break }
            lineStart = i + 1
        }
        document.blocks = blocks
    }

    /// The offset after a dateline such as "CNN – ", "MOSKAU (AFP) – ", "Kiew (dpa) - ", "(CNN) — ",
    /// "MOSKAU, 3. Juni (Reuters) – ", if the line starts with one.
    /// Only a paragraph (a line that ends like a sentence) has a dateline: "USA – China: Handelsstreit" is a headline.
    static func datelineEnd(_ sc: [Unicode.Scalar], _ r: TextRange) -> Int? {
        guard r.end > r.start, ".!?…\"“”»«’')".unicodeScalars.contains(sc[r.end - 1]) else { return nil }
        let limit = min(r.end, r.start + 48)
        var i = r.start
        var parenEnd: Int?  // after the agency's parenthesis ("(dpa)"; "(71)" is no dateline)
        var allCaps = true
        var letters = 0
        var sawDigit = false
        while i < limit {
            let c = sc[i]
            if c == "(" {
                guard let close = (i..<limit).first(where: { sc[$0] == ")" }) else { return nil }
                guard sc[i..<close].filter({ ScalarProperties.isAlphabetic($0) }).count >= 2 else { return nil }
                parenEnd = close + 1
                i = close + 1
                continue
            }
            if (c == "–" || c == "—" || c == "-") && i > r.start && sc[i - 1] == " " && i + 1 < r.end && sc[i + 1] == " " {
                // the agency's parenthesis stands right before the dash: "KIEW (dpa) – ", not "(Foto) Putin in Moskau – "
                let paren = parenEnd.map { (($0)..<i).allSatisfy { sc[$0] == " " } } ?? false
                guard letters >= 2 || paren, paren || (allCaps && !sawDigit) else { return nil }
                return i + 2
            }
            if ScalarProperties.isAlphabetic(c) {
                letters += 1
                if ScalarProperties.isLowercase(c) { allCaps = false }
            } else if ScalarProperties.isNumeric(c) {
                sawDigit = true
            } else if c != " " && c != "/" && c != "." && c != "," {
                return nil
            }
            i += 1
        }
        return nil
    }
}
