import CGraphviz
import Foundation

// Graphviz is not thread safe, not even with one context per thread: its parser, error handler and
// layout engines keep global state. So all of it happens under this one process-wide lock, on one
// long-lived context, and this is the only file of relgraph that calls Graphviz.
private let graphvizLock = NSLock()

// Guarded by graphvizLock: set once, on first use, and only read under the lock afterwards.
nonisolated(unsafe) private var sharedContext: OpaquePointer?
// Guarded by graphvizLock: the plugin lists read right after the context was made.
nonisolated(unsafe) private var installedLayouts: [String] = []
nonisolated(unsafe) private var installedFormats: [String] = []
// Guarded by graphvizLock: what Graphviz reported during the current call. Graphviz calls
// `collectGraphvizMessage` only from inside a Graphviz call, and every such call holds the lock.
nonisolated(unsafe) private var graphvizMessages = ""

/// The error function handed to cgraph (agseterrf): collects its messages ("Error: ...", "Warning: ...").
private func collectGraphvizMessage(_ text: UnsafeMutablePointer<CChar>?) -> Int32 {
    if let text { graphvizMessages += String(cString: text) }
    return 0
}

/// Draws DOT through the Graphviz C library in-process (libcgraph, libgvc), and reads DOT back with cgraph.
public enum GraphvizRenderer {
    /// Lays out `dot` with `layout` and renders it as `format` (svg, png, pdf or json).
    /// Graphviz's errors are thrown as `RenderError.graphviz`; its warnings are returned with the result.
    public static func render(dot: String, layout: Layout, format: RenderFormat) throws(RenderError) -> RenderResult {
        graphvizLock.lock()
        defer { graphvizLock.unlock() }
        let gvc = try context()
        guard installedLayouts.contains(layout.rawValue) else {
            throw .pluginMissing(kind: "layout", name: layout.rawValue, available: installedLayouts)
        }
        guard installedFormats.contains(format.rawValue) else {
            throw .pluginMissing(kind: "output format", name: format.rawValue, available: installedFormats)
        }
        startCall()
        guard let graph = dot.withCString({ agmemread($0) }) else {
            throw .graphviz(stage: "parse", messages: messages(defaultError: "the DOT could not be read").errors)
        }
        defer { agclose(graph) }
        guard gvLayout(gvc, graph, layout.rawValue) == 0 else {
            throw .graphviz(stage: "\(layout.rawValue) layout", messages: messages(defaultError: "layout failed").errors)
        }
        defer { gvFreeLayout(gvc, graph) }
        var buffer: UnsafeMutablePointer<CChar>?
        var length: UInt32 = 0
        guard gvRenderData(gvc, graph, format.rawValue, &buffer, &length) == 0, let buffer else {
            throw .graphviz(stage: "\(format.rawValue) rendering", messages: messages(defaultError: "rendering failed").errors)
        }
        defer { gvFreeRenderData(buffer) }
        let data = Data(bytes: buffer, count: Int(length))
        let reported = messages(defaultError: nil)
        if !reported.errors.isEmpty { throw .graphviz(stage: "\(format.rawValue) rendering", messages: reported.errors) }
        return RenderResult(data: data, format: format, warnings: reported.warnings)
    }

    /// Parses DOT with cgraph and returns what it read: graph, node and edge attributes, subgraphs.
    public static func read(dot: String) throws(RenderError) -> DOTDocument {
        graphvizLock.lock()
        defer { graphvizLock.unlock() }
        _ = try context()
        startCall()
        guard let graph = dot.withCString({ agmemread($0) }) else {
            throw .graphviz(stage: "parse", messages: messages(defaultError: "the DOT could not be read").errors)
        }
        defer { agclose(graph) }
        let raw = UnsafeMutableRawPointer(graph)
        var doc = DOTDocument(name: string(agnameof(raw)), isDirected: agisdirected(graph) != 0,
                              attributes: attributes(of: raw, in: graph, kind: Int32(AGRAPH)),
                              nodes: [:], edges: [], subgraphs: [])
        var node = agfstnode(graph)
        while let n = node {
            doc.nodes[string(agnameof(UnsafeMutableRawPointer(n)))] = attributes(of: UnsafeMutableRawPointer(n), in: graph, kind: Int32(AGNODE))
            var edge = agfstout(graph, n)
            while let e = edge {
                doc.edges.append(DOTDocument.Edge(
                    // agfstout/agnxtout give out-edges, whose `node` is the head (cgraph's AGHEAD).
                    tail: string(agnameof(UnsafeMutableRawPointer(n))),
                    head: string(agnameof(UnsafeMutableRawPointer(e.pointee.node))),
                    attributes: attributes(of: UnsafeMutableRawPointer(e), in: graph, kind: Int32(AGEDGE))))
                edge = agnxtout(graph, e)
            }
            node = agnxtnode(graph, n)
        }
        var sub = agfstsubg(graph)
        while let s = sub {
            doc.subgraphs.append(string(agnameof(UnsafeMutableRawPointer(s))))
            sub = agnxtsubg(s)
        }
        return doc
    }

