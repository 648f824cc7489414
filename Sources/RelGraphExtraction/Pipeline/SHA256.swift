/// SHA-256 (FIPS 180-4), for the `source.sha256` digest of an article's bytes.
///
/// Fast because it works on the caller's bytes where they are contiguous (no copy of the message: only
/// the last one or two padded blocks are built), keeps the state in locals, computes the message
/// schedule in a 16-word window on the stack, and writes the hex digits straight into the String.
enum SHA256 {
    private static let k: [UInt32] = [
        0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
        0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
        0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
        0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
        0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
        0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
        0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
        0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
    ]

    /// The hash state: eight words.
    private struct State {
        var h0: UInt32 = 0x6a09e667, h1: UInt32 = 0xbb67ae85, h2: UInt32 = 0x3c6ef372, h3: UInt32 = 0xa54ff53a
        var h4: UInt32 = 0x510e527f, h5: UInt32 = 0x9b05688c, h6: UInt32 = 0x1f83d9ab, h7: UInt32 = 0x5be0cd19
    }

    static func hex<C: Collection>(_ bytes: C) -> String where C.Element == UInt8 {
        if let digest = bytes.withContiguousStorageIfAvailable({ hex(buffer: UnsafeRawBufferPointer($0)) }) { return digest }
        return Array(bytes).withUnsafeBytes { hex(buffer: $0) }
    }

