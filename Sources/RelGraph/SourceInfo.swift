/// Where a graph comes from: the article's path, language, digest and title (and for a streamed
/// article its URL and publication date).
public struct SourceInfo: Hashable, Sendable {
    public var path: String?
    public var language: String?
    public var sha256: String?
    public var title: String?
    /// Where a streamed article (`relgraph extract --jsonl`) was published, and when; written only when present.
    public var url: String?
    public var published: String?

    public init(path: String? = nil, language: String? = nil, sha256: String? = nil, title: String? = nil,
                url: String? = nil, published: String? = nil) {
        self.path = path
        self.language = language
        self.sha256 = sha256
        self.title = title
        self.url = url
        self.published = published
    }
}
