import Foundation

/// A drawn graph: the bytes of the output and the warnings Graphviz gave while drawing it.
public struct RenderResult: Sendable, Hashable {
    public var data: Data
    public var format: RenderFormat
    /// Graphviz's warnings, as relgraph messages (errors are thrown instead).
    public var warnings: [String]

    public init(data: Data, format: RenderFormat, warnings: [String] = []) {
        self.data = data
        self.format = format
        self.warnings = warnings
    }

    /// The output as text, for text formats.
    public var text: String? { format.isText ? String(decoding: data, as: UTF8.self) : nil }
}
