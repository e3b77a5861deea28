/// The file formats Salin exports to and imports from.
public enum InterchangeFormat: String, CaseIterable, Sendable {
  /// XLIFF 2.0 (the default).
  case xliff
  /// XLIFF 1.2.
  case xliff12
  /// gettext PO, one target language.
  case po
  /// gettext POT: a template, sources only.
  case pot
  /// Apple String Catalog (`.xcstrings`), every language in one file.
  case xcstrings
  /// Flutter's Application Resource Bundle (`.arb`), one language.
  case arb
  /// Flat JSON, key → ICU message (FormatJS's compiled messages, i18next with ICU).
  case json
  /// Nested JSON, one object per dot of the key (i18next's layout).
  case jsonNested = "json-nested"
  /// FormatJS's extracted messages: key → `{defaultMessage, description}`.
  case formatjs
  /// i18next's own syntax (JSON v4): nested, `{{name}}`, plural keys `key_one`/`key_other`.
  case i18next

  /// The format a file name implies: `.xlf`/`.xliff` XLIFF 2.0, `.po`, `.pot`, `.xcstrings`,
  /// `.arb`, `.json` flat JSON.
  /// - Parameter path: A file path.
  /// - Returns: The format, or `nil` for an extension Salin does not know.
  public static func forPath(_ path: String) -> InterchangeFormat? {
    let name = path.split(separator: "/").last.map(String.init) ?? path
    guard let dot = name.lastIndex(of: ".") else { return nil }
    switch name[name.index(after: dot)...].lowercased() {
    case "xlf", "xliff": return .xliff
    case "po": return .po
    case "pot": return .pot
    case "xcstrings": return .xcstrings
    case "arb": return .arb
    case "json": return .json
    default: return nil
    }
  }

  /// The name used in messages.
  public var displayName: String {
    switch self {
    case .xliff: "XLIFF 2.0"
    case .xliff12: "XLIFF 1.2"
    case .po: "PO"
    case .pot: "POT"
    case .xcstrings: "String Catalog"
    case .arb: "ARB"
    case .json: "flat JSON"
    case .jsonNested: "nested JSON"
    case .formatjs: "FormatJS JSON"
    case .i18next: "i18next JSON"
    }
  }

  /// Whether one file holds several target languages.
  public var holdsManyLanguages: Bool { self == .xcstrings }

  /// Writes files in this format.
  /// - Parameter files: The files to write: one target language unless `holdsManyLanguages`.
  /// - Returns: The text, and what the format could not hold.
  public func write(_ files: [TranslationFile]) -> (text: String, losses: [InterchangeLoss]) {
    switch self {
    case .xliff: (XLIFF2.write(files), [])
    case .xliff12: (XLIFF12.write(files), [])
    case .po, .pot: POFormat.write(files, template: self == .pot)
    case .xcstrings: XCStrings.write(files)
    case .arb: ARB.write(files)
    case .json, .jsonNested, .formatjs, .i18next: JSONMessages.write(files, format: self)
    }
  }
}
