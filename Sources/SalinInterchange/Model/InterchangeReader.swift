import Foundation
public import SalinCore
import SalinDocuments

/// Reads any interchange file Salin knows, choosing the reader by content (and by name where
/// the content cannot tell), and refuses what it cannot read with one located error.
public enum InterchangeReader {
  /// Reads an interchange file from disk.
  /// - Parameters:
  ///   - path: The file; also its name in locations and the language its name gives.
  ///   - language: The target language of a file that names none inside (flat JSON), if known.
  /// - Returns: The files it holds.
  /// - Throws: `InterchangeError`: the file cannot be read, or any problem `read(bytes:)` finds.
  public static func read(contentsOf path: String, language: Language? = nil)
    throws(InterchangeError) -> [TranslationFile]
  {
    let bytes: [UInt8]
    do {
      bytes = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
    } catch {
      throw InterchangeError(path: path, "cannot read the file")
    }
    return try read(bytes: bytes, path: path, language: language)
  }

  /// Reads an interchange file.
  /// - Parameters:
  ///   - bytes: The file's bytes.
  ///   - path: Its path, for locations and for the language its name gives (`x.tl.xlf`).
  ///   - language: The target language of a file that names none inside (flat JSON), if known.
  /// - Returns: The files it holds (several for a String Catalog or a multi-file XLIFF).
  /// - Throws: `InterchangeError` at the first problem: bytes that are not UTF-8, a syntax
  ///   error, an XLIFF version other than 1.2 or 2.0, a target language that disagrees with the
  ///   file name.
  public static func read(bytes: [UInt8], path: String, language: Language? = nil)
    throws(InterchangeError) -> [TranslationFile]
  {
    var bytes = bytes
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
    // Swift's validating decode is fast; the position is only looked for when it fails.
    if String(validating: bytes, as: UTF8.self) == nil,
      let bad = UTF8Validation.firstInvalidPosition(in: bytes)
    {
      throw InterchangeError(
        SourceLocation(file: path, position: bad),
        "not UTF-8 text (byte 0x\(String(bytes[bad.utf8Offset], radix: 16, uppercase: true))"
          + " here); save the file as UTF-8")
    }
    if bytes.contains(0) {
      throw InterchangeError(path: path, "not text (it has NUL bytes)")
    }
    let lines = LineIndex(bytes: bytes)
    let first = bytes.first { !($0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09) }
    let format = InterchangeFormat.forPath(path)
    let files: [TranslationFile]
    switch (first, format) {
    case (UInt8(ascii: "<"), _), (_, .xliff), (_, .xliff12):
      files = try readXLIFF(bytes, lines: lines, path: path)
    case (_, .po), (_, .pot):
      files = try POFormat.read(bytes, path: path)
    case (UInt8(ascii: "{"), _), (UInt8(ascii: "["), _), (_, .json), (_, .arb), (_, .xcstrings):
      let value = try JSONValue.parse(bytes, lines: lines, path: path)
      files = try readJSON(
        value, path: path, format: format, language: language ?? languageInFileName(path))
    case (nil, _):
      throw InterchangeError(path: path, "the file is empty")
    default:
      throw InterchangeError(
        path: path,
        "not a file Salin can import: name it .xlf, .po, .xcstrings, .arb or .json")
    }
    try checkFileName(files, path: path)
    // A file that names no target language takes the one its name gives (`x.tl.po` written by
    // xliff2po has no Language header).
    if files.count == 1, files[0].targetLanguage == nil, format != .pot {
      var named = files
      named[0].targetLanguage = language ?? languageInFileName(path)
      return named
    }
    return files
  }

  private static func readXLIFF(_ bytes: [UInt8], lines: LineIndex, path: String)
    throws(InterchangeError) -> [TranslationFile]
  {
    let root: XMLElement
    do {
      root = try XMLTree.parse(bytes, lines: lines)
    } catch {
      throw InterchangeError(
        SourceLocation(file: path, position: error.position),
        "not well-formed XML: \(error.message)")
    }
    let version = root.attribute("version") ?? ""
    switch (root.name, root.namespace) {
    case ("xliff", XLIFF2.namespace) where version.hasPrefix("2."):
      return try XLIFF2.read(root, path: path)
    case ("xliff", XLIFF12.namespace) where version == "1.2",
      ("xliff", XLIFF12.namespace11) where version == "1.1":
      return try XLIFF12.read(root, path: path)
    case ("xliff", _):
      throw InterchangeError(
        SourceLocation(file: path, position: root.position),
        "XLIFF version '\(version)' in namespace '\(root.namespace)' is not one Salin reads"
          + " (XLIFF 2.x in \(XLIFF2.namespace), 1.2 in \(XLIFF12.namespace) or 1.1)")
    default:
      throw InterchangeError(
        SourceLocation(file: path, position: root.position),
        "not an XLIFF document: the root element is <\(root.name)>, not <xliff>")
    }
  }

  private static func readJSON(
    _ value: JSONValue, path: String, format: InterchangeFormat?, language: Language?
  ) throws(InterchangeError) -> [TranslationFile] {
    if format == .xcstrings
      || value.member("sourceLanguage") != nil && value.member("strings") != nil
    {
      return try XCStrings.read(value, path: path)
    }
    if format == .arb || value.member("@@locale") != nil {
      return try ARB.read(value, path: path, language: language)
    }
    return try JSONMessages.read(value, path: path, language: language)
  }

  /// Refuses a file whose name gives one target language and whose content another.
  private static func checkFileName(_ files: [TranslationFile], path: String)
    throws(InterchangeError)
  {
    guard let named = languageInFileName(path), files.count == 1 else { return }
    for file in files {
      guard let target = file.targetLanguage, !sameLanguage(target, named) else { continue }
      throw InterchangeError(
        path: path,
        "the file's target language is \(target) but its name says \(named); rename the file"
          + " or fix its target language")
    }
  }

  /// The language an interchange file's name gives: `edscg-5.tl.xlf` → tl (a stem must come
  /// first: `my-file.xlf` is no Burmese).
  /// - Parameter path: A file path.
  /// - Returns: The language, or `nil` when the name has none.
  public static func languageInFileName(_ path: String) -> Language? {
    Language.declared(byFileName: path, allowsBareTag: false)
  }

  static func sameLanguage(_ a: Language, _ b: Language) -> Bool {
    a.tag.replacingUnderscores().lowercased() == b.tag.replacingUnderscores().lowercased()
  }
}

extension String {
  func replacingUnderscores() -> String { String(map { $0 == "_" ? "-" : $0 }) }
}
