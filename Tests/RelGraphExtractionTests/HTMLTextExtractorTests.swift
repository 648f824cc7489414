import RelGraphExtraction
import Testing

/// From a saved web page to its article text: furniture dropped, the article preferred, entities
/// decoded, one line per block, forgiving of broken markup.
struct HTMLTextExtractorTests {
    let html = HTMLTextExtractor()

    @Test func scriptsStylesNavFooterFormsAsideDropped() {
        let page = """
            <html><head><style>p { color: red }</style></head><body>
            <nav><ul><li><a href="/">Start</a></li><li>Politik</li></ul></nav>
            <script>var s = "<p>Skripttext</p>"; if (a < b) { x(); }</script>
            <noscript>Bitte JavaScript aktivieren</noscript>
            <h1>Nordkorea schickt Soldaten</h1>
            <p>Pjöngjang entsendet Truppen.</p>
            <STYLE type="text/css">.ad { display: none }</STYLE>
            <aside><p>Lesen Sie auch: Wahl in Moldau</p></aside>
            <form action="/comment"><label>Name</label><input name="n"><textarea>Ihr Kommentar</textarea><button>Senden</button><p>Pflichtfeld</p></form>
            <p>Russland schweigt.</p>
            <footer><p>© 2024 Zeitung</p></footer>
            </body></html>
            """
        #expect(html.text(of: page) == "Nordkorea schickt Soldaten\n\nPjöngjang entsendet Truppen.\n\nRussland schweigt.\n")
    }

    @Test func articlePreferredOverTheRestOfThePage() {
        let page = """
            <body><header><p>Die Zeitung</p></header>
            <div class="teaser"><p>Meistgelesen: Wetter</p></div>
            <main><p>Hauptbereich</p>
            <article><h1>Gipfel in Peking</h1><p>China empfängt Russland.</p></article>
            <p>Weitere Artikel</p></main>
            <div><p>Impressum</p></div></body>
            """
        #expect(html.text(of: page) == "Gipfel in Peking\n\nChina empfängt Russland.\n")
    }

    @Test func mainUsedWithoutArticle() {
        let page = "<body><div>Menü</div><main><h2>Titel</h2><p>Text.</p></main><div>Fuß</div></body>"
        #expect(html.text(of: page) == "Titel\n\nText.\n")
    }

    @Test func bodyUsedWithoutArticleOrMain() {
        let page = "<html><head><title>Seite</title></head><body><h1>Überschrift</h1><div><p>Erster Absatz.</p>Zweiter Absatz.</div></body></html>"
        #expect(html.text(of: page) == "Überschrift\n\nErster Absatz.\n\nZweiter Absatz.\n")
    }

    @Test func headWithoutClosingTagDoesNotSwallowTheBody() {
        // `</head>` is optional in HTML: the body starts the content all the same.
        let page = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Seite</title><body><p>Der Text.</p></body></html>"
        #expect(html.text(of: page) == "Der Text.\n")
    }

    @Test func titleIsNoArticleText() {
        // A page may omit <head>; its title is the page title, not a line of the article.
        let page = "<!DOCTYPE html><title>Nordkorea - Die Zeitung</title><p>Der Text.</p>"
        #expect(html.text(of: page) == "Der Text.\n")
        #expect(html.title(of: page) == "Nordkorea - Die Zeitung")
    }

    @Test func entitiesDecoded() {
        let page = "<p>Gr&uuml;&szlig;e aus K&ouml;ln &amp; &Auml;gypten: &#8222;Frieden&#x201C; &#x201e;jetzt&#8220;&nbsp;&ndash; 10&nbsp;000 &lt;b&gt; &#228;</p>"
        #expect(html.text(of: page) == "Grüße aus Köln & Ägypten: „Frieden“ „jetzt“ – 10 000 <b> ä\n")
    }

    @Test func numericReferencesInTheWindows1252RangeAreItsCharacters() {
        // Old pages write Windows-1252 code points as references; browsers read them so.
        #expect(html.text(of: "<p>&#132;Frieden&#147; &#150; 5&#128; &#x96; &#8211;</p>") == "„Frieden“ – 5€ – –\n")
    }

