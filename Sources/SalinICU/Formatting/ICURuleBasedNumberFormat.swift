internal import CICU
import Synchronization

/// Formats numbers with a locale's rule-based number format: spelled out ("fifth", "ika limá",
/// "다섯 번째"), as an ordinal ("5th", "5번째") or as a duration ("2:03") (`unum_open` with
/// `UNUM_SPELLOUT`, `UNUM_ORDINAL` or `UNUM_DURATION`).
///
/// Each locale offers its own public rule sets (`%spellout-ordinal` in English and Filipino;
/// `%spellout-ordinal-native-count` and `%spellout-ordinal-native` in Korean, which has no
/// `%spellout-ordinal`). A format is opened with one rule set, as ICU's MessageFormat sets the
/// style of `{n, spellout, %rule-set}` once; `equivalentRuleSet(for:in:)` picks the closest
/// one a locale has.
///
/// `Sendable` notes: unum.h and rbnf.h promise no thread safety, so the handle lives in a
/// `Mutex` and every call takes the lock.
package final class ICURuleBasedNumberFormat: Sendable {
  /// Which of the locale's rule-based formats.
  package enum Kind: Hashable, Sendable {
    /// Numbers in words. The C constant is `UNUM_SPELLOUT`.
    case spellout
    /// Ordinals with digits (5th). The C constant is `UNUM_ORDINAL`.
    case ordinal
    /// Seconds as hours, minutes and seconds (2:03). The C constant is `UNUM_DURATION`.
    case duration
  }

  /// The kind.
  package let kind: Kind
  /// The locale it formats for.
  package let locale: ICULocale
  /// The rule set in use, such as `%spellout-ordinal`
  /// (`unum_getTextAttribute(UNUM_DEFAULT_RULESET)`).
  package let ruleSet: String
  /// The locale's public rule sets of this kind, such as `%spellout-cardinal`
  /// (`unum_getTextAttribute(UNUM_PUBLIC_RULESETS)`).
  package let ruleSetNames: [String]
  private let handle: Mutex<UnsafeMutablePointer<UNumberFormat?>>

  private struct Signature: Hashable, Sendable {
    let kind: Kind
    let ruleSet: String?
    let localeID: String
  }
  private static let cache = FormatterCache<Signature, ICURuleBasedNumberFormat>()

  /// The shared format for a kind, rule set and locale, opened on first use.
  /// - Parameters:
  ///   - kind: Spell-out, ordinal or duration.
  ///   - ruleSet: One of the locale's public rule sets; `nil` for the locale's default.
  ///   - locale: The locale.
  /// - Returns: A format that any thread may use.
  /// - Throws: `ICUError` (`U_ILLEGAL_ARGUMENT_ERROR` for a rule set the locale lacks).
  package static func shared(
    _ kind: Kind, ruleSet: String? = nil, locale: ICULocale
  ) throws -> ICURuleBasedNumberFormat {
    try cache.formatter(for: Signature(kind: kind, ruleSet: ruleSet, localeID: locale.icuID)) {
      try ICURuleBasedNumberFormat(kind, ruleSet: ruleSet, localeID: locale.icuID, locale: locale)
    }
  }

  /// Opens a format for a raw ICU locale ID; tests use it to show what an unmapped `tl` does.
  init(_ kind: Kind, ruleSet: String? = nil, localeID: String, locale: ICULocale) throws {
    let format = try openRuleBasedFormat(kind, localeID: localeID)
    do {
      if let ruleSet {
        var status = U_ZERO_ERROR
        withUTF16(ruleSet) {
          unum_setTextAttribute(
            format, UNUM_DEFAULT_RULESET, $0.baseAddress, Int32($0.count), &status)
        }
        try status.check()
      }
      ruleSetNames = try ruleBasedText(format, publicRuleSets: true)
        .split(separator: ";").map(String.init)
      self.ruleSet = try ruleBasedText(format, publicRuleSets: false)
    } catch {
      unum_close(format)
      throw error
    }
    self.kind = kind
    self.locale = locale
    handle = Mutex(format)
  }

  deinit { handle.withLock { unum_close($0) } }

  /// Formats a number (`unum_formatDouble`); RBNF spells a fraction too ("two point five").
  /// - Parameter value: The number.
  /// - Returns: The text.
  /// - Throws: `ICUError` if ICU fails.
  package func format(_ value: Double) throws -> String {
    try handle.withLock { format in
      try withUTF16Buffer { unum_formatDouble(format, value, $0, $1, nil, &$2) }
    }
  }

  /// Formats a whole number exactly (`unum_formatInt64`).
  /// - Parameter value: The number.
  /// - Returns: The text.
  /// - Throws: `ICUError` if ICU fails.
  package func format(_ value: Int64) throws -> String {
    try handle.withLock { format in
      try withUTF16Buffer { unum_formatInt64(format, value, $0, $1, nil, &$2) }
    }
  }

  /// The locale's rule set closest to a requested one, or `nil` if it has nothing like it.
  ///
  /// The rule set itself if the locale has it; otherwise one of its variants named
  /// `<requested>-…`, preferring native counting forms (`-native-count`, then `-native`) over the
  /// others in ICU's order. Korean has no `%spellout-ordinal`: this gives
  /// `%spellout-ordinal-native-count` (다섯 번째).
  /// - Parameters:
  ///   - requested: A rule set name, such as `%spellout-ordinal`.
  ///   - names: The locale's public rule sets (`ruleSetNames` of a format of the same kind).
  /// - Returns: A name from `names`, or `nil`.
  package static func equivalentRuleSet(for requested: String, in names: [String]) -> String? {
    if names.contains(requested) { return requested }
    let variants = names.filter { $0.hasPrefix(requested + "-") }
    for suffix in ["-native-count", "-native"] {
      if let preferred = variants.first(where: { $0 == requested + suffix }) { return preferred }
    }
    return variants.first
  }
}

/// Opens the `UNumberFormat` of a kind; a file-level function because it names ICU's enums.
private func openRuleBasedFormat(
  _ kind: ICURuleBasedNumberFormat.Kind, localeID: String
) throws -> UnsafeMutablePointer<UNumberFormat?> {
  let style: UNumberFormatStyle =
    switch kind {
    case .spellout: UNUM_SPELLOUT
    case .ordinal: UNUM_ORDINAL
    case .duration: UNUM_DURATION
    }
  var status = U_ZERO_ERROR
  let format = unum_open(style, nil, 0, localeID, nil, &status)
  guard let format, status.isSuccess else {
    unum_close(format)
    throw status.error
  }
  return format
}

/// The public rule sets (`;`-separated) or the default rule set of a format.
private func ruleBasedText(
  _ format: UnsafeMutablePointer<UNumberFormat?>, publicRuleSets: Bool
) throws -> String {
  try withUTF16Buffer(initialCapacity: 512) {
    unum_getTextAttribute(
      format, publicRuleSets ? UNUM_PUBLIC_RULESETS : UNUM_DEFAULT_RULESET, $0, $1, &$2)
  }
}
