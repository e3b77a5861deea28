import SalinCore
import SalinICU

/// Words and patterns a language's news writes where ICU's CLDR data says otherwise or has
/// nothing: region names and adjectives, how acronyms read as words sound, list patterns.
///
/// Each table is locale data, like `LocaleNumbers`: a language without an entry uses ICU. Tests
/// pin the ICU output each entry replaces, so an ICU upgrade that agrees shows.
struct LocaleWords: Sendable {
  /// Region names where the language's news differs from ICU's display name (ko: KR → 한국,
  /// where ICU says 대한민국, the formal state name; tl: KR → South Korea, as Philippine news
  /// writes it, where ICU says Timog Korea).
  let regionNames: [String: String]
  /// The adjective of a region's name for `{c, region, adjective}` (en: KR → South Korean).
  ///
  /// CLDR has no demonyms; a region without one is written with its name.
  let regionAdjectives: [String: String]
  /// How acronyms that are read as words sound (ko: APEC → 에이펙, K9 → 케이나인), for the
  /// particle after them; an acronym not listed is read letter by letter.
  let acronymReadings: [String: String]
  /// The last separator of an `and` list of three or more, where ICU's data adds a serial comma
  /// the language's news does not write (tl: ICU "A, B, at C"; Filipino news "A, B at C").
  let andListLastSeparator: String?
  /// The same for an `or` list (tl: ICU "A, B, o C").
  let orListLastSeparator: String?
  /// Whether `{xs, list, names}` joins people with a particle (Korean 과/와) instead of ICU's
  /// conjunction (및, which Korean keeps for things).
  var joinsNamesWithParticle: Bool { !acronymReadings.isEmpty }

  /// The data for a language.
  /// - Parameter language: The language.
  /// - Returns: The language's words; none for a language Salin has no data for.
  static func forLanguage(_ language: Language) -> LocaleWords {
    switch language.tag.prefix(while: { $0 != "-" }) {
    case "en":
      LocaleWords(
        regionNames: [:],
        regionAdjectives: [
          "KR": "South Korean", "KP": "North Korean", "US": "U.S.", "JP": "Japanese",
          "CN": "Chinese", "PH": "Philippine", "RU": "Russian", "GB": "British",
          "AU": "Australian", "FR": "French", "DE": "German", "IN": "Indian", "TW": "Taiwanese",
          "VN": "Vietnamese", "ID": "Indonesian", "CA": "Canadian", "UA": "Ukrainian",
        ],
        acronymReadings: [:], andListLastSeparator: nil, orListLastSeparator: nil)
    case "tl", "fil":
      LocaleWords(
        regionNames: ["KR": "South Korea", "KP": "North Korea"], regionAdjectives: [:],
        acronymReadings: [:], andListLastSeparator: " at ", orListLastSeparator: " o ")
    case "ko":
      LocaleWords(
        regionNames: ["KR": "한국", "KP": "북한"], regionAdjectives: [:],
        acronymReadings: koreanAcronymReadings, andListLastSeparator: nil,
        orListLastSeparator: nil)
    default:
      LocaleWords(
        regionNames: [:], regionAdjectives: [:], acronymReadings: [:], andListLastSeparator: nil,
        orListLastSeparator: nil)
    }
  }

  /// Acronyms Korean reads as a word, as the National Institute of Korean Language's loanword rules
  /// and Korean news transcribe them.
  ///
  /// Acronyms read letter by letter (UN 유엔, ICBM, G20) are not listed: their last letter's name
  /// decides.
  private static let koreanAcronymReadings: [String: String] = [
    "APEC": "에이펙", "OPEC": "오펙", "RIMPAC": "림팩", "K9": "케이나인", "NATO": "나토",
    "ASEAN": "아세안", "UNESCO": "유네스코", "UNICEF": "유니세프", "NASA": "나사", "NAFTA": "나프타",
    "SALT": "솔트", "START": "스타트", "THAAD": "사드", "AUKUS": "오커스", "QUAD": "쿼드",
    "COVAX": "코백스", "NEAT": "니트", "INTERPOL": "인터폴", "UNCTAD": "운크타드", "SEATO": "시토",
    "CENTCOM": "센트콤", "NORAD": "노라드", "SOFA": "소파", "GSOMIA": "지소미아", "KADIZ": "카디즈",
    "FIFA": "피파",
  ]

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
