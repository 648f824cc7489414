/// Where each distinct word of a document first occurs. Stages that work out an answer once per distinct
/// word (`Document.tokenWordIds`) loop over these, once per word, instead of over every token asking
/// whether its word was seen; the one pass over the ids here is a tight loop without bounds checks.
enum WordFirstTokens {
    /// `result[k]`: the first token whose word id is `k`, or -1 when no token has it (`k` in `0..<count`).
    /// Every id must be in `0..<count`.
    static func of(_ ids: [Int32], count: Int) -> [Int32] {
        var first = [Int32](repeating: -1, count: count)
        first.withUnsafeMutableBufferPointer { first in
            ids.withUnsafeBufferPointer { ids in
                for i in ids.indices {
                    let k = Int(ids[i])
                    precondition(UInt(bitPattern: k) < UInt(count), "word id out of range")
                    if first[k] < 0 { first[k] = Int32(i) }
                }
            }
        }
        return first
    }
}
