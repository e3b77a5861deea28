/// The Tagalog linker (*pang-angkop*) between a placeholder's value and the word it modifies.
///
/// A catalog writes `~ng` right after a placeholder: `ang {n, spellout, %spellout-ordinal}~ng
/// pulong`. Salin joins it as Tagalog does: `-ng` after a vowel (ikalima → ikalimang), `-g`
/// after n (bayan → bayang), and a separate `na` after any other sound, a digit or an acronym
/// (ika-11 na pulong, EDSCG na pulong).
enum TagalogLinker {
  /// The marker translators write after a placeholder.
  static let marker = "~ng"

  private static let vowels = Set("aeiouáàâéèêíìîóòôúùû")

  /// The linker text to append after `value`: `ng`, `g` or ` na`.
  /// - Parameter value: The formatted placeholder value.
  static func suffix(after value: String) -> String {
    guard let last = value.last, last.isLetter else { return " na" }
    // An acronym is read letter by letter and takes `na`: "EDSCG na pulong".
    let word = value.split(separator: " ").last ?? Substring(value)
    if word.count > 1, word.allSatisfy({ !$0.isLetter || $0.isUppercase }) { return " na" }
    let lower = Character(last.lowercased())
    if vowels.contains(lower) { return "ng" }
    if lower == "n" { return "g" }
    return " na"
  }
}
