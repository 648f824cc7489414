import Foundation

/// Reads an article's bytes: refuses binary data, decodes UTF-8 (naming the byte offset of the first
/// invalid sequence) or Latin-1 / Windows-1252 on request, and turns HTML into its article text.
public struct ArticleReader: Sendable {
    /// What was read: the text every offset refers to, and whether it came from a web page.
    public struct Article: Sendable {
        public var text: String
        public var isHTML: Bool
        public var title: String?
    }

    public var encoding: TextEncoding?

    public init(encoding: TextEncoding? = nil) {
        self.encoding = encoding
    }

    public func read(contentsOf path: String) throws(ExtractionError) -> Article {
        try read(data: Self.bytes(contentsOf: path), name: path)
    }

    /// The bytes of an article file; errors say what is wrong with the path: no such file, a folder,
    /// permission denied, not a regular file. Every reader of article files goes through here.
    public static func bytes(contentsOf path: String) throws(ExtractionError) -> Data {
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else {
            throw .unreadable(file: path, reason: "no such file")
        }
        if isDir.boolValue { throw .unreadable(file: path, reason: "is a folder, not an article") }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .unreadable(file: path, reason: access(path, R_OK) == 0 ? "not a regular file" : "permission denied")
        }
        return data
    }

    public func read(data: Data, name: String) throws(ExtractionError) -> Article {
        let bytes = [UInt8](data)
        return article(try decode(bytes, name: name), name: name)
    }

    /// `read(data: data, name: name)` where `data` is `Data(decoded.utf8)`: the same article, without validating
    /// the UTF-8 of a text that is a String already (a JSON line's text). Data with a byte order mark, or read
    /// in another encoding, goes the way of `read(data:name:)`.
    public func read(data: Data, decoded: String, name: String) throws(ExtractionError) -> Article {
        guard encoding == nil || encoding == .utf8, !data.starts(with: [0xEF, 0xBB, 0xBF]) else { return try read(data: data, name: name) }
        let bytes = [UInt8](data)
        if Self.looksBinary(bytes[...]) { throw .binary(file: name) }
        return article(decoded, name: name)
    }

    /// The article of a decoded text: a web page's text and title, or the text itself.
    private func article(_ text: String, name: String) -> Article {
        let lowerName = name.lowercased()
        let isHTML = lowerName.hasSuffix(".html") || lowerName.hasSuffix(".htm") || Self.startsLikeHTML(text)
        if isHTML {
            let extractor = HTMLTextExtractor()
            return Article(text: extractor.text(of: text), isHTML: true, title: extractor.title(of: text))
        }
        return Article(text: text, isHTML: false, title: nil)
    }

    /// The text starts as a web page does (after blanks): a doctype, `<html>`, `<head>` or `<body>`, or an
    /// XML declaration or comment with `<html` in the first 4,096 Characters.
    static func startsLikeHTML(_ text: String) -> Bool {
        // Every form starts with "<": when the first byte after ASCII blanks is ASCII and no "<", the first
        // Character after the blank Characters starts with that byte, and the text is no page.
        var text = text
        let plain = text.withUTF8 { buf -> Bool in
            var i = 0
            while i < buf.count && i < 256 && (buf[i] == 0x20 || (buf[i] >= 0x09 && buf[i] <= 0x0D)) { i += 1 }
            return i < buf.count && i < 256 && buf[i] < 0x80 && buf[i] != UInt8(ascii: "<")
                && (i + 1 == buf.count || buf[i + 1] < 0x80)
        }
        if plain { return false }
        let head = text.prefix(512).drop(while: { $0.isWhitespace }).prefix(64).lowercased()
        return head.hasPrefix("<!doctype html") || head.hasPrefix("<html") || head.hasPrefix("<head") || head.hasPrefix("<body")
            || (head.hasPrefix("<?xml") || head.hasPrefix("<!--")) && text.prefix(4096).lowercased().contains("<html")
    }

    func decode(_ bytes: [UInt8], name: String) throws(ExtractionError) -> String {
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        if Self.looksBinary(body) { throw .binary(file: name) }
        switch encoding ?? .utf8 {
        case .utf8:
            // (validated once, by the standard library as it makes the String: `firstInvalidUTF8`, which follows
            // the same standard, only finds the offset of an invalid text)
            if let text = String(validating: body, as: UTF8.self) { return text }
            if let offset = Self.firstInvalidUTF8(body) {
                throw .invalidUTF8(file: name, offset: offset + (bytes.count - body.count))
            }
            return String(decoding: body, as: UTF8.self)
        case .latin1:
            return String(String.UnicodeScalarView(body.map { Unicode.Scalar($0) }))
        case .windows1252:
            return String(String.UnicodeScalarView(body.map(Self.windows1252)))
        }
    }

    /// NUL bytes anywhere, or many control characters in the first 8 KiB: not text.
    static func looksBinary(_ bytes: ArraySlice<UInt8>) -> Bool {
        bytes.withUnsafeBufferPointer { buf in
            // memchr finds a NUL a word at a time
            if let base = buf.baseAddress, memchr(base, 0, buf.count) != nil { return true }
            let n = min(buf.count, 8192)
            var controls = 0
            var i = 0
            while i < n {
                // eight bytes none of which is below 0x20 (no byte-wise borrow reaches a high bit) hold no control
                if i + 8 <= n, let base = buf.baseAddress {
                    let x = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                    if (x &- 0x2020_2020_2020_2020) & ~x & 0x8080_8080_8080_8080 == 0 { i += 8; continue }
                }
                let b = buf[i]
                if b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D && b != 0x0C { controls += 1 }
                i += 1
            }
            return n > 0 && controls * 20 > n
        }
    }

    /// The offset of the first byte that does not start or continue a valid UTF-8 sequence.
    /// Runs of ASCII are skipped eight bytes at a time (no byte of the word has its high bit set).
    static func firstInvalidUTF8(_ bytes: ArraySlice<UInt8>) -> Int? {
        bytes.withUnsafeBufferPointer { buf -> Int? in
            let n = buf.count
            var i = 0
            while i < n {
                if i + 8 <= n, let base = buf.baseAddress {
                    let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                    if word & 0x8080_8080_8080_8080 == 0 { i += 8; continue }
                }
                let b = buf[i]
                if b < 0x80 { i += 1; continue }
                let need: Int
                let min: UInt32
                var cp: UInt32
                switch b {
                case 0xC2...0xDF: need = 1; cp = UInt32(b & 0x1F); min = 0x80
                case 0xE0...0xEF: need = 2; cp = UInt32(b & 0x0F); min = 0x800
                case 0xF0...0xF4: need = 3; cp = UInt32(b & 0x07); min = 0x10000
                default: return i
                }
                for k in 1...need {
                    guard i + k < n else { return i }
                    let c = buf[i + k]
                    guard c & 0xC0 == 0x80 else { return i }
                    cp = cp << 6 | UInt32(c & 0x3F)
                }
                if cp < min || cp > 0x10FFFF || (0xD800...0xDFFF).contains(cp) { return i }
                i += need + 1
            }
            return nil
        }
    }

    static func windows1252(_ b: UInt8) -> Unicode.Scalar {
        let table: [UInt8: UInt32] = [
            0x80: 0x20AC, 0x82: 0x201A, 0x83: 0x0192, 0x84: 0x201E, 0x85: 0x2026, 0x86: 0x2020, 0x87: 0x2021,
            0x88: 0x02C6, 0x89: 0x2030, 0x8A: 0x0160, 0x8B: 0x2039, 0x8C: 0x0152, 0x8E: 0x017D, 0x91: 0x2018,
            0x92: 0x2019, 0x93: 0x201C, 0x94: 0x201D, 0x95: 0x2022, 0x96: 0x2013, 0x97: 0x2014, 0x98: 0x02DC,
            0x99: 0x2122, 0x9A: 0x0161, 0x9B: 0x203A, 0x9C: 0x0153, 0x9E: 0x017E, 0x9F: 0x0178,
        ]
        return Unicode.Scalar(table[b] ?? UInt32(b))!
    }
}
