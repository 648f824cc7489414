import Foundation
import RelGraphExtraction

/// A fixture file of short cases, one a line: `lang | text | spec`; blank lines and `#` comments skipped.
struct CaseFile {
    struct Line {
        var number: Int
        var language: Language
        var text: String
        var spec: String
    }

    /// The cases of Fixtures/`path`.
    static func lines(_ path: String) -> [Line] {
        let url = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!.appendingPathComponent(path)
        let text = try! String(contentsOf: url, encoding: .utf8)
        var out: [Line] = []
        for (n, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            let parts = line.components(separatedBy: " | ")
            precondition(parts.count == 3, "\(path):\(n + 1): expected `lang | text | spec`")
            out.append(Line(number: n + 1, language: Language(rawValue: parts[0])!, text: parts[1], spec: parts[2].trimmingCharacters(in: .whitespaces)))
        }
        return out
    }
}
