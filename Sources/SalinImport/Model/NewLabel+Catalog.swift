import SalinCore

extension NewLabel {
  /// A catalog for the article's language defining the new labels, ready for `--locales`:
  /// `locale:` and one entry per key, the header text as the message.
  ///
  /// Messages are escaped for the message syntax (apostrophes doubled, braces quoted) and
  /// written as single-quoted YAML, so any header text survives.
  /// - Parameters:
  ///   - labels: The new labels, all in one language.
  ///   - source: The article's path, named in each entry's description.
  /// - Returns: The catalog's YAML, or `nil` when there are no labels.
  public static func catalog(_ labels: [NewLabel], source: String) -> String? {
    guard let language = labels.first?.language else { return nil }
    var lines = [
      "# Labels for table headers that no catalog spells, written by `salin import`.",
      "# Translate each into the other locales' catalogs.",
      "locale: \(language.tag)",
    ]
    for label in labels {
      lines.append("\(label.key):")
      lines.append("  message: \(singleQuoted(messageEscaped(label.text)))")
      lines.append(
        "  description: \(singleQuoted("Table column header imported from \(source):\(label.location.line):\(label.location.column)."))"
      )
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// Text as a message whose output is exactly that text.
  static func messageEscaped(_ text: String) -> String {
    var result = ""
    for character in text {
      switch character {
      case "'": result += "''"
      case "{", "}": result += "'\(character)'"
      default: result.append(character)
      }
    }
    return result
  }

  static func singleQuoted(_ text: String) -> String {
    "'" + text.split(separator: "'", omittingEmptySubsequences: false).joined(separator: "''") + "'"
  }
}
