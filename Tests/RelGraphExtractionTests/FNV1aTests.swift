import Testing
@testable import RelGraphExtraction

@Suite struct FNV1aTests {
    @Test func knownVectors() {
        // FNV-1a 32-bit reference values
        #expect(FNV1a.hashBelowCombining("") == 0x811c_9dc5)
        #expect(FNV1a.hashBelowCombining("a") == 0xe40c_292c)
        #expect(FNV1a.hashBelowCombining("foobar") == 0xbf9c_f968)
    }

    @Test func bufferAndStringAgree() {
        for word in ["Moskau", "Kim Yong-hyun", "Außenminister", "Chișinău"] {
            var w = word
            let fromBuffer = w.withUTF8 { FNV1a.hash($0) }
            if let fromString = FNV1a.hashBelowCombining(word) { #expect(fromString == fromBuffer) }
        }
    }

    @Test func combiningRangeGivesNil() {
        // U+0301 (combining acute) is encoded 0xCC 0x81
        #expect(FNV1a.hashBelowCombining("e\u{301}") == nil)
        #expect(FNV1a.hashBelowCombining("é") != nil)
    }
}
