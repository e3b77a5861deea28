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

  @OptionGroup var linter: LinterOptions

  @Option(help: "Milliseconds to wait after a change before linting.")
  var debounce: Int = 150

  func validate() throws {
    if debounce < 0 { throw ValidationError("--debounce must be 0 or more") }
  }

  func run() throws {
    let linters = linter.factory(catalogs: catalogs)
    StdioServer.run(
      linting: LintService(linters: linters, language: lang),
      version: SalinCommand.configuration.version, debounce: .milliseconds(debounce))
  }
}
