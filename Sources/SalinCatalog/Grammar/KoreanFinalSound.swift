/// How a Korean reader hears the end of a word, which decides the particle after it.
///
/// Korean particles come in pairs (을/를, 이/가, 은/는, 과/와, 으로/로) chosen by whether the
/// preceding word ends in a consonant (받침) and, for 으로/로, whether that consonant is ㄹ.
enum KoreanFinalSound: Hashable, Sendable {
  /// The word ends in a vowel (no final consonant): 를, 가, 는, 와, 로.
  case vowel
  /// The word ends in a final consonant other than ㄹ: 을, 이, 은, 과, 으로.
  case consonant
  /// The word ends in ㄹ: 을, 이, 은, 과, but 로 (not 으로).
  case rieul

  /// The final sound of a formatted value, or `nil` when it cannot be decided.
  ///
  /// Reads, from the end: a Hangul syllable's final consonant; digits by their Sino-Korean
  /// reading (3 삼, 5 오, 10 십, 100 백, 1000 천, 0 영); Latin letters of an acronym by their
  /// English names (G 지, L 엘, M 엠, N 엔, R 알). Closing punctuation and a trailing
  /// parenthetical (`북대서양조약기구(NATO)`) are skipped, as a reader skips them. A whole
  /// English word ("Jenkins") has no reliable reading and gives `nil`. An acronym Korean reads
  /// as a word (APEC 에이펙, K9 케이나인) takes the final sound of its reading in `readings`.
  /// - Parameters:
  ///   - text: The formatted value the particle follows.
  ///   - readings: Acronyms read as words and their Hangul readings (`LocaleWords`).
  /// - Returns: The final sound, or `nil` when it cannot be decided.
  static func of(_ text: String, readings: [String: String] = [:]) -> KoreanFinalSound? {
    // Walks back over the scalars in place (no array): this runs for every particle formatted.
    let scalars = text.unicodeScalars
    var end = scalars.endIndex
    var depth = 0
    // Skip closing punctuation, spaces and a trailing parenthetical.
    while end > scalars.startIndex {
      let scalar = scalars[scalars.index(before: end)]
      if scalar == ")" || scalar == "）" {
        depth += 1
      } else if scalar == "(" || scalar == "（" {
        depth = max(0, depth - 1)
      } else if depth == 0 && !skippedAtEnd(scalar) {
        break
      }
      end = scalars.index(before: end)
    }
    guard end > scalars.startIndex else { return nil }
    let lastIndex = scalars.index(before: end)
    let last = scalars[lastIndex]
    if let sound = hangul(last) { return sound }
    if last == "%" { return .vowel }  // 퍼센트
    if !readings.isEmpty, last.isASCII {
      // The trailing run of letters and digits, as one word: "K9", "APEC".
      var start = lastIndex
      while start > scalars.startIndex, isASCIILetterOrDigit(scalars[scalars.index(before: start)])
      {
        start = scalars.index(before: start)
      }
      if let reading = readings[String(String.UnicodeScalarView(scalars[start..<end]))],
        let final = reading.unicodeScalars.last, let sound = hangul(final)
      {
        return sound
      }
    }
    if ("0"..."9").contains(last) {
      var start = lastIndex
      while start > scalars.startIndex, isDigitOrSeparator(scalars[scalars.index(before: start)]) {
        start = scalars.index(before: start)
      }
      return sinoKorean(digits: scalars[start..<end])
    }
    if isASCIILetter(last) {
      var start = lastIndex
      while start > scalars.startIndex, isASCIILetter(scalars[scalars.index(before: start)]) {
        start = scalars.index(before: start)
      }
      return latin(scalars[start..<end])
    }
    return nil
  }

  private static func skippedAtEnd(_ scalar: Unicode.Scalar) -> Bool {
    // A Hangul syllable, the usual last scalar, is neither space nor punctuation.
    if (0xAC00...0xD7A3).contains(scalar.value) { return false }
    return scalar.properties.isWhitespace || "\"'’”」』》〉].,;:!?".unicodeScalars.contains(scalar)
  }

