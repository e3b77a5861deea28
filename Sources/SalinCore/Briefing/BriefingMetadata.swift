/// What a briefing is: its schema version, ID, date, languages and fallback chains.
public struct BriefingMetadata: Hashable, Sendable {
  /// The briefing schema versions this build understands.
  public static let supportedSchemaVersions: ClosedRange<Int> = 1...1

  /// The schema version the file declares.
  public var schemaVersion: Int
  /// The briefing's ID; rendered files are named `<id>.<locale>.<ext>`.
  public var id: String
  /// When the briefing was written, as precisely as known.
  public var date: PartialDate?
  /// The language the briefing was written in.
  public var sourceLanguage: Language
  /// The languages its text units are translated into (the source language included).
  public var languages: [Language]
  /// For each locale, the languages to try, in order, when a text unit has no variant in it.
  public var fallbacks: [Language: [Language]]

  /// Makes metadata.
  /// - Parameters:
  ///   - schemaVersion: The schema version.
  ///   - id: The briefing's ID.
  ///   - date: When it was written.
  ///   - sourceLanguage: The language it was written in.
  ///   - languages: The languages it is translated into.
  ///   - fallbacks: Declared fallback chains; locales without one fall back to the source language.
  public init(
    schemaVersion: Int = 1, id: String, date: PartialDate? = nil, sourceLanguage: Language,
    languages: [Language], fallbacks: [Language: [Language]] = [:]
  ) {
    self.schemaVersion = schemaVersion
    self.id = id
    self.date = date
    self.sourceLanguage = sourceLanguage
    self.languages = languages
    self.fallbacks = fallbacks
  }

  /// The longest ID, in Unicode scalars: it becomes part of a file name (at most 255 bytes).
  public static let maximumIDLength = 100

  /// Whether a text can be a briefing ID.
  ///
  /// An ID names the rendered files (`<id>.<locale>.<ext>`), so it must stay one harmless file
  /// name: letters, marks and digits of any script, `-`, `_` and `.`, starting with a letter or
  /// digit (so never `..`, `/`, a hidden file, a line break or a terminal escape), at most
  /// ``maximumIDLength`` scalars.
  /// - Parameter id: A candidate ID.
  /// - Returns: `true` if it is a valid ID.
  public static func isValidID(_ id: String) -> Bool {
    let scalars = id.unicodeScalars
    guard let first = scalars.first, scalars.count <= maximumIDLength, isIDCharacter(first),
      first.properties.generalCategory.isLetterOrDigit
    else { return false }
    return scalars.allSatisfy(isIDCharacter)
  }

  private static func isIDCharacter(_ scalar: Unicode.Scalar) -> Bool {
    "-_.".unicodeScalars.contains(scalar) || scalar.properties.generalCategory.isLetterMarkOrDigit
  }

  /// The languages to try for a locale, in order: the locale, then its declared chain, then the
  /// source language (tl → en, ko → en by default).
  /// - Parameter locale: The locale being rendered.
  /// - Returns: The chain, without repeats, starting with `locale`.
  public func fallbackChain(for locale: Language) -> [Language] {
    // Appended one by one rather than from `declared + [sourceLanguage]`: every layout makes
    // a chain per language, and the joined array would be two more allocations each time.
    let declared = fallbacks[locale] ?? []
    var chain: [Language] = []
    chain.reserveCapacity(declared.count + 2)
    chain.append(locale)
    for language in declared where !chain.contains(language) { chain.append(language) }
    if !chain.contains(sourceLanguage) { chain.append(sourceLanguage) }
    return chain
  }
}

extension Unicode.GeneralCategory {
  fileprivate var isLetterOrDigit: Bool {
    switch self {
    case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
      .decimalNumber:
      true
    default: false
    }
  }

  fileprivate var isLetterMarkOrDigit: Bool {
    switch self {
    case .nonspacingMark, .spacingMark, .enclosingMark: true
    default: isLetterOrDigit
    }
  }
}
