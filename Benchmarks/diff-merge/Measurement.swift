import Foundation

/// One benchmark run's figures, as a child process reports them on one line.
struct Measurement {
    /// Wall-clock time of the measured work, and the CPU time the work's thread spent on it (which
    /// other processes on a busy machine disturb far less; the ratios use it).
    var seconds: Double
    var cpuSeconds: Double
    /// Peak resident memory of the child process, and its resident memory before the work, in KiB.
    var peakKiB: Int
    var baseKiB: Int
    var inputItems: Int
    var resultNodes: Int
    var resultEdges: Int
    var resultEvidence: Int
    /// The size of the result as canonical JSON (merge) or of the diff's JSON (diff), in bytes.
    var resultBytes: Int
    /// The size of the input as canonical JSON, in bytes.
    var inputBytes: Int

    var line: String {
        "\(seconds) \(cpuSeconds) \(peakKiB) \(baseKiB) \(inputItems) \(resultNodes) \(resultEdges) \(resultEvidence) \(resultBytes) \(inputBytes)"
    }

    init(seconds: Double, cpuSeconds: Double, peakKiB: Int, baseKiB: Int, inputItems: Int, resultNodes: Int, resultEdges: Int,
         resultEvidence: Int, resultBytes: Int, inputBytes: Int) {
        self.seconds = seconds
        self.cpuSeconds = cpuSeconds
        self.peakKiB = peakKiB
        self.baseKiB = baseKiB
        self.inputItems = inputItems
        self.resultNodes = resultNodes
        self.resultEdges = resultEdges
        self.resultEvidence = resultEvidence
        self.resultBytes = resultBytes
        self.inputBytes = inputBytes
    }

    init?(line: String) {
        let f = line.split(separator: " ")
        guard f.count == 10, let s = Double(f[0]), let cpu = Double(f[1]) else { return nil }
        let ints = f.dropFirst(2).compactMap { Int($0) }
        guard ints.count == 8 else { return nil }
        self.init(seconds: s, cpuSeconds: cpu, peakKiB: ints[0], baseKiB: ints[1], inputItems: ints[2], resultNodes: ints[3],
                  resultEdges: ints[4], resultEvidence: ints[5], resultBytes: ints[6], inputBytes: ints[7])
    }

    /// The CPU time of the calling thread so far, in seconds.
    static func threadCPUSeconds() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }

    /// The process's peak resident memory so far, in KiB.
    static func peakRSSKiB() -> Int {
        var usage = rusage()
        #if os(macOS)
        getrusage(RUSAGE_SELF, &usage)
        return Int(usage.ru_maxrss) / 1024
        #else
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Int(usage.ru_maxrss)
        #endif
    }
}
