/// The Tagalog linker (*pang-angkop*) between a placeholder's value and the word it modifies.
///
/// A catalog writes `~ng` right after a placeholder: `ang {n, spellout, %spellout-ordinal}~ng
/// pulong`. Salin joins it as Tagalog does: `-ng` after a vowel (ikalima → ikalimang), `-g`
/// after n (bayan → bayang), and a separate `na` after any other sound, a digit or an acronym
/// (ika-11 na pulong, EDSCG na pulong).
enum TagalogLinker {
  /// The marker translators write after a placeholder.
  static let marker = "~ng"

  /// The linker text to append after `value`: `ng`, `g` or ` na`.
  /// - Parameter value: The formatted placeholder value.
  static func suffix(after value: String) -> String {
    guard let last = value.unicodeScalars.last, isAlphabetic(last) else { return " na" }
    // An acronym is read letter by letter and takes `na`: "EDSCG na pulong".
    var letters = 0
    var allUppercase = true
    for scalar in value.unicodeScalars.reversed() {
      if scalar == " " { break }
      guard isAlphabetic(scalar) else { continue }
      letters += 1
      if !isUppercase(scalar) { allUppercase = false; break }
    }
    if letters > 1, allUppercase { return " na" }
    switch last {
    case "a", "e", "i", "o", "u", "A", "E", "I", "O", "U", "á", "à", "â", "é", "è", "ê", "í", "ì",
      "î", "ó", "ò", "ô", "ú", "ù", "û":
      return "ng"
    case "n", "N": return "g"
    default: return " na"
    }
  }

  // ASCII answers without the Unicode property tables (the same answers): this runs for every
  // linker formatted, and Tagalog values are mostly ASCII.
  private static func isAlphabetic(_ scalar: Unicode.Scalar) -> Bool {
    guard scalar.isASCII else { return scalar.properties.isAlphabetic }
    return (65...90).contains(scalar.value) || (97...122).contains(scalar.value)
  }

  private static func isUppercase(_ scalar: Unicode.Scalar) -> Bool {
    guard scalar.isASCII else { return scalar.properties.isUppercase }
    return (65...90).contains(scalar.value)
  }
}
