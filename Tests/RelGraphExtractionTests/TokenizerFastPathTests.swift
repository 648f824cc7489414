@testable import RelGraphExtraction
import Testing

/// The tokenizer's tight loop over runs of ASCII letters takes exactly the scalars the general test
/// takes as word scalars that are no digits, and only A–Z and a–z.
struct TokenizerFastPathTests {
    @Test func asciiLetterTestIsALetterRunOfTheGeneralTest() {
        var wrong: [UInt32] = []
        var letters = 0
        for v in UInt32(0)...0x2FFF {
            guard let s = Unicode.Scalar(v) else { continue }
            guard Tokenizer.isASCIILetter(s) else { continue }
            letters += 1
            let isLetter = (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A)
            if !isLetter || !Tokenizer.isWordScalar(s) || ScalarProperties.isNumeric(s) { wrong.append(v) }
        }
        #expect(wrong.isEmpty)
        #expect(letters == 52)
        // the highest values: no wrap-around takes them in
        #expect(!Tokenizer.isASCIILetter(Unicode.Scalar(0x10FFFF)!))
        #expect(!Tokenizer.isASCIILetter(Unicode.Scalar(0x41 + 0x100)!))
    }
}
