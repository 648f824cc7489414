/// One stage of the extraction pipeline: it reads what earlier stages added to the document and adds its own.
public protocol PipelineStage: Sendable {
    func process(_ document: inout Document)
}
