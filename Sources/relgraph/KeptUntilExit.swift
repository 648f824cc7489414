/// Keeps a value alive until the process ends, so that it is not torn down just before the process
/// exits: an extractor's lexicon tables are released object by object (about 25M instructions at the
/// end of every `relgraph extract`, 4 % of its start-up), and the process's memory goes back at exit
/// anyway. For values made once per command run, never in a loop.
enum KeptUntilExit {
    private final class Box<Value>: @unchecked Sendable {
        let value: Value
        init(_ value: Value) { self.value = value }
    }

    /// Holds `value` (and everything it references) for the rest of the process.
    static func keep<Value>(_ value: Value) {
        _ = Unmanaged.passRetained(Box(value))
    }
}
