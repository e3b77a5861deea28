public import Foundation
import SalinICU
import SalinResources
public import SalinCore
import Synchronization

/// The catalogs Salin formats messages from: the built-in ones and a user's, merged per key.
///
/// Later sources override earlier ones key by key, so a user's folder needs only the entries it
/// changes or adds. Messages are parsed when the catalogs load and formatted many times.
///
/// Any language works: a catalog for any BCP 47 tag ICU can use (`ja`, `es-MX`, `zh-Hant`), and
/// a tag without a catalog of its own falls back along its chain (`es-MX` → `es`): the message
/// comes from the closest catalog and is formatted with the requested locale's ICU data.
public struct Catalogs: Sendable {
  /// The files read, in load order.
  public let files: [CatalogFile]
  /// The time zone dates and times are shown in; `nil` for ICU's default (the machine's).
  public let timeZone: String?
  /// Per language with a catalog, its entries by key (its own and those it falls back to).
  ///
  /// An array: with a handful of languages, comparing tags costs less than hashing one.
  private let table: [(language: Language, slots: [String: CatalogSlot])]
  /// The languages' tags, in the order of `table`, and every slot by language position and
  /// exact key bytes, tried first by `message` (see `ExactKeyTable`).
  private let tags: [String]
  private let exact: ExactKeyTable<CatalogSlot>
  private let labels: LabelIndex
  /// Every file's entries by language, for tables made later for tags without a catalog.
  private let entries: [Language: [String: (entry: CatalogEntry, text: SourceText)]]
  private let zone: ICUTimeZone
  /// Tables of tags that have no catalog of their own, made on first use.
  private let borrowed: BorrowedTables

  /// Merges catalog files; later files override earlier ones per key and language.
  /// - Parameters:
  ///   - files: The files, lowest priority first.
  ///   - timeZone: An ICU time zone ID (`Asia/Manila`, `UTC`) for dates and times; `nil` for
  ///     ICU's default zone.
  /// - Throws: `CatalogError.unknownLocale` for a language ICU cannot use,
  ///   `CatalogError.unknownTimeZone` for a zone it does not know.
  public init(files: [CatalogFile], timeZone: String? = nil) throws(CatalogError) {
    do {
      zone = try timeZone.map(ICUTimeZone.init) ?? .default
    } catch {
      throw .unknownTimeZone(timeZone ?? "")
    }
    var entries: [Language: [String: (entry: CatalogEntry, text: SourceText)]] = [:]
    for file in files {
      for entry in file.entries {
        entries[file.language, default: [:]][entry.key] = (entry, file.text)
      }
    }
    var table: [(language: Language, slots: [String: CatalogSlot])] = []
    for language in entries.keys.sorted() {
      let locale = try MessageLocale(language, timeZone: zone)
      table.append((language, Self.slots(for: language, locale: locale, entries: entries)))
    }
    self.files = files
    self.timeZone = timeZone
    self.table = table
    self.entries = entries
    self.tags = table.map(\.language.tag)
    self.exact = ExactKeyTable(
      table.enumerated().flatMap { index, language in
        language.slots.map { (space: index, key: $0.key, value: $0.value) }
      })
    self.labels = LabelIndex(entries: entries.values.flatMap { $0.values.map(\.entry) })
    borrowed = BorrowedTables()
  }

  /// The slots of a language: the entries of every tag on its fallback chain that has a
  /// catalog, the closest one winning, each bound to the language's own locale.
  private static func slots(
    for language: Language, locale: MessageLocale,
    entries: [Language: [String: (entry: CatalogEntry, text: SourceText)]]
  ) -> [String: CatalogSlot] {
    var slots: [String: CatalogSlot] = [:]
    for tag in language.fallbackChain.reversed() {
      guard let own = entries[Language(tag)] else { continue }
      for (key, item) in own {
        slots[key] = CatalogSlot(entry: item.entry, locale: locale, text: item.text)
      }
    }
    return slots
  }

