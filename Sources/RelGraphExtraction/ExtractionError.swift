/// Why an article could not be read or extracted. Every case says what and where.
public enum ExtractionError: Error, Equatable, Sendable, CustomStringConvertible {
    case unreadable(file: String, reason: String)
    case binary(file: String)
    case invalidUTF8(file: String, offset: Int)
    case unknownEncoding(String)
    case lexicon(file: String, line: Int, reason: String)
    case lexiconUnreadable(file: String, reason: String)

    public var description: String {
        switch self {
        case let .unreadable(file, reason): "\(file): cannot read: \(reason)"
        case let .binary(file): "\(file): binary data, not an article (text or HTML)"
        case let .invalidUTF8(file, offset): "\(file): invalid UTF-8 at byte offset \(offset) (give --encoding latin1 or windows-1252 if the file is in one of those)"
        case let .unknownEncoding(name): "unknown encoding \"\(name)\" (valid: utf8, latin1, windows-1252)"
        case let .lexicon(file, line, reason): "\(file):\(line): \(reason)"
        case let .lexiconUnreadable(file, reason): "\(file): cannot read lexicon: \(reason)"
        }
    }
}
