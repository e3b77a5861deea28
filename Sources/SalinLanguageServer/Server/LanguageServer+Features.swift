import Foundation
import Synchronization
import SalinCore
import SalinLint

extension LanguageServer {
  /// A finding as a diagnostic, its range mapped from bytes to UTF-16 positions in the text linted.
  func diagnostic(for finding: Finding, in buffer: TextBuffer) -> Diagnostic {
    Diagnostic(
      range: buffer.range(of: finding.range.utf8Offsets),
      severity: Self.severity(finding.severity), code: finding.rule.code,
      codeDescription: .init(href: Self.documentationURL(finding.rule)),
      message: finding.message)
  }

  /// A problem that kept a file from being linted (`path:line:column: …`), as a diagnostic at its
  /// place, or at the top when it names no place in this file (a broken `.salin.yml`).
  func diagnostic(forError error: String, path: String, in buffer: TextBuffer) -> Diagnostic {
    var position = Position(line: 0, character: 0)
    var message = error
    if error.hasPrefix(path + ":") {
      let rest = error.dropFirst(path.count + 1)
      let fields = rest.split(separator: ":", maxSplits: 2, omittingEmptySubsequences: false)
      if fields.count >= 2, let line = Int(fields[0]), line >= 1 {
        let column = fields.count == 3 ? Int(fields[1]) : nil
        position = buffer.position(line: line - 1, scalarColumn: (column ?? 1) - 1)
        message = String(fields[column == nil ? 1... : 2...].joined(separator: ":"))
      } else {
        message = String(rest)
      }
      message = message.trimmingCharacters(in: .whitespaces)
    }
    let end = buffer.position(of: buffer.lineEndOffset(line: position.line))
    return Diagnostic(
      range: TextRange(start: position, end: max(position, end)), severity: 1, code: nil,
      message: message)
  }

  /// `textDocument/codeAction`: each fix whose finding overlaps the range, and one action applying
  /// every fix of the document.
  func codeActions(_ params: CodeActionParams) -> [CodeAction] {
    guard let document = freshDocument(params.textDocument.uri),
      let linted = document.lintedBuffer
    else { return [] }
    let wanted = { (kind: String) in
      params.context.only.map { $0.contains { kind == $0 || kind.hasPrefix($0 + ".") } } ?? true
    }
    let fixable = document.findings.filter { $0.fix != nil }
    var actions: [CodeAction] = []
    if wanted(CodeAction.quickFix) {
      for finding in fixable {
        guard let fix = finding.fix else { continue }
        let diagnostic = diagnostic(for: finding, in: linted)
        guard diagnostic.range.overlaps(params.range) else { continue }
        actions.append(
          CodeAction(
            title: "\(fix.description) (\(finding.rule.code))", kind: CodeAction.quickFix,
            diagnostics: [diagnostic], isPreferred: true,
            edit: WorkspaceEdit(changes: [document.uri: [edit(for: fix, in: linted)]])))
      }
    }
    if wanted(CodeAction.fixAll), !fixable.isEmpty {
      // Non-overlapping edits only: the first of two fixes of the same bytes wins.
      var edits: [TextEdit] = []
      var covered = 0
      for fix in fixable.compactMap(\.fix).sorted(by: { $0.range.start < $1.range.start })
      where fix.range.start.utf8Offset >= covered {
        edits.append(edit(for: fix, in: linted))
        covered = fix.range.end.utf8Offset
      }
      actions.append(
        CodeAction(
          title: "Fix all Salin findings with a fix (\(edits.count))", kind: CodeAction.fixAll,
          diagnostics: nil, isPreferred: nil,
          edit: WorkspaceEdit(changes: [document.uri: edits])))
    }
    return actions
  }

  private func edit(for fix: Fix, in buffer: TextBuffer) -> TextEdit {
    TextEdit(range: buffer.range(of: fix.range.utf8Offsets), newText: fix.replacement)
  }

  /// `textDocument/hover`: a finding's rule, language, confidence and evidence; elsewhere the
  /// language of the line under the pointer, as the identifier sees it.
  func hover(_ params: TextDocumentPositionParams) -> Hover? {
    guard let document = freshDocument(params.textDocument.uri) else { return nil }
    let buffer = document.buffer
    let offset = buffer.offset(of: params.position)
    if document.lintedBuffer == buffer,
      let finding = document.findings.first(where: {
        $0.range.utf8Offsets.contains(offset) || $0.range.utf8Offsets.upperBound == offset
      })
    {
      return Hover(
        contents: MarkupContent(kind: "markdown", value: Self.hoverText(finding)),
        range: buffer.range(of: finding.range.utf8Offsets))
    }
    let line = buffer.lineOffsets(line: params.position.line)
    let text = String(decoding: buffer.bytes[line], as: UTF8.self)
    guard !text.trimmingCharacters(in: .whitespaces).isEmpty,
      let span = linting.identify(text, path: document.path)
    else { return nil }
    return Hover(
      contents: MarkupContent(
        kind: "markdown",
        value: "**\(span.language.tag)** (confidence \(Self.percent(span.confidence)))\n\n"
          + "evidence: \(span.evidence)"),
      range: buffer.range(of: line))
  }

  static func hoverText(_ finding: Finding) -> String {
    var lines = [
      "**\(finding.rule.code) \(finding.rule.name)** (\(finding.severity))", "", finding.message,
      "",
    ]
    if let language = finding.language { lines.append("- language: **\(language.tag)**") }
    if let confidence = finding.confidence { lines.append("- confidence: \(percent(confidence))") }
    if let evidence = finding.evidence { lines.append("- evidence: \(evidence)") }
    if let fix = finding.fix { lines.append("- fix: \(fix.description)") }
    return lines.joined(separator: "\n")
  }

  static func percent(_ value: Double) -> String {
    "\(Int((value * 100).rounded()))%"
  }

  static func severity(_ severity: Severity) -> Int {
    switch severity {
    case .error: 1
    case .warning: 2
    case .info: 3
    }
  }

  static func documentationURL(_ rule: RuleDescription) -> String {
    "https://github.com/salin-l10n/salin/blob/main/\(rule.documentationPath)"
  }
}
