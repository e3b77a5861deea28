public import Foundation

/// Reads a file or a stream into memory, never more than ``DocumentReader/maximumSize`` bytes.
///
/// Every reader keeps the whole document (positions, fixes and snippets refer to its bytes), so
/// the input's size is what bounds Salin's memory: `yes hi | salin lint -` grew without bound,
/// and a file is read only after its size is known to fit.
public enum BoundedInput {
  /// The bytes of a file.
  /// - Parameters:
  ///   - path: The file.
  ///   - limit: The most bytes accepted.
  /// - Returns: The bytes.
  /// - Throws: `DocumentError.unreadable` when the file cannot be opened or read, `.tooLarge`
  ///   past `limit` bytes.
  public static func bytes(ofFile path: String, limit: Int = DocumentReader.maximumSize)
    throws(DocumentError) -> [UInt8]
  {
    var isDirectory: ObjCBool = false
    let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
    if exists, isDirectory.boolValue { throw .unreadable(path: path, reason: "it is a folder") }
    guard let handle = FileHandle(forReadingAtPath: path) else {
      throw .unreadable(path: path, reason: exists ? "permission denied" : "no such file")
    }
    defer { try? handle.close() }
    return try bytes(of: handle, path: path, limit: limit)
  }

  /// The bytes of an open file or stream (standard input), read to its end.
  /// - Parameters:
  ///   - handle: What to read.
  ///   - path: The name to report.
  ///   - limit: The most bytes accepted.
  /// - Returns: The bytes.
  /// - Throws: `DocumentError.unreadable` on a read error, `.tooLarge` as soon as more than
  ///   `limit` bytes arrive (the rest is not read).
  public static func bytes(
    of handle: FileHandle, path: String, limit: Int = DocumentReader.maximumSize
  ) throws(DocumentError) -> [UInt8] {
    var bytes: [UInt8] = []
    while true {
      let chunk: Data?
      do {
        chunk = try handle.read(upToCount: 1 << 20)
      } catch {
        throw .unreadable(path: path, reason: "not a regular file or stream")
      }
      guard let chunk, !chunk.isEmpty else { return bytes }
      guard bytes.count + chunk.count <= limit else { throw .tooLarge(path: path, limit: limit) }
      bytes.append(contentsOf: chunk)
    }
  }
}
