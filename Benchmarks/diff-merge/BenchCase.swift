import Foundation
import RelGraph

/// The benchmark's cases, each run at a size and at four times that size, in a child process of its own
/// so that peak memory is the case's own.
enum BenchCase: String, CaseIterable {
    /// Articles drawing 20 edges each from 3,000 edges: the result's nodes and edges stop growing,
    /// its evidence (one sentence per article edge) grows with the input.
    case merge
    /// The same articles without evidence (gold-like): the result's nodes and edges have a fixed
    /// number, only their `sources` lists grow.
    case mergeNoEvidence = "merge-no-evidence"
    /// Articles drawing from a universe twice their number: the result grows with the input.
    case mergeGrowing = "merge-growing"
    /// As `merge`, each article first parsed from its JSON (what `relgraph merge` does per file).
    case mergeJSON = "merge-json"
    /// Two graphs of N edges, 5% removed, 5% added, 10% changed, in canonical order (as read from files).
    case diff
    /// The same with b's edges in random order: the worst case for memory locality.
    case diffShuffled = "diff-shuffled"
    /// As `diff`, plus writing the text and JSON forms.
    case diffOutput = "diff-output"

    var isMerge: Bool { rawValue.hasPrefix("merge") }

    /// The sizes run, each 4× the one before: articles for merges (10,000 the target), edges for
    /// diffs (100,000 the target; 400,000 too, to show the ratio once neither size fits in the caches).
    var sizes: [Int] { isMerge ? [2_500, 10_000] : [25_000, 100_000, 400_000] }

    var description: String {
        switch self {
        case .merge: "merge, shared universe of 3,000 edges, 20 edges + evidence per article"
        case .mergeNoEvidence: "merge, shared universe, no evidence (fixed nodes and edges; only sources grow)"
        case .mergeGrowing: "merge, universe of 2 edges per article (result grows with input)"
        case .mergeJSON: "merge, shared universe, each article parsed from JSON first"
        case .diff: "diff of two graphs (5% added, 5% removed, 10% changed), canonical order as in files"
        case .diffShuffled: "diff, b's edges in random order (worst case for memory locality)"
        case .diffOutput: "diff (canonical order) + text and JSON output"
        }
    }

    /// Runs the case at `size` in this process and measures it.
    func run(size: Int) -> Measurement {
        let base = Measurement.peakRSSKiB()
        let clock = ContinuousClock()
        if isMerge {
            let synth = SyntheticGraphs(universe: self == .mergeGrowing ? size * 2 : 3_000, edgesPerArticle: 20,
                                        evidence: self != .mergeNoEvidence)
            var merger = GraphMerger()
            var elapsed = Duration.zero
            var cpu = 0.0
            var inputEdges = 0
            var inputBytes = 0
            for n in 0..<size {
                let article = synth.article(n)
                inputEdges += article.edges.count
                let data = article.jsonData()
                inputBytes += data.count
                if self == .mergeJSON {
                    let start = clock.now, startCPU = Measurement.threadCPUSeconds()
                    let parsed = try! Graph(json: data, file: "article-\(n).json")
                    merger.add(parsed, as: parsed.source!.path!)
                    elapsed += clock.now - start
                    cpu += Measurement.threadCPUSeconds() - startCPU
                } else {
                    let start = clock.now, startCPU = Measurement.threadCPUSeconds()
                    merger.add(article, as: article.source!.path!)
                    elapsed += clock.now - start
                    cpu += Measurement.threadCPUSeconds() - startCPU
                }
            }
            let start = clock.now, startCPU = Measurement.threadCPUSeconds()
            let merged = merger.graph()
            elapsed += clock.now - start
            cpu += Measurement.threadCPUSeconds() - startCPU
            let peak = Measurement.peakRSSKiB()
            return Measurement(seconds: elapsed.seconds, cpuSeconds: cpu, peakKiB: peak, baseKiB: base, inputItems: inputEdges,
                               resultNodes: merged.nodes.count, resultEdges: merged.edges.count,
                               resultEvidence: merged.edges.reduce(0) { $0 + $1.evidence.count },
                               resultBytes: merged.jsonString().utf8.count, inputBytes: inputBytes)
        } else {
            let (a, b) = SyntheticGraphs.diffPair(edgeCount: size, shuffled: self == .diffShuffled)
            var best = Duration.seconds(1_000)
            var bestCPU = 1_000.0
            var d = GraphDiff(Graph(), Graph())
            var outBytes = 0
            for _ in 0..<3 {
                let start = clock.now, startCPU = Measurement.threadCPUSeconds()
                d = GraphDiff(a, b)
                if self == .diffOutput {
                    outBytes = d.jsonString().utf8.count + d.text().utf8.count
                }
                best = min(best, clock.now - start)
                bestCPU = min(bestCPU, Measurement.threadCPUSeconds() - startCPU)
            }
            let peak = Measurement.peakRSSKiB()
            return Measurement(seconds: best.seconds, cpuSeconds: bestCPU, peakKiB: peak, baseKiB: base, inputItems: a.edges.count + b.edges.count,
                               resultNodes: d.addedNodes.count + d.removedNodes.count + d.changedNodes.count,
                               resultEdges: d.addedEdges.count + d.removedEdges.count + d.changedEdges.count,
                               resultEvidence: 0, resultBytes: outBytes == 0 ? d.jsonString().utf8.count : outBytes,
                               inputBytes: a.jsonString().utf8.count + b.jsonString().utf8.count)
        }
    }
}

extension Duration {
    var seconds: Double {
        let c = components
        return Double(c.seconds) + Double(c.attoseconds) / 1e18
    }
}
