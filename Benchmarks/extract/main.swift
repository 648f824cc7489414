// relgraph-bench-extract: extraction throughput and memory. Not part of the test suite.
//
//   swift run -c release relgraph-bench-extract [--articles N] [--big-mb 20] [--big-timeout 1200] [--texts DIR] [--summary FILE]
//                                               [--relgraph PATH] [--jobs J] [--skip-memory] [--skip-big]
//
// 1. Builds a corpus of N articles (default 2,500) from the fixture articles and the seed, varied.
// 2. Single-threaded, in-process: MB/s (of article bytes as given), articles/s and words/s, overall and
//    per language: the figure per core. Then with J threads (default: all cores), the figure for the machine.
// 3. Memory, with the real command: `relgraph extract --jsonl` over N and 4N articles on standard input,
//    each run a process of its own; its peak resident memory should not grow with the corpus.
// 4. One article of --big-mb MB (default 20) through `relgraph extract FILE`: time and peak memory.
// --texts DIR writes the corpus texts as read (DIR/de.jsonl, DIR/en.jsonl) for the spaCy comparison
// (Benchmarks/spacy/bench_spacy.py); --summary FILE writes the figures as `key value` lines.
import Foundation
import RelGraphExtraction

struct Options {
    var articles = 2_500
    var bigMB = 20
    var bigTimeout = 1_200.0
    var texts: String?
    var summary: String?
    var relgraph: String?
    var jobs = ProcessInfo.processInfo.activeProcessorCount
    var memory = true
    var big = true
}

func parseOptions() -> Options {
    var o = Options()
    var args = CommandLine.arguments.dropFirst()
    func value() -> String {
        guard let v = args.popFirst() else { usage() }
        return v
    }
    while let a = args.popFirst() {
        switch a {
        case "--articles": o.articles = Int(value()) ?? o.articles
        case "--big-mb": o.bigMB = Int(value()) ?? o.bigMB
        case "--big-timeout": o.bigTimeout = Double(value()) ?? o.bigTimeout
        case "--texts": o.texts = value()
        case "--summary": o.summary = value()
        case "--relgraph": o.relgraph = value()
        case "--jobs": o.jobs = max(1, Int(value()) ?? o.jobs)
        case "--skip-memory": o.memory = false
        case "--skip-big": o.big = false
        default: usage()
        }
    }
    return o
}

func usage() -> Never {
    FileHandle.standardError.write(Data("usage: relgraph-bench-extract [--articles N] [--big-mb MB] [--big-timeout S] [--texts DIR] [--summary FILE] [--relgraph PATH] [--jobs J] [--skip-memory] [--skip-big]\n".utf8))
    exit(2)
}

func now() -> Double { Double(DispatchTime.now().uptimeNanoseconds) / 1e9 }

func log(_ s: String) { FileHandle.standardError.write(Data((s + "\n").utf8)) }

/// Grouped digits: 12,345.
func grouped(_ x: Double) -> String {
    let s = String(Int(x.rounded()))
    var out = ""
    for (i, ch) in s.reversed().enumerated() {
        if i > 0 && i % 3 == 0 { out.append(",") }
        out.append(ch)
    }
    return String(out.reversed())
}

func fixed(_ x: Double, _ digits: Int = 1) -> String { String(format: "%.\(digits)f", x) }

let options = parseOptions()
let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
let corpus = try BenchCorpus(root: root)
var summary: [(String, String)] = []
var table: [String] = []

log("building \(options.articles) articles from \(corpus.bases.count) fixture articles…")
let articles = (0..<options.articles).map(corpus.article)
let totalBytes = articles.reduce(0) { $0 + $1.data.count }
let totalWords = articles.reduce(0) { $0 + $1.words }

if let dir = options.texts {
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    for lang in ["de", "en"] {
        let lines = try articles.filter { $0.language == lang }.map {
            String(decoding: try JSONSerialization.data(withJSONObject: ["id": $0.name, "text": $0.text]), as: UTF8.self)
        }
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: URL(fileURLWithPath: dir).appendingPathComponent("\(lang).jsonl"))
    }
}

// Lexicon: loaded once per process.
var t0 = now()
let extractor = Extractor(lexicon: try LexiconLoader.load())
let lexiconSeconds = now() - t0
summary.append(("lexicon_load_s", fixed(lexiconSeconds, 3)))

