internal import CICU
import Synchronization

/// Spells numbers out in words with a locale's rule-based number format: "fifth", "ika limá",
/// "다섯 번째" (`unum_open(UNUM_SPELLOUT)`).
///
/// Each locale offers its own public rule sets (`%spellout-ordinal` in English and Filipino;
/// `%spellout-ordinal-native-count` and `%spellout-ordinal-native` in Korean, which has no
/// `%spellout-ordinal`). `equivalentRuleSet(for:)` picks the closest one a locale has.
///
/// `Sendable` notes: unum.h and rbnf.h promise no thread safety, and choosing a rule set with
/// `unum_setTextAttribute(UNUM_DEFAULT_RULESET)` changes the handle's state; so one handle per
/// locale lives in a `Mutex`, and each call sets its rule set and formats under the lock.
package final class ICUSpellOutFormatter: Sendable {
  /// The locale it spells for.
  package let localeID: String
  /// The locale's public rule sets, such as `%spellout-cardinal` or `%spellout-ordinal`
  /// (`unum_getTextAttribute(UNUM_PUBLIC_RULESETS)`).
  package let ruleSetNames: [String]
  /// The rule set used when a call names none (`%spellout-numbering` in every locale Salin
  /// ships).
  package let defaultRuleSet: String
  private let state: Mutex<State>

  /// The handle and the rule set it was last set to, so that a call sets it only when it
  /// changes (setting it parses nothing, but converts and looks the name up).
  private struct State {
    let format: UnsafeMutablePointer<UNumberFormat?>
    var ruleSet: String?
  }

  private static let cache = FormatterCache<String, ICUSpellOutFormatter>()

  /// The shared spell-out formatter for a locale, opened on first use.
  /// - Parameter locale: The locale.
  /// - Returns: A formatter that any thread may use.
  /// - Throws: `ICUError` if ICU cannot load the locale's rules.
  package static func shared(locale: ICULocale) throws -> ICUSpellOutFormatter {
    try cache.formatter(for: locale.icuID) { try ICUSpellOutFormatter(localeID: locale.icuID) }
  }

  /// Opens a spell-out formatter for a locale.
  /// - Parameter locale: The locale.
  /// - Throws: `ICUError` if ICU cannot load the locale's rules.
  package convenience init(locale: ICULocale) throws {
    try self.init(localeID: locale.icuID)
  }

  /// Opens a spell-out formatter for a raw ICU locale ID; only tests use it, to show what an
  /// unmapped `tl` would do.
  init(localeID: String) throws {
    var status = U_ZERO_ERROR
    let format = unum_open(UNUM_SPELLOUT, nil, 0, localeID, nil, &status)
    guard let format, status.isSuccess else {
      unum_close(format)
      throw status.error
    }
    do {
      let names = try withUTF16Buffer(initialCapacity: 512) {
        unum_getTextAttribute(format, UNUM_PUBLIC_RULESETS, $0, $1, &$2)
      }
      ruleSetNames = names.split(separator: ";").map(String.init)
      defaultRuleSet = try withUTF16Buffer {
        unum_getTextAttribute(format, UNUM_DEFAULT_RULESET, $0, $1, &$2)
      }
    } catch {
      unum_close(format)
      throw error
    }
    self.localeID = localeID
    state = Mutex(State(format: format, ruleSet: defaultRuleSet))
  }

  deinit { state.withLock { unum_close($0.format) } }

  /// Spells a number out with a rule set (`unum_formatInt64`).
  /// - Parameters:
  ///   - n: The number.
  ///   - ruleSet: One of `ruleSetNames`, such as `%spellout-ordinal`; `nil` for the default.
  /// - Returns: The number in words.
  /// - Throws: `ICUError` (`U_ILLEGAL_ARGUMENT_ERROR` for a rule set the locale lacks).
  package func format(_ n: Int64, ruleSet: String? = nil) throws -> String {
    let name = ruleSet ?? defaultRuleSet
    return try state.withLock { state in
      var status = U_ZERO_ERROR
      if state.ruleSet != name {
        // ICU keeps the previous rule set when it rejects a name; forget ours until one is set.
        state.ruleSet = nil
        withUTF16(name) {
          unum_setTextAttribute(
            state.format, UNUM_DEFAULT_RULESET, $0.baseAddress, Int32($0.count), &status)
        }
        try status.check()
        state.ruleSet = name
      }
      return try withUTF16Buffer { unum_formatInt64(state.format, n, $0, $1, nil, &$2) }
    }
  }

  /// The locale's rule set closest to a requested one, or `nil` if it has nothing like it.
  ///
  /// The rule set itself if the locale has it; otherwise one of its variants named
  /// `<requested>-…`, preferring native counting forms (`-native-count`, then `-native`) over the
  /// others in ICU's order. Korean has no `%spellout-ordinal`: this gives
  /// `%spellout-ordinal-native-count` (다섯 번째).
  /// - Parameter requested: A rule set name, such as `%spellout-ordinal`.
  /// - Returns: A name from `ruleSetNames`, or `nil`.
  package func equivalentRuleSet(for requested: String) -> String? {
    if ruleSetNames.contains(requested) { return requested }
    let variants = ruleSetNames.filter { $0.hasPrefix(requested + "-") }
    for suffix in ["-native-count", "-native"] {
      if let preferred = variants.first(where: { $0 == requested + suffix }) { return preferred }
    }
    return variants.first
  }
}
