public import SalinCore

/// One catalog entry's fields, as an import writes them.
public struct CatalogEntryFields: Hashable, Sendable {
  /// The dotted key.
  public var key: String
  /// The message.
  public var message: String
  /// The description for translators.
  public var description: String?
  /// Other spellings of the label.
  public var variants: [String]
  /// `untranslated: ok`.
  public var allowsSameText: Bool
  /// The state; `nil` or `translated` is not written.
  public var state: TranslationState?

  /// Makes the fields of an entry.
  public init(
    key: String, message: String, description: String? = nil, variants: [String] = [],
    allowsSameText: Bool = false, state: TranslationState? = nil
  ) {
    self.key = key
    self.message = message
    self.description = description
    self.variants = variants
    self.allowsSameText = allowsSameText
    self.state = state == .translated ? nil : state
  }
}

/// Writes catalog YAML the way `locales/*.yaml` is written: `key: message` when an entry has
/// nothing else, a mapping otherwise; scalars plain where YAML reads them back unchanged, else
/// single-quoted, else double-quoted.
public enum CatalogYAML {
  /// The text of one entry, ending with a newline.
  /// - Parameter entry: The entry's fields.
  /// - Returns: YAML that `CatalogFile` reads back as the same fields.
  public static func text(of entry: CatalogEntryFields) -> String {
    let key = scalar(entry.key, flow: false)
    let simple =
      entry.description == nil && entry.variants.isEmpty && !entry.allowsSameText
      && entry.state == nil
    if simple { return "\(key): \(scalar(entry.message, flow: false))\n" }
    var out = "\(key):\n  message: \(scalar(entry.message, flow: false))\n"
    if let description = entry.description {
      out += "  description: \(scalar(description, flow: false))\n"
    }
    if !entry.variants.isEmpty {
      let flow =
        "  variants: ["
        + entry.variants.map { scalar($0, flow: true) }.joined(
          separator: ", ") + "]"
      if flow.count <= 100 {
        out += flow + "\n"
      } else {
        out +=
          "  variants:\n" + entry.variants.map { "    - \(scalar($0, flow: false))\n" }.joined()
      }
    }
    if entry.allowsSameText { out += "  untranslated: ok\n" }
    if let state = entry.state { out += "  state: \(state.rawValue)\n" }
    return out
  }

  /// A whole new catalog file: the locale line, then each entry.
  /// - Parameters:
  ///   - language: The catalog's locale.
  ///   - entries: The entries in order.
  /// - Returns: The file's text.
  public static func file(language: Language, entries: [CatalogEntryFields]) -> String {
    "locale: \(language.tag)\n\n" + entries.map(text(of:)).joined()
  }

  /// A YAML scalar for a value.
  /// - Parameters:
  ///   - value: The text.
  ///   - flow: Whether it stands in a flow sequence (`[a, b]`), where `,[]{}` must be quoted.
  /// - Returns: The scalar as YAML reads it back: plain, single- or double-quoted.
  static func scalar(_ value: String, flow: Bool) -> String {
    if isPlainSafe(value, flow: flow) { return value }
    if value.unicodeScalars.allSatisfy({ $0.value >= 0x20 && $0.value != 0x7F && !isSpecial($0) }) {
      return "'"
        + value.split(separator: "'", omittingEmptySubsequences: false).joined(
          separator: "''") + "'"
    }
    var out = "\""
    for scalar in value.unicodeScalars {
      switch scalar {
      case "\\": out += "\\\\"
      case "\"": out += "\\\""
      case "\n": out += "\\n"
      case "\t": out += "\\t"
      case "\r": out += "\\r"
      case _ where scalar.value < 0x20 || scalar.value == 0x7F || isSpecial(scalar):
        let hex = String(scalar.value, radix: 16, uppercase: true)
        out += "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out + "\""
  }

  /// Scalars YAML treats as line breaks or refuses in plain and single-quoted text.
  private static func isSpecial(_ scalar: Unicode.Scalar) -> Bool {
    [0x85, 0x2028, 0x2029, 0xFEFF].contains(scalar.value)
      || (0x80...0x9F).contains(scalar.value)
  }

  private static func isPlainSafe(_ value: String, flow: Bool) -> Bool {
    guard let first = value.unicodeScalars.first, let last = value.unicodeScalars.last else {
      return false
    }
    if first == " " || last == " " || last == ":" { return false }
    if "-?:,[]{}#&*!|>'\"%@`".unicodeScalars.contains(first) { return false }
    if value.contains(": ") || value.contains(" #") { return false }
    for scalar in value.unicodeScalars {
      if scalar.value < 0x20 || scalar.value == 0x7F || isSpecial(scalar) { return false }
      if flow, ",[]{}".unicodeScalars.contains(scalar) { return false }
    }
    // Words YAML 1.1 parsers read as booleans or null: Yams keeps the text, but other tools
    // reading the catalog would not.
    let lower = value.lowercased()
    if ["true", "false", "yes", "no", "on", "off", "null", "~", "y", "n"].contains(lower) {
      return false
    }
    return true
  }
}
