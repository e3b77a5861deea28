public import Foundation
import SalinCore

extension Termbase {
  /// Loads a termbase file: TBX (`.tbx`, or XML content) or the YAML form (`.yaml`, `.yml`).
  /// - Parameters:
  ///   - url: The file.
  ///   - path: The path to show in errors; the URL's path by default.
  /// - Returns: The termbase.
  /// - Throws: `TermbaseError` for a file that cannot be read or is malformed.
  public static func load(contentsOf url: URL, path: String? = nil) throws(TermbaseError)
    -> Termbase
  {
    let shown = path ?? url.path
    let data: Data
    do {
      data = try Data(contentsOf: url)
    } catch {
      throw TermbaseError(
        "cannot read the termbase (\(error.localizedDescription))",
        at: .init(file: shown, line: 1, column: 1))
    }
    return try parse(data, path: shown)
  }

  /// Reads a termbase from bytes, TBX or YAML by the content (`<` first means XML).
  /// - Parameters:
  ///   - data: The bytes.
  ///   - path: The path to show in errors.
  /// - Returns: The termbase.
  /// - Throws: `TermbaseError`.
  public static func parse(_ data: Data, path: String) throws(TermbaseError) -> Termbase {
    guard let text = String(data: data, encoding: .utf8) else {
      throw TermbaseError(
        "not UTF-8: save the termbase as UTF-8", at: .init(file: path, line: 1, column: 1))
    }
    let first = text.drop { $0.isWhitespace || $0 == "\u{FEFF}" }.first
    if first == "<" || path.lowercased().hasSuffix(".tbx") {
      return try TBXReader.read(data, path: path)
    }
    return try TermbaseYAML.read(text, path: path)
  }
}
