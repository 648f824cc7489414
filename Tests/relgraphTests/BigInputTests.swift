import Foundation
import Testing

/// Big input: many articles finish and stream; the progress bar only on a terminal.
@Suite("big input and progress", .serialized)
struct BigInputTests {
    @Test("1,000 articles through --jsonl --jobs 2 all come out, in order")
    func corpus() throws {
        let cli = try CLIProcess()
        defer { cli.remove() }
        // Short articles built from the fixtures' sentences, each different.
        let sentences = try CLIProcess.fixtureArticles().filter { $0.name.hasSuffix(".txt") }
            .flatMap { String(decoding: $0.data, as: UTF8.self).split(separator: ".").prefix(12).map(String.init) }
        var lines: [String] = []
        for i in 0..<1_000 {
            let text = (0..<4).map { sentences[(i * 7 + $0 * 13) % sentences.count] }.joined(separator: ". ") + "."
            lines.append(try StreamingTests.line(["id": "doc-\(i)", "text": text]))
        }
        let r = try cli.run(["extract", "--jsonl", "--jobs", "2"], stdin: Data(lines.joined(separator: "\n").utf8))
        #expect(r.status == 0, "\(r.stderr.prefix(500))")
        let paths = try StreamingTests.graphs(r.stdout).map { ($0["source"] as? [String: Any])?["path"] as? String }
        #expect(paths == (0..<1_000).map { "doc-\($0)" })
    }

    @Test("a large article (256 KiB, one process) finishes with a full graph")
    func largeArticle() throws {
        let cli = try CLIProcess()
        defer { cli.remove() }
        let articles = try CLIProcess.fixtureArticles().filter { $0.name.hasSuffix(".de.txt") }
        var data = Data()
        var i = 0
        while data.count < 256 << 10 {
            data.append(articles[i % articles.count].data)
            data.append(Data("\n\n".utf8))
            i += 1
        }
        try cli.file("large.de.txt", data)
        let r = try cli.run(["extract", "large.de.txt"])
        #expect(r.status == 0, "\(r.stderr)")
        let graph = try #require(try JSONSerialization.jsonObject(with: r.stdout) as? [String: Any])
        #expect(((graph["nodes"] as? [Any]) ?? []).count > 10)
    }

    @Test("no progress bar in a pipe")
    func noProgressInPipe() throws {
        let cli = try CLIProcess()
        defer { cli.remove() }
        let articles = try CLIProcess.fixtureArticles().prefix(3)
        let files = try articles.map { try cli.file($0.name, $0.data) }
        let r = try cli.run(["extract"] + files)
        #expect(r.status == 0)
        #expect(r.stderr.isEmpty, "\(r.stderr)")
    }

    @Test("a progress bar on standard error when it is a terminal")
    func progressOnTerminal() throws {
        let cli = try CLIProcess()
        defer { cli.remove() }
        let articles = try CLIProcess.fixtureArticles().prefix(3)
        let files = try articles.map { try cli.file($0.name, $0.data) }
        guard let binary = DiffMergeCLI.binary else { throw CocoaError(.fileNoSuchFile) }
        let pty = try #require(PseudoTerminal())
        let master = pty.master, slave = pty.slave
        let process = Process()
        process.executableURL = binary
        process.arguments = ["extract"] + files
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle(fileDescriptor: slave, closeOnDealloc: false)
        try process.run()
        // Drain the terminal while the child runs, so that it never blocks on a full buffer.
        var screen = Data()
        var buffer = [UInt8](repeating: 0, count: 4096)
        var flags = fcntl(master, F_GETFL)
        flags |= O_NONBLOCK
        _ = fcntl(master, F_SETFL, flags)
        while true {
            let n = read(master, &buffer, buffer.count)
            if n > 0 { screen.append(contentsOf: buffer[0..<n]); continue }
            if !process.isRunning { break }
            usleep(20_000)
        }
        process.waitUntilExit()
        while true {
            let n = read(master, &buffer, buffer.count)
            if n <= 0 { break }
            screen.append(contentsOf: buffer[0..<n])
        }
        close(slave)
        close(master)
        let text = String(decoding: screen, as: UTF8.self)
        #expect(process.terminationStatus == 0)
        #expect(text.contains("] 3/3"), "\(text.debugDescription)")
        #expect(text.contains("[##############################]"))
    }
}

/// A pseudo-terminal pair from the C library (posix_openpt and friends are not imported into Swift
/// on Linux, so they are looked up by name).
struct PseudoTerminal {
    let master: Int32
    let slave: Int32

    init?() {
        typealias IntFunction = @convention(c) (Int32) -> Int32
        typealias NameFunction = @convention(c) (Int32) -> UnsafeMutablePointer<CChar>?
        let libc = dlopen(nil, RTLD_NOW)
        guard let o = dlsym(libc, "posix_openpt"), let g = dlsym(libc, "grantpt"),
              let u = dlsym(libc, "unlockpt"), let n = dlsym(libc, "ptsname") else { return nil }
        let master = unsafeBitCast(o, to: IntFunction.self)(O_RDWR | O_NOCTTY)
        guard master >= 0, unsafeBitCast(g, to: IntFunction.self)(master) == 0,
              unsafeBitCast(u, to: IntFunction.self)(master) == 0,
              let name = unsafeBitCast(n, to: NameFunction.self)(master) else { return nil }
        let slave = open(name, O_RDWR | O_NOCTTY)
        guard slave >= 0 else { close(master); return nil }
        self.master = master
        self.slave = slave
    }
}
