import ArgumentParser

@main
struct RelGraphCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "relgraph",
        abstract: "Turn news articles into relation graphs, draw them, diff and merge them.",
        subcommands: [ExtractCommand.self, ExplainCommand.self, RenderCommand.self, DiffCommand.self, MergeCommand.self]
    )
}
