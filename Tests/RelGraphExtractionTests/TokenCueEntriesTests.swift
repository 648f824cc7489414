import RelGraph
import Testing
@testable import RelGraphExtraction

struct TokenCueEntriesTests {
    @Test func tokensGetTheListsTheyWereGiven() {
        let attack = CueEntry(type: .conflict, cueClass: .verb, particle: nil, form: "attack*")
        let visit = CueEntry(type: .visit, cueClass: .noun, particle: nil, form: "visit")
        var t = TokenCueEntries(count: 5)
        #expect(t.count == 5)
        let a = t.add([attack])
        let b = t.add([visit, attack])
        let none = t.add([])
        t.set(0, list: a)
        t.set(1, list: none)
        t.set(3, list: b)
        t.set(4, list: a)
        #expect(t[0] == [attack])
        #expect(t[1] == [])
        #expect(t[2] == nil)
        #expect(t[3] == [visit, attack])
        #expect(t[4] == [attack])
        // only a token whose entries are set, and empty, has none
        #expect(t.hasNoEntries(1))
        #expect(!t.hasNoEntries(0))
        #expect(!t.hasNoEntries(2))
        #expect(!t.hasNoEntries(3))
        // only a token whose entries are set, and not empty, has some
        #expect(t.hasEntries(0))
        #expect(t.hasEntries(3))
        #expect(!t.hasEntries(1))
        #expect(!t.hasEntries(2))
        // each token's kinds are its list's; none for a token not set
        #expect(t.kinds(0) == CueKinds([attack]))
        #expect(t.kinds(1) == CueKinds([]))
        #expect(t.kinds(2) == nil)
        #expect(t.kinds(3) == CueKinds([visit, attack]))
        #expect(t.kinds(3)!.intersects(CueKinds(types: [.visit], classes: [.noun])))
        #expect(!t.kinds(4)!.intersects(CueKinds(types: [.visit], classes: [.noun])))
    }
}
