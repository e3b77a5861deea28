public import Foundation
public import SalinLint

/// Notices when the files a preview is made of change on disk: the briefing, the catalogs in the
/// catalog folders (and in its `.salin.yml` cascade's `catalogs:`), the termbases and the
/// `.salin.yml` files.
///
/// It compares each file's size and modification time with the last look (polling works the same
/// on every file system, including editors that save by renaming a new file over the old one). A
/// file that disappears is a change too: the next build says what is missing.
public struct ChangeWatcher: Sendable {
  /// The briefing file.
  public let briefingPath: String
  /// Catalog folders given on the command line.
  public let catalogDirectories: [URL]
  /// Other files (termbases given on the command line).
  public let files: [URL]
  private var last: [String: Stamp] = [:]
  private var hasLooked = false

  struct Stamp: Hashable {
    let size: Int
    let modified: Double
  }

  /// Makes a watcher; the first ``poll()`` reports a change.
  /// - Parameters:
  ///   - briefingPath: The briefing.
  ///   - catalogDirectories: Extra catalog folders.
  ///   - files: Other files to watch.
  public init(briefingPath: String, catalogDirectories: [URL], files: [URL] = []) {
    self.files = files
    self.briefingPath = briefingPath
    self.catalogDirectories = catalogDirectories
  }

  /// Looks at the files again.
  /// - Returns: Whether anything changed since the last look.
  public mutating func poll() -> Bool {
    let now = stamps()
    defer {
      last = now
      hasLooked = true
    }
    return now != last || !hasLooked
  }

  private func stamps() -> [String: Stamp] {
    var paths = [briefingPath] + files.map(\.path)
    var folders = catalogDirectories
    if let config = LintConfiguration.find(forFile: briefingPath) {
      var directory = config.deletingLastPathComponent()
      // The cascade's files, up to the file system's root.
      while true {
        for name in [".salin.yml", ".salin.yaml"] {
          paths.append(directory.appendingPathComponent(name).path)
        }
        let parent = directory.deletingLastPathComponent()
        if parent.path == directory.path { break }
        directory = parent
      }
      if let cascade = try? LintConfiguration.loadCascade(config) {
        folders += cascade.catalogDirectories
        paths += cascade.termbaseFiles.map(\.path)
      }
    }
    let manager = FileManager.default
    for folder in folders {
      for name in (try? manager.contentsOfDirectory(atPath: folder.path)) ?? [] {
        paths.append(folder.appendingPathComponent(name).path)
      }
    }
    var stamps: [String: Stamp] = [:]
    for path in paths {
      guard let attributes = try? manager.attributesOfItem(atPath: path) else { continue }
      stamps[path] = Stamp(
        size: (attributes[.size] as? Int) ?? 0,
        modified: (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0)
    }
    return stamps
  }
}
