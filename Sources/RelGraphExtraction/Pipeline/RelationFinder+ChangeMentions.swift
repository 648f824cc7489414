// The document's mentions changed in place without a dynamic exclusivity check on every other access to them.
extension RelationFinder.Finder {
    /// Runs `change` on the document's mentions, taken out of `mentions` for the time (which is empty meanwhile:
    /// `change` reads the list it is given). `mentions` itself is then only swapped, with no call inside an access
    /// to it, so the compiler proves that no access to it overlaps another and checks them all statically: a change
    /// made in place (`mentions[i].actor = …`) made every read of `mentions` (asked per mention of every clause)
    /// check exclusivity at run time, about 75 instructions each.
    func changeMentions(_ change: (inout [Mention]) -> Void) {
        var ms: [Mention] = []
        swap(&ms, &mentions)
        change(&ms)
        swap(&ms, &mentions)
    }
}
