import Foundation
public import SalinCore
import SalinDocuments
import Synchronization

/// Lints many files in parallel: each worker reads, lints (and fixes) one file at a time, so
/// memory stays flat however large the corpus; results are sorted so output never depends on
/// scheduling.
public struct LintRunner: Sendable {
  /// Makes the linter for a config (its extra catalog folders may differ); called once per config.
  public let makeLinter: @Sendable (LintConfiguration) throws -> Linter
  /// `--lang`, if given.
  public let language: Language?
  /// `--config`, if given: used for every file instead of discovery.
  public let configuration: LintConfiguration?
  /// How many files are linted at once.
  public let jobs: Int
  /// Whether to apply SL001 fixes.
  public let fix: Bool

  /// Makes a runner.
  /// - Parameters:
  ///   - makeLinter: Makes the linter for a config.
  ///   - language: `--lang`.
  ///   - configuration: `--config`, or `nil` to find `.salin.yml` upward from each file.
  ///   - jobs: Files linted at once; at least 1.
  ///   - fix: Whether to apply SL001 fixes.
  public init(
    makeLinter: @escaping @Sendable (LintConfiguration) throws -> Linter, language: Language?,
    configuration: LintConfiguration?, jobs: Int, fix: Bool
  ) {
    self.makeLinter = makeLinter
    self.language = language
    self.configuration = configuration
    self.jobs = max(1, jobs)
    self.fix = fix
  }

  /// Lints files, collecting every finding.
  /// - Parameters:
  ///   - files: The files, already expanded from folders.
  ///   - progress: Called after each file with the number done and the total (from any thread).
  /// - Returns: The sorted findings and the errors.
  public func run(files: [String], progress: (@Sendable (Int, Int) -> Void)? = nil) -> LintRun {
    let collected = Mutex(State())
    forEachFile(files, progress: progress) { outcome in collected.withLock { $0.merge(outcome) } }
    return collected.withLock { $0.finish() }
  }

  /// Lints files and hands each file's outcome to `body` in the order of `files`, as soon as it and
  /// every file before it are done, without keeping it: memory stays bounded by the files in
  /// flight, however large the corpus or the number of findings.
  /// - Parameters:
  ///   - files: The files, already expanded from folders.
  ///   - progress: Called after each file with the number done and the total (from any thread).
  ///   - body: Called once per file, in order, with its sorted findings, its errors (`fileCount`
  ///     is 1 if it was linted) and the fixes applied.
  public func forEachFile(
    _ files: [String], progress: (@Sendable (Int, Int) -> Void)? = nil,
    _ body: @Sendable (LintRun) -> Void
  ) {
    let state = Mutex(OrderedDelivery())
    let cache = LinterCache(runner: self)
    let workers = min(jobs, max(1, files.count))
    DispatchQueue.concurrentPerform(iterations: workers) { _ in
      while true {
        let index: Int? = state.withLock { state in
          guard state.next < files.count else { return nil }
          defer { state.next += 1 }
          return state.next
        }
        guard let index else { return }
        var single = State()
        single.merge(lint(path: files[index], cache: cache))
        let outcome = single.finish()
        let done = state.withLock { state in
          state.pending[index] = outcome
          // Deliver under the lock, so that outcomes arrive in order and one at a time.
          while let ready = state.pending.removeValue(forKey: state.delivered) {
            body(ready)
            state.delivered += 1
          }
          state.done += 1
          return state.done
        }
        progress?(done, files.count)
      }
    }
  }

  struct OrderedDelivery {
    var next = 0
    var done = 0
    var delivered = 0
    var pending: [Int: LintRun] = [:]
  }

  /// Lints bytes read from standard input.
  /// - Parameters:
  ///   - bytes: The input.
  ///   - filename: `--stdin-filename`, which picks the reader, the language and the config.
  /// - Returns: The findings or the error.
  public func run(stdin bytes: [UInt8], filename: String) -> LintRun {
    var state = State()
    let cache = LinterCache(runner: self)
    state.merge(lint(bytes: bytes, path: filename, cache: cache, writable: false))
    return state.finish()
  }

