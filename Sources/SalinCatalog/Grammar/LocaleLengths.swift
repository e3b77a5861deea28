public import SalinCore

/// How long a language's text usually is beside the same text in English, for translation QA
/// (SL037 length-ratio).
///
/// The ratios are locale data in `locales/data/words.yaml` (`length-ratio`), read with the
/// rest of `LocaleWords`.
public enum LocaleLengths {
  /// The usual ratio of a translation's characters other than spaces to its English source's.
  /// - Parameter language: The translation's language.
  /// - Returns: The ratio (tl 1.25, ko 0.55), or `nil` where Salin has none.
  public static func usualRatio(_ language: Language) -> Double? {
    LocaleWords.forLanguage(language).lengthRatio
  }
}
