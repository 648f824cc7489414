import Foundation

/// Reads lines from a file descriptor (standard input) as they arrive, a chunk at a time, so that a
/// stream of any length is never held whole. Lines end at "\n" (a "\r" before it is dropped); the last
/// line may lack it. Lines are numbered from 1.
final class LineReader {
    private let fd: Int32
    private var buffer = Data()
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
            if let newline = buffer[(buffer.startIndex + scanned)...].firstIndex(of: 0x0A) {
                var line = buffer[buffer.startIndex..<newline]
                if line.last == 0x0D { line = line.dropLast() }
                let out = Data(line)
                buffer.removeSubrange(buffer.startIndex...newline)
                scanned = 0
                lineNumber += 1
                return out
            }
            scanned = buffer.count
            if atEnd {
                guard !buffer.isEmpty else { return nil }
                var line = buffer
                if line.last == 0x0D { line = line.dropLast() }
                buffer = Data()
                scanned = 0
                lineNumber += 1
                return Data(line)
            }
            var chunk = [UInt8](repeating: 0, count: chunkSize)
            let n = chunk.withUnsafeMutableBytes { Foundation.read(fd, $0.baseAddress, chunkSize) }
            if n < 0 {
                if errno == EINTR { continue }
                throw ReadFailure(reason: String(cString: strerror(errno)))
            }
            if n == 0 { atEnd = true } else { buffer.append(contentsOf: chunk[0..<n]) }
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
