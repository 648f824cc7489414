/// SHA-256 (FIPS 180-4), for the `source.sha256` digest of an article's bytes.
///
/// Fast because it works on the caller's bytes where they are contiguous (no copy of the message: only
/// the last one or two padded blocks are built), and because a block is one straight run of code: the
/// 64 rounds written out with their constants as immediates, the state and the 16-word window of the
/// message schedule in locals (registers or a fixed stack frame: no array, no index, no bounds check),
/// the roles of the eight state words rotating through the calls instead of the words moving. The
/// round's sums use the cheaper equivalent forms (Σ as three nested rotations, Ch and Maj with one
/// operation less, Maj reusing the previous round's `a ^ b`). The hex digits go straight into the String.
enum SHA256 {
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
        if let base = m.baseAddress {
            var chunk = 0
            while chunk < whole {
                compress(&state, base + chunk)
                chunk += 64
            }
        }
        // the tail, the 0x80 byte, zeros and the bit length: one block, or two when the tail is 56 bytes or more
        withUnsafeTemporaryAllocation(byteCount: 128, alignment: 8) { tail in
            let rest = m.count - whole
            if rest > 0, let base = m.baseAddress { tail.baseAddress!.copyMemory(from: base + whole, byteCount: rest) }
            tail[rest] = 0x80
            let total = rest < 56 ? 64 : 128
            for i in (rest + 1)..<total { tail[i] = 0 }
            let bitLength = UInt64(m.count) &* 8
            for i in 0..<8 { tail[total - 1 - i] = UInt8(truncatingIfNeeded: bitLength >> (UInt64(i) * 8)) }
            let p = UnsafeRawPointer(tail.baseAddress!)
            compress(&state, p)
            if total == 128 { compress(&state, p + 64) }
        }
        let words = (state.h0, state.h1, state.h2, state.h3, state.h4, state.h5, state.h6, state.h7)
        return String(unsafeUninitializedCapacity: 64) { out in
            let digits: StaticString = "0123456789abcdef"
            let d = digits.utf8Start
            withUnsafeBytes(of: words) { raw in
                for n in 0..<8 {
                    let v = raw.load(fromByteOffset: n * 4, as: UInt32.self)
                    var shift: UInt32 = 28
                    for k in 0..<8 {
                        out[n * 8 + k] = d[Int((v >> shift) & 0xF)]
                        shift &-= 4
                    }
                }
            }
            return 64
        }
    }

    /// Big-endian word `n` of the block at `p`.
    @inline(__always)
    private static func word(_ p: UnsafeRawPointer, _ n: Int) -> UInt32 {
        UInt32(bigEndian: p.loadUnaligned(fromByteOffset: n * 4, as: UInt32.self))
    }

    /// One 64-byte block at `p` into the state.
    @inline(__always)
    private static func compress(_ state: inout State, _ p: UnsafeRawPointer) {
        var w0 = word(p, 0), w1 = word(p, 1), w2 = word(p, 2), w3 = word(p, 3)
        var w4 = word(p, 4), w5 = word(p, 5), w6 = word(p, 6), w7 = word(p, 7)
        var w8 = word(p, 8), w9 = word(p, 9), w10 = word(p, 10), w11 = word(p, 11)
        var w12 = word(p, 12), w13 = word(p, 13), w14 = word(p, 14), w15 = word(p, 15)
        var a = state.h0, b = state.h1, c = state.h2, d = state.h3
        var e = state.h4, f = state.h5, g = state.h6, h = state.h7
        // `b ^ c` of the coming round (its `a ^ b` after it)
        var bc = b ^ c
        // the first sixteen rounds take the block's words, the rest the schedule, computed in the window
        // as it is used (word i into w[i % 16], from w[i-16], w[i-15], w[i-7], w[i-2])
        round(a, b, c, &d, e, f, g, &h, 0x428a2f98 &+ w0, &bc)
        round(h, a, b, &c, d, e, f, &g, 0x71374491 &+ w1, &bc)
        round(g, h, a, &b, c, d, e, &f, 0xb5c0fbcf &+ w2, &bc)
        round(f, g, h, &a, b, c, d, &e, 0xe9b5dba5 &+ w3, &bc)
        round(e, f, g, &h, a, b, c, &d, 0x3956c25b &+ w4, &bc)
        round(d, e, f, &g, h, a, b, &c, 0x59f111f1 &+ w5, &bc)
        round(c, d, e, &f, g, h, a, &b, 0x923f82a4 &+ w6, &bc)
        round(b, c, d, &e, f, g, h, &a, 0xab1c5ed5 &+ w7, &bc)

        round(a, b, c, &d, e, f, g, &h, 0xd807aa98 &+ w8, &bc)
        round(h, a, b, &c, d, e, f, &g, 0x12835b01 &+ w9, &bc)
        round(g, h, a, &b, c, d, e, &f, 0x243185be &+ w10, &bc)
        round(f, g, h, &a, b, c, d, &e, 0x550c7dc3 &+ w11, &bc)
        round(e, f, g, &h, a, b, c, &d, 0x72be5d74 &+ w12, &bc)
        round(d, e, f, &g, h, a, b, &c, 0x80deb1fe &+ w13, &bc)
        round(c, d, e, &f, g, h, a, &b, 0x9bdc06a7 &+ w14, &bc)
        round(b, c, d, &e, f, g, h, &a, 0xc19bf174 &+ w15, &bc)

        round(a, b, c, &d, e, f, g, &h, 0xe49b69c1 &+ schedule(&w0, w1, w9, w14), &bc)
        round(h, a, b, &c, d, e, f, &g, 0xefbe4786 &+ schedule(&w1, w2, w10, w15), &bc)
        round(g, h, a, &b, c, d, e, &f, 0x0fc19dc6 &+ schedule(&w2, w3, w11, w0), &bc)
        round(f, g, h, &a, b, c, d, &e, 0x240ca1cc &+ schedule(&w3, w4, w12, w1), &bc)
        round(e, f, g, &h, a, b, c, &d, 0x2de92c6f &+ schedule(&w4, w5, w13, w2), &bc)
        round(d, e, f, &g, h, a, b, &c, 0x4a7484aa &+ schedule(&w5, w6, w14, w3), &bc)
        round(c, d, e, &f, g, h, a, &b, 0x5cb0a9dc &+ schedule(&w6, w7, w15, w4), &bc)
        round(b, c, d, &e, f, g, h, &a, 0x76f988da &+ schedule(&w7, w8, w0, w5), &bc)

        round(a, b, c, &d, e, f, g, &h, 0x983e5152 &+ schedule(&w8, w9, w1, w6), &bc)
        round(h, a, b, &c, d, e, f, &g, 0xa831c66d &+ schedule(&w9, w10, w2, w7), &bc)
        round(g, h, a, &b, c, d, e, &f, 0xb00327c8 &+ schedule(&w10, w11, w3, w8), &bc)
        round(f, g, h, &a, b, c, d, &e, 0xbf597fc7 &+ schedule(&w11, w12, w4, w9), &bc)
        round(e, f, g, &h, a, b, c, &d, 0xc6e00bf3 &+ schedule(&w12, w13, w5, w10), &bc)
        round(d, e, f, &g, h, a, b, &c, 0xd5a79147 &+ schedule(&w13, w14, w6, w11), &bc)
        round(c, d, e, &f, g, h, a, &b, 0x06ca6351 &+ schedule(&w14, w15, w7, w12), &bc)
        round(b, c, d, &e, f, g, h, &a, 0x14292967 &+ schedule(&w15, w0, w8, w13), &bc)

        round(a, b, c, &d, e, f, g, &h, 0x27b70a85 &+ schedule(&w0, w1, w9, w14), &bc)
        round(h, a, b, &c, d, e, f, &g, 0x2e1b2138 &+ schedule(&w1, w2, w10, w15), &bc)
        round(g, h, a, &b, c, d, e, &f, 0x4d2c6dfc &+ schedule(&w2, w3, w11, w0), &bc)
        round(f, g, h, &a, b, c, d, &e, 0x53380d13 &+ schedule(&w3, w4, w12, w1), &bc)
        round(e, f, g, &h, a, b, c, &d, 0x650a7354 &+ schedule(&w4, w5, w13, w2), &bc)
        round(d, e, f, &g, h, a, b, &c, 0x766a0abb &+ schedule(&w5, w6, w14, w3), &bc)
        round(c, d, e, &f, g, h, a, &b, 0x81c2c92e &+ schedule(&w6, w7, w15, w4), &bc)
        round(b, c, d, &e, f, g, h, &a, 0x92722c85 &+ schedule(&w7, w8, w0, w5), &bc)

        round(a, b, c, &d, e, f, g, &h, 0xa2bfe8a1 &+ schedule(&w8, w9, w1, w6), &bc)
        round(h, a, b, &c, d, e, f, &g, 0xa81a664b &+ schedule(&w9, w10, w2, w7), &bc)
        round(g, h, a, &b, c, d, e, &f, 0xc24b8b70 &+ schedule(&w10, w11, w3, w8), &bc)
        round(f, g, h, &a, b, c, d, &e, 0xc76c51a3 &+ schedule(&w11, w12, w4, w9), &bc)
        round(e, f, g, &h, a, b, c, &d, 0xd192e819 &+ schedule(&w12, w13, w5, w10), &bc)
        round(d, e, f, &g, h, a, b, &c, 0xd6990624 &+ schedule(&w13, w14, w6, w11), &bc)
        round(c, d, e, &f, g, h, a, &b, 0xf40e3585 &+ schedule(&w14, w15, w7, w12), &bc)
        round(b, c, d, &e, f, g, h, &a, 0x106aa070 &+ schedule(&w15, w0, w8, w13), &bc)

        round(a, b, c, &d, e, f, g, &h, 0x19a4c116 &+ schedule(&w0, w1, w9, w14), &bc)
        round(h, a, b, &c, d, e, f, &g, 0x1e376c08 &+ schedule(&w1, w2, w10, w15), &bc)
        round(g, h, a, &b, c, d, e, &f, 0x2748774c &+ schedule(&w2, w3, w11, w0), &bc)
        round(f, g, h, &a, b, c, d, &e, 0x34b0bcb5 &+ schedule(&w3, w4, w12, w1), &bc)
        round(e, f, g, &h, a, b, c, &d, 0x391c0cb3 &+ schedule(&w4, w5, w13, w2), &bc)
        round(d, e, f, &g, h, a, b, &c, 0x4ed8aa4a &+ schedule(&w5, w6, w14, w3), &bc)
        round(c, d, e, &f, g, h, a, &b, 0x5b9cca4f &+ schedule(&w6, w7, w15, w4), &bc)
        round(b, c, d, &e, f, g, h, &a, 0x682e6ff3 &+ schedule(&w7, w8, w0, w5), &bc)

        round(a, b, c, &d, e, f, g, &h, 0x748f82ee &+ schedule(&w8, w9, w1, w6), &bc)
        round(h, a, b, &c, d, e, f, &g, 0x78a5636f &+ schedule(&w9, w10, w2, w7), &bc)
        round(g, h, a, &b, c, d, e, &f, 0x84c87814 &+ schedule(&w10, w11, w3, w8), &bc)
        round(f, g, h, &a, b, c, d, &e, 0x8cc70208 &+ schedule(&w11, w12, w4, w9), &bc)
        round(e, f, g, &h, a, b, c, &d, 0x90befffa &+ schedule(&w12, w13, w5, w10), &bc)
        round(d, e, f, &g, h, a, b, &c, 0xa4506ceb &+ schedule(&w13, w14, w6, w11), &bc)
        round(c, d, e, &f, g, h, a, &b, 0xbef9a3f7 &+ schedule(&w14, w15, w7, w12), &bc)
        round(b, c, d, &e, f, g, h, &a, 0xc67178f2 &+ schedule(&w15, w0, w8, w13), &bc)
        state.h0 &+= a; state.h1 &+= b; state.h2 &+= c; state.h3 &+= d
        state.h4 &+= e; state.h5 &+= f; state.h6 &+= g; state.h7 &+= h
    }

    /// Word i of the message schedule (16 or more) into `w16` (word i - 16 before), from words i - 15,
    /// i - 7 and i - 2; σ0 and σ1 with their two rotations nested.
    @inline(__always)
    private static func schedule(_ w16: inout UInt32, _ w15: UInt32, _ w7: UInt32, _ w2: UInt32) -> UInt32 {
        let s0 = rotr(rotr(w15, 11) ^ w15, 7) ^ (w15 &>> 3)
        let s1 = rotr(rotr(w2, 2) ^ w2, 17) ^ (w2 &>> 10)
        w16 = w16 &+ s0 &+ w7 &+ s1
        return w16
    }

    /// One round: `d` and `h` are the words that change; `kw` is the round's constant plus its schedule
    /// word; `bc` is `b ^ c` on entry and this round's `a ^ b` (the next round's `b ^ c`) on return.
    @inline(__always)
    private static func round(_ a: UInt32, _ b: UInt32, _ c: UInt32, _ d: inout UInt32,
                              _ e: UInt32, _ f: UInt32, _ g: UInt32, _ h: inout UInt32, _ kw: UInt32, _ bc: inout UInt32) {
        let s1 = rotr(rotr(rotr(e, 14) ^ e, 5) ^ e, 6)  // rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)
        let ch = g ^ (e & (f ^ g))  // (e & f) ^ (~e & g)
        let t1 = h &+ s1 &+ ch &+ kw
        let s0 = rotr(rotr(rotr(a, 9) ^ a, 11) ^ a, 2)  // rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)
        let ab = a ^ b
        let maj = b ^ (ab & bc)  // (a & b) ^ (a & c) ^ (b & c)
        bc = ab
        d &+= t1
        h = t1 &+ s0 &+ maj
    }

    @inline(__always)
    private static func rotr(_ x: UInt32, _ n: UInt32) -> UInt32 { (x &>> n) | (x &<< (32 &- n)) }
}
