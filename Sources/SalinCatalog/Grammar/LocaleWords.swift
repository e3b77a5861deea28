import Foundation
import SalinCore
import SalinICU
import SalinResources

/// Words and patterns a language's news writes where ICU's CLDR data says otherwise or has
/// nothing: region names and adjectives, how acronyms read as words sound, list patterns.
///
/// The data is `locales/data/words.yaml` (read by `LocaleWordsYAML`, checked value by value); a
/// language without an entry uses ICU. Tests pin the ICU output each entry replaces, so an ICU
/// upgrade that agrees shows.
struct LocaleWords: Sendable {
  /// Region names where the language's news differs from ICU's display name (ko: KR → 한국,
  /// where ICU says 대한민국, the formal state name; tl: KR → South Korea, as Philippine news
  /// writes it, where ICU says Timog Korea).
  var regionNames: [String: String]
  /// The adjective of a region's name for `{c, region, adjective}` (en: KR → South Korean).
  ///
  /// CLDR has no demonyms; a region without one is written with its name.
  var regionAdjectives: [String: String]
  /// How acronyms that are read as words sound (ko: APEC → 에이펙, K9 → 케이나인), for the
  /// particle after them; an acronym not listed is read letter by letter.
  var acronymReadings: [String: String]
  /// The last separator of an `and` list of three or more, where ICU's data adds a serial comma
  /// the language's news does not write (tl: ICU "A, B, at C"; Filipino news "A, B at C").
  var andListLastSeparator: String?
  /// The same for an `or` list (tl: ICU "A, B, o C").
  var orListLastSeparator: String?
  /// Whether `{xs, list, names}` joins people with a particle (Korean 과/와) instead of ICU's
  /// conjunction (및, which Korean keeps for things).
  var joinsNamesWithParticle = false
  /// The usual ratio of the language's text to the same text in English, in characters other
  /// than spaces (tl 1.25; ko 0.55: Korean writes a compound as one word), for SL037.
  var lengthRatio: Double?

  /// The data for a language.
  /// - Parameter language: The language.
  /// - Returns: The language's words; none for a language Salin has no data for.
  static func forLanguage(_ language: Language) -> LocaleWords {
    builtIn[language.tag.prefix(while: { $0 != "-" }).lowercased()]
      ?? LocaleWords(
        regionNames: [:], regionAdjectives: [:], acronymReadings: [:], andListLastSeparator: nil,
        orListLastSeparator: nil)
  }

  /// The shipped data, `locales/data/words.yaml`, read once.
  ///
  /// The file ships inside the resource bundle like the catalogs: one that does not read is a
  /// packaging mistake (the tests read it), not user input, so it stops with the file's error.
  static let builtIn: [String: LocaleWords] = {
    let url = BuiltInLocales.wordsFile
    do {
      let text = try String(contentsOf: url, encoding: .utf8)
      return try LocaleWordsYAML.read(text, path: "locales/data/words.yaml")
    } catch {
      preconditionFailure("the shipped locale words do not read: \(error)")
    }
  }()

  /// The region's name as this language's news writes it, if it differs from ICU's.
  /// - Parameter code: An uppercase region code.
  /// - Returns: The name, or `nil` to use ICU's.
  func regionName(_ code: String) -> String? { regionNames[code] }

  /// Joins a list of three or more where ICU's pattern is replaced; `nil` to use ICU's.
  /// - Parameters:
  ///   - items: The formatted items.
  ///   - kind: The list's conjunction.
  /// - Returns: The joined list, or `nil` to let ICU join it.
  func joined(_ items: [String], kind: ICUListFormatter.Kind) -> String? {
    guard items.count >= 3 else { return nil }
    let last: String?
    switch kind {
    case .and: last = andListLastSeparator
    case .or: last = orListLastSeparator
    case .units: last = nil
    }
    guard let last else { return nil }
    return items.dropLast().joined(separator: ", ") + last + items[items.count - 1]
  }
}
