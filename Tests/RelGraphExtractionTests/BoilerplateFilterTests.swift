import Foundation
import RelGraphExtraction
import Testing

/// Web clutter is no content; headlines, teasers and paragraphs are; a dateline is cut off.
struct BoilerplateFilterTests {
    static let smallLexicon = #"""
        # a lexicon with clutter patterns only
        boilerplate | de | kurze werbeeinblendung.*
        boilerplate | * | (https?://)?[a-z0-9.-]+\.(com|de|at)(/\S*)?
        boilerplate | en | share (on|via) (facebook|x|email)
        boilerplate-end | de | Ähnliche Artikel
        boilerplate-end | en | related (articles|stories)
        """#

    static func lexicon(_ text: String = smallLexicon) throws -> Lexicon {
        var loader = LexiconLoader()
        try loader.load(text: text, file: "boilerplate.lex")
        return try loader.finish()
    }

    func filter(_ text: String, lexicon: Lexicon) -> Document {
        var doc = Document(text: text, language: .de)
        BoilerplateFilter(lexicon: lexicon).process(&doc)
        return doc
    }

    /// (line, is clutter) for every block.
    func lines(_ doc: Document) -> [(String, Bool)] { doc.blocks.map { (doc.slice($0.range), $0.isBoilerplate) } }

    @Test func linesMatchingAPatternAreClutter() throws {
        let text = """
            Nordkorea schickt Soldaten

            KURZE WERBEEINBLENDUNG https://hanf.example.at/fruehstueck
            Pjöngjang entsendet Truppen nach Russland.
            edition.cnn.com
            Die kurze Werbeeinblendung dauerte lange.
            Share via email
            """
        let doc = filter(text, lexicon: try Self.lexicon())
        let got = lines(doc)
        #expect(got.map(\.0) == [
            "Nordkorea schickt Soldaten", "KURZE WERBEEINBLENDUNG https://hanf.example.at/fruehstueck",
            "Pjöngjang entsendet Truppen nach Russland.", "edition.cnn.com", "Die kurze Werbeeinblendung dauerte lange.", "Share via email",
        ])
        // the pattern must match the whole line: a sentence that contains the words is content
        #expect(got.map(\.1) == [false, true, false, true, false, true])
    }

    @Test func linesAfterAnEndMarkerAreClutter() throws {
        let text = """
            Putin besucht Pjöngjang
            Der Besuch dauerte zwei Tage.
            Ähnliche Artikel
            Russland und China vertiefen Beziehungen
            Ein Absatz, der wie Inhalt aussieht.
            """
        let doc = filter(text, lexicon: try Self.lexicon())
        #expect(doc.blocks.map(\.isBoilerplate) == [false, false, true, true, true])
        // case-insensitive, either language's marker
        let en = filter("The summit ended.\nRELATED STORIES\nChina warns Taiwan.", lexicon: try Self.lexicon())
        #expect(en.blocks.map(\.isBoilerplate) == [false, true, true])
    }

    @Test func aPatternForEveryLanguageIsTestedOnce() throws {
        let filter = BoilerplateFilter(lexicon: try Self.lexicon("boilerplate | * | teilen\nboilerplate | de | drucken\nboilerplate-end | * | ende"))
        #expect(filter.patterns.map(\.pattern).sorted() == ["^(?:drucken)$", "^(?:teilen)$"])
        #expect(filter.endPatterns.map(\.pattern) == ["^(?:ende)$"])
    }

    /// Related-story links after "» ", a section name alone on its line, and a comment header with its call to
    /// join in are clutter (the shipped lexicon); a quotation in » « stays content.
    @Test func relatedLinksAndSectionLinesAreClutter() throws {
        let text = """
            Finnland hält die Grenze zu Russland geschlossen
            Deutschland
            »Wir geben nicht nach«, sagte die Ministerin.
            » Orbán empfängt Lawrow in Budapest
            Die Regierung in Helsinki verweist auf die Sicherheitslage.
            Leserkommentare (14) – Anmelden und mitdiskutieren
            Kiew meldet neue Drohnenangriffe auf Odessa
            """
        let doc = filter(text, lexicon: try LexiconLoader.load())
        #expect(doc.blocks.map(\.isBoilerplate) == [false, true, false, true, false, true, true])
    }

    /// After the article, a box header ("Most read") takes the headline-like lines after it; before any body
    /// paragraph it is clutter alone, and the headline after it stays content.
    @Test func aBoxOfLinksAfterTheArticleIsClutter() throws {
        let lexicon = try Self.lexicon("boilerplate-box | en | Most read:?")
        let after = filter("""
            France accuses Azerbaijan of stoking unrest
            The interior minister said on Thursday that Baku was backing the protest movement in the territory.
            Most read
            Netanyahu under pressure as cabinet split deepens
            Slovak prime minister Fico in serious condition after shooting
            The rioting has left five people dead.
            """, lexicon: lexicon)
        #expect(after.blocks.map(\.isBoilerplate) == [false, false, true, true, true, false])
        let before = filter("Most read\nFrance accuses Azerbaijan of stoking unrest\nThe minister spoke on Thursday.", lexicon: lexicon)
        #expect(before.blocks.map(\.isBoilerplate) == [true, false, false])
    }

    /// A teaser's date inside a box of links leaves the box open; a "Read more:" header opens one; a "Related" teaser line
    /// is clutter; the article's sentences are not.
    @Test func boxesOverDatesAndShippedTeaserLines() throws {
        let boxed = filter("The minister spoke in Belgrade on Thursday about the project and the protests.\nMehr zum Thema\n17.11.2026\nBosnien: Schmidt warnt vor Abspaltung\n15.11.2026\nKroatien: Plenković weiht Terminal ein\nThe protests went on.",
                           lexicon: try Self.lexicon("boilerplate-box | de | Mehr zum Thema.*\nboilerplate | * | \\d{1,2}\\.\\d{1,2}\\.\\d{4}"))
        #expect(boxed.blocks.map(\.isBoilerplate) == [false, true, true, true, true, true, false])
        let shipped = try LexiconLoader.load()
        let doc = filter("Israel condemned the fund's decision to sell its stakes on Tuesday.\nRead more:\n- Uzbekistan's Mirziyoyev opens Termez trade hub\n- Iran, Iraq sign gas swap extension\nRelated Denmark’s Frederiksen tightens arms export rules after vote\nRelated talks will take place in Oslo next week.",
                         lexicon: shipped)
        #expect(doc.blocks.map(\.isBoilerplate) == [false, true, true, true, true, false])
    }

    /// A wire service's credit line is clutter (its names are no actors); the article's sentences are not.
    @Test func creditLinesAreClutter() throws {
        let lexicon = try LexiconLoader.load()
        let doc = filter("Iran fired missiles at Israel on Monday, the ministry said.\n(Reporting by Karin Nyberg; Editing by Tom Hale)\nAdditional reporting by Ali Kucukgocmen in Istanbul", lexicon: lexicon)
        #expect(doc.blocks.map(\.isBoilerplate) == [false, true, true])
    }

    /// A byline is clutter (its author is no actor); a sentence that opens with "By"/"Von" is not.
    @Test func bylinesAreClutter() throws {
        let lexicon = try LexiconLoader.load()
        let en = filter("By Claire Dubois, Paris correspondent · 16 May 2024\nBy the end of the year, Russia had sent troops to Belarus.", lexicon: lexicon)
        #expect(en.blocks.map(\.isBoilerplate) == [true, false])
        let de = filter("Von Anna Müller und Jan Schmidt, Berlin\nVon Moskau aus schickte Russland Truppen nach Belarus.", lexicon: lexicon)
        #expect(de.blocks.map(\.isBoilerplate) == [true, false])
    }

    @Test func headlinesAndTeasersStayContent() throws {
        let text = """
            Ukraine-Krieg: Nordkorea hilft Russland
            Wachsende Freundschaft zwischen Moskau und Pjöngjang
            Was steckt hinter dem Pakt?
            """
        let doc = filter(text, lexicon: try Self.lexicon())
        #expect(doc.blocks.count == 3)
        #expect(doc.blocks.allSatisfy { !$0.isBoilerplate && $0.contentRange == $0.range })
    }

    @Test func blocksAreTrimmedLinesWithScalarOffsets() throws {
        let text = "\u{FEFF}  👍 Erste Zeile  \n\n\t\nÄ zweite Zeile\r\n"
        let doc = filter(text, lexicon: try Self.lexicon())
        #expect(doc.blocks.map(\.range) == [TextRange(3, 16), TextRange(22, 36)])
        #expect(lines(doc).map(\.0) == ["👍 Erste Zeile", "Ä zweite Zeile"])
    }

    @Test(arguments: [
        ("CNN – Nordkorea sendet seine Bürger nach Russland.", "Nordkorea sendet seine Bürger nach Russland."),
        ("MOSKAU (AFP) – Der Kreml bestreitet die Berichte.", "Der Kreml bestreitet die Berichte."),
        ("Kiew (dpa) - Die Ukraine meldet neue Angriffe.", "Die Ukraine meldet neue Angriffe."),
        ("WASHINGTON (AP) — The White House declined to comment.", "The White House declined to comment."),
        ("SEOUL, SÜDKOREA (Reuters) – Pjöngjang schweigt.", "Pjöngjang schweigt."),
        ("(CNN) — The White House declined to comment.", "The White House declined to comment."),
        ("MOSKAU, 3. Juni (Reuters) – Der Kreml schweigt.", "Der Kreml schweigt."),
        ("BERLIN/MOSKAU (dpa/AFP) - „Wir prüfen das“, sagte er.", "„Wir prüfen das“, sagte er."),
    ])
    func datelineCutOff(_ line: String, _ content: String) throws {
        let doc = filter(line, lexicon: try Self.lexicon())
        let block = try #require(doc.blocks.first)
        #expect(block.isBoilerplate == false)
        #expect(block.range == TextRange(0, line.unicodeScalars.count))
        #expect(doc.slice(block.contentRange) == content)
        #expect(block.contentRange.end == block.range.end)
    }

    @Test(arguments: [
        "Nordkorea hilft Russland im Ukraine-Krieg mit Soldaten, während Zelensky Alarm schlägt – ein gefährliches Bündnis!",
        "Die Regierung in Moskau – so heißt es – schweigt.",
        "Berlin - Die Bundesregierung äußerte sich nicht.",
        "EU-Gipfel – Staaten einigen sich auf Sanktionen.",
        "USA – China: Handelsstreit eskaliert",
        "NATO – Russland",
        "Kim Jong Un besuchte Moskau.",
        "NATO 2030 – Die Allianz plant voraus.",
        "(Foto) Putin in Moskau – er lächelt.",
        "Wladimir Putin (71) – seit 24 Jahren an der Macht – reist nach Pjöngjang.",
        "PUTIN (71) – Der Präsident reist nach Pjöngjang.",
    ])
    func normalLinesUntouched(_ line: String) throws {
        let doc = filter(line, lexicon: try Self.lexicon())
        let block = try #require(doc.blocks.first)
        #expect(block.isBoilerplate == false)
        #expect(block.contentRange == block.range)
    }

    // MARK: the seed article with the shipped lexicon

    static func seedArticle() throws -> String {
        let url = try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil)?
            .appendingPathComponent("stages/seed-nordkorea.de.txt"))
        return try String(contentsOf: url, encoding: .utf8)
    }

    static let seedClutter = [
        "Kurze Werbeeinblendung",
        "Kurze Werbeeinblendung https://hanfland.at/hanf-zum-fruehstueck-so-startest-du-gesund-und-energiegeladen-in-den-tag/",
        "Quelle/Referenz",
        "edition.cnn.com",
        "Ähnliche Artikel",
        "Schreibe einen Kommentar",
        "Deine E-Mail-Adresse wird nicht veröffentlicht. Erforderliche Felder sind mit * markiert",
        "Schaltfläche \"Zurück zum Anfang\"",
    ]

    static let seedHeadlines = [
        "Nordkorea entsendet Bürger zur Unterstützung der russischen Armee in der Ukraine",
        "Nordkorea hilft Russland im Ukraine-Krieg mit Soldaten, während Zelensky Alarm schlägt – ein gefährliches Bündnis, das die Welt aufschrecken lässt!",
        "Wachsende Freundschaft zwischen Moskau und Pjöngjang",
        "Internationale Unterstützung gefordert",
        "Berichte über nordkoreanische Militärhilfe",
        "Reaktionen aus dem Kreml und Südkorea",
        "Verstärkung der militärischen Zusammenarbeit",
        "Waffenlieferungen und bilaterale Beziehungen",
        "Verteidigungsabkommen zwischen Russland und Nordkorea",
        "Solidarität mit Russland",
    ]

    /// The first words of every paragraph of the article.
    static let seedParagraphs = [
        "CNN – Nordkorea sendet seine Bürger",
        "Diese Unterstellungen kommen inmitten",
        "Zelensky fügte hinzu:",
        "Eine Quelle aus dem ukrainischen Geheimdienst",
        "Kremlsprecher Dmitry Peskov wies",
        "Verteidigungsminister Kim Yong-hyun erklärte",
        "Mehrere Regierungen haben Pjöngjang beschuldigt",
        "Während Putins Besuch in der nordkoreanischen Hauptstadt",
        "Putin erklärte während seines Besuchs",
    ]

    @Test func seedArticleLosesItsClutter() throws {
        let doc = filter(try Self.seedArticle(), lexicon: try LexiconLoader.load())
        let got = lines(doc)
        for line in Self.seedClutter {
            let block = got.first { $0.0 == line }
            #expect(block != nil, "line missing: \(line)")
            #expect(block?.1 == true, "not marked as clutter: \(line)")
        }
    }

    @Test func seedArticleKeepsEveryHeadlineAndParagraph() throws {
        let doc = filter(try Self.seedArticle(), lexicon: try LexiconLoader.load())
        let got = lines(doc)
        #expect(got.count == 1 + Self.seedHeadlines.count + Self.seedParagraphs.count + Self.seedClutter.count)
        for headline in Self.seedHeadlines {
            let block = got.first { $0.0 == headline }
            #expect(block != nil, "headline missing: \(headline)")
            #expect(block?.1 == false, "headline marked as clutter: \(headline)")
        }
        for start in Self.seedParagraphs {
            let block = got.first { $0.0.hasPrefix(start) }
            #expect(block != nil, "paragraph missing: \(start)")
            #expect(block?.1 == false, "paragraph marked as clutter: \(start)")
        }
        // the outlet's dateline is cut off the first paragraph
        let first = try #require(doc.blocks.first { doc.slice($0.range).hasPrefix("CNN – ") })
        #expect(doc.slice(first.contentRange).hasPrefix("Nordkorea sendet seine Bürger, um der russischen Armee"))
        #expect(first.contentRange.start == first.range.start + 6)
    }
}
