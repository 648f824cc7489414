import ArgumentParser
import Foundation

extension RelGraphCommand {
    /// Runs the command line as ArgumentParser's own `main` does, with one difference: a usage error
    /// of `relgraph diff` (unknown option, missing argument, bad value) exits with status 2, not 64,
    /// because diff's status follows diff(1): 0 no differences, 1 differences, 2 trouble.
    static func main() async {
        let arguments = Array(CommandLine.arguments.dropFirst())
        do {
            var command = try await asyncParseAsRoot(arguments)
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            var code = exitCode(for: error)
            if DiffCommand.isInvoked(by: arguments), code == .validationFailure { code = DiffCommand.trouble }
            let message = fullMessage(for: error)
            if code == .success {
                if !message.isEmpty { print(message) }
            } else if !message.isEmpty {
                FileHandle.standardError.write(Data((prefixed(message) + "\n").utf8))
            }
            Foundation.exit(code.rawValue)
        }
    }

    /// Every error reads `relgraph: <message>`: ArgumentParser's "Error: " becomes "relgraph: ".
    static func prefixed(_ message: String) -> String {
        if message.hasPrefix("Error: ") { return "relgraph: " + message.dropFirst("Error: ".count) }
        if message.hasPrefix("relgraph: ") { return message }
        return "relgraph: " + message
    }
}
