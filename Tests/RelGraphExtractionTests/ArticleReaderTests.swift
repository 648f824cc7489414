import Foundation
import RelGraphExtraction
import Testing

/// The reader: UTF-8 as is, invalid UTF-8 named by byte offset, Latin-1 and Windows-1252 on request,
/// binary refused, HTML recognized by name or content, missing files and folders named.
struct ArticleReaderTests {
    func read(_ bytes: [UInt8], name: String = "a.txt", encoding: TextEncoding? = nil) throws(ExtractionError) -> ArticleReader.Article {
        try ArticleReader(encoding: encoding).read(data: Data(bytes), name: name)
    }

    func read(_ text: String, name: String = "a.txt") throws(ExtractionError) -> ArticleReader.Article {
        try read(Array(text.utf8), name: name)
    }

    /// The error reading `bytes` gives, or nil if it reads.
    func failure(_ bytes: [UInt8], name: String = "a.txt", encoding: TextEncoding? = nil) -> ExtractionError? {
        do throws(ExtractionError) {
            _ = try read(bytes, name: name, encoding: encoding)
            return nil
        } catch {
            return error
        }
    }

    func scalars(_ s: String) -> [Unicode.Scalar] { Array(s.unicodeScalars) }

    // MARK: UTF-8

    @Test func utf8TextIsReadAsIs() throws {
        let text = "Ä👍 Putin traf Kim Jong Un in Pjöngjang.\nZweite Zeile 🇺🇦.\n"
        let article = try read(text)
        #expect(article.text == text)
        #expect(article.isHTML == false)
        #expect(article.title == nil)
    }

    @Test func offsetsCountUnicodeScalars() throws {
        // "Ä" (2 bytes) and "👍" (4 bytes) are one scalar each: "Putin" starts at scalar 3, not byte 7.
        let article = try read("Ä👍 Putin")
        let sc = scalars(article.text)
        #expect(sc.count == 8)
        #expect(String(String.UnicodeScalarView(sc[3..<8])) == "Putin")
        // A flag is two regional-indicator scalars, a decomposed "é" two scalars.
        let flag = try read("🇺🇦 Kiew Cafe\u{301}")
        #expect(scalars(flag.text).count == 2 + 1 + 4 + 1 + 5)
    }

    @Test func byteOrderMarkIsStrippedAndOffsetsReferToTheTextReturned() throws {
        let body = "Nordkorea schickt Soldaten.\nRussland schweigt."
        let article = try read([0xEF, 0xBB, 0xBF] + Array(body.utf8))
        #expect(article.text == body)
        #expect(article.text.unicodeScalars.first == "N")
        // Offsets the pipeline computes on the returned text slice back to the same words.
        var doc = Document(text: article.text, language: .de)
        BoilerplateFilter(lexicon: Lexicon()).process(&doc)
        SentenceSplitter().process(&doc)
        #expect(doc.sentences.map(\.range) == [TextRange(0, 27), TextRange(28, 46)])
        #expect(doc.sentences.map { doc.slice($0.range) } == ["Nordkorea schickt Soldaten.", "Russland schweigt."])
    }

    @Test func byteOrderMarkBeforeHTMLStillDetectsHTML() throws {
        let article = try read([0xEF, 0xBB, 0xBF] + Array("<!DOCTYPE html><html><body><p>Hallo Welt.</p></body></html>".utf8))
        #expect(article.isHTML)
        #expect(article.text == "Hallo Welt.\n")
    }

    @Test func crlfLineEndsKeepScalarOffsets() throws {
        let article = try read("Erste Zeile.\r\nZweite Zeile.\r\n")
        #expect(article.text == "Erste Zeile.\r\nZweite Zeile.\r\n")
        var doc = Document(text: article.text, language: .de)
        BoilerplateFilter(lexicon: Lexicon()).process(&doc)
        SentenceSplitter().process(&doc)
        #expect(doc.sentences.map(\.range) == [TextRange(0, 12), TextRange(14, 27)])
    }

    // MARK: invalid UTF-8

    @Test func loneContinuationByte() {
        #expect(failure(Array("ab".utf8) + [0x80] + Array("cd".utf8)) == .invalidUTF8(file: "a.txt", offset: 2))
        // after a valid two-byte "Ä" the offset counts bytes, not characters
        #expect(failure(Array("Ä".utf8) + [0xBF]) == .invalidUTF8(file: "a.txt", offset: 2))
    }

