import Foundation

/// Writes an output file atomically: the bytes go to a temporary file in the same folder, which is then
/// renamed over the target. A failed write leaves no file behind and keeps an existing one as it was.
/// An existing target keeps its permissions. Every subcommand that writes files uses this.
struct OutputFile: Sendable {
    /// Why an output file could not be written; each case names the path.
    enum Failure: Error, CustomStringConvertible, Equatable {
        case folderMissing(path: String, folder: String)
        case isFolder(path: String)
        case writeFailed(path: String, reason: String)

        var description: String {
            switch self {
            case let .folderMissing(path, folder): "cannot write \(path): the folder \(folder) does not exist"
            case let .isFolder(path): "cannot write \(path): it is a folder"
            case let .writeFailed(path, reason): "cannot write \(path): \(reason)"
            }
        }
    }

    let path: String

    init(path: String) {
        self.path = path
    }

    /// The folder the file goes into ("." for a bare name).
    var folder: String {
        let parent = (path as NSString).deletingLastPathComponent
        return parent.isEmpty ? "." : parent
    }

    func write(_ data: Data) throws(Failure) {
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDir), isDir.boolValue else {
            throw .folderMissing(path: path, folder: folder)
        }
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDir), isDir.boolValue {
            throw .isFolder(path: path)
        }
        let name = (path as NSString).lastPathComponent
        let temp = (folder as NSString).appendingPathComponent(".\(name).tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        let fd = open(temp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        guard fd >= 0 else { throw .writeFailed(path: path, reason: Self.errnoText()) }
        var done = false
        defer { if !done { unlink(temp) } }
        do throws(Failure) {
            try Self.writeAll(fd, data, path: path)
            if let mode = (try? FileManager.default.attributesOfItem(atPath: path))?[.posixPermissions] as? NSNumber {
                fchmod(fd, mode_t(mode.uint16Value))
            }
            guard fsync(fd) == 0 else { throw .writeFailed(path: path, reason: Self.errnoText()) }
        } catch {
            close(fd)
            throw error
        }
        guard close(fd) == 0 else { throw .writeFailed(path: path, reason: Self.errnoText()) }
        guard rename(temp, path) == 0 else { throw .writeFailed(path: path, reason: Self.errnoText()) }
        done = true
    }

    private static func writeAll(_ fd: Int32, _ data: Data, path: String) throws(Failure) {
        let failure: Failure? = data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) -> Failure? in
            var offset = 0
            while offset < buffer.count {
                let n = Foundation.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    return .writeFailed(path: path, reason: errnoText())
                }
                offset += n
            }
            return nil
        }
        if let failure { throw failure }
    }

    private static func errnoText() -> String { String(cString: strerror(errno)) }
}
