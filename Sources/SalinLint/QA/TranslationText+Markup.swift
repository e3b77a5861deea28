/// Markup and quotation marks in a text, as translate-toolkit's pofilter reads them for
/// `xmltags`, `doublequoting` and `singlequoting`.
extension TranslationText {
  /// One property of an XML or HTML tag: the tag's name (`b`, `/b`, `br/`), and an attribute
  /// with its value, or only the name for the tag itself.
  struct TagProperty: Hashable {
    /// The tag's name, `/` first for an end tag and last for an empty one.
    var tag: String
    /// An attribute's name, or `nil` for the tag itself.
    var attribute: String?
    /// The attribute's value, or `nil` when a translation may change it (`alt`, `title`).
    var value: String?
  }

  /// Attributes whose values a translation may change (pofilter's `common_canchangetags`):
  /// `alt` of an image, and `title`, `dir` and `lang` of any tag.
  private static func mayChange(tag: String, attribute: String) -> Bool {
    switch attribute {
    case "title", "dir", "lang": true
    case "alt": tag == "img" || tag == "img/"
    default: false
    }
  }

  /// The tags of a text: every `<…>` without a `>` inside (pofilter's `tag_re`).
  /// - Parameter text: The text.
  /// - Returns: Each tag as written.
  static func tags(_ text: String) -> [Substring] {
    var found: [Substring] = []
    var rest = text[...]
    while let open = rest.firstIndex(of: "<") {
      let after = rest.index(after: open)
      guard let close = rest[after...].firstIndex(of: ">") else { break }
      if close > after, !rest[after..<close].contains("<") {
        found.append(rest[open...close])
        rest = rest[rest.index(after: close)...]
      } else {
        rest = rest[after...]
      }
    }
    return found
  }

  /// The text without its tags (pofilter's `filterxml`).
  /// - Parameter text: The text.
  /// - Returns: The text with every tag removed.
  static func removingTags(_ text: String) -> String {
    guard text.contains("<") else { return text }
    var result = ""
    var rest = text[...]
    for tag in tags(text) {
      result += rest[..<tag.startIndex]
      rest = rest[tag.endIndex...]
    }
    return result + rest
  }

  /// A tag's name and its attributes that a translation must keep (pofilter's `tagproperties`).
  /// - Parameter tag: A tag, `<` to `>`.
  /// - Returns: The tag's name first, then each attribute.
  static func properties(ofTag tag: Substring) -> [TagProperty] {
    let inner = tag.dropFirst().dropLast()
    let body = inner.drop { $0.isWhitespace }
    var name = String(body.prefix { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "/" })
    if inner.last(where: { !$0.isWhitespace }) == "/", !name.hasSuffix("/") { name += "/" }
    var properties = [TagProperty(tag: name, attribute: nil, value: nil)]
    // ` name="value"` or ` name='value'`, as pofilter's property_re.
    var rest = body.dropFirst(name.count)
    while let space = rest.firstIndex(where: \.isWhitespace) {
      rest = rest[rest.index(after: space)...]
      let attribute = rest.prefix { $0.isLetter || $0.isNumber || $0 == "_" }
      let afterName = rest[attribute.endIndex...]
      guard afterName.first == "=", let quote = afterName.dropFirst().first,
        quote == "\"" || quote == "'"
      else { continue }
      let valueStart = afterName.index(afterName.startIndex, offsetBy: 2)
      guard let end = afterName[valueStart...].firstIndex(of: quote) else { break }
      let value = String(afterName[valueStart..<end])
      let attributeName = String(attribute)
      properties.append(
        TagProperty(
          tag: name, attribute: attributeName,
          value: mayChange(tag: name, attribute: attributeName) ? nil : value))
      rest = afterName[afterName.index(after: end)...]
    }
    return properties
  }

  /// How many double quotation marks of each kind a text has, outside tags: `"`, `""`, `\"`,
  /// `«`, `»`, `“` and `”` (pofilter's `doublequoting`).
  /// - Parameter text: The text.
  /// - Returns: The counts, in that order.
  static func doubleQuoteCounts(_ text: String) -> [Int] {
    let text = removingTags(text)
    return ["\"", "\"\"", "\\\"", "«", "»", "“", "”"].map { count($0, in: text) }
  }

  /// How many single quotation marks a text has, counting only quotes that pair up: an apostrophe
  /// inside a word (`don't`, Tagalog `kaya't`), an elision (Tagalog `'di`, `'yan`) or a possessive
  /// (`users'`) is no quotation mark.
  ///
  /// pofilter's `singlequoting` counts `'`, `''` and `\'` after dropping apostrophes inside words.
  /// - Parameter text: The text.
  /// - Returns: The number of paired single quotes, and of `\'`.
  static func singleQuoteCounts(_ text: String) -> [Int] {
    let characters = Array(text)
    var opening: Int?
    var paired = 0
    for (index, character) in characters.enumerated() where character == "'" {
      let before = index > 0 ? characters[index - 1] : " "
      let after = index + 1 < characters.count ? characters[index + 1] : " "
      let opens = !(before.isLetter || before.isNumber) && !after.isWhitespace
      // A Korean particle is written against the closing mark: '%s'를, 'dpkg-dev'가.
      let closes =
        !before.isWhitespace
        && (!(after.isLetter || after.isNumber)
          || (opening != nil && after.isLetter && !after.isCased))
      if closes, opening != nil {
        paired += 2
        opening = nil
      } else if opens {
        opening = index
      }
    }
    return [paired, count("\\'", in: text)]
  }
}
