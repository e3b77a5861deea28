import Foundation
import SalinCore
import SalinLint
import SalinRender
import Synchronization

/// The preview's current page and the browsers waiting to hear of the next one.
///
/// A build that shows nothing (the briefing stopped parsing mid-edit) keeps the last good columns
/// on the page, dimmed, under the new problems.
final class PreviewState: Sendable {
  private struct State {
    var version = 0
    var page = ""
    var renderings: [Language: String] = [:]
    var lastGood: PreviewContent?
    var listeners: [UUID: AsyncStream<Int>.Continuation] = [:]
  }

  private let state = Mutex(State())

  var version: Int { state.withLock { $0.version } }
  var page: String { state.withLock { $0.page } }
  var locales: [Language] { state.withLock { Array($0.renderings.keys) } }

  func rendering(_ locale: Language) -> String? { state.withLock { $0.renderings[locale] } }

  /// Publishes a new build and tells every listener its version.
  func publish(_ content: PreviewContent, renderings: [Language: String]) {
    let listeners = state.withLock { state -> [AsyncStream<Int>.Continuation] in
      state.version += 1
      var shown = content
      var stale = false
      if content.columns.isEmpty, let good = state.lastGood {
        shown.columns = good.columns
        stale = true
      } else if !content.columns.isEmpty {
        state.lastGood = content
        state.renderings = renderings
      }
      state.page = PreviewHTML.page(shown, version: state.version, stale: stale)
      return Array(state.listeners.values)
    }
    let version = self.version
    for listener in listeners { listener.yield(version) }
  }

  /// A stream of versions for one browser, starting with the current one.
  func listen() -> AsyncStream<Int> {
    let id = UUID()
    let (stream, continuation) = AsyncStream<Int>.makeStream(bufferingPolicy: .bufferingNewest(1))
    continuation.onTermination = { [weak self] _ in
      _ = self?.state.withLock { $0.listeners.removeValue(forKey: id) }
    }
    let current = state.withLock { state in
      state.listeners[id] = continuation
      return state.version
    }
    continuation.yield(current)
    return stream
  }

  /// Ends every stream (the server is stopping).
  func finish() {
    for listener in state.withLock({ Array($0.listeners.values) }) { listener.finish() }
  }
}
