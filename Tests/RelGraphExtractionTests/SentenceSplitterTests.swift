import RelGraphExtraction
import Testing

/// Sentences: where a full stop ends one and where it does not.
struct SentenceSplitterTests {
    func split(_ text: String, lexicon: Lexicon = Lexicon()) -> Document {
        var doc = Document(text: text, language: .de)
        BoilerplateFilter(lexicon: lexicon).process(&doc)
        SentenceSplitter().process(&doc)
        return doc
    }

    func sentences(_ text: String) -> [String] {
        let doc = split(text)
        return doc.sentences.map { doc.slice($0.range) }
    }

    @Test func abbreviations() {
        #expect(sentences("Dr. Müller sprach mit Prof. Schmidt. Dann ging er.") == ["Dr. Müller sprach mit Prof. Schmidt.", "Dann ging er."])
        #expect(sentences("Staaten wie z. B. Russland und u. a. China stimmten zu. Die EU nicht.")
            == ["Staaten wie z. B. Russland und u. a. China stimmten zu.", "Die EU nicht."])
        #expect(sentences("Mr. Smith met Mrs. Jones in Washington. They talked.") == ["Mr. Smith met Mrs. Jones in Washington.", "They talked."])
        #expect(sentences("Officials of the U.S. Treasury agreed. Moscow did not.") == ["Officials of the U.S. Treasury agreed.", "Moscow did not."])
    }

    @Test func abbreviationsThatAreAlsoWords() {
        #expect(sentences("Nach Art. 5 des Nato-Vertrags gilt der Bündnisfall. Das ist neu.")
            == ["Nach Art. 5 des Nato-Vertrags gilt der Bündnisfall.", "Das ist neu."])
        #expect(sentences("Es war ein Angriff neuer Art. Die Armee schwieg.") == ["Es war ein Angriff neuer Art.", "Die Armee schwieg."])
        #expect(sentences("Russia said no. The Kremlin was clear.") == ["Russia said no.", "The Kremlin was clear."])
        #expect(sentences("Talks at No. 10 Downing Street ended. Nothing changed.") == ["Talks at No. 10 Downing Street ended.", "Nothing changed."])
    }

    @Test func germanOrdinalsDoNotEndSentences() {
        #expect(sentences("Putin kam am 3. Juni nach Pjöngjang. Er blieb zwei Tage.") == ["Putin kam am 3. Juni nach Pjöngjang.", "Er blieb zwei Tage."])
        #expect(sentences("Der 2. Weltkrieg endete 1945. Danach begann der Kalte Krieg.")
            == ["Der 2. Weltkrieg endete 1945.", "Danach begann der Kalte Krieg."])
        #expect(sentences("Die Soldaten gehören zur 11. Armee. Sie kämpfen in Kursk.") == ["Die Soldaten gehören zur 11. Armee.", "Sie kämpfen in Kursk."])
        #expect(sentences("Seit dem 24. Februar 2022 herrscht Krieg.") == ["Seit dem 24. Februar 2022 herrscht Krieg."])
    }

    @Test func yearsAndCountsEndSentences() {
        #expect(sentences("Im Jahr 2023. Danach nicht mehr.") == ["Im Jahr 2023.", "Danach nicht mehr."])
        #expect(sentences("Das geschah im Jahr 2023. Die Regierung schwieg.") == ["Das geschah im Jahr 2023.", "Die Regierung schwieg."])
        #expect(sentences("Die Zahl der Toten stieg auf 12. Das bestätigte Kiew.") == ["Die Zahl der Toten stieg auf 12.", "Das bestätigte Kiew."])
    }

    @Test func aLowerCaseStartAfterALongWordIsANewSentence() {
        // the seed article: "… seit über zwei Jahrzehnten. westliche Beobachter fragen sich, …"
        #expect(sentences("Putin besuchte Nordkorea, der erste Besuch seit über zwei Jahrzehnten. westliche Beobachter fragen sich, warum.")
            == ["Putin besuchte Nordkorea, der erste Besuch seit über zwei Jahrzehnten.", "westliche Beobachter fragen sich, warum."])
        // but not after an abbreviation, an initial or a short word
        #expect(sentences("Staaten wie z. B. die USA und ca. fünf weitere, insbes. die Nachbarn, bzw. deren Verbündete.").count == 1)
        #expect(sentences("Er kam um 3 Uhr an. dann ging er.").count == 1)
        #expect(sentences("Das Abkommen, e.g. the treaty, approx. five years old.").count == 1)
        #expect(sentences("Er zögerte... und dann sprach er.").count == 1)
    }

    @Test func initials() {
        #expect(sentences("J. Smith and John F. Kennedy spoke. They agreed.") == ["J. Smith and John F. Kennedy spoke.", "They agreed."])
    }

    @Test func decimals() {
        #expect(sentences("Die Wirtschaft wuchs um 3.5 Prozent. Im Vorjahr waren es 2,1 Prozent.")
            == ["Die Wirtschaft wuchs um 3.5 Prozent.", "Im Vorjahr waren es 2,1 Prozent."])
    }

    @Test func closingQuotesStayWithTheSentence() {
        #expect(sentences("Er sagte: „Wir beobachten das.“ Dann ging er.") == ["Er sagte: „Wir beobachten das.“", "Dann ging er."])
        #expect(sentences("He said: \"We will come.\" Then he left.") == ["He said: \"We will come.\"", "Then he left."])
        #expect(sentences("„Kommt ihr?“, fragte er. Niemand antwortete.") == ["„Kommt ihr?“, fragte er.", "Niemand antwortete."])
        #expect(sentences("Peskow nannte das „eine Täuschung“. Seoul widersprach.") == ["Peskow nannte das „eine Täuschung“.", "Seoul widersprach."])
        let doc = split("Zelensky erklärte: „Wir kämpfen weiter.“")
        #expect(doc.sentences.map(\.isHeadline) == [false])
    }

    @Test func questionAndExclamationMarksEndSentences() {
        #expect(sentences("Kommt er? Ja! Sicher ist das nicht. Wirklich?!") == ["Kommt er?", "Ja!", "Sicher ist das nicht.", "Wirklich?!"])
    }

    @Test func headlinesAreOneSentenceEach() {
        let text = """
            Nordkorea schickt Soldaten

            Putin besucht Pjöngjang. Er bleibt zwei Tage.
            Reaktionen aus dem Kreml und Südkorea
            Was will Kim?
            """
        let doc = split(text)
        #expect(doc.sentences.map { doc.slice($0.range) }
            == ["Nordkorea schickt Soldaten", "Putin besucht Pjöngjang.", "Er bleibt zwei Tage.", "Reaktionen aus dem Kreml und Südkorea", "Was will Kim?"])
        #expect(doc.sentences.map(\.isHeadline) == [true, false, false, true, false])
    }

    @Test func indicesCountFromZeroOverTheArticle() {
        let doc = split("Erster Satz. Zweiter Satz.\n\nÜberschrift\n\nDritter Satz! Vierter?")
        #expect(doc.sentences.map(\.index) == [0, 1, 2, 3, 4])
    }

    @Test func clutterAndDatelinesAreNoSentences() throws {
        var loader = LexiconLoader()
        try loader.load(text: "boilerplate | de | kurze werbeeinblendung", file: "t.lex")
        let doc = split("CNN – Nordkorea sendet Bürger. Moskau schweigt.\nKurze Werbeeinblendung\nEnde.", lexicon: try loader.finish())
        #expect(doc.sentences.map { doc.slice($0.range) } == ["Nordkorea sendet Bürger.", "Moskau schweigt.", "Ende."])
        #expect(doc.sentences.map(\.index) == [0, 1, 2])
    }

    @Test func sentenceTextIsTheScalarSliceOfItsRange() {
        let text = "👍🏽 Ä ist da. Ö folgt! Cafe\u{301} 🇺🇦 am 3. Juni.\r\n\n  „Zitat.“ Ende…\nOhne Punkt  "
        let doc = split(text)
        let sc = Array(text.unicodeScalars)
        #expect(doc.sentences.count == 6)
        var last = 0
        for s in doc.sentences {
            #expect(s.range.start >= last && s.range.start < s.range.end && s.range.end <= sc.count)
            last = s.range.end
            let slice = String(String.UnicodeScalarView(sc[s.range.start..<s.range.end]))
            #expect(doc.slice(s.range) == slice)
            #expect(slice.first?.isWhitespace == false && slice.last?.isWhitespace == false, "\(slice)")
        }
        #expect(doc.sentences.map { doc.slice($0.range) }
            == ["👍🏽 Ä ist da.", "Ö folgt!", "Cafe\u{301} 🇺🇦 am 3. Juni.", "„Zitat.“", "Ende…", "Ohne Punkt"])
        #expect(doc.sentences.first?.range == TextRange(0, 12))
    }
}
