import RelGraph

// The (type, class) pairs the finder asks of a token's cue entries, kept once, and the question itself asked of the
// token's `CueKinds` (no array retained, walked or built per entry).
extension RelationFinder {
    static let verbKinds = CueKinds(classes: [.verb, .verbRecv])
    static let verbMeetReverseKinds = CueKinds(classes: [.verb, .verbRecv, .meet, .reverse])
    static let nounKinds = CueKinds(classes: [.noun])
    static let nounAgentThemeKinds = CueKinds(classes: [.noun, .agent, .theme])
    static let agentKinds = CueKinds(classes: [.agent])
    static let allianceNounKinds = CueKinds(types: [.alliance], classes: [.noun])
    /// A verb of a kind of help or alliance (`participleTypes` as verbs: an attributive participle's cue).
    static let participleVerbKinds = CueKinds(types: Array(participleTypes), classes: [.verb])
    static let allianceAdjKinds = CueKinds(types: [.alliance], classes: [.adj])
    static let aidOrAllianceKinds = CueKinds(types: [.support, .militarySupport, .armsSupply, .alliance])
    static let conflictVerbKinds = CueKinds(types: [.conflict], classes: [.verb])
}

extension RelationFinder.Finder {
    /// Whether the cue entries of the token at `i` (`cueEntries(toks[i], at: i)`) hold one of the pairs of `kinds`.
    @inline(__always)
    func hasCue(_ i: Int, _ kinds: CueKinds) -> Bool {
        if i < cueCache.count, let k = cueCache.kinds(i) { return k.intersects(kinds) }
        return hasComputedCue(i, kinds)
    }

    /// `hasCue` for a token whose entries were not kept (out of line: rare).
    @inline(never)
    func hasComputedCue(_ i: Int, _ kinds: CueKinds) -> Bool { CueKinds(cueEntries(toks[i], at: i)).intersects(kinds) }
}
