import SalinCore
import SalinDocuments
import SalinICU

/// SL004 `unexpected-script`: letters of a script the document's language does not use (Hangul in
/// an English article), except in spans that declare their own language.
///
/// Digits (of any script), punctuation, symbols and emoji never count, nor does a lone letter of
/// a cased alphabet (`μg/m3`, `2π`, `10 kΩ`): a unit or a symbol, not text in another language.
/// Each
/// run of letters in unexpected scripts, with the spaces and punctuation between them, is one
/// finding. Languages Salin has no script list for are not checked.
public struct UnexpectedScript: LintRule {
  /// SL004 unexpected-script.
  public static let description = RuleDescription(
    code: "SL004", name: "unexpected-script", defaultSeverity: .warning,
    summary: "Letters of a script the document's language does not use.")

  /// The scripts each language is written in (Korean news writes Latin acronyms and Hanja).
  static let expectedScripts: [String: Set<ICUScriptCode>] = [
    "en": [.latin], "tl": [.latin], "fil": [.latin], "es": [.latin], "fr": [.latin], "de": [.latin],
    "ko": [.hangul, .han, .latin], "ja": [.hiragana, .katakana, .han, .latin],
    "zh": [.han, .latin],
    "ru": [.cyrillic, .latin], "el": [.greek, .latin], "ar": [.arabic, .latin],
  ]

  /// Makes the rule.
  public init() {}

  /// The runs of unexpected script in a document.
  /// - Parameter context: The document and its language.
  /// - Returns: One finding per run.
  public func findings(in context: LintContext) -> [Finding] {
    guard let language = context.language,
      let expected = Self.expectedScripts[
        language.tag.split(separator: "-").first.map(String.init) ?? ""]
    else { return [] }
    var findings: [Finding] = []
    for segment in context.proseSegments {
      for run in Self.runs(in: segment.text, expected: expected) {
        let source = segment.sourceOffsets(ofTextUTF8: run.range)
        guard !context.isDeclared(source) else { continue }
        let text = String(decoding: Array(segment.text.utf8)[run.range], as: UTF8.self)
        findings.append(
          finding(
            .unexpectedScript(run.script, text: text, language: language), in: context,
            utf8Range: source,
            evidence: "script \(run.script.name)"))
      }
    }
    return findings
  }

  struct Run {
    var range: Range<Int>
    var script: ICUScriptCode
    /// Its letters, and whether the first is cased (Greek, Cyrillic; not Hangul or Han).
    var letters = 1
    var cased = false
    /// A lone cased letter is a symbol or a unit's prefix, not a word.
    var isSymbol: Bool { letters == 1 && cased }
  }

  /// The runs of letters outside `expected`, joined across Common scalars (spaces, punctuation).
  static func runs(in text: String, expected: Set<ICUScriptCode>) -> [Run] {
    // An array, not the set: a linear scan of one to four codes beats hashing every scalar.
    let expected = Array(expected)
    let latinExpected = expected.contains(.latin)
    var runs: [Run] = []
    var current: Run?
    var offset = 0
    for scalar in text.unicodeScalars {
      let width = UTF8.width(scalar)
      defer { offset += width }
      let value = scalar.value
      if value < 0x80 {
        // ASCII fast path: letters are Latin, the rest is Common.
        let folded = value | 0x20
        guard folded >= 0x61 && folded <= 0x7A else { continue }
        if latinExpected {
          if let run = current, !run.isSymbol { runs.append(run) }
          current = nil
          continue
        }
      }
      let script = ICUScript.script(of: scalar)
      guard script.isSpecific else { continue }
      if expected.contains(script) {
        if let run = current, !run.isSymbol { runs.append(run) }
        current = nil
        continue
      }
      // Letters and the marks of a script count; digits of a script (Arabic-Indic ١٢٣) do not.
      guard scalar.properties.isAlphabetic else { continue }
      if var run = current, run.script == script {
        run.range = run.range.lowerBound..<(offset + width)
        run.letters += 1
        current = run
      } else {
        if let run = current, !run.isSymbol { runs.append(run) }
        current = Run(
          range: offset..<(offset + width), script: script, cased: scalar.properties.isCased)
      }
    }
    if let run = current, !run.isSymbol { runs.append(run) }
    return runs
  }
}

extension String {
  fileprivate static func unexpectedScript(
    _ script: ICUScriptCode, text: String, language: Language
  ) -> String {
    "\(script.name) letters '\(text)' in a \(language) document"
  }
}
