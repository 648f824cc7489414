import Foundation

extension Graph {
    /// The canonical `relgraph-1` JSON: nodes sorted by id, edges by (type, source, target),
    /// fixed key order, one node or edge a line, so that reruns are byte-identical and git diffs are per edge.
    public func jsonString() -> String { jsonBytes().string }

    /// The UTF-8 of `jsonString()`, taken from the writer's bytes: every piece of them is ASCII or copied
    /// from a String (valid UTF-8), so the String would decode them unchanged; skipping it saves its
    /// validation pass and a copy per graph written.
    public func jsonData() -> Data { jsonBytes().data }

    private func jsonBytes() -> JSONBytes {
        let g = isCanonical ? self : canonicalized()
        var w = JSONBytes(capacity: g.jsonCapacity)
        w.raw("{\n  \"format\": ")
        w.quoted(Graph.format)
        w.raw(",\n")
        if let s = g.source {
            w.raw("  \"source\": ")
            Self.write(s, to: &w)
            w.raw(",\n")
        }
        w.raw("  \"nodes\": [")
        for (k, n) in g.nodes.enumerated() {
            w.raw(k == 0 ? "\n    " : ",\n    ")
            Self.write(n, to: &w)
        }
        w.raw(g.nodes.isEmpty ? "],\n" : "\n  ],\n")
        w.raw("  \"edges\": [")
        for (k, e) in g.edges.enumerated() {
            w.raw(k == 0 ? "\n    " : ",\n    ")
            Self.write(e, to: &w)
        }
        w.raw(g.edges.isEmpty ? "]\n}\n" : "\n  ]\n}\n")
        return w
    }

    /// The same canonical JSON on one line, for JSON Lines streams.
    public func jsonLine() -> String { jsonLineBytes(newline: false).string }

    /// The UTF-8 of `jsonLine()` and a newline after it, taken from the writer's bytes as `jsonData()`
    /// is (no String to validate and copy again per line of a stream).
    public func jsonLineData() -> Data { jsonLineBytes(newline: true).data }

    private func jsonLineBytes(newline: Bool) -> JSONBytes {
        let g = isCanonical ? self : canonicalized()
        var w = JSONBytes(capacity: g.jsonCapacity)
        w.raw("{\"format\": ")
        w.quoted(Graph.format)
        if let s = g.source {
            w.raw(", \"source\": ")
            Self.write(s, to: &w)
        }
        // (nodes and edges written in place from the arrays' buffers: the loop over the arrays copied each one
        // out, a retain and a release of every String it holds)
        w.raw(", \"nodes\": [")
        g.nodes.withUnsafeBufferPointer { nodes in
            for k in nodes.indices {
                if k > 0 { w.raw(", ") }
                Self.write(nodes[k], to: &w)
            }
        }
        w.raw("], \"edges\": [")
        g.edges.withUnsafeBufferPointer { edges in
            for k in edges.indices {
                if k > 0 { w.raw(", ") }
                Self.write(edges[k], to: &w)
            }
        }
        w.raw(newline ? "]}\n" : "]}")
        return w
    }

    /// Room for the JSON of the graph, so that the buffer seldom grows: the evidence texts, and a
    /// generous share for every node and edge.
    private var jsonCapacity: Int {
        var n = 512 + 256 * nodes.count
        for e in edges {
            n += 512
            for ev in e.evidence { n += ev.text.utf8.count + 96 }
        }
        return n
    }

    static func encode(_ n: Node) -> String {
        var w = JSONBytes(capacity: 256)
        write(n, to: &w)
        return w.string
    }

    static func encode(_ e: Edge) -> String {
        var w = JSONBytes(capacity: 1024)
        write(e, to: &w)
        return w.string
    }

