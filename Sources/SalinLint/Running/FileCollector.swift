import Foundation
import SalinCore
import SalinDocuments

/// Expands the paths given on the command line into the files to lint.
///
/// A file named on the command line is always linted. Folders are walked recursively, in sorted
/// order, skipping hidden entries (`.git`, `.build`) and whatever a `.gitignore` or `.salinignore`
/// on the way ignores. In folders, documents are `.md`, `.markdown`, `.txt`, `.po`, `.pot`,
/// `.xlf` and `.xliff` files, briefings (`*.briefing.yaml`, `*.briefing.yml`), and YAML files named for a locale
/// (`tl.yaml`, `messages.ko.yml`), which are catalogs.
public enum FileCollector {
  /// The extensions of documents found in folders.
  public static let documentExtensions: Set<String> = [
    "md", "markdown", "txt", "po", "pot", "xlf", "xliff",
  ]

  /// The files to lint, a one-line error for each path that does not exist, each folder that
  /// cannot be read and each file or folder whose name is not UTF-8 (so nothing left out goes
  /// unsaid), and a warning for each symbolic link that leads back into a folder being walked.
  /// - Parameter paths: Files and folders.
  /// - Returns: The files in a stable order, the errors and the warnings.
  public static func collect(_ paths: [String]) -> (
    files: [String], errors: [String], warnings: [String]
  ) {
    var walk = Walk()
    for path in paths {
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
        walk.errors.append("\(path): no such file or directory")
        continue
      }
      if isDirectory.boolValue {
        walk.directory(
          path.hasSuffix("/") && path.count > 1 ? String(path.dropLast()) : path, ignores: [])
      } else {
        walk.files.append(path)
      }
    }
    return (walk.files, walk.errors, walk.warnings)
  }

  /// Whether a file name is one that a folder walk lints: a document extension, a briefing
  /// (`*.briefing.yaml`), or a YAML file named for a locale (`tl.yaml`, `messages.ko.yml`).
  ///
  /// The language server asks the same.
  /// - Parameter name: A file name (or path).
  /// - Returns: Whether `salin lint DIR` would lint it.
  public static func isDocument(_ name: String) -> Bool {
    let parts = name.split(separator: ".")
    guard parts.count >= 2, let ext = parts.last?.lowercased() else { return false }
    if documentExtensions.contains(ext) { return true }
    if ext == "yaml" || ext == "yml" {
      if DocumentFormat.inferred(fromPath: String(name)) == .briefing { return true }
      let stem = parts[parts.count - 2]
      return stem.count == 2 && stem.allSatisfy { $0.isASCII && $0.isLetter } || stem == "fil"
    }
    return false
  }
}

/// One walk over folders: what it found, and which folders it has been in.
///
/// Folders are read with `readdir`, which gives each name's bytes: Foundation's listing leaves out
/// a name that is not UTF-8, so such a file was skipped without a word. Each folder is entered
/// once, by its device and inode: a symbolic link to a folder already walked (`up -> ..`) made
/// the walk endless before, and several such links made it exponential.
private struct Walk {
  var files: [String] = []
  var errors: [String] = []
  var warnings: [String] = []
  /// The folders entered so far, by device and inode.
  private var entered: Set<FolderID> = []
  /// The folders on the way from the path given to the folder being read.
  private var ancestors: [FolderID] = []

  private struct FolderID: Hashable {
    let device: UInt64
    let inode: UInt64
  }

  /// What `stat` says about a path: its kind and, for a folder, its identity.
  private enum Kind {
    case folder(FolderID)
    case file
    case other
  }

