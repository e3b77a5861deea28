import ArgumentParser
import Foundation

/// `--locales DIR`, repeatable: the user's catalogs, declared once for every command that formats
/// or recognises catalog text.
struct CatalogOptions: ParsableArguments {
  @Option(
    name: .customLong("locales"),
    help: ArgumentHelp(
      "A folder of catalogs that extend or override the built-in ones (repeatable).",
      valueName: "dir"))
  var directories: [String] = []

  /// The folders, lowest priority first.
  var urls: [URL] { directories.map { URL(fileURLWithPath: $0) } }
}
