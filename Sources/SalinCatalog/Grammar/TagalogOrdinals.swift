/// Tagalog ordinals as Philippine newsrooms write them, replacing ICU's Filipino data.
///
/// ICU 72's `fil` `%spellout-ordinal` gives "ika limá" and its digit ordinals "ika5"; Tagalog
/// writes una, ikalawa, ikatlo, ikaapat, ikalima … ikasampu, and from 11 on the prefix with a
/// hyphen and digits: ika-11, ika-25, ika-100.
enum TagalogOrdinals {
  /// The spelled ordinals 1 to 10.
  static let words = [
    "una", "ikalawa", "ikatlo", "ikaapat", "ikalima", "ikaanim", "ikapito", "ikawalo",
    "ikasiyam", "ikasampu",
  ]

  /// The spelled ordinal of `n`: a word up to 10, `ika-` with digits after.
  /// - Parameter n: The number; 0 and negatives get `ika-` with digits too.
  static func spelled(_ n: Int64) -> String {
    if (1...Int64(words.count)).contains(n) { return words[Int(n) - 1] }
    return digits(n)
  }

  /// The ordinal written with digits: `ika-5`.
  /// - Parameter n: The number.
  static func digits(_ n: Int64) -> String { "ika-\(n)" }
}
