import SalinCore

/// Numbers in words and ordinals as Salin's locale data writes them, where ICU's data is missing
/// or not idiomatic.
///
/// ICU 72's Filipino spell-out is not what Tagalog news writes: its cardinals carry stress marks
/// and split the tens ("dalawáng pû’t isá" for 21), its ordinals read "ika limá" and its digit
/// ordinals "ika5". Digit ordinals are chosen by the number's CLDR ordinal plural category, so
/// only the affix per category is data here.
struct LocaleNumbers: Sendable {
  /// Spelled cardinals that replace ICU's default and `%spellout-cardinal` rule sets, if any.
  let spelledCardinal: (@Sendable (Int64) -> String)?
  /// Spelled ordinals that replace ICU's `%spellout-ordinal`, if any; `nil` for a number the
  /// language writes as a digit ordinal instead (Tagalog above ten: ika-11).
  let spelledOrdinal: (@Sendable (Int64) -> String?)?
  /// The digit ordinal per CLDR ordinal category; `#` stands for the number.
  let digitOrdinalPatterns: [String: String]
  /// Ordinals the language never writes with digits (Tagalog 1: una, never "ika-1").
  let exactOrdinals: [Int64: String]
  /// The same patterns split at `#` once: a handful of categories are compared faster than one
  /// is hashed.
  private let digitOrdinalAffixTable: [(category: String, prefix: String, suffix: String)]

  init(
    spelledCardinal: (@Sendable (Int64) -> String)?,
    spelledOrdinal: (@Sendable (Int64) -> String?)?,
    digitOrdinalPatterns: [String: String], exactOrdinals: [Int64: String] = [:]
  ) {
    self.exactOrdinals = exactOrdinals
    self.spelledCardinal = spelledCardinal
    self.spelledOrdinal = spelledOrdinal
    self.digitOrdinalPatterns = digitOrdinalPatterns
    digitOrdinalAffixTable = digitOrdinalPatterns.map { category, pattern in
      guard let pound = pattern.firstIndex(of: "#") else { return (category, pattern, "") }
      return (category, String(pattern[..<pound]), String(pattern[pattern.index(after: pound)...]))
    }
  }

  /// The ordinal of `n` when the language writes it as a word even among digit ordinals.
  /// - Parameter n: The number.
  /// - Returns: The word (Tagalog una for 1), or `nil` to write the digit ordinal.
  func exactOrdinal(_ n: Int64) -> String? { exactOrdinals.isEmpty ? nil : exactOrdinals[n] }

  /// The text before and after the digits of an ordinal in a CLDR ordinal category.
  /// - Parameter category: A category such as `one` or `other`.
  /// - Returns: The prefix and suffix (ika- and none in Tagalog; none and 번째 in Korean).
  func digitOrdinalAffixes(for category: String) -> (prefix: String, suffix: String) {
    for entry in digitOrdinalAffixTable where entry.category == category {
      return (entry.prefix, entry.suffix)
    }
    for entry in digitOrdinalAffixTable where entry.category == "other" {
      return (entry.prefix, entry.suffix)
    }
    return ("", "")
  }

  /// Whether Salin writes this language's digit ordinals (`{n, ordinal}`) itself; otherwise
  /// ICU's rule-based ordinal format does (5th, 5번째).
  var hasDigitOrdinals: Bool { !digitOrdinalPatterns.isEmpty }

  /// The data for a language; languages Salin has no data for use ICU's.
  /// - Parameter language: The language.
  /// - Returns: The language's data, empty for most.
  static func forLanguage(_ language: Language) -> LocaleNumbers {
    switch language.tag.prefix(while: { $0 != "-" }) {
    case "tl", "fil":
      LocaleNumbers(
        spelledCardinal: TagalogNumbers.cardinal, spelledOrdinal: TagalogOrdinals.spelled,
        digitOrdinalPatterns: ["other": "ika-#"], exactOrdinals: [1: "una"])
    default:
      // ICU's own ordinals (en 5th, ko 5번째) and spell-out are what these languages write.
      LocaleNumbers(spelledCardinal: nil, spelledOrdinal: nil, digitOrdinalPatterns: [:])
    }
  }

  /// Whether a spell-out rule set asks for an ordinal (`%spellout-ordinal…`).
  /// - Parameter ruleSet: A rule set name.
  /// - Returns: `true` for an ordinal rule set.
  static func isOrdinal(_ ruleSet: String) -> Bool { ruleSet.hasPrefix("%spellout-ordinal") }

  /// Whether a spell-out rule set asks for a plain cardinal (`%spellout-cardinal`,
  /// `%spellout-numbering`).
  /// - Parameter ruleSet: A rule set name.
  /// - Returns: `true` for a plain cardinal rule set.
  static func isCardinal(_ ruleSet: String) -> Bool {
    ruleSet == "%spellout-cardinal" || ruleSet == "%spellout-numbering"
  }
}
