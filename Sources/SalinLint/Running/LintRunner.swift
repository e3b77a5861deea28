public import Foundation
public import SalinCore
import SalinDocuments
import Synchronization

/// Lints many files in parallel and hands each file's outcome on in path order, as soon as it and
/// every file before it are done: output never depends on scheduling, and memory holds only the
/// files in flight, however large the corpus or the number of findings.
///
/// The runner decides everything a front end would otherwise repeat: which files a path stands
/// for, which linter and config apply to each, `--fix`, and which findings are reported (those at
/// or above ``minimumSeverity``, filtered here and nowhere else). Its ``LintRun`` carries the
/// exit code.
public struct LintRunner: Sendable {
  /// Makes the linter for each config.
  public let linters: LinterFactory
  /// `--lang`, if given: the language of every document.
  public let language: Language?
  /// `--config`, if given: used for every file instead of discovery.
  public let configuration: LintConfiguration?
  /// The least severity reported and counted (`--min-severity`).
  public let minimumSeverity: Severity
  /// How many files are linted at once.
  public let jobs: Int
  /// Whether to apply SL001 fixes.
  public let fix: Bool

  /// Makes a runner.
  /// - Parameters:
  ///   - linters: Makes the linter for each config (catalogs and language model).
  ///   - language: `--lang`.
  ///   - configuration: `--config`, or `nil` to find `.salin.yml` upward from each file.
  ///   - minimumSeverity: The least severity reported.
  ///   - jobs: Files linted at once; at least 1.
  ///   - fix: Whether to apply SL001 fixes.
  public init(
    linters: LinterFactory = LinterFactory(), language: Language? = nil,
    configuration: LintConfiguration? = nil, minimumSeverity: Severity = .info,
    jobs: Int = ProcessInfo.processInfo.activeProcessorCount, fix: Bool = false
  ) {
    self.linters = linters
    self.language = language
    self.configuration = configuration
    self.minimumSeverity = minimumSeverity
    self.jobs = max(1, jobs)
    self.fix = fix
  }

  /// Lints an input and hands each file's outcome to `body`, one at a time and in path order.
  /// - Parameters:
  ///   - input: Paths to walk, or standard input.
  ///   - progress: Called after each file with the number done and the total (from any thread).
  ///   - body: Called once per file with its findings, errors and text (from any thread, but
  ///     never twice at once).
  /// - Returns: The run's counts, errors, warnings and exit code.
  public func lint(
    _ input: LintInput, progress: (@Sendable (_ done: Int, _ total: Int) -> Void)? = nil,
    each body: @Sendable (LintedFile) -> Void
  ) -> LintRun {
    let cache = LinterCache(linters: linters, configuration: configuration)
    let summary = Mutex((totals: LintTotals(), errors: [String](), warnings: [String]()))
    @Sendable func deliver(_ file: LintedFile) {
      body(file)
      summary.withLock {
        $0.totals.add(file)
        $0.errors += file.errors
      }
    }
    switch input {
    case .standardInput(let bytes, let filename):
      deliver(lint(bytes: bytes, path: filename, cache: cache, writable: false))
    case .paths(let paths):
      let (files, missing, loops) = FileCollector.collect(paths)
      summary.withLock {
        $0.errors += missing
        $0.warnings += loops
      }
      forEachFile(files.sorted(), cache: cache, progress: progress, deliver)
    }
    let (totals, errors, warnings) = summary.withLock { ($0.totals, $0.errors, $0.warnings) }
    // A broken config is one error, not one per file under it.
    return LintRun(
      totals: totals, errors: Array(Set(errors)).sorted(), warnings: linters.warnings + warnings)
  }

  /// Lints an input and keeps every finding, for callers that want them all at once (tests, an
  /// editor); a command line streams with ``lint(_:progress:each:)`` instead.
  /// - Parameter input: Paths to walk, or standard input.
  /// - Returns: The findings, sorted by path and position, and the run.
  public func findings(_ input: LintInput) -> (findings: [Finding], run: LintRun) {
    let collected = Mutex<[Finding]>([])
    let run = lint(input) { file in collected.withLock { $0 += file.findings } }
    return (collected.withLock { $0 }, run)
  }

  /// Lints files with `jobs` workers and delivers each outcome in the order of `files`.
  private func forEachFile(
    _ files: [String], cache: LinterCache, progress: (@Sendable (Int, Int) -> Void)?,
    _ body: @Sendable (LintedFile) -> Void
  ) {
    let state = Mutex(OrderedDelivery())
    let workers = min(jobs, max(1, files.count))
    DispatchQueue.concurrentPerform(iterations: workers) { _ in
      while true {
        let index: Int? = state.withLock { state in
          guard state.next < files.count else { return nil }
          defer { state.next += 1 }
          return state.next
        }
        guard let index else { return }
        let outcome = lint(path: files[index], cache: cache)
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

  /// Which file a worker takes next, and the outcomes waiting for the files before them.
  private struct OrderedDelivery {
    var next = 0
    var done = 0
    var delivered = 0
    var pending: [Int: LintedFile] = [:]
  }

  private func lint(path: String, cache: LinterCache) -> LintedFile {
    let bytes: [UInt8]
    do {
      bytes = try BoundedInput.bytes(ofFile: path)
    } catch {
      if case .tooLarge = error {
        return LintedFile(path: path, errors: ["\(error)"], isLinted: false)
      }
      var isDirectory: ObjCBool = false
      let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
      let reason =
        exists
        ? (isDirectory.boolValue ? "is a directory" : "cannot read file")
        : "no such file or directory"
      return LintedFile(path: path, errors: ["\(path): \(reason)"], isLinted: false)
    }
    return lint(bytes: bytes, path: path, cache: cache, writable: true)
  }

  private func lint(bytes: [UInt8], path: String, cache: LinterCache, writable: Bool)
    -> LintedFile
  {
    let linter: Linter
    let configuration: LintConfiguration
    let document: Document
    do {
      (linter, configuration) = try cache.linter(forFile: path)
      document = try LintDocumentReader.read(bytes: bytes, path: path)
    } catch {
      return LintedFile(path: path, errors: ["\(error)"], isLinted: false)
    }
    var file = LintedFile(path: path, source: document.lines.bytes)
    var findings = linter.lint(document, language: language, configuration: configuration)
    if fix, writable {
      let fixes = findings.filter { $0.rule.code == ForeignLabel.description.code }.compactMap(
        \.fix)
      if !fixes.isEmpty {
        let (fixed, applied) = Fixer.apply(fixes, to: bytes)
        do {
          try Fixer.write(fixed, to: path, replacing: bytes)
          let appliedSet = Set(applied)
          findings.removeAll { $0.fix.map(appliedSet.contains) ?? false }
          file.fixesApplied = applied.count
        } catch {
          file.errors.append(error.description)
        }
      }
    }
    // The one place severity decides what is reported: what every reporter shows and counts,
    // and what the exit code reads.
    findings.removeAll { $0.severity < minimumSeverity }
    file.findings = findings
    return file
  }
}