  struct Outcome {
    var findings: [Finding] = []
    var errors: [String] = []
    var fixes = 0
    var linted = false
  }

  struct State {
    var run = LintRun()

    mutating func merge(_ outcome: Outcome) {
      run.findings += outcome.findings
      run.errors += outcome.errors
      run.fixesApplied += outcome.fixes
      if outcome.linted { run.fileCount += 1 }
    }

    mutating func merge(_ other: LintRun) {
      run.findings += other.findings
      run.errors += other.errors
      run.fixesApplied += other.fixesApplied
      run.fileCount += other.fileCount
    }

    func finish() -> LintRun {
      var run = run
      run.findings.sort(by: Finding.precedes)
      run.errors = Array(Set(run.errors)).sorted()  // A broken config is one error, not one per file.
      return run
    }
  }

  private func lint(path: String, cache: LinterCache) -> Outcome {
    guard let data = FileManager.default.contents(atPath: path) else {
      var isDirectory: ObjCBool = false
      let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
      return Outcome(errors: [
        "\(path): "
          + (exists
            ? (isDirectory.boolValue ? "is a directory" : "cannot read file")
            : "no such file or directory")
      ])
    }
    return lint(bytes: [UInt8](data), path: path, cache: cache, writable: true)
  }

  private func lint(bytes: [UInt8], path: String, cache: LinterCache, writable: Bool) -> Outcome {
    let linter: Linter
    let configuration: LintConfiguration
    do {
      (linter, configuration) = try cache.linter(forFile: path)
    } catch {
      return Outcome(errors: ["\(error)"])
    }
    let document: Document
    do {
      document = try DocumentReader.read(bytes: bytes, path: path)
    } catch {
      return Outcome(errors: [error.description])
    }
    var findings = linter.lint(document, language: language, configuration: configuration)
    var outcome = Outcome(linted: true)
    if fix, writable {
      let fixes = findings.filter { $0.rule.code == ForeignLabel.description.code }.compactMap(
        \.fix)
      if !fixes.isEmpty {
        let (fixed, applied) = Fixer.apply(fixes, to: bytes)
        do {
          try Fixer.writeAtomically(fixed, to: path)
          let appliedSet = Set(applied)
          findings.removeAll { $0.fix.map(appliedSet.contains) ?? false }
          outcome.fixes = applied.count
        } catch {
          outcome.errors.append("\(path): cannot write fixes: \(error.localizedDescription)")
        }
      }
    }
    outcome.findings = findings
    return outcome
  }
}

/// One config and one linter per config file, shared by the workers.
final class LinterCache: Sendable {
  private let runner: LintRunner
  private let byDirectory = Mutex<[String: URL?]>([:])
  private let byConfig = Mutex<[URL?: Result<(Linter, LintConfiguration), ConfigError>]>([:])

  struct ConfigError: Error, CustomStringConvertible {
    let description: String
  }

  init(runner: LintRunner) { self.runner = runner }

  func linter(forFile path: String) throws -> (Linter, LintConfiguration) {
    if let configuration = runner.configuration {
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

  private func cached(key: URL?, load: () throws -> LintConfiguration) throws -> (
    Linter, LintConfiguration
  ) {
    if let hit = byConfig.withLock({ $0[key] }) { return try hit.get() }
    let result: Result<(Linter, LintConfiguration), ConfigError>
    do {
      let configuration = try load()
      result = .success((try runner.makeLinter(configuration), configuration))
    } catch {
      result = .failure(ConfigError(description: "\(error)"))
    }
    let stored = byConfig.withLock { cache in
      if let winner = cache[key] { return winner }
      cache[key] = result
      return result
    }
    return try stored.get()
  }
}
