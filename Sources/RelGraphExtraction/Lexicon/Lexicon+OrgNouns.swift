extension Lexicon.Words {
    /// A lower-case word that is an organization's noun of the lexicon (`orgnoun`: "firm", "konzern"), or, with
    /// `compounds` (German), a longer noun that ends in one ("energiekonzern", "chiphersteller", "ölkonzern"), also in the
    /// genitive ("bergbaukonzerns", "unternehmens"). Compared on the UTF-8 bytes: asked of many German nouns, it allocates
    /// nothing and hashes nothing.
    func isOrgNoun(_ lower: String, compounds: Bool) -> Bool {
        guard compounds else { return orgNouns.contains(lower) }
        var word = lower
        return word.withUTF8 { w -> Bool in
            let n = w.count
            // the word as it is, then without a genitive "s" or "es"
            for trim in 0...2 {
                if trim == 1 && (n < 1 || w[n - 1] != UInt8(ascii: "s")) { continue }
                if trim == 2 && (n < 2 || w[n - 1] != UInt8(ascii: "s") || w[n - 2] != UInt8(ascii: "e")) { continue }
                let end = n - trim
                for head in orgNouns {
                    let h = head.utf8
                    let count = h.count
                    // the noun itself, or a compound with at least two bytes before its head
                    guard end == count || end >= count + 2 else { continue }
                    var k = end - count
                    var same = true
                    for b in h {
                        if w[k] != b { same = false; break }
                        k += 1
                    }
                    if same { return true }
                }
            }
            return false
        }
    }
}
