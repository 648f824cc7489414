// Whose side a person is on: the state or organization a speaker, an accuser or a threatener stands for.
extension RelationFinder.Finder {
    /// The state or organization `actor` holds office in in this article, else the one the lexicon's affiliation gives;
    /// nil for an actor that is no person of either (states and organizations are their own side).
    func side(of actor: String) -> String? {
        personState[actor] ?? lexicon.affiliations[actor]?.actor
    }
}
