@testable import RelGraphExtraction
import Testing

/// `AsciiWordMap` answers as `[String: Value]` does (String equality, canonical equivalence), for words
/// looked up by bytes and for the others, in either normalization form on either side.
struct AsciiWordMapTests {
    static let words: [String] = [
        "", "a", "A", "KGB", "\u{212A}GB", "Außenminister", "Au\u{00DF}enministerin", "A\u{0308}ußere", "Äußere",
        "Übergang", "U\u{0308}bergang", "Ærø", "Ærö", "ß", "ẞ", "ss", "SS", "é", "e\u{0301}", "Café", "Cafe\u{0301}",
        "Ｔeilen", "Teilen", "teilen", "İstanbul", "Istanbul", "Κρεμλίνο", "Кремль", "東京", "ﬁnd", "find", "Å", "\u{212B}",
        "e\u{0301}\u{0301}", "Zoë", "Zoe\u{0308}", "ǅ", "ǆ", "\u{2126}", "Ω", "x\u{0300}", "ò", "o\u{0300}",
        "é’s", "e\u{0301}’s", "„Café“", "„Cafe\u{0301}“", "\u{2019}", "\u{2014}",
    ]

    @Test func answersAsTheStringDictionary() {
        // stored: every other word, plus many plain ASCII words (the table grows several times)
        var map = AsciiWordMap<[Int]>()
        var dict: [String: [Int]] = [:]
        var stored: [String] = []
        for (k, w) in Self.words.enumerated() where k % 2 == 0 { stored.append(w) }
        for k in 0..<3_000 where k % 3 == 0 { stored.append("w\(k)") }
        for (k, w) in stored.enumerated() {
            map.update(w, initial: []) { $0.append(k) }
            dict[w, default: []].append(k)
            // a second value under an equal key
            map.update(w, initial: []) { $0.append(-k) }
            dict[w, default: []].append(-k)
        }
        var probes = Self.words
        for k in 0..<3_000 { probes.append("w\(k)") }
        for k in 0..<500 { probes.append("ä\(k)ß") }
        for w in probes {
            #expect(map.value(for: w) == dict[w], "\(w.unicodeScalars.map { String($0.value, radix: 16) })")
        }
        #expect(Set(map.keys) == Set(dict.keys))
        #expect(map.count == dict.count)
    }

    /// The other half stored: the words that were probes above are now keys.
    @Test func answersAsTheStringDictionaryOtherHalf() {
        var map = AsciiWordMap<Int>()
        var dict: [String: Int] = [:]
        for (k, w) in Self.words.enumerated() where k % 2 == 1 {
            map.update(w, initial: 0) { $0 += k }
            dict[w, default: 0] += k
        }
        for w in Self.words { #expect(map.value(for: w) == dict[w], "\(w)") }
    }

    /// Room made beforehand (`reserveCapacity`) changes no answer, whether it is more or less than needed.
    @Test(arguments: [0, 10, 5_000])
    func reservedAnswersAsTheStringDictionary(_ room: Int) {
        var map = AsciiWordMap<Int>()
        map.reserveCapacity(room)
        var dict: [String: Int] = [:]
        var stored = Self.words
        for k in 0..<1_000 { stored.append("r\(k)") }
        for (k, w) in stored.enumerated() {
            map.update(w, initial: 0) { $0 += k }
            dict[w, default: 0] += k
        }
        for w in stored + ["r1000", "x", "Ä"] { #expect(map.value(for: w) == dict[w], "\(w)") }
        #expect(map.count == dict.count)
    }
}
