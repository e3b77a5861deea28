import SalinCore
import SalinDocuments

/// The inline suppressions of a document: `salin-disable-next-line CODES`, and `salin-disable
/// CODES` … `salin-enable CODES`. A directive without codes applies to every rule. Each
/// suppression remembers whether it hid anything, so unused ones can be reported.
struct Suppressions {
  struct Entry {
    let directive: Directive
    let codes: Set<String>
    /// Lines (for next-line) or byte offsets (for disable…enable) covered.
    let lines: ClosedRange<Int>?
    let offsets: Range<Int>?
    var used = false

    func covers(_ finding: Finding) -> Bool {
      guard codes.isEmpty || codes.contains(finding.rule.code) || codes.contains(finding.rule.name)
      else {
        return false
      }
      if let lines { return lines.contains(finding.range.start.line) }
      if let offsets { return offsets.contains(finding.range.start.utf8Offset) }
      return false
    }
  }

  private(set) var entries: [Entry] = []

  init(document: Document) {
    var open: [(Directive, Set<String>)] = []
    for directive in document.directives {
      switch directive.command {
      case .disableNextLine(let codes):
        let next = directive.range.end.line + 1
        entries.append(
          Entry(directive: directive, codes: Set(codes), lines: next...next, offsets: nil))
      case .disable(let codes):
        open.append((directive, Set(codes)))
      case .enable(let codes):
        // Closes the disables it names (all, without codes).
        let closing = Set(codes)
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
      for index in entries.indices where entries[index].covers(finding) {
        entries[index].used = true
        suppressed = true
      }
      return !suppressed
    }
  }

  /// The suppressions that hid nothing.
  var unused: [Entry] { entries.filter { !$0.used } }
}

/// SL000 `unused-suppression`: a `salin-disable…` comment that hides no finding, so it can go.
public struct UnusedSuppression: Sendable {
  /// SL000 unused-suppression.
  public static let description = RuleDescription(
    code: "SL000", name: "unused-suppression", defaultSeverity: .warning,
    summary: "A salin-disable comment suppresses nothing.")
}
