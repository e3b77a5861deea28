import Foundation
import Synchronization

/// A progress line on standard error, only on a terminal and only for long runs.
final class LintProgress: Sendable {
  /// Runs with fewer files finish too fast to need one.
  static let minimumFiles = 200
  /// Whether standard error is a terminal.
  private let isTerminal = isatty(STDERR_FILENO) != 0
  /// Whether a line was drawn, so that `finish` clears it.
  private let drawn = Atomic(false)

  /// Redraws the line after a file, every 50 files and at the last.
  /// - Parameters:
  ///   - done: Files linted so far.
  ///   - total: Files to lint.
  func update(_ done: Int, _ total: Int) {
    guard isTerminal, total >= Self.minimumFiles, done % 50 == 0 || done == total else { return }
    drawn.store(true, ordering: .relaxed)
    StandardError.write("\r\u{1B}[Klinting \(done)/\(total) files")
  }

  /// Clears the line once the run is over.
  func finish() {
    if drawn.load(ordering: .relaxed) { StandardError.write("\r\u{1B}[K") }
  }
}