    @Test func truncatedSequenceAtEnd() {
        // "€" is E2 82 AC: its first two bytes alone end the file
        #expect(failure(Array("Preis: 5".utf8) + [0xE2, 0x82]) == .invalidUTF8(file: "a.txt", offset: 8))
        #expect(failure(Array("x".utf8) + [0xF0, 0x9F, 0x91]) == .invalidUTF8(file: "a.txt", offset: 1))
        // a sequence cut short by an ASCII byte
        #expect(failure([0x41, 0xE2, 0x82, 0x41]) == .invalidUTF8(file: "a.txt", offset: 1))
    }

    @Test func overlongEncodings() {
        #expect(failure([0x61, 0xC0, 0xAF]) == .invalidUTF8(file: "a.txt", offset: 1))        // "/" in two bytes
        #expect(failure([0x61, 0x62, 0xC1, 0x81]) == .invalidUTF8(file: "a.txt", offset: 2))  // "A" in two bytes
        #expect(failure([0xE0, 0x80, 0xAF]) == .invalidUTF8(file: "a.txt", offset: 0))        // "/" in three bytes
        #expect(failure([0x20, 0xF0, 0x82, 0x82, 0xAC]) == .invalidUTF8(file: "a.txt", offset: 1)) // "€" in four bytes
    }

    @Test func surrogatesAndBeyondUnicode() {
        #expect(failure(Array("abc".utf8) + [0xED, 0xA0, 0x80]) == .invalidUTF8(file: "a.txt", offset: 3))  // U+D800
        #expect(failure([0xED, 0xBF, 0xBF]) == .invalidUTF8(file: "a.txt", offset: 0))                       // U+DFFF
        #expect(failure([0x61, 0xF4, 0x90, 0x80, 0x80]) == .invalidUTF8(file: "a.txt", offset: 1))           // U+110000
        #expect(failure([0x61, 0xF5, 0x80, 0x80, 0x80]) == .invalidUTF8(file: "a.txt", offset: 1))
        #expect(failure([0x61, 0xFF]) == .invalidUTF8(file: "a.txt", offset: 1))
        // the largest valid scalars and the edges around the surrogates read fine
        #expect(failure([0xF4, 0x8F, 0xBF, 0xBF, 0xED, 0x9F, 0xBF, 0xEE, 0x80, 0x80]) == nil)
    }

    @Test func invalidOffsetCountsTheByteOrderMark() {
        // The offset is a byte offset in the file as given, BOM included.
        #expect(failure([0xEF, 0xBB, 0xBF, 0x61, 0x80]) == .invalidUTF8(file: "a.txt", offset: 4))
    }

    @Test func invalidUTF8MessageNamesFileAndOffset() {
        let error = failure([0x61, 0x62, 0xE4, 0x63], name: "artikel.txt")
        #expect(error == .invalidUTF8(file: "artikel.txt", offset: 2))
        #expect(error?.description.hasPrefix("artikel.txt: invalid UTF-8 at byte offset 2 ") == true)
    }

    // MARK: Latin-1 and Windows-1252

    @Test func latin1() throws {
        let bytes: [UInt8] = [0x47, 0x72, 0xFC, 0xDF, 0x65, 0x20, 0x61, 0x75, 0x73, 0x20, 0x4B, 0xF6, 0x6C, 0x6E, 0x80]
        #expect(failure(bytes) == .invalidUTF8(file: "a.txt", offset: 2))
        let article = try read(bytes, encoding: .latin1)
        #expect(article.text == "Grüße aus Köln\u{0080}")
    }

    @Test func windows1252() throws {
        let bytes: [UInt8] = [0x84, 0x50, 0x72, 0x65, 0x69, 0x73, 0x93, 0x20, 0x35, 0x80, 0x20, 0x96, 0x20, 0xE4, 0x92, 0x85, 0x81]
        let article = try read(bytes, encoding: .windows1252)
        #expect(article.text == "„Preis“ 5€ – ä’…\u{0081}")
        #expect(try read([0x80, 0x84, 0x9F, 0xFF], encoding: .windows1252).text == "€„Ÿÿ")
    }

    @Test func encodingNames() throws {
        #expect(try TextEncoding(name: "UTF-8") == .utf8)
        #expect(try TextEncoding(name: "latin1") == .latin1)
        #expect(try TextEncoding(name: "ISO-8859-1") == .latin1)
        #expect(try TextEncoding(name: "cp1252") == .windows1252)
        #expect(try TextEncoding(name: "windows-1252") == .windows1252)
        #expect(throws: ExtractionError.unknownEncoding("utf-16")) { try TextEncoding(name: "utf-16") }
    }

    // MARK: binary

