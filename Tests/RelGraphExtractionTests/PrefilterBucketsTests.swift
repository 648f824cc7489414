import Foundation
@testable import RelGraphExtraction
import Testing

/// The regexes a line is checked against by first scalar are exactly those whose own prefilter lets it through.
struct PrefilterBucketsTests {
    @Test func bucketsAgreeWithEachPrefilter() {
        let filters = RegexPrefilterTests.regexes().map { RegexPrefilter(pattern: $0.pattern) }
        let buckets = PrefilterBuckets(filters)
        var lines = RegexPrefilterTests.lines()
        // every first scalar the prefilters know, and some they do not, in front of a few endings
        var firsts: Set<Unicode.Scalar> = ["ß", "ẞ", "µ", "\u{212A}", "Ｔ", "\u{301}", "€", "–", "\u{2063}", "x", "Z", "0", " "]
        for f in filters { for v in f.first ?? [] { if let s = Unicode.Scalar(v) { firsts.insert(s) } } }
        for v: UInt32 in 0xC0...0xFF { firsts.insert(Unicode.Scalar(v)!) }
        for s in firsts { for end in ["", "eilen", "ewsletter", "ookies", "ommentare (3)", ": dpa"] { lines.append(String(s) + end) } }
        var checked = 0
        for line in lines {
            let sc = Array(line.unicodeScalars)
            let key = RegexPrefilter.lowered(sc[0])
            let lower = RegexPrefilter.loweredLine(sc[...])
            let expected = filters.indices.filter { filters[$0].mayMatch(firstKey: key, lower: lower) }
            let got = buckets.candidates(firstKey: key).filter { key == nil || filters[$0].mayMatch(lower: lower) }
            #expect(got == expected, "\(line)")
            checked += 1
        }
        #expect(checked > 500)
        for v in 0..<PrefilterBuckets.keyLimit {
            let expected = filters.indices.filter { filters[$0].first.map { $0.contains(v) } ?? true }
            #expect(buckets.candidates(firstKey: v) == expected, "key \(v)")
        }
    }
}
