/// The languages the extractor reads.
public enum Language: String, CaseIterable, Sendable {
    case de, en
}
