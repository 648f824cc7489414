import Foundation
@testable import RelGraphExtraction
import Testing

/// The loader's own trimming and id check answer as Foundation's trimming and the id regex.
struct LexiconTextTests {
    @Test func trimmingAsFoundation() {
        let sets: [(CharacterSet, LexiconText.Trimmer)] = [(.whitespaces, LexiconText.whitespaces), (.whitespacesAndNewlines, LexiconText.whitespacesAndNewlines)]
        let scalars = (0..<0x3100).compactMap(Unicode.Scalar.init) + (0xFE00..<0x10000).compactMap(Unicode.Scalar.init) + [Unicode.Scalar(0x1F600)!]
        for (set, trim) in sets {
            for s in scalars {
                for text in ["\(s)a\(s)", "\(s)", "a \(s) b", " \(s)\u{301}x\t\(s)"] {
                    #expect(trim(text) == text.trimmingCharacters(in: set), "\(s.value)")
                }
            }
        }
    }

    @Test func idCheckAsTheRegex() {
        let ids = [
            "state:rus", "person:vladimir-putin", "org:nato", "agreement:new-start", "group:houthis", "state:", "state:-a", "state:a-",
            "state:a--b", "State:rus", "states:rus", "state:Rus", "state:rüs", "state:rus\n", "state:rus\r\n", "state:rus\n\n", "state:rus\u{2028}",
            "state:rus\u{85}", "state:rus ", " state:rus", "state:a1-2b", "person:a_b", "org:nato\r", "org:nato\u{B}", "org:nato\u{C}",
            ":rus", "state", "", "state:rus:x", "group:a-b-c-d", "state:rus\r\r",
        ]
        for id in ids {
            let regex = LexiconLoader.idPattern.firstMatch(in: id, range: NSRange(id.startIndex..., in: id)) != nil
            #expect(LexiconText.isWellFormedID(id) == regex, "\(id.unicodeScalars.map(\.value))")
        }
    }
}

/// Splitting on scalars gives what splitting on Characters gives.
struct LexiconTextSplitTests {
    @Test func splitAsCharacters() {
        let texts = ["", "|", "a|b", "a||b|", "|a|b|c|d", "name | state:rus | de | Russland; Russia", "a|\u{301}b|c", "x;;y; ;z;", "Erdoğan|Путин|b"]
        for t in texts {
            for c: Unicode.Scalar in ["|", ";"] {
                for maxSplits in [0, 1, 2, Int.max] {
                    for omit in [false, true] {
                        let expected = t.split(separator: Character(c), maxSplits: maxSplits, omittingEmptySubsequences: omit)
                        #expect(LexiconText.split(Substring(t), separator: c, maxSplits: maxSplits, omittingEmptySubsequences: omit) == expected, "\(t) \(maxSplits) \(omit)")
                    }
                }
            }
        }
    }
}
