import ArgumentParser
import SalinLanguageServer

/// `salin lsp`: the language server, over standard input and output.
struct LSPCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "lsp",
    abstract: "Run the language server (LSP 3.17 over standard input and output).",
    discussion: """
      Editors start it and talk to it; it publishes salin lint's findings for Markdown, plain \
      text, catalogs, PO and briefing files as you type, offers fixes as code actions and shows \
      a span's language on hover. See docs/editors.md.
      """)

  @Option(help: "Extra catalog folders (repeatable), as for salin lint.")
  var locales: [String] = []

  @Option(help: "A language model file (default: the built-in model).")
  var model: String?

  @Option(help: "Milliseconds to wait after a change before linting.")
  var debounce: Int = 150

  func validate() throws {
    if debounce < 0 { throw ValidationError("--debounce must be 0 or more") }
  }

  func run() throws {
    let services = LintServices(model: model, locales: locales)
    StdioServer.run(
      linting: LintService(makeLinter: { try services.linter(for: $0) }),
      version: SalinCommand.configuration.version, debounce: .milliseconds(debounce))
  }
}