    /// The source object; fields that are nil are left out.
    static func write(_ s: SourceInfo, to w: inout JSONBytes) {
        var first = true
        w.raw("{")
        if let v = s.path { w.key("path", first: &first); w.quoted(v) }
        if let v = s.language { w.key("language", first: &first); w.quoted(v) }
        if let v = s.sha256 { w.key("sha256", first: &first); w.quoted(v) }
        if let v = s.title { w.key("title", first: &first); w.quoted(v) }
        if let v = s.url { w.key("url", first: &first); w.quoted(v) }
        if let v = s.published { w.key("published", first: &first); w.quoted(v) }
        w.raw("}")
    }

    static func write(_ n: Node, to w: inout JSONBytes) {
        var first = true
        w.raw("{")
        w.key("id", first: &first); w.quoted(n.id)
        w.key("kind", first: &first); w.quoted(n.kind.rawValue)
        w.key("label", first: &first); w.quoted(n.label)
        w.key("names", first: &first); w.strings(n.names)
        w.key("mentions", first: &first); w.int(n.mentions)
        if let v = n.role { w.key("role", first: &first); w.quoted(v) }
        w.raw("}")
    }

    static func write(_ e: Edge, to w: inout JSONBytes) {
        var first = true
        w.raw("{")
        w.key("type", first: &first); w.quoted(e.type.rawValue)
        w.key("source", first: &first); w.quoted(e.source)
        w.key("target", first: &first); w.quoted(e.target)
        if !e.attributedTo.isEmpty { w.key("attributedTo", first: &first); w.strings(e.attributedTo) }
        if !e.deniedBy.isEmpty { w.key("deniedBy", first: &first); w.strings(e.deniedBy) }
        if let v = e.role { w.key("role", first: &first); w.quoted(v) }
        if let v = e.modality { w.key("modality", first: &first); w.quoted(v.rawValue) }
        if let v = e.optional { w.key("optional", first: &first); w.bool(v) }
        if let v = e.symmetric { w.key("symmetric", first: &first); w.bool(v) }
        if let v = e.weight { w.key("weight", first: &first); w.int(v) }
        if let v = e.sources { w.key("sources", first: &first); w.strings(v) }
        if let v = e.rule { w.key("rule", first: &first); w.quoted(v) }
        if let c = e.codes {
            w.key("codes", first: &first)
            w.raw("{\"plover\": ")
            w.quoted(c.plover)
            w.raw(", \"cameo\": ")
            w.quoted(c.cameo)
            w.raw("}")
        }
        w.key("evidence", first: &first)
        w.raw("[")
        for (k, ev) in e.evidence.enumerated() {
            if k > 0 { w.raw(", ") }
            var f = true
            w.raw("{")
            if let v = ev.source { w.key("source", first: &f); w.quoted(v) }
            w.key("sentence", first: &f); w.int(ev.sentence)
            w.key("start", first: &f); w.int(ev.start)
            w.key("end", first: &f); w.int(ev.end)
            w.key("text", first: &f); w.quoted(ev.text)
            w.raw("}")
        }
        w.raw("]")
        w.raw("}")
    }
}

