import Foundation
import Testing
@testable import RelGraphExtraction

@Suite struct StringIDPrefixTests {
    static let strings = ["state:russia", "state:", "state", "stat", "", "state:\u{301}x", "state:\u{301}", "state:é", "state:e\u{301}",
                          "State:russia", "states:x", "person:kim-jong-un", "person:", "org:nato", "org", "agreement:?pact",
                          "agreement:new-start", "agreement:", "group:houthis", "state:\r\n", "state:\u{200D}x", "ſtate:x",
                          "person:\u{1F1FA}\u{1F1F8}", "seine", "sein", "ihr", "ihre", "seinä", "sei\u{308}n", "K", "\u{212A}x"]

    @Test func agreesWithHasPrefixForIdKinds() {
        for s in Self.strings {
            #expect(s.hasIDPrefix("state:") == s.hasPrefix("state:"), "\(s.debugDescription)")
            #expect(s.hasIDPrefix("person:") == s.hasPrefix("person:"), "\(s.debugDescription)")
            #expect(s.hasIDPrefix("org:") == s.hasPrefix("org:"), "\(s.debugDescription)")
            #expect(s.hasIDPrefix("group:") == s.hasPrefix("group:"), "\(s.debugDescription)")
            #expect(s.hasIDPrefix("agreement:") == s.hasPrefix("agreement:"), "\(s.debugDescription)")
            #expect(s.hasIDPrefix("agreement:?") == s.hasPrefix("agreement:?"), "\(s.debugDescription)")
            #expect(s.hasIDPrefix("sein") == s.hasPrefix("sein"), "\(s.debugDescription)")
            // a prefix outside the byte path's letters is asked of `hasPrefix`
            #expect(s.hasIDPrefix("K") == s.hasPrefix("K"), "\(s.debugDescription)")
        }
        #expect("state:russia".hasIDPrefix("state:"))
        #expect(!"state:\u{301}x".hasIDPrefix("state:"))
        #expect("\u{212A}x".hasIDPrefix("K"))
    }

    @Test func agreesWithHasPrefixOnBridgedAndSubstringMadeStrings() {
        // strings whose UTF-8 may not be contiguous (bridged) or that were cut from a longer one
        for s in Self.strings {
            let bridged = NSString(string: s) as String
            let cut = String(("xx" + s).dropFirst(2))
            #expect(bridged.hasIDPrefix("state:") == s.hasPrefix("state:"), "\(s.debugDescription)")
            #expect(cut.hasIDPrefix("person:") == s.hasPrefix("person:"), "\(s.debugDescription)")
        }
    }
}
