extension ActorFinder {
    /// German compass prefixes that make a region of a state: "Nordirak", "Südlibanon", "Ostukraine".
    static let regionPrefixes = ["nordost", "nordwest", "südost", "südwest", "nord", "süd", "ost", "west", "zentral"]
    /// `regionPrefixes` as UTF-8, and the capital letters they start with.
    static let regionPrefixBytes = regionPrefixes.map { Array($0.utf8) }
    static let regionInitials: Set<UInt8> = Set("NSOWZ".utf8)
    /// State names that are also a continent's ("Südamerika", "Lateinamerika" are no region of a state).
    static let continentNames: Set<String> = ["Amerika"]
}

extension ActorFinder.State {
    /// "im Südlibanon", "in der Ostukraine", "Nordsyriens": a German word made of a compass prefix and
    /// a state's name is a region of that state, a place mention of it. Names the lexicon holds whole
    /// ("Nordkorea", "Südsudan", "Nordirland") were matched before this is asked.
    func regionCompound(_ i: Int, sentence s: Sentence) -> Bool {
        let t = toks[i]
        guard doc.language == .de, let initial = t.text.utf8.first, ActorFinder.regionInitials.contains(initial), t.isCapitalized,
              !covered[i], !t.containsHyphen else { return false }
        // (a test of the lower-case bytes; the String work below only for a word with a compass prefix)
        let lowerBytes = t.lower.utf8
        guard let k = ActorFinder.regionPrefixBytes.firstIndex(where: { p in lowerBytes.count >= p.count + 4 && lowerBytes.starts(with: p) }) else { return false }
        let prefix = ActorFinder.regionPrefixes[k]
        let rest = String(t.text.dropFirst(prefix.count))
        let name = rest.prefix(1).uppercased() + rest.dropFirst()
        guard !ActorFinder.continentNames.contains(name), let e = nameEntry(forWord: name), e.actor.hasPrefix("state:"), e.form == .name else { return false }
        let m = addMention(e.actor, tokens: i..<(i + 1), sentence: s.index, form: .name)
        if e.genitive { mentions[m].isPossessive = true }
        covered[i] = true
        return true
    }
}
