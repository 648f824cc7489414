// The relations found so far changed in place without a dynamic exclusivity check on every other access to them.
extension RelationFinder.Finder {
    /// Runs `change` on the relations found so far, taken out of `relations` for the time (which is empty
    /// meanwhile: `change` reads the list it is given). As with `changeMentions`, `relations` itself is then only
    /// swapped, with no call inside an access to it, and every read of it (per sentence, clause and cue) is checked
    /// statically instead of at run time.
    func changeRelations(_ change: (inout [Relation]) -> Void) {
        var rs: [Relation] = []
        swap(&rs, &relations)
        change(&rs)
        swap(&rs, &relations)
    }
}
