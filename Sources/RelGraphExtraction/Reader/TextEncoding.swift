/// The encodings an article may be read in.
public enum TextEncoding: String, CaseIterable, Sendable {
    case utf8
    case latin1
    case windows1252 = "windows-1252"

    public init(name: String) throws(ExtractionError) {
        switch name.lowercased() {
        case "utf8", "utf-8": self = .utf8
        case "latin1", "latin-1", "iso-8859-1", "iso8859-1": self = .latin1
        case "windows-1252", "cp1252", "windows1252": self = .windows1252
        default: throw .unknownEncoding(name)
        }
    }
}
