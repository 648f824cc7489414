import Foundation

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
        if Self.allOwnCharacters(html), let fast = titleByBytes(html) { return fast }
        return titleByCharacters(of: html)
    }

    /// `title(of:)` with Foundation's searches and Characters (the reference of the byte path).
    func titleByCharacters(of html: String) -> String? {
        guard let open = html.range(of: "<title", options: .caseInsensitive),
              let gt = html[open.upperBound...].firstIndex(of: ">"),
              let close = html[gt...].range(of: "</title", options: .caseInsensitive) else { return nil }
        let t = HTMLEntities.decode(html[html.index(after: gt)..<close.lowerBound])
            .split(whereSeparator: \.isWhitespace).joined(separator: " ")
        return t.isEmpty ? nil : t
    }

    /// `title(of:)` for a page whose every scalar is a Character of its own: the tags found on bytes
    /// (`caseInsensitiveOffset`), the title's spaces collapsed on scalars. `.some(nil)`: no title; nil:
    /// not answered here.
    func titleByBytes(_ html: String) -> String?? {
        var html = html
        let found: (Int, Int)?? = html.withUTF8 { buf -> (Int, Int)?? in
            guard let open = Self.caseInsensitiveOffset(of: Array("<title".utf8), in: buf, from: 0) else { return nil }
            guard let start = open else { return .some(nil) }
            guard let base = buf.baseAddress,
                  let p = memchr(base + start + 6, Int32(UInt8(ascii: ">")), buf.count - start - 6) else { return .some(nil) }
            let gt = UnsafeRawPointer(p) - UnsafeRawPointer(base)
            guard let close = Self.caseInsensitiveOffset(of: Array("</title".utf8), in: buf, from: gt) else { return nil }
            guard let end = close else { return .some(nil) }
            return .some((gt + 1, end))
        }
        guard let found else { return nil }
        guard let (a, b) = found else { return .some(nil) }
        let u = html.utf8
        let decoded = HTMLEntities.decode(html[u.index(u.startIndex, offsetBy: a)..<u.index(u.startIndex, offsetBy: b)])
        // words split at whitespace: on scalars while each is a Character (and no CR LF pairs two)
        var words: [Substring] = []
        var ownCharacters = true
        var wordStart: String.Index?
        let scalars = decoded.unicodeScalars
        for i in scalars.indices {
            let c = scalars[i]
            guard ScalarProperties.isOwnCharacter(c), c != "\r" else { ownCharacters = false; break }
            if ScalarProperties.isWhitespace(c) {
                if let w = wordStart { words.append(decoded[w..<i]); wordStart = nil }
            } else if wordStart == nil {
                wordStart = i
            }
        }
        let t: String
        if ownCharacters {
            if let w = wordStart { words.append(decoded[w...]) }
            t = words.joined(separator: " ")
        } else {
            t = decoded.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        }
        return .some(t.isEmpty ? nil : t)
    }

    /// The offset of the first match of `needle` (ASCII, lower case) in `buf` from `from`, letters matched in
    /// either case: what Foundation's case-insensitive search finds on a page of Characters of their own,
    /// since no such scalar beyond ASCII folds to ASCII letters but U+0130, U+0131 and U+017F — on meeting
    /// one of those, nil (not answered). `.some(nil)`: no match.
    static func caseInsensitiveOffset(of needle: [UInt8], in buf: UnsafeBufferPointer<UInt8>, from: Int) -> Int?? {
        let n = buf.count
        var i = from
        while i < n {
            let b = buf[i]
            if b == 0xC4 || b == 0xC5, i + 1 < n {
                let c = buf[i + 1]
                if (b == 0xC4 && (c == 0xB0 || c == 0xB1)) || (b == 0xC5 && c == 0xBF) { return nil }
            }
            if ASCIIFold.matches(buf, at: i, needle) { return .some(i) }
            i += 1
        }
        return .some(nil)
    }

    /// The article text of a page, one line per block.
    ///
    /// When every scalar of the page is a Character of its own (`ScalarProperties.isOwnCharacter`), the
    /// page is read on its UTF-8 bytes (`scanBytes`, lines kept as bytes, `HTMLEntities.decode(_:into:)`,
    /// `collapsedSpaces(_:into:)`): with one Character per scalar, and "<", ">", "&", ";" and the spaces all
    /// ASCII, the bytes give the tags, texts and lines the Characters give (CR LF, the one pair that is one
    /// Character, is handled where it could count: a line holding a CR takes the Character path).
    public func text(of html: String) -> String {
        if Self.allOwnCharacters(html) { return text(of: html, bytes: true) }
        return text(of: html, bytes: false)
    }

    /// `text(of:)` read Character by Character, whatever the page holds (the reference of the byte path).
    func textByCharacters(of html: String) -> String { text(of: html, bytes: false) }

    private func text(of html: String, bytes: Bool) -> String {
        let elements = bytes ? scanBytes(html) : scan(html)
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
        // the byte path: the line so far and the text so far, as UTF-8
        var lineBytes: [UInt8] = []
        var out: [UInt8] = []
        func flush() {
            if bytes {
                Self.flush(&lineBytes, into: &out)
                return
            }
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
                if skipFrom == nil {
                    if bytes { HTMLEntities.decode(t, into: &lineBytes) } else { line += HTMLEntities.decode(t) }
                }
            }
        }
        flush()
        if bytes { return out.isEmpty ? "" : String(decoding: out + [0x0A], as: UTF8.self) }
        return lines.joined(separator: "\n\n") + (lines.isEmpty ? "" : "\n")
    }

    /// Every scalar of the text is a Character of its own, read on its UTF-8 (a lead byte below 0xCC is a
    /// scalar below U+0300; only three-byte scalars need decoding).
    static func allOwnCharacters(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { buf in
            let n = buf.count
            var i = 0
            while i < n {
                if i + 8 <= n, let base = buf.baseAddress,
                   UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                    i += 8
                    continue
                }
                let b = buf[i]
                if b < 0xCC { i += 1; continue }  // ASCII, a continuation byte, or a lead byte of U+0080–U+02FF
                guard b >= 0xE0 && b < 0xF0 && i + 2 < n else { return false }
                let v = UInt32(b & 0x0F) << 12 | UInt32(buf[i + 1] & 0x3F) << 6 | UInt32(buf[i + 2] & 0x3F)
                guard let scalar = Unicode.Scalar(v), ScalarProperties.isOwnCharacter(scalar) else { return false }
                i += 3
            }
            return true
        }
    }

    /// `flush` of the byte path: the line, soft hyphens dropped and its spaces collapsed, appended to `out`
    /// ("\n\n" before it unless first) unless empty; the line is emptied. A line with a CR or a scalar that
    /// is not a Character of its own (an entity may bring one) takes the Character path's way.
    private static func flush(_ line: inout [UInt8], into out: inout [UInt8]) {
        defer { line.removeAll(keepingCapacity: true) }
        if line.isEmpty { return }
        let start = out.count
        if !out.isEmpty { out.append(0x0A); out.append(0x0A) }
        let mark = out.count
        if !collapsedSpaces(line, into: &out) {
            out.removeSubrange(mark...)
            var text = String(decoding: line, as: UTF8.self)
            if text.unicodeScalars.contains("\u{00AD}") { text.unicodeScalars.removeAll { $0 == "\u{00AD}" } }
            let t = text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\u{00A0}" })
                .joined(separator: " ")
            out.append(contentsOf: t.utf8)
        }
        if out.count == mark { out.removeSubrange(start...) }
    }

    /// `collapsedSpaces` on UTF-8, soft hyphens (C2 AD) dropped first: the words (split at space, tab, line
    /// feed, no-break space C2 A0) joined by one space, appended to `out`; false (and `out` partly
    /// written) when the line has a CR or a scalar that is not a Character of its own.
    /// Written through a pointer into room the length of the line made at the end of `out` (collapsing
    /// never lengthens a line: a space is written only for one or more separator bytes), then cut to what
    /// was written: an append per byte checked the array's uniqueness and capacity each time.
    static func collapsedSpaces(_ line: [UInt8], into out: inout [UInt8]) -> Bool {
        let start = out.count
        out.append(contentsOf: repeatElement(0, count: line.count))
        var end = start
        let ok = line.withUnsafeBufferPointer { buf in
            out.withUnsafeMutableBufferPointer { dst in
                let n = buf.count
                var w = start
                defer { end = w }
                var pendingSpace = false
                var i = 0
                while i < n {
                    let b = buf[i]
                    if b < 0x80 {
                        if b == 0x20 || b == 0x09 || b == 0x0A {
                            pendingSpace = w > start
                            i += 1
                            continue
                        }
                        if b == 0x0D { return false }
                        if pendingSpace { dst[w] = 0x20; w += 1; pendingSpace = false }
                        dst[w] = b
                        w += 1
                        i += 1
                        continue
                    }
                    var length = 2
                    if b >= 0xCC {
                        // beyond U+02FF: only three-byte scalars can be Characters of their own
                        guard b >= 0xE0 && b < 0xF0 && i + 2 < n else { return false }
                        let v = UInt32(b & 0x0F) << 12 | UInt32(buf[i + 1] & 0x3F) << 6 | UInt32(buf[i + 2] & 0x3F)
                        guard let scalar = Unicode.Scalar(v), ScalarProperties.isOwnCharacter(scalar) else { return false }
                        length = 3
                    } else if b == 0xC2 && i + 1 < n && (buf[i + 1] == 0xA0 || buf[i + 1] == 0xAD) {
                        if buf[i + 1] == 0xA0 { pendingSpace = w > start }  // no-break space; a soft hyphen is dropped
                        i += 2
                        continue
                    }
                    if pendingSpace { dst[w] = 0x20; w += 1; pendingSpace = false }
                    for k in i..<min(n, i + length) { dst[w] = buf[k]; w += 1 }
                    i += length
                }
                return true
            }
        }
        out.removeSubrange(end...)
        return ok
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

    /// `scan` for a page whose every scalar is a Character of its own, on its bytes: a "<" byte is then a
    /// "<" Character and the Character after it starts at the next byte, so the scan stops where `scan` does;
    /// tag names that are ASCII are read on bytes, any other decision asks the Characters as `scan` does.
    func scanBytes(_ html: String) -> [Item] {
        var items: [Item] = []
        let s = Substring(html)
        let u = s.utf8
        var html = html
        return html.withUTF8 { buf -> [Item] in
            let n = buf.count
            /// The index of byte offset `k`.
            func index(_ k: Int) -> String.Index { u.index(u.startIndex, offsetBy: k) }
            func offset(_ i: String.Index) -> Int { u.distance(from: u.startIndex, to: i) }
            var i = 0
            var textStart = 0
            func emitText(upTo end: Int) {
                if textStart < end { items.append(.text(s[index(textStart)..<index(end)])) }
            }
            /// The lower-cased name of ASCII letters and digits from `k` up to `end`, when an ASCII byte (or
            /// `end`) ends it; nil when a byte beyond ASCII comes first (the Characters decide).
            func asciiName(from k: Int, to end: Int) -> String? {
                var j = k
                while j < end {
                    let b = buf[j]
                    if b >= 0x80 { return nil }
                    let lower = b | 0x20
                    if !((lower >= 0x61 && lower <= 0x7A) || (b >= 0x30 && b <= 0x39)) { break }
                    j += 1
                }
                return String(unsafeUninitializedCapacity: j - k) { out in
                    for m in k..<j { let b = buf[m]; out[m - k] = b >= 0x41 && b <= 0x5A ? b | 0x20 : b }
                    return j - k
                }
            }
            while i < n {
                guard buf[i] == UInt8(ascii: "<") else {
                    guard let base = buf.baseAddress, let p = memchr(base + i + 1, Int32(UInt8(ascii: "<")), n - i - 1) else { i = n; continue }
                    i = UnsafeRawPointer(p) - UnsafeRawPointer(base)
                    continue
                }
                let next = i + 1
                guard next < n else { break }
                if next + 3 <= n && buf[next] == UInt8(ascii: "!") && buf[next + 1] == UInt8(ascii: "-") && buf[next + 2] == UInt8(ascii: "-") {
                    emitText(upTo: i)
                    var j = next + 1  // "<!-->" ends where it starts, as `range(of: "-->")` from the "!" finds
                    i = n
                    while j + 3 <= n {
                        if buf[j] == UInt8(ascii: "-") && buf[j + 1] == UInt8(ascii: "-") && buf[j + 2] == UInt8(ascii: ">") { i = j + 3; break }
                        j += 1
                    }
                    textStart = i
                    continue
                }
                let c = buf[next]
                let isLetter = c < 0x80 ? ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A) : s[index(next)].isLetter
                guard isLetter || c == UInt8(ascii: "/") || c == UInt8(ascii: "!") || c == UInt8(ascii: "?") else { i = next; continue }
                guard let gt = Self.tagEnd(buf, from: next) else { break }
                let gtIndex = index(gt)
                emitText(upTo: i)
                i = gt + 1
                textStart = i
                if c == UInt8(ascii: "!") || c == UInt8(ascii: "?") { continue }
                if c == UInt8(ascii: "/") {
                    let name = asciiName(from: next + 1, to: gt)
                        ?? s[index(next)..<gtIndex].dropFirst().prefix { $0.isLetter || $0.isNumber }.lowercased()
                    items.append(.close(name))
                    continue
                }
                let name = asciiName(from: next, to: gt) ?? s[index(next)..<gtIndex].prefix { $0.isLetter || $0.isNumber }.lowercased()
                let selfClosing = buf[gt - 1] == UInt8(ascii: "/") || ["br", "hr", "img", "meta", "link", "input", "wbr", "source"].contains(name)
                items.append(.open(name, selfClosing: selfClosing))
                if name == "script" || name == "style" || name == "textarea" {
                    // Raw text: skip to the close tag.
                    let closeTag = "</" + name
                    if let found = Self.caseInsensitiveOffset(of: Array(closeTag.utf8), in: buf, from: i) {
                        if let close = found { i = close; textStart = i }
                    } else if let close = s[index(i)...].range(of: closeTag, options: .caseInsensitive) {
                        i = offset(close.lowerBound)
                        textStart = i
                    }
                }
            }
            emitText(upTo: n)
            return items
        }
    }

    /// `tagEnd` on the bytes of a page whose every scalar is a Character of its own: the same steps, a
    /// scalar beyond ASCII decoded only to ask whether it is whitespace (as its Character is).
    static func tagEnd(_ buf: UnsafeBufferPointer<UInt8>, from: Int) -> Int? {
        let n = buf.count
        guard let base = buf.baseAddress else { return nil }
        func find(_ byte: UInt8, from k: Int) -> Int? {
            guard k < n, let p = memchr(base + k, Int32(byte), n - k) else { return nil }
            return UnsafeRawPointer(p) - UnsafeRawPointer(base)
        }
        var i = from
        var afterEquals = false
        while i < n {
            let b = buf[i]
            if b == UInt8(ascii: ">") { return i }
            if (b == UInt8(ascii: "\"") || b == UInt8(ascii: "'")) && afterEquals {
                guard let close = find(b, from: i + 1) else { return find(UInt8(ascii: ">"), from: from) }
                i = close + 1
                afterEquals = false
                continue
            }
            if b < 0x80 {
                if b == UInt8(ascii: "=") {
                    afterEquals = true
                } else if !(b == 0x20 || (b >= 0x09 && b <= 0x0D)) {
                    afterEquals = false
                }
                i += 1
                continue
            }
            // a scalar beyond ASCII: two or three bytes on such a page
            let v: UInt32, length: Int
            if b < 0xE0 {
                v = UInt32(b & 0x1F) << 6 | UInt32(buf[i + 1] & 0x3F)
                length = 2
            } else {
                v = UInt32(b & 0x0F) << 12 | UInt32(buf[i + 1] & 0x3F) << 6 | UInt32(buf[i + 2] & 0x3F)
                length = 3
            }
            if !ScalarProperties.isWhitespace(Unicode.Scalar(v) ?? "\u{FFFD}") { afterEquals = false }
            i += length
        }
        return nil
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
