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
    let nextLines = Self.nextContentLines(document)
    for directive in document.directives {
      switch directive.command {
      case .disableNextLine(let codes):
        let next = nextLines[directive.range.end.line] ?? nil
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
  ///
  /// Next-line suppressions are looked up by line, once per line and rule; disable…enable ranges
  /// are swept in offset order, each marked used for a code once. Checking every suppression
  /// against every finding made 20,000 stacked `salin-disable-next-line` comments run for minutes.
  mutating func filter(_ findings: [Finding]) -> [Finding] {
    var byLine: [Int: [Int]] = [:]
    var ranges: [Int] = []
    for index in entries.indices {
      if let lines = entries[index].lines {
        byLine[lines.lowerBound, default: []].append(index)
      } else if entries[index].offsets != nil {
        ranges.append(index)
      }
    }
    // Every finding of one rule on one line meets the same next-line entries.
    var lineAnswers: [LineRule: Bool] = [:]
    var suppressed = [Bool](repeating: false, count: findings.count)
    for (position, finding) in findings.enumerated() {
      let line = finding.range.start.line
      guard let candidates = byLine[line] else { continue }
      let key = LineRule(line: line, code: finding.rule.code)
      if let answer = lineAnswers[key] {
        suppressed[position] = answer
        continue
      }
      var answer = false
      for index in candidates {
        guard let code = entries[index].coveringCode(finding) else { continue }
        entries[index].usedCodes.insert(code)
        answer = true
      }
      lineAnswers[key] = answer
      suppressed[position] = answer
    }
    sweep(ranges: ranges, findings: findings, suppressed: &suppressed)
    return findings.indices.filter { !suppressed[$0] }.map { findings[$0] }
  }

  private struct LineRule: Hashable {
    let line: Int
    let code: String
  }

  /// Marks the findings inside disable…enable ranges: ranges open and close in offset order, and
  /// for each code (or `*`) the open ranges not yet marked for it wait in a set, so that each
  /// range is marked for a code once however many findings it holds.
  private mutating func sweep(ranges: [Int], findings: [Finding], suppressed: inout [Bool]) {
    guard !ranges.isEmpty else { return }
    let byStart = ranges.sorted {
      (entries[$0].offsets?.lowerBound ?? 0) < (entries[$1].offsets?.lowerBound ?? 0)
    }
    let byEnd = ranges.sorted {
      (entries[$0].offsets?.upperBound ?? 0) < (entries[$1].offsets?.upperBound ?? 0)
    }
    var nextStart = 0
    var nextEnd = 0
    var openCount: [String: Int] = [:]
    var unmarked: [String: Set<Int>] = [:]
    func keys(_ index: Int) -> Set<String> {
      entries[index].codes.isEmpty ? ["*"] : entries[index].codes
    }
    let order = findings.indices.sorted {
      findings[$0].range.start.utf8Offset < findings[$1].range.start.utf8Offset
    }
    for position in order {
      let finding = findings[position]
      let offset = finding.range.start.utf8Offset
      while nextStart < byStart.count,
        entries[byStart[nextStart]].offsets?.lowerBound ?? 0 <= offset
      {
        let index = byStart[nextStart]
        for key in keys(index) {
          openCount[key, default: 0] += 1
          unmarked[key, default: []].insert(index)
        }
        nextStart += 1
      }
      while nextEnd < byEnd.count, entries[byEnd[nextEnd]].offsets?.upperBound ?? 0 <= offset {
        let index = byEnd[nextEnd]
        // Only ranges that opened are open; one that ends before it starts never was.
        if entries[index].offsets?.lowerBound ?? 0 <= offset {
          for key in keys(index) {
            openCount[key, default: 0] -= 1
            unmarked[key]?.remove(index)
          }
        }
        nextEnd += 1
      }
      let code = finding.rule.code
      let name = finding.rule.name
      guard (openCount["*"] ?? 0) + (openCount[code] ?? 0) + (openCount[name] ?? 0) > 0 else {
        continue
      }
      suppressed[position] = true
      for key in ["*", code, name] {
        guard var waiting = unmarked[key], !waiting.isEmpty else { continue }
        for index in waiting {
          // A range naming both the code and the name is used by the code, as written first.
          guard key != name || !entries[index].codes.contains(code) else { continue }
          entries[index].usedCodes.insert(key)
          waiting.remove(index)
        }
        unmarked[key] = waiting
      }
    }
  }

  /// The suppressions with codes that hid nothing (a directive is reported once, naming them).
  var unused: [Entry] { entries.filter { !$0.unusedCodes.isEmpty } }

  /// For the last line of each `salin-disable-next-line` comment, the line it covers: the first
  /// line after it that is neither blank nor only another such comment; `nil` at the end.
  ///
  /// Worked from the last comment back, so a stack of comments is walked once: the line after a
  /// comment that is itself only a comment covers what that comment covers.
  static func nextContentLines(_ document: Document) -> [Int: Int?] {
    let skipped = linesHoldingOnlyNextLineDirectives(document)
    let lines = document.lines
    var answers: [Int: Int?] = [:]
    for directive in document.directives.reversed() {
      guard case .disableNextLine = directive.command else { continue }
      let line = directive.range.end.line
      guard answers[line] == nil else { continue }
      var next = line + 1
      var answer: Int?
      while next <= lines.lineCount {
        if skipped.contains(next), let known = answers[next] {
          answer = known
          break
        }
        let blank = lines.bytes[lines.contentRange(ofLine: next)].allSatisfy {
          $0 == 0x20 || $0 == 0x09
        }
        if !blank && !skipped.contains(next) {
          answer = next
          break
        }
        next += 1
      }
      answers[line] = .some(answer)
    }
    return answers
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
