import RelGraph

/// How relgraph draws things: shape and colour by node kind, colour and arrowhead by edge type, line style
/// by modality, pen width by weight, and the diff marks. Colours come from Paul Tol's colour-blind-safe
/// schemes (pale fills for kinds, "bright"/"vibrant"/"muted" line colours for types); shapes, arrowheads,
/// line styles and labels carry the same information, so no distinction rests on colour alone.
public enum Style {
    /// Pango picks the first installed family; SVG viewers do the same.
    public static let fontName = "Helvetica,Arial,sans-serif"

    /// How a node kind is drawn.
    public struct KindLook: Hashable, Sendable {
        public var shape: String
        public var style: String
        public var fill: String
        public var line: String
    }

    /// How an edge type is drawn (before modality and marks).
    public struct TypeLook: Hashable, Sendable {
        public var color: String
        public var arrowhead: String
        public var penwidth: Double
        /// The label a reader sees, e.g. "military support".
        public var label: String
    }

    /// How a modality is drawn: line style, and whether the colour is lightened and the arrowhead opened.
    public struct ModalityLook: Hashable, Sendable {
        public var style: String
        public var light: Bool
        public var openArrow: Bool
        /// Added to the edge label, e.g. "?" for possible.
        public var labelSuffix: String
        /// What the legend says.
        public var legend: String
    }

    public static func look(_ kind: NodeKind) -> KindLook {
        switch kind {
        case .state: KindLook(shape: "box", style: "rounded,filled", fill: "#BBCCEE", line: "#4477AA")
        case .person: KindLook(shape: "ellipse", style: "filled", fill: "#EEEEBB", line: "#997700")
        case .organization: KindLook(shape: "hexagon", style: "filled", fill: "#CCDDAA", line: "#228833")
        case .agreement: KindLook(shape: "note", style: "filled", fill: "#DDDDDD", line: "#555555")
        case .group: KindLook(shape: "octagon", style: "filled", fill: "#FFCCCC", line: "#AA3377")
        }
    }

    public static func look(_ type: EdgeType) -> TypeLook {
        switch type {
        case .alliance: TypeLook(color: "#228833", arrowhead: "none", penwidth: 2.0, label: "alliance")
        case .partyTo: TypeLook(color: "#999933", arrowhead: "diamond", penwidth: 1.4, label: "party to")
        case .militarySupport: TypeLook(color: "#EE7733", arrowhead: "normal", penwidth: 2.2, label: "military support")
        case .armsSupply: TypeLook(color: "#997700", arrowhead: "normal", penwidth: 2.0, label: "arms supply")
        case .support: TypeLook(color: "#0077BB", arrowhead: "normal", penwidth: 1.6, label: "support")
        case .conflict: TypeLook(color: "#CC3311", arrowhead: "normal", penwidth: 2.4, label: "conflict")
        case .denial: TypeLook(color: "#555555", arrowhead: "tee", penwidth: 1.4, label: "denial")
        case .accusation: TypeLook(color: "#AA4499", arrowhead: "normal", penwidth: 1.6, label: "accusation")
        case .request: TypeLook(color: "#009988", arrowhead: "vee", penwidth: 1.4, label: "request")
        case .visit: TypeLook(color: "#332288", arrowhead: "vee", penwidth: 1.4, label: "visit")
        case .represents: TypeLook(color: "#999999", arrowhead: "odot", penwidth: 1.0, label: "represents")
        case .sanction: TypeLook(color: "#882255", arrowhead: "box", penwidth: 1.8, label: "sanction")
        case .threat: TypeLook(color: "#EE3377", arrowhead: "normal", penwidth: 1.8, label: "threat")
        }
    }

    /// An edge without modality (e.g. a gold file's) is drawn as asserted.
    public static func look(_ modality: Modality?) -> ModalityLook {
        switch modality ?? .asserted {
        case .asserted: ModalityLook(style: "solid", light: false, openArrow: false, labelSuffix: "", legend: "asserted (in the article's voice)")
        case .reported: ModalityLook(style: "dotted", light: false, openArrow: false, labelSuffix: "", legend: "reported (someone claims it)")
        case .denied: ModalityLook(style: "dashed", light: false, openArrow: false, labelSuffix: " (denied)", legend: "denied")
        case .possible: ModalityLook(style: "dotted", light: true, openArrow: true, labelSuffix: "?", legend: "possible (hedged, planned)")
        }
    }

    /// Diff colours: Paul Tol's vibrant green, red and orange; muted grey for what did not change.
    public static func color(_ mark: ChangeMark) -> String {
        switch mark {
        case .added: "#228833"
        case .removed: "#CC3311"
        case .changed: "#EE7733"
        case .unchanged: "#BBBBBB"
        }
    }

    /// The sign a diff mark puts before a label.
    public static func sign(_ mark: ChangeMark) -> String {
        switch mark {
        case .added: "+ "
        case .removed: "− "
        case .changed: "~ "
        case .unchanged: ""
        }
    }

    /// Pen width for a merged edge stated by `weight` articles: thicker the more, capped.
    public static func penwidth(base: Double, weight: Int?) -> Double {
        guard let weight, weight > 1 else { return base }
        return base + Double(min(weight - 1, 6)) * 0.9
    }

    /// A colour with its alpha lowered, for lighter (hedged) lines.
    static func lighter(_ hex: String) -> String { hex.count == 7 ? hex + "80" : hex }

    /// The arrowhead opened (outline only), for hedged edges.
    static func opened(_ arrowhead: String) -> String {
        switch arrowhead {
        case "normal", "inv", "dot", "box", "diamond": "o" + arrowhead
        default: arrowhead
        }
    }

    /// Formats a pen width without trailing noise ("2", "2.4").
    static func number(_ d: Double) -> String {
        let rounded = (d * 100).rounded() / 100
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }

    /// Breaks text into lines of at most `width` characters at spaces (longer words stay whole).
    public static func wrap(_ text: String, width: Int) -> String {
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            if line.isEmpty {
                line = String(word)
            } else if line.count + 1 + word.count <= width {
                line += " " + word
            } else {
                lines.append(line)
                line = String(word)
            }
        }
        if !line.isEmpty { lines.append(line) }
        return lines.joined(separator: "\n")
    }

    /// Shortens text to at most `limit` characters, ending with "…".
    static func clipped(_ text: String, _ limit: Int) -> String {
        text.count <= limit ? text : String(text.prefix(limit - 1)) + "…"
    }
}
