/// The PLOVER event type and CAMEO root code of an edge, for joining with GDELT, ICEWS or POLECAT.
public struct EventCodes: Hashable, Sendable, Codable {
    public var plover: String
    public var cameo: String

    public init(plover: String, cameo: String) {
        self.plover = plover
        self.cameo = cameo
    }
}
