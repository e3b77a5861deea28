/// Writes XML text: elements, attributes and character data, escaped, indented two spaces a
/// level, with inline content kept on one line so that no whitespace is added to translatable text.
struct XMLWriter {
  private(set) var text = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
  private var open: [String] = []

  /// Opens an element on its own line.
  mutating func start(_ name: String, _ attributes: KeyValuePairs<String, String?> = [:]) {
    text += indent + "<" + name + Self.attributes(attributes) + ">\n"
    open.append(name)
  }

  /// Closes the innermost element opened with `start`.
  mutating func end() {
    let name = open.removeLast()
    text += indent + "</" + name + ">\n"
  }

  /// Writes `<name attributes>content</name>` on one line; `content` is already XML.
  mutating func inline(
    _ name: String, _ attributes: KeyValuePairs<String, String?> = [:], xml content: String
  ) {
    text += indent + "<" + name + Self.attributes(attributes) + ">" + content + "</" + name + ">\n"
  }

  /// Writes `<name attributes>text</name>` on one line, escaping the text.
  mutating func element(
    _ name: String, _ attributes: KeyValuePairs<String, String?> = [:], text content: String
  ) {
    inline(name, attributes, xml: Self.escape(content))
  }

  /// Writes an empty element.
  mutating func empty(_ name: String, _ attributes: KeyValuePairs<String, String?> = [:]) {
    text += indent + "<" + name + Self.attributes(attributes) + "/>\n"
  }

  private var indent: String { String(repeating: "  ", count: open.count) }

  /// ` name="value"` for each attribute with a value.
  static func attributes(_ attributes: KeyValuePairs<String, String?>) -> String {
    var out = ""
    for (name, value) in attributes {
      guard let value else { continue }
      out += " \(name)=\"\(escape(value, attribute: true))\""
    }
    return out
  }

  /// Escapes character data (`&`, `<`, `>`), and in attributes also quotes and line breaks.
  ///
  /// Attribute normalisation would otherwise turn tabs and newlines into spaces. Characters XML 1.0 forbids are written as nothing
  /// could read them back; callers refuse such text before writing (see `XMLText.invalidScalar`).
  static func escape(_ text: String, attribute: Bool = false) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"" where attribute: out += "&quot;"
      case "\n" where attribute: out += "&#10;"
      case "\t" where attribute: out += "&#9;"
      case "\r": out += "&#13;"
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out
  }
}

/// What XML 1.0 can hold.
enum XMLText {
  /// The first scalar XML 1.0 cannot hold (controls other than tab, newline and return), if any.
  static func invalidScalar(in text: String) -> Unicode.Scalar? {
    text.unicodeScalars.first {
      ($0.value < 0x20 && $0 != "\t" && $0 != "\n" && $0 != "\r") || $0.value == 0xFFFE
        || $0.value == 0xFFFF
    }
  }
}
