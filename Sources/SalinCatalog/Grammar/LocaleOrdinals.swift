import SalinCore

/// Ordinals as Salin's locale data writes them, where ICU's data is missing or not idiomatic.
///
/// ICU 72 has no ordinal-with-digits formatter reachable through the spell-out rules, and its
/// Filipino ordinals are not what Tagalog writes ("ika limá", "ika5"). Digit ordinals are chosen
/// by the CLDR ordinal plural category of the number (en: one → 1st, two → 2nd, few → 3rd,
/// other → 4th), so only the suffix or prefix per category is data here.
struct LocaleOrdinals: Sendable {
  /// Spelled ordinals that replace ICU's `%spellout-ordinal` for the language, if any.
  let spelled: (@Sendable (Int64) -> String)?
  /// The digit ordinal per CLDR ordinal category; `#` stands for the number.
  let digitPatterns: [String: String]

  /// The data for a language; languages Salin has no data for write the bare number.
  /// - Parameter language: The language.
  static func forLanguage(_ language: Language) -> LocaleOrdinals {
    switch language.tag.prefix(while: { $0 != "-" }) {
    case "en":
      LocaleOrdinals(
        spelled: nil, digitPatterns: ["one": "#st", "two": "#nd", "few": "#rd", "other": "#th"])
    case "tl", "fil":
      LocaleOrdinals(spelled: TagalogOrdinals.spelled, digitPatterns: ["other": "ika-#"])
    case "ko":
      LocaleOrdinals(spelled: nil, digitPatterns: ["other": "#번째"])
    default:
      LocaleOrdinals(spelled: nil, digitPatterns: ["other": "#"])
    }
  }

  /// Whether a spell-out rule set asks for an ordinal, which `spelled` replaces.
  /// - Parameter ruleSet: A rule set name such as `%spellout-ordinal`.
  static func isOrdinal(_ ruleSet: String) -> Bool {
    ruleSet.hasPrefix("%spellout-ordinal")
  }
}
