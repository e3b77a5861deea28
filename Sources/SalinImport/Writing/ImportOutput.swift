public import Foundation

/// Where an import's output goes — a file or standard output — written as it is made, and shown
/// to no one until ``commit()``: a failed import leaves no partial file and prints nothing.
///
/// A file is written to a temporary file beside the real file (a symbolic link is followed, so
/// the link stays a link and its target is replaced, with its permissions) and renamed over it
/// at the end. Standard output, and a path that is no regular file (`/dev/stdout`, a pipe), get
/// a temporary file that no folder lists, copied out at the end. Writes are buffered; the first
/// write error is kept and reported by ``commit()``.
public final class ImportOutput: TextOutputStream {
  /// The path as the user gave it, for messages (`-` for standard output).
  public let path: String
  private let destination: Destination
  private let descriptor: Int32
  private var buffer: [UInt8] = []
  private var failure: String?
  private var isFinished = false

  /// How many bytes are gathered before they are written.
  static let bufferSize = 1 << 16

  private enum Destination {
    /// Rename the temporary file over `target`, giving it `mode` (an existing file's) if set.
    case replace(temporary: String, target: String, mode: mode_t?)
    /// Copy the (already unlinked) temporary file to this path, or to standard output.
    case copy(to: String?)
  }

  private init(path: String, destination: Destination, descriptor: Int32) {
    self.path = path
    self.destination = destination
    self.descriptor = descriptor
  }

  /// Output to standard output, held back until ``commit()``.
  /// - Returns: The output.
  /// - Throws: `ImportError.cannotWrite` when no temporary file can be made.
  public static func standardOutput() throws(ImportError) -> ImportOutput {
    ImportOutput(path: "-", destination: .copy(to: nil), descriptor: try anonymousFile(for: "-"))
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
      guard let resolved = realpath(path, nil) else {
        throw .cannotWrite(path: path, reason: "it is a symbolic link to nothing")
      }
      target = String(cString: resolved)
      free(resolved)
      guard stat(target, &info) == 0 else { throw error(path) }
      switch info.st_mode & S_IFMT {
      case S_IFREG: mode = info.st_mode & 0o7777
      case S_IFDIR: throw .cannotWrite(path: path, reason: "it is a folder")
      default:
        // A device or pipe: nothing to replace, so the text is copied into it at the end.
        return ImportOutput(
          path: path, destination: .copy(to: target), descriptor: try anonymousFile(for: path))
      }
    }
    let folder = (target as NSString).deletingLastPathComponent
    let name = (target as NSString).lastPathComponent
    let temporary = (folder.isEmpty ? "." : folder) + "/.\(name).salin-import-\(UUID().uuidString)"
    let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
    guard descriptor >= 0 else { throw error(path) }
    return ImportOutput(
      path: path, destination: .replace(temporary: temporary, target: target, mode: mode),
      descriptor: descriptor)
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
    case .replace(let temporary, let target, let mode):
      defer { close(descriptor) }
      if let mode { _ = fchmod(descriptor, mode) }
      guard fsync(descriptor) == 0, rename(temporary, target) == 0 else {
        let error = Self.error(path)
        unlink(temporary)
        throw error
      }
    case .copy(let target):
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
        guard Self.writeAll(chunk[..<count], to: out) else { throw Self.error(path) }
      }
    }
  }

  /// Drops what was written: the temporary file goes, the real file stays as it was.
  public func discard() {
    guard !isFinished else { return }
    isFinished = true
    close(descriptor)
    if case .replace(let temporary, _, _) = destination { unlink(temporary) }
  }

  private func flush() {
    guard !buffer.isEmpty, failure == nil else { return }
    if !Self.writeAll(buffer[...], to: descriptor) { failure = String(cString: strerror(errno)) }
    buffer.removeAll(keepingCapacity: true)
  }

  private static func writeAll(_ bytes: ArraySlice<UInt8>, to descriptor: Int32) -> Bool {
    var offset = bytes.startIndex
    while offset < bytes.endIndex {
      let count = bytes[offset...].withUnsafeBytes {
        Foundation.write(descriptor, $0.baseAddress, $0.count)
      }
      if count < 0, errno == EINTR { continue }
      guard count > 0 else { return false }
      offset += count
    }
    return true
  }

  private static func error(_ path: String) -> ImportError {
    .cannotWrite(path: path, reason: String(cString: strerror(errno)))
  }
}
