// relgraph-bench: renders graphs of the seed article's size to SVG in-process (libgvc) and, side by side
// in the same run, with one `dot -Tsvg` process per graph on the same DOT; reports the speed ratio and
// peak memory. Not part of the test suite: `swift run -c release relgraph-bench [--count N] [--dot PATH]`.
import Foundation
import RelGraph
import RelGraphRender

struct Options {
    var count = 1000
    var dotPath = "/usr/bin/dot"
    /// Only the memory check: render the graphs this many times over in-process, printing VmRSS.
    var memoryRounds = 0
}

func parseOptions() -> Options {
    var o = Options()
    var args = CommandLine.arguments.dropFirst()
    while let a = args.popFirst() {
        switch a {
        case "--count": o.count = args.popFirst().flatMap(Int.init) ?? o.count
        case "--dot": o.dotPath = args.popFirst() ?? o.dotPath
        case "--memory-rounds": o.memoryRounds = args.popFirst().flatMap(Int.init) ?? 5
        default:
            FileHandle.standardError.write(Data("usage: relgraph-bench [--count N] [--dot PATH] [--memory-rounds R]\n".utf8))
            exit(2)
        }
    }
    return o
}

/// A graph like the seed article's: 12 actors (5 states, 4 people, an agreement, a group, an organization)
/// and 22 edges of varied types and modalities, with evidence sentences; varied by `index`.
func benchGraph(_ index: Int) -> Graph {
    var state = UInt64(index) &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
    func random(_ n: Int) -> Int {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return Int((state >> 33) % UInt64(n))
    }
    let states = ["Russia", "North Korea", "Ukraine", "South Korea", "China", "Belarus", "Poland", "Japan"]
    let people = ["Vladimir Putin", "Kim Jong Un", "Volodymyr Zelensky", "Dmitry Peskov", "Kim Yong-hyun", "Sergei Lavrov"]
    var nodes: [Node] = []
    for name in states.shuffled(random).prefix(5) {
        nodes.append(Node(id: "state:" + name.lowercased().replacingOccurrences(of: " ", with: "-"), kind: .state, label: name, names: [name], mentions: 1 + random(9)))
    }
    for name in people.shuffled(random).prefix(4) {
        nodes.append(Node(id: "person:" + name.lowercased().replacingOccurrences(of: " ", with: "-"), kind: .person, label: name, names: [name], mentions: 1 + random(3)))
    }
    nodes.append(Node(id: "agreement:pact-\(index)", kind: .agreement, label: "Mutual defense pact \(index)", mentions: 2))
    nodes.append(Node(id: "group:west", kind: .group, label: "Western nations", mentions: 1))
    nodes.append(Node(id: "org:nato", kind: .organization, label: "NATO", mentions: 1))
    var edges: [EdgeKey: Edge] = [:]
    while edges.count < 22 {
        let a = nodes[random(nodes.count)].id, b = nodes[random(nodes.count)].id
        if a == b { continue }
        let type = EdgeType.allCases[random(EdgeType.allCases.count)]
        let n = edges.count
        let edge = Edge(type: type, source: a, target: b,
                        evidence: [Evidence(sentence: n, start: n * 100, end: n * 100 + 90,
                                            text: "Sentence \(n) of article \(index) says that \(a) and \(b) are linked by \(type.rawValue).")],
                        attributedTo: random(3) == 0 ? [nodes[random(nodes.count)].id] : [],
                        role: type == .represents ? "Sprecher" : nil,
                        modality: Modality.allCases[random(4)], rule: "bench")
        edges[edge.key] = edge
    }
    return Graph(source: SourceInfo(path: "article-\(index).de.txt", language: "de", title: "Benchmark article \(index)"),
                 nodes: nodes, edges: Array(edges.values))
}

extension Array {
    func shuffled(_ random: (Int) -> Int) -> [Element] {
        var a = self
        for i in stride(from: a.count - 1, to: 0, by: -1) { a.swapAt(i, random(i + 1)) }
        return a
    }
}

/// A line of /proc/self/status in kB (VmHWM: peak resident set, VmRSS: current).
func procStatus(_ key: String) -> Int {
    guard let text = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return -1 }
    for line in text.split(separator: "\n") where line.hasPrefix(key + ":") {
        return Int(line.split(separator: " ").dropFirst().first ?? "") ?? -1
    }
    return -1
}

/// The peak resident memory (kB) of one `dot -Tsvg` process drawing `dot`. Read from its /proc status once
/// it has written the SVG and waits for more input, so that it is dot's own (getrusage's children figure
/// would include this process's memory from before the exec).
func dotPeakKB(_ path: String, _ dot: Data) throws -> Int {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: path)
    process.arguments = ["-Tsvg"]
    let input = Pipe(), output = Pipe()
    process.standardInput = input
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    try process.run()
    input.fileHandleForWriting.write(dot)
    var svg = Data()
    while !(String(decoding: svg.suffix(16), as: UTF8.self).contains("</svg>")) {
        let chunk = output.fileHandleForReading.availableData
        if chunk.isEmpty { break }
        svg.append(chunk)
    }
    var peak = -1
    if let text = try? String(contentsOfFile: "/proc/\(process.processIdentifier)/status", encoding: .utf8) {
        for line in text.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            peak = Int(line.split(separator: " ").dropFirst().first ?? "") ?? -1
        }
    }
    try input.fileHandleForWriting.close()
    _ = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return peak
}

