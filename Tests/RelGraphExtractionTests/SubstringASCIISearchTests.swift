import Foundation
@testable import RelGraphExtraction
import Testing

/// The byte search for a raw-text element's close tag finds what Foundation's case-insensitive search
/// finds, wherever it answers.
struct SubstringASCIISearchTests {
    @Test func closeTagAsFoundationFindsIt() {
        let texts = [
            "", "</script>", "var a = 1; </SCRIPT>", "x </Script >", "</scrip", "no close here", "a</scriptx", "</sc</script>",
            "ä </script>", "</script>ä", "</script\u{301}>", "</scrip\u{301}t>", "\r\n</script>", "</ſcript>", "</\u{212A}script>",
            "a\u{0600}</script>", "if (a < b) { x = '</style>'; } </script>",
        ]
        for t in texts {
            for needle in ["</script", "</style", "</textarea"] {
                let s = Substring(t)
                let fast = s.asciiCaseInsensitiveRange(of: Array(needle.utf8))
                let foundation = s.range(of: needle, options: .caseInsensitive)
                if let fast {
                    #expect(fast == foundation, "\(t.unicodeScalars.map(\.value)) \(needle)")
                }
            }
        }
    }
}
