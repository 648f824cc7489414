/// Unicode properties of a scalar with the answer for ASCII (and Latin-1 where it is as short) written out,
/// so that the common case does no table look-up; every other scalar asks `Unicode.Scalar.Properties`.
/// Each function answers exactly as the property it names.
enum ScalarProperties {
    @inline(__always)
    static func isWhitespace(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return v == 0x20 || (v >= 0x09 && v <= 0x0D) }
        if v < 0x100 { return v == 0x85 || v == 0xA0 }
        return s.properties.isWhitespace
    }

    @inline(__always)
    static func isAlphabetic(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return (v >= 0x61 && v <= 0x7A) || (v >= 0x41 && v <= 0x5A) }
        // Latin-1: ª, µ, º and the letters from U+00C0 but × and ÷ (ä, ö, ü, ß, é of every German or French text)
        if v < 0x100 { return v == 0xAA || v == 0xB5 || v == 0xBA || (v >= 0xC0 && v != 0xD7 && v != 0xF7) }
        if v >= 0x2000 && v <= 0x206F { return false }  // General Punctuation
        return s.properties.isAlphabetic
    }

    @inline(__always)
    static func isUppercase(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return v >= 0x41 && v <= 0x5A }
        return s.properties.isUppercase
    }

    @inline(__always)
    static func isLowercase(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return v >= 0x61 && v <= 0x7A }
        if v < 0x100 { return v == 0xAA || v == 0xB5 || v == 0xBA || (v >= 0xDF && v != 0xF7) }  // Latin-1: ª, µ, º, ß–ÿ but ÷
        return s.properties.isLowercase
    }

    /// `properties.numericType != nil`.
    @inline(__always)
    static func isNumeric(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return v >= 0x30 && v <= 0x39 }
        // Latin-1: only ², ³, ¹, ¼, ½, ¾ (the letters of German and French words come here)
        if v < 0x100 { return v == 0xB2 || v == 0xB3 || v == 0xB9 || (v >= 0xBC && v <= 0xBE) }
        return s.properties.numericType != nil
    }

    /// A scalar that is always a Character of its own, whatever stands around it: below U+0300 (no mark
    /// joins them; CR LF, the one pair, is two non-letters), general punctuation but the joiners U+200C/D,
    /// currency signs, U+FEFF.
    @inline(__always)
    static func isOwnCharacter(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x300 { return true }
        if v >= 0x2000 && v <= 0x206F { return v != 0x200C && v != 0x200D }
        return (v >= 0x20A0 && v <= 0x20CF) || v == 0xFEFF
    }

    /// The UTF-8 form of scalars, as one String (what `String.UnicodeScalarView` built from them holds),
    /// encoded in one pass into the string's own storage.
    static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        scalars.withUnsafeBufferPointer { string($0) }
    }

    /// `string` of the scalars in a buffer.
    static func string(_ scalars: UnsafeBufferPointer<Unicode.Scalar>) -> String {
        var n = 0
        var ascii = true
        for s in scalars {
            let v = s.value
            if v < 0x80 { n += 1 } else { ascii = false; n += v < 0x800 ? 2 : v < 0x10000 ? 3 : 4 }
        }
        return string(scalars, utf8Count: n, ascii: ascii)
    }

    /// `string` of the scalars in a buffer whose UTF-8 length `n` (and whether they are all ASCII) the
    /// caller found already.
    @inline(__always)
    static func string(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, utf8Count n: Int, ascii: Bool) -> String {
        if n == 0 { return "" }
        return String(unsafeUninitializedCapacity: n) { buf in
            var i = 0
            if ascii {
                for s in scalars { buf[i] = UInt8(truncatingIfNeeded: s.value); i += 1 }
                return i
            }
            for s in scalars {
                let v = s.value
                if v < 0x80 {
                    buf[i] = UInt8(truncatingIfNeeded: v); i += 1
                } else if v < 0x800 {
                    buf[i] = UInt8(truncatingIfNeeded: 0xC0 | (v >> 6))
                    buf[i + 1] = UInt8(truncatingIfNeeded: 0x80 | (v & 0x3F)); i += 2
                } else if v < 0x10000 {
                    buf[i] = UInt8(truncatingIfNeeded: 0xE0 | (v >> 12))
                    buf[i + 1] = UInt8(truncatingIfNeeded: 0x80 | ((v >> 6) & 0x3F))
                    buf[i + 2] = UInt8(truncatingIfNeeded: 0x80 | (v & 0x3F)); i += 3
                } else {
                    buf[i] = UInt8(truncatingIfNeeded: 0xF0 | (v >> 18))
                    buf[i + 1] = UInt8(truncatingIfNeeded: 0x80 | ((v >> 12) & 0x3F))
                    buf[i + 2] = UInt8(truncatingIfNeeded: 0x80 | ((v >> 6) & 0x3F))
                    buf[i + 3] = UInt8(truncatingIfNeeded: 0x80 | (v & 0x3F)); i += 4
                }
            }
            return i
        }
    }
}
