public import Foundation
public import SalinCatalog
public import SalinCore

/// The entry points `salin catalog export` and `salin catalog import` call: load catalogs,
/// convert, check everything, and only then write.
public enum CatalogConversion {
  /// Loads every catalog file of a folder (or the given files).
  /// - Parameter urls: Catalog files.
  /// - Returns: The catalogs, by language.
  /// - Throws: `InterchangeError` for a file that is not a usable catalog.
  public static func load(_ urls: [URL]) throws(InterchangeError) -> [CatalogFile] {
    var files: [CatalogFile] = []
    for url in urls {
      do throws(CatalogError) {
        files.append(try CatalogFile.load(url))
      } catch {
        throw InterchangeError(path: url.relativePath, "\(error)")
      }
    }
    return files
  }

  /// The catalog files of a folder.
  /// - Throws: `InterchangeError` when it cannot be listed or has no catalogs.
  public static func files(in directory: URL) throws(InterchangeError) -> [URL] {
    let urls: [URL]
    do throws(CatalogError) {
      urls = try Catalogs.catalogFiles(in: directory)
    } catch {
      // The location already names the folder: "nodir:1:1: error: /abs/nodir: not a …" said it
      // twice, once as an absolute path.
      guard case .unusableFile(_, let reason) = error else {
        throw InterchangeError(path: directory.relativePath, "\(error)")
      }
      throw InterchangeError(path: directory.relativePath, reason)
    }
    guard !urls.isEmpty else {
      throw InterchangeError(path: directory.relativePath, "no *.yaml catalogs in this folder")
    }
    return urls
  }

  /// Exports catalogs to one interchange file.
  /// - Parameters:
  ///   - catalogs: The catalogs.
  ///   - source: The source language.
  ///   - targets: The target languages (empty for a template).
  ///   - format: The format.
  /// - Returns: The file's text and what it could not hold.
  /// - Throws: `InterchangeError` when the source has no catalog, or a format that holds one
  ///   language is asked for several.
  public static func export(
    _ catalogs: [CatalogFile], source: Language, targets: [Language], format: InterchangeFormat
  ) throws(InterchangeError) -> (text: String, losses: [InterchangeLoss]) {
    guard let sourceCatalog = catalogs.first(where: { $0.language == source }) else {
      throw InterchangeError(
        path: catalogs.first?.path ?? "catalogs",
        "no \(source) catalog to export from (have: "
          + catalogs.map(\.language.tag).joined(separator: ", ") + ")")
    }
    if targets.count > 1, !format.holdsManyLanguages {
      throw InterchangeError(
        path: sourceCatalog.path,
        "\(format.displayName) holds one target language; export each with its own --target")
    }
    var files: [TranslationFile] = []
    var losses: [InterchangeLoss] = []
    for target in targets.isEmpty ? [nil] : targets.map(Optional.some) {
      let targetCatalog = target.flatMap { language in
        catalogs.first { $0.language == language }
      }
      var (file, lost) = CatalogInterchange.export(
        source: sourceCatalog, target: targetCatalog, targetLanguage: target)
      if format == .pot { file.targetLanguage = nil }
      files.append(file)
      losses += lost
    }
    let (text, formatLosses) = format.write(files)
    return (text, losses + formatLosses)
  }

  /// A catalog an import will write.
  public struct ImportedCatalog: Sendable {
    /// The catalog file.
    public var url: URL
    /// Its new text.
    public var text: String
    /// What changed.
    public var result: CatalogInterchange.ImportResult
    /// The text the new one was made from; `nil` for a catalog the import creates.
    public var original: String? = nil
  }

  /// Reads an interchange file and computes each target catalog's new text, checking every unit
  /// first; nothing is written.
  /// - Parameters:
  ///   - path: The interchange file.
  ///   - directory: The folder of catalogs to import into.
  ///   - source: The source language.
  ///   - language: The target language of a file that names none (flat JSON).
  /// - Returns: The catalogs to write.
  /// - Throws: `InterchangeError` at the first problem.
  public static func prepareImport(
    _ path: String, into directory: URL, source: Language, language: Language?
  ) throws(InterchangeError) -> [ImportedCatalog] {
    let files = try InterchangeReader.read(contentsOf: path, language: language)
    // Only the catalogs the import needs are read: the source and each target (by file name,
    // where the name says the language; any other file only if some catalog names none).
    let urls = try self.files(in: directory)
    let wanted = Set([source] + files.compactMap { $0.targetLanguage ?? language })
    let named = urls.map { ($0, Language.declared(byFileName: $0.path, allowsBareTag: true)) }
    let needed =
      named.contains { $0.1 == nil }
      ? urls : named.filter { $0.1.map(wanted.contains) ?? true }.map(\.0)
    let catalogs = try load(needed)
    guard let sourceCatalog = catalogs.first(where: { $0.language == source }) else {
      throw InterchangeError(
        path: directory.relativePath, "no \(source) catalog in this folder to import against")
    }
    var out: [ImportedCatalog] = []
    for file in files {
      guard let target = file.targetLanguage ?? language else {
        throw InterchangeError(
          path: path, "the file names no target language; pass --language")
      }
      if target == source {
        throw InterchangeError(
          path: path, "the file's target language is the source language \(source)")
      }
      let existing = catalogs.first { $0.language == target }
      let url =
        existing.map { URL(fileURLWithPath: $0.path) }
        ?? directory.appendingPathComponent("\(target.tag).yaml")
      let text = existing.flatMap {
        try? String(contentsOf: URL(fileURLWithPath: $0.path), encoding: .utf8)
      }
      var located = file
      located.targetLanguage = target
      let result = try CatalogInterchange.importing(
        located, source: sourceCatalog, target: existing, targetText: text,
        targetPath: url.relativePath)
      out.append(ImportedCatalog(url: url, text: result.text, result: result, original: text))
    }
    return out
  }

  /// Writes prepared catalogs, each atomically; unchanged ones are left alone.
  ///
  /// An existing catalog is rewritten in place (`FileRewrite`): a linked catalog stays a link,
  /// keeps its mode, and is left alone if it changed since it was read.
  /// - Throws: `InterchangeError` when a file cannot be written.
  public static func write(_ catalogs: [ImportedCatalog]) throws(InterchangeError) {
    for catalog in catalogs where !catalog.result.changed.isEmpty || !catalog.result.added.isEmpty {
      let path = catalog.url.relativePath
      if let original = catalog.original {
        do {
          try FileRewrite.replace(
            catalog.url.path, with: Array(catalog.text.utf8), expecting: Array(original.utf8))
        } catch {
          throw InterchangeError(path: path, "cannot write the catalog: \(error.reason)")
        }
        continue
      }
      do {
        try Data(catalog.text.utf8).write(to: catalog.url, options: .atomic)
      } catch {
        throw InterchangeError(path: path, "cannot write the catalog")
      }
    }
  }
}
