import ArgumentParser
import Foundation
import SalinLint

/// `--model FILE` and `--termbase FILE…`: what a linter is made from besides the catalogs,
/// declared once for every command that lints (`lint`, `lsp`, `preview`).
struct LinterOptions: ParsableArguments {
  @Option(help: "A language model file (default: the built-in model).")
  var model: String?

  @Option(
    name: .customLong("termbase"),
    help: "A termbase (TBX or YAML) for the term rules SL020–SL022 (repeatable).")
  var termbases: [String] = []

  /// The termbase files, in the order given.
  var termbaseURLs: [URL] { termbases.map { URL(fileURLWithPath: $0) } }

  /// The linter factory these options and the catalogs describe.
  /// - Parameter catalogs: The `--locales` folders.
  /// - Returns: The factory, which loads what it needs when a linter is first asked for.
  func factory(catalogs: CatalogOptions) -> LinterFactory {
    LinterFactory(
      model: model.map { .file(URL(fileURLWithPath: $0)) } ?? .builtIn,
      catalogDirectories: catalogs.urls, termbaseFiles: termbaseURLs)
  }
}