    /// The layout engines the installed Graphviz plugins provide.
    public static func availableLayouts() throws(RenderError) -> [String] {
        graphvizLock.lock()
        defer { graphvizLock.unlock() }
        _ = try context()
        return installedLayouts
    }

    /// The output formats (devices) the installed Graphviz plugins provide.
    public static func availableFormats() throws(RenderError) -> [String] {
        graphvizLock.lock()
        defer { graphvizLock.unlock() }
        _ = try context()
        return installedFormats
    }

    /// The Graphviz version, e.g. "2.43.0".
    public static func version() throws(RenderError) -> String {
        graphvizLock.lock()
        defer { graphvizLock.unlock() }
        return string(gvcVersion(try context()))
    }

    // MARK: - Under the lock

    /// The process-wide context, made on first use with the plugins Graphviz's config lists.
    private static func context() throws(RenderError) -> OpaquePointer {
        if let gvc = sharedContext { return gvc }
        agseterrf(collectGraphvizMessage)
        _ = agseterr(AGWARN)
        startCall()
        guard let gvc = gvContext() else {
            throw .graphvizUnavailable(messages(defaultError: "gvContext failed").errors.joined(separator: "; "))
        }
        sharedContext = gvc
        installedLayouts = pluginList(gvc, "layout")
        installedFormats = pluginList(gvc, "device")
        return gvc
    }

    private static func pluginList(_ gvc: OpaquePointer, _ kind: String) -> [String] {
        var count: Int32 = 0
        guard let list = gvPluginList(gvc, kind, &count, nil) else { return [] }
        defer { free(list) }
        var names: [String] = []
        for i in 0..<Int(count) {
            if let p = list[i] {
                names.append(String(cString: p))
                free(p)
            }
        }
        return Array(Set(names.map { $0.lowercased() })).sorted()
    }

    private static func startCall() {
        graphvizMessages = ""
        _ = agreseterrors()
    }

    /// Splits what Graphviz reported into errors and warnings, one message each (continuation lines joined).
    private static func messages(defaultError: String?) -> (errors: [String], warnings: [String]) {
        var errors: [String] = []
        var warnings: [String] = []
        var lastWasError = true
        for line in graphvizMessages.split(whereSeparator: \.isNewline) {
            let text = line.trimmingCharacters(in: .whitespaces)
            if text.isEmpty { continue }
            if text.hasPrefix("Error: ") {
                errors.append(String(text.dropFirst(7)))
                lastWasError = true
            } else if text.hasPrefix("Warning: ") {
                warnings.append(String(text.dropFirst(9)))
                lastWasError = false
            } else if lastWasError, !errors.isEmpty {
                errors[errors.count - 1] += " " + text
            } else if !lastWasError, !warnings.isEmpty {
                warnings[warnings.count - 1] += " " + text
            } else {
                errors.append(text)
            }
        }
        graphvizMessages = ""
        if errors.isEmpty, let defaultError { errors.append(defaultError) }
        return (errors, warnings)
    }

    private static func attributes(of object: UnsafeMutableRawPointer, in graph: UnsafeMutablePointer<Agraph_t>, kind: Int32) -> [String: String] {
        var result: [String: String] = [:]
        var symbol = agnxtattr(graph, kind, nil)
        while let sym = symbol {
            if let value = agxget(object, sym) {
                let text = String(cString: value)
                if !text.isEmpty { result[String(cString: sym.pointee.name)] = text }
            }
            symbol = agnxtattr(graph, kind, sym)
        }
        return result
    }

    private static func string(_ p: UnsafeMutablePointer<CChar>?) -> String {
        p.map { String(cString: $0) } ?? ""
    }
}
