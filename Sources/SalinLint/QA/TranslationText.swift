import Foundation
/// The pieces of a text that a translation must carry over unchanged — placeholders, numbers,
/// URLs, acronyms — and the shape it must keep (brackets, final punctuation), as the QA rules
/// (SL030–SL037) and the PO checks compare a source with its translation.
///
/// The rules follow translate-toolkit's pofilter and Okapi CheckMate: a placeholder, number, URL
/// or acronym of the source that the target lacks (or has more of) is a finding.
enum TranslationText {
  /// printf conversions (`%s`, `%lu`, `%1$s`, `%-5.2f`, `%(name)s`), without `%%`.
  static func printfPlaceholders(_ text: String) -> [String] {
    var found: [String] = []
    let scalars = Array(text.unicodeScalars)
    var index = 0
    while index < scalars.count {
      guard scalars[index] == "%" else {
        index += 1
        continue
      }
      var end = index + 1
      guard end < scalars.count else { break }
      if scalars[end] == "%" {
        index = end + 1
        continue
      }
      if scalars[end] == "(" {
        while end < scalars.count, scalars[end] != ")" { end += 1 }
        end += 1
      }
      // Position, flags, width, precision.
      while end < scalars.count, "0123456789$#-+ .*'".unicodeScalars.contains(scalars[end]) {
        end += 1
      }
      // Length modifiers.
      while end < scalars.count, "hlLqjzt".unicodeScalars.contains(scalars[end]) { end += 1 }
      guard end < scalars.count, "diouxXeEfFgGaAcspnm@".unicodeScalars.contains(scalars[end]) else {
        index += 1
        continue
      }
      found.append(String(String.UnicodeScalarView(scalars[index...end])))
      index = end + 1
    }
    return found
  }

  /// Brace placeholders (`{0}`, `{name}`, ICU `{n, plural, …}` by its argument name), outermost
  /// only; `{{` is a literal brace.
  static func bracePlaceholders(_ text: String) -> [String] {
    var found: [String] = []
    var depth = 0
    var current = ""
    var previous: Character?
    for character in text {
      if character == "{" {
        if depth == 0 { current = "" }
        depth += 1
      } else if character == "}", depth > 0 {
        depth -= 1
        if depth == 0 {
          let name = current.split(separator: ",").first.map {
            String($0).trimmingCharacters(in: .whitespaces)
          }
          if let name, !name.isEmpty,
            name.allSatisfy({ $0.isLetter || $0.isNumber || "_.-".contains($0) })
          {
            found.append("{" + name + "}")
          }
        }
      } else if depth == 1 {
        current.append(character)
      }
      previous = character
    }
    _ = previous
    return found
  }

  /// Numbers as digits (grouping separators dropped, a decimal point kept): "1,000" → "1000".
  ///
  /// Digits inside a word count too, as pofilter counts them: an identifier's number
  /// (`NewFileDesc2`, `file1`) must not change either.
  static func numbers(_ text: String) -> [String] {
    var found: [String] = []
    var current = ""
    let characters = Array(text)
    for (index, character) in characters.enumerated() {
      if character.isASCII, character.isNumber {
        current.append(character)
      } else if (character == "," || character == "."), !current.isEmpty,
        index + 1 < characters.count, characters[index + 1].isASCII, characters[index + 1].isNumber
      {
        if character == "." { current.append(".") }
      } else if !current.isEmpty {
        found.append(current)
        current = ""
      }
    }
    if !current.isEmpty { found.append(current) }
    return found
  }

