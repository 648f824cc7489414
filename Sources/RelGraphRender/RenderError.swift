/// Why a graph could not be drawn. Each case says what went wrong and, where there is a choice, the valid ones.
public enum RenderError: Error, Equatable, Sendable, CustomStringConvertible {
    case unknownLayout(String, valid: [String])
    case unknownFormat(String, valid: [String])
    case unknownEdgeType(String, valid: [String])
    /// The installed Graphviz has no plugin for this layout or output format.
    case pluginMissing(kind: String, name: String, available: [String])
    /// `--focus` names no node of the graph.
    case unknownFocus(String)
    /// Graphviz could not be started (no context, no plugins configured).
    case graphvizUnavailable(String)
    /// Graphviz failed at a stage (parse, layout, render) with its own messages.
    case graphviz(stage: String, messages: [String])

    public var description: String {
        switch self {
        case let .unknownLayout(name, valid):
            "unknown layout \"\(name)\" (valid: \(valid.joined(separator: ", ")))"
        case let .unknownFormat(name, valid):
            "unknown format \"\(name)\" (valid: \(valid.joined(separator: ", ")))"
        case let .unknownEdgeType(name, valid):
            "unknown edge type \"\(name)\" (valid: \(valid.joined(separator: ", ")))"
        case let .pluginMissing(kind, name, available):
            "the installed Graphviz has no \(kind) plugin for \"\(name)\" (installed: "
                + (available.isEmpty ? "none" : available.joined(separator: ", "))
                + "); install Debian's libgvc6 (and libgvc6-plugins-gtk for png/pdf), then run `dot -c` as root"
        case let .unknownFocus(id):
            "focus node \"\(id)\" is not in the graph (give a node id such as state:rus, or a node's label or name)"
        case let .graphvizUnavailable(reason):
            "Graphviz is not usable: \(reason)"
        case let .graphviz(stage, messages):
            "Graphviz \(stage) failed" + (messages.isEmpty ? "" : ": " + messages.joined(separator: "; "))
        }
    }
}
