import Testing
@testable import RelGraphExtraction

struct MentionsBySentenceTests {
    func mention(_ sentence: Int) -> Mention {
        Mention(actor: "state:x", range: TextRange(0, 1), tokens: 0..<1, sentence: sentence, form: .name, surface: "X")
    }

    @Test func listsTheMentionsOfEachSentenceInOrder() {
        let ms = [mention(2), mention(0), mention(2), mention(-1), mention(5), mention(0), mention(2)]
        let by = MentionsBySentence(ms)
        #expect(by[0] == [1, 5])
        #expect(by[2] == [0, 2, 6])
        #expect(by[5] == [4])
        // a sentence without mentions, one past the last, and a negative index: nil
        #expect(by[1] == nil)
        #expect(by[3] == nil)
        #expect(by[6] == nil)
        #expect(by[-1] == nil)
        #expect(MentionsBySentence([])[0] == nil)
    }
}
