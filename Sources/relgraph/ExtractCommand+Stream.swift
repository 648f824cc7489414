import ArgumentParser
import Foundation
import RelGraph
import RelGraphExtraction

extension ExtractCommand {
    /// `--jsonl`: articles as JSON Lines on standard input, one graph a line on standard output, in
    /// input order, each written as soon as it and those before it are done. A bad line is reported on
    /// standard error with its line number; the stream goes on and the exit status is 1 at the end.
    func runStream(extractor: Extractor, reader: ArticleReader, language: Language?) throws {
        let lines = LineReader()
        let progress = Progress(total: nil)
        var failed = 0, total = 0
        try ParallelMap.run(jobs: jobs) { () throws -> (line: Int, data: Data)? in
            try lines.nextContent()
        } work: { item in
            Self.extractLine(item.data, line: item.line, extractor: extractor, reader: reader, language: language)
        } consume: { _, item, result in
            total += 1
            progress.step("line \(item.line)")
            switch result {
            case let .success(extracted):
                if extracted.blank { progress.clear(); ArticleInput.noteEmpty("<stdin>:\(item.line)") }
                FileHandle.standardOutput.write(extracted.data)
            case let .failure(failure):
                failed += 1
                progress.clear()
                FileHandle.standardError.write(Data("relgraph: <stdin>:\(item.line): \(failure)\n".utf8))
            }
        }
        progress.finish()
        if failed > 0 {
            FileHandle.standardError.write(Data("relgraph: \(failed) of \(total) lines failed\n".utf8))
            throw ExitCode(1)
        }
    }

    /// One line of the stream: the article's graph as one line of JSON, source.path being its id.
    static func extractLine(_ line: Data, line number: Int, extractor: Extractor, reader: ArticleReader, language: Language?) -> Result<Extracted, Failure> {
        do {
            let article = try StreamedArticle(line: line)
            let data = Data(article.text.utf8)
            // (the text is a String already: its UTF-8 is not validated again)
            var graph = try extractor.extract(data: data, decoded: article.text, name: article.id, reader: reader, language: language)
            var source = graph.source ?? SourceInfo(path: article.id)
            source.url = article.url
            source.published = article.published
            graph.source = source
            let blank = graph.nodes.isEmpty && ArticleInput.isBlank(data)
            return .success(Extracted(data: graph.jsonLineData(), blank: blank))
        } catch {
            return .failure(Failure(description: "\(error)"))
        }
    }
}
