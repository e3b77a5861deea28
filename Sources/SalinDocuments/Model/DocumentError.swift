public import SalinBriefing
public import SalinCatalog
public import SalinCore

/// Why a file could not be read as a document.
public enum DocumentError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The file could not be opened or read.
  case unreadable(path: String, reason: String)
  /// The file has no bytes.
  case empty(path: String)
  /// The file or stream holds more than `limit` bytes (``DocumentReader/maximumSize``).
  case tooLarge(path: String, limit: Int)
  /// The file holds a NUL byte (at `line` and `column`): it is binary, not text.
  case binary(path: String, line: Int, column: Int)
  /// The file is not valid UTF-8; `line` and `column` are where the first bad byte is.
  case invalidUTF8(path: String, line: Int, column: Int)
  /// YAML (a catalog, front matter) that could not be parsed, or that passes a limit.
  case malformedYAML(path: String, line: Int, column: Int, message: String)
  /// A language tag Salin's own syntax declares (front matter `lang:`, `<!-- salin: lang=… -->`)
  /// is not a well-formed BCP 47 tag.
  case invalidLanguage(path: String, line: Int, LanguageTagError)
  /// A catalog that `salin catalog check` would refuse, or an entry it could not read.
  case invalidCatalog(CatalogError)
  /// A PO file could not be parsed; `line` and `column` point at the offending character.
  case malformedPO(path: String, line: Int, column: Int, message: String)
  /// A briefing the briefing loader refuses (`salin render` would refuse it too).
  case invalidBriefing(BriefingError)

  /// One line naming the file (and where, when there is a where) and the problem; any control
  /// character from the input (a line break in a quoted value) is escaped.
  public var description: String {
    let text =
      switch self {
      case .unreadable(let path, let reason): "\(path): cannot read file: \(reason)"
      case .empty(let path): "\(path): file is empty"
      case .tooLarge(let path, let limit):
        "\(path): more than \(limit >> 20) MiB, the most Salin reads as one document: split it"
      case .binary(let path, let line, let column):
        "\(path):\(line):\(column): binary file (a NUL byte here), not text: Salin reads UTF-8 "
          + "text"
      case .invalidUTF8(let path, let line, let column):
        "\(path):\(line):\(column): file is not valid UTF-8: convert it (for example with "
          + "iconv -t UTF-8)"
      case .invalidLanguage(let path, let line, let error): "\(path):\(line): \(error)"
      case .invalidCatalog(let error): "\(error)"
      case .malformedYAML(let path, let line, let column, let message):
        "\(path):\(line):\(column): malformed YAML: \(message)"
      case .malformedPO(let path, let line, let column, let message):
        "\(path):\(line):\(column): malformed PO file: \(message)"
      case .invalidBriefing(let error):
        // One line: the first problem; render lists every one.
        "\(error.location): invalid briefing: \(error.reason)"
          + (error.additional.isEmpty
            ? ""
            : " (and \(error.additional.count) more problem\(error.additional.count == 1 ? "" : "s"):"
              + " salin render lists them all)")
      }
    return DisplayText.escapingControls(text)
  }
}