// Single thread: the figure per core. A warm-up pass over the first articles first.
for a in articles.prefix(50) { _ = try extractor.extract(data: a.data, name: a.name) }
log("single-threaded extraction of \(articles.count) articles (\(fixed(Double(totalBytes) / 1e6)) MB)…")
var perLanguage: [String: (seconds: Double, words: Int, bytes: Int, count: Int)] = [:]
var edges = 0
t0 = now()
for a in articles {
    let s = now()
    let g = try extractor.extract(data: a.data, name: a.name)
    let e = now() - s
    edges += g.edges.count
    var p = perLanguage[a.language] ?? (0, 0, 0, 0)
    p.seconds += e; p.words += a.words; p.bytes += a.data.count; p.count += 1
    perLanguage[a.language] = p
}
let single = now() - t0
let mbPerCore = Double(totalBytes) / 1e6 / single
table.append("| Extraction, 1 thread, \(grouped(Double(articles.count))) articles (\(fixed(Double(totalBytes) / 1e6)) MB, \(grouped(Double(totalWords))) words) | **\(fixed(mbPerCore, 2)) MB/s per core** (goal ≥ 10) · \(grouped(Double(articles.count) / single)) articles/s · \(grouped(Double(totalWords) / single)) words/s |")
summary += [("mb_per_s_per_core", fixed(mbPerCore, 3)), ("articles_per_s", fixed(Double(articles.count) / single, 1)),
            ("words_per_s", fixed(Double(totalWords) / single, 0)), ("edges", String(edges))]
for lang in perLanguage.keys.sorted() {
    let p = perLanguage[lang]!
    table.append("| … \(lang) articles only (\(p.count)) | \(fixed(Double(p.bytes) / 1e6 / p.seconds, 2)) MB/s · \(grouped(Double(p.words) / p.seconds)) words/s |")
    summary.append(("words_per_s_\(lang)", fixed(Double(p.words) / p.seconds, 0)))
}

// All cores: the same articles on J threads, each taking the next article.
if options.jobs > 1 {
    log("extraction on \(options.jobs) threads…")
    final class Counter: @unchecked Sendable {
        let lock = NSLock()
        var next = 0
        func take() -> Int { lock.lock(); defer { lock.unlock() }; next += 1; return next - 1 }
    }
    let counter = Counter()
    let all = articles
    t0 = now()
    DispatchQueue.concurrentPerform(iterations: options.jobs) { _ in
        while true {
            let i = counter.take()
            guard i < all.count else { break }
            _ = try? extractor.extract(data: all[i].data, name: all[i].name)
        }
    }
    let parallel = now() - t0
    table.append("| Extraction, \(options.jobs) threads (same articles) | \(fixed(Double(totalBytes) / 1e6 / parallel, 2)) MB/s in all · \(grouped(Double(articles.count) / parallel)) articles/s · \(fixed(single / parallel, 2))× one thread |")
    summary.append(("mb_per_s_all_cores", fixed(Double(totalBytes) / 1e6 / parallel, 3)))
}

/// The relgraph binary: beside this benchmark in the build folder, unless given.
let relgraph = options.relgraph ?? URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent().appendingPathComponent("relgraph").path
let temp = FileManager.default.temporaryDirectory.appendingPathComponent("relgraph-bench-extract-\(getpid())")
try FileManager.default.createDirectory(at: temp, withIntermediateDirectories: true)
defer { try? FileManager.default.removeItem(at: temp) }

if options.memory {
    guard FileManager.default.isExecutableFile(atPath: relgraph) else {
        log("no relgraph binary at \(relgraph): build it (swift build -c release) or give --relgraph"); exit(2)
    }
    var peaks: [Int] = []
    for count in [options.articles, options.articles * 4] {
        let path = temp.appendingPathComponent("corpus-\(count).jsonl").path
        _ = FileManager.default.createFile(atPath: path, contents: nil)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        var bytes = 0
        for i in 0..<count {
            let a = corpus.article(i)
            bytes += a.data.count
            let line = try JSONSerialization.data(withJSONObject: ["id": a.name, "text": String(decoding: a.data, as: UTF8.self)])
            try handle.write(contentsOf: line + Data("\n".utf8))
        }
        try handle.close()
        for jobs in [1, options.jobs] where jobs == 1 || options.jobs > 1 {
            log("relgraph extract --jsonl --jobs \(jobs) over \(count) articles…")
            let r = ChildRun.run(relgraph, ["extract", "--jsonl", "--jobs", String(jobs)], stdin: path)
            guard r.status == 0 else { log("relgraph failed (\(r.status)): \(r.stderr.prefix(2000))"); exit(1) }
            if jobs == 1 { peaks.append(r.peakKiB) }
            table.append("| `relgraph extract --jsonl --jobs \(jobs)`, \(grouped(Double(count))) articles (\(fixed(Double(bytes) / 1e6)) MB) | \(fixed(r.seconds, 1)) s · \(grouped(Double(count) / r.seconds)) articles/s · peak RSS **\(grouped(Double(r.peakKiB) / 1024)) MiB** |")
            summary.append(("jsonl_\(count)_jobs\(jobs)_s", fixed(r.seconds, 2)))
            summary.append(("jsonl_\(count)_jobs\(jobs)_peak_kib", String(r.peakKiB)))
        }
        unlink(path)
    }
    table.append("| Peak memory at 4N / at N articles (1 job) | **\(fixed(Double(peaks[1]) / Double(peaks[0]), 2))×** (flat is 1.0) |")
    summary.append(("memory_ratio_4n_n", fixed(Double(peaks[1]) / Double(peaks[0]), 3)))
}

