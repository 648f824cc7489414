import Foundation
import RelGraph

/// The extraction pipeline: reader → boilerplate filter → sentence splitter → tokenizer → actor finder
/// → coreference → relation finder → graph builder. Each stage is a `PipelineStage` usable alone.
public struct Extractor: Sendable {
    public let lexicon: Lexicon
    public let stages: [any PipelineStage]

    public init(lexicon: Lexicon) {
        self.lexicon = lexicon
        self.stages = [
            BoilerplateFilter(lexicon: lexicon), SentenceSplitter(), Tokenizer(), ActorFinder(lexicon: lexicon),
            Coreference(lexicon: lexicon), RelationFinder(lexicon: lexicon),
        ]
    }

    /// Runs every stage on a text and returns the document with all they added.
    public func analyze(text: String, path: String? = nil, language: Language? = nil, title: String? = nil, trace: Bool = false) -> Document {
        var doc = Document(text: text, path: path, language: language ?? .en)
        // the detector reads the scalars the document has decoded already
        if language == nil { doc.language = LanguageDetector().detect(text, scalars: doc.scalars) }
        doc.title = title
        if trace { doc.trace = [] }
        for stage in stages { stage.process(&doc) }
        return doc
    }

    /// The graph of a text.
    public func extract(text: String, path: String? = nil, language: Language? = nil, title: String? = nil, sha256: String? = nil) -> Graph {
        GraphBuilder().build(analyze(text: text, path: path, language: language, title: title), sha256: sha256)
    }

    /// Reads an article file (text or HTML) and returns its graph.
    public func extract(file path: String, reader: ArticleReader = ArticleReader(), language: Language? = nil, displayPath: String? = nil) throws(ExtractionError) -> Graph {
        try extract(data: ArticleReader.bytes(contentsOf: path), name: displayPath ?? path, reader: reader, language: language)
    }

    /// Extracts from an article's bytes; `name` is used for the source path and in errors.
    public func extract(data: Data, name: String, reader: ArticleReader = ArticleReader(), language: Language? = nil) throws(ExtractionError) -> Graph {
        let article = try reader.read(data: data, name: name)
        return extract(text: article.text, path: name, language: language, title: article.title, sha256: SHA256.hex(data))
    }

    /// `extract(data:name:reader:language:)` where `data` is `Data(decoded.utf8)`: the same graph, without validating
    /// the UTF-8 of a text that is a String already (`ArticleReader.read(data:decoded:name:)`).
    public func extract(data: Data, decoded: String, name: String, reader: ArticleReader = ArticleReader(), language: Language? = nil) throws(ExtractionError) -> Graph {
        let article = try reader.read(data: data, decoded: decoded, name: name)
        return extract(text: article.text, path: name, language: language, title: article.title, sha256: SHA256.hex(data))
    }
}
