import Testing
@testable import RelGraphExtraction

@Suite struct ByteKeyTableTests {
    func withBytes<R>(_ s: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        var t = s
        return t.withUTF8(body)
    }

    @Test func insertsAndFindsEveryKeyAcrossGrowth() {
        var table = ByteKeyTable()
        let words = (0..<3000).map { "wort\($0)" } + ["", "Ä", "Russland", "russland"]
        for (n, w) in words.enumerated() {
            let e = withBytes(w) { b -> Int in
                let h = ByteKeyTable.hash(b)
                let (found, slot) = table.find(b, h)
                #expect(found == -1, "\(w) is new")
                return table.insert(b, h, at: slot)
            }
            #expect(e == n)
        }
        #expect(table.count == words.count)
        for (n, w) in words.enumerated() {
            #expect(withBytes(w) { table.find($0, ByteKeyTable.hash($0)).entry } == n, "\(w)")
        }
        #expect(withBytes("wort3000") { table.find($0, ByteKeyTable.hash($0)).entry } == -1)
        #expect(withBytes("wort30") { table.find($0, ByteKeyTable.hash($0)).entry } == 30)
    }
}
