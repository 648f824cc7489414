import Foundation

extension Graph {
    /// The canonical `relgraph-1` JSON: nodes sorted by id, edges by (type, source, target),
    /// fixed key order, one node or edge a line, so that reruns are byte-identical and git diffs are per edge.
    public func jsonString() -> String {
        let g = canonicalized()
        var out = "{\n  \"format\": \(JSONWriter.quoted(Graph.format)),\n"
        if let s = g.source {
            out += "  \"source\": " + JSONWriter.object([
                ("path", s.path.map(JSONWriter.quoted)),
                ("language", s.language.map(JSONWriter.quoted)),
                ("sha256", s.sha256.map(JSONWriter.quoted)),
                ("title", s.title.map(JSONWriter.quoted)),
                ("url", s.url.map(JSONWriter.quoted)),
                ("published", s.published.map(JSONWriter.quoted)),
            ]) + ",\n"
        }
        out += "  \"nodes\": [" + (g.nodes.isEmpty ? "" : "\n")
        out += g.nodes.map { "    " + Self.encode($0) }.joined(separator: ",\n")
        out += (g.nodes.isEmpty ? "" : "\n  ") + "],\n"
        out += "  \"edges\": [" + (g.edges.isEmpty ? "" : "\n")
        out += g.edges.map { "    " + Self.encode($0) }.joined(separator: ",\n")
        out += (g.edges.isEmpty ? "" : "\n  ") + "]\n}\n"
        return out
    }

    public func jsonData() -> Data { Data(jsonString().utf8) }

    /// The same canonical JSON on one line, for JSON Lines streams.
    public func jsonLine() -> String {
        let g = canonicalized()
        var fields: [(String, String?)] = [("format", JSONWriter.quoted(Graph.format))]
        if let s = g.source {
            fields.append(("source", JSONWriter.object([
                ("path", s.path.map(JSONWriter.quoted)),
                ("language", s.language.map(JSONWriter.quoted)),
                ("sha256", s.sha256.map(JSONWriter.quoted)),
                ("title", s.title.map(JSONWriter.quoted)),
                ("url", s.url.map(JSONWriter.quoted)),
                ("published", s.published.map(JSONWriter.quoted)),
            ])))
        }
        fields.append(("nodes", JSONWriter.array(g.nodes.map(Self.encode))))
        fields.append(("edges", JSONWriter.array(g.edges.map(Self.encode))))
        return JSONWriter.object(fields)
    }

    static func encode(_ n: Node) -> String {
        JSONWriter.object([
            ("id", JSONWriter.quoted(n.id)),
            ("kind", JSONWriter.quoted(n.kind.rawValue)),
            ("label", JSONWriter.quoted(n.label)),
            ("names", JSONWriter.strings(n.names)),
            ("mentions", String(n.mentions)),
            ("role", n.role.map(JSONWriter.quoted)),
        ])
    }

    static func encode(_ e: Edge) -> String {
        JSONWriter.object([
            ("type", JSONWriter.quoted(e.type.rawValue)),
            ("source", JSONWriter.quoted(e.source)),
            ("target", JSONWriter.quoted(e.target)),
            ("attributedTo", e.attributedTo.isEmpty ? nil : JSONWriter.strings(e.attributedTo)),
            ("deniedBy", e.deniedBy.isEmpty ? nil : JSONWriter.strings(e.deniedBy)),
            ("role", e.role.map(JSONWriter.quoted)),
            ("modality", e.modality.map { JSONWriter.quoted($0.rawValue) }),
            ("optional", e.optional.map { $0 ? "true" : "false" }),
            ("symmetric", e.symmetric.map { $0 ? "true" : "false" }),
            ("weight", e.weight.map(String.init)),
            ("sources", e.sources.map(JSONWriter.strings)),
            ("rule", e.rule.map(JSONWriter.quoted)),
            ("codes", e.codes.map { JSONWriter.object([("plover", JSONWriter.quoted($0.plover)), ("cameo", JSONWriter.quoted($0.cameo))]) }),
            ("evidence", JSONWriter.array(e.evidence.map { ev in
                JSONWriter.object([
                    ("source", ev.source.map(JSONWriter.quoted)),
                    ("sentence", String(ev.sentence)),
                    ("start", String(ev.start)),
                    ("end", String(ev.end)),
                    ("text", JSONWriter.quoted(ev.text)),
                ])
            })),
        ])
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
