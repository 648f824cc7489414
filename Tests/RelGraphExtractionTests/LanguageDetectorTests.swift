import Foundation
import RelGraphExtraction
import Testing

/// German or English, told by function words.
struct LanguageDetectorTests {
    let detector = LanguageDetector()

    @Test func german() {
        #expect(detector.detect("Nordkorea hat Soldaten nach Russland geschickt, die dort auf der Seite der russischen Armee kämpfen sollen.") == .de)
        #expect(detector.detect("Der Kreml wies die Berichte zurück.") == .de)
    }

    @Test func english() {
        #expect(detector.detect("North Korea has sent troops to Russia, and the Kremlin said that the reports were false.") == .en)
        #expect(detector.detect("The White House declined to comment.") == .en)
    }

    @Test func capitalizedFunctionWordsCount() {
        #expect(detector.detect("DIE REGIERUNG UND DAS MILITÄR") == .de)
        #expect(detector.detect("THE GOVERNMENT AND THE ARMY") == .en)
    }

    @Test func germanTextWithAnEnglishQuote() {
        let text = "Der Präsident sagte in einem Interview mit dem Sender, dass die Lage ernst sei: \"We are ready.\" Die Regierung in Kiew hat sich dazu nicht geäußert."
        #expect(detector.detect(text) == .de)
    }

    @Test func englishTextWithGermanNames() {
        #expect(detector.detect("Chancellor Olaf Scholz said the Bundeswehr and the Bundestag would be consulted on the plan.") == .en)
    }

    @Test func noFunctionWordsFallsBackToEnglish() {
        #expect(detector.detect("") == .en)
        #expect(detector.detect("Nordkorea Russland Pjöngjang 2024") == .en)
    }

    @Test func scalarsOfTheDocumentAnswerAsTheText() {
        for text in ["Für die Regierung ist das nicht für alle.", "FÜR DIE LAGE", "Über für fur", "The report said für", "Straße und die Welt",
                     "Ærø og the island", "Kyiv – für Ψ the", "fu\u{308}r die", "", "Łódź: die Stadt und the city und der Fluss"] {
            #expect(detector.detect(text, scalars: Array(text.unicodeScalars)) == detector.detect(text), "\(text)")
        }
        #expect(detector.detect("für für für the", scalars: Array("für für für the".unicodeScalars)) == .de)
    }

    @Test func seedArticleIsGerman() throws {
        let url = try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil)?.appendingPathComponent("stages/seed-nordkorea.de.txt"))
        #expect(detector.detect(try String(contentsOf: url, encoding: .utf8)) == .de)
    }
}
