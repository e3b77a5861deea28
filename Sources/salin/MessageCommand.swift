import ArgumentParser

/// `salin message` (not built yet: placeholder until its issue lands).
struct MessageCommand: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "message", shouldDisplay: false)
  func run() throws {
    throw ValidationError("'salin message' is not available yet")
  }
}
