import Foundation
@testable import RelGraphExtraction
import Testing

/// The written-out answers for ASCII and Latin-1 agree with Unicode's properties for every scalar; strings
/// built from scalars and language detection by scalars agree with the general forms.
struct ScalarPropertiesTests {
    static let scalars: [Unicode.Scalar] = (0..<0x3400).compactMap(Unicode.Scalar.init) + (0x1F300..<0x1F400).compactMap(Unicode.Scalar.init)

    @Test func propertiesAsUnicodeHasThem() {
        for s in Self.scalars {
            #expect(ScalarProperties.isWhitespace(s) == s.properties.isWhitespace, "\(s.value)")
            #expect(ScalarProperties.isAlphabetic(s) == s.properties.isAlphabetic, "\(s.value)")
            #expect(ScalarProperties.isUppercase(s) == s.properties.isUppercase, "\(s.value)")
            #expect(ScalarProperties.isLowercase(s) == s.properties.isLowercase, "\(s.value)")
            #expect(ScalarProperties.isNumeric(s) == (s.properties.numericType != nil), "\(s.value)")
        }
    }

    @Test func tokenizerWordScalarsAsBefore() {
        for s in Self.scalars {
            let p = s.properties
            let expected = p.isAlphabetic || p.numericType != nil || p.generalCategory == .nonspacingMark || p.generalCategory == .spacingMark
            #expect(Tokenizer.isWordScalar(s) == expected, "\(s.value)")
        }
    }

    /// Lower case through the ASCII and Latin-1 paths is `lowercased()`, scalar by scalar and in words.
    @Test func lowerCaseAsLowercased() {
        for s in Self.scalars {
            let t = String(Character(s))
            #expect(t.lowercasedFast() == t.lowercased(), "\(s.value)")
            #expect(t.lowercasedFast().unicodeScalars.elementsEqual(t.lowercased().unicodeScalars), "\(s.value)")
            let w = "Ab" + t + "ÄÖÜ"
            #expect(w.lowercasedFast().unicodeScalars.elementsEqual(w.lowercased().unicodeScalars), "\(s.value)")
        }
        for w in ["", "KIEW", "Außenministerin", "ÆRØ", "İstanbul", "ΣΟΦΙΑ", "A\u{308}USSERE", "Ǆemal"] {
            #expect(w.lowercasedFast().unicodeScalars.elementsEqual(w.lowercased().unicodeScalars), "\(w)")
        }
    }

    /// The German common-noun test on bytes answers as the Character test.
    @Test func nounSuffixAsCharacters() {
        let words = ["", "ung", "zeitung", "regierung", "regierungen", "universität", "universita\u{308}t", "ukraine", "ölförderung",
                     "führung", "a\u{301}bcdefung", "kräfteverhältnis", "verhältnisse", "ministerium", "imperialismus", "gesellschaft",
                     "öffentlichkeit", "sicherheit", "naß", "x\r\nabcung", "\u{1F600}ungungung", "tät", "abcdtät", "æøåtion"]
        for w in words {
            let expected = w.count > 6 && ActorFinder.nounSuffixes.contains { w.hasSuffix($0) }
            #expect(ActorFinder.isLongWithNounSuffix(w) == expected, "\(w.unicodeScalars.map(\.value))")
        }
    }

    @Test func documentScalarsAsUnicodeScalars() {
        let texts = ["", "a", "Selenskyj’s „Friedensplan“ – 3 €", "e\u{301}\u{1F600}x", "日本語", "\u{10FFFF}\u{7F}\u{80}\u{7FF}\u{800}\u{FFFF}\u{10000}",
                     String(Self.scalars.map(Character.init))]
        for t in texts {
            #expect(Document.scalars(of: t) == Array(t.unicodeScalars))
        }
    }

    @Test func stringsFromScalars() {
        let texts = ["", "a", "Kiew", "Selenskyj’s „Friedensplan“ – 3 €", "e\u{301}\u{1F600}x", "日本語", "\u{10FFFF}\u{7F}\u{80}\u{7FF}\u{800}\u{FFFF}\u{10000}"]
        for t in texts {
            let sc = Array(t.unicodeScalars)
            let s = ScalarProperties.string(sc[...])
            #expect(Array(s.utf8) == Array(t.utf8))
            #expect(s == t)
        }
    }

    @Test func languageByScalarsAsByCharacters() {
        let d = LanguageDetector()
        let texts = [
            "Der Präsident und die Regierung", "The president said that the army was there", "für die für die the",
            "Die Ukraine ist nicht in der Nato, the end", "fu\u{308}r die Fu\u{308}R die the the the",
            "THE AND OF Der", "İst die das", "the\r\nthe\r\nder", "Die Welt 🌍 the the", "der\u{200D}die the",
        ]
        for t in texts {
            #expect(d.detect(t) == d.detectByCharacters(t), "\(t)")
            if let fast = d.detectByScalars(t) { #expect(fast == d.detectByCharacters(t), "\(t)") }
        }
        #expect(d.detectByScalars("fu\u{308}r") == nil)
        #expect(d.detectByScalars("Die Welt 🌍") == nil)
        #expect(d.detectByScalars("Die „Welt“ – 3 €") != nil)
    }
}

/// `Token.containsHyphen` answers as Foundation's `contains("-")`.
struct TokenHyphenTests {
    @Test func containsHyphenAsFoundation() {
        for text in ["a-b", "a-\u{301}b", "ab", "\u{600}-x", "a\u{2010}b", "-", "Ukraine-Krieg", "Kim Yong-hyun", "US-Außenminister", "x-\u{200D}y", "😀-x", "Путин-Режим"] {
            let t = Token(range: TextRange(0, text.unicodeScalars.count), text: text, kind: .word, sentence: 0)
            #expect(t.containsHyphen == text.contains("-"), "\(text.unicodeScalars.map(\.value))")
        }
    }
}

/// Slugs of ASCII names, made without Foundation's folding, are what the folding gives.
struct SlugASCIITests {
    @Test func asciiFoldsAsFoundation() {
        let names = ["Kim Yong-hyun", "MAO NING", "x", "", "  --A b--  ", "O'Brien", "U.S. Army", "Tab\tand\u{7F}DEL", "a1-B2_c3"]
        var all = names
        for v in 0..<128 { all.append("A\(Character(Unicode.Scalar(UInt8(v))))z") }
        for n in all {
            #expect(Slug.folded(n) == n.lowercased(), "\(n.unicodeScalars.map(\.value))")
        }
        #expect(Slug.make("Recep Tayyip Erdoğan") == "recep-tayyip-erdogan")
        #expect(Slug.make("Kim Yong-hyun") == "kim-yong-hyun")
    }

    @Test func slugSpellsLettersWithoutBaseLetter() {
        // letters that diacritic folding leaves as they are: spelled in ASCII, not dropped as a word break
        #expect(Slug.make("Jarosław Kaczyński") == "jaroslaw-kaczynski")
        #expect(Slug.make("Lars Løkke Rasmussen") == "lars-lokke-rasmussen")
        #expect(Slug.make("Đuro Đaković") == "djuro-djakovic")
        #expect(Slug.make("Bjarni Benediktsson Þór") == "bjarni-benediktsson-thor")
        #expect(Slug.make("Straße") == "strasse")
        #expect(Slug.make("Aysel Yıldız") == "aysel-yildiz")
    }
}
