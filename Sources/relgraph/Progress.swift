import Foundation

/// A progress line on standard error while a corpus is processed: only when standard error is a terminal.
final class Progress {
    let total: Int
    private(set) var done = 0
    let enabled: Bool
    private var lastDraw = Date.distantPast

    init(total: Int) {
        self.total = total
        self.enabled = total > 1 && isatty(STDERR_FILENO) != 0
    }

    func step(_ item: String) {
        done += 1
        guard enabled else { return }
        let now = Date()
        guard now.timeIntervalSince(lastDraw) > 0.1 || done == total else { return }
        lastDraw = now
        let width = 30
        let filled = total == 0 ? width : width * done / total
        let bar = String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled)
        let name = (item as NSString).lastPathComponent.prefix(40)
        FileHandle.standardError.write(Data("\r[\(bar)] \(done)/\(total) \(name)\u{1B}[K".utf8))
    }

    func finish() {
        if enabled { FileHandle.standardError.write(Data("\n".utf8)) }
    }
}
