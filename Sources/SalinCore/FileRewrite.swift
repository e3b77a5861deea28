import Foundation

/// Rewrites a file the user keeps (a document `--fix`es, a briefing `salin merge` writes into, a
/// catalog `salin catalog import` updates) without losing anything the file was.
///
/// The new bytes go to a temporary file beside the real one, which then replaces it with a
/// `rename`, so a crash never leaves half a file. `Data.write(to:options: .atomic)` does that
/// too, but on a symbolic link it replaces the link with a regular file of the process's default
/// mode (a private target's text became world-readable), and it writes over an edit someone
/// saved meanwhile. Here a link is followed and its target rewritten with its owner and mode, the
/// link stays a link, and a file that is read-only, not a regular file, hard-linked under other
/// names, or no longer holding the bytes the new text was made from is left alone with an error.
public enum FileRewrite {
  /// Replaces a file's contents, if it still holds what was read.
  /// - Parameters:
  ///   - path: The file, or a symbolic link to it.
  ///   - bytes: The new contents.
  ///   - original: The contents the new ones were made from: if the file no longer holds
  ///     exactly these bytes (someone saved it meanwhile), nothing is written.
  /// - Throws: ``FileRewriteError`` naming the file and why it was left as it was.
  public static func replace(_ path: String, with bytes: [UInt8], expecting original: [UInt8])
    throws(FileRewriteError)
  {
    // The real file: a link is followed, so the target is rewritten and the link stays a link.
    guard let target = realPath(path) else {
      throw FileRewriteError(path: path, reason: .unreadable(String(cString: strerror(errno))))
    }
    var info = stat()
    guard lstat(target, &info) == 0, info.st_mode & S_IFMT == S_IFREG else {
      throw FileRewriteError(path: path, reason: .notRegularFile)
    }
    // Refused even where the kernel would allow it (root ignores permission bits): a read-only
    // file is one its owner asked not to have rewritten.
    guard info.st_mode & 0o222 != 0, access(target, W_OK) == 0 else {
      throw FileRewriteError(path: path, reason: .readOnly)
    }
    guard info.st_nlink <= 1 else {
      throw FileRewriteError(path: path, reason: .hardLinked(Int(info.st_nlink)))
    }
    let folder = (target as NSString).deletingLastPathComponent
    let name = (target as NSString).lastPathComponent
    let temporary = (folder.isEmpty ? "." : folder) + "/.\(name).salin-\(UUID().uuidString)"
    let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
    guard descriptor >= 0 else {
      throw FileRewriteError(path: path, reason: .cannotWrite(String(cString: strerror(errno))))
    }
    var written = false
    defer { if !written { unlink(temporary) } }
    do {
      defer { close(descriptor) }
      try writeAll(bytes, to: descriptor, path: path)
      // The same owner and mode; an owner change is allowed to fail (only root may make it).
      _ = fchown(descriptor, info.st_uid, info.st_gid)
      guard fchmod(descriptor, info.st_mode & 0o7777) == 0, fsync(descriptor) == 0 else {
        throw FileRewriteError(
          path: path, reason: .cannotWrite(String(cString: strerror(errno))))
      }
    }
    // The last moment to notice an edit made since the file was read.
    guard let current = FileManager.default.contents(atPath: target).map({ [UInt8]($0) }),
      isUnchanged(current, from: original)
    else { throw FileRewriteError(path: path, reason: .changedDuringRun) }
    guard rename(temporary, target) == 0 else {
      throw FileRewriteError(path: path, reason: .cannotWrite(String(cString: strerror(errno))))
    }
    written = true
  }

  /// Whether the file still holds what was read.
  ///
  /// Foundation's `String(contentsOf:encoding:)` drops a leading byte-order mark, so text read
  /// that way without it is no change.
  private static func isUnchanged(_ current: [UInt8], from original: [UInt8]) -> Bool {
    let mark: [UInt8] = [0xEF, 0xBB, 0xBF]
    if current == original { return true }
    return current.starts(with: mark) && !original.starts(with: mark)
      && current.dropFirst(3).elementsEqual(original)
  }

  private static func writeAll(_ bytes: [UInt8], to descriptor: Int32, path: String)
    throws(FileRewriteError)
  {
    var offset = 0
    while offset < bytes.count {
      let count = bytes[offset...].withUnsafeBytes {
        Foundation.write(descriptor, $0.baseAddress, $0.count)
      }
      if count < 0, errno == EINTR { continue }
      guard count > 0 else {
        throw FileRewriteError(
          path: path, reason: .cannotWrite(String(cString: strerror(errno))))
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
