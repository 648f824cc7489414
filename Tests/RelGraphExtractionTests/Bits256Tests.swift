import Testing
@testable import RelGraphExtraction

@Suite struct Bits256Tests {
    @Test func setsAndAsksEachBitAlone() {
        for k in [0, 1, 63, 64, 127, 128, 200, 255] {
            var b = Bits256()
            #expect(!b.contains(k))
            b.insert(k)
            #expect(b.contains(k))
            // no other bit is set
            #expect((0..<256).filter { b.contains($0) } == [k])
        }
    }

    @Test func supersetCoversEveryWord() {
        var a = Bits256(), b = Bits256()
        for k in [3, 70, 140, 250] { a.insert(k) }
        for k in [3, 250] { b.insert(k) }
        #expect(a.isSuperset(of: b))
        #expect(!b.isSuperset(of: a))
        b.insert(141)
        #expect(!a.isSuperset(of: b))
        #expect(a.isSuperset(of: Bits256()))
    }
}
