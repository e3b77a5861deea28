import Foundation
import SalinCatalog
import SalinLangID
import SalinLanguageServer
import SalinLint
import SalinResources
import SalinTestSupport
import Testing

/// Sessions against the real linter: the built-in catalogs and language model.
@Suite("LanguageServer linting")
struct LanguageServerLintTests {
  /// One factory for the suite, as one server has: the built-in catalogs and model.
  static let linters = LinterFactory()

  static func service() -> LintService { LintService(linters: linters) }

  /// A folder whose `.salin.yml` declares English, holding `name` with `text`.
  static func englishFile(_ name: String, _ text: String) throws -> (uri: String, text: String) {
    let directory = try TestSupport.temporaryDirectory()
    try Data("lang: en\n".utf8).write(to: directory.appendingPathComponent(".salin.yml"))
    let file = directory.appendingPathComponent(name)
    try Data(text.utf8).write(to: file)
    return (file.absoluteString, text)
  }

  static func open(_ session: LSPSession, _ uri: String, _ text: String, version: Int = 1) {
    session.notify(
      "textDocument/didOpen",
      ["textDocument": ["uri": uri, "languageId": "plaintext", "version": version, "text": text]])
  }

  static func seed() throws -> String {
    try String(
      contentsOf: TestSupport.seedArticleURL,
      encoding: .utf8)
  }

  /// The session: the seed's two SL001 findings at 15:25 and 25:1 (0-based 14:24 and
  /// 24:0 on the wire), the fix as a code action, and the diagnostics gone once it is applied.
  @Test func seedFindingsFixedByCodeActions() throws {
    let (uri, text) = try Self.englishFile("seed.txt", try Self.seed())
    let session = LSPSession(linting: Self.service())
    session.initialize()
    Self.open(session, uri, text)
    let diagnostics = try #require(session.diagnostics(for: uri))
    #expect(diagnostics.map { $0["code"] as? String } == ["SL001", "SL001"])
    #expect(diagnostics.map(LSPSession.range) == ["14:24-14:35", "24:0-24:16"])
    #expect(
      diagnostics.allSatisfy { $0["source"] as? String == "salin" && $0["severity"] as? Int == 1 })

