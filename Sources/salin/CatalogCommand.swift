import ArgumentParser

/// `salin catalog` (not built yet: placeholder until its issue lands).
struct CatalogCommand: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "catalog", shouldDisplay: false)
  func run() throws {
    throw ValidationError("'salin catalog' is not available yet")
  }
}
