import Synchronization
import Foundation
import SalinLint

extension LanguageServer {
  /// `textDocument/didOpen`: keep the text and lint it at once.
  func open(_ item: TextDocumentItem) {
    let path = Self.path(ofURI: item.uri)
    state.withLock {
      $0.documents[item.uri] = OpenDocument(
        uri: item.uri, path: path, version: item.version, buffer: TextBuffer(item.text))
    }
    scheduleLint(uri: item.uri, now: true)
  }

  /// `textDocument/didChange`: apply the changes in order, then lint after the debounce delay.
  func change(_ params: DidChangeTextDocumentParams) {
    let known = state.withLock { state -> Bool in
      guard var document = state.documents[params.textDocument.uri] else { return false }
      for change in params.contentChanges { document.buffer.apply(change) }
      document.version = params.textDocument.version
      state.documents[params.textDocument.uri] = document
      return true
    }
    if known {
      scheduleLint(uri: params.textDocument.uri, now: false)
    } else {
      log(.warning, "change to a document that is not open: \(params.textDocument.uri)")
    }
  }

  /// `textDocument/didClose`: forget the text and clear its diagnostics.
  func close(_ uri: String) {
    state.withLock {
      $0.documents[uri] = nil
      notify(
        "textDocument/publishDiagnostics",
        PublishDiagnosticsParams(uri: uri, version: nil, diagnostics: []))
    }
  }

  /// Lints a document now or after the debounce delay, unless it changes again first.
  func scheduleLint(uri: String, now: Bool) {
    let scheduled = state.withLock { state -> (generation: Int, delay: Double)? in
      guard var document = state.documents[uri] else { return nil }
      document.generation += 1
      document.pendingLint = true
      state.documents[uri] = document
      return (document.generation, now ? 0 : state.debounceSeconds)
    }
    guard let scheduled else { return }
    lintQueue.asyncAfter(deadline: .now() + scheduled.delay) { [self] in
      lint(uri: uri, generation: scheduled.generation)
    }
  }

  /// The document, linted now if it changed since its last lint: a code action or hover must
  /// answer about the text the client has, even while a debounced lint is waiting.
  func freshDocument(_ uri: String) -> OpenDocument? {
    let generation = state.withLock { state -> Int? in
      guard var document = state.documents[uri] else { return nil }
      if document.lintedBuffer == document.buffer { return nil }
      document.generation += 1  // The waiting lint is now stale and will do nothing.
      state.documents[uri] = document
      return document.generation
    }
    if let generation { lint(uri: uri, generation: generation) }
    return state.withLock { $0.documents[uri] }
  }

  private func lint(uri: String, generation: Int) {
    let snapshot = state.withLock { state -> OpenDocument? in
      guard let document = state.documents[uri], document.generation == generation else {
        return nil
      }
      return document
    }
    guard let snapshot else { return }  // Changed again: a later lint is scheduled.
    let report: DocumentReport
    if snapshot.buffer.bytes.isEmpty || !Self.isLinted(snapshot.path) {
      report = DocumentReport()  // A new empty file is not an error in an editor.
    } else {
      report = linting.lint(snapshot.buffer.bytes, path: snapshot.path)
    }
    let diagnostics =
      report.findings.map { diagnostic(for: $0, in: snapshot.buffer) }
      + report.errors.map { diagnostic(forError: $0, path: snapshot.path, in: snapshot.buffer) }
    let news = state.withLock { state in
      let news = report.warnings.filter { !state.warned.contains($0) }
      state.warned.formUnion(news)
      return news
    }
    for warning in news { log(.warning, warning) }
    state.withLock { state in
      guard var document = state.documents[uri], document.generation == generation else { return }
      document.findings = report.findings
      document.lintedBuffer = snapshot.buffer
      document.pendingLint = false
      state.documents[uri] = document
      // Under the lock, so that a close or a newer lint cannot publish in between.
      notify(
        "textDocument/publishDiagnostics",
        PublishDiagnosticsParams(uri: uri, version: snapshot.version, diagnostics: diagnostics))
    }
  }

  /// Whether Salin lints a file of this name: what `salin lint DIR` walks, plus briefings.
  static func isLinted(_ path: String) -> Bool {
    let name = path.split(separator: "/").last.map(String.init) ?? path
    return FileCollector.isDocument(name) || BriefingCheck.isBriefing(path)
  }

  /// The file path of a `file:` URI (percent-decoded); other schemes (`untitled:`) keep their
  /// path part, so the extension still picks the reader.
  static func path(ofURI uri: String) -> String {
    if let url = URL(string: uri), url.isFileURL { return url.path }
    if let colon = uri.firstIndex(of: ":") {
      let rest = uri[uri.index(after: colon)...]
      return rest.removingPercentEncoding ?? String(rest)
    }
    return uri
  }
}
