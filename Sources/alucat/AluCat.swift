import ArgumentParser
import Foundation

@main
struct AluCat: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "alucat",
        abstract: "The Québec aluminium cluster's supplier catalogue and export toolkit.",
        discussion: """
            The catalogue lives in plain XML files under catalog/ (suppliers, missions,
            taxonomy, schemas). Every command reads it through one validation pipeline.

            Exit codes: 0 success, 1 invalid input (diagnostics printed), 2 usage error, 3
            or more: internal failure.
            """,
        version: "0.1.0",
        subcommands: [
            ValidateCommand.self, FindCommand.self, MatchCommand.self, CoverageCommand.self,
            ExportCommand.self, PacketCommand.self,
            TemplateCommand.self, ImportCommand.self, SubmitCommand.self, ServeCommand.self,
        ]
    )
}

extension AluCat {
    /// Runs the command, mapping ArgumentParser's usage-error status (64) to ours (2).
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            if exitCode(for: error) == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}
