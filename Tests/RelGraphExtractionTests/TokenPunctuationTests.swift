import Testing
@testable import RelGraphExtraction

struct TokenPunctuationTests {
    @Test func marksAreThoseTheStringComparisonsFind() {
        let texts = ["(", ")", ",", ";", ":", "\u{2013}", "\u{2014}", "-", "[", "]", "\u{37E}", ",\u{301}", "((", "and", "a", "",
                     "Regierung", "\u{201E}", ".", "\u{FF08}", "x,", "'", "\u{2019}", "'s", "s"]
        for text in texts {
            let p = TokenPunctuation(text)
            #expect(p.contains(.openBracket) == (text == "("), "\(text)")
            #expect(p.contains(.closeBracket) == (text == ")"), "\(text)")
            #expect(p.contains(.comma) == (text == ","), "\(text)")
            #expect(p.contains(.boundary) == RelationFinder.boundaries.contains(text), "\(text)")
            #expect(p.contains(.possessiveMark) == (text == "'s" || text == "’s" || text == "'" || text == "’"), "\(text)")
        }
        // every ASCII character alone and before "s"
        for b in UInt8(0x20)...UInt8(0x7E) {
            for text in [String(UnicodeScalar(b)), String(UnicodeScalar(b)) + "s"] {
                let p = TokenPunctuation(text)
                #expect(p.contains(.openBracket) == (text == "(") && p.contains(.closeBracket) == (text == ")")
                        && p.contains(.comma) == (text == ",") && p.contains(.boundary) == RelationFinder.boundaries.contains(text)
                        && p.contains(.possessiveMark) == (text == "'s" || text == "'"), "\(text)")
            }
        }
        // the Greek question mark is ";" to a String comparison
        #expect(TokenPunctuation("\u{37E}").contains(.boundary))
        #expect(TokenPunctuation("(") == [.openBracket, .boundary])
        #expect(TokenPunctuation(",") == [.comma, .boundary])
        #expect(TokenPunctuation("and") == [])
        #expect(TokenPunctuation("'s") == [.possessiveMark] && TokenPunctuation("\u{2019}s") == [.possessiveMark])
        #expect(TokenPunctuation("'") == [.possessiveMark] && TokenPunctuation("\u{2019}") == [.possessiveMark])
        #expect(TokenPunctuation("s'") == [] && TokenPunctuation("'ss") == [] && TokenPunctuation("\u{2019}ss") == [])
    }

    @Test func quoteMarksAreThoseTheStringComparisonsFind() {
        let quotes = ["\u{201E}", "\u{AB}", "\u{201C}", "\u{201D}", "\u{BB}", "\""]
        let texts = quotes + ["\u{201A}", "\u{2018}", "\u{2019}", "'", "\"\"", "\"\u{301}", "\u{201E}\u{301}", "(", ",", "a", "", "\u{201C}s"]
        for text in texts {
            #expect(TokenPunctuation(text).contains(.quoteMark) == quotes.contains(text), "\(text)")
        }
        for b in UInt8(0x20)...UInt8(0x7E) {
            let text = String(UnicodeScalar(b))
            #expect(TokenPunctuation(text).contains(.quoteMark) == (text == "\""), "\(text)")
        }
        #expect(TokenPunctuation("\"") == [.quoteMark])
        #expect(TokenPunctuation("\u{201E}") == [.quoteMark])
    }
}
