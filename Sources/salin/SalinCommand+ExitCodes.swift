import ArgumentParser
import Foundation

extension SalinCommand {
  /// Runs the command line with Salin's documented exit codes.
  ///
  /// ArgumentParser exits with 64 (`EX_USAGE`) on a usage error; Salin promises 2 for usage, input
  /// or I/O errors (0 success or clean, 1 findings), as linters' CI users expect, and writes
  /// problems as `error: …` like every other line on standard error. Help, version and an
  /// `ExitCode` thrown by a subcommand go through ArgumentParser unchanged.
  static func main() async {
    do {
      var command = try parseAsRoot(
        MessageCommand.gatheringArguments(Array(CommandLine.arguments.dropFirst())))
      if var asyncCommand = command as? any AsyncParsableCommand {
        try await asyncCommand.run()
      } else {
        try command.run()
      }
    } catch let code as ExitCode {
      exit(withError: code)
    } catch {
      guard exitCode(for: error) != .success else { exit(withError: error) }
      // A usage error (with the usage after it), or an error no command turned into a line.
      var message = fullMessage(for: error)
      if message.hasPrefix("Error: ") { message = "error: " + message.dropFirst(7) }
      StandardError.line(message.hasPrefix("error: ") ? message : "error: " + message)
      Foundation.exit(2)
    }
  }
}
