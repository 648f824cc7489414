import RelGraphExtraction
import Testing

/// Single-word forms with `*` at either end.
struct WordPatternsTests {
    static func patterns() -> WordPatterns<Int> {
        var p = WordPatterns<Int>()
        p.insert("Abkommen", 1)
        p.insert("waffen*", 2)
        p.insert("*lieferung", 3)
        p.insert("*pakt*", 4)
        p.insert("ab*", 5)
        return p
    }

    @Test func exactFormsAreLowerCase() {
        let p = Self.patterns()
        #expect(p.matches("abkommen") == [1, 5])
        #expect(p.matches("abkommens") == [5])
        #expect(p.count == 5)
    }

    @Test func prefixSuffixAndInfix() {
        let p = Self.patterns()
        #expect(p.matches("waffenruhe") == [2])
        #expect(p.matches("waffen") == [2])
        #expect(p.matches("gaslieferung") == [3])
        #expect(p.matches("waffenlieferung") == [2, 3])
        #expect(p.matches("verteidigungspaktes") == [4])
        #expect(p.matches("pakt") == [4])
        #expect(p.matches("ab") == [5])
        #expect(p.matches("a") == [])
        #expect(p.matches("lieferungen") == [])
        #expect(p.matches("kwaffen") == [])
        #expect(p.contains("absprache"))
        #expect(!p.contains("rabatt"))
    }

    @Test func wildcardAloneMatchesNothing() {
        var p = WordPatterns<Int>()
        p.insert("*", 1)
        p.insert("**", 2)
        #expect(p.matches("alles").isEmpty)
    }

    @Test func emptyPatterns() {
        #expect(WordPatterns<String>().matches("wort").isEmpty)
    }
}
