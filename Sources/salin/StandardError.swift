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

  /// Writes a line as it is: a note, or a library's own `file:line:column: error: …` lines.
  /// - Parameter text: The line (or lines), without the final line break.
  static func line(_ text: String) { write(text + "\n") }

  /// Writes text without adding a line break (a progress line redrawn with `\r`).
  /// - Parameter text: The text.
  static func write(_ text: String) { FileHandle.standardError.write(Data(text.utf8)) }
}
