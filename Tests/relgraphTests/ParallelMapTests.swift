import Foundation
import Testing
@testable import relgraph

/// `ParallelMap`: results in input order whatever the number of threads, work really spread over
/// threads, and never more than the window of inputs held at once.
@Suite("ParallelMap")
struct ParallelMapTests {
    /// Counts what is in flight (pulled but not yet consumed) and the most ever at once.
    final class Gauge: @unchecked Sendable {
        private let lock = NSLock()
        private(set) var current = 0
        private(set) var peak = 0
        private(set) var threads = Set<String>()
        func enter() { lock.lock(); current += 1; peak = max(peak, current); lock.unlock() }
        func leave() { lock.lock(); current -= 1; lock.unlock() }
        func note(_ thread: String) { lock.lock(); threads.insert(thread); lock.unlock() }
    }

    @Test("results come in input order, the same for 1, 2 and 4 jobs", arguments: [1, 2, 4])
    func order(jobs: Int) throws {
        var seen: [Int] = []
        try ParallelMap.run(Array(0..<500), jobs: jobs) { i in
            // Uneven work, so that later inputs often finish first.
            if i % 7 == 0 { usleep(200) }
            return i * i
        } consume: { index, input, output in
            #expect(index == input)
            #expect(output == input * input)
            seen.append(input)
        }
        #expect(seen == Array(0..<500))
    }

    @Test("a stream of any length holds at most the window at once")
    func boundedWindow() throws {
        let gauge = Gauge()
        var next = 0
        try ParallelMap.run(jobs: 3, window: 6) { () -> Int? in
            guard next < 2_000 else { return nil }
            next += 1
            gauge.enter()
            return next
        } work: { i in
            gauge.note("\(pthread_self())")
            // (a little work per item, so that a loaded machine still hands items to more than one thread)
            if i <= 300 { usleep(200) }
            return i
        } consume: { _, _, _ in
            gauge.leave()
        }
        #expect(next == 2_000)
        #expect(gauge.peak <= 6)
        #expect(gauge.peak >= 3)
        #expect(gauge.threads.count > 1, "the work ran on one thread only")
    }

    @Test("an error while consuming stops the run and is rethrown")
    func stopsOnError() throws {
        struct Stop: Error {}
        var consumed = 0
        #expect(throws: Stop.self) {
            try ParallelMap.run(Array(0..<1_000), jobs: 2) { $0 } consume: { _, input, _ in
                consumed += 1
                if input == 10 { throw Stop() }
            }
        }
        #expect(consumed == 11)
    }

    @Test("LineReader: lines as they come, CRLF and a last line without newline")
    func lineReader() throws {
        var fds: [Int32] = [0, 0]
        #expect(pipe(&fds) == 0)
        let writeEnd = fds[1]
        let text = "first\r\n\nsecond line\n" + String(repeating: "x", count: 100_000) + "\nlast"
        let writer = Thread {
            _ = text.utf8CString.withUnsafeBufferPointer { write(writeEnd, $0.baseAddress, $0.count - 1) }
            close(writeEnd)
        }
        writer.start()
        let reader = LineReader(fileDescriptor: fds[0], chunkSize: 4096)
        var lines: [String] = []
        while let line = try reader.next() { lines.append(String(decoding: line, as: UTF8.self)) }
        close(fds[0])
        #expect(lines == ["first", "", "second line", String(repeating: "x", count: 100_000), "last"])
        #expect(reader.lineNumber == 5)
    }

    @Test("StreamedArticle: id and text required, url and published optional")
    func streamedArticle() throws {
        let a = try StreamedArticle(line: Data(#"{"id": "d1", "text": "Text.", "url": "https://example.org/a", "published": "2024-10-18", "extra": 1}"#.utf8))
        #expect(a == StreamedArticle(id: "d1", text: "Text.", url: "https://example.org/a", published: "2024-10-18"))
        for (line, message) in [(#"{"text": "x"}"#, "missing field \"id\""), (#"{"id": "x"}"#, "missing field \"text\""),
                                (#"{"id": 5, "text": "x"}"#, "\"id\" must be a string"), (#"["a"]"#, "not a JSON object"),
                                (#"{"id": "x", "te"#, "malformed JSON"), (#"{"id": "", "text": "x"}"#, "\"id\" is empty")] {
            #expect(throws: StreamedArticle.Failure.self) { try StreamedArticle(line: Data(line.utf8)) }
            do {
                _ = try StreamedArticle(line: Data(line.utf8))
            } catch {
                #expect(error.description.contains(message), "\(line): \(error)")
            }
        }
    }

    @Test("the progress line: a bar for a known total, a count for a stream")
    func progressLine() {
        #expect(Progress.line(done: 5, total: 10, width: 10) == "[#####.....] 5/10")
        #expect(Progress.line(done: 10, total: 10, width: 10) == "[##########] 10/10")
        #expect(Progress.line(done: 7, total: nil) == "7 done")
        #expect(Progress(total: 10, enabled: false).enabled == false)
    }
}
