package import Foundation

/// New contents for a file, written to a temporary file beside it and renamed over it only at
/// ``commit(if:)``: until then the file stays as it was, and a crash never leaves half a file.
///
/// The one place Salin replaces a file in place: ``FileRewrite`` (a file the user keeps) and
/// `ImportOutput` (`salin import`'s output) add their own checks around it. The temporary file
/// is in the real file's folder, because `rename` replaces a file only within one file system;
/// one that is never committed is removed by ``discard()`` or, at the latest, `deinit`.
package final class ReplacementFile {
  /// The file that ``commit(if:)`` replaces.
  package let target: String
  private let temporary: String
  private let descriptor: Int32
  private var isFinished = false

  /// Opens a new temporary file beside a file, which need not exist yet.
  /// - Parameters:
  ///   - target: The real file, not a symbolic link: a rename over a link would replace the
  ///     link (see ``realPath(_:)``).
  ///   - label: A word for the temporary file's name, `.<name>.<label>-<UUID>`, which says which
  ///     writer left it should the process die.
  ///   - permissions: The temporary file's mode before the umask, until ``setPermissions(_:)``.
  /// - Throws: ``SystemCallError`` when the folder cannot be written.
  package init(beside target: String, label: String, permissions: mode_t) throws(SystemCallError) {
    let folder = (target as NSString).deletingLastPathComponent
    let name = (target as NSString).lastPathComponent
    let temporary = (folder.isEmpty ? "." : folder) + "/.\(name).\(label)-\(UUID().uuidString)"
    // O_EXCL: never write into a file that someone else made under that name.
    let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, permissions)
    guard descriptor >= 0 else { throw SystemCallError() }
    self.target = target
    self.temporary = temporary
    self.descriptor = descriptor
  }

  deinit {
    discard()
  }

  /// The real path of a file, with every symbolic link followed.
  /// - Parameter path: The file, or a link to it.
  /// - Returns: The path, or `nil` (with `errno` set) when it or a link's target does not exist.
  package static func realPath(_ path: String) -> String? {
    guard let resolved = realpath(path, nil) else { return nil }
    defer { free(resolved) }
    return String(cString: resolved)
  }

  /// Adds bytes to the new contents.
  /// - Parameter bytes: The bytes.
  /// - Throws: ``SystemCallError`` when they cannot all be written (a full disk).
  package func append(_ bytes: ArraySlice<UInt8>) throws(SystemCallError) {
    try Self.writeAll(bytes, to: descriptor)
  }

  /// Gives the new file an owner and group, as the old one had.
  /// - Parameters:
  ///   - owner: The user ID.
  ///   - group: The group ID.
  /// - Throws: ``SystemCallError`` when the process may not (only root may give a file away).
  package func setOwner(_ owner: uid_t, group: gid_t) throws(SystemCallError) {
    guard fchown(descriptor, owner, group) == 0 else { throw SystemCallError() }
  }

  /// Gives the new file a mode, as the old one had.
  /// - Parameter mode: The permission bits (`0o7777` at most).
  /// - Throws: ``SystemCallError`` when the file system refuses.
  package func setPermissions(_ mode: mode_t) throws(SystemCallError) {
    guard fchmod(descriptor, mode) == 0 else { throw SystemCallError() }
  }

  /// Puts the new contents on disk and renames them over ``target``, unless the caller has
  /// changed its mind by then.
  /// - Parameter isStillWanted: Asked once the bytes are on disk, just before the rename: the
  ///   last moment to notice that the old file changed meanwhile. When it says no, the new
  ///   contents are dropped and the old file stays.
  /// - Returns: Whether the file was replaced.
  /// - Throws: ``SystemCallError`` when the bytes cannot be synced or renamed; the old file
  ///   stays and the temporary file is removed.
  @discardableResult
  package func commit(if isStillWanted: () -> Bool = { true }) throws(SystemCallError) -> Bool {
    guard !isFinished else { return false }
    guard fsync(descriptor) == 0 else {
      let error = SystemCallError()
      discard()
      throw error
    }
    guard isStillWanted() else {
      discard()
      return false
    }
    isFinished = true
    close(descriptor)
    guard rename(temporary, target) == 0 else {
      let error = SystemCallError()
      unlink(temporary)
      throw error
    }
    return true
  }

  /// Drops the new contents: the temporary file goes, the old file stays as it was.
  package func discard() {
    guard !isFinished else { return }
    isFinished = true
    close(descriptor)
    unlink(temporary)
  }

  /// Writes all of `bytes` to a descriptor, which may take several `write` calls.
  ///
  /// Also for descriptors that are no replacement file, such as standard output.
  /// - Parameters:
  ///   - bytes: The bytes.
  ///   - descriptor: An open descriptor.
  /// - Throws: ``SystemCallError`` from the first `write` that fails other than by a signal.
  package static func writeAll(_ bytes: ArraySlice<UInt8>, to descriptor: Int32)
    throws(SystemCallError)
  {
    var offset = bytes.startIndex
    while offset < bytes.endIndex {
      let count = bytes[offset...].withUnsafeBytes {
        Foundation.write(descriptor, $0.baseAddress, $0.count)
      }
      // A signal before anything was written: try again.
      if count < 0, errno == EINTR { continue }
      guard count > 0 else { throw SystemCallError() }
      offset += count
    }
  }
}