    var buffer = TextBuffer(text)
    var version = 1
    for diagnostic in diagnostics {
      let id = session.request(
        "textDocument/codeAction",
        [
          "textDocument": ["uri": uri], "range": diagnostic["range"]!,
          "context": ["diagnostics": [diagnostic], "only": ["quickfix"]],
        ])
      let actions = try #require(session.response(to: id)?["result"] as? [[String: Any]])
      #expect(actions.count == 1)
      let edits = try #require(
        ((actions.first?["edit"] as? [String: Any])?["changes"] as? [String: Any])?[uri]
          as? [[String: Any]])
      // Apply as an editor does, and tell the server by an incremental change.
      for edit in edits {
        let data = try JSONSerialization.data(withJSONObject: edit["range"]!)
        let range = try JSONDecoder().decode(TextRange.self, from: data)
        let change = TextDocumentContentChangeEvent(range: range, text: edit["newText"] as! String)
        buffer.apply(change)
        version += 1
        session.notify(
          "textDocument/didChange",
          [
            "textDocument": ["uri": uri, "version": version],
            "contentChanges": [["range": edit["range"]!, "text": change.text]],
          ])
      }
    }
    #expect(buffer.text.contains("Agreed Areas of Focus | Details |"))
    #expect(buffer.text.contains("\nSources: THX News & US Department of State."))
    #expect(session.diagnostics(for: uri)?.isEmpty == true)
  }

  @Test func fixAllAppliesEveryFixAtOnce() throws {
    let (uri, text) = try Self.englishFile("seed.txt", try Self.seed())
    let session = LSPSession(linting: Self.service())
    session.initialize()
    Self.open(session, uri, text)
    _ = session.diagnostics(for: uri)
    let id = session.request(
      "textDocument/codeAction",
      [
        "textDocument": ["uri": uri],
        "range": ["start": ["line": 0, "character": 0], "end": ["line": 0, "character": 0]],
        "context": ["diagnostics": [], "only": ["source.fixAll"]],
      ])
    let actions = try #require(session.response(to: id)?["result"] as? [[String: Any]])
    #expect(actions.map { $0["kind"] as? String } == ["source.fixAll.salin"])
    let edits =
      ((actions.first?["edit"] as? [String: Any])?["changes"] as? [String: Any])?[uri]
      as? [[String: Any]]
    #expect(edits?.map { $0["newText"] as? String } == ["Details", "Sources"])
  }

  /// Ranges count UTF-16 units: 😀 is two, 한 one, whatever their UTF-8 length.
  @Test func rangesAfterEmojiAndHangulAreUTF16() throws {
    let line = "Header 😀 한 | Mga Detalye |"
    let (uri, text) = try Self.englishFile(
      "wide.txt", "\(line)\n---|---|\nMissile Defense | Strengthening defenses |\n")
    let session = LSPSession(linting: Self.service())
    session.initialize()
    Self.open(session, uri, text)
    let diagnostics = try #require(session.diagnostics(for: uri))
    let label = try #require(diagnostics.first { $0["code"] as? String == "SL001" })
    // "Header " 7 + 😀 2 + " " 1 + 한 1 + " | " 3 = 14; "Mga Detalye" is 11 units.
    #expect(LSPSession.range(label) == "0:14-0:25")
    let hangul = diagnostics.first { $0["code"] as? String == "SL004" }
    #expect(hangul.map(LSPSession.range) == "0:10-0:11")
  }

  @Test func suppressionsAndConfigAreHonoured() throws {
    let (uri, text) = try Self.englishFile(
      "quiet.md",
      "# Report\n\n<!-- salin-disable-next-line SL001 -->\n| Areas | Mga Detalye |\n|---|---|\n| a | b |\n"
    )
    let session = LSPSession(linting: Self.service())
    session.initialize()
    Self.open(session, uri, text)
    #expect(session.diagnostics(for: uri)?.isEmpty == true)
  }

  @Test func unreadableInputIsADiagnosticInPlace() throws {
    let (uri, _) = try Self.englishFile("broken.po", "msgid \"a\"\nmsgstr \"b\n")
    let session = LSPSession(linting: Self.service())
    session.initialize()
    Self.open(session, uri, "msgid \"a\"\nmsgstr \"b\n")
    let diagnostics = try #require(session.diagnostics(for: uri))
    #expect(diagnostics.count == 1)
    #expect((diagnostics.first?["message"] as? String)?.contains("malformed PO") == true)
    #expect(LSPSession.range(diagnostics[0]).hasPrefix("1:"))
  }

  @Test func aBriefingThatStopsParsingIsADiagnosticAtItsLine() throws {
    let (uri, _) = try Self.englishFile("draft.briefing.yaml", "")
    let session = LSPSession(linting: Self.service())
    session.initialize()
    Self.open(session, uri, "salin-briefing: 1\nid: x\n  bad: [\n")
    let diagnostics = try #require(session.diagnostics(for: uri))
    #expect(diagnostics.count >= 1)
    #expect(diagnostics.first?["severity"] as? Int == 1)
  }

  /// A briefing that loads is linted like `salin lint` lints it: a stale translation is SL010
  /// at the translation (line 9, after `tl: `), in the editor as on the command line.
  @Test func aStaleBriefingTranslationIsADiagnosticAtTheTranslation() throws {
    let text = """
      salin-briefing: 1
      id: stale
      source-language: en
      languages: [en, tl]
      lead:
        - paragraph:
            id: lead
            en: Officials met again on Monday.
            tl: Nagpulong ang mga opisyal.
            made-from: {tl: 5f7859e43059}

      """
    let (uri, _) = try Self.englishFile("stale.briefing.yaml", text)
    let session = LSPSession(linting: Self.service())
    session.initialize()
    Self.open(session, uri, text)
    let diagnostics = try #require(session.diagnostics(for: uri))
    #expect(diagnostics.map { $0["code"] as? String } == ["SL010"], "\(diagnostics)")
    #expect(diagnostics.map(LSPSession.range) == ["8:10-8:36"])
    #expect(diagnostics.first?["severity"] as? Int == 2)
  }

  @Test func hoverShowsAFindingsLanguageAndEvidence() throws {
    let (uri, text) = try Self.englishFile("seed.txt", try Self.seed())
    let session = LSPSession(linting: Self.service())
    session.initialize()
    Self.open(session, uri, text)
    _ = session.diagnostics(for: uri)
    let id = session.request(
      "textDocument/hover",
      ["textDocument": ["uri": uri], "position": ["line": 24, "character": 3]])
    let hover = try #require(session.response(to: id)?["result"] as? [String: Any])
    let value = try #require((hover["contents"] as? [String: Any])?["value"] as? String)
    #expect(value.contains("SL001 foreign-label"))
    #expect(value.contains("language: **tl**"))
    // Elsewhere: the line's language.
    let plain = session.request(
      "textDocument/hover",
      ["textDocument": ["uri": uri], "position": ["line": 0, "character": 3]])
    let line = try #require(
      ((session.response(to: plain)?["result"] as? [String: Any])?["contents"] as? [String: Any])?[
        "value"] as? String)
    #expect(line.hasPrefix("**en**"))
    #expect(line.contains("evidence:"))
  }
}

/// Any rule's fix is a code action: SL020's preferred term from the project's termbase.
@Suite("LanguageServer term fixes")
struct LanguageServerTermTests {
  @Test func aForbiddenTermIsFixedByACodeAction() throws {
    let termbase = TestSupport.seedTermbaseURL
    let service = LintService(linters: LinterFactory(termbaseFiles: [termbase]))
    let directory = try TestSupport.temporaryDirectory()
    let text = "Inilunsad ng North Korea ang bagong misil kahapon ng umaga.\n"
    let uri = directory.appendingPathComponent("balita.tl.txt").absoluteString
    let session = LSPSession(linting: service)
    session.initialize()
    LanguageServerLintTests.open(session, uri, text)
    let diagnostics = try #require(session.diagnostics(for: uri))
    let term = try #require(diagnostics.first { $0["code"] as? String == "SL020" })
    #expect(LSPSession.range(term) == "0:36-0:41")  // "Inilunsad ng North Korea ang bagong " is 36
    let id = session.request(
      "textDocument/codeAction",
      [
        "textDocument": ["uri": uri], "range": term["range"]!,
        "context": ["diagnostics": [term], "only": ["quickfix"]],
      ])
    let actions = try #require(session.response(to: id)?["result"] as? [[String: Any]])
    let edits =
      ((actions.first?["edit"] as? [String: Any])?["changes"] as? [String: Any])?[uri]
      as? [[String: Any]]
    #expect(edits?.map { $0["newText"] as? String } == ["missile"])
  }
}
