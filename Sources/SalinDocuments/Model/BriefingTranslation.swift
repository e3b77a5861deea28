public import SalinCore

/// A translation in a briefing: one text unit's variant in a language other than the briefing's
/// source language, beside the source variant it translates, with where both are written.
///
/// The translation QA rules compare `source` with `target`; SL010 reports a stale one.
public struct BriefingTranslation: Hashable, Sendable {
  /// The text unit's ID.
  public let unit: String
  /// The briefing's source language.
  public let sourceLanguage: Language
  /// The translation's language.
  public let language: Language
  /// The source variant as written, placeholders (`{place}`) included.
  public let source: String
  /// The translation as written, placeholders included.
  public let target: String
  /// The bytes of the source variant's text in the file (inside any quotes).
  public let sourceRange: Range<Int>
  /// The bytes of the translation's text in the file (inside any quotes).
  public let targetRange: Range<Int>
  /// The `made-from` fingerprint recorded for the translation, if any.
  public let madeFrom: String?

  /// Makes a translation; normally only the briefing reader does.
  /// - Parameters:
  ///   - unit: The text unit's ID.
  ///   - sourceLanguage: The briefing's source language.
  ///   - language: The translation's language.
  ///   - source: The source variant.
  ///   - target: The translation.
  ///   - sourceRange: The source variant's bytes in the file.
  ///   - targetRange: The translation's bytes in the file.
  ///   - madeFrom: The recorded fingerprint of the source it was made from.
  public init(
    unit: String, sourceLanguage: Language, language: Language, source: String, target: String,
    sourceRange: Range<Int>, targetRange: Range<Int>, madeFrom: String?
  ) {
    self.unit = unit
    self.sourceLanguage = sourceLanguage
    self.language = language
    self.source = source
    self.target = target
    self.sourceRange = sourceRange
    self.targetRange = targetRange
    self.madeFrom = madeFrom
  }

  /// The fingerprint of the current source variant (`SourceFingerprint`).
  public var sourceFingerprint: String { SourceFingerprint.of(source) }

  /// Whether the translation was made from another source text than the current one: it records
  /// a fingerprint and the source's differs (one without a fingerprint is never stale).
  public var isStale: Bool { madeFrom.map { $0 != sourceFingerprint } ?? false }
}
