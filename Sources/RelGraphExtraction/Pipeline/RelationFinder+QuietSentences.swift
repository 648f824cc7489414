import RelGraph

// Sentences that cannot state anything, passed over at the cost of one look at their tokens.
extension RelationFinder.Finder {
    /// Word classes of a token that may make a sentence state something without a cue entry of its own:
    /// a cue phrase's first word, a qualifying verb (a denial of a claim noun), a report marker's first
    /// word or a report verb (a speaker for the quotation that follows), an inflected participle of signing.
    static let voicingClasses: WordClass = [.cuePhraseStart, .qualifyVerb, .reportMarkerStart, .reportVerb, .signingParticiple, .welcomeVerb]

    /// The speaker `sentence(_:)` would give `updateQuoteState` for a sentence that can make no relation
    /// and change nothing else; nil when the sentence must be read in full. Most sentences of an article
    /// name no relation: splitting them into clauses, finding reporters and asking each clause for cues
    /// was a good part of the relation finder's time. (Without a trace only: a trace lists every sentence.)
    ///
    /// Why nothing is lost:
    /// - No mention in the sentence, and no speaker carried on by an open quotation: every actor a relation
    ///   could name comes from the sentence's mentions (a clause's arguments, the subject or the object it
    ///   inherits, a relative clause's antecedent, a reporter), and a relation needs a source; `reporters`
    ///   finds no one (its markers and report verbs take mentions), so the speaker is none.
    /// - No token with cue entries and none of `voicingClasses`: `cues` of every clause is empty (a cue is a
    ///   cue phrase, whose first word is a `.cuePhraseStart`, or a word with entries), so the speaker denies
    ///   nothing, no clause states anything (the clause loop stops at its first clause), appositions and
    ///   participles make nothing (both need a cue entry); `reporters` finds no one (a marker starts with a
    ///   `.reportMarkerStart` word, a frame has a `.reportVerb`), so the speaker is the quotation's, if open.
    /// With no relation made, the sentence's claims, denials and accusations are none, and only the quotation
    /// state moves on.
    func quietSentenceSpeaker(_ s: Sentence) -> [String]? {
        let quoted = quoteOpen && !quoteSpeaker.isEmpty
        if !quoted && mentionsBySentence[s.index] == nil { return [] }
        let voicing = Self.voicingClasses.rawValue
        for i in s.tokens where cueCache.hasEntries(i) || wordClasses[i].rawValue & voicing != 0 { return nil }
        return quoteOpen ? quoteSpeaker : []
    }
}
