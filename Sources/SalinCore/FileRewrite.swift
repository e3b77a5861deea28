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
    guard let target = ReplacementFile.realPath(path) else {
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
    let replaced: Bool
    do throws(SystemCallError) {
      let file = try ReplacementFile(beside: target, label: "salin", permissions: 0o600)
      try file.append(bytes[...])
      // The same owner and mode; an owner change is allowed to fail (only root may make it).
      try? file.setOwner(info.st_uid, group: info.st_gid)
      try file.setPermissions(info.st_mode & 0o7777)
      // The last moment to notice an edit made since the file was read.
      replaced = try file.commit(if: {
        guard let current = FileManager.default.contents(atPath: target) else { return false }
        return isUnchanged([UInt8](current), from: original)
      })
    } catch {
      throw FileRewriteError(path: path, reason: .cannotWrite(error.description))
    }
    guard replaced else { throw FileRewriteError(path: path, reason: .changedDuringRun) }
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
}
