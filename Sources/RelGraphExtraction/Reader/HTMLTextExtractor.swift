/// Turns a saved web page into the article's text: scripts, styles, navigation, forms and other page
/// furniture are dropped, the `<article>` (or `<main>`) is preferred where the page has one, block
/// elements become lines, and character references are decoded.
public struct HTMLTextExtractor: Sendable {
    /// Elements whose whole content is never article text.
    static let dropped: Set<String> = [
        "script", "style", "noscript", "template", "svg", "iframe", "form", "nav", "aside", "footer",
        "button", "select", "textarea", "label", "head", "title", "figure", "object", "canvas", "dialog", "menu",
    ]
    /// Elements that end a line.
    static let blockLevel: Set<String> = [
        "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "main",
        "header", "blockquote", "tr", "td", "th", "table", "dt", "dd", "dl", "pre", "hr", "figcaption", "title", "body", "html",
    ]

    public init() {}

    /// The page's `<title>`, if any (decoded, trimmed).
    public func title(of html: String) -> String? {
        guard let open = html.range(of: "<title", options: .caseInsensitive),
              let gt = html[open.upperBound...].firstIndex(of: ">"),
              let close = html[gt...].range(of: "</title", options: .caseInsensitive) else { return nil }
        let t = HTMLEntities.decode(html[html.index(after: gt)..<close.lowerBound])
            .split(whereSeparator: \.isWhitespace).joined(separator: " ")
        return t.isEmpty ? nil : t
    }

    /// The article text of a page, one line per block.
    public func text(of html: String) -> String {
        let elements = scan(html)
        // Prefer the article element's content, then main, then the body.
        let scope = region(named: "article", in: elements) ?? region(named: "main", in: elements) ?? (0..<elements.count)
        var lines: [String] = []
        var line = ""
        // The open elements, and the depth of the outermost dropped one while inside it. A close tag
        // closes the elements opened after its own too (as a browser does), so a dropped element that
        // is never closed ends with its parent; `<body>` ends a `<head>` whose close tag was left out.
        var open: [String] = []
        var skipFrom: Int?
        func close(at index: Int) {
            open.removeSubrange(index...)
            if let s = skipFrom, index <= s { skipFrom = nil }
        }
        func flush() {
            // Soft hyphens only mark where a word may break: drop them, so that "Verteidigungs\u{AD}minister" is one word.
            if line.unicodeScalars.contains("\u{00AD}") { line.unicodeScalars.removeAll { $0 == "\u{00AD}" } }
            let t = Self.collapsedSpaces(line) ?? line.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\u{00A0}" })
                .joined(separator: " ")
            if !t.isEmpty { lines.append(t) }
            line = ""
        }
        for item in elements[scope] {
            switch item {
            case let .open(name, selfClosing):
                if name == "body", let head = open.lastIndex(of: "head") { close(at: head) }
                if !selfClosing {
                    open.append(name)
                    if skipFrom == nil && Self.dropped.contains(name) { skipFrom = open.count - 1 }
                }
                if skipFrom == nil && Self.blockLevel.contains(name) { flush() }
            case let .close(name):
                if let index = open.lastIndex(of: name) { close(at: index) }
                if skipFrom == nil && Self.blockLevel.contains(name) { flush() }
            case let .text(t):
                if skipFrom == nil { line += HTMLEntities.decode(t) }
            }
        }
        flush()
        return lines.joined(separator: "\n\n") + (lines.isEmpty ? "" : "\n")
    }

