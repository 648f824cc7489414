import Testing
@testable import RelGraphExtraction

/// `InternalWarForms` works an answer out once per form and keeps it, up to its capacity.
struct InternalWarFormsTests {
    @Test func answersAreWorkedOutOnceAndKept() {
        let forms = InternalWarForms()
        var asked: [String] = []
        let compute: (String) -> Bool = { asked.append($0); return $0.contains("krieg") }
        #expect(forms.answer("bürgerkrieg", compute))
        #expect(!forms.answer("angriff", compute))
        #expect(forms.answer("bürgerkrieg", compute))
        #expect(!forms.answer("angriff", compute))
        #expect(asked == ["bürgerkrieg", "angriff"])
        #expect(forms.count == 2)
        // a kept answer is given back as kept, whatever the test says now
        #expect(forms.answer("bürgerkrieg") { _ in false })
    }

    @Test func noFormIsKeptBeyondTheCapacity() {
        let forms = InternalWarForms(capacity: 2)
        var calls = 0
        let compute: (String) -> Bool = { calls += 1; return $0 == "civil war" }
        for form in ["a", "b", "civil war", "civil war", "a"] { _ = forms.answer(form, compute) }
        #expect(forms.count == 2)
        // "civil war" came after the table was full: worked out each time, and still right
        #expect(calls == 4)
        #expect(forms.answer("civil war", compute))
        #expect(calls == 5)
    }

    @Test func theWorkedOutAnswerIsTheFoundationTest() {
        for form in ["Civil War", "civil-war", "Bürgerkrieg", "BÜRGERKRIEG", "Krieg", "civil war*", "Sudans Bürgerkriegs"] {
            let expected = RelationFinder.internalWarNouns.contains { form.lowercased().contains($0) }
            #expect(RelationFinder.Finder.namesInternalWar(form) == expected, "\(form)")
        }
    }
}
