import RelGraph
import Testing
@testable import RelGraphExtraction

struct CueKindsTests {
    /// Every (type, class) pair as a one-entry list.
    static let allPairs: [CueEntry] = EdgeType.allCases.flatMap { t in
        CueClass.allCases.map { c in CueEntry(type: t, cueClass: c, particle: nil, form: "\(t.rawValue)/\(c.rawValue)") }
    }

    @Test func eachPairHasABitOfItsOwn() {
        #expect(CueKinds.bitCount == EdgeType.allCases.count * CueClass.allCases.count)
        #expect(CueKinds.bitCount <= 128)
        for a in Self.allPairs {
            for b in Self.allPairs {
                let same = a.type == b.type && a.cueClass == b.cueClass
                #expect(CueKinds([a]).intersects(CueKinds([b])) == same, "\(a.form) \(b.form)")
            }
        }
    }

    @Test func aQueryAnswersAsTheEntriesDo() {
        let queries: [(types: [EdgeType], classes: [CueClass])] = [
            (EdgeType.allCases, [.verb, .verbRecv]),
            (EdgeType.allCases, [.noun, .agent, .theme]),
            ([.request], [.noun, .verb]),
            ([.alliance], [.noun]),
            (Array(RelationFinder.participleTypes), [.verb]),
            ([.support, .militarySupport, .armsSupply, .alliance], CueClass.allCases),
        ]
        // lists of zero to three entries, drawn across the pairs
        var lists: [[CueEntry]] = [[]]
        for (k, e) in Self.allPairs.enumerated() {
            lists.append([e])
            lists.append([e, Self.allPairs[(k * 7 + 3) % Self.allPairs.count]])
            lists.append([e, Self.allPairs[(k * 5 + 11) % Self.allPairs.count], Self.allPairs[(k * 13 + 1) % Self.allPairs.count]])
        }
        for q in queries {
            let kinds = CueKinds(types: q.types, classes: q.classes)
            for list in lists {
                let expected = list.contains { q.types.contains($0.type) && q.classes.contains($0.cueClass) }
                #expect(CueKinds(list).intersects(kinds) == expected)
            }
        }
        #expect(CueKinds([]).isEmpty)
        #expect(!CueKinds([]).intersects(CueKinds()))
    }

    @Test func finderQueriesAreTheListsTheyName() {
        #expect(RelationFinder.verbKinds == CueKinds(classes: [.verb, .verbRecv]))
        #expect(RelationFinder.participleVerbKinds == CueKinds(types: Array(RelationFinder.participleTypes), classes: [.verb]))
        let attack = CueEntry(type: .conflict, cueClass: .verb, particle: nil, form: "attack*")
        let aid = CueEntry(type: .support, cueClass: .noun, particle: nil, form: "aid")
        #expect(CueKinds([attack]).intersects(RelationFinder.participleVerbKinds))
        #expect(!CueKinds([aid]).intersects(RelationFinder.participleVerbKinds))
        #expect(CueKinds([aid]).intersects(RelationFinder.aidOrAllianceKinds))
        #expect(!CueKinds([attack]).intersects(RelationFinder.aidOrAllianceKinds))
    }
}