    @Test func namedLettersOfEuropeanNames() {
        #expect(html.text(of: "<p>Ana Petrovi&cacute;, Aleksandar Vu&ccaron;i&cacute;, Lech Wa&lstrok;&#281;sa, Recep &Scedil;ahin, Fran&ccedil;ois, &Ccedil;avu&scedil;o&gbreve;lu</p>")
            == "Ana Petrović, Aleksandar Vučić, Lech Wałęsa, Recep Şahin, François, Çavuşoğlu\n")
    }

    @Test func softHyphensDropped() {
        #expect(html.text(of: "<p>Verteidigungs&shy;minister Kim und Au\u{00AD}ßen\u{00AD}ministerin</p>") == "Verteidigungsminister Kim und Außenministerin\n")
    }

    @Test func unknownOrBrokenEntitiesStay() {
        let page = "<p>AT&T; &foo; &amp Ende &#0; &#xZZ;</p>"
        #expect(html.text(of: page) == "AT&T; &foo; &amp Ende &#0; &#xZZ;\n")
    }

    @Test func blockElementsGiveSeparateLines() {
        let page = "<body><div>Eins</div><div>Zwei<br>Drei<br/>Vier</div><ul><li>Fünf</li><li>Sechs</li></ul><h2>Sieben</h2><blockquote>Acht</blockquote><table><tr><td>Neun</td><td>Zehn</td></tr></table></body>"
        let lines = ["Eins", "Zwei", "Drei", "Vier", "Fünf", "Sechs", "Sieben", "Acht", "Neun", "Zehn"]
        #expect(html.text(of: page) == lines.joined(separator: "\n\n") + "\n")
    }

    @Test func inlineElementsDoNotBreakLines() {
        let page = "<p>Nord<b>korea</b> und <a href=\"/r\">Russ<i>land</i></a> <span class=\"x\">schließen</span> <em>ein</em> <strong>Bündnis</strong>.</p>"
        #expect(html.text(of: page) == "Nordkorea und Russland schließen ein Bündnis.\n")
    }

    @Test func whitespaceInsideABlockCollapses() {
        let page = "<p>\n   Pjöngjang\n\t und\n   Moskau  </p>"
        #expect(html.text(of: page) == "Pjöngjang und Moskau\n")
    }

    @Test func commentsDropped() {
        let page = "<p>Erst<!-- Werbung: <p>Kaufen</p> -->bericht</p><!-- <p>Versteckt</p> --><p>Zweiter</p><!-- offen bis zum Ende <p>weg</p>"
        #expect(html.text(of: page) == "Erstbericht\n\nZweiter\n")
    }

    @Test func titleReadFromTitleElement() {
        #expect(html.title(of: "<html><head><TITLE>\n  Nordkorea &amp; Russland:\n Bündnis  </TITLE></head></html>") == "Nordkorea & Russland: Bündnis")
        #expect(html.title(of: "<html><body><p>Kein Titel</p></body></html>") == nil)
        #expect(html.title(of: "<title>   </title>") == nil)
    }

    @Test func malformedHTMLKeepsTheText() {
        let page = "<body><p>Eins <b>zwei <i>drei</p><p>vier < fünf und 3<4 und a<>b</p><div>sechs <span class=\"x\">sieben"
        #expect(html.text(of: page) == "Eins zwei drei\n\nvier < fünf und 3<4 und a<>b\n\nsechs sieben\n")
        #expect(html.text(of: "<p>Ende <") == "Ende <\n")
        #expect(html.text(of: "<p>Offenes <a href=\"x\"") == "Offenes <a href=\"x\"\n")
        #expect(html.text(of: "</p></div>Nur Text</span>") == "Nur Text\n")
        #expect(html.text(of: "") == "")
    }

    @Test func unclosedFurnitureEndsWithItsParent() {
        // A button or label that is never closed ends with the element that holds it, as in a browser.
        let page = "<body><p>Eins.</p><div><button>Mehr laden</div><p>Zwei.</p><div><label>Name</div><p>Drei.</p></body>"
        #expect(html.text(of: page) == "Eins.\n\nZwei.\n\nDrei.\n")
    }

    @Test func greaterThanInsideAQuotedAttribute() {
        let page = "<p><a title=\"a > b\" href=\"/x\">Verweis</a> Text <img alt='Pfeil -> rechts' src=\"p.png\">Ende</p>"
        #expect(html.text(of: page) == "Verweis Text Ende\n")
    }

    @Test func rawTextElementsKeepTagsInside() {
        let page = "<p>Vor</p><script type=\"text/javascript\">document.write('<p>Nein</p>');</script><style>/* </p> */</style><p>Nach</p>"
        #expect(html.text(of: page) == "Vor\n\nNach\n")
    }
}
