import ArgumentParser

/// `salin import` (not built yet: placeholder until its issue lands).
struct ImportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "import", shouldDisplay: false)
  func run() throws {
    throw ValidationError("'salin import' is not available yet")
  }
}
