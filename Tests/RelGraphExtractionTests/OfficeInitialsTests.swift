import RelGraph
import Testing
@testable import RelGraphExtraction

struct OfficeInitialsTests {
    /// Every key is contained; an id is left out only when no key starts with its first byte.
    @Test func containsEveryKeyAndRulesOutOnlyOtherInitials() {
        let keys = ["person:vladimir-putin", "person:kim-jong-un", "Ärzte", "\u{7F}x", "~y", "@z", "?claimant"]
        let initials = OfficeInitials(keys)
        for k in keys { #expect(initials.contains(k), "\(k)") }
        let keyInitials = Set(keys.compactMap { $0.utf8.first })
        for id in ["state:ru", "org:nato", "group:hamas", "agreement:aukus", "p", "Äb", "\u{80}", "{", "?", "A", "", "person:x"] {
            let possible = initials.contains(id)
            if let b = id.utf8.first { #expect(possible == keyInitials.contains(b), "\(id)") } else { #expect(!possible) }
        }
        #expect(!OfficeInitials([String]()).contains("person:x"))
        #expect(OfficeInitials([""]).contains(""))
        // every ASCII byte lands in a bit of its own, and the lead bytes of longer scalars in theirs
        for b in UInt8(1)...UInt8(0x7F) {
            let id = String(decoding: [b], as: UTF8.self)
            let one = OfficeInitials([id])
            #expect(one.contains(id))
            for c in UInt8(1)...UInt8(0x7F) where c != b { #expect(!one.contains(String(decoding: [c], as: UTF8.self))) }
            for other in ["\u{80}", "Ä", "€", "😀"] { #expect(!one.contains(other)) }
        }
        let high = OfficeInitials(["€uro"])
        #expect(high.contains("€"))
        #expect(!high.contains("Ä"))
        #expect(!high.contains("😀"))
    }

    @Test func accusingTypesTestIsTheSet() {
        for t in EdgeType.allCases { #expect(RelationFinder.isAccusingType(t) == RelationFinder.accusingTypes.contains(t), "\(t)") }
    }
}
