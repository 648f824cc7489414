import Foundation
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

/// The byte-trie path of `WordPatterns` gives what String look-ups of every prefix and suffix give.
struct WordPatternsEquivalenceTests {
    /// The look-up by Characters, as `WordPatterns` did before it had tries.
    static func reference(_ forms: [(String, Int)], _ word: String) -> [Int] {
        var exact: [String: [Int]] = [:], prefixes: [String: [Int]] = [:], suffixes: [String: [Int]] = [:]
        var infixes: [(String, Int)] = []
        var minAffix = Int.max
        for (form, v) in forms {
            let f = form.lowercased()
            let lead = f.hasPrefix("*"), trail = f.hasSuffix("*")
            let core = String(f.drop(while: { $0 == "*" }).reversed().drop(while: { $0 == "*" }).reversed())
            if core.isEmpty { continue }
            switch (lead, trail) {
            case (false, false): exact[core, default: []].append(v)
            case (false, true): prefixes[core, default: []].append(v); minAffix = min(minAffix, core.count)
            case (true, false): suffixes[core, default: []].append(v); minAffix = min(minAffix, core.count)
            case (true, true): infixes.append((core, v))
            }
        }
        var out = exact[word] ?? []
        let n = word.count
        if n >= minAffix {
            let chars = Array(word)
            for k in minAffix...n { if let v = prefixes[String(chars[0..<k])] { out += v } }
            for k in minAffix...n { if let v = suffixes[String(chars[(n - k)..<n])] { out += v } }
        }
        for (core, v) in infixes where word.contains(core) { out.append(v) }
        return out
    }

    static let forms: [(String, Int)] = [
        ("waffen*", 1), ("*lieferung", 2), ("*lieferungen", 3), ("liefer*", 4), ("*ung", 5), ("angriff", 6), ("angriff*", 7),
        ("*griff", 8), ("*pakt*", 9), ("über*", 10), ("*schütz", 11), ("café*", 12), ("*é", 13), ("l*", 14), ("*n", 15), ("waffen*", 16),
    ]

    static let words = [
        "waffenlieferungen", "waffenlieferung", "lieferung", "angriff", "angriffe", "gegenangriff", "überfall", "ueberfall",
        "beschütz", "café", "cafe\u{301}", "cafe\u{301}s", "l", "n", "", "x", "verteidigungspakt", "über", "u\u{308}berfall",
        "waffen\u{200D}lieferung", "straße", "ﬁnden", "lieferung\r\n", "a\u{301}é", "日本lieferung", "ʼn",
    ]

    @Test func triesAnswerAsStringLookUps() {
        var p = WordPatterns<Int>()
        for (f, v) in Self.forms { p.insert(f, v) }
        for w in Self.words {
            #expect(p.matches(w) == Self.reference(Self.forms, w), "\(w.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }

    @Test func hasMatchIsMatchesNotEmpty() {
        var p = WordPatterns<Int>()
        for (f, v) in Self.forms { p.insert(f, v) }
        var general = p
        general.insert("*e\u{301}", 17)
        for w in Self.words + ["angriffe", "lieferungen", "zzz"] {
            #expect(p.hasMatch(w) == !p.matches(w).isEmpty, "\(w)")
            #expect(general.hasMatch(w) == !general.matches(w).isEmpty, "\(w)")
        }
        #expect(p.hasMatch("angriff"))
        #expect(!p.hasMatch("zzz"))
    }

    @Test func starsAreCharacters() {
        let forms: [(String, Int)] = [("**ab**", 1), ("*\u{301}ab", 2), ("ab*\u{301}", 3), ("*", 4), ("***", 5), ("*cd", 6), ("ef**", 7)]
        var p = WordPatterns<Int>()
        for (f, v) in forms { p.insert(f, v) }
        for w in ["ab", "xab", "abx", "xabx", "*\u{301}ab", "ab*\u{301}", "\u{301}ab", "cd", "xcd", "ef", "efx", "*"] {
            #expect(p.matches(w) == Self.reference(forms, w), "\(w)")
        }
    }

    @Test func aNonSimpleFormSendsEveryWordTheGeneralWay() {
        let forms = Self.forms + [("*e\u{301}", 17)]
        var p = WordPatterns<Int>()
        for (f, v) in forms { p.insert(f, v) }
        for w in Self.words { #expect(p.matches(w) == Self.reference(forms, w)) }
        #expect(p.matches("café").contains(17))
    }

    @Test func titleHeadsOnFixtureWords() throws {
        let lexicon = try LexiconLoader.load()
        let root = try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil)?.appendingPathComponent("eval"))
        var words = Set<String>()
        for name in try FileManager.default.contentsOfDirectory(atPath: root.path) {
            let text = try String(contentsOf: root.appendingPathComponent(name), encoding: .utf8)
            for w in Tokenizer().words(text) { words.insert(w.lowercased()) }
        }
        #expect(words.count > 1000)
        // the title-head index against the longest head found by Character suffixes
        for lang in Language.allCases {
            let heads = lexicon[lang].titleHeads
            for w in words {
                let chars = Array(w)
                let expected = Set(heads).filter { h in h.count <= chars.count && String(chars[(chars.count - h.count)...]) == h }
                    .max { $0.count < $1.count }
                #expect(lexicon[lang].titleHeadIndex.longestSuffix(of: w) == expected, "\(w)")
            }
        }
    }
}
