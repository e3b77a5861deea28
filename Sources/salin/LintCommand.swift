import ArgumentParser

/// `salin lint` (not built yet: placeholder until its issue lands).
struct LintCommand: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "lint", shouldDisplay: false)
  func run() throws {
    throw ValidationError("'salin lint' is not available yet")
  }
}
