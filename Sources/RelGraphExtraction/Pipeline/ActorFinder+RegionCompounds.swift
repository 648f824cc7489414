extension ActorFinder {
    /// German compass prefixes that make a region of a state: "Nordirak", "Südlibanon", "Ostukraine".
    static let regionPrefixes = ["nordost", "nordwest", "südost", "südwest", "nord", "süd", "ost", "west", "zentral"]
    /// `regionPrefixes` as UTF-8, and the capital letters they start with.
    static let regionPrefixBytes = regionPrefixes.map { Array($0.utf8) }
    /// Whether a first byte is a capital letter `regionPrefixes` start with ("NSOWZ"): five compares,
    /// asked of every German word, where a `Set<UInt8>` hashed the byte.
    @inline(__always)
    static func isRegionInitial(_ b: UInt8) -> Bool { b == 0x4E || b == 0x53 || b == 0x4F || b == 0x57 || b == 0x5A }
    /// State names that are also a continent's ("Südamerika", "Lateinamerika" are no region of a state).
    static let continentNames: Set<String> = ["Amerika"]
}

extension ActorFinder.State {
    /// "im Südlibanon", "in der Ostukraine", "Nordsyriens": a German word made of a compass prefix and
    /// a state's name is a region of that state, a place mention of it. Names the lexicon holds whole
    /// ("Nordkorea", "Südsudan", "Nordirland") were matched before this is asked.
    func regionCompound(_ i: Int, sentence s: Sentence) -> Bool {
        // (the token read in place until a compass prefix is found: a copy retains its two strings)
        guard doc.language == .de, let initial = toks[i].text.utf8.first, ActorFinder.isRegionInitial(initial), toks[i].isCapitalized,
              !covered[i], !toks[i].containsHyphen else { return false }
        // (a test of the lower-case bytes; the String work below only for a word with a compass prefix)
        let lowerBytes = toks[i].lower.utf8
        guard let k = ActorFinder.regionPrefixBytes.firstIndex(where: { p in lowerBytes.count >= p.count + 4 && lowerBytes.starts(with: p) }) else { return false }
        let prefix = ActorFinder.regionPrefixes[k]
        let t = toks[i]
        let rest = String(t.text.dropFirst(prefix.count))
        let name = rest.prefix(1).uppercased() + rest.dropFirst()
        guard !ActorFinder.continentNames.contains(name), let e = nameEntry(forWord: name), e.actor.hasIDPrefix("state:"), e.form == .name else { return false }
        let m = addMention(e.actor, tokens: i..<(i + 1), sentence: s.index, form: .name)
        if e.genitive { mentions[m].isPossessive = true }
        covered[i] = true
        return true
    }
}