    /// The words of a line (split at spaces, tabs, line feeds, no-break spaces) joined by one space, computed
    /// on scalars; nil unless every scalar is a Character of its own and there is no CR (then Characters
    /// split the line: "\r\n" is one Character and no separator).
    static func collapsedSpaces(_ line: String) -> String? {
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(line.unicodeScalars.count)
        var pendingSpace = false
        for c in line.unicodeScalars {
            guard ScalarProperties.isOwnCharacter(c), c != "\r" else { return nil }
            if c == " " || c == "\t" || c == "\n" || c == "\u{00A0}" {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace { out.append(" "); pendingSpace = false }
            out.append(c)
        }
        return ScalarProperties.string(out[...])
    }

    /// Where the scan goes on after `i`, a Character that is not "<": the next Character "<" when a "<" byte
    /// provably stands alone (its neighbours are Characters of their own), else the first Character boundary
    /// at or after that byte; the end when no "<" follows. Every Character skipped holds no "<".
    private func nextAngle(_ s: Substring, after i: String.Index) -> String.Index {
        guard let p = s.utf8[s.utf8.index(after: i)...].firstIndex(of: UInt8(ascii: "<")) else { return s.endIndex }
        let before = s.unicodeScalars[s.unicodeScalars.index(before: p)]
        let next = s.utf8.index(after: p)
        if ScalarProperties.isOwnCharacter(before) && (next == s.endIndex || ScalarProperties.isOwnCharacter(s.unicodeScalars[next])) {
            return p
        }
        var j = s.index(after: i)
        while j < p { j = s.index(after: j) }
        return j
    }

    enum Item {
        case open(String, selfClosing: Bool)
        case close(String)
        case text(Substring)
    }

    /// The items between the first `<name>` and its matching close.
    private func region(named name: String, in items: [Item]) -> Range<Int>? {
        guard let first = items.firstIndex(where: { if case let .open(n, _) = $0 { return n == name }; return false }) else { return nil }
        var depth = 0
        for i in first..<items.count {
            switch items[i] {
            case let .open(n, sc) where n == name && !sc: depth += 1
            case let .close(n) where n == name:
                depth -= 1
                if depth == 0 { return first..<(i + 1) }
            default: break
            }
        }
        return first..<items.count
    }

    /// The `>` that ends the tag starting at `from`: one inside a quoted attribute value does not
    /// (`<a title="a > b">`); if a quote is never closed, the first `>`.
    private func tagEnd(_ s: Substring, from: String.Index) -> String.Index? {
        if let decided = asciiTagEnd(s, from: from) { return decided }
        var i = from
        var afterEquals = false
        while i < s.endIndex {
            let c = s[i]
            if c == ">" { return i }
            if (c == "\"" || c == "'") && afterEquals {
                guard let close = s[s.index(after: i)...].firstIndex(of: c) else { return s[from...].firstIndex(of: ">") }
                i = s.index(after: close)
                afterEquals = false
                continue
            }
            if c == "=" { afterEquals = true } else if !c.isWhitespace { afterEquals = false }
            i = s.index(after: i)
        }
        return nil
    }

    /// `tagEnd` on bytes, while every byte it looks at (and the one after the `>` or quote it stops at)
    /// is ASCII: then each is a Character of its own ("\r\n" aside, whitespace either way) and the bytes
    /// give the same answer. `.some(nil)`: no end; nil: undecided (a byte beyond ASCII, or a quote never
    /// closed), the Character scan decides.
    private func asciiTagEnd(_ s: Substring, from: String.Index) -> String.Index?? {
        let u = s.utf8
        let end = u.endIndex
        var i = from
        var afterEquals = false
        while i < end {
            let b = u[i]
            if b >= 0x80 { return nil }
            let n = u.index(after: i)
            if b == UInt8(ascii: ">") {
                if n < end && u[n] >= 0x80 { return nil }
                return .some(i)
            }
            if (b == UInt8(ascii: "\"") || b == UInt8(ascii: "'")) && afterEquals {
                if n < end && u[n] >= 0x80 { return nil }
                var j = n
                while j < end && u[j] != b {
                    if u[j] >= 0x80 { return nil }
                    j = u.index(after: j)
                }
                guard j < end else { return nil }
                let after = u.index(after: j)
                if after < end && u[after] >= 0x80 { return nil }
                i = after
                afterEquals = false
                continue
            }
            if b == UInt8(ascii: "=") {
                afterEquals = true
            } else if !(b == 0x20 || (b >= 0x09 && b <= 0x0D)) {
                afterEquals = false
            }
            i = n
        }
        return .some(nil)
    }

    /// A forgiving tag scanner: comments, doctype and processing instructions are skipped; raw-text
    /// elements (script, style) are skipped to their close tag.
    func scan(_ html: String) -> [Item] {
        var items: [Item] = []
        let s = Substring(html)
        var i = s.startIndex
        var textStart = i
        func emitText(upTo end: String.Index) {
            if textStart < end { items.append(.text(s[textStart..<end])) }
        }
        while i < s.endIndex {
            guard s[i] == "<" else { i = nextAngle(s, after: i); continue }
            let next = s.index(after: i)
            guard next < s.endIndex else { break }
            if s[next...].hasPrefix("!--") {
                emitText(upTo: i)
                if let end = s[next...].range(of: "-->") { i = end.upperBound } else { i = s.endIndex }
                textStart = i
                continue
            }
            let c = s[next]
            guard c.isLetter || c == "/" || c == "!" || c == "?" else { i = next; continue }
            guard let gt = tagEnd(s, from: next) else { break }
            emitText(upTo: i)
            let inner = s[next..<gt]
            i = s.index(after: gt)
            textStart = i
            if c == "!" || c == "?" { continue }
            if c == "/" {
                let name = inner.dropFirst().prefix { $0.isLetter || $0.isNumber }.lowercased()
                items.append(.close(name))
                continue
            }
            let name = inner.prefix { $0.isLetter || $0.isNumber }.lowercased()
            let selfClosing = inner.hasSuffix("/") || ["br", "hr", "img", "meta", "link", "input", "wbr", "source"].contains(name)
            items.append(.open(name, selfClosing: selfClosing))
            if name == "script" || name == "style" || name == "textarea" {
                // Raw text: skip to the close tag.
                let closeTag = "</" + name
                if let close = s[i...].asciiCaseInsensitiveRange(of: Array(closeTag.utf8)) ?? s[i...].range(of: closeTag, options: .caseInsensitive) {
                    i = close.lowerBound
                    textStart = i
                }
            }
        }
        emitText(upTo: s.endIndex)
        return items
    }
}
