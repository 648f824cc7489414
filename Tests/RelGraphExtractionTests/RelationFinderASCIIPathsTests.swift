import Foundation
import Testing
@testable import RelGraphExtraction

/// The relation finder's byte paths for ASCII ids give what the Character and Foundation operations give.
struct RelationFinderASCIIPathsTests {
    @Test func lastIDPartIsTheLastNonEmptyColonPart() {
        for id in ["state:ru", "agreement:?defense-pact", "x", "", ":", "a::", "::b", "person:vladimir-putin:", "a:b:c",
                   "person:m\u{FC}ller", "state:e\u{301}", "no colon"] {
            let expected = id.split(separator: ":").last.map(String.init) ?? id
            #expect(RelationFinder.lastIDPart(id) == expected, "\(id)")
        }
    }

    @Test func replacingHyphensIsFoundationsReplacement() {
        for (s, r) in [("prk-rus", "–"), ("defense-pact", " "), ("-a--b-", "+"), ("", "–"), ("none", " "), ("caf\u{E9}-x", " ")] {
            #expect(RelationFinder.Finder.replacingHyphens(s, with: r) == s.replacingOccurrences(of: "-", with: r), "\(s)")
        }
        #expect(RelationFinder.Finder.replacingHyphens("prk-rus", with: "–") == "prk–rus")
    }
}
