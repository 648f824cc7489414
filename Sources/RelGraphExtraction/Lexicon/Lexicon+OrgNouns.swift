extension Lexicon.Words {
    /// A lower-case word that is an organization's noun of the lexicon (`orgnoun`: "firm", "konzern"), or, with
    /// `compounds` (German), a longer noun that ends in one ("energiekonzern", "chiphersteller").
    func isOrgNoun(_ lower: String, compounds: Bool) -> Bool {
        if orgNouns.contains(lower) { return true }
        guard compounds else { return false }
        for head in orgNouns where lower.count > head.count + 1 && lower.hasSuffix(head) { return true }
        // (a German genitive: "des Bergbaukonzerns", "des Unternehmens")
        if lower.hasSuffix("s") { return isOrgNoun(String(lower.dropLast(lower.hasSuffix("es") && !lower.hasSuffix("nes") ? 2 : 1)), compounds: true) }
        return false
    }
}
