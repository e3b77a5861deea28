public import Foundation
import SalinCore

/// Finds the source text a stale translation was made from in the briefing's git history: the
/// briefing records only a fingerprint of it, and git keeps the text.
///
/// Looks at the last 50 commits that touched the file, newest first; a briefing outside a git
/// work tree, or one whose old versions no longer load, simply has no history.
public struct SourceHistory {
  private var versions: [Briefing]?
  private let url: URL

  /// A history for a briefing file.
  /// - Parameter url: The briefing's file.
  public init(url: URL) { self.url = url }

  /// The source variant of a unit whose fingerprint is `fingerprint`, if some version has it.
  /// - Parameters:
  ///   - unit: The text unit's ID.
  ///   - fingerprint: The recorded `made-from` fingerprint.
  /// - Returns: The source text, or `nil`.
  public mutating func source(ofUnit unit: String, fingerprint: String) -> String? {
    if versions == nil { versions = Self.load(url) }
    for briefing in versions ?? [] {
      let language = briefing.metadata.sourceLanguage
      for candidate in briefing.translatableUnits where candidate.id == unit {
        if let text = candidate.variants[language], SourceFingerprint.of(text) == fingerprint {
          return text
        }
      }
    }
    return nil
  }

  private static func load(_ url: URL) -> [Briefing] {
    let folder = url.deletingLastPathComponent().path
    let name = url.lastPathComponent
    guard let log = git(["-C", folder, "log", "-n", "50", "--format=%H", "--", name]) else {
      return []
    }
    return log.split(separator: "\n").compactMap { commit in
      guard let text = git(["-C", folder, "show", "\(commit):./\(name)"]) else { return nil }
      return try? BriefingLoader().load(yaml: text, file: name)
    }
  }

  private static func git(_ arguments: [String]) -> String? {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["git"] + arguments
    let output = Pipe()
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    do { try process.run() } catch { return nil }
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else { return nil }
    return String(decoding: data, as: UTF8.self)
  }
}
