import Foundation
import RelGraph
@testable import RelGraphRender
import Testing

/// The DOT of the small fixture, compared byte for byte with the committed snapshot.
/// Re-record on purpose only: `RELGRAPH_RECORD=1 swift test --filter DOTSnapshotTests`.
@Suite("DOT snapshots")
struct DOTSnapshotTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")

    func check(_ name: String, _ text: String) throws {
        let url = Self.folder.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["RELGRAPH_RECORD"] == "1" {
            try Data(text.utf8).write(to: url, options: .atomic)
            Issue.record("recorded \(url.path); run again without RELGRAPH_RECORD to compare")
            return
        }
        guard let stored = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record("no snapshot \(url.path): record it with RELGRAPH_RECORD=1")
            return
        }
        if stored != text {
            let a = stored.split(separator: "\n", omittingEmptySubsequences: false)
            let b = text.split(separator: "\n", omittingEmptySubsequences: false)
            let line = (0..<min(a.count, b.count)).first { a[$0] != b[$0] } ?? min(a.count, b.count)
            Issue.record("""
                \(name) differs from the snapshot at line \(line + 1):
                - \(line < a.count ? String(a[line]) : "<end>")
                + \(line < b.count ? String(b[line]) : "<end>")
                """)
        }
    }

    @Test("Small fixture, dot layout")
    func small() throws {
        try check("small.dot", DOTWriter().write(Fixtures.small))
    }

    @Test("Small fixture as a diff graph")
    func smallDiff() throws {
        let g = Fixtures.small
        let marks = GraphMarks(nodes: ["state:aaa": .added, "state:bbb": .changed, "state:ccc": .unchanged],
                               edges: [g.edges[0].key: .added, g.edges[1].key: .removed, g.edges[2].key: .unchanged],
                               legend: ["added: only in b.txt", "removed: only in a.txt"])
        try check("small-diff.dot", DOTWriter().write(g, marks: marks))
    }

    @Test("Small fixture, neato layout (no legend)")
    func smallNeato() throws {
        try check("small-neato.dot", DOTWriter(options: RenderOptions(layout: .neato)).write(Fixtures.small))
    }
}
