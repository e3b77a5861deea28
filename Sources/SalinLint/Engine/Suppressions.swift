import SalinCore
import SalinDocuments

/// The inline suppressions of a document: `salin-disable-next-line CODES`, and `salin-disable
/// CODES` … `salin-enable CODES`.
///
/// A directive without codes applies to every rule. Each suppression remembers which of its codes
/// hid something, so unused ones can be reported.
///
/// `salin-disable-next-line` covers the next line that is not blank, skipping lines that hold
/// only another `salin-disable-next-line` comment (so two stacked directives cover the same
/// line); at the end of the file it covers nothing.
struct Suppressions {
  struct Entry {
    let directive: Directive
    /// The codes or names as written; empty for every rule.
    let codes: Set<String>
    /// Lines (for next-line) or byte offsets (for disable…enable) covered.
    let lines: ClosedRange<Int>?
    let offsets: Range<Int>?
    /// The codes (as written) that hid a finding; for a directive without codes, `"*"`.
    var usedCodes: Set<String> = []

    /// The code or name, as written, by which this entry covers a finding; `"*"` without codes.
    func coveringCode(_ finding: Finding) -> String? {
      let written: String
      if codes.isEmpty {
        written = "*"
      } else if codes.contains(finding.rule.code) {
        written = finding.rule.code
      } else if codes.contains(finding.rule.name) {
        written = finding.rule.name
      } else {
        return nil
      }
      if let lines { return lines.contains(finding.range.start.line) ? written : nil }
      if let offsets { return offsets.contains(finding.range.start.utf8Offset) ? written : nil }
      return nil
    }

    /// The codes that hid nothing, sorted; all of them (or `["*"]`) if the entry is unused.
    var unusedCodes: [String] {
      codes.isEmpty ? (usedCodes.isEmpty ? ["*"] : []) : codes.subtracting(usedCodes).sorted()
    }
  }

  private(set) var entries: [Entry] = []
  /// `salin-enable` directives that closed no open `salin-disable`: a typo in the codes, or a
  /// disable that was deleted.
  ///
  /// Reported by SL000, since the author meant something else.
  private(set) var strayEnables: [Directive] = []

  init(document: Document) {
    var open: [(Directive, Set<String>)] = []
    let nextLineDirectiveLines = Self.linesHoldingOnlyNextLineDirectives(document)
    for directive in document.directives {
      switch directive.command {
      case .disableNextLine(let codes):
        let next = Self.nextContentLine(
          after: directive.range.end.line, in: document.lines, skipping: nextLineDirectiveLines)
        entries.append(
          Entry(
            directive: directive, codes: Set(codes), lines: next.map { $0...$0 }, offsets: nil))
      case .disable(let codes):
        open.append((directive, Set(codes)))
      case .enable(let codes):
        // Closes the disables it names (all, without codes).
        let closing = Set(codes)
        let openBefore = open.count
        open.removeAll { disable, disabledCodes in
          guard closing.isEmpty || !disabledCodes.isDisjoint(with: closing) || disabledCodes.isEmpty
          else {
            return false
          }
          entries.append(
            Entry(
              directive: disable, codes: disabledCodes, lines: nil,
              offsets: disable.range.end.utf8Offset..<directive.range.start.utf8Offset))
          return true
        }
        if open.count == openBefore { strayEnables.append(directive) }
      default: break
      }
    }
    for (disable, codes) in open {
      entries.append(
        Entry(
          directive: disable, codes: codes, lines: nil,
          offsets: disable.range.end.utf8Offset..<Int.max))
    }
  }

  /// Removes the suppressed findings, marking the suppressions used.
  mutating func filter(_ findings: [Finding]) -> [Finding] {
    findings.filter { finding in
      var suppressed = false
      for index in entries.indices {
        guard let code = entries[index].coveringCode(finding) else { continue }
        entries[index].usedCodes.insert(code)
        suppressed = true
      }
      return !suppressed
    }
  }

  /// The suppressions with codes that hid nothing (a directive is reported once, naming them).
  var unused: [Entry] { entries.filter { !$0.unusedCodes.isEmpty } }

  /// The first line after `line` that is neither blank nor in `skipped`; `nil` at the end.
  static func nextContentLine(after line: Int, in lines: LineIndex, skipping skipped: Set<Int>)
    -> Int?
  {
    var next = line + 1
    while next <= lines.lineCount {
      let blank = lines.bytes[lines.contentRange(ofLine: next)].allSatisfy {
        $0 == 0x20 || $0 == 0x09
      }
      if !blank && !skipped.contains(next) { return next }
      next += 1
    }
    return nil
  }

  /// Lines whose only content is one `salin-disable-next-line` comment.
  static func linesHoldingOnlyNextLineDirectives(_ document: Document) -> Set<Int> {
    var result: Set<Int> = []
    for directive in document.directives {
      guard case .disableNextLine = directive.command,
        directive.range.start.line == directive.range.end.line
      else { continue }
      let line = directive.range.start.line
      let content = document.lines.contentRange(ofLine: line)
      let outside =
        document.lines.bytes[content.lowerBound..<directive.range.start.utf8Offset]
        + document.lines.bytes[directive.range.end.utf8Offset..<content.upperBound]
      if outside.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { result.insert(line) }
    }
    return result
  }
}
