/// Text from a user's file made safe to show inside a one-line message on a terminal.
///
/// A value quoted in an error or a report comes from the input, so it may hold a line break
/// (which would split a `file:line:column: error:` line in two), an escape sequence (which a
/// terminal would obey: colours, cursor moves, a changed title) or a bidirectional override
/// (which reorders what the reader sees). Each of those is shown as a Swift-style escape
/// (`\n`, `\u{1B}`), and a long value is cut, so the message stays one readable line.
public enum DisplayText {
  /// The most Unicode scalars of a value shown before it is cut with `…`.
  public static let maximumLength = 80

  /// A value escaped and cut for a one-line message.
  /// - Parameters:
  ///   - text: The value.
  ///   - maximumLength: The most scalars kept before `…`.
  /// - Returns: The value with control and bidirectional-format characters escaped.
  public static func quoted(_ text: some StringProtocol, maximumLength: Int = maximumLength)
    -> String
  {
    var result = ""
    var count = 0
    for scalar in text.unicodeScalars {
      if count == maximumLength {
        result += "…"
        break
      }
      count += 1
      result += escaped(scalar)
    }
    return result
  }

  /// Text escaped for a terminal without being cut (a line of a file shown as a snippet).
  /// - Parameter text: The text.
  /// - Returns: The text with control and bidirectional-format characters escaped; tabs kept.
  public static func escapingControls(_ text: some StringProtocol) -> String {
    guard text.unicodeScalars.contains(where: { $0 != "\t" && needsEscape($0) }) else {
      return String(text)
    }
    var result = ""
    for scalar in text.unicodeScalars {
      result += scalar == "\t" ? "\t" : escaped(scalar)
    }
    return result
  }

  private static func escaped(_ scalar: Unicode.Scalar) -> String {
    guard needsEscape(scalar) else { return String(scalar) }
    switch scalar {
    case "\n": return "\\n"
    case "\r": return "\\r"
    case "\t": return "\\t"
    default: return "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
    }
  }

  /// C0 and C1 controls, DEL, and the bidirectional embeddings, overrides and isolates.
  private static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: true
    default: false
    }
  }
}
