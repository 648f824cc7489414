import Testing
@testable import RelGraphExtraction

@Suite struct ActorFinderHyphenPartsTests {
    static let words = ["ukraine-krieg", "US-Außenminister", "nato-", "-nato", "a--b", "---", "-", "", "plain", "Iran-backed",
                        "a-b-c-", "e\u{301}-x", "x-\u{301}y", "Kim-Jong-Un", "é-ü", "--x--", "a\r\n-b", "\u{600}-x", "x-\u{200D}y",
                        "ab-\u{1F600}", "Nato-Generalsekretär", "Russisch-nordkoreanisch", "ǅ-x", "x-\u{2D9}"]

    @Test func partsAreThoseOfSplit() {
        for w in Self.words {
            #expect(ActorFinder.State.hyphenParts(w) == w.split(separator: "-").map(String.init), "\(w)")
        }
    }

    @Test func bytePathTakesOnlyWordsBelowU0300() {
        #expect(ActorFinder.State.hyphenPartsByBytes("US-Außenminister") == ["US", "Außenminister"])
        #expect(ActorFinder.State.hyphenPartsByBytes("--x--y") == ["x", "y"])
        // a hyphen with a combining mark on it is one Character: left to the Character split
        #expect(ActorFinder.State.hyphenPartsByBytes("x-\u{301}y") == nil)
        #expect(ActorFinder.State.hyphenParts("x-\u{301}y") == ["x-\u{301}y"])
    }
}
