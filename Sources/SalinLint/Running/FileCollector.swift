import Foundation
import SalinDocuments

/// Expands the paths given on the command line into the files to lint.
///
/// A file named on the command line is always linted. Folders are walked recursively, in sorted
/// order, skipping hidden entries (`.git`, `.build`) and whatever a `.gitignore` or `.salinignore`
/// on the way ignores. In folders, documents are `.md`, `.markdown`, `.txt`, `.po` and `.pot`
/// files, and YAML files named for a locale (`tl.yaml`, `messages.ko.yml`), which are catalogs.
public enum FileCollector {
  /// The extensions of documents found in folders.
  public static let documentExtensions: Set<String> = ["md", "markdown", "txt", "po", "pot"]

  /// The files to lint, and a one-line error for each path that does not exist and each folder
  /// that cannot be read (so a folder left out is said, never silently skipped).
  /// - Parameter paths: Files and folders.
  /// - Returns: The files in a stable order, and the errors.
  public static func collect(_ paths: [String]) -> (files: [String], errors: [String]) {
    var files: [String] = []
    var errors: [String] = []
    for path in paths {
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
        errors.append("\(path): no such file or directory")
        continue
      }
      if isDirectory.boolValue {
        walk(
          path.hasSuffix("/") && path.count > 1 ? String(path.dropLast()) : path, ignores: [],
          into: &files, errors: &errors)
      } else {
        files.append(path)
      }
    }
    return (files, errors)
  }

  private static func walk(
    _ directory: String, ignores: [IgnoreRules], into files: inout [String],
    errors: inout [String]
  ) {
    var ignores = ignores
    if let rules = IgnoreRules.load(in: directory) { ignores.append(rules) }
    let names: [String]
    do {
      names = try FileManager.default.contentsOfDirectory(atPath: directory)
    } catch {
      errors.append(
        "\(directory): cannot read this folder (\(error.localizedDescription)); its files were "
          + "not linted: check its permissions or exclude it in .salinignore")
      return
    }
    for name in names.sorted() where !name.hasPrefix(".") {
      let path = directory + "/" + name
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
        continue
      }
      let isFolder = isDirectory.boolValue
      if ignores.contains(where: { $0.ignores(path, isDirectory: isFolder) }) { continue }
      if isFolder {
        walk(path, ignores: ignores, into: &files, errors: &errors)
      } else if isDocument(name) {
        files.append(path)
      }
    }
  }

  /// Whether a file name is one that a folder walk lints: a document extension, or a YAML file
  /// named for a locale (`tl.yaml`, `messages.ko.yml`). The language server asks the same.
  /// - Parameter name: A file name (or path).
  /// - Returns: Whether `salin lint DIR` would lint it.
  public static func isDocument(_ name: String) -> Bool {
    let parts = name.split(separator: ".")
    guard parts.count >= 2, let ext = parts.last?.lowercased() else { return false }
    if documentExtensions.contains(ext) { return true }
    if ext == "yaml" || ext == "yml" {
      let stem = parts[parts.count - 2]
      return stem.count == 2 && stem.allSatisfy { $0.isASCII && $0.isLetter } || stem == "fil"
    }
    return false
  }
}
