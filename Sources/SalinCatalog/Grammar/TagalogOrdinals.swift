/// Tagalog ordinals as Philippine newsrooms write them, replacing ICU's Filipino data.
///
/// ICU 72's `fil` `%spellout-ordinal` gives "ika limá" and its digit ordinals "ika5"; Tagalog
/// writes una, ikalawa, ikatlo, ikaapat, ikalima … ikasampu, and from 11 on the prefix with a
/// hyphen and digits: ika-11, ika-25, ika-1,000 — which is the digit ordinal (`{n, ordinal}`,
/// `ika-#` with the number as ICU groups it), so a spelled ordinal above ten is written by that
/// one path and the two never disagree.
enum TagalogOrdinals {
  /// The spelled ordinals 1 to 10.
  static let words = [
    "una", "ikalawa", "ikatlo", "ikaapat", "ikalima", "ikaanim", "ikapito", "ikawalo",
    "ikasiyam", "ikasampu",
  ]

  /// The spelled ordinal of `n` from 1 to 10.
  /// - Parameter n: The number.
  /// - Returns: The word, or `nil` for any other number: it is written as a digit ordinal.
  static func spelled(_ n: Int64) -> String? {
    (1...Int64(words.count)).contains(n) ? words[Int(n) - 1] : nil
  }
}
