import ArgumentParser
import Foundation
import SalinCore
import SalinInterchange

/// `salin catalog import FILE DIR`: translations back into catalogs.
struct CatalogImportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "import",
    abstract: "Import translations from XLIFF, PO, xcstrings, ARB or JSON into catalogs.",
    discussion: """
      Checks every unit first — its key exists in the source catalog, its message parses, its \
      placeholders are the source's — and only then rewrites the entries that changed, leaving \
      every other byte of the catalog as it was. Fields the file's format cannot hold \
      (variants, descriptions, states) are kept from the catalog. Exit 2 with one \
      file:line:column line, and nothing written, for any problem.
      """)

  @Argument(help: "The file to import.")
  var file: String

  @Argument(help: "The folder of *.yaml catalogs to import into.")
  var directory: String

  @Option(help: "The language of the source catalog.")
  var source: Language = .english

  @Option(help: "The target language, for a file that names none (flat JSON).")
  var language: Language?

  func run() throws {
    do throws(InterchangeError) {
      let catalogs = try CatalogConversion.prepareImport(
        file, into: URL(fileURLWithPath: directory), source: source, language: language)
      try CatalogConversion.write(catalogs)
      Self.printWritten(catalogs)
    } catch {
      StandardError.report(error)
      throw ExitCode(2)
    }
  }

  /// Prints each catalog's notes, then `locales/tl.yaml: 1 changed, 0 added` (as `salin merge`
  /// does for the labels it writes).
  /// - Parameter catalogs: The catalogs an import or merge wrote.
  static func printWritten(_ catalogs: [CatalogConversion.ImportedCatalog]) {
    for catalog in catalogs {
      for note in catalog.result.notes { print("note: \(note)") }
      print(
        "\(catalog.url.relativePath): \(catalog.result.changed.count) changed,"
          + " \(catalog.result.added.count) added")
    }
  }
}
