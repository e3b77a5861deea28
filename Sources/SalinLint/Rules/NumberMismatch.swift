import Foundation
import SalinCore
import SalinDocuments

/// SL031 `number-mismatch`: a number (or a date's digits) of the source that its translation lacks
/// or changes: "2023" → "2032", "5" dropped.
///
/// Grouping is ignored (1,000 = 1000). pofilter's numbers.
public struct NumberMismatch: TranslationRule {
  /// SL031 number-mismatch.
  public static let description = RuleDescription(
    code: "SL031", name: "number-mismatch", defaultSeverity: .warning,
    summary: "A number of the source is missing or changed in its translation.")

  /// Makes the rule.
  public init() {}

  /// The numbers that differ, if any.
  func problem(with pair: TranslationPair, in context: LintContext) -> String? {
    // Numbers inside placeholders (%1$s, {0}) are not numbers of the text.
    let source = TranslationText.numbers(Self.withoutPlaceholders(pair.source))
    let target = TranslationText.numbers(Self.withoutPlaceholders(pair.target))
    let lost = missing(source, from: target)
    // "First Vice Minister" is 제1차관: a number the source spells out may be written in digits.
    let spelled = pair.sourceLanguage == .english ? Self.spelledOut(pair.source) : []
    let added = missing(target, from: source + spelled)
    guard !lost.isEmpty || !added.isEmpty else { return nil }
    var parts: [String] = []
    if !lost.isEmpty { parts.append("\(quotedList(lost)) missing") }
    if !added.isEmpty { parts.append("\(quotedList(added)) not in the source") }
    return "numbers differ from the source: " + parts.joined(separator: "; ")
  }

  /// The numbers an English text spells out as words, one to twelve and first to twelfth (what
  /// a title or a date writes in words and another language in digits).
  /// - Parameter text: English text.
  /// - Returns: Each number as digits, once per word.
  static func spelledOut(_ text: String) -> [String] {
    text.lowercased().split { !$0.isLetter }.compactMap { englishNumberWords[String($0)] }
  }

  private static let englishNumberWords: [String: String] = {
    let cardinals = [
      "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
      "twelve",
    ]
    let ordinals = [
      "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
      "tenth", "eleventh", "twelfth",
    ]
    var words: [String: String] = [:]
    for (index, word) in cardinals.enumerated() { words[word] = String(index + 1) }
    for (index, word) in ordinals.enumerated() { words[word] = String(index + 1) }
    return words
  }()

  static func withoutPlaceholders(_ text: String) -> String {
    var result = text
    for placeholder
      in TranslationText.printfPlaceholders(text) + TranslationText.bracePlaceholders(text)
    {
      result = result.replacingOccurrences(of: placeholder, with: " ")
    }
    return result
  }
}
