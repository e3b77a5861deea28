import Foundation
import SalinBriefing
import SalinCatalog
import SalinCore
import SalinDocuments
import SalinImport
import SalinRender
import SalinTestSupport

/// The seed article, the built-in catalogs and the import → YAML → load → render round trip.
enum ImportFixtures {
  static let seedPath = TestSupport.packageRoot.appendingPathComponent(
    "seeds/000_59885a65178f0467.txt"
  ).path
  static let seedBriefingURL = TestSupport.packageRoot.appendingPathComponent(
    "seeds/edscg-5.briefing.yaml")

  /// Loaded once: every suite reads the same built-in catalogs.
  static let catalogs: Catalogs = {
    do { return try Catalogs.load() } catch {
      fatalError("built-in catalogs do not load: \(error)")
    }
  }()

  static var importer: ArticleImporter { ArticleImporter(catalogs: catalogs) }

  /// Imports an article held in memory; the path's extension picks the reader.
  static func importText(_ text: String, path: String, language: Language) throws -> ImportResult {
    let document = try DocumentReader.read(
      bytes: Array(text.utf8), path: path, format: ArticleImporter.format(forPath: path))
    return try importer.importArticle(document, language: language)
  }

  /// Writes the briefing as YAML and loads it back, as `salin import` then `salin render` do.
  static func throughYAML(_ briefing: Briefing) throws -> Briefing {
    let yaml = try BriefingWriter().write(briefing)
    return try BriefingLoader().load(yaml: yaml, file: "imported.yaml")
  }

  static func render(
    _ briefing: Briefing, _ locale: Language, format: OutputFormat = .text,
    catalogs: Catalogs = catalogs
  ) throws -> String {
    let renderer = BriefingRenderer(messages: catalogs)
    try renderer.validate(briefing, locales: [locale])
    return format.write(try renderer.render(briefing, locale: locale))
  }

  /// A text's lines without the empty string after a final newline.
  static func lines(_ text: String) -> [String] {
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    if lines.last == "" { lines.removeLast() }
    return lines
  }
}