  /// Loads the built-in catalogs and the `*.yaml` / `*.yml` files of each directory.
  /// - Parameters:
  ///   - directories: Folders of the user's catalogs, lowest priority first.
  ///   - includeBuiltIn: Whether to start from the catalogs Salin ships
  ///     (`BuiltInLocales.catalogFiles`).
  ///   - timeZone: An ICU time zone ID for dates and times; `nil` for ICU's default zone.
  /// - Returns: The merged catalogs.
  /// - Throws: `CatalogError` for a file that cannot be read or has a broken entry or message.
  public static func load(
    directories: [URL] = [], includeBuiltIn: Bool = true, timeZone: String? = nil
  ) throws(CatalogError) -> Catalogs {
    var urls = includeBuiltIn ? BuiltInLocales.catalogFiles : []
    for directory in directories { urls += try catalogFiles(in: directory) }
    return try load(files: urls, timeZone: timeZone)
  }

  /// Loads catalog files, lowest priority first, refusing any with problems.
  /// - Parameters:
  ///   - urls: The files.
  ///   - timeZone: An ICU time zone ID for dates and times; `nil` for ICU's default zone.
  /// - Returns: The merged catalogs.
  /// - Throws: `CatalogError` for the first problem found, with its location.
  public static func load(files urls: [URL], timeZone: String? = nil) throws(CatalogError)
    -> Catalogs
  {
    var files: [CatalogFile] = []
    for url in urls {
      let file = try CatalogFile.load(url)
      if let problem = file.problems.first {
        throw .invalidEntry(location: problem.location, problem: problem.message)
      }
      files.append(file)
    }
    return try Catalogs(files: files, timeZone: timeZone)
  }

  /// The catalog files of a folder: `*.yaml` and `*.yml`, sorted by name.
  /// - Parameter directory: The folder.
  /// - Returns: The files' URLs.
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

  /// Whether a language's catalog defines a key, after merging and falling back along the
  /// language's chain, as `message(_:locale:arguments:)` would find it.
  /// - Parameters:
  ///   - key: A dotted key such as `label.sources`.
  ///   - language: The language.
  /// - Returns: `true` when a message for the key can be formatted in the language.
  public func contains(_ key: String, locale language: Language) -> Bool {
    (try? slot(key, language)) != nil
  }

  /// The entry for a key in a language, after merging and falling back along the language's
  /// chain (`es-MX` → `es`).
  /// - Parameters:
  ///   - key: A dotted key such as `label.sources`.
  ///   - language: The language.
  /// - Returns: The entry, or `nil` when no catalog on the chain has the key.
  public func entry(_ key: String, _ language: Language) -> CatalogEntry? {
    if let slots = slots(for: language) { return slots[key]?.entry }
    for tag in language.fallbackChain.dropFirst() {
      if let item = entries[Language(tag)]?[key] { return item.entry }
    }
    return nil
  }

  /// The language whose catalog a language's messages come from.
  ///
  /// Its own, or the first on its fallback chain that has one.
  /// - Parameter language: The requested language.
  /// - Returns: The language of that catalog, or `nil` when none on the chain has one.
  public func catalogLanguage(for language: Language) -> Language? {
    language.fallbackChain.lazy.map(Language.init).first { entries[$0] != nil }
  }

  /// Checks that a language is one Salin can use at all: a catalog on its fallback chain, or
  /// ICU locale data for it.
  ///
  /// A tag with ICU data but no catalog is a usable locale that still lacks messages; the caller
  /// says so in its own words (`salin render`: no catalog for locale 'ja').
  /// - Parameter language: The requested language.
  /// - Throws: `CatalogError.unknownLocale` when the tag has neither.
  public func requireKnownLocale(_ language: Language) throws(CatalogError) {
    guard catalogLanguage(for: language) == nil else { return }
    guard (try? ICULocale(language.tag).hasData) == true else {
      throw .unknownLocale(tag: language.tag)
    }
  }

  private func slots(for language: Language) -> [String: CatalogSlot]? {
    for (candidate, slots) in table where candidate.tag == language.tag { return slots }
    return nil
  }

