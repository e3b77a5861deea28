import Foundation

/// Everything `salin` writes to standard error goes through here, in one style: a problem is
/// `error: …` or `warning: …` (`file:line:column: error: …` when the library's description
/// starts with where it is), and a note such as `wrote out/x.en.md` is written as it is.
enum StandardError {
  /// Writes `error: message`.
  /// - Parameter message: What went wrong, one line.
  static func error(_ message: String) { line("error: " + message) }

  /// Writes `warning: message`.
  /// - Parameter message: What did not stop the command, one line.
  static func warning(_ message: String) { line("warning: " + message) }

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

  /// Writes a line as it is: a note, or a library's own `file:line:column: error: …` lines.
  /// - Parameter text: The line (or lines), without the final line break.
  static func line(_ text: String) { write(text + "\n") }

  /// Writes text without adding a line break (a progress line redrawn with `\r`).
  /// - Parameter text: The text.
  static func write(_ text: String) { FileHandle.standardError.write(Data(text.utf8)) }
}
