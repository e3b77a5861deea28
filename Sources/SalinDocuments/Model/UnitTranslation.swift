public import SalinCore

/// A translation in a bilingual interchange file (XLIFF): one unit's target beside its source,
/// with where the target's text is written.
///
/// SalinInterchange reads the file; `salin lint` keeps what the translation QA rules (SL030 and
/// up) and the term rules need, so that they compare `source` with `target` as they do a PO
/// entry's `msgid` and `msgstr`.
public struct UnitTranslation: Hashable, Sendable {
  /// The unit's ID (its `name`, or `resname` in XLIFF 1.2, else its `id`).
  public let unit: String
  /// The source language.
  public let sourceLanguage: Language
  /// The translation's language.
  public let language: Language
  /// The source as the file's reader gives it (inline codes as their original data).
  public let source: String
  /// The translation, likewise.
  public let target: String
  /// The bytes of the target element's content in the file (between `<target>` and
  /// `</target>`).
  public let targetRange: Range<Int>
  /// Whether the translation may equal the source on purpose (`untranslated: ok`).
  public let allowsSameText: Bool

  /// Makes a translation; normally only `salin lint`'s XLIFF reading does.
  /// - Parameters:
  ///   - unit: The unit's ID.
  ///   - sourceLanguage: The source language.
  ///   - language: The translation's language.
  ///   - source: The source text.
  ///   - target: The translation.
  ///   - targetRange: The target element's content bytes in the file.
  ///   - allowsSameText: Whether the target may equal the source.
  public init(
    unit: String, sourceLanguage: Language, language: Language, source: String, target: String,
    targetRange: Range<Int>, allowsSameText: Bool
  ) {
    self.unit = unit
    self.sourceLanguage = sourceLanguage
    self.language = language
    self.source = source
    self.target = target
    self.targetRange = targetRange
    self.allowsSameText = allowsSameText
  }
}
