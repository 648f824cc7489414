import Foundation
import RelGraph
import RelGraphExtraction
import Testing

/// Without a trace the relation finder passes over sentences and clauses that can state nothing (see
/// `quietSentenceSpeaker` and the clause loop); with a trace it reads every one in full. Both runs must give
/// the same relations, mentions and actors.
struct RelationFinderQuietSentencesTests {
    static let extractor: Extractor = {
        do { return Extractor(lexicon: try LexiconLoader.load()) } catch { fatalError("shipped lexicon: \(error)") }
    }()

    static func articles() -> [String] {
        let root = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!
        var out: [String] = []
        for sub in ["eval", "heldout"] {
            let dir = root.appendingPathComponent(sub)
            for name in (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? [] where name.hasSuffix(".txt") {
                out.append(dir.appendingPathComponent(name).path)
            }
        }
        return out.sorted()
    }

    /// Quotations that run over sentences without actors or cues, a speaker who denies, a negated evidence
    /// noun before a that-clause, and sentences with neither.
    static let texts = [
        "Kremlin spokesman Dmitry Peskov said: \"This is another fake. Nothing of the sort happened. Russia does not attack Poland.\" The weather was fine.",
        "Peskov sagte: „Das ist eine Fälschung. Es gibt nichts dergleichen. Russland greift Polen nicht an.“ Das Wetter war gut.",
        "There is no evidence that Iran supplied drones to Russia, the ministry said. The talks ended on Tuesday.",
        "It rained. Nobody came. Later, in the evening, the lights went out.",
        "Ukraine accused Russia of attacking Kyiv. \"It is a lie,\" the Kremlin said. \"We never did that.\" Moscow rejected the accusations.",
    ]

    @Test func thereAreArticles() {
        #expect(Self.articles().count >= 10)
    }

    @Test(arguments: articles())
    func tracedAndUntracedArticlesAgree(_ path: String) throws {
        let data = try #require(FileManager.default.contents(atPath: path))
        let text = try #require(String(data: data, encoding: .utf8))
        try Self.compare(text)
    }

    @Test(arguments: texts)
    func tracedAndUntracedTextsAgree(_ text: String) throws {
        try Self.compare(text)
    }

    static func compare(_ text: String) throws {
        let plain = extractor.analyze(text: text)
        let traced = extractor.analyze(text: text, trace: true)
        #expect(plain.trace == nil)
        #expect(traced.trace?.isEmpty == false)
        #expect(plain.relations == traced.relations)
        #expect(plain.mentions == traced.mentions)
        #expect(plain.actors == traced.actors)
    }
}
