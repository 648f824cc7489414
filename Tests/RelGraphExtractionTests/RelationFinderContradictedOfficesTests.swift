import RelGraph
@testable import RelGraphExtraction
import Testing

/// An office guessed from a title's context (no state in the title) that a relation of the person contradicts is
/// dropped: a state's office holder does not accuse, sanction or visit it.
struct RelationFinderContradictedOfficesTests {
    static let extractor: Extractor = {
        do { return Extractor(lexicon: try LexiconLoader.load()) } catch { fatalError("shipped lexicon: \(error)") }
    }()

    func edges(_ text: String, _ language: Language) -> Set<String> {
        let g = Self.extractor.extract(text: "Headline\n\n" + text, path: "case", language: language)
        return Set(g.edges.map { "\($0.type.rawValue) \($0.source) \($0.target)" })
    }

    @Test func anAccusedStateIsNoGuessedOffice() {
        let de = edges("Die Regierung Nicaraguas schwieg am Montag. Außenministerin Ana Pérez Solano warf Nicaragua vor, Kritiker im Ausland zu verfolgen.", .de)
        #expect(de.contains("accusation person:ana-perez-solano state:nic"), "\(de.sorted())")
        #expect(!de.contains("represents person:ana-perez-solano state:nic"), "\(de.sorted())")
        let en = edges("Lebanon's government met on Monday. Envoy Clara Whitby travelled to Lebanon on Tuesday.", .en)
        #expect(en.contains("visit person:clara-whitby state:lbn"), "\(en.sorted())")
        #expect(!en.contains("represents person:clara-whitby state:lbn"), "\(en.sorted())")
    }

    @Test func anOfficeNamedInTheTitleStays() {
        // (the state in the title is no guess: the relation with it is what is dropped)
        let de = edges("Nicaraguas Außenministerin Ana Pérez Solano warf Nicaragua vor, Kritiker zu verfolgen.", .de)
        #expect(de.contains("represents person:ana-perez-solano state:nic"), "\(de.sorted())")
        #expect(!de.contains("accusation person:ana-perez-solano state:nic"), "\(de.sorted())")
    }
}
