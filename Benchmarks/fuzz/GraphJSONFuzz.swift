import Foundation
import RelGraph

/// Fuzz target: the validating `relgraph-1` reader, Graph(json:file:), on any bytes. It may refuse
/// the input with an error; a graph it accepts must write canonical JSON that reads back to the same bytes.
@_cdecl("LLVMFuzzerTestOneInput")
public func graphJSONFuzz(_ bytes: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let data = Data(bytes: bytes, count: size)
    guard let graph = try? Graph(json: data, file: "fuzz.json") else { return 0 }
    let json = graph.jsonString()
    do {
        let again = try Graph(json: Data(json.utf8), file: "fuzz.json")
        precondition(again.jsonString() == json, "canonical JSON does not read back to the same bytes")
        let line = try Graph(json: Data(graph.jsonLine().utf8), file: "fuzz.jsonl")
        precondition(line.jsonString() == json, "the JSON line does not read back to the same graph")
    } catch {
        preconditionFailure("canonical JSON of an accepted graph is refused: \(error)")
    }
    return 0
}
