import Foundation

/// One article of a JSON Lines stream (`relgraph extract --jsonl`):
/// `{"id": "...", "text": "...", "url": "...", "published": "..."}`. `id` and `text` are required,
/// `url` and `published` optional; other fields are ignored. `text` may be plain text or HTML.
struct StreamedArticle: Sendable, Equatable {
    var id: String
    var text: String
    var url: String?
    var published: String?

    /// Why a line is not an article; the caller adds the line number.
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    init(id: String, text: String, url: String? = nil, published: String? = nil) {
        self.id = id
        self.text = text
        self.url = url
        self.published = published
    }

    /// Parses one line of the stream.
    init(line: Data) throws(Failure) {
        if let plain = PlainArticleLine.parse(line) {
            self = plain
            return
        }
        let root: Any
        do {
            root = try JSONSerialization.jsonObject(with: line, options: [])
        } catch {
            let detail = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String
            throw Failure(description: "malformed JSON" + (detail.map { ": " + $0 } ?? ""))
        }
        guard let object = root as? [String: Any] else {
            throw Failure(description: "not a JSON object (expected {\"id\", \"text\", \"url\", \"published\"})")
        }
        func string(_ key: String, required: Bool) throws(Failure) -> String? {
            guard let value = object[key], !(value is NSNull) else {
                if required { throw Failure(description: "missing field \"\(key)\"") }
                return nil
            }
            if let s = value as? String { return s }
            throw Failure(description: "field \"\(key)\" must be a string")
        }
        let id = try string("id", required: true)!
        guard !id.isEmpty else { throw Failure(description: "field \"id\" is empty") }
        self.init(id: id, text: try string("text", required: true)!,
                  url: try string("url", required: false), published: try string("published", required: false))
    }
}
