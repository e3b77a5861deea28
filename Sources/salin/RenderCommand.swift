import ArgumentParser

/// `salin render` (not built yet: placeholder until its issue lands).
struct RenderCommand: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "render", shouldDisplay: false)
  func run() throws {
    throw ValidationError("'salin render' is not available yet")
  }
}
