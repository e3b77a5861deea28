/// What Tagalog spelling says about a word: whether it is a Tagalog word or a name or foreign
/// word, which grammar must leave as written.
///
/// Tagalog is spelled as it sounds with the *abakada*, the native alphabet the Komisyon sa
/// Wikang Filipino's *Ortograpiyang Pambansa* keeps for native words (a b k d e g h i l m n ng
/// o p r s t u w y); the eight letters the modern alphabet added (c f j ñ q v x z) are for names
/// and borrowed words kept in their own spelling, and so is a doubled consonant ("missile",
/// "Kyung"), which Tagalog spelling never writes. A capitalised word inside a value is a name.
enum TagalogOrthography {
  /// The letters of the native alphabet (the digraph ng is n and g).
  static let nativeLetters: Set<Unicode.Scalar> = Set("abkdeghilmnoprstuwy".unicodeScalars)

  /// Whether `word` is spelled as a Tagalog word: lowercase letters of the native alphabet (an
  /// accent on a vowel allowed), no doubled consonant.
  /// - Parameter word: One word, without spaces.
  /// - Returns: `true` for a native spelling, `false` for a name or a foreign spelling.
  static func isTagalogWord(_ word: Substring.UnicodeScalarView) -> Bool {
    var previous: Unicode.Scalar?
    var letters = 0
    for scalar in word {
      guard scalar.isLetter else { return false }
      if scalar.isUppercaseLetter { return false }
      let letter = folded(scalar)
      guard nativeLetters.contains(letter) else { return false }
      if let previous, previous == letter, !"aeiou".unicodeScalars.contains(letter) {
        return false
      }
      previous = letter
      letters += 1
    }
    return letters > 0
  }

  /// A lowercase letter without its accent (á → a, Á → a); other scalars as they are.
  static func folded(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
    switch scalar {
    case "á", "à", "â", "Á", "À", "Â", "A": "a"
    case "é", "è", "ê", "É", "È", "Ê", "E": "e"
    case "í", "ì", "î", "Í", "Ì", "Î", "I": "i"
    case "ó", "ò", "ô", "Ó", "Ò", "Ô", "O": "o"
    case "ú", "ù", "û", "Ú", "Ù", "Û", "U": "u"
    default:
      (65...90).contains(scalar.value) ? Unicode.Scalar(UInt8(scalar.value + 32)) : scalar
    }
  }
}
