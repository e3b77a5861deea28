/// A Korean particle written after a placeholder in its tolerant form (`{org}을(를)`), resolved
/// from the final sound of the value that fills the placeholder.
///
/// Translators write the form Korean software has always used when it cannot know the word
/// (을(를), 이(가), 은(는), 와(과), (으)로, or 을/를 with a slash); Salin picks the right half.
/// `(이)` and `(으)` are also prefixes: `{name}(이)라는` gives 이라는 after a consonant and 라는
/// after a vowel; `{place}(으)로서` gives 으로서 or 로서.
struct KoreanParticle: Hashable, Sendable {
  /// The tolerant form as written in the catalog, kept when the sound cannot be decided.
  let tolerantForm: String
  /// The particle after a final consonant other than ㄹ.
  let afterConsonant: String
  /// The particle after a vowel.
  let afterVowel: String
  /// The particle after ㄹ (differs only for 으로/로).
  let afterRieul: String

  /// The particle for a formatted value, or the tolerant form when its sound is unknown.
  /// - Parameters:
  ///   - value: The text the particle follows.
  ///   - readings: Acronyms read as words and their Hangul readings (`LocaleWords`).
  /// - Returns: The particle to append.
  func resolved(after value: String, readings: [String: String] = [:]) -> String {
    switch KoreanFinalSound.of(value, readings: readings) {
    case .consonant: afterConsonant
    case .vowel: afterVowel
    case .rieul: afterRieul
    case nil: tolerantForm
    }
  }

  /// The particle whose tolerant form starts `text`, longest form first.
  /// - Parameter text: The message text right after a placeholder's closing brace.
  /// - Returns: The particle, or `nil` when `text` starts with none.
  static func prefix(of text: Substring.UnicodeScalarView) -> KoreanParticle? {
    all.first { text.starts(with: $0.tolerantForm.unicodeScalars) }
  }

  private static func pair(
    _ consonant: String, _ vowel: String, rieul: String? = nil, forms: [String]
  ) -> [KoreanParticle] {
    forms.map {
      KoreanParticle(
        tolerantForm: $0, afterConsonant: consonant, afterVowel: vowel,
        afterRieul: rieul ?? consonant)
    }
  }

  /// Every tolerant form Salin recognises, longest first so that `으로/로` wins over `(으)`.
  static let all: [KoreanParticle] =
    (pair("을", "를", forms: ["을(를)", "를(을)", "을/를", "를/을"])
    + pair("이", "가", forms: ["이(가)", "가(이)", "이/가", "가/이"])
    + pair("은", "는", forms: ["은(는)", "는(은)", "은/는", "는/은"])
    + pair("과", "와", forms: ["와(과)", "과(와)", "와/과", "과/와"])
    + pair("으로", "로", rieul: "로", forms: ["으로/로", "로/으로"])
    + pair("아", "야", forms: ["아(야)", "야(아)"])
    + pair("으", "", rieul: "", forms: ["(으)"])
    + pair("이", "", forms: ["(이)"])).sorted {
      $0.tolerantForm.unicodeScalars.count > $1.tolerantForm.unicodeScalars.count
    }
}