  /// URLs and e-mail addresses (`scheme://…`, `www.…`, `user@host.tld`), trailing punctuation
  /// left out.
  static func urls(_ text: String) -> [String] {
    // Most texts have none: a scan for the three signs is much cheaper than splitting.
    guard text.contains("://") || text.contains("@") || text.lowercased().contains("www.") else {
      return []
    }
    return text.split(whereSeparator: { $0.isWhitespace || "<>\"'()".contains($0) }).compactMap {
      word in
      var token = Substring(word)
      while let last = token.last, ".,;:!?".contains(last) { token = token.dropLast() }
      let lower = token.lowercased()
      let isURL =
        lower.contains("://") || lower.hasPrefix("www.")
        || (lower.contains("@") && lower.split(separator: "@").last?.contains(".") == true
          && !lower.hasPrefix("@"))
      return isURL ? String(token) : nil
    }
  }

  /// Acronyms: words of two or more capital letters (digits allowed after the first: G20, K9),
  /// outside placeholders.
  ///
  /// A word ends where Latin letters do: a Korean particle is written against the acronym
  /// (`APT는`, `CD-ROM을`), and the acronym is still there.
  static func acronyms(_ text: String) -> [String] {
    text.split(whereSeparator: { !($0.isASCII && ($0.isLetter || $0.isNumber)) }).compactMap {
      word in
      guard word.count >= 2, let first = word.first, first.isUppercase, first.isASCII else {
        return nil
      }
      let letters = word.filter(\.isLetter)
      guard letters.count >= 2, letters.allSatisfy({ $0.isUppercase && $0.isASCII }) else {
        return nil
      }
      return String(word)
    }
  }

  /// The opening/closing pairs whose counts must match.
  static let bracketPairs: [(Character, Character)] = [
    ("(", ")"), ("[", "]"), ("{", "}"), ("“", "”"), ("‘", "’"), ("«", "»"), ("「", "」"), ("『", "』"),
  ]

  /// Per bracket pair, opening minus closing count; and the count of each bracket.
  static func bracketCounts(_ text: String) -> [Character: Int] {
    var counts: [Character: Int] = [:]
    let all = Set(bracketPairs.flatMap { [$0.0, $0.1] })
    for character in text where all.contains(character) { counts[character, default: 0] += 1 }
    return counts
  }

  /// Whether brackets and paired quotes are balanced in the text.
  static func unbalancedPairs(_ text: String) -> [(Character, Character)] {
    let counts = bracketCounts(text)
    return bracketPairs.filter { pair in
      // ’ is also an apostrophe: only a lone ‘ without ’ counts.
      if pair.0 == "‘" { return (counts["‘"] ?? 0) > (counts["’"] ?? 0) }
      return (counts[pair.0] ?? 0) != (counts[pair.1] ?? 0)
    }
  }

  /// The final punctuation class of a text, ignoring trailing spaces and closing quotes or
  /// brackets: `.` (also 。), `?` (？), `!` (！), `:` (：), `…` (also `...`), `;`, or `nil`.
  static func finalPunctuation(_ text: String) -> Character? {
    var trimmed = Substring(text)
    while let last = trimmed.last, last.isWhitespace || "\"'”’»)]」』".contains(last) {
      trimmed = trimmed.dropLast()
    }
    if trimmed.hasSuffix("...") || trimmed.hasSuffix("…") { return "…" }
    switch trimmed.last {
    case ".", "。": return "."
    case "?", "？": return "?"
    case "!", "！": return "!"
    case ":", "：": return ":"
    case ";": return ";"
    default: return nil
    }
  }

  /// Whether a text has letters (a string of only symbols, numbers or placeholders does not need
  /// translating).
  static func hasLetters(_ text: String) -> Bool {
    var stripped = text
    for placeholder in printfPlaceholders(text) + urls(text) + bracePlaceholders(text) {
      stripped = stripped.replacingOccurrences(of: placeholder, with: " ")
    }
    return stripped.contains { $0.isLetter }
  }

  /// Whether a text is only punctuation and spaces (at least one punctuation mark).
  static func isPurePunctuation(_ text: String) -> Bool {
    let trimmed = text.filter { !$0.isWhitespace }
    return !trimmed.isEmpty && trimmed.allSatisfy { $0.isPunctuation || $0.isSymbol }
  }
}
