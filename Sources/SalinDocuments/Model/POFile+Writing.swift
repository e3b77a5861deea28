/// Writing a PO file in the layout gettext's tools write: comments in the order
/// translator, extracted, references, flags, previous strings; a string longer than the line
/// split after spaces, and one with newlines split after each `\n`, over continuation lines.
extension POFile {
  /// The file's text.
  public var text: String {
    var out = ""
    if let header {
      Self.write(header, to: &out)
    }
    for entry in entries {
      if !out.isEmpty { out += "\n" }
      Self.write(entry, to: &out)
    }
    return out
  }

  private static func write(_ entry: POEntry, to out: inout String) {
    for comment in entry.translatorComments { out += comment.isEmpty ? "#\n" : "# \(comment)\n" }
    for comment in entry.extractedComments { out += "#. \(comment)\n" }
    for reference in entry.references { out += "#: \(reference)\n" }
    if !entry.flags.isEmpty { out += "#, " + entry.flags.joined(separator: ", ") + "\n" }
    if let previous = entry.previousContext { string("#| msgctxt", previous, to: &out) }
    if let previous = entry.previousMsgid { string("#| msgid", previous, to: &out) }
    let prefix = entry.isObsolete ? "#~ " : ""
    if let context = entry.context { string(prefix + "msgctxt", context.text, to: &out) }
    string(prefix + "msgid", entry.msgid.text, to: &out)
    if let plural = entry.msgidPlural {
      string(prefix + "msgid_plural", plural.text, to: &out)
      for (index, translation) in entry.msgstr.enumerated() {
        string(prefix + "msgstr[\(index)]", translation.text, to: &out)
      }
    } else {
      string(prefix + "msgstr", entry.msgstr.first?.text ?? "", to: &out)
    }
  }

  /// Writes `keyword "text"`, splitting long or multi-line text over continuation lines.
  private static func string(_ keyword: String, _ text: String, to out: inout String) {
    let continuation = keyword.hasPrefix("#| ") ? "#| " : keyword.hasPrefix("#~ ") ? "#~ " : ""
    let pieces = lines(of: text, width: 79 - 2)
    if pieces.count == 1, keyword.count + 3 + escape(pieces[0]).count <= 79 {
      out += "\(keyword) \"\(escape(pieces[0]))\"\n"
      return
    }
    out += "\(keyword) \"\"\n"
    for piece in pieces { out += "\(continuation)\"\(escape(piece))\"\n" }
  }

  /// Splits text after each newline, then each line after spaces to fit `width` escaped.
  private static func lines(of text: String, width: Int) -> [String] {
    var result: [String] = []
    var current = ""
    var lastSpace: String.Index?
    // The escaped width of `current`, and of its part up to `lastSpace`, kept as characters are
    // added (escaping it again for each character made long strings quadratic).
    var escapedWidth = 0
    var widthAtSpace = 0
    for character in text {
      current.append(character)
      escapedWidth += "\\\"\n\t\r".contains(character) ? 2 : 1
      if character == "\n" {
        result.append(current)
        current = ""
        lastSpace = nil
        escapedWidth = 0
        continue
      }
      if character == " " {
        lastSpace = current.endIndex
        widthAtSpace = escapedWidth
      }
      if escapedWidth > width, let split = lastSpace, split < current.endIndex {
        result.append(String(current[..<split]))
        current = String(current[split...])
        lastSpace = nil
        escapedWidth -= widthAtSpace
      }
    }
    if !current.isEmpty || result.isEmpty { result.append(current) }
    return result
  }

  /// C-escapes a string for a PO file.
  static func escape(_ text: String) -> String {
    var out = ""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\\": out += "\\\\"
      case "\"": out += "\\\""
      case "\n": out += "\\n"
      case "\t": out += "\\t"
      case "\r": out += "\\r"
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out
  }
}
