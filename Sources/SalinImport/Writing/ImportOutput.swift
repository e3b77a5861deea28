import Foundation
import SalinCore

/// Where an import's output goes — a file or standard output — written as it is made, and shown
/// to no one until ``commit()``: a failed import leaves no partial file and prints nothing.
///
/// A file is written to a temporary file beside the real file (a symbolic link is followed, so
/// the link stays a link and its target is replaced, with its permissions) and renamed over it
/// at the end: SalinCore's `ReplacementFile`, which `FileRewrite` uses too. Standard output,
/// and a path that is no regular file (`/dev/stdout`, a pipe), get a temporary file that no
/// folder lists, copied out at the end. Writes are buffered; the first
/// write error is kept and reported by ``commit()``.
public final class ImportOutput: TextOutputStream {
  /// The path as the user gave it, for messages (`-` for standard output).
  public let path: String
  private let destination: Destination
  private var buffer: [UInt8] = []
  private var failure: String?
  private var isFinished = false

  /// How many bytes are gathered before they are written.
  static let bufferSize = 1 << 16

  private enum Destination {
    /// Rename the new file over its target, giving it `mode` (an existing file's) if set.
    case replace(ReplacementFile, mode: mode_t?)
    /// Copy the (already unlinked) temporary file `descriptor` to this path, or to standard
    /// output.
    case copy(descriptor: Int32, to: String?)
  }

  private init(path: String, destination: Destination) {
    self.path = path
    self.destination = destination
  }

  /// Output to standard output, held back until ``commit()``.
  /// - Returns: The output.
  /// - Throws: `ImportError.cannotWrite` when no temporary file can be made.
  public static func standardOutput() throws(ImportError) -> ImportOutput {
    ImportOutput(path: "-", destination: .copy(descriptor: try anonymousFile(for: "-"), to: nil))
  }

  /// Output that replaces a file at ``commit()``.
  /// - Parameter path: The file, or a symbolic link to it; it need not exist yet.
  /// - Returns: The output.
  /// - Throws: `ImportError.cannotWrite` naming `path`, when its folder cannot be written or it
  ///   is a folder or a link to nothing.
  public static func file(atPath path: String) throws(ImportError) -> ImportOutput {
    var info = stat()
    var target = path
    var mode: mode_t?
    if lstat(path, &info) == 0 {
      // The real file: a link is followed, so the target is replaced and the link stays a link.
      guard let resolved = ReplacementFile.realPath(path) else {
        throw .cannotWrite(path: path, reason: "it is a symbolic link to nothing")
      }
      target = resolved
      guard stat(target, &info) == 0 else { throw error(path) }
      switch info.st_mode & S_IFMT {
      case S_IFREG: mode = info.st_mode & 0o7777
      case S_IFDIR: throw .cannotWrite(path: path, reason: "it is a folder")
      default:
        // A device or pipe: nothing to replace, so the text is copied into it at the end.
        return ImportOutput(
          path: path, destination: .copy(descriptor: try anonymousFile(for: path), to: target))
      }
    }
    do throws(SystemCallError) {
      let file = try ReplacementFile(beside: target, label: "salin-import", permissions: 0o666)
      return ImportOutput(path: path, destination: .replace(file, mode: mode))
    } catch {
      throw .cannotWrite(path: path, reason: error.description)
    }
  }

  /// A temporary file that no folder lists (removed as soon as it is open).
  private static func anonymousFile(for path: String) throws(ImportError) -> Int32 {
    let folder = ProcessInfo.processInfo.environment["TMPDIR"].flatMap { $0.isEmpty ? nil : $0 }
    let temporary = "\(folder ?? "/tmp")/salin-import-\(UUID().uuidString)"
    let descriptor = open(temporary, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
    guard descriptor >= 0 else {
      throw .cannotWrite(
        path: path, reason: "no temporary file: \(String(cString: strerror(errno)))")
    }
    unlink(temporary)
    return descriptor
  }

  deinit {
    if !isFinished { discard() }
  }

  /// Adds text to the output.
  /// - Parameter string: The text.
  public func write(_ string: String) {
    guard failure == nil, !isFinished else { return }
    buffer.append(contentsOf: string.utf8)
    if buffer.count >= Self.bufferSize { flush() }
  }

  /// Makes the output seen: renames the file into place, or copies the text out.
  /// - Throws: `ImportError.cannotWrite` naming the path, after which nothing was written in its
  ///   place.
  public func commit() throws(ImportError) {
    guard !isFinished else { return }
    flush()
    if let failure {
      discard()
      throw .cannotWrite(path: path, reason: failure)
    }
    isFinished = true
    switch destination {
    case .replace(let file, let mode):
      // The old file's mode, as far as the file system allows: the output is still worth having.
      if let mode { try? file.setPermissions(mode) }
      do throws(SystemCallError) {
        try file.commit()
      } catch {
        throw .cannotWrite(path: path, reason: error.description)
      }
    case .copy(let descriptor, let target):
      defer { close(descriptor) }
      let out = target.map { open($0, O_WRONLY | O_TRUNC | O_CLOEXEC) } ?? STDOUT_FILENO
      guard out >= 0 else { throw Self.error(path) }
      defer { if target != nil { close(out) } }
      guard lseek(descriptor, 0, SEEK_SET) == 0 else { throw Self.error(path) }
      var chunk = [UInt8](repeating: 0, count: Self.bufferSize)
      while true {
        let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
        if count < 0, errno == EINTR { continue }
        guard count >= 0 else { throw Self.error(path) }
        if count == 0 { break }
        do throws(SystemCallError) {
          try ReplacementFile.writeAll(chunk[..<count], to: out)
        } catch {
          throw .cannotWrite(path: path, reason: error.description)
        }
      }
    }
  }

  /// Drops what was written: the temporary file goes, the real file stays as it was.
  public func discard() {
    guard !isFinished else { return }
    isFinished = true
    switch destination {
    case .replace(let file, _): file.discard()
    case .copy(let descriptor, _): close(descriptor)
    }
  }

  private func flush() {
    guard !buffer.isEmpty, failure == nil else { return }
    do throws(SystemCallError) {
      switch destination {
      case .replace(let file, _): try file.append(buffer[...])
      case .copy(let descriptor, _): try ReplacementFile.writeAll(buffer[...], to: descriptor)
      }
    } catch {
      failure = error.description
    }
    buffer.removeAll(keepingCapacity: true)
  }

  private static func error(_ path: String) -> ImportError {
    .cannotWrite(path: path, reason: String(cString: strerror(errno)))
  }
}
