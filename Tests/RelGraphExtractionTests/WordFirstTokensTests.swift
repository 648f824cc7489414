import Testing
@testable import RelGraphExtraction

@Suite struct WordFirstTokensTests {
    @Test func firstTokenOfEveryWordAndNoneForWordsWithoutTokens() {
        // ids out of first-seen order, repeated, and words 5 and 7 with no token
        let ids: [Int32] = [3, 0, 3, 1, 0, 2, 4, 6, 1, 6, 3]
        #expect(WordFirstTokens.of(ids, count: 8) == [1, 3, 5, 0, 6, -1, 7, -1])
        #expect(WordFirstTokens.of([], count: 2) == [-1, -1])
    }

    @Test func agreesWithTheNaiveSearchOnRandomIds() {
        var random = TestRandom(seed: 25)
        for _ in 0..<50 {
            let count = 1 + Int(random.next() % 40)
            let ids = (0..<Int(random.next() % 200)).map { _ in Int32(random.next() % UInt64(count)) }
            let naive = (0..<count).map { k in ids.firstIndex(of: Int32(k)).map(Int32.init) ?? -1 }
            #expect(WordFirstTokens.of(ids, count: count) == naive)
        }
    }
}
