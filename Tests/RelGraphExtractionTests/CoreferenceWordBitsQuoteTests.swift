@testable import RelGraphExtraction
import Testing

/// The per-word bits `firstPersonMentions` and the stage's loop read: quotation marks, first-person
/// plurals and "its" are marked exactly on their tokens; and `salientActor` breaks a tie of scores by the
/// least actor.
struct CoreferenceWordBitsQuoteTests {
    @Test func quoteFirstPersonAndItsBitsMarkExactlyTheirTokens() throws {
        let lexicon = try LexiconLoader.load()
        let texts: [(String, Language)] = [
            ("„Wir werden nicht nachgeben“, sagte er. «Unsere Geduld» ist \"am Ende\" – unser Land, uns, ‚wir‘.", .de),
            ("\u{201C}We will not yield,\u{201D} he said of its \"red lines\" – our country, US and us, it's ours.", .en),
        ]
        for (text, language) in texts {
            var doc = Document(text: text, language: language)
            BoilerplateFilter(lexicon: lexicon).process(&doc)
            SentenceSplitter().process(&doc)
            Tokenizer().process(&doc)
            let words = lexicon[language]
            let (bits, _) = Coreference.WordBits.table(doc, words, filters: Coreference.WordBits.filters(words), known: Coreference.WordBits.known(words))
            for i in doc.tokens.indices {
                let t = doc.tokens[i]
                let quote = t.kind == .punct && (Coreference.openQuotes.contains(t.text) || t.text == "”")
                #expect(bits[i].contains(.quoteMark) == quote, "\(t.text)")
                #expect(bits[i].contains(.firstPersonPlural) == Coreference.firstPersonPlural.contains(t.lower), "\(t.text)")
                #expect(bits[i].contains(.its) == (t.lower == "its"), "\(t.text)")
            }
            #expect(doc.tokens.indices.filter { bits[$0].contains(.quoteMark) }.count >= 4, "\(language)")
            #expect(doc.tokens.indices.filter { bits[$0].contains(.firstPersonPlural) }.count >= 4, "\(language)")
        }
    }

    @Test func salientActorPrefersTheHigherScoreThenTheLeastActor() {
        func m(_ actor: String, _ sentence: Int, _ at: Int) -> Mention {
            Mention(actor: actor, range: TextRange(at, at + 1), tokens: at..<(at + 1), sentence: sentence, form: .name, surface: "x")
        }
        let coref = Coreference(lexicon: Lexicon())
        // each the first of its sentence: 2 and 2, a tie; the least actor wins
        let tie = [m("state:b", 1, 0), m("state:a", 2, 5)]
        #expect(coref.salientActor(tie, sentence: 3, excluding: [], prefix: "state:") == "state:a")
        // a second mention of b: 3 against 2
        let more = tie + [m("state:b", 2, 7)]
        #expect(coref.salientActor(more, sentence: 3, excluding: [], prefix: "state:") == "state:b")
        #expect(coref.salientActor(more, sentence: 3, excluding: ["state:b"], prefix: "state:") == "state:a")
        #expect(coref.salientActor(more, sentence: 3, excluding: [], prefix: "org:") == nil)
    }
}
