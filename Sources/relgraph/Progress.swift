import Foundation

/// A progress line on standard error while a corpus is processed: only when standard error is a
/// terminal, never in a pipe or a file. With a known total it draws a bar; for a stream of unknown
/// length (JSON Lines on standard input) it counts. Redrawn at most ten times a second.
final class Progress {
    let total: Int?
    private(set) var done = 0
    let enabled: Bool
    private var lastDraw = Date.distantPast
    private var drawn = false

    /// `total` nil: a stream of unknown length. `enabled` defaults to whether standard error is a terminal.
    init(total: Int?, enabled: Bool? = nil) {
        self.total = total
        self.enabled = enabled ?? (total.map { $0 > 1 } ?? true) && isatty(STDERR_FILENO) != 0
    }

    func step(_ item: String) {
        done += 1
        guard enabled else { return }
        let now = Date()
        guard now.timeIntervalSince(lastDraw) > 0.1 || done == total else { return }
        lastDraw = now
        drawn = true
        let name = (item as NSString).lastPathComponent.prefix(40)
        FileHandle.standardError.write(Data("\r\(Self.line(done: done, total: total)) \(name)\u{1B}[K".utf8))
    }

    /// The bar for `done` of `total` ("[#####.....] 5/10"), or the count for a stream ("5 done").
    static func line(done: Int, total: Int?, width: Int = 30) -> String {
        guard let total else { return "\(done) done" }
        let filled = total == 0 ? width : min(width, width * done / total)
        return "[" + String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled) + "] \(done)/\(total)"
    }

    /// Ends the line, so that what follows on standard error starts on a line of its own.
    func finish() {
        if enabled && drawn { FileHandle.standardError.write(Data("\n".utf8)) }
    }

    /// Clears the bar before another message goes to standard error, so they do not run together.
    func clear() {
        if enabled && drawn { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }
}
