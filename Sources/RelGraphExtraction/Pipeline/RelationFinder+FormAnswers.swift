extension RelationFinder {
    /// `isWarForm` per cue form, kept for the process: working it out lower-cases the form and searches it
    /// with Foundation (thousands of instructions a cue), while the forms are the lexicon's and recur in every
    /// document. The same bounded, locked store as the internal-war answers (`InternalWarForms`).
    static let warFormAnswers = InternalWarForms()
    /// `isSelfDefenceForm` per cue form, kept for the process in the same way.
    static let selfDefenceFormAnswers = InternalWarForms()
}
