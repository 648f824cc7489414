import ArgumentParser
import RelGraphRender

/// An output format of `relgraph diff`: the difference as text or JSON, or the union graph drawn.
enum DiffFormat: String, CaseIterable, ExpressibleByArgument, Sendable {
    case text, json, dot, svg, png, pdf

    /// The renderer's format for the drawn forms; nil for text and JSON.
    var renderFormat: RenderFormat? {
        switch self {
        case .text, .json: nil
        case .dot: .dot
        case .svg: .svg
        case .png: .png
        case .pdf: .pdf
        }
    }

    /// The format a file name's extension names (`out.svg` → svg, `out.gv` → dot, `out.txt` → text).
    init?(pathExtension ext: String) {
        switch ext.lowercased() {
        case "txt", "diff": self = .text
        case "gv": self = .dot
        default:
            guard let f = DiffFormat(rawValue: ext.lowercased()) else { return nil }
            self = f
        }
    }
}
