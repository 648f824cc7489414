import Testing
@testable import RelGraphExtraction

@Suite struct GraphBuilderPermuteTests {
    @Test func putsEachElementWhereTheOrderSays() {
        var a = ["a", "b", "c", "d", "e"]
        // two cycles (0 2 4) and (1 3)
        GraphBuilder.permute(&a, by: [2, 3, 4, 1, 0])
        #expect(a == ["c", "d", "e", "b", "a"])
        var empty: [String] = []
        GraphBuilder.permute(&empty, by: [])
        #expect(empty.isEmpty)
    }

    @Test func agreesWithMappingTheOrderOnRandomPermutations() {
        var random = TestRandom(seed: 27)
        for _ in 0..<100 {
            let n = Int(random.next() % 30)
            var order = Array(0..<n)
            for i in stride(from: n - 1, to: 0, by: -1) { order.swapAt(i, Int(random.next() % UInt64(i + 1))) }
            let items = (0..<n).map { "item \($0)" }
            var permuted = items
            GraphBuilder.permute(&permuted, by: order)
            #expect(permuted == order.map { items[$0] })
        }
    }
}