  /// Formats a message.
  /// - Parameters:
  ///   - key: A dotted key such as `meeting.session`.
  ///   - language: The language; a tag without a catalog takes the message from the closest
  ///     tag on its chain that has one, and formats it with its own locale data.
  ///   - arguments: The placeholder values by name.
  /// - Returns: The formatted text.
  /// - Throws: `CatalogError` when the key is missing in that language, an argument is missing
  ///   or of the wrong kind (at the placeholder's file position), or ICU fails;
  ///   `CatalogError.unknownLocale` when the tag has neither a catalog nor ICU locale data.
  public func message(
    _ key: String, locale language: Language, arguments: [String: MessageArgument] = [:]
  ) throws(CatalogError) -> String {
    try format(key, language, arguments)
  }

  /// Formats a message with arguments given as a list, if the language has it: for callers that
  /// build arguments for every call and walk a fallback chain of their own (see
  /// `MessageArguments`); the same message, formatters and values as
  /// `message(_:locale:arguments:)` with a dictionary.
  /// - Parameters:
  ///   - key: A dotted key such as `meeting.session`.
  ///   - language: The language, as in `message(_:locale:arguments:)`.
  ///   - arguments: The placeholder values by name.
  /// - Returns: The formatted text, or `nil` when the language has no message for the key.
  /// - Throws: As `message(_:locale:arguments:)`, but for a missing key.
  package func message(
    _ key: String, locale language: Language, argumentList arguments: MessageArguments
  ) throws(CatalogError) -> String? {
    try slot(key, language)?.format(arguments)
  }

  private func format(
    _ key: String, _ language: Language, _ arguments: some MessageArgumentLookup
  ) throws(CatalogError) -> String {
    // The common case, a key in a language with a catalog, with the slot lent by the table.
    if let index = tags.firstIndex(of: language.tag),
      let text = try exact.withValue(
        for: key, in: index,
        { slot throws(CatalogError) in
          try slot.format(arguments)
        })
    {
      return text
    }
    guard let slot = try slot(key, language) else {
      throw .missingMessage(key: key, language: language)
    }
    return try slot.format(arguments)
  }

  /// The slot of a key in a language: its own catalog's, or for a tag without a catalog, the
  /// closest one's on its chain, bound to the tag's locale.
  private func slot(_ key: String, _ language: Language) throws(CatalogError) -> CatalogSlot? {
    for index in tags.indices where tags[index] == language.tag {
      // Exact bytes first; the `String` dictionary also finds a canonically equivalent key.
      return exact.value(for: key, in: index) ?? table[index].slots[key]
    }
    return try borrowedSlots(for: language)[key]
  }

  /// The slots of a tag without a catalog of its own, bound to its locale, made once.
  private func borrowedSlots(for language: Language) throws(CatalogError) -> [String: CatalogSlot] {
    if let made = borrowed.slots(for: language.tag) { return made }
    guard catalogLanguage(for: language) != nil else {
      // No catalog on the chain: say so only where ICU has no data either.
      let hasData = (try? ICULocale(language.tag).hasData) ?? false
      if !hasData { throw .unknownLocale(tag: language.tag) }
      return [:]
    }
    let locale = try MessageLocale(language, timeZone: zone)
    return borrowed.store(
      Self.slots(for: language, locale: locale, entries: entries), for: language.tag)
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

/// The slot tables of tags that have no catalog of their own, made on first use and shared.
///
/// `Sendable` notes: the tables live in a `Mutex`; each is immutable once stored.
private final class BorrowedTables: Sendable {
  private let tables = Mutex<[String: [String: CatalogSlot]]>([:])

  func slots(for tag: String) -> [String: CatalogSlot]? { tables.withLock { $0[tag] } }

  /// Stores a table unless another thread stored one first, and returns the one kept.
  func store(_ slots: [String: CatalogSlot], for tag: String) -> [String: CatalogSlot] {
    tables.withLock { tables in
      if let winner = tables[tag] { return winner }
      tables[tag] = slots
      return slots
    }
  }
}