if options.big {
    guard FileManager.default.isExecutableFile(atPath: relgraph) else { log("no relgraph binary at \(relgraph)"); exit(2) }
    let path = temp.appendingPathComponent("big.de.txt").path
    _ = FileManager.default.createFile(atPath: path, contents: nil)
    let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
    // Only the sentences of each article (no web clutter, no "related articles" line after which the
    // filter would drop the rest of the page as clutter), so that all of the big article is content.
    var bytes = 0, i = 0, scalars = 0
    while bytes < options.bigMB << 20 {
        let a = corpus.article(i)
        i += 1
        guard !a.name.hasSuffix(".html") else { continue }
        let doc = extractor.analyze(text: a.text)
        let chars = Array(a.text.unicodeScalars)
        let content = doc.sentences.map { String(String.UnicodeScalarView(chars[$0.range.start..<$0.range.end])) }.joined(separator: "\n") + "\n\n"
        let piece = Data(content.utf8)
        try handle.write(contentsOf: piece)
        bytes += piece.count
        scalars += content.unicodeScalars.count
    }
    try handle.close()
    log("relgraph extract on one article of \(fixed(Double(bytes) / 1048576)) MiB…")
    let outPath = temp.appendingPathComponent("big.json").path
    let r = ChildRun.run(relgraph, ["extract", path], stdout: outPath, timeout: options.bigTimeout)
    if r.status == 137 {
        table.append("| `relgraph extract` on one \(fixed(Double(bytes) / 1048576)) MiB article (sentences of the corpus, all content) | **did not finish in \(fixed(options.bigTimeout, 0)) s** (stopped; peak RSS \(grouped(Double(r.peakKiB) / 1024)) MiB by then) |")
        summary += [("big_mib", fixed(Double(bytes) / 1048576)), ("big_s", "timeout>\(fixed(options.bigTimeout, 0))"), ("big_peak_kib", String(r.peakKiB))]
        print("| Extraction | Result |")
        print("|---|---|")
        for row in table { print(row) }
        if let path = options.summary { try Data(summary.map { "\($0.0) \($0.1)\n" }.joined().utf8).write(to: URL(fileURLWithPath: path)) }
        exit(0)
    }
    guard r.status == 0 else { log("relgraph failed (\(r.status)): \(r.stderr.prefix(2000))"); exit(1) }
    // How far into the article the evidence reaches: the whole article was read, not a prefix.
    var reach = 0, nodes = 0, edgeCount = 0
    if let data = FileManager.default.contents(atPath: outPath),
       let graph = try? JSONSerialization.jsonObject(with: data) as? [String: Any] {
        nodes = (graph["nodes"] as? [Any])?.count ?? 0
        let edges = (graph["edges"] as? [[String: Any]]) ?? []
        edgeCount = edges.count
        reach = edges.flatMap { ($0["evidence"] as? [[String: Any]]) ?? [] }.compactMap { $0["end"] as? Int }.max() ?? 0
    }
    table.append("| `relgraph extract` on one \(fixed(Double(bytes) / 1048576)) MiB article (sentences of the corpus, all content) | \(fixed(r.seconds, 1)) s · \(fixed(Double(bytes) / 1e6 / r.seconds, 2)) MB/s · peak RSS **\(grouped(Double(r.peakKiB) / 1024)) MiB** · \(nodes) nodes, \(edgeCount) edges, evidence up to \(fixed(100 * Double(reach) / Double(max(scalars, 1)), 0)) % of the text |")
    summary.append(("big_reach_percent", fixed(100 * Double(reach) / Double(max(scalars, 1)), 1)))
    summary += [("big_mib", fixed(Double(bytes) / 1048576)), ("big_s", fixed(r.seconds, 2)), ("big_peak_kib", String(r.peakKiB))]
}

table.append("| Lexicon load (once per process) | \(fixed(lexiconSeconds * 1000, 0)) ms |")
print("| Extraction | Result |")
print("|---|---|")
for row in table { print(row) }
if let path = options.summary {
    try Data(summary.map { "\($0.0) \($0.1)\n" }.joined().utf8).write(to: URL(fileURLWithPath: path))
}
