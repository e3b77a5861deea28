import ArgumentParser

/// `salin train` (not built yet: placeholder until its issue lands).
struct TrainCommand: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "train", shouldDisplay: false)
  func run() throws {
    throw ValidationError("'salin train' is not available yet")
  }
}
