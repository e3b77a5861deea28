import Foundation
import Synchronization

/// One config and one linter per config file, shared by a run's workers.
final class LinterCache: Sendable {
  private let linters: LinterFactory
  /// `--config`, used for every file instead of discovery.
  private let configuration: LintConfiguration?
  private let byDirectory = Mutex<[String: URL?]>([:])
  private let byConfig = Mutex<[URL?: Result<(Linter, LintConfiguration), CacheError>]>([:])

  /// A config or linter that could not be made, as the one line every file under it reports.
  struct CacheError: Error, CustomStringConvertible {
    let description: String
  }

  init(linters: LinterFactory, configuration: LintConfiguration?) {
    self.linters = linters
    self.configuration = configuration
  }

  /// The linter and config for a file: `--config`'s, or the cascade found upward from the file.
  func linter(forFile path: String) throws(CacheError) -> (Linter, LintConfiguration) {
    if let configuration {
      return try cached(key: configuration.file) { configuration }
    }
    let directory = URL(fileURLWithPath: path).standardizedFileURL.deletingLastPathComponent().path
    let configURL: URL? =
      byDirectory.withLock { $0[directory] }
      ?? {
        let found = LintConfiguration.find(forFile: path)
        byDirectory.withLock { $0[directory] = .some(found) }
        return found
      }()
    return try cached(key: configURL) {
      guard let configURL else { return LintConfiguration() }
      return try LintConfiguration.loadCascade(configURL)
    }
  }

  private func cached(key: URL?, load: () throws -> LintConfiguration) throws(CacheError) -> (
    Linter, LintConfiguration
  ) {
    if let hit = byConfig.withLock({ $0[key] }) { return try hit.get() }
    let result: Result<(Linter, LintConfiguration), CacheError>
    do {
      let configuration = try load()
      result = .success((try linters.linter(for: configuration), configuration))
    } catch {
      result = .failure(CacheError(description: "\(error)"))
    }
    let stored = byConfig.withLock { cache in
      if let winner = cache[key] { return winner }
      cache[key] = result
      return result
    }
    return try stored.get()
  }
}
