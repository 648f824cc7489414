import ArgumentParser
import Foundation
import RelGraph
import RelGraphExtraction

/// `relgraph extract ARTICLE... [--lang de|en|auto] [--lexicon FILE]... [-o OUT] [--jobs N]`.
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Read news articles (text or HTML, German or English) and print their relation graphs.",
        discussion: """
            One article prints its relgraph-1 graph on standard output, or writes OUT. Several articles \
            write one X.json per X.txt into the folder OUT, or JSON Lines on standard output. '-' reads \
            standard input. An empty article gives an empty graph and a note on standard error.
            """
    )

    @Argument(help: "Article files (.txt or .html); '-' reads standard input.")
    var inputs: [String]

    @Option(name: .customLong("lang"), help: "Language of the articles: de, en or auto.")
    var language: String = "auto"

    @Option(name: .customLong("lexicon"), help: "A lexicon file that adds to the shipped lexicon (repeatable).")
    var lexicons: [String] = []

    @Option(name: .shortAndLong, help: "Output file (one article) or folder (several articles).")
    var output: String?

    @Option(help: "How many articles to extract at once.")
    var jobs: Int = 1

    @Option(help: "Read the articles in this encoding: utf8, latin1 or windows-1252.")
    var encoding: String = "utf8"

    @Flag(name: .customLong("print-text"), help: "Print the article text as read (for a web page: the text extracted from it), which every evidence offset refers to.")
    var printText = false

    func validate() throws {
        if jobs < 1 { throw ValidationError("--jobs must be 1 or more") }
        if !["auto", "de", "en"].contains(language) { throw ValidationError("--lang must be de, en or auto, not \"\(language)\"") }
        if inputs.filter({ $0 == "-" }).count > 1 { throw ValidationError("'-' (standard input) can be given once") }
    }

    func run() throws {
        let reader = ArticleReader(encoding: try TextEncoding(name: encoding))
        let lang: Language? = language == "auto" ? nil : Language(rawValue: language)
        let extractor = Extractor(lexicon: try LexiconLoader.load(userFiles: lexicons))

        if printText {
            for input in inputs {
                let data = try Self.readInput(input)
                let article = try reader.read(data: data, name: input)
                FileHandle.standardOutput.write(Data(article.text.utf8))
            }
            return
        }

        if inputs.count == 1 {
            let input = inputs[0]
            let graph = try Self.extract(input, extractor: extractor, reader: reader, language: lang)
            if let output {
                try OutputFile(path: output).write(graph.jsonData())
            } else {
                FileHandle.standardOutput.write(graph.jsonData())
            }
            return
        }

        var folder: String?
        if let output {
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: output, isDirectory: &isDir), isDir.boolValue else {
                throw ValidationError("the output folder \(output) does not exist (several articles write one X.json each into it)")
            }
            folder = output
        }
        let progress = Progress(total: inputs.count)
        var failures: [String] = []
        try ParallelMap.run(inputs, jobs: jobs) { input in
            Result { try Self.extract(input, extractor: extractor, reader: reader, language: lang) }
        } consume: { index, input, result in
            progress.step(input)
            switch result {
            case let .success(graph):
                if let folder {
                    let base = ((input as NSString).lastPathComponent as NSString).deletingPathExtension
                    try OutputFile(path: (folder as NSString).appendingPathComponent(base + ".json")).write(graph.jsonData())
                } else {
                    FileHandle.standardOutput.write(Data((graph.jsonLine() + "\n").utf8))
                }
            case let .failure(error):
                failures.append("\(error)")
                FileHandle.standardError.write(Data("relgraph: \(error)\n".utf8))
            }
        }
        progress.finish()
        if !failures.isEmpty {
            throw ExitCode(1)
        }
    }

    static func readInput(_ input: String) throws -> Data {
        if input == "-" { return FileHandle.standardInput.readDataToEndOfFile() }
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: input, isDirectory: &isDir) else {
            throw ExtractionError.unreadable(file: input, reason: "no such file")
        }
        if isDir.boolValue { throw ExtractionError.unreadable(file: input, reason: "is a folder, not an article") }
        guard let data = FileManager.default.contents(atPath: input) else {
            throw ExtractionError.unreadable(file: input, reason: "permission denied")
        }
        return data
    }

    static func extract(_ input: String, extractor: Extractor, reader: ArticleReader, language: Language?) throws -> Graph {
        let data = try readInput(input)
        let graph = try extractor.extract(data: data, name: input, reader: reader, language: language)
        if graph.nodes.isEmpty && String(decoding: data, as: UTF8.self).allSatisfy(\.isWhitespace) {
            FileHandle.standardError.write(Data("relgraph: note: \(input): empty article, empty graph\n".utf8))
        }
        return graph
    }
}
