import ArgumentParser
import Foundation
import SalinCore
import SalinInterchange
import SalinResources

/// `salin catalog export [DIR] --target tl -o tl.xlf`: catalogs to a translator's format.
struct CatalogExportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export",
    abstract:
      "Export catalogs for translators: XLIFF 2.0, XLIFF 1.2, PO/POT, xcstrings, ARB, JSON.",
    discussion: """
      Writes the source locale's messages with the target locale's translations, descriptions, \
      variants and states. The format comes from --format or the output's extension (.xlf \
      XLIFF 2.0, .po, .pot, .xcstrings, .arb, .json); XLIFF 2.0 by default. What a format \
      cannot hold is listed on stderr, entry by entry. Exit 2 for an unusable catalog.
      """)

  @Argument(help: "A folder of *.yaml catalogs; the built-in catalogs when left out.")
  var directory: String?

  @Option(help: "The language translated from.")
  var source: Language = .english

  @Option(help: "The language translated into (repeat for a String Catalog; none for POT).")
  var target: [Language] = []

  @Option(help: "The format; by default from the output's extension, else xliff (2.0).")
  var format: InterchangeFormat?

  @Option(name: .shortAndLong, help: "The file to write; standard output when left out.")
  var output: String?

  func run() throws {
    let format = format ?? output.flatMap(InterchangeFormat.forPath) ?? .xliff
    do throws(InterchangeError) {
      let urls =
        try directory.map { dir throws(InterchangeError) in
          try CatalogConversion.files(in: URL(fileURLWithPath: dir))
        } ?? BuiltInLocales.catalogFiles
      let catalogs = try CatalogConversion.load(urls)
      var targets = target
      if targets.isEmpty, format == .xcstrings {
        targets = catalogs.map(\.language).filter { $0 != source }.sorted()
      }
      if targets.isEmpty, format != .pot, format != .xcstrings {
        throw InterchangeError(
          path: output ?? "-", "say which language to export with --target (or --format pot)")
      }
      let (text, losses) = try CatalogConversion.export(
        catalogs, source: source, targets: targets, format: format)
      try OutputFile.write(text, losing: losses, in: format, to: output)
    } catch {
      StandardError.report(error)
      throw ExitCode(2)
    }
  }
}
