import Synchronization

extension LintRunner {
  /// Lints an input and writes a report as it goes: each file's text as soon as the file is
  /// reported, then the run's problems, then the end of the report.
  /// - Parameters:
  ///   - input: Paths to walk, or standard input.
  ///   - reporter: The report's format.
  ///   - progress: Called after each file with the number done and the total (from any thread).
  ///   - write: Writes a piece of the report (from any thread, in order, never twice at once).
  ///   - problems: Shows a problem beside the report (on standard error): each warning, then each
  ///     error unless the report shows errors itself (``LintReporter/showsErrors``).
  /// - Returns: The run's counts, errors, warnings and exit code.
  public func lint(
    _ input: LintInput, reporter: some LintReporter,
    progress: (@Sendable (_ done: Int, _ total: Int) -> Void)? = nil,
    write: @Sendable (String) -> Void, problems: (LintProblem) -> Void = { _ in }
  ) -> LintRun {
    let reporter = Mutex(reporter)
    let run = lint(input, progress: progress) { file in
      let text = reporter.withLock { $0.report(file) }
      if !text.isEmpty { write(text) }
    }
    for warning in run.warnings { problems(.warning(warning)) }
    if !reporter.withLock({ $0.showsErrors }) {
      for error in run.errors { problems(.error(error)) }
    }
    let end = reporter.withLock { $0.finish(run) }
    if !end.isEmpty { write(end) }
    return run
  }

  /// Lints an input and returns its whole report, for tests and small inputs.
  /// - Parameters:
  ///   - input: Paths to walk, or standard input.
  ///   - reporter: The report's format.
  /// - Returns: The report and the run.
  public func report(_ input: LintInput, with reporter: some LintReporter) -> (
    text: String, run: LintRun
  ) {
    let text = Mutex("")
    let run = lint(input, reporter: reporter) { piece in text.withLock { $0 += piece } }
    return (text.withLock { $0 }, run)
  }
}

/// A problem shown beside a lint report rather than in it.
public enum LintProblem: Hashable, Sendable {
  /// Something that did not stop the run (SL002 and SL003 skipped without a model).
  case warning(String)
  /// An input that could not be linted.
  case error(String)
}