extension Graph {
    /// Reads and validates a `relgraph-1` graph file (gold files with `optional` and `symmetric` too).
    public static func read(contentsOf url: URL) throws(GraphError) -> Graph {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDir) {
                throw .unreadable(file: url.path, reason: isDir.boolValue ? "is a folder" : "\(error.localizedDescription)")
            }
            throw .unreadable(file: url.path, reason: "no such file")
        }
        return try Graph(json: data, file: url.path)
    }

    /// Parses and validates graph JSON; `file` names the input in errors.
    public init(json data: Data, file: String = "<input>") throws(GraphError) {
        let root: Any
        do {
            root = try JSONSerialization.jsonObject(with: data, options: [])
        } catch {
            throw .malformedJSON(file: file, reason: Self.describeJSONError(error, data: data))
        }
        guard let obj = root as? [String: Any] else {
            throw .malformedJSON(file: file, reason: "the top level is not an object")
        }
        let r = FieldReader(file: file)
        guard let format = obj["format"] as? String else {
            throw .missingField(file: file, item: "graph", field: "format")
        }
        guard format == Graph.format else { throw .unknownFormat(file: file, found: format) }

        var source: SourceInfo?
        if let s = obj["source"], !(s is NSNull) {
            guard let s = s as? [String: Any] else { throw .wrongType(file: file, item: "graph", field: "source", expected: "an object") }
            source = SourceInfo(
                path: try r.optionalString(s, "path", item: "source"),
                language: try r.optionalString(s, "language", item: "source"),
                sha256: try r.optionalString(s, "sha256", item: "source"),
                title: try r.optionalString(s, "title", item: "source"),
                url: try r.optionalString(s, "url", item: "source"),
                published: try r.optionalString(s, "published", item: "source"))
        }

        let rawNodes = try r.array(obj, "nodes", item: "graph")
        var nodes: [Node] = []
        var ids = Set<String>()
        for (i, raw) in rawNodes.enumerated() {
            guard let n = raw as? [String: Any] else { throw .wrongType(file: file, item: "node #\(i)", field: "nodes", expected: "objects") }
            let id = try r.string(n, "id", item: "node #\(i)")
            let item = "node \(id)"
            let kindName = try r.string(n, "kind", item: item)
            guard let kind = NodeKind(rawValue: kindName) else { throw .unknownKind(file: file, node: id, kind: kindName) }
            guard ids.insert(id).inserted else { throw .duplicateNode(file: file, id: id) }
            nodes.append(Node(
                id: id, kind: kind,
                label: try r.optionalString(n, "label", item: item) ?? id,
                names: try r.optionalStrings(n, "names", item: item) ?? [],
                mentions: try r.optionalInt(n, "mentions", item: item) ?? 0,
                role: try r.optionalString(n, "role", item: item)))
        }

        let rawEdges = try r.array(obj, "edges", item: "graph")
        var edges: [Edge] = []
        for (i, raw) in rawEdges.enumerated() {
            guard let e = raw as? [String: Any] else { throw .wrongType(file: file, item: "edge #\(i)", field: "edges", expected: "objects") }
            var item = "edge #\(i)"
            let typeName = try r.string(e, "type", item: item)
            let src = try r.string(e, "source", item: item)
            let dst = try r.string(e, "target", item: item)
            item = "edge #\(i) (\(typeName) \(src) -> \(dst))"
            guard let type = EdgeType(rawValue: typeName) else { throw .unknownEdgeType(file: file, edge: item, type: typeName) }
            for id in [src, dst] where !ids.contains(id) { throw .danglingEndpoint(file: file, edge: item, id: id) }
            var modality: Modality?
            if let m = try r.optionalString(e, "modality", item: item) {
                guard let mm = Modality(rawValue: m) else { throw .unknownModality(file: file, edge: item, modality: m) }
                modality = mm
            }
            var codes: EventCodes?
            if let c = e["codes"] {
                guard let c = c as? [String: Any] else { throw .wrongType(file: file, item: item, field: "codes", expected: "an object") }
                codes = EventCodes(plover: try r.string(c, "plover", item: item + " codes"), cameo: try r.string(c, "cameo", item: item + " codes"))
            }
            var evidence: [Evidence] = []
            if let evs = e["evidence"] {
                guard let evs = evs as? [Any] else { throw .wrongType(file: file, item: item, field: "evidence", expected: "an array") }
                for (j, ev) in evs.enumerated() {
                    let evItem = item + " evidence #\(j)"
                    guard let ev = ev as? [String: Any] else { throw .wrongType(file: file, item: item, field: "evidence", expected: "an array of objects") }
                    evidence.append(Evidence(
                        source: try r.optionalString(ev, "source", item: evItem),
                        sentence: try r.int(ev, "sentence", item: evItem),
                        start: try r.int(ev, "start", item: evItem),
                        end: try r.int(ev, "end", item: evItem),
                        text: try r.string(ev, "text", item: evItem)))
                }
            }
            edges.append(Edge(
                type: type, source: src, target: dst, evidence: evidence,
                attributedTo: try r.optionalStrings(e, "attributedTo", item: item) ?? [],
                deniedBy: try r.optionalStrings(e, "deniedBy", item: item) ?? [],
                role: try r.optionalString(e, "role", item: item),
                modality: modality,
                rule: try r.optionalString(e, "rule", item: item),
                codes: codes,
                optional: try r.optionalBool(e, "optional", item: item),
                symmetric: try r.optionalBool(e, "symmetric", item: item),
                weight: try r.optionalInt(e, "weight", item: item),
                sources: try r.optionalStrings(e, "sources", item: item)))
        }
        self.init(source: source, nodes: nodes, edges: edges)
    }

    private static func describeJSONError(_ error: Error, data: Data) -> String {
        if data.isEmpty { return "the file is empty" }
        let ns = error as NSError
        if let detail = ns.userInfo[NSDebugDescriptionErrorKey] as? String { return detail }
        return "not valid JSON (is it truncated?)"
    }
}

