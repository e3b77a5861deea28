/// Sentences, capitals, punctuation at the start and spacing after punctuation, as
/// translate-toolkit's pofilter reads them (`sentencecount`, `startcaps`, `simplecaps`,
/// `startpunc`, `puncspacing`, `doublewords`), with its language data
/// (`translate/lang/common.py`).
extension TranslationText {
  /// pofilter's punctuation: Latin, quotation marks, inverted, Arabic, CJK, Indic, Ethiopic and
  /// other marks (`Common.punctuation`).
  static let punctuation: Set<Character> = Set(
    ".,;:!?-@#$%^*_()[]{}/\\'`\"<>" + "‘’‛“”„‟′″‴‵‶‷‹›«»" + "¿¡" + "،؟؛÷" + "。、，；！？「」『』【】"
      + "।॥॰" + "።፤፣" + "…±°¹²³·©®×£¥€")

  /// Marks that may end a sentence (`Common.sentenceend`).
  static let sentenceEnd: Set<Character> = Set(".!?…։؟।。！？።\u{06D4}")

  /// The number of sentences (pofilter's `sentencere`).
  ///
  /// A sentence ends at a sentence mark followed by whitespace and a character that is not a
  /// lowercase Latin or Cyrillic letter or a digit, so "e.g. this" and "version 1. 2" stay one
  /// sentence.
  /// - Parameter text: The text.
  /// - Returns: The number of non-empty sentences.
  static func sentenceCount(_ text: String) -> Int {
    let characters = Array(text)
    var count = 0
    var start = 0
    var index = 0
    while index < characters.count {
      guard sentenceEnd.contains(characters[index]) else {
        index += 1
        continue
      }
      var next = index + 1
      while next < characters.count, characters[next].isWhitespace { next += 1 }
      if next > index + 1, next < characters.count, !startsLowercaseOrDigit(characters[next]) {
        if characters[start..<next].contains(where: { !$0.isWhitespace }) { count += 1 }
        start = next
      }
      index = next
    }
    if characters[start...].contains(where: { !$0.isWhitespace }) { count += 1 }
    return count
  }

  private static func startsLowercaseOrDigit(_ character: Character) -> Bool {
    guard let scalar = character.unicodeScalars.first else { return false }
    return ("a"..."z").contains(scalar) || (0x430...0x45F).contains(scalar.value)
      || character.isNumber
  }

  /// The text after any leading whitespace, punctuation and placeholders (`%s`, `{name}`).
  /// - Parameter text: The text.
  /// - Returns: The rest, and whether a placeholder was passed on the way.
  static func afterLeadingMarks(_ text: String) -> (rest: Substring, passedPlaceholder: Bool) {
    var rest = text[...]
    var passedPlaceholder = false
    while let first = rest.first {
      if first == "%", let placeholder = printfPlaceholders(String(rest.prefix(24))).first,
        rest.hasPrefix(placeholder)
      {
        rest = rest.dropFirst(placeholder.count)
        passedPlaceholder = true
      } else if first == "{", let close = rest.firstIndex(of: "}") {
        rest = rest[rest.index(after: close)...]
        passedPlaceholder = true
      } else if first.isWhitespace || punctuation.contains(first) {
        rest = rest.dropFirst()
      } else {
        break
      }
    }
    return (rest, passedPlaceholder)
  }

  /// The punctuation a text starts with, whitespace left out (pofilter's `puncstart`, whose
  /// whitespace `startwhitespace` reports), tags, placeholders and apostrophes inside words
  /// left out first.
  /// - Parameter text: The text.
  /// - Returns: The leading punctuation marks.
  static func leadingPunctuation(_ text: String) -> String {
    var marks = ""
    var rest = Substring(removingTags(text))
    while let first = rest.first {
      if first == "%", let placeholder = printfPlaceholders(String(rest.prefix(24))).first,
        rest.hasPrefix(placeholder)
      {
        break
      } else if first == "{", let placeholder = bracePlaceholders(String(rest.prefix(64))).first,
        rest.hasPrefix(placeholder)
      {
        // A placeholder opens the text, not a brace: Korean puts `{leaders}이 이끄는` first where
        // English writes "led by {leaders}".
        break
      } else if first.isWhitespace {
        rest = rest.dropFirst()
      } else if punctuation.contains(first) {
        marks.append(first)
        rest = rest.dropFirst()
      } else {
        break
      }
    }
    return marks
  }

  /// The number of uppercase letters and of letters with case (pofilter's `simplecaps` counts
  /// every letter; a Hangul or Han letter has no case, so it counts neither).
  /// - Parameter text: The text.
  /// - Returns: Capitals and cased letters.
  static func capitalCounts(_ text: String) -> (capitals: Int, cased: Int) {
    var capitals = 0
    var cased = 0
    for character in text where character.isCased {
      cased += 1
      if character.isUppercase { capitals += 1 }
    }
    return (capitals, cased)
  }

  /// The words of a text for finding a word written twice: tags and full stops dropped,
  /// lowercased, split at whitespace (pofilter's `doublewords`); a placeholder, number or
  /// symbol is `nil`, so the words on either side of one are not neighbours.
  /// - Parameter text: The text.
  /// - Returns: The words, `nil` for what is no word.
  static func plainWords(_ text: String) -> [Substring?] {
    removingTags(text).lowercased().split(whereSeparator: \.isWhitespace).map { token in
      let word = token.filter { $0 != "." }[...]
      let isWord =
        word.contains(where: \.isLetter) && printfPlaceholders(String(word)).isEmpty
        && !word.hasPrefix("{")
      return isWord ? word : nil
    }
  }
}
