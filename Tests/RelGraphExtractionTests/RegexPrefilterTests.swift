import Foundation
@testable import RelGraphExtraction
import Testing

/// The boilerplate prefilter only skips a regex where the regex cannot match: checked for every shipped
/// pattern against every short line of the fixture articles and hand-made clutter, hard cases included.
struct RegexPrefilterTests {
    static let lexicon: Lexicon = {
        do { return try LexiconLoader.load() } catch { fatalError("shipped lexicon: \(error)") }
    }()

    static func regexes() -> [NSRegularExpression] {
        Language.allCases.flatMap { lexicon[$0].boilerplate } + lexicon.endMarkers
    }

    /// Short lines of every fixture article, and clutter written to hit the patterns, in odd spellings.
    static func lines() -> [String] {
        let root = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!
        var out: [String] = []
        for sub in ["eval", "stages"] {
            let dir = root.appendingPathComponent(sub)
            for name in (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? [] {
                guard let text = try? String(contentsOf: dir.appendingPathComponent(name), encoding: .utf8) else { continue }
                for line in text.split(separator: "\n") {
                    let t = line.trimmingCharacters(in: .whitespaces)
                    if !t.isEmpty && t.unicodeScalars.count <= 240 { out.append(t) }
                }
            }
        }
        let made = [
            "Teilen", "TEILEN:", "Mehr zum Thema: Ukraine", "© 2024 Verlag", "(c) AFP", "Kommentare (12)", "3 Kommentare",
            "Newsletter", "»Mehr lesen", "Foto: dpa", "Bild: Reuters", "Quelle: AFP, dpa", "(dpa)", "dpa-AFX", "Stand: 3. Juni",
            "edition.cnn.com", "www.example.org", "https://t.co/x",
            // a space where the pattern has no atom for one
            "edition.cnn.com heute", "www.example.org x", "https://t.co/x y", "dpa/AFP x", "spiegel.de/politik/a b", "(dpa) ",
            "12.3.2024 14:30", "Kommentare (3)",
            // literal starts, and ß lines checked on their folding
            "Back to top ↑", "back TO top", "Zurück nach oben ß", "Werbung: Straße", "WERBUNG – Grüße", "Mehr anzeigen ß", "(DPA)", "dpa/ß",
            "Schließen ß", "SCHLIESSEN", "schlie\u{1E9E}en", "Wir nutzen Cookies. Grüße", "Lesezeit: 3 Min. Straße", "Meistgelesen ß",
            "Share this story: Straße", "Privacy Policy", "Terms & Conditions", "Jetzt weiterlesen ß", "weiterlesen", "Startseite › Politik", "Politik | Ausland",
            "Related articles", "Ähnliche Artikel", "ähnliche artikel:", "Share on Facebook", "5 min read", "3 hours ago",
            "Wir verwenden Cookies.", "Lesezeit: 4 Min.", "12.03.2024, 14:30 Uhr", "Published: March 3, 2024 10:00",
            // case folding beyond plain lower-casing: the regex decides these
            "Schließen", "SCHLIESSEN", "Wir verwenden Cookies. Grüße", "Lesezeit: 3 Min. Straße", "Teilen ß", "Schlie\u{1E9E}en", "ß Politik | Ausland",
            "\u{212A}ommentare", "Coo\u{212A}ies", "\u{17F}hare on Facebook", "Straße", "STRASSE", "\u{FB01}nd more", "İmpressum",
            "Ｔeilen", "Teilen\u{301}", "Ä\u{308}hnliche Artikel", "A\u{308}hnliche Artikel", "µ", "ß", "ẞ",
            // Latin Extended-A and comma-below letters, read as safe
            "Łódź › Politik", "ŁÓDŹ › POLITIK", "Chișinău", "CHIȘINĂU", "Ševčenko: Newsletter", "Kommentare Ŧ", "Teilen Ĳ",
            "Ÿ", "\u{130}mpressum", "Share on Facebook ı", "\u{17F}hare", "Foto: Łukasz Ś", "https://ł.example/ș",
        ]
        return out + made
    }

    @Test func aSkippedRegexNeverMatches() {
        var skipped = 0
        for regex in Self.regexes() {
            let filter = RegexPrefilter(pattern: regex.pattern)
            for line in Self.lines() {
                let sc = Array(line.unicodeScalars)
                let ok = filter.mayMatch(firstKey: RegexPrefilter.lowered(sc[0]), lower: RegexPrefilter.loweredLine(sc[...]))
                if ok { continue }
                skipped += 1
                let matched = regex.firstMatch(in: line, range: NSRange(line.startIndex..., in: line)) != nil
                #expect(!matched, "\(regex.pattern) matches \(line)")
            }
        }
        // the filter does skip: most patterns rule out most lines
        #expect(skipped > Self.regexes().count * Self.lines().count / 2)
    }

    /// A safe scalar beyond Latin-1 is read as its lower case (one scalar, what ICU's folding gives); the
    /// letters that fold to or as ASCII, or to two scalars, are not safe.
    @Test func latinExtendedALowersAsItsLowerCase() {
        for v in UInt32(0x100)...0x17F {
            let s = Unicode.Scalar(v)!
            if [0x130, 0x131, 0x149, 0x17F].contains(v) {
                #expect(RegexPrefilter.lowered(s) == nil)
                continue
            }
            let lower = String(s).lowercased().unicodeScalars.map(\.value)
            #expect(lower.count == 1 && RegexPrefilter.lowered(s) == lower[0], "\(String(v, radix: 16))")
        }
        for v in UInt32(0x218)...0x21B {
            #expect(RegexPrefilter.lowered(Unicode.Scalar(v)!) == String(Unicode.Scalar(v)!).lowercased().unicodeScalars.first!.value)
        }
        #expect(RegexPrefilter.lowered("\u{17F}") == nil)
        #expect(RegexPrefilter.lowered("\u{1E9E}") == nil)
    }

    @Test func readsFirstScalarsAndRequiredRuns() {
        let p = RegexPrefilter(pattern: #"^(?:Kommentare?\s*(\(\d+\))?)$"#)
        #expect(p.first == [UInt32(("k" as Unicode.Scalar).value)])
        #expect(p.runs == [Array("kommentar".unicodeScalars.map(\.value))])
        let optional = RegexPrefilter(pattern: #"^(?:(Zur )?Bildergalerie.*)$"#)
        #expect(optional.first == Set("zb".unicodeScalars.map(\.value)))
        let digits = RegexPrefilter(pattern: #"^(?:\d+ Kommentare?)$"#)
        #expect(digits.first == Set("0123456789".unicodeScalars.map(\.value)))
        #expect(digits.runs == [Array(" kommentar".unicodeScalars.map(\.value))])
    }

    @Test func boundsTheLengthOfAMatch() {
        #expect(RegexPrefilter(pattern: #"^(?:(Facebook|X|E-?mail))$"#).maxLength == 8)
        #expect(RegexPrefilter(pattern: #"^(?:Teilen:?\W*)$"#).maxLength == nil)
        #expect(RegexPrefilter(pattern: #"^(?:\d{1,2}\.\d{1,2}\.\d{2,4})$"#).maxLength == 10)
        #expect(RegexPrefilter(pattern: #"^(?:[\w &-]{1,30} \| x)$"#).maxLength == 34)
        // ß may match "ss": no bound
        #expect(RegexPrefilter(pattern: #"^(?:(Suche|Schließen))$"#).maxLength == nil)
        #expect(RegexPrefilter(pattern: #"^(?:[ßa]b)$"#).maxLength == nil)
        let p = RegexPrefilter(pattern: #"^(?:(Facebook|X))$"#)
        let long = Array("Facebook Seite".unicodeScalars)
        #expect(!p.mayMatch(firstKey: RegexPrefilter.lowered(long[0]), lower: RegexPrefilter.loweredLine(long[...])))
    }

    @Test func unreadPatternsLetEveryLineThrough() {
        for pattern in [#"^(?:.*\bE-Paper\b.*)$"#, #"^(?:(?i)teilen)$"#, #"^(?:\p{L}+)$"#, #"^(?:[^a]+)$"#, #"^(?:[[:alpha:]]+)$"#, #"^(?:ß)$"#] {
            let p = RegexPrefilter(pattern: pattern)
            #expect(p.first == nil, "\(pattern)")
        }
        // a line with a scalar outside the safe set is not checked for runs
        let p = RegexPrefilter(pattern: #"^(?:Teilen)$"#)
        let line = Array("Te\u{17F}\u{17F}".unicodeScalars)
        #expect(p.mayMatch(firstKey: RegexPrefilter.lowered(line[0]), lower: RegexPrefilter.loweredLine(line[...])))
        #expect(!p.mayMatch(firstKey: RegexPrefilter.lowered("X"), lower: nil))
        #expect(p.mayMatch(firstKey: nil, lower: nil))
    }
}
