import ArgumentParser
import Foundation

extension SalinCommand {
  /// Runs the command line with Salin's documented exit codes.
  ///
  /// ArgumentParser exits with 64 (`EX_USAGE`) on a usage error; Salin promises 2 for usage, input
  /// or I/O errors (0 success or clean, 1 findings), as linters' CI users expect. Everything else —
  /// help, version, `ExitCode` thrown by a subcommand — goes through ArgumentParser unchanged.
  static func main() async {
    do {
      var command = try parseAsRoot(
        MessageCommand.gatheringArguments(Array(CommandLine.arguments.dropFirst())))
      if var asyncCommand = command as? any AsyncParsableCommand {
        try await asyncCommand.run()
      } else {
        try command.run()
      }
    } catch {
      if exitCode(for: error) == .validationFailure {
        FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
        Foundation.exit(2)
      }
      exit(withError: error)
    }
  }
}
