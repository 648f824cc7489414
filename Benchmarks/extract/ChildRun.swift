import Foundation

/// Runs a program with standard input from a file and standard output to a file (or thrown away), and reports its
/// wall time and peak resident memory (from wait4's rusage): each measured run is a process of its own.
struct ChildRun {
    var seconds: Double
    var peakKiB: Int
    var status: Int32
    var stderr: String

    /// `timeout`: seconds after which the program is killed (its status is then 137).
    static func run(_ program: String, _ arguments: [String], stdin: String = "/dev/null", stdout: String = "/dev/null",
                    timeout: Double? = nil) -> ChildRun {
        let errPath = FileManager.default.temporaryDirectory.appendingPathComponent("bench-\(getpid())-\(UUID().uuidString).err").path
        defer { unlink(errPath) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, stdin, O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, stdout, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        let argv = ([program] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let start = DispatchTime.now()
        let spawned = posix_spawn(&pid, program, &actions, nil, argv, environ)
        guard spawned == 0 else { return ChildRun(seconds: 0, peakKiB: 0, status: -1, stderr: "cannot start \(program)") }
        if let timeout {
            let child = pid
            DispatchQueue.global().asyncAfter(deadline: .now() + timeout) { kill(child, SIGKILL) }
        }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
        let err = (try? String(contentsOfFile: errPath, encoding: .utf8)) ?? ""
        let exit = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        return ChildRun(seconds: seconds, peakKiB: Int(usage.ru_maxrss), status: exit, stderr: err)
    }
}
