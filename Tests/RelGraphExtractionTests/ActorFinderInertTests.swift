@testable import RelGraphExtraction
import Testing

/// `ActorFinder.State.isInert`: at a word it calls inert, every step of the scan finds nothing (so the
/// scan may pass over it); and it calls plain words inert, names, titles and agreements not.
struct ActorFinderInertTests {
    static let english = "Russia and China signed a treaty in March. Foreign Minister Wang Yi said the agreement was historic, and the United Nations welcomed it. Troops of Iran and the Houthis were sent north."

    static func prepared(_ text: String, _ language: Language, _ lexicon: Lexicon) -> Document {
        var doc = Document(text: text, language: language)
        BoilerplateFilter(lexicon: lexicon).process(&doc)
        SentenceSplitter().process(&doc)
        Tokenizer().process(&doc)
        return doc
    }

    @Test func inertWordsFindNothing() throws {
        let lexicon = try LexiconLoader.load()
        let finder = ActorFinder(lexicon: lexicon)
        for (text, language) in [(try BoilerplateFilterTests.seedArticle(), Language.de), (Self.english, .en)] {
            let doc = Self.prepared(text, language, lexicon)
            let state = ActorFinder.State(doc: doc, lexicon: lexicon, givenNameFilter: finder.givenNameFilter,
                                          wordIndex: finder.wordIndexes.index(for: language),
                                          agreementHeads: language == .de ? finder.germanAgreementHeads : [])
            var inert: Set<String> = []
            var other: Set<String> = []
            for s in doc.sentences {
                let end = s.tokens.upperBound
                for i in s.tokens where doc.tokens[i].isWord {
                    let t = doc.tokens[i]
                    guard state.isInert(i) else { other.insert(t.text); continue }
                    inert.insert(t.text)
                    #expect(state.nameMatch(at: i, end: end) == nil, "\(t.text)")
                    #expect(state.titleMatch(at: i, end: end) == nil, "\(t.text)")
                    #expect(state.memo.agreements(at: i) == nil, "\(t.text)")
                    #expect(state.namedAgreement(at: i, sentence: s) == nil, "\(t.text)")
                    #expect(!state.isGivenName(at: i), "\(t.text)")
                    #expect(!t.hasHyphenByte, "\(t.text)")
                    #expect(state.compoundAgreementKind(at: i) == nil, "\(t.text)")
                    #expect(!state.regionCompound(i, sentence: s), "\(t.text)")
                    if language == .en { #expect(!t.lower.hasSuffix("s"), "\(t.text)") }
                }
            }
            // (plain words are inert; names, titles and agreements are not)
            #expect(inert.contains(language == .de ? "und" : "and"), "\(language)")
            for word in language == .de ? ["Nordkorea", "Russland"] : ["Russia", "Foreign", "treaty", "agreement"] {
                #expect(other.contains(word), "\(word)")
            }
            #expect(inert.count >= (language == .de ? 100 : 10), "\(language)")
        }
    }
}
