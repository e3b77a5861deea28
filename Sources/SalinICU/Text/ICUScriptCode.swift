internal import CICU

/// A Unicode script, as ICU's `UScriptCode` numbers it (`USCRIPT_LATIN`, `USCRIPT_HANGUL`, …).
///
/// Stores the raw code rather than the C enum so that no ICU type leaves this module.
package struct ICUScriptCode: Hashable, Sendable, CustomStringConvertible {
  /// ICU's `UScriptCode` value.
  package let rawValue: Int32

  /// Wraps a raw `UScriptCode` value.
  /// - Parameter rawValue: A `UScriptCode` number, such as 25 for `USCRIPT_LATIN`.
  package init(rawValue: Int32) { self.rawValue = rawValue }

  /// Characters shared by many scripts: digits, punctuation, symbols.
  ///
  /// The C constant is `USCRIPT_COMMON`.
  package static let common = ICUScriptCode(rawValue: USCRIPT_COMMON.rawValue)
  /// Combining marks that take the script of their base.
  ///
  /// The C constant is `USCRIPT_INHERITED`.
  package static let inherited = ICUScriptCode(rawValue: USCRIPT_INHERITED.rawValue)
  /// Latin.
  ///
  /// The C constant is `USCRIPT_LATIN`.
  package static let latin = ICUScriptCode(rawValue: USCRIPT_LATIN.rawValue)
  /// Hangul, the Korean alphabet.
  ///
  /// The C constant is `USCRIPT_HANGUL`.
  package static let hangul = ICUScriptCode(rawValue: USCRIPT_HANGUL.rawValue)
  /// Han ideographs (hanja, hanzi, kanji).
  ///
  /// The C constant is `USCRIPT_HAN`.
  package static let han = ICUScriptCode(rawValue: USCRIPT_HAN.rawValue)
  /// Hiragana.
  ///
  /// The C constant is `USCRIPT_HIRAGANA`.
  package static let hiragana = ICUScriptCode(rawValue: USCRIPT_HIRAGANA.rawValue)
  /// Katakana.
  ///
  /// The C constant is `USCRIPT_KATAKANA`.
  package static let katakana = ICUScriptCode(rawValue: USCRIPT_KATAKANA.rawValue)
  /// Cyrillic.
  ///
  /// The C constant is `USCRIPT_CYRILLIC`.
  package static let cyrillic = ICUScriptCode(rawValue: USCRIPT_CYRILLIC.rawValue)
  /// Greek.
  ///
  /// The C constant is `USCRIPT_GREEK`.
  package static let greek = ICUScriptCode(rawValue: USCRIPT_GREEK.rawValue)
  /// Arabic.
  ///
  /// The C constant is `USCRIPT_ARABIC`.
  package static let arabic = ICUScriptCode(rawValue: USCRIPT_ARABIC.rawValue)
  /// Baybayin, the historical Tagalog script.
  ///
  /// The C constant is `USCRIPT_TAGALOG`.
  package static let tagalog = ICUScriptCode(rawValue: USCRIPT_TAGALOG.rawValue)
  /// Unassigned code points.
  ///
  /// The C constant is `USCRIPT_UNKNOWN`.
  package static let unknown = ICUScriptCode(rawValue: USCRIPT_UNKNOWN.rawValue)

  /// Whether the script names one writing system, rather than Common, Inherited or Unknown.
  package var isSpecific: Bool {
    self != .common && self != .inherited && self != .unknown
  }

  /// Whether ICU knows the code (a model file read from disk may hold any number).
  package var isKnown: Bool { uscript_getShortName(UScriptCode(rawValue: rawValue)) != nil }

  /// The ISO 15924 code, such as `Latn` or `Hang` (`uscript_getShortName`).
  package var shortName: String {
    guard let name = uscript_getShortName(UScriptCode(rawValue: rawValue)) else { return "Zzzz" }
    return String(cString: name)
  }

  /// The Unicode property value name, such as `Latin` or `Hangul` (`uscript_getName`).
  package var name: String {
    guard let name = uscript_getName(UScriptCode(rawValue: rawValue)) else { return "Unknown" }
    return String(cString: name)
  }

  /// The short name (`Latn`), as used in language tags and messages.
  package var description: String { shortName }
}
