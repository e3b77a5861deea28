import Foundation
import SalinInterchange

/// Writing a command's output: atomically to a file, or to standard output.
enum OutputFile {
  /// Writes an interchange file, first warning of what its format could not hold.
  static func write(
    _ text: String, losing losses: [InterchangeLoss], in format: InterchangeFormat, to path: String?
  ) throws(InterchangeError) {
    for line in InterchangeLoss.summary(losses, format: format.displayName) {
      StandardError.warning(line)
    }
    try write(text, to: path)
  }

  static func write(_ text: String, to path: String?) throws(InterchangeError) {
    guard let path, path != "-" else {
      FileHandle.standardOutput.write(Data(text.utf8))
      return
    }
    do {
      try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
    } catch {
      throw InterchangeError(path: path, "cannot write the file")
    }
  }
}
