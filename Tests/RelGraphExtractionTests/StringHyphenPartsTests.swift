import Testing
@testable import RelGraphExtraction

@Suite struct StringHyphenPartsTests {
    @Test func lastPartIsTheLastPartOfSplit() {
        let words = ["ukraine-krieg", "us-außenminister", "nato-", "-nato", "a--b", "---", "-", "", "plain",
                     "iran-backed", "a-b-c-", "e\u{301}-x", "x-\u{301}y", "kim-jong-un", "é-ü", "--x--", "a\r\n-b", "\u{600}-x", "x-\u{200D}y", "ab-\u{1F600}"]
        for w in words {
            #expect(w.lastHyphenPart().map(String.init) == w.split(separator: "-").last.map(String.init), "\(w)")
        }
    }

    @Test func examples() {
        #expect("us-außenminister".lastHyphenPart() == "außenminister")
        #expect("nato--".lastHyphenPart() == "nato")
        #expect("--".lastHyphenPart() == nil)
        // a hyphen with a combining mark on it is one Character, no separator
        #expect("x-\u{301}y".lastHyphenPart() == "x-\u{301}y")
    }
}
