import Foundation

/// Pieces of program text a translation must keep as they are — file paths, function names,
/// command-line options, accelerator keys — as translate-toolkit's pofilter finds them
/// (`filepaths`, `functions`, `options`, `accelerators`).
extension TranslationText {
  /// The words of a text that start with `/` and name something (`/etc/apt`, not a lone `/`),
  /// tags left out (pofilter's `filepaths` looks at each and counts it in both texts).
  /// - Parameter text: The text.
  /// - Returns: The paths, as written (with any trailing punctuation).
  static func filePaths(_ text: String) -> [String] {
    removingTags(text).split(whereSeparator: \.isWhitespace).filter {
      // A lone "/" separates ("%sB / %sB"); a path names something after it.
      $0.hasPrefix("/") && $0.dropFirst().contains { $0.isLetter || $0.isNumber }
    }.map(String.init)
  }

  /// Function names followed by `()`: `rgb()`, `getEntity.Name()`, `IO::String()`,
  /// `pointer->Method()` (pofilter's `_function_re`).
  /// - Parameter text: The text.
  /// - Returns: Each call, with its `()`.
  static func functions(_ text: String) -> [String] {
    guard text.contains("()") else { return [] }
    let characters = Array(text)
    var found: [String] = []
    var index = 1
    while index < characters.count {
      defer { index += 1 }
      guard characters[index - 1] == "(", characters[index] == ")" else { continue }
      var start = index - 1
      while start > 0 {
        let previous = characters[start - 1]
        if previous.isLetter || previous.isNumber || previous == "_" || previous == "." {
          start -= 1
        } else if previous == ":", start >= 2, characters[start - 2] == ":" {
          start -= 2
        } else if previous == ">", start >= 2, characters[start - 2] == "-" {
          start -= 2
        } else {
          break
        }
      }
      guard start < index - 1 else { continue }
      found.append(String(characters[start...index]))
    }
    return found
  }

  /// Long command-line options: words that start with `--` and end with a letter or digit
  /// (`--help`, `--file=FILE`), split at `=` into the option and its parameter.
  /// - Parameter text: The text.
  /// - Returns: Each option with its parameter, if any.
  static func options(_ text: String) -> [(option: String, parameter: String?)] {
    text.split(whereSeparator: \.isWhitespace).compactMap { word in
      guard word != "--", word.hasPrefix("--"), let last = word.last,
        last.isLetter || last.isNumber
      else { return nil }
      let parts = word.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
      return (String(parts[0]), parts.count > 1 ? String(parts[1]) : nil)
    }
  }

  /// The accelerator keys a marker (`&`, `_`, `~`) marks in a text: the marker followed by a letter
  /// or digit without diacritics (pofilter's `findaccelerators`).
  ///
  /// An HTML entity (`&amp;`), a name joined with `&` or `_` between two lowercase letters (`AT&T`,
  /// `file_name`) and a marker written twice (`&&`, `__`) mark nothing.
  /// - Parameters:
  ///   - marker: The accelerator marker.
  ///   - text: The text.
  /// - Returns: The marked characters, in order.
  static func accelerators(marker: Character, in text: String) -> [Character] {
    let characters = Array(text)
    var found: [Character] = []
    var index = 0
    while index + 1 < characters.count {
      defer { index += 1 }
      guard characters[index] == marker else { continue }
      let key = characters[index + 1]
      if key == marker {
        index += 1
        continue
      }
      guard key.isLetter || key.isNumber,
        String(key).decomposedStringWithCanonicalMapping.unicodeScalars.count == 1
      else { continue }
      let previous = index > 0 ? characters[index - 1] : " "
      if marker == "&" {
        // &amp; &#38; — an entity, not an accelerator.
        let rest = characters[(index + 1)...].prefix { $0.isLetter || $0.isNumber || $0 == "#" }
        if index + 1 + rest.count < characters.count, characters[index + 1 + rest.count] == ";" {
          continue
        }
        if previous.isUppercase, key.isUppercase { continue }
      } else if previous.isLowercase || previous.isNumber, key.isLowercase {
        continue
      }
      found.append(key)
    }
    return found
  }
}