  /// A–Z or a–z: for ASCII the same as `isASCII && properties.isAlphabetic`, without the
  /// property table.
  private static func isASCIILetter(_ scalar: Unicode.Scalar) -> Bool {
    (65...90).contains(scalar.value) || (97...122).contains(scalar.value)
  }

  private static func isASCIILetterOrDigit(_ scalar: Unicode.Scalar) -> Bool {
    isASCIILetter(scalar) || (48...57).contains(scalar.value)
  }

  private static func isDigitOrSeparator(_ scalar: Unicode.Scalar) -> Bool {
    ("0"..."9").contains(scalar) || scalar == "," || scalar == "."
  }

  /// The final of a precomposed Hangul syllable or a lone consonant jamo.
  private static func hangul(_ scalar: Unicode.Scalar) -> KoreanFinalSound? {
    let value = scalar.value
    if (0xAC00...0xD7A3).contains(value) {
      let final = (value - 0xAC00) % 28
      return final == 0 ? .vowel : final == 8 ? .rieul : .consonant
    }
    // Compatibility jamo written alone (ㄱ … ㅎ are consonants, ㅏ … ㅣ vowels).
    if (0x3131...0x314E).contains(value) { return value == 0x3139 ? .rieul : .consonant }
    if (0x314F...0x3163).contains(value) { return .vowel }
    return nil
  }

  /// Sino-Korean reading of a number's end: the last non-zero digit (일 … 구), or the unit
  /// its trailing zeros make (십, 백, 천, 만, 억, 조), or 영 for zero itself.
  private static func sinoKorean(digits: Substring.UnicodeScalarView) -> KoreanFinalSound? {
    let text = Substring(digits)
    let parts = text.split(separator: ".", omittingEmptySubsequences: false)
    // Digits after a decimal point are read one by one (삼 점 일사), so the last one counts.
    if parts.count == 2, let last = parts[1].last, last.isNumber {
      return digitReading(last)
    }
    let integer = parts[0].filter { $0 != "," }
    guard let last = integer.last else { return nil }
    if last != "0" { return digitReading(last) }
    let zeros = integer.reversed().prefix { $0 == "0" }.count
    if zeros == integer.count { return .consonant }  // 영
    switch zeros {
    case 1: return .consonant  // 십
    case 2: return .consonant  // 백
    case 3: return .consonant  // 천
    case 4...7: return .consonant  // 만
    case 8...11: return .consonant  // 억
    default: return .vowel  // 조
    }
  }

  /// 일 ㄹ, 이, 삼 ㅁ, 사, 오, 육 ㄱ, 칠 ㄹ, 팔 ㄹ, 구.
  private static func digitReading(_ digit: Character) -> KoreanFinalSound? {
    switch digit {
    case "0": .consonant  // 영
    case "1", "7", "8": .rieul  // 일, 칠, 팔
    case "3", "6": .consonant  // 삼, 육
    case "2", "4", "5", "9": .vowel  // 이, 사, 오, 구
    default: nil
    }
  }

  /// An acronym is read letter by letter, so its last letter's English name decides; a word
  /// with lowercase letters is read as a word, which Salin cannot pronounce reliably.
  private static func latin(_ letters: Substring.UnicodeScalarView) -> KoreanFinalSound? {
    guard let last = letters.last else { return nil }
    // ASCII letters only: uppercase is A–Z.
    let isAcronym = letters.allSatisfy { (65...90).contains($0.value) } || letters.count == 1
    guard isAcronym else { return nil }
    switch Character(last).uppercased() {
    case "L", "R": return .rieul  // 엘, 알
    case "M", "N": return .consonant  // 엠, 엔
    default: return .vowel  // 에이, 비, 씨, 디, …, 지, …, 엑스, 와이, 제트
    }
  }
}