/// Typed access to JSON object fields with errors that name the item.
private struct FieldReader {
    let file: String

    func string(_ o: [String: Any], _ key: String, item: String) throws(GraphError) -> String {
        guard let v = o[key] else { throw .missingField(file: file, item: item, field: key) }
        guard let s = v as? String else { throw .wrongType(file: file, item: item, field: key, expected: "a string") }
        return s
    }

    func optionalString(_ o: [String: Any], _ key: String, item: String) throws(GraphError) -> String? {
        guard let v = o[key], !(v is NSNull) else { return nil }
        guard let s = v as? String else { throw .wrongType(file: file, item: item, field: key, expected: "a string") }
        return s
    }

    func optionalStrings(_ o: [String: Any], _ key: String, item: String) throws(GraphError) -> [String]? {
        guard let v = o[key], !(v is NSNull) else { return nil }
        guard let a = v as? [Any], let s = a as? [String], s.count == a.count else {
            throw .wrongType(file: file, item: item, field: key, expected: "an array of strings")
        }
        return s
    }

    func int(_ o: [String: Any], _ key: String, item: String) throws(GraphError) -> Int {
        guard let v = o[key] else { throw .missingField(file: file, item: item, field: key) }
        guard let i = Self.integer(v) else { throw .wrongType(file: file, item: item, field: key, expected: "a whole number") }
        return i
    }

    func optionalInt(_ o: [String: Any], _ key: String, item: String) throws(GraphError) -> Int? {
        guard let v = o[key], !(v is NSNull) else { return nil }
        guard let i = Self.integer(v) else { throw .wrongType(file: file, item: item, field: key, expected: "a whole number") }
        return i
    }

    func optionalBool(_ o: [String: Any], _ key: String, item: String) throws(GraphError) -> Bool? {
        guard let v = o[key], !(v is NSNull) else { return nil }
        // JSONSerialization gives numbers and booleans as NSNumber: only a boolean one is true or false.
        if Self.isBoolean(v), let b = v as? Bool { return b }
        throw .wrongType(file: file, item: item, field: key, expected: "true or false")
    }

    func array(_ o: [String: Any], _ key: String, item: String) throws(GraphError) -> [Any] {
        guard let v = o[key] else { throw .missingField(file: file, item: item, field: key) }
        guard let a = v as? [Any] else { throw .wrongType(file: file, item: item, field: key, expected: "an array") }
        return a
    }

    /// Whether a decoded JSON value is `true` or `false` (not a number that bridges to Bool).
    private static func isBoolean(_ v: Any) -> Bool {
        if let n = v as? NSNumber { return String(cString: n.objCType) == "c" }
        return v is Bool
    }

    private static func integer(_ v: Any) -> Int? {
        if isBoolean(v) { return nil }
        if let i = v as? Int { return i }
        if let d = v as? Double, d.rounded() == d, abs(d) < 1e15 { return Int(d) }
        return nil
    }
}
