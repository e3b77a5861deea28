import ArgumentParser

/// `salin`: render localized briefings and lint documents for language mixing.
@main
struct SalinCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "salin",
    abstract: "Render localized briefings and lint documents for language mixing.",
    discussion: """
      Exit codes: 0 success or a clean lint, 1 findings, 2 usage, input or I/O error.
      """,
    version: "0.1.0",
    subcommands: [
      RenderCommand.self, LintCommand.self, ImportCommand.self, MessageCommand.self,
      CatalogCommand.self, ExtractCommand.self, MergeCommand.self, DetectCommand.self,
      TrainCommand.self, TermsCommand.self,
      LSPCommand.self, PreviewCommand.self,
    ])
}
