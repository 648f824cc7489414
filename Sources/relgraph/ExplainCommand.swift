import ArgumentParser
import Foundation
import RelGraphExtraction

/// `relgraph explain ARTICLE`: how the extractor read an article, sentence by sentence.
struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Show how an article was read: sentences, clauses, actors with their roles, cues, and the relations each drew.",
        discussion: "For lexicon authors and for checking an edge: every relation line names the cue or pattern (its rule)."
    )

    @Argument(help: "An article file (.txt or .html); '-' reads standard input.")
    var input: String

    @Option(name: .customLong("lang"), help: "Language of the article: de, en or auto.")
    var language: String = "auto"

    @Option(name: .customLong("lexicon"), help: "A lexicon file that adds to the shipped lexicon (repeatable).")
    var lexicons: [String] = []

    @Option(help: "Read the article in this encoding: utf8, latin1 or windows-1252.")
    var encoding: String = "utf8"

    func validate() throws {
        if !["auto", "de", "en"].contains(language) { throw ValidationError("--lang must be de, en or auto, not \"\(language)\"") }
    }

    func run() throws {
        let extractor = Extractor(lexicon: try LexiconLoader.load(userFiles: lexicons))
        KeptUntilExit.keep(extractor)
        let data = try ArticleInput.read(path: input)
        let article = try ArticleReader(encoding: try TextEncoding(name: encoding)).read(data: data, name: input)
        let doc = extractor.analyze(text: article.text, path: input, language: language == "auto" ? nil : Language(rawValue: language),
                                    title: article.title, trace: true)
        var out = "language: \(doc.language.rawValue)\n"
        for b in doc.blocks where b.isBoilerplate { out += "clutter: \(doc.slice(b.range))\n" }
        out += "actors:\n"
        var byActor: [String: [String]] = [:]
        for m in doc.mentions { byActor[m.actor, default: []].append(m.surface + (m.inTitle ? "(title)" : "") + (m.isLocative ? "(place)" : "")) }
        for id in byActor.keys.sorted() { out += "  \(id): \(byActor[id]!.joined(separator: ", "))\n" }
        for o in doc.offices { out += "office: \(o.person) -> \(o.actor) (\(o.role))\n" }
        out += (doc.trace ?? []).joined(separator: "\n") + "\n"
        FileHandle.standardOutput.write(Data(out.utf8))
    }
}
