public import FoundationEssentials
public import SalinCore
import SalinYAML

/// One catalog file: a locale's messages by key, with positions, and the problems found while
/// reading it.
public struct CatalogFile: Sendable {
  /// The path as the caller gave it, used in every location.
  public let path: String
  /// The file's language: its `locale:` key, or else its name (`tl.yaml` → `tl`,
  /// `messages.ko.yml` → `ko`; see `Language.declared(byFileName:allowsBareTag:)`).
  public let language: Language
  /// The entries in file order.
  public let entries: [CatalogEntry]
  /// Entries the file has but could not use, and messages whose syntax breaks, with positions.
  public let problems: [CatalogProblem]
  /// The text, indexed for positions.
  let text: SourceText

  /// Reads a catalog file.
  /// - Parameters:
  ///   - url: The file.
  ///   - path: The path to show in locations; defaults to `url.path`.
  /// - Returns: The file's entries and problems.
  /// - Throws: `CatalogError.unusableFile` when the file cannot be read, is not UTF-8, is empty,
  ///   is not a mapping or names no locale; `CatalogError.yamlSyntax` for a YAML syntax error.
  public static func load(_ url: URL, path: String? = nil) throws(CatalogError) -> CatalogFile {
    let path = path ?? url.relativePath
    let data: Data
    do {
      data = try Data(contentsOf: url)
    } catch {
      throw .unusableFile(path: path, reason: "cannot be read")
    }
    // NUL bytes are valid UTF-8 but never text: a UTF-16 file decodes "successfully" with them.
    guard !data.contains(0) else {
      throw .unusableFile(path: path, reason: "not UTF-8 text (it has NUL bytes)")
    }
    guard let text = String(data: data, encoding: .utf8) else {
      throw .unusableFile(path: path, reason: "not UTF-8 text")
    }
    return try parse(text, path: path)
  }

  /// Reads a catalog from its text: the one definition of a catalog file, which `salin catalog
  /// check`, the catalogs messages are formatted from and `salin lint` all read.
  /// - Parameters:
  ///   - text: The YAML text.
  ///   - path: The path to show in locations.
  ///   - defaultLanguage: The language when the text has no `locale:` key; by default the one
  ///     the file name declares.
  /// - Returns: The file's entries and problems.
  /// - Throws: `CatalogError.unusableFile` or `CatalogError.yamlSyntax`.
  public static func parse(
    _ text: String, path: String, defaultLanguage: Language? = nil
  ) throws(CatalogError) -> CatalogFile {
    // Without the byte order mark, so that positions agree with the YAML marks.
    var reader = CatalogReader(
      text: YAMLLoader.withoutByteOrderMark(text), path: path,
      defaultLanguage: defaultLanguage
        ?? Language.declared(byFileName: path, allowsBareTag: true))
    let language = try reader.read()
    return CatalogFile(
      path: path, language: language, entries: reader.entries,
      problems: reader.problems, text: reader.source)
  }

  /// The entry for a key.
  /// - Parameter key: A dotted key.
  /// - Returns: The entry, or `nil` when the file has no such key.
  public func entry(_ key: String) -> CatalogEntry? { entries.first { $0.key == key } }

  /// The location of a character inside an entry's message.
  /// - Parameters:
  ///   - offset: The offset in the message, in Unicode scalars from 0.
  ///   - entry: An entry of this file.
  /// - Returns: The file position of that character.
  public func location(ofOffset offset: Int, in entry: CatalogEntry) -> SourceLocation {
    let index = text.index(ofValueOffset: offset, value: entry.source, valueIndex: entry.valueIndex)
    return SourceLocation(file: path, position: text.position(ofIndex: index))
  }

  /// The position just past the last line, where a missing key would be added.
  var endLocation: SourceLocation {
    SourceLocation(file: path, position: text.position(ofIndex: text.scalars.count))
  }
}

/// Something wrong inside a catalog file that still let the rest of it be read.
public struct CatalogProblem: Hashable, Sendable, CustomStringConvertible {
  /// Where.
  public let location: SourceLocation
  /// The finding's rule, such as `message-syntax` or `invalid-entry`.
  public let rule: String
  /// What is wrong.
  public let message: String

  /// `file:line:column: message`.
  public var description: String { DisplayText.escapingControls("\(location): \(message)") }
}
