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

    @Test func equalComparesEveryByteAtEveryLength() {
        for n in 0..<26 {
            let a = (0..<n).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ 11) }
            // the same bytes at an odd offset of another buffer (unaligned reads)
            let padded = [0xAA] + a
            padded.withUnsafeBytes { pb in
                a.withUnsafeBytes { ab in
                    if n > 0 { #expect(ByteKeyTable.equal(ab.baseAddress!, pb.baseAddress! + 1, n)) }
                }
            }
            for k in 0..<n {
                var b = a
                b[k] ^= 0x40
                a.withUnsafeBytes { ab in
                    b.withUnsafeBytes { bb in
                        #expect(!ByteKeyTable.equal(ab.baseAddress!, bb.baseAddress!, n), "length \(n), byte \(k)")
                    }
                }
            }
        }
    }
}
