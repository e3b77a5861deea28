import SalinLint
import ServiceLifecycle

/// Runs beside the HTTP server: looks for changes on disk and rebuilds the page; on a graceful
/// shutdown (SIGINT, SIGTERM) it ends the pages' event streams, which would otherwise keep their
/// connections, and so the server, open for ever.
struct FileWatcherService: Service {
  let builder: PreviewBuilder
  let state: PreviewState
  let pollMilliseconds: Int
  let rebuild: @Sendable () -> Void

  func run() async throws {
    try? await cancelWhenGracefulShutdown { [builder, pollMilliseconds, rebuild] in
      var watcher = ChangeWatcher(
        briefingPath: builder.briefingPath, catalogDirectories: builder.catalogDirectories,
        files: builder.watchedFiles)
      _ = watcher.poll()  // The page was built before the server started.
      while !Task.isCancelled {
        try await Task.sleep(for: .milliseconds(pollMilliseconds))
        if watcher.poll() {
          builder.linters.reloadCatalogs()
          rebuild()
        }
      }
    }
    state.finish()
  }
}
