// Lists of actor ids without a Set: a cue's sources and targets are one to three actors, and a Set built
// for them (allocated, hashed, freed) costs far more than comparing a few Strings.
extension RelationFinder {
    /// `Array(Set(actors)).sorted()`: the first of equal ids kept (as a Set keeps the first inserted), then sorted.
    static func uniqueSorted(_ actors: [String]) -> [String] {
        if actors.count <= 1 { return actors }
        var out: [String] = []
        out.reserveCapacity(actors.count)
        for a in actors where !out.contains(a) { out.append(a) }
        if out.count > 1 { out.sort() }
        return out
    }
}
