import Foundation
@testable import RelGraphExtraction
import Testing

/// The byte path of the HTML reader (pages of one-scalar Characters) gives what the Character path gives,
/// on generated pages full of the hard cases: broken tags, quotes with ">", comments, raw text, entities
/// (numeric ones that bring a CR, a combining mark or a soft hyphen), CR LF, no-break spaces, tag names
/// beyond ASCII, dotted and dotless i near "<title".
struct HTMLByteReadingTests {
    static let words = ["Der", "Präsident", "sagte", "Kiew", "Moskau", "the", "said", "Erdoğan", "Zürich", "„Zitat“", "–", "€", "…",
                        "İstanbul", "ıi", "ſ", "Verteidigungs\u{AD}minister", "a\u{A0}b", "x\r\ny", "\r", "\t", "\n", "\u{A0}", "  ",
                        "Straße", "naïve", "—", "«quote»", "O'Brien", "U.S.", "3.", "Łódź", "Chișinău"]
    static let entities = ["&amp;", "&lt;", "&gt;", "&quot;", "&nbsp;", "&shy;", "&auml;", "&szlig;", "&#8222;", "&#x201C;", "&#150;",
                           "&#769;", "&#x301;", "&#13;", "&#10;", "&#173;", "&#0;", "&#xD800;", "&bogus;", "&amp", "&;", "&#;",
                           "&verylongentityname;", "& ;", "&\r\n;", "&a\r\nb;", "&#x41;", "&ndash;", "&#128512;", "&zwj;"]
    static let tags = ["p", "div", "span", "b", "a href=\"x>y\"", "a title='a > b'", "img src=x", "br", "br/", "li", "h1", "section",
                       "article", "main", "header", "footer", "nav", "aside", "form", "label", "figure", "table", "td", "P", "DIV",
                       "Article", "svg", "noscript", "head", "body", "html", "title", "TITLE", "p data-x=\"ä > ö\"", "ä", "pä",
                       "p2", "a\r\nhref=1", "p/", "div =\"\"", "meta charset=utf-8", "p\u{A0}class=\"x>y\""]

    static func text(_ r: inout TestRandom) -> String {
        (0..<Int(r.next() % 8)).map { _ in r.chance(0.3) ? r.pick(entities) : r.pick(words) }.joined(separator: " ")
    }

    static func node(_ r: inout TestRandom, depth: Int) -> String {
        let x = r.next() % 100
        if depth > 4 || x < 30 { return text(&r) }
        if x < 36 { return "<!--" + text(&r) + r.pick(["-->", "--!>", "", " -->"]) }
        if x < 39 { return "<!-->" + text(&r) }
        if x < 43 {
            let t = r.pick(["script", "style", "textarea", "SCRIPT", "Style"])
            return "<\(t)>" + r.pick(["var a='<p>x</p>';", "a < b && c > d", "</scr", "Ä<ö>"]) + r.pick(["</\(t)>", "</\(t.uppercased())>", "</\(t.lowercased()) >", ""])
        }
        if x < 46 { return r.pick(["<", "< p>", "<3", "<<b>", "<ä>", "<!doctype html>", "<?xml version='1.0'?>", "</>", "<a", "<p title=\"unclosed>", "<\r\n"]) }
        let tag = r.pick(tags)
        let name = String(tag.prefix { $0 != " " && $0 != "\r" && $0 != "\u{A0}" })
        let inner = (0..<Int(r.next() % 4)).map { _ in node(&r, depth: depth + 1) }.joined()
        return "<\(tag)>" + inner + r.pick(["</\(name)>", "</\(name.uppercased())>", "", "</\(name) >"])
    }

    static func page(_ r: inout TestRandom) -> String {
        var page = (0..<Int(r.next() % 8 + 1)).map { _ in node(&r, depth: 0) }.joined()
        if r.chance(0.5) { page = "<html><head><title>" + text(&r) + "</title></head><body>" + page + "</body></html>" }
        if r.chance(0.2) { page = r.pick(["<TITLE>", "<title lang=de>", "<tİtle>", "<tıtle>"]) + text(&r) + r.pick(["</TITLE>", "</title>", "</tİtle>", ""]) + page }
        if r.chance(0.1) { page = page.replacingOccurrences(of: "\n", with: "\r\n") }
        return page
    }

    @Test func bytePathReadsAsTheCharacterPath() {
        var r = TestRandom(seed: 2024)
        let html = HTMLTextExtractor()
        var fast = 0
        for _ in 0..<1500 {
            let p = Self.page(&r)
            if HTMLTextExtractor.allOwnCharacters(p) { fast += 1 }
            #expect(html.text(of: p) == html.textByCharacters(of: p), "\(p.debugDescription)")
            #expect(html.title(of: p) == html.titleByCharacters(of: p), "\(p.debugDescription)")
        }
        // the pages do take the byte path
        #expect(fast > 1000)
    }

    @Test func pagesBeyondOneScalarCharactersTakeTheCharacterPath() {
        #expect(HTMLTextExtractor.allOwnCharacters("<p>Präsident „Zitat“ – 3 € Łódź</p>"))
        #expect(!HTMLTextExtractor.allOwnCharacters("<p>e\u{301}</p>"))
        #expect(!HTMLTextExtractor.allOwnCharacters("<p>\u{1F600}</p>"))
        #expect(!HTMLTextExtractor.allOwnCharacters("<p>\u{200D}</p>"))
        #expect(!HTMLTextExtractor.allOwnCharacters("<p>\u{41F}</p>"))
    }

    @Test func entitiesIntoBytesAsIntoAString() {
        for s in ["a &amp; b", "&auml;&ouml;", "x &#13; y", "&bogus; &amp", "&a\r\nbcdefghijk;", "&#x301;e", "ok"] {
            var out: [UInt8] = []
            HTMLEntities.decode(s[...], into: &out)
            #expect(String(decoding: out, as: UTF8.self) == HTMLEntities.decode(s[...]), "\(s.debugDescription)")
        }
    }
}
