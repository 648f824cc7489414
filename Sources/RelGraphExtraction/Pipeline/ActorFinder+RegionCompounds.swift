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
        guard doc.language == .de, let initial = toks[i].text.utf8.first, !covered[i], !toks[i].containsHyphen else { return false }
        if !toks[i].isCapitalized {
            // "im nordsyrischen Kobane", "das ostukrainische Charkiw": a compass prefix on a state's adjective
            guard ActorFinder.isRegionInitial(initial &- 0x20) else { return false }
            return regionAdjective(i, sentence: s)
        }
        guard ActorFinder.isRegionInitial(initial) else { return false }
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

    /// "im nordsyrischen Kobane", "das ostukrainische Charkiw", "im südspanischen Rota": a lower-case German word made of
    /// a compass prefix and a state's adjective, before a capitalized name, is an adjective mention of that state.
    private func regionAdjective(_ i: Int, sentence s: Sentence) -> Bool {
        guard i + 1 < s.tokens.upperBound, toks[i + 1].isWord, toks[i + 1].isCapitalized else { return false }
        let lowerBytes = toks[i].lower.utf8
        guard let k = ActorFinder.regionPrefixBytes.firstIndex(where: { p in lowerBytes.count >= p.count + 4 && lowerBytes.starts(with: p) }) else { return false }
        let rest = String(toks[i].lower.dropFirst(ActorFinder.regionPrefixes[k].count))
        // ("zentralamerikanisches", "südamerikanischen": a continent's part, no state's)
        guard !ActorFinder.continentNames.contains(where: { rest.hasPrefix(String($0.lowercased().dropLast())) }), let e = words.names.values(for: [rest]).first(where: { $0.form == .adjective }), e.actor.hasIDPrefix("state:") else { return false }
        addMention(e.actor, tokens: i..<(i + 1), sentence: s.index, form: .adjective)
        covered[i] = true
        return true
    }
}
