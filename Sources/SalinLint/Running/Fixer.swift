import Foundation
import SalinCore

/// Applies fixes to a file: every other byte stays as it was, and the file is replaced atomically
/// (a temporary file in the same folder, then `rename`), so a crash never leaves half a file.
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

  /// Writes bytes over a file through a temporary file in the same folder and a rename, keeping
  /// the file's permissions.
  /// - Parameters:
  ///   - bytes: The new contents.
  ///   - path: The file.
  /// - Throws: A Foundation error if the temporary file cannot be written or renamed.
  public static func writeAtomically(_ bytes: [UInt8], to path: String) throws {
    let url = URL(fileURLWithPath: path)
    let directory = url.deletingLastPathComponent()
    let temporary = directory.appendingPathComponent(
      ".\(url.lastPathComponent).salin-fix-\(UUID().uuidString)")
    let attributes = try? FileManager.default.attributesOfItem(atPath: path)
    try Data(bytes).write(to: temporary)
    if let permissions = attributes?[.posixPermissions] {
      try? FileManager.default.setAttributes(
        [.posixPermissions: permissions], ofItemAtPath: temporary.path)
    }
    guard rename(temporary.path, path) == 0 else {
      try? FileManager.default.removeItem(at: temporary)
      throw CocoaError(.fileWriteUnknown)
    }
  }
}
