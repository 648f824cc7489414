import Foundation

/// Reads lines from a file descriptor (standard input) as they arrive, a chunk at a time, so that a
/// stream of any length is never held whole. Lines end at "\n" (a "\r" before it is dropped); the last
/// line may lack it. Lines are numbered from 1.
final class LineReader {
    private let fd: Int32
    /// Bytes read and not yet handed out start at `start`; the first `scanned` of them hold no newline.
    /// Lines are cut from the buffer by offset and the buffer is compacted only before a read, so a line
    /// costs one `memchr` and one copy (where a `Data` search byte by byte and a shift of the rest were).
    private var buffer: [UInt8] = []
    private var start = 0
    private var scanned = 0
    private var atEnd = false
    private(set) var lineNumber = 0
    private let chunkSize: Int

    init(fileDescriptor: Int32 = STDIN_FILENO, chunkSize: Int = 1 << 16) {
        self.fd = fileDescriptor
        self.chunkSize = chunkSize
    }

    /// The next line without its end, or nil at the end of the stream.
    func next() throws -> Data? {
        while true {
            let count = buffer.count
            let from = start + scanned
            let newline: Int? = from < count ? buffer.withUnsafeBufferPointer { all in
                guard let base = all.baseAddress, let hit = memchr(base + from, 0x0A, count - from) else { return nil }
                return base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            } : nil
            if let newline {
                let out = line(start, newline)
                start = newline + 1
                scanned = 0
                lineNumber += 1
                return out
            }
            scanned = count - start
            if atEnd {
                guard start < count else { return nil }
                let out = line(start, count)
                buffer = []
                start = 0
                scanned = 0
                lineNumber += 1
                return out
            }
            if start > 0 {
                buffer.removeSubrange(0..<start)
                start = 0
            }
            let old = buffer.count
            buffer.append(contentsOf: repeatElement(0, count: chunkSize))
            let n = buffer.withUnsafeMutableBytes { Foundation.read(fd, $0.baseAddress! + old, chunkSize) }
            let failure = n < 0 ? errno : 0
            buffer.removeLast(chunkSize - max(n, 0))
            if n < 0 {
                if failure == EINTR { continue }
                throw ReadFailure(reason: String(cString: strerror(failure)))
            }
            if n == 0 { atEnd = true }
        }
    }

    /// The bytes `lo..<hi` of the buffer as a line: a "\r" at its end is dropped.
    private func line(_ lo: Int, _ hi: Int) -> Data {
        buffer.withUnsafeBufferPointer { all in
            var end = hi
            if end > lo && all[end - 1] == 0x0D { end -= 1 }
            return Data(buffer: UnsafeBufferPointer(rebasing: all[lo..<end]))
        }
    }

    /// The next line that holds more than blanks (a trailing newline or a separator is no item), with its
    /// number, or nil at the end of the stream.
    func nextContent() throws -> (line: Int, data: Data)? {
        while let data = try next() {
            if data.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
            return (lineNumber, data)
        }
        return nil
    }

    /// Reading standard input failed.
    struct ReadFailure: Error, CustomStringConvertible {
        var reason: String
        var description: String { "<stdin>: cannot read: \(reason)" }
    }
}
