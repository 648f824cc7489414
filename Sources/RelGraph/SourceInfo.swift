/// Where a graph comes from: the article's path, language, digest and title.
public struct SourceInfo: Hashable, Sendable {
    public var path: String?
    public var language: String?
    public var sha256: String?
    public var title: String?

    public init(path: String? = nil, language: String? = nil, sha256: String? = nil, title: String? = nil) {
        self.path = path
        self.language = language
        self.sha256 = sha256
        self.title = title
    }
}
