import Foundation
import RelGraph

// relgraph-bench-diff: how diff and merge scale. Each case runs at a size N and at 4N, each run in a
// child process of its own (so that its peak memory is its own), and the table shows the ratios:
// time should grow in proportion to the input (4N: at most 5× the time), memory with the result.
//
//   swift run -c release relgraph-bench-diff            all cases
//   swift run -c release relgraph-bench-diff merge diff  some cases
//   relgraph-bench-diff --reps 5 ...                    runs per size (default 3; the fastest counts)
//   relgraph-bench-diff --child CASE SIZE               one run (used by the parent)

var arguments = Array(CommandLine.arguments.dropFirst())
var reps = 3
if let i = arguments.firstIndex(of: "--reps"), i + 1 < arguments.count, let n = Int(arguments[i + 1]), n > 0 {
    reps = n
    arguments.removeSubrange(i...(i + 1))
}

if arguments.first == "--child", arguments.count == 3, let c = BenchCase(rawValue: arguments[1]), let size = Int(arguments[2]) {
    print(c.run(size: size).line)
    exit(0)
}

let cases = arguments.isEmpty ? BenchCase.allCases : arguments.compactMap(BenchCase.init(rawValue:))
guard cases.count == max(arguments.count, cases.count), !cases.isEmpty else {
    FileHandle.standardError.write(Data("usage: relgraph-bench-diff [\(BenchCase.allCases.map(\.rawValue).joined(separator: "|"))]...\n".utf8))
    exit(2)
}

/// Runs one case in a child process of this executable.
func child(_ c: BenchCase, size: Int) -> Measurement {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
    if !FileManager.default.isExecutableFile(atPath: process.executableURL!.path) {
        process.executableURL = URL(fileURLWithPath: CommandLine.arguments[0])
    }
    process.arguments = ["--child", c.rawValue, String(size)]
    let pipe = Pipe()
    process.standardOutput = pipe
    do { try process.run() } catch {
        FileHandle.standardError.write(Data("cannot start child: \(error)\n".utf8))
        exit(2)
    }
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0,
          let m = Measurement(line: String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)) else {
        FileHandle.standardError.write(Data("child \(c.rawValue) \(size) failed\n".utf8))
        exit(2)
    }
    return m
}

func grouped(_ n: Int) -> String {
    let s = String(n)
    var out = ""
    for (i, ch) in s.reversed().enumerated() {
        if i > 0 && i % 3 == 0 { out.append(",") }
        out.append(ch)
    }
    return String(out.reversed())
}

func pad(_ s: String, _ w: Int, left: Bool = false) -> String {
    let p = String(repeating: " ", count: max(0, w - s.count))
    return left ? s + p : p + s
}

func mb(_ kib: Int) -> String { String(format: "%.1f", Double(kib) / 1024) }

print("relgraph diff/merge scaling (release build, \(ProcessInfo.processInfo.activeProcessorCount) cores)")
print("Each case at N and 4N (diffs also 16N), each run in its own process. Sizes as canonical JSON.")
print("Memory: peak RSS, and +MB above the process's start (merges stream their input: one article in")
print("memory at a time). Time: CPU time of the work (the ratios use it) and wall-clock time, each the")
print("least of \(reps) runs per size, the sizes taking turns: other work on a shared machine disturbs")
print("wall-clock time most.")
print("")
let header = [pad("case", 18, left: true), pad("N", 8), pad("input edges", 12), pad("input MB", 9), pad("result n/e/ev", 24),
              pad("result MB", 10), pad("cpu s", 8), pad("wall s", 8), pad("peak MB", 8), pad("+MB", 7)].joined(separator: " ")
print(header)
print(String(repeating: "-", count: header.count))
var worst = 0.0
for c in cases {
    // The least time of `reps` runs per size, the sizes run in turn each round.
    var best: [Measurement] = c.sizes.map { child(c, size: $0) }
    for _ in 1..<reps {
        for (k, n) in c.sizes.enumerated() {
            let m = child(c, size: n)
            best[k].cpuSeconds = min(best[k].cpuSeconds, m.cpuSeconds)
            best[k].seconds = min(best[k].seconds, m.seconds)
        }
    }
    for (n, m) in zip(c.sizes, best) {
        let result = c.isMerge
            ? "\(grouped(m.resultNodes))/\(grouped(m.resultEdges))/\(grouped(m.resultEvidence))"
            : "\(grouped(m.resultNodes)) n, \(grouped(m.resultEdges)) e diffs"
        print([pad(c.rawValue, 18, left: true), pad(grouped(n), 8), pad(grouped(m.inputItems), 12),
               pad(String(format: "%.1f", Double(m.inputBytes) / 1_048_576), 9), pad(result, 24),
               pad(String(format: "%.1f", Double(m.resultBytes) / 1_048_576), 10),
               pad(String(format: "%.3f", m.cpuSeconds), 8), pad(String(format: "%.3f", m.seconds), 8),
               pad(mb(m.peakKiB), 8), pad(mb(m.peakKiB - m.baseKiB), 7)].joined(separator: " "))
    }
    for k in 1..<best.count {
        let (small, big) = (best[k - 1], best[k])
        let timeRatio = big.cpuSeconds / max(small.cpuSeconds, 1e-9)
        let wallRatio = big.seconds / max(small.seconds, 1e-9)
        let memRatio = Double(big.peakKiB - big.baseKiB) / Double(max(1, small.peakKiB - small.baseKiB))
        let resultRatio = Double(big.resultBytes) / Double(max(1, small.resultBytes))
        worst = max(worst, timeRatio)
        print("  \(grouped(c.sizes[k - 1])) -> \(grouped(c.sizes[k])) (4× input): cpu time ×\(String(format: "%.2f", timeRatio))"
              + (timeRatio <= 5 ? " (≤ 5, linear)" : " (OVER 5)")
              + ", wall ×\(String(format: "%.2f", wallRatio)), memory above start ×\(String(format: "%.2f", memRatio)), result size ×\(String(format: "%.2f", resultRatio))")
    }
    print("  \(c.description)")
}
print("")
print("worst cpu time ratio for 4× input: \(String(format: "%.2f", worst))\(worst <= 5 ? " (all within 5×)" : " (OVER 5×)")")
