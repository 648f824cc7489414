/// Which first bytes the ids of a set of keys start with (and whether the empty id is one): an id whose first
/// byte is none of them is no key, known without hashing it.
struct OfficeInitials: Sendable {
    private var bits: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
    private var hasEmpty = false

    init<S: Sequence>(_ keys: S) where S.Element == String {
        for k in keys {
            if let b = k.utf8.first { set(b) } else { hasEmpty = true }
        }
    }

    private mutating func set(_ b: UInt8) {
        let bit = UInt64(1) << UInt64(b & 63)
        switch b >> 6 {
        case 0: bits.0 |= bit
        case 1: bits.1 |= bit
        case 2: bits.2 |= bit
        default: bits.3 |= bit
        }
    }

    /// `id` may be a key: false only when it is not one.
    func contains(_ id: String) -> Bool {
        guard let b = id.utf8.first else { return hasEmpty }
        let bit = UInt64(1) << UInt64(b & 63)
        switch b >> 6 {
        case 0: return bits.0 & bit != 0
        case 1: return bits.1 & bit != 0
        case 2: return bits.2 & bit != 0
        default: return bits.3 & bit != 0
        }
    }
}
