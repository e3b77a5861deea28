public import Foundation
import SalinResources
public import SalinCore

/// The catalogs Salin formats messages from: the built-in ones and a user's, merged per key.
///
/// Later sources override earlier ones key by key, so a user's folder needs only the entries it
/// changes or adds. Messages are parsed when the catalogs load and formatted many times.
public struct Catalogs: Sendable {
  /// The files read, in load order.
  public let files: [CatalogFile]
  /// Per language, its entries by key. An array: with a handful of languages, comparing tags
  /// costs less than hashing one.
  private let table: [(language: Language, slots: [String: CatalogSlot])]
  /// The languages' tags, in the order of `table`, and every slot by language position and
  /// exact key bytes, tried first by `message` (see `ExactKeyTable`).
  private let tags: [String]
  private let exact: ExactKeyTable<CatalogSlot>
  private let labels: LabelIndex

  /// Merges catalog files; later files override earlier ones per key and language.
  /// - Parameter files: The files, lowest priority first.
  /// - Throws: `CatalogError.unknownLocale` for a language ICU cannot use.
  public init(files: [CatalogFile]) throws(CatalogError) {
    var entries: [Language: [String: CatalogEntry]] = [:]
    for file in files {
      for entry in file.entries { entries[file.language, default: [:]][entry.key] = entry }
    }
    var table: [(language: Language, slots: [String: CatalogSlot])] = []
    for (language, byKey) in entries.sorted(by: { $0.key < $1.key }) {
      let locale = try MessageLocale(language)
      table.append((language, byKey.mapValues { CatalogSlot(entry: $0, locale: locale) }))
    }
    self.files = files
    self.table = table
    self.tags = table.map(\.language.tag)
    self.exact = ExactKeyTable(
      table.enumerated().flatMap { index, language in
        language.slots.map { (space: index, key: $0.key, value: $0.value) }
      })
    self.labels = LabelIndex(entries: entries.values.flatMap(\.values))
  }

  /// Loads the built-in catalogs and the `*.yaml` / `*.yml` files of each directory.
  /// - Parameters:
  ///   - directories: Folders of the user's catalogs, lowest priority first.
  ///   - includeBuiltIn: Whether to start from the catalogs Salin ships
  ///     (`BuiltInLocales.catalogFiles`).
  /// - Returns: The merged catalogs.
  /// - Throws: `CatalogError` for a file that cannot be read or has a broken entry or message.
  public static func load(
    directories: [URL] = [], includeBuiltIn: Bool = true
  ) throws(CatalogError) -> Catalogs {
    var urls = includeBuiltIn ? BuiltInLocales.catalogFiles : []
    for directory in directories { urls += try catalogFiles(in: directory) }
    return try load(files: urls)
  }

  /// Loads catalog files, lowest priority first, refusing any with problems.
  /// - Parameter urls: The files.
  /// - Throws: `CatalogError` for the first problem found, with its location.
  public static func load(files urls: [URL]) throws(CatalogError) -> Catalogs {
    var files: [CatalogFile] = []
    for url in urls {
      let file = try CatalogFile.load(url)
      if let problem = file.problems.first {
        throw .invalidEntry(location: problem.location, problem: problem.message)
      }
      files.append(file)
    }
    return try Catalogs(files: files)
  }

  /// The catalog files of a folder: `*.yaml` and `*.yml`, sorted by name.
  /// - Parameter directory: The folder.
  /// - Throws: `CatalogError.unusableFile` when it cannot be listed.
  public static func catalogFiles(in directory: URL) throws(CatalogError) -> [URL] {
    let names: [String]
    do {
      names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
    } catch {
      throw .unusableFile(path: directory.path, reason: "not a readable folder")
    }
    return names.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted()
      .map { directory.appendingPathComponent($0) }
  }

  /// The languages that have a catalog, sorted by tag.
  public var languages: [Language] { table.map(\.language) }

  /// Every key of every language, sorted.
  public var keys: [String] { Set(table.flatMap(\.slots.keys)).sorted() }

  /// The entry for a key in a language, after merging.
  /// - Parameters:
  ///   - key: A dotted key such as `label.sources`.
  ///   - language: The language.
  public func entry(_ key: String, _ language: Language) -> CatalogEntry? {
    slots(for: language)?[key]?.entry
  }

  private func slots(for language: Language) -> [String: CatalogSlot]? {
    for (candidate, slots) in table where candidate.tag == language.tag { return slots }
    return nil
  }

  /// Formats a message.
  /// - Parameters:
  ///   - key: A dotted key such as `meeting.session`.
  ///   - language: The language of the catalog to take it from (no fallback).
  ///   - arguments: The placeholder values by name.
  /// - Returns: The formatted text.
  /// - Throws: `CatalogError` when the key is missing in that language, an argument is missing
  ///   or of the wrong kind, or ICU fails.
  public func message(
    _ key: String, locale language: Language, arguments: [String: MessageArgument] = [:]
  ) throws(CatalogError) -> String {
    try format(key, language, arguments)
  }

  /// Formats a message with arguments given as a list, for callers that build arguments for
  /// every call (see `MessageArguments`): the same message, formatters and values as
  /// `message(_:locale:arguments:)` with a dictionary.
  /// - Parameters:
  ///   - key: A dotted key such as `meeting.session`.
  ///   - language: The language of the catalog to take it from (no fallback).
  ///   - arguments: The placeholder values by name.
  /// - Returns: The formatted text.
  /// - Throws: As `message(_:locale:arguments:)`.
  package func message(
    _ key: String, locale language: Language, argumentList arguments: MessageArguments
  ) throws(CatalogError) -> String {
    try format(key, language, arguments)
  }

  private func format(
    _ key: String, _ language: Language, _ arguments: some MessageArgumentLookup
  ) throws(CatalogError) -> String {
    for index in tags.indices where tags[index] == language.tag {
      // Exact bytes first; the `String` dictionary also finds a canonically equivalent key.
      guard let slot = exact.value(for: key, in: index) ?? table[index].slots[key] else { break }
      return try slot.format(arguments)
    }
    throw .missingMessage(key: key, language: language)
  }

  /// The catalog labels a text could be, in any language, by exact or variant spelling.
  ///
  /// Comparison is by `LabelIndex.normalized`: NFC, case-folded, trimmed, a trailing colon
  /// ignored, so "Mga pinagmumulan:" matches `label.sources` in `tl`.
  /// - Parameter text: A heading, table cell or line.
  /// - Returns: The matches, sorted by key and language.
  public func labelMatches(for text: String) -> [LabelMatch] {
    labels.matches(for: text)
  }
}
