import ArgumentParser

/// `salin detect` (not built yet: placeholder until its issue lands).
struct DetectCommand: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "detect", shouldDisplay: false)
  func run() throws {
    throw ValidationError("'salin detect' is not available yet")
  }
}