  mutating func directory(_ path: String, ignores: [IgnoreRules]) {
    guard case .folder(let id) = Self.kind(Array(path.utf8)) else {
      errors.append("\(path): cannot read this folder; its files were not linted")
      return
    }
    guard entered.insert(id).inserted else {
      if ancestors.contains(id) {
        warnings.append(
          "\(DisplayText.escapingControls(path)): a symbolic link back to a folder being "
            + "walked (a loop); not followed")
      }
      return
    }
    ancestors.append(id)
    defer { ancestors.removeLast() }
    var ignores = ignores
    if let rules = IgnoreRules.load(in: path) { ignores.append(rules) }
    let names: [[UInt8]]
    do {
      names = try Self.names(in: path)
    } catch {
      errors.append(
        "\(DisplayText.escapingControls(path)): cannot read this folder (\(error)); its files "
          + "were not linted: check its permissions or exclude it in .salinignore")
      return
    }
    var entries: [String] = []
    for bytes in names.sorted(by: { $0.lexicographicallyPrecedes($1) })
    where bytes.first != UInt8(ascii: ".") {
      guard let name = String(validating: bytes, as: UTF8.self) else {
        notUTF8(directory: path, name: bytes)
        continue
      }
      entries.append(name)
    }
    for name in entries.sorted() {
      let child = path + "/" + name
      switch Self.kind(Array(child.utf8)) {
      case .folder:
        if ignores.contains(where: { $0.ignores(child, isDirectory: true) }) { continue }
        directory(child, ignores: ignores)
      case .file:
        if ignores.contains(where: { $0.ignores(child, isDirectory: false) }) { continue }
        if FileCollector.isDocument(name) { files.append(child) }
      case .other:
        continue
      }
    }
  }

  /// Reports a name that is not UTF-8 if the walk would have linted it: a folder, or a file
  /// with a document's extension.
  private mutating func notUTF8(directory: String, name: [UInt8]) {
    let shown = Self.escaped(name)
    let path = Array((directory + "/").utf8) + name
    switch Self.kind(path) {
    case .folder:
      errors.append(
        "\(DisplayText.escapingControls(directory))/\(shown): folder name is not UTF-8, so its "
          + "files were not linted: rename it (for example with convmv -t utf8)")
    case .file where FileCollector.isDocument(String(decoding: name, as: UTF8.self)):
      errors.append(
        "\(DisplayText.escapingControls(directory))/\(shown): file name is not UTF-8, so it "
          + "was not linted: rename it (for example with convmv -t utf8)")
    default:
      break
    }
  }

  /// A name with each byte that is not part of valid UTF-8 shown as `\xFF`.
  private static func escaped(_ name: [UInt8]) -> String {
    var result = ""
    var index = 0
    while index < name.count {
      var end = index + 1
      while end <= min(name.count, index + 4) {
        if let scalar = String(validating: name[index..<end], as: UTF8.self) {
          result += DisplayText.escapingControls(scalar)
          break
        }
        end += 1
      }
      if end > min(name.count, index + 4) {
        result += "\\x" + String(name[index], radix: 16, uppercase: true)
        end = index + 1
      }
      index = end
    }
    return result
  }

  /// The names in a folder as bytes, without `.` and `..`.
  private static func names(in path: String) throws -> [[UInt8]] {
    guard let handle = opendir(path) else { throw POSIXErrorText(errno: errno) }
    defer { closedir(handle) }
    var names: [[UInt8]] = []
    while let entry = readdir(handle) {
      let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
        Array(raw.prefix { $0 != 0 })
      }
      if name == [0x2E] || name == [0x2E, 0x2E] { continue }
      names.append(name)
    }
    return names
  }

  /// Follows symbolic links, as the walk does (a link to a folder is walked like the folder).
  private static func kind(_ path: [UInt8]) -> Kind {
    var info = stat()
    let status = (path + [0]).withUnsafeBufferPointer { buffer in
      buffer.withMemoryRebound(to: CChar.self) { chars in
        guard let base = chars.baseAddress else { return Int32(-1) }
        return stat(base, &info)
      }
    }
    guard status == 0 else { return .other }
    switch info.st_mode & S_IFMT {
    case S_IFDIR:
      return .folder(FolderID(device: UInt64(info.st_dev), inode: UInt64(info.st_ino)))
    case S_IFREG: return .file
    default: return .other
    }
  }
}

/// `strerror`'s text for an `errno`, as an error.
private struct POSIXErrorText: Error, CustomStringConvertible {
  let errno: Int32
  var description: String { String(cString: strerror(errno)) }
}
