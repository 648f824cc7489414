import ArgumentParser
import Foundation
import RelGraph
import RelGraphExtraction

/// `relgraph extract ARTICLE... [--lang de|en|auto] [--lexicon FILE]... [-o OUT] [--jobs N]`, and
/// `relgraph extract --jsonl` for a stream of articles on standard input.
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Read news articles (text or HTML, German or English) and print their relation graphs.",
        discussion: """
            One article prints its relgraph-1 graph on standard output, or writes OUT. Several articles \
            write one X.json per X.txt into the folder OUT, or JSON Lines on standard output, in the \
            order given, as they are done. '-' reads standard input. An empty article gives an empty \
            graph and a note on standard error. An article that cannot be read is reported on standard \
            error and the others go on; the exit status is then 1.
            With --jsonl, standard input is JSON Lines, one article a line: \
            {"id": ..., "text": ..., "url": ..., "published": ...} (id and text required); standard output \
            gets one graph a line, in input order, as each is done (source.path is the id). A bad line \
            gives an error naming its line number on standard error, and the stream goes on.
            """
    )

    @Argument(help: "Article files (.txt or .html); '-' reads standard input.")
    var inputs: [String] = []

    @Flag(help: "Read JSON Lines articles from standard input; write one graph a line to standard output.")
    var jsonl = false

    @Option(name: .customLong("lang"), help: "Language of the articles: de, en or auto.")
    var language: String = "auto"

    @Option(name: .customLong("lexicon"), help: "A lexicon file that adds to the shipped lexicon (repeatable).")
    var lexicons: [String] = []

    @Option(name: .shortAndLong, help: "Output file (one article) or folder (several articles).")
    var output: String?

    @Option(help: "How many articles to extract at once (threads).")
    var jobs: Int = 1

    @Option(help: "Read the articles in this encoding: utf8, latin1 or windows-1252.")
    var encoding: String = "utf8"

    @Flag(name: .customLong("print-text"), help: "Print the article text as read (for a web page: the text extracted from it), which every evidence offset refers to.")
    var printText = false

    func validate() throws {
        if jobs < 1 { throw ValidationError("--jobs must be 1 or more") }
        if !["auto", "de", "en"].contains(language) { throw ValidationError("--lang must be de, en or auto, not \"\(language)\"") }
        if inputs.filter({ $0 == "-" }).count > 1 { throw ValidationError("'-' (standard input) can be given once") }
        if jsonl {
            if !inputs.isEmpty { throw ValidationError("--jsonl reads standard input: give no article files") }
            if output != nil { throw ValidationError("--jsonl writes to standard output: redirect it instead of -o") }
            if printText { throw ValidationError("--print-text does not go with --jsonl") }
        } else if inputs.isEmpty {
            throw ValidationError("give at least one article (or '-' for standard input, or --jsonl)")
        }
    }

    /// What one article gave: the bytes to write, and whether the article was blank.
    struct Extracted: Sendable {
        var data: Data
        var blank: Bool
    }

    /// Why one article of several failed: the message, already naming the article.
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    func run() throws {
        let reader = ArticleReader(encoding: try TextEncoding(name: encoding))
        let lang: Language? = language == "auto" ? nil : Language(rawValue: language)
        let extractor = Extractor(lexicon: try LexiconLoader.load(userFiles: lexicons))
        KeptUntilExit.keep(extractor)

        if jsonl {
            try runStream(extractor: extractor, reader: ArticleReader(), language: lang)
            return
        }

        if printText {
            for input in inputs {
                let article = try reader.read(data: try ArticleInput.read(path: input), name: input)
                FileHandle.standardOutput.write(Data(article.text.utf8))
            }
            return
        }

        if inputs.count == 1 {
            let graph = try ArticleInput.extract(path: inputs[0], extractor: extractor, reader: reader, language: lang)
            if let output {
                try OutputFile(path: output).write(graph.jsonData())
            } else {
                FileHandle.standardOutput.write(graph.jsonData())
            }
            return
        }

        var outputFolder: String?
        if let output {
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: output, isDirectory: &isDir), isDir.boolValue else {
                throw ValidationError("the output folder \(output) does not exist (several articles write one X.json each into it)")
            }
            outputFolder = output
        }
        let folder = outputFolder
        let progress = Progress(total: inputs.count)
        var failed = 0
        var written: [String: String] = [:]
        try ParallelMap.run(inputs, jobs: jobs) { input in
            Self.extract(input, extractor: extractor, reader: reader, language: lang, asLine: folder == nil)
        } consume: { _, input, result in
            progress.step(input)
            do {
                let extracted = try result.get()
                if extracted.blank { progress.clear(); ArticleInput.noteEmpty(input) }
                if let folder {
                    let base = ((input as NSString).lastPathComponent as NSString).deletingPathExtension
                    let path = (folder as NSString).appendingPathComponent(base + ".json")
                    if let other = written[path] {
                        throw Failure(description: "\(input): not written: \(other) already wrote \(path)")
                    }
                    written[path] = input
                    try OutputFile(path: path).write(extracted.data)
                } else {
                    FileHandle.standardOutput.write(extracted.data)
                }
            } catch {
                failed += 1
                progress.clear()
                FileHandle.standardError.write(Data("relgraph: \(error)\n".utf8))
            }
        }
        progress.finish()
        if failed > 0 {
            FileHandle.standardError.write(Data("relgraph: \(failed) of \(inputs.count) articles failed\n".utf8))
            throw ExitCode(1)
        }
    }

    /// Extracts one article file, serialized for output (a JSON Lines line or a pretty file).
    static func extract(_ input: String, extractor: Extractor, reader: ArticleReader, language: Language?, asLine: Bool) -> Result<Extracted, Failure> {
        do {
            let data = try ArticleInput.read(path: input)
            let graph = try extractor.extract(data: data, name: input, reader: reader, language: language)
            let blank = graph.nodes.isEmpty && ArticleInput.isBlank(data)
            return .success(Extracted(data: asLine ? graph.jsonLineData() : graph.jsonData(), blank: blank))
        } catch {
            return .failure(Failure(description: "\(error)"))
        }
    }
}
