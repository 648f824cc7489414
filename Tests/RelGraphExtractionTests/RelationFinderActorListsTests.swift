@testable import RelGraphExtraction
import Testing

/// `RelationFinder.uniqueSorted` gives what `Array(Set(ids)).sorted()` gives, equal-but-differently-encoded
/// ids included (the first one kept, as a Set keeps it).
struct RelationFinderActorListsTests {
    @Test func uniqueSortedIsSetThenSorted() {
        let lists: [[String]] = [
            [], ["state:ru"], ["state:ru", "state:ru"], ["state:us", "state:ru", "state:us", "org:nato"],
            ["person:b", "person:a", "person:c", "person:a", "person:b"], ["x", "", "x", ""],
            ["person:m\u{FC}ller", "person:mu\u{308}ller", "state:de"],
        ]
        for list in lists {
            let expected = Array(Set(list)).sorted()
            let got = RelationFinder.uniqueSorted(list)
            #expect(got == expected, "\(list)")
            #expect(got.count == expected.count, "\(list)")
        }
        #expect(RelationFinder.uniqueSorted(["b", "a", "b"]) == ["a", "b"])
        // of two equal ids the first is kept, byte for byte
        let kept = RelationFinder.uniqueSorted(["person:mu\u{308}ller", "person:m\u{FC}ller"])
        #expect(kept.count == 1 && Array(kept[0].utf8) == Array("person:mu\u{308}ller".utf8))
    }

    @Test func asciiLowercasedContainsIsTheFoundationSearch() {
        for (text, needle) in [("Civil War", "civil war"), ("civil-war", "civil war"), ("CIVIL WARS", "civil war"), ("war", "civil war"),
                               ("", "x"), ("a civil war b", "civil war"), ("civil wa", "civil war")] {
            #expect(RelationFinder.asciiLowercasedContains(text, needle) == text.lowercased().contains(needle), "\(text) \(needle)")
        }
        #expect(RelationFinder.asciiLowercasedContains("The Civil War", "civil war"))
        #expect(!RelationFinder.asciiLowercasedContains("civil-war", "civil war"))
    }
}

/// `RelationFinder.lastIDPart` is the last non-empty part `split(separator: ":")` gives, else the id.
struct RelationFinderIDPartTests {
    @Test func lastPartIsTheSplitsLast() {
        for id in ["state:ru", "state:", ":", "::", "", "ru", "a::b", "agreement:?defense-pact", "state:ru:", ":ru", "x:\u{301}y", "a:b:c"] {
            let expected = id.split(separator: ":").last.map(String.init) ?? id
            #expect(RelationFinder.lastIDPart(id) == expected, "\(id)")
        }
        #expect(RelationFinder.lastIDPart("state:prk") == "prk")
        #expect(RelationFinder.lastIDPart("state:") == "state")
    }
}
