import ArgumentParser
import Foundation
import SalinCore
import SalinLanguageServer
import SalinLint

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

  @Option(help: "Every document's language (overrides what they declare), as for salin lint.")
  var lang: Language?

  @OptionGroup var catalogs: CatalogOptions

  @Option(help: "A language model file (default: the built-in model).")
  var model: String?

  @Option(
    name: .customLong("termbase"),
    help: "A termbase (TBX or YAML) for the term rules SL020–SL022 (repeatable), as for salin lint."
  )
  var termbases: [String] = []

  @Option(help: "Milliseconds to wait after a change before linting.")
  var debounce: Int = 150

  func validate() throws {
    if debounce < 0 { throw ValidationError("--debounce must be 0 or more") }
  }

  func run() throws {
    let linters = LinterFactory(
      model: model.map { .file(URL(fileURLWithPath: $0)) } ?? .builtIn,
      catalogDirectories: catalogs.urls,
      termbaseFiles: termbases.map { URL(fileURLWithPath: $0) })
    StdioServer.run(
      linting: LintService(linters: linters, language: lang),
      version: SalinCommand.configuration.version, debounce: .milliseconds(debounce))
  }
}