func runDot(_ path: String, _ dot: Data) throws -> Data {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: path)
    process.arguments = ["-Tsvg"]
    let input = Pipe(), output = Pipe()
    process.standardInput = input
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    try process.run()
    input.fileHandleForWriting.write(dot)
    try input.fileHandleForWriting.close()
    let svg = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else { throw NSError(domain: "dot", code: Int(process.terminationStatus)) }
    return svg
}

func seconds(_ d: Duration) -> Double {
    Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
}

let options = parseOptions()
let renderer = Renderer(options: RenderOptions(format: .svg))
let graphs = (0..<options.count).map(benchGraph)
let writeStart = ContinuousClock.now
let dots = try graphs.map { try renderer.dot($0) }
let writeTime = ContinuousClock.now - writeStart
let sizes = graphs.map { ($0.nodes.count, $0.edges.count) }
print("relgraph-bench: \(options.count) graphs of \(sizes[0].0) nodes and \(sizes[0].1) edges, SVG, dot layout")
print("Graphviz \(try GraphvizRenderer.version()), external: \(options.dotPath)")

if options.memoryRounds > 0 {
    // Does resident memory keep growing with the number of renders (a leak) or level off (allocator caches)?
    print("memory check: \(options.memoryRounds) rounds of \(options.count) in-process renders; VmRSS after each:")
    for round in 1...options.memoryRounds {
        for g in graphs { _ = try renderer.render(g) }
        print("  round \(round): \(procStatus("VmRSS")) kB")
    }
    exit(0)
}

// Warm up both (plugin loading, font caches) before timing.
_ = try renderer.render(graphs[0])
_ = try runDot(options.dotPath, Data(dots[0].utf8))
let rssBefore = procStatus("VmRSS")

let clock = ContinuousClock()
var inProcess = Duration.zero, inProcessLayoutOnly = Duration.zero, external = Duration.zero
var inBytes = 0, extBytes = 0
for i in 0..<options.count {
    // Side by side: the same graph in-process (from the graph, DOT writing included), in-process from the DOT, then by `dot`.
    let a = clock.now
    let svg = try renderer.render(graphs[i]).data
    let b = clock.now
    _ = try GraphvizRenderer.render(dot: dots[i], layout: .dot, format: .svg)
    let c = clock.now
    let ext = try runDot(options.dotPath, Data(dots[i].utf8))
    let d = clock.now
    inProcess += b - a
    inProcessLayoutOnly += c - b
    external += d - c
    inBytes += svg.count
    extBytes += ext.count
    guard svg.starts(with: Data("<?xml".utf8)), ext.starts(with: Data("<?xml".utf8)) else {
        print("graph \(i): an output is not SVG")
        exit(1)
    }
}
let rssAfter = procStatus("VmRSS")

let n = Double(options.count)
func ms(_ d: Duration) -> String { String(format: "%8.2f ms", seconds(d) * 1000 / n) }
print("")
print("per graph                               mean        total")
print("in-process (Graph -> SVG)          \(ms(inProcess))   \(String(format: "%7.2f s", seconds(inProcess)))")
print("in-process (DOT -> SVG)            \(ms(inProcessLayoutOnly))   \(String(format: "%7.2f s", seconds(inProcessLayoutOnly)))")
print("DOT writing alone (Graph -> DOT)    \(ms(writeTime))   \(String(format: "%7.2f s", seconds(writeTime)))")
print("dot -Tsvg process (DOT -> SVG)     \(ms(external))   \(String(format: "%7.2f s", seconds(external)))")
print("")
let ratio = seconds(external) / seconds(inProcess)
print(String(format: "ratio: in-process is %.1f× faster than one dot process per graph (goal ≥ 10×: %@)",
             ratio, ratio >= 10 ? "met" : "NOT met"))
print(String(format: "ratio (DOT -> SVG only): %.1f×", seconds(external) / seconds(inProcessLayoutOnly)))
print("output: \(inBytes / options.count) bytes of SVG per graph in-process, \(extBytes / options.count) by dot")

// Memory: the in-process renderer alone, another pass over all graphs; does resident memory grow?
let rssBeforeAlone = procStatus("VmRSS")
for g in graphs { _ = try renderer.render(g) }
let rssAfterAlone = procStatus("VmRSS")
let dotPeak = try (0..<min(10, options.count)).map { try dotPeakKB(options.dotPath, Data(dots[$0].utf8)) }.max() ?? -1
print("peak memory: relgraph-bench VmHWM \(procStatus("VmHWM") / 1024) MiB for the whole run (\(options.count) graphs, their DOT and SVG held in memory)")
print("  VmRSS \(rssBefore / 1024) -> \(rssAfter / 1024) MiB over the side-by-side loop; \(rssBeforeAlone / 1024) -> \(rssAfterAlone / 1024) MiB over \(options.count) more in-process renders")
print("  one dot -Tsvg process: VmHWM \(dotPeak / 1024) MiB (largest of 10)")
