/// Why a graph file could not be read. Every case names the file and the item at fault.
public enum GraphError: Error, Equatable, Sendable, CustomStringConvertible {
    case unreadable(file: String, reason: String)
    case malformedJSON(file: String, reason: String)
    case unknownFormat(file: String, found: String)
    case missingField(file: String, item: String, field: String)
    case wrongType(file: String, item: String, field: String, expected: String)
    case unknownKind(file: String, node: String, kind: String)
    case unknownEdgeType(file: String, edge: String, type: String)
    case unknownModality(file: String, edge: String, modality: String)
    case duplicateNode(file: String, id: String)
    case danglingEndpoint(file: String, edge: String, id: String)

    public var description: String {
        switch self {
        case let .unreadable(file, reason):
            "\(file): cannot read: \(reason)"
        case let .malformedJSON(file, reason):
            "\(file): malformed JSON: \(reason)"
        case let .unknownFormat(file, found):
            "\(file): unknown format \"\(found)\" (expected \"\(Graph.format)\")"
        case let .missingField(file, item, field):
            "\(file): \(item): missing field \"\(field)\""
        case let .wrongType(file, item, field, expected):
            "\(file): \(item): field \"\(field)\" must be \(expected)"
        case let .unknownKind(file, node, kind):
            "\(file): node \(node): unknown kind \"\(kind)\" (valid: \(NodeKind.allCases.map(\.rawValue).joined(separator: ", ")))"
        case let .unknownEdgeType(file, edge, type):
            "\(file): \(edge): unknown edge type \"\(type)\" (valid: \(EdgeType.allCases.map(\.rawValue).joined(separator: ", ")))"
        case let .unknownModality(file, edge, modality):
            "\(file): \(edge): unknown modality \"\(modality)\" (valid: \(Modality.allCases.map(\.rawValue).joined(separator: ", ")))"
        case let .duplicateNode(file, id):
            "\(file): duplicate node id \"\(id)\""
        case let .danglingEndpoint(file, edge, id):
            "\(file): \(edge): endpoint \"\(id)\" is not a node of the graph"
        }
    }
}
