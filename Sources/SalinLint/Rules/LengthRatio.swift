import Foundation
import SalinCatalog
import SalinCore
import SalinDocuments

/// SL037 `length-ratio`: a translation whose length is far outside what its language usually takes
/// for the source's: under a third or over three times the usual ratio (Tagalog runs about 1.25
/// times English, Korean about 0.55 times, in characters other than spaces).
///
/// Sources under 20 such characters are skipped. pofilter's long and short, CheckMate's length
/// check.
public struct LengthRatio: TranslationRule {
  /// SL037 length-ratio.
  public static let description = RuleDescription(
    code: "SL037", name: "length-ratio", defaultSeverity: .info,
    summary: "A translation far longer or shorter than the language usually is.")

  /// Makes the rule.
  public init() {}

  /// The usual length of a translation per source character, by target language (locale data,
  /// `length-ratio` in `locales/data/words.yaml`, measured on this project's seed and catalogs:
  /// tl 1.25, ko 0.55); 1.0 for others.
  static func usualRatio(_ language: Language?) -> Double {
    language.flatMap(LocaleLengths.usualRatio) ?? 1.0
  }

  /// The problem, if the length is far off.
  func problem(with pair: TranslationPair, in context: LintContext) -> String? {
    // Characters other than spaces: Korean writes a compound as one word (확장억제전략협의체).
    let source = pair.source.filter { !$0.isWhitespace }.count
    guard source >= 20 else { return nil }
    let ratio = Double(pair.target.filter { !$0.isWhitespace }.count) / Double(source)
    let usual = Self.usualRatio(context.language)
    guard ratio < usual / 3 || ratio > usual * 3 else { return nil }
    return "the translation is \(String(format: "%.2f", ratio)) times the source's length "
      + "(usual for \(context.language?.tag ?? "this language"): about \(usual))"
  }
}
