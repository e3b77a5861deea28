import ArgumentParser
import Foundation
import SalinCatalog
import SalinResources

/// `salin catalog`: work with locale catalogs.
struct CatalogCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "catalog",
    abstract: "Work with locale catalogs.",
    subcommands: [CatalogCheckCommand.self, CatalogExportCommand.self, CatalogImportCommand.self])
}

/// `salin catalog check [DIR]`: reports catalog defects as `file:line:column: message [rule]`.
struct CatalogCheckCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check",
    abstract: "Check catalogs for syntax errors, missing keys and untranslated values.",
    discussion: """
      Reports YAML and message syntax errors, keys missing in a locale, placeholders whose \
      names or kinds differ between locales, plural branches that are not the locale's CLDR \
      categories, and values identical to another locale's (mark names 'untranslated: ok').
      Exit codes: 0 clean, 1 findings, 2 a file that is not UTF-8, empty or not a YAML mapping.
      """)

  @Argument(help: "A folder of *.yaml catalogs; the built-in catalogs when left out.")
  var directory: String?

  func run() throws {
    let report =
      if let directory {
        CatalogChecker.check(directory: URL(fileURLWithPath: directory))
      } else {
        CatalogChecker.check(files: BuiltInLocales.catalogFiles)
      }
    for finding in report.findings {
      print("\(finding.location): \(finding.message) [\(finding.rule)]")
    }
    for unusable in report.unusableFiles {
      StandardError.error("\(unusable)")
    }
    if report.exitCode != 0 { throw ExitCode(report.exitCode) }
  }
}
