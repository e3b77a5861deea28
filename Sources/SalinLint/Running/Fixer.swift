import Foundation
import SalinCore

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
    // The real file: a link is followed, so the target is fixed and the link stays a link.
    guard let target = realPath(path) else {
      throw FixError(path: path, reason: .unreadable(String(cString: strerror(errno))))
    }
    var info = stat()
    guard lstat(target, &info) == 0, info.st_mode & S_IFMT == S_IFREG else {
      throw FixError(path: path, reason: .notRegularFile)
    }
    // Refused even where the kernel would allow it (root ignores permission bits): a read-only
    // file is one its owner asked not to have rewritten.
    guard info.st_mode & 0o222 != 0, access(target, W_OK) == 0 else {
      throw FixError(path: path, reason: .readOnly)
    }
    guard info.st_nlink <= 1 else {
      throw FixError(path: path, reason: .hardLinked(Int(info.st_nlink)))
    }
    let folder = (target as NSString).deletingLastPathComponent
    let name = (target as NSString).lastPathComponent
    let temporary = (folder.isEmpty ? "." : folder) + "/.\(name).salin-fix-\(UUID().uuidString)"
    let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
    guard descriptor >= 0 else {
      throw FixError(path: path, reason: .cannotWrite(String(cString: strerror(errno))))
    }
    var written = false
    defer { if !written { unlink(temporary) } }
    do {
      defer { close(descriptor) }
      try writeAll(bytes, to: descriptor, path: path)
      // The same owner and mode; an owner change is allowed to fail (only root may make it).
      _ = fchown(descriptor, info.st_uid, info.st_gid)
      guard fchmod(descriptor, info.st_mode & 0o7777) == 0, fsync(descriptor) == 0 else {
        throw FixError(path: path, reason: .cannotWrite(String(cString: strerror(errno))))
      }
    }
    // The last moment to notice an edit made while the file was linted.
    guard FileManager.default.contents(atPath: target).map({ [UInt8]($0) == original }) == true
    else { throw FixError(path: path, reason: .changedDuringRun) }
    guard rename(temporary, target) == 0 else {
      throw FixError(path: path, reason: .cannotWrite(String(cString: strerror(errno))))
    }
    written = true
  }

  private static func writeAll(_ bytes: [UInt8], to descriptor: Int32, path: String)
    throws(FixError)
  {
    var offset = 0
    while offset < bytes.count {
      let count = bytes[offset...].withUnsafeBytes {
        Foundation.write(descriptor, $0.baseAddress, $0.count)
      }
      if count < 0, errno == EINTR { continue }
      guard count > 0 else {
        throw FixError(path: path, reason: .cannotWrite(String(cString: strerror(errno))))
      }
      offset += count
    }
  }

  private static func realPath(_ path: String) -> String? {
    guard let resolved = realpath(path, nil) else { return nil }
    defer { free(resolved) }
    return String(cString: resolved)
  }
}

/// Why `--fix` left a file as it was.
public struct FixError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The file as the user named it.
  public let path: String
  /// Why it was not fixed.
  public let reason: Reason

  /// The reasons a file is not fixed.
  public enum Reason: Hashable, Sendable {
    /// The file (or the target of a link) cannot be found or read.
    case unreadable(String)
    /// It is a folder, a device, a pipe: not a file to rewrite.
    case notRegularFile
    /// No one may write it.
    case readOnly
    /// It has other names (hard links) that a rename would leave holding the old text.
    case hardLinked(Int)
    /// Its contents changed after it was read, so the fixes were made for other text.
    case changedDuringRun
    /// The temporary file could not be written or renamed over the file.
    case cannotWrite(String)
  }

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