    private static func hex(buffer m: UnsafeRawBufferPointer) -> String {
        var state = State()
        let whole = m.count / 64 * 64
        k.withUnsafeBufferPointer { k in
            withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 16) { w in
                var chunk = 0
                while chunk < whole {
                    compress(&state, UnsafeRawBufferPointer(rebasing: m[chunk..<chunk + 64]), w, k)
                    chunk += 64
                }
                // the tail, the 0x80 byte, zeros and the bit length: one block, or two when the tail is 56 bytes or more
                withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 128) { tail in
                    let rest = m.count - whole
                    for i in 0..<rest { tail[i] = m[whole + i] }
                    tail[rest] = 0x80
                    let total = rest < 56 ? 64 : 128
                    for i in (rest + 1)..<total { tail[i] = 0 }
                    let bitLength = UInt64(m.count) &* 8
                    for i in 0..<8 { tail[total - 1 - i] = UInt8(truncatingIfNeeded: bitLength >> (UInt64(i) * 8)) }
                    let raw = UnsafeRawBufferPointer(tail)
                    compress(&state, UnsafeRawBufferPointer(rebasing: raw[0..<64]), w, k)
                    if total == 128 { compress(&state, UnsafeRawBufferPointer(rebasing: raw[64..<128]), w, k) }
                }
            }
        }
        let words = [state.h0, state.h1, state.h2, state.h3, state.h4, state.h5, state.h6, state.h7]
        return String(unsafeUninitializedCapacity: 64) { out in
            let digits: StaticString = "0123456789abcdef"
            let d = digits.utf8Start
            var i = 0
            for v in words {
                var shift: UInt32 = 28
                for _ in 0..<8 {
                    out[i] = d[Int((v >> shift) & 0xF)]
                    i += 1
                    shift &-= 4
                }
            }
            return 64
        }
    }

    /// One 64-byte block into the state; `w` is a 16-word window of the message schedule.
    @inline(__always)
    private static func compress(_ state: inout State, _ block: UnsafeRawBufferPointer, _ w: UnsafeMutableBufferPointer<UInt32>,
                                 _ k: UnsafeBufferPointer<UInt32>) {
        for i in 0..<16 {
            let b = i &* 4
            w[i] = UInt32(block[b]) << 24 | UInt32(block[b &+ 1]) << 16 | UInt32(block[b &+ 2]) << 8 | UInt32(block[b &+ 3])
        }
        var a = state.h0, b = state.h1, c = state.h2, d = state.h3
        var e = state.h4, f = state.h5, g = state.h6, h = state.h7
        // eight rounds a step, the variables' roles rotating through the calls instead of moving; the first
        // sixteen take the block's words, the rest the schedule
        var i = 0
        while i < 16 {
            round(a, b, c, &d, e, f, g, &h, k[i], w[i])
            round(h, a, b, &c, d, e, f, &g, k[i &+ 1], w[i &+ 1])
            round(g, h, a, &b, c, d, e, &f, k[i &+ 2], w[i &+ 2])
            round(f, g, h, &a, b, c, d, &e, k[i &+ 3], w[i &+ 3])
            round(e, f, g, &h, a, b, c, &d, k[i &+ 4], w[i &+ 4])
            round(d, e, f, &g, h, a, b, &c, k[i &+ 5], w[i &+ 5])
            round(c, d, e, &f, g, h, a, &b, k[i &+ 6], w[i &+ 6])
            round(b, c, d, &e, f, g, h, &a, k[i &+ 7], w[i &+ 7])
            i &+= 8
        }
        while i < 64 {
            round(a, b, c, &d, e, f, g, &h, k[i], schedule(w, i))
            round(h, a, b, &c, d, e, f, &g, k[i &+ 1], schedule(w, i &+ 1))
            round(g, h, a, &b, c, d, e, &f, k[i &+ 2], schedule(w, i &+ 2))
            round(f, g, h, &a, b, c, d, &e, k[i &+ 3], schedule(w, i &+ 3))
            round(e, f, g, &h, a, b, c, &d, k[i &+ 4], schedule(w, i &+ 4))
            round(d, e, f, &g, h, a, b, &c, k[i &+ 5], schedule(w, i &+ 5))
            round(c, d, e, &f, g, h, a, &b, k[i &+ 6], schedule(w, i &+ 6))
            round(b, c, d, &e, f, g, h, &a, k[i &+ 7], schedule(w, i &+ 7))
            i &+= 8
        }
        state.h0 &+= a; state.h1 &+= b; state.h2 &+= c; state.h3 &+= d
        state.h4 &+= e; state.h5 &+= f; state.h6 &+= g; state.h7 &+= h
    }

    /// Word `i` (16 or more) of the message schedule, computed in place (`w[i]` from `w[i-16]`, `w[i-15]`,
    /// `w[i-7]`, `w[i-2]`, kept modulo 16).
    @inline(__always)
    private static func schedule(_ w: UnsafeMutableBufferPointer<UInt32>, _ i: Int) -> UInt32 {
        let w15 = w[(i &- 15) & 15], w2 = w[(i &- 2) & 15]
        let s0 = rotr(w15, 7) ^ rotr(w15, 18) ^ (w15 &>> 3)
        let s1 = rotr(w2, 17) ^ rotr(w2, 19) ^ (w2 &>> 10)
        let wi = w[i & 15] &+ s0 &+ w[(i &- 7) & 15] &+ s1
        w[i & 15] = wi
        return wi
    }

    /// One round: `d` and `h` are the words that change.
    @inline(__always)
    private static func round(_ a: UInt32, _ b: UInt32, _ c: UInt32, _ d: inout UInt32,
                              _ e: UInt32, _ f: UInt32, _ g: UInt32, _ h: inout UInt32, _ k: UInt32, _ w: UInt32) {
        let s1 = rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)
        let ch = g ^ (e & (f ^ g))  // (e & f) ^ (~e & g)
        let t1 = h &+ s1 &+ ch &+ k &+ w
        let s0 = rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)
        let maj = (a & b) | (c & (a | b))  // (a & b) ^ (a & c) ^ (b & c)
        d &+= t1
        h = t1 &+ s0 &+ maj
    }

    @inline(__always)
    private static func rotr(_ x: UInt32, _ n: UInt32) -> UInt32 { (x &>> n) | (x &<< (32 &- n)) }
}
