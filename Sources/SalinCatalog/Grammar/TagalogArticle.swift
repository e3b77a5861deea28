/// A Tagalog case marker written right before a placeholder (`Kinondena ng~{party}`), resolved
/// from the argument: persons' names take the personal markers (si/sina, ni/nina, kay/kina),
/// everything else the common ones (ang, ng, sa).
///
/// "Kinondena ni Marcos", "sa pangunguna nina Jenkins at Abercrombie", but "Kinondena ng
/// Estados Unidos", "ng EDSCG". A value is a person's name when it is text (not a region code,
/// which is a country), written as names are: one to five words, each capitalised, none an
/// acronym (`THX News`, `US Department of State` are not persons) and no digits. A list takes
/// the plural personal marker when every item is a person's name.
enum TagalogArticle: String, Hashable, Sendable, CaseIterable {
  /// The topic marker: ang / si / sina.
  case ang
  /// The genitive and agent marker: ng / ni / nina.
  case ng
  /// The locative and dative marker: sa / kay / kina.
  case sa

  /// The marker as written before the placeholder's brace.
  var marker: String { rawValue + "~" }

  /// The marker that ends `text`, if any: `ang~` only as a whole word.
  /// - Parameter text: The message text before a placeholder's opening brace.
  /// - Returns: The marker, or `nil` when the text ends with none.
  static func marker(ending text: String.UnicodeScalarView) -> TagalogArticle? {
    guard text.last == "~" else { return nil }
    let word = text.dropLast().reversed().prefix { $0.isLetter }
    return TagalogArticle(rawValue: String(String.UnicodeScalarView(word.reversed())))
  }

  /// The marker for an argument: personal for persons' names, common otherwise.
  /// - Parameters:
  ///   - names: The argument's text, one item per name (a list's items, or one text).
  ///   - isRegionCode: Whether a text is a region code the placeholder writes as a country.
  /// - Returns: The marker to write (ang, ng, sa, or si, ni, kay and their plurals for people).
  func resolved(for names: [String], isRegionCode: (String) -> Bool) -> String {
    let persons =
      !names.isEmpty && names.allSatisfy { !isRegionCode($0) && Self.isPersonalName($0) }
    guard persons else { return rawValue }
    let plural = names.count > 1
    switch self {
    case .ang: return plural ? "sina" : "si"
    case .ng: return plural ? "nina" : "ni"
    case .sa: return plural ? "kina" : "kay"
    }
  }

  /// Whether text is written as a person's name (see the type's summary).
  /// - Parameter text: The text.
  /// - Returns: `true` when the text reads as a person's name.
  static func isPersonalName(_ text: String) -> Bool {
    let words = text.split(separator: " ")
    guard (1...5).contains(words.count) else { return false }
    return words.allSatisfy { word in
      guard let first = word.unicodeScalars.first, first.isUppercaseLetter else {
        return false
      }
      // Counted in one pass, without collecting the letters (a filtered scalar view is a new
      // string, built a scalar at a time).
      var letters = 0
      var hasLowercase = false
      for scalar in word.unicodeScalars {
        if scalar.isNumeric { return false }
        guard scalar.isLetter else { continue }
        letters += 1
        if scalar.isLowercaseLetter { hasLowercase = true }
      }
      // An acronym (THX, US, EDSCG) names an organisation or a country, not a person.
      return letters < 2 || hasLowercase
    }
  }
}

extension TagalogArticle {
  /// The marker for a message argument: a list's items, or one text; a region code written by
  /// `{x, region}`, or any region name CLDR or the locale's data has, is a country.
  /// - Parameters:
  ///   - argument: The argument.
  ///   - format: How the placeholder formats it.
  ///   - locale: The message's locale, for its region names.
  /// - Returns: The marker to write before the formatted argument.
  func resolved(
    for argument: MessageArgument, format: PreparedFormat, locale: MessageLocale
  ) -> String {
    let isRegion: Bool
    if case .region = format { isRegion = true } else { isRegion = false }
    let names: [String]
    switch argument {
    case .string(let text): names = [text]
    case .list(let items): names = items
    default: return rawValue
    }
    // Only a text written as a person's name needs the region names looked up.
    guard names.allSatisfy(Self.isPersonalName) else { return rawValue }
    let regions = RegionNameSet.names(for: locale)
    return resolved(for: names) { text in
      (isRegion && text.count == 2 && text.allSatisfy { $0.isASCII && $0.isLetter })
        || regions.contains(text)
    }
  }
}
