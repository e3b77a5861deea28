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
  /// The phrases' and names' lower-cased words, split once when the list is made rather than
  /// for every span checked (that split was a third of `salin lint` on real text).
  private var phraseIndex: [Language: PhraseIndex] = [:]
  private var nameIndex = PhraseIndex()

  /// Makes a list.
  /// - Parameters:
  ///   - phrases: Allowed phrases per language.
  ///   - names: Names and acronyms allowed everywhere.
  public init(phrases: [Language: Set<String>] = [:], names: Set<String> = []) {
    self.phrases = phrases.mapValues { Set($0.map { $0.lowercased() }) }
    self.names = names
    for (language, list) in self.phrases {
      for phrase in list { phraseIndex[language, default: PhraseIndex()].add(phrase) }
    }
    for name in names { nameIndex.add(name.lowercased()) }
  }

  /// Lists are equal when they allow the same phrases and names.
  public static func == (lhs: AllowList, rhs: AllowList) -> Bool {
    lhs.phrases == rhs.phrases && lhs.names == rhs.names
  }

  /// Hashes the phrases and names.
  public func hash(into hasher: inout Hasher) {
    hasher.combine(phrases)
    hasher.combine(names)
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
      for phrase in list.map({ $0.lowercased() })
      where copy.phrases[language, default: []].insert(phrase).inserted {
        copy.phraseIndex[language, default: PhraseIndex()].add(phrase)
      }
    }
    for name in moreNames where copy.names.insert(name).inserted {
      copy.nameIndex.add(name.lowercased())
    }
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
    guard let firstInSpan = inSpan.first, let lastInSpan = inSpan.last else { return true }
    // Acronyms (DPRK, ROK, WMD) are not evidence of a language. Only the span's words are ever
    // asked about.
    var covered = [Bool](repeating: false, count: words.count)
    if capitalRunsAreAcronyms || inSpan.count == 1 {
      for index in inSpan {
        let word = words[index].text
        covered[index] = word.count >= 2 && word.allSatisfy(\.isUppercase)
      }
    }
    if inSpan.allSatisfy({ covered[$0] }) { return true }
    var extra = PhraseIndex()
    for name in extraNames { extra.add(name.lowercased()) }
    let indexes = [phraseIndex[language] ?? PhraseIndex(), nameIndex, extra]
    // Only a phrase that reaches into the span can cover one of its words: it starts at most
    // `longest - 1` words before the span's first word and at its last word.
    let longest = indexes.map(\.longest).max() ?? 0
    guard longest > 0 else { return false }
    let low = max(0, firstInSpan - longest + 1)
    let high = min(words.count, lastInSpan + longest)
    var lowered = [String](repeating: "", count: words.count)
    for index in low..<high { lowered[index] = words[index].text.lowercased() }
    for start in low...lastInSpan {
      for index in indexes {
        for phraseWords in index.byFirstWord[lowered[start]] ?? []
        where start + phraseWords.count <= words.count
          && (0..<phraseWords.count).allSatisfy({ lowered[start + $0] == phraseWords[$0] })
        {
          for covering in start..<(start + phraseWords.count) { covered[covering] = true }
        }
      }
    }
    return inSpan.allSatisfy { covered[$0] }
  }

  /// The words of a text (letters, with digits, hyphens and apostrophes inside), with UTF-8 ranges.
  static func words(_ text: String) -> [(text: String, range: Range<Int>)] {
    var words: [(text: String, range: Range<Int>)] = []
    // ASCII text, byte by byte: the same words (an ASCII letter is `isLetter`, an ASCII digit
    // `isNumber`, and `\r\n`, the one ASCII character of two bytes, is no word character),
    // without Unicode property look-ups.
    if text.utf8.allSatisfy({ $0 < 0x80 }) {
      let bytes = Array(text.utf8)
      var start = -1
      var hasLetter = false
      for offset in 0...bytes.count {
        let byte = offset < bytes.count ? bytes[offset] : 0x20
        let isLetter = (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A
        if isLetter || (byte >= 0x30 && byte <= 0x39) || byte == 0x2D || byte == 0x27 {
          if start < 0 { start = offset }
          hasLetter = hasLetter || isLetter
        } else if start >= 0 {
          if hasLetter {
            words.append((String(decoding: bytes[start..<offset], as: UTF8.self), start..<offset))
          }
          start = -1
          hasLetter = false
        }
      }
      return words
    }
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

/// Phrases split into lower-cased words, filed under their first word.
private struct PhraseIndex: Sendable {
  /// Each phrase's words, under its first word.
  var byFirstWord: [String: [[String]]] = [:]
  /// The most words a phrase has.
  var longest = 0

  /// Adds a lower-cased phrase (one without words adds nothing).
  mutating func add(_ phrase: String) {
    let words = AllowList.words(phrase).map(\.text)
    guard let first = words.first else { return }
    byFirstWord[first, default: []].append(words)
    longest = max(longest, words.count)
  }
}
