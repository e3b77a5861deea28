import Foundation
public import SalinCore

/// Applies fixes to a file: every other byte stays as it was, and the file is replaced atomically
/// (a temporary file beside it, then `rename`), so a crash never leaves half a file.
///
/// The file replaced is the real one: a symbolic link is followed to its target, which is
/// rewritten in place with its permissions and owner, and the link stays a link (`--fix` once
/// replaced a link with a regular file of mode 0777 holding the target's private text). A file
/// that is read-only, not a regular file, hard-linked under other names, or changed since it was
/// read is left alone with an error that says so: `--fix` never loses an edit made during the run.
public enum Fixer {
  /// Applies non-overlapping fixes to bytes.
  /// - Parameters:
  ///   - fixes: The fixes; overlapping ones after the first are skipped.
  ///   - bytes: The file's bytes.
  /// - Returns: The new bytes and the fixes applied.
  public static func apply(_ fixes: [Fix], to bytes: [UInt8]) -> (bytes: [UInt8], applied: [Fix]) {
    var applied: [Fix] = []
    var lastEnd = -1
    for fix in fixes.sorted(by: { $0.range.start.utf8Offset < $1.range.start.utf8Offset }) {
      guard fix.range.start.utf8Offset >= lastEnd, fix.range.end.utf8Offset <= bytes.count else {
        continue
      }
      applied.append(fix)
      lastEnd = fix.range.end.utf8Offset
    }
    var result = bytes
    for fix in applied.reversed() {
      result.replaceSubrange(fix.range.utf8Offsets, with: Array(fix.replacement.utf8))
    }
    return (result, applied)
  }

  /// Replaces a file's contents through a temporary file beside the real file and a rename,
  /// keeping its permissions and owner, if it still holds what was read.
  /// - Parameters:
  ///   - bytes: The new contents.
  ///   - path: The file, or a symbolic link to it.
  ///   - original: The contents the fixes were made from: if the file no longer holds exactly
  ///     these bytes (someone saved it meanwhile), nothing is written.
  /// - Throws: ``FixError`` naming the file and why it was left as it was.
  public static func write(_ bytes: [UInt8], to path: String, replacing original: [UInt8])
    throws(FixError)
  {
    // The one in-place writer every command that edits a user's file shares.
    do {
      try FileRewrite.replace(path, with: bytes, expecting: original)
    } catch {
      throw FixError(path: path, reason: error.reason)
    }
  }
}

/// Why `--fix` left a file as it was.
public struct FixError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The file as the user named it.
  public let path: String
  /// Why it was not fixed.
  public let reason: Reason

  /// The reasons a file is not fixed: those of any in-place rewrite.
  public typealias Reason = FileRewriteError.Reason

  /// Makes an error.
  /// - Parameters:
  ///   - path: The file.
  ///   - reason: Why it was not fixed.
  public init(path: String, reason: Reason) {
    self.path = path
    self.reason = reason
  }

  /// `path: not fixed: why, and what to do`.
  public var description: String {
    let why =
      switch reason {
      case .unreadable(let problem): "cannot resolve the file (\(problem))"
      case .notRegularFile: "not a regular file"
      case .readOnly: "the file is read-only; make it writable to apply fixes"
      case .hardLinked(let count):
        "the file has \(count) hard links, which a rewrite would split; fix a copy instead"
      case .changedDuringRun: "the file changed while it was linted; run salin lint --fix again"
      case .cannotWrite(let problem): "cannot write the fixed file (\(problem))"
      }
    return "\(DisplayText.escapingControls(path)): fixes not applied: \(why)"
  }
}
