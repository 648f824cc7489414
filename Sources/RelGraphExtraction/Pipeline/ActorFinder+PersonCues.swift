import RelGraph

extension ActorFinder.State {
    /// Whether the unknown capitalized run at `i` (`n` words, two or more) is a person's name by the words around it
    /// (lexicon `personnoun`): a noun of a person right before it ("der Verleger Gui Minhai", "another maid, Jullebee
    /// Ranara,"), an age ("34-year-old Rowena Dacanay", "der 34-jährige") with the name closing its phrase, or an
    /// apposition of a person after it ("Chilekwa Mumba, a
    /// Kitwe-based activist", "Gui Minhai, ein schwedischer Staatsbürger").
    func isPersonByContext(at i: Int, length n: Int, sentence s: Sentence) -> Bool {
        let lo = s.tokens.lowerBound, end = s.tokens.upperBound
        let after = i + n
        let closes = after == end || !toks[after].isWord
        if i > lo {
            let p = i - 1
            let before = toks[p].lower
            if toks[p].isWord {
                if words.personNouns.contains(before) { return true }
                // (after an age the name closes its phrase: "34-year-old Rowena Dacanay," but "a 30-year-old Gaza City
                // resident"; a hyphenated first word is a people's noun: "der 62-jährige Deutsch-Iraner")
                if before.hasSuffix("year-old") || before.hasPrefix("jährig") || before.contains("-jährig"),
                   !toks[i].hasHyphenByte, closes || isFunctionWord(toks[after]) || words.reportVerbs.hasMatch(toks[after].lower) { return true }
            } else if toks[p].text == ",", p > lo, toks[p - 1].isWord, words.personNouns.contains(toks[p - 1].lower),
                      after < end, toks[after].text == "," {
                return true
            }
        }
        // the apposition: ", a Kitwe-based activist", ", ein schwedischer Staatsbürger"
        guard after + 2 < end, toks[after].text == ",", ActorFinder.appositionDeterminers.contains(toks[after + 1].lower) else { return false }
        var k = after + 2
        while k < end && k < after + 6 && toks[k].isWord {
            if words.personNouns.contains(toks[k].lower) {
                return k + 1 == end || !toks[k + 1].isWord || !toks[k + 1].isCapitalized
            }
            k += 1
        }
        return false
    }
}

extension ActorFinder {
    /// Determiners that open an apposition describing a person: "a", "another", "ein", "der".
    static let appositionDeterminers: Set<String> = ["a", "an", "another", "the", "ein", "eine", "einer", "einem", "einen", "der", "die", "dem", "den"]
}
