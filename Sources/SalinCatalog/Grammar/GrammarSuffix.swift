/// Grammar written right after a placeholder and resolved from the formatted value.
enum GrammarSuffix: Hashable, Sendable {
  /// A Korean particle in tolerant form (`을(를)`, `(으)로` …).
  case koreanParticle(KoreanParticle)
  /// The Tagalog linker marker `~ng`.
  case tagalogLinker

  /// The suffix that starts `text`, if any.
  /// - Parameter text: The message text right after a placeholder's closing brace.
  /// - Returns: The suffix, or `nil` when the text starts with none.
  static func prefix(of text: Substring.UnicodeScalarView) -> GrammarSuffix? {
    if text.starts(with: TagalogLinker.marker.unicodeScalars) { return .tagalogLinker }
    return KoreanParticle.prefix(of: text).map { .koreanParticle($0) }
  }

  /// How many scalars of the message the suffix takes.
  var sourceLength: Int {
    switch self {
    case .koreanParticle(let particle): particle.tolerantForm.unicodeScalars.count
    case .tagalogLinker: TagalogLinker.marker.unicodeScalars.count
    }
  }

  /// The text that follows `value` once the suffix is resolved.
  /// - Parameters:
  ///   - value: The formatted placeholder value.
  ///   - words: The locale's words (how acronyms read as words sound).
  /// - Returns: The suffix's text for that value (a particle, a linker), or its tolerant form.
  func resolved(after value: String, words: LocaleWords) -> String {
    switch self {
    case .koreanParticle(let particle):
      particle.resolved(after: value, readings: words.acronymReadings)
    case .tagalogLinker: TagalogLinker.suffix(after: value)
    }
  }
}
