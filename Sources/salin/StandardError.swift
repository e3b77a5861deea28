import Foundation

/// Everything `salin` writes to standard error goes through here, in one style: a problem is
/// `file:line:column: error: …` where it has a place and `error: …` where it has none (the same
/// with `warning:`), and a note such as `wrote out/x.en.md` is written as it is.
enum StandardError {
  /// Writes `error: message`, or `file:line:column: error: …` (see `marked(_:as:)`).
  /// - Parameter message: What went wrong, one line.
  static func error(_ message: String) { line(marked(message, as: "error")) }

  /// Writes `warning: message`, or `file:line:column: warning: …`.
  /// - Parameter message: What did not stop the command, one line.
  static func warning(_ message: String) { line(marked(message, as: "warning")) }

  /// Writes a library's error: as it is where it already says where and what it is
  /// (`file:line:column: error: …`, one line a problem), else as `error: description`.
  ///
  /// Libraries describe located problems compiler-style themselves (briefing, render and
  /// interchange errors); prefixing those again would print `error: f:1:2: error: …`.
  /// - Parameter error: The error a library threw.
  static func report(_ error: any Error) {
    let text = "\(error)"
    let located =
      !text.isEmpty && text.split(separator: "\n").allSatisfy { $0.contains(": error: ") }
    if located { line(text) } else { self.error(text) }
  }

  /// A message with its severity: after the place when the message starts with one
  /// (`f.yaml:2:3: error: …`, as compilers write it and as editors and CI problem matchers link
  /// it, like the briefing and render errors), else before it (`error: …`).
  ///
  /// Libraries' descriptions start with `file:line:column: ` (or `file:line: `) when they know
  /// where the problem is; config, catalog and termbase errors came out `error: f.yaml:2:3: …`.
  /// The place has no white space, so a time of day inside a sentence is never taken for one
  /// (a path with a space keeps the `error: …` form).
  /// - Parameters:
  ///   - message: The message, perhaps starting with where.
  ///   - severity: `error` or `warning`.
  /// - Returns: The line to write.
  static func marked(_ message: String, as severity: String) -> String {
    guard let place = message.prefixMatch(of: #/(\S+?:[0-9]+(?::[0-9]+)?): /#) else {
      return "\(severity): \(message)"
    }
    return "\(place.1): \(severity): \(message[place.range.upperBound...])"
  }

  /// Writes a line as it is: a note, or a library's own `file:line:column: error: …` lines.
  /// - Parameter text: The line (or lines), without the final line break.
  static func line(_ text: String) { write(text + "\n") }

  /// Writes text without adding a line break (a progress line redrawn with `\r`).
  /// - Parameter text: The text.
  static func write(_ text: String) { FileHandle.standardError.write(Data(text.utf8)) }
}
