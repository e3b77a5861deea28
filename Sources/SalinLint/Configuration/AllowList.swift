import Foundation
public import SalinCore

/// Words and phrases a document's language keeps from other languages: established loanwords and
/// titles ("Under Secretary of State" and "cybersecurity" in Tagalog news), plus configured names
/// and acronyms.
///
/// A foreign span made only of these is not a finding.
///
/// The built-in lists are data (`Resources/allow-<tag>.txt`, one entry a line), extended by the
/// config's `allow:`, `names:` and `acronyms:`.
public struct AllowList: Hashable, Sendable {
  /// Allowed phrases per language, lower-cased.
  public private(set) var phrases: [Language: Set<String>]
  /// Names and acronyms allowed in every language, as written.
  public private(set) var names: Set<String>

  /// Makes a list.
  /// - Parameters:
  ///   - phrases: Allowed phrases per language.
  ///   - names: Names and acronyms allowed everywhere.
  public init(phrases: [Language: Set<String>] = [:], names: Set<String> = []) {
    self.phrases = phrases.mapValues { Set($0.map { $0.lowercased() }) }
    self.names = names
  }

  /// The lists that ship with Salin.
  public static let builtIn: AllowList = {
    var phrases: [Language: Set<String>] = [:]
    for language in [Language.english, .tagalog, .korean] {
      guard let url = Bundle.module.url(forResource: "allow-\(language.tag)", withExtension: "txt"),
        let text = try? String(contentsOf: url, encoding: .utf8)
      else { continue }
      phrases[language] = Set(
        text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
          .filter { !$0.isEmpty && !$0.hasPrefix("#") })
    }
    return AllowList(phrases: phrases)
  }()

  /// This list with more entries.
  /// - Parameters:
  ///   - more: More phrases per language.
  ///   - moreNames: More names and acronyms.
  /// - Returns: The combined list.
  public func adding(phrases more: [Language: [String]], names moreNames: [String]) -> AllowList {
    var copy = self
    for (language, list) in more {
      copy.phrases[language, default: []].formUnion(list.map { $0.lowercased() })
    }
    copy.names.formUnion(moreNames)
    return copy
  }

  /// Whether a text is made only of allowed phrases, names, acronyms, numbers and punctuation.
  ///
  /// Phrases may overlap ("First Vice Minister" and "Minister of Foreign Affairs" together cover
  /// "First Vice Minister of Foreign Affairs"); every word must be covered by one, or be an acronym.
  /// - Parameters:
  ///   - text: The flagged text.
  ///   - language: The document's language.
  ///   - extraNames: Names known for this document (a briefing's entities).
  /// - Returns: `true` if nothing in the text is evidence of another language.
  public func allows(_ text: String, in language: Language, extraNames: Set<String> = []) -> Bool {
    allows(0..<text.utf8.count, of: text, in: language, extraNames: extraNames)
  }

  /// Whether a span of a text is made only of allowed phrases, names and acronyms, where a phrase
  /// may extend beyond the span: a span that stops at "Under Secretary of" inside "Under Secretary
  /// of Defense" is covered by that title.
  /// - Parameters:
  ///   - span: UTF-8 offsets of the flagged span in `text`.
  ///   - text: The whole segment the span was found in.
  ///   - language: The document's language.
  ///   - extraNames: Names known for this document.
  ///   - capitalRunsAreAcronyms: Whether a span of several words in capitals is a row of
  ///     acronyms (`DPRK ROK WMD`). A language identifier that has already set acronyms aside
  ///     and read a run of capitals as words (`SHUT UP`, `TILL THE END`) passes `false`: then
  ///     only a single word in capitals is an acronym.
  /// - Returns: `true` if nothing in the span is evidence of another language.
  public func allows(
    _ span: Range<Int>, of text: String, in language: Language, extraNames: Set<String> = [],
    capitalRunsAreAcronyms: Bool = true
  ) -> Bool {
    let words = Self.words(text)
    let inSpan = words.indices.filter { words[$0].range.overlaps(span) }
    // Acronyms (DPRK, ROK, WMD) are not evidence of a language.
    var covered = words.map { $0.text.count >= 2 && $0.text.allSatisfy(\.isUppercase) }
    if !capitalRunsAreAcronyms && inSpan.count > 1 {
      for index in inSpan { covered[index] = false }
    }
    if inSpan.allSatisfy({ covered[$0] }) { return true }
    let lowered = words.map { $0.text.lowercased() }
    let phrases = (phrases[language] ?? []).union(names.map { $0.lowercased() })
      .union(extraNames.map { $0.lowercased() })
    for phrase in phrases {
      let phraseWords = Self.words(phrase).map(\.text)
      guard let first = phraseWords.first, phraseWords.count <= lowered.count else { continue }
      for start in 0...(lowered.count - phraseWords.count) where lowered[start] == first {
        if (0..<phraseWords.count).allSatisfy({ lowered[start + $0] == phraseWords[$0] }) {
          for index in start..<(start + phraseWords.count) { covered[index] = true }
        }
      }
    }
    return inSpan.allSatisfy { covered[$0] }
  }

  /// The words of a text (letters, with digits, hyphens and apostrophes inside), with UTF-8 ranges.
  static func words(_ text: String) -> [(text: String, range: Range<Int>)] {
    var words: [(text: String, range: Range<Int>)] = []
    var current = ""
    var start = 0
    var offset = 0
    for character in text {
      let isWordCharacter =
        character.isLetter || character.isNumber || character == "-" || character == "'"
        || character == "’"
      if isWordCharacter {
        if current.isEmpty { start = offset }
        current.append(character)
      } else if !current.isEmpty {
        if current.contains(where: \.isLetter) { words.append((current, start..<offset)) }
        current = ""
      }
      offset += character.utf8.count
    }
    if !current.isEmpty, current.contains(where: \.isLetter) {
      words.append((current, start..<offset))
    }
    return words
  }
}
