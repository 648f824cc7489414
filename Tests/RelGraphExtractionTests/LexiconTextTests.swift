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
