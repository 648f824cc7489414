@testable import RelGraphExtraction
import Testing

/// The word class bits that replace per-token String tests in the clause splitter and the argument finder
/// answer as those tests do, for the shipped lexicon's languages and in either normalization form.
struct WordClassTests {
    static let lexicon: Lexicon = {
        do { return try LexiconLoader.load() } catch { fatalError("shipped lexicon: \(error)") }
    }()

    @Test func bitsAreTheStringTests() {
        for language in Language.allCases {
            let words = Self.lexicon[language]
            let table = WordClass.table(words, language: language)
            var forms = ["of", "for", "as", "von", "der", "des", "to", "zu", "hat", "would", "dass", "daß", "da\u{0302}", "während",
                         "wa\u{0308}hrend", "which", "regierung", "government", "außenministerium", "aussenministerium", "ministry",
                         "außenamt", "aus\u{00DF}enamt", "verteidigungsministeriums", "armee", "forces", "ofs", "f", "a", "", "the", "übrigens"]
            forms += Array(RelationFinder.verbMarkers) + Array(RelationFinder.clauseOpeners) + Array(RelationFinder.governmentNouns)
            forms += Array(words.stateDescriptors)
            for w in forms {
                let c = WordClass(lower: w, table: table, reportVerbs: words.reportVerbs, cues: words.cues)
                #expect(c.contains(.verbMarker) == RelationFinder.verbMarkers.contains(w), "\(w)")
                #expect(c.contains(.clauseOpener) == RelationFinder.clauseOpeners.contains(w), "\(w)")
                #expect(c.contains(.gerundPrep) == (w == "of" || w == "for"), "\(w)")
                #expect(c.contains(.asWord) == (w == "as"), "\(w)")
                #expect(c.contains(.genitiveLink) == ["of", "von", "der", "des"].contains(w), "\(w)")
                let government = words.stateDescriptors.contains(w) || RelationFinder.governmentNouns.contains(w) || RelationFinder.isMinistryNoun(w)
                #expect(c.contains(.governmentNoun) == government, "\(w)")
            }
            // the bits are set where they should be, so the tests above compare something
            #expect(WordClass(lower: "of", table: table, reportVerbs: words.reportVerbs, cues: words.cues).contains([.gerundPrep]))
            #expect(WordClass(lower: "regierung", table: table, reportVerbs: words.reportVerbs, cues: words.cues).contains(.governmentNoun))
            #expect(WordClass(lower: "verteidigungsministeriums", table: table, reportVerbs: words.reportVerbs, cues: words.cues).contains(.governmentNoun))
            #expect(WordClass(lower: "daß", table: table, reportVerbs: words.reportVerbs, cues: words.cues).contains(.clauseOpener))
        }
    }
}
