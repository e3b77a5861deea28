public import Foundation
import SalinCatalog
public import SalinCore

/// The catalog part of a briefing's translation file: its units go into the target catalog of a
/// folder, checked like any catalog import; without a folder, a changed unit is an error rather
/// than a translation silently dropped.
public enum BriefingCatalogMerge {
  /// Prepares the catalog writes of a merge.
  /// - Parameters:
  ///   - file: The `catalog` file of the translation, if it has one.
  ///   - directory: The folder of catalogs to write into, if given.
  ///   - source: The briefing's source language.
  /// - Returns: The catalogs to write (none when nothing changed).
  /// - Throws: `InterchangeError` for a catalog unit that changed with no folder to write it
  ///   into, or one the catalog import refuses.
  public static func prepare(_ file: TranslationFile?, into directory: URL?, source: Language)
    throws(InterchangeError) -> [CatalogConversion.ImportedCatalog]
  {
    guard let file, let target = file.targetLanguage else { return [] }
    guard let directory else {
      let catalogs = try? Catalogs.load()
      for unit in file.units {
        guard let translation = unit.target else { continue }
        if catalogs?.entry(unit.id, target)?.source != translation {
          throw InterchangeError(
            unit.targetLocation ?? unit.location
              ?? SourceLocation(file: file.path ?? "input", line: 1, column: 1),
            "catalog unit '\(unit.id)' has a new \(target) translation; pass --locales DIR to"
              + " write it into DIR/\(target.tag).yaml")
        }
      }
      return []
    }
    let catalogs = try CatalogConversion.load(try CatalogConversion.files(in: directory))
    guard let sourceCatalog = catalogs.first(where: { $0.language == source }) else {
      throw InterchangeError(
        path: directory.relativePath, "no \(source) catalog in this folder to merge against")
    }
    let existing = catalogs.first { $0.language == target }
    let url =
      existing.map { URL(fileURLWithPath: $0.path) }
      ?? directory.appendingPathComponent("\(target.tag).yaml")
    let text = existing.flatMap {
      try? String(contentsOf: URL(fileURLWithPath: $0.path), encoding: .utf8)
    }
    let result = try CatalogInterchange.importing(
      file, source: sourceCatalog, target: existing, targetText: text,
      targetPath: url.relativePath)
    return [
      CatalogConversion.ImportedCatalog(
        url: url, text: result.text, result: result, original: text)
    ]
  }
}