    @Test func nulBytesAreBinary() {
        #expect(failure(Array("Ein Text".utf8) + [0x00] + Array("mit NUL".utf8)) == .binary(file: "a.txt"))
        #expect(failure([0x48, 0x00, 0x69, 0x00], encoding: .latin1) == .binary(file: "a.txt"))  // UTF-16
    }

    @Test func nulAfterTheFirstKilobytesIsBinaryToo() {
        let text = [UInt8](repeating: 0x61, count: 20_000)
        #expect(failure(text + [0x00] + Array("Ende".utf8)) == .binary(file: "a.txt"))
        #expect(failure(text) == nil)
    }

    @Test func pngIsBinary() {
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52,
                            0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1F, 0x15, 0xC4, 0x89]
        #expect(failure(png, name: "bild.txt") == .binary(file: "bild.txt"))
        #expect(failure(png, name: "bild.txt", encoding: .windows1252) == .binary(file: "bild.txt"))
        // the signature alone, without NUL bytes, is refused too
        #expect(failure(Array(png.prefix(8))) == .binary(file: "a.txt"))
    }

    @Test func manyControlCharactersAreBinary() {
        let bytes = (0..<200).map { UInt8(1 + $0 % 30) }
        #expect(failure(bytes) == .binary(file: "a.txt"))
        // tabs, form feeds and line ends are text
        #expect(failure(Array("a\tb\u{0C}c\r\nd\n".utf8)) == nil)
    }

    // MARK: HTML detection

    @Test func htmlByExtension() throws {
        for name in ["seite.html", "seite.htm", "SEITE.HTML"] {
            let article = try read("<p>Hallo <b>Welt</b></p><p>Zweiter Absatz.</p>", name: name)
            #expect(article.isHTML, "\(name)")
            #expect(article.text == "Hallo Welt\n\nZweiter Absatz.\n", "\(name)")
        }
    }

    @Test func htmlByContent() throws {
        let page = "\n  <!DOCTYPE html>\n<html><head><title>Titel &amp; mehr</title></head><body><p>Inhalt.</p></body></html>"
        let article = try read(page, name: "gespeichert.txt")
        #expect(article.isHTML)
        #expect(article.text == "Inhalt.\n")
        #expect(article.title == "Titel & mehr")
        let bare = try read("<html><body><p>Ohne Doctype.</p></body></html>", name: "x")
        #expect(bare.isHTML)
        #expect(bare.text == "Ohne Doctype.\n")
    }

    @Test func savedPagesThatStartWithACommentOrHead() throws {
        let saved = "<!-- saved from url=(0040)https://example.com/nordkorea.html -->\n<HTML><BODY><P>Gespeichert.</P></BODY></HTML>"
        #expect(try read(saved, name: "seite.txt").text == "Gespeichert.\n")
        #expect(try read("<?xml version=\"1.0\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\"><body><p>XHTML.</p></body></html>", name: "x.txt").text == "XHTML.\n")
        #expect(try read("<head><title>T</title></head><body><p>Nur Kopf und Körper.</p></body>", name: "dump").text == "Nur Kopf und Körper.\n")
        // a text that starts with a comment-like line but holds no page stays text
        let text = "<!-- kein HTML -->\nNordkorea schweigt.\n"
        #expect(try read(text).text == text)
    }

    @Test func textWithATagIsNotHTML() throws {
        let text = "Die Formel a <b> ist kein HTML.\n"
        let article = try read(text, name: "notiz.txt")
        #expect(article.isHTML == false)
        #expect(article.text == text)
    }

    // MARK: files

    @Test func readsAFile() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("relgraph-reader-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("artikel.txt")
        try Data("Pjöngjang schweigt.\n".utf8).write(to: file)
        #expect(try ArticleReader().read(contentsOf: file.path).text == "Pjöngjang schweigt.\n")

        let bad = dir.appendingPathComponent("kaputt.txt")
        try Data([0x61, 0x80]).write(to: bad)
        #expect(throws: ExtractionError.invalidUTF8(file: bad.path, offset: 1)) { try ArticleReader().read(contentsOf: bad.path) }
        #expect(try ArticleReader(encoding: .latin1).read(contentsOf: bad.path).text == "a\u{0080}")
    }

    @Test func missingFileAndFolder() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("relgraph-reader-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let missing = dir.appendingPathComponent("fehlt.txt").path
        #expect(throws: ExtractionError.unreadable(file: missing, reason: "no such file")) { try ArticleReader().read(contentsOf: missing) }
        #expect(throws: ExtractionError.unreadable(file: dir.path, reason: "is a folder, not an article")) {
            try ArticleReader().read(contentsOf: dir.path)
        }
    }
}
