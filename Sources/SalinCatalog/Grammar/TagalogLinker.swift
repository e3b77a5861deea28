/// The Tagalog linker (*pang-angkop*) between a placeholder's value and the word it modifies.
///
/// A catalog writes `~ng` right after a placeholder: `ang {n, spellout, %spellout-ordinal}~ng
/// pulong`. Salin joins it as Tagalog does: `-ng` after a vowel (ikalima → ikalimang), `-g`
/// after n (bayan → bayang), and a separate `na` after any other sound, a digit or an acronym
/// (ika-11 na pulong, EDSCG na pulong).
///
/// Only a Tagalog word takes the bound form. A name or a foreign word is never respelled: it takes
/// `na` (Kim Hong Kyun na pulong, Washington na, Japan na). Whether the last word is a Tagalog
/// word is read from Tagalog orthography, which is data (`TagalogOrthography`): a capital letter
/// makes it a name, and a letter outside the native alphabet or a doubled consonant a foreign
/// spelling.
enum TagalogLinker {
  /// The marker translators write after a placeholder.
  static let marker = "~ng"

  /// The linker text to append after `value`: `ng`, `g` or ` na`.
  /// - Parameter value: The formatted placeholder value.
  /// - Returns: `ng`, `g` or ` na`.
  static func suffix(after value: String) -> String {
    guard let last = value.unicodeScalars.last, last.isLetter else { return " na" }
    let word = lastWord(of: value)
    guard TagalogOrthography.isTagalogWord(word) else { return " na" }
    switch TagalogOrthography.folded(last) {
    case "a", "e", "i", "o", "u": return "ng"
    case "n": return "g"
    default: return " na"
    }
  }

  /// The last word of a value: after its last space or hyphen ("ika-11" → "11").
  private static func lastWord(of value: String) -> Substring.UnicodeScalarView {
    let scalars = value.unicodeScalars
    var start = scalars.endIndex
    while start > scalars.startIndex {
      let previous = scalars.index(before: start)
      if scalars[previous] == " " || scalars[previous] == "-" { break }
      start = previous
    }
    return Substring(value).unicodeScalars[start...]
  }
}
