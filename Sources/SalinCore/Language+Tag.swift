/// Convention: a language tag is checked here and nowhere else. Every place a user writes one —
/// `--lang`, `--locale`, front matter, `<!-- salin: lang=… -->`, `lang="…"`, file names, `.salin.yml`,
/// catalogs, briefings, PO headers — goes through `Language(validating:)` or a helper below.
///
/// The check is syntactic: RFC 5646's ABNF (section 2.1), which BCP 47 calls "well-formed". It
/// says nothing about whether ICU has data for the language; that is the catalogs' concern.
extension Language {
  /// Makes a language from a tag a user wrote, refusing one that is not a well-formed BCP 47 tag.
  /// - Parameter tag: A tag such as `en`, `tl`, `ko`, `pt-BR` or `zh-Hant-TW`; case is folded.
  /// - Throws: `LanguageTagError` naming the tag, with a hint when it is a POSIX locale (`pt_BR`).
  public init(validating tag: String) throws(LanguageTagError) {
    guard Self.isWellFormed(tag) else { throw LanguageTagError(tag: tag) }
    self.init(tag)
  }

  /// Whether a string is a well-formed BCP 47 language tag: RFC 5646's `Language-Tag` (a
  /// `langtag`, a private-use tag such as `x-internal`, or one of the grandfathered tags),
  /// compared without regard to case.
  /// - Parameter tag: The string.
  /// - Returns: `true` when the tag matches the ABNF.
  public static func isWellFormed(_ tag: some StringProtocol) -> Bool {
    guard !tag.isEmpty, tag.utf8.count <= 256, tag.utf8.allSatisfy({ $0 < 0x80 }) else {
      return false
    }
    let lowercased = tag.lowercased()
    if grandfathered.contains(lowercased) { return true }
    let subtags = lowercased.split(separator: "-", omittingEmptySubsequences: false).map {
      Array($0.utf8)
    }
    var index = 0
    // privateuse = "x" 1*("-" (1*8alphanum))
    func privateUse() -> Bool {
      guard index < subtags.count, subtags[index] == [UInt8(ascii: "x")] else { return false }
      index += 1
      guard index < subtags.count else { return false }
      while index < subtags.count {
        guard (1...8).contains(subtags[index].count), subtags[index].allSatisfy(isAlphanumeric)
        else { return false }
        index += 1
      }
      return true
    }
    if privateUse() { return true }
    // language = 2*3ALPHA ["-" extlang] / 4ALPHA / 5*8ALPHA; extlang = 3ALPHA *2("-" 3ALPHA)
    let language = subtags[0]
    guard (2...8).contains(language.count), language.allSatisfy(isLetter) else { return false }
    index = 1
    if language.count <= 3 {
      var extlangs = 0
      while extlangs < 3, index < subtags.count, subtags[index].count == 3,
        subtags[index].allSatisfy(isLetter)
      {
        extlangs += 1
        index += 1
      }
    }
    // script = 4ALPHA
    if index < subtags.count, subtags[index].count == 4, subtags[index].allSatisfy(isLetter) {
      index += 1
    }
    // region = 2ALPHA / 3DIGIT
    if index < subtags.count,
      (subtags[index].count == 2 && subtags[index].allSatisfy(isLetter))
        || (subtags[index].count == 3 && subtags[index].allSatisfy(isDigit))
    {
      index += 1
    }
    // variant = 5*8alphanum / (DIGIT 3alphanum)
    while index < subtags.count, isVariant(subtags[index]) { index += 1 }
    // extension = singleton 1*("-" (2*8alphanum)); singleton is any alphanumeric but "x"
    while index < subtags.count, subtags[index].count == 1, subtags[index] != [UInt8(ascii: "x")],
      isAlphanumeric(subtags[index][0])
    {
      index += 1
      let start = index
      while index < subtags.count, (2...8).contains(subtags[index].count),
        subtags[index].allSatisfy(isAlphanumeric)
      {
        index += 1
      }
      guard index > start else { return false }
    }
    if index < subtags.count, !privateUse() { return false }
    return index == subtags.count
  }

  /// The language a file name declares in its last part before the extension: `article.ko.md`,
  /// `messages.pt-BR.yml`, `tl.yaml` (with `allowsBareTag`), and POSIX forms such as
  /// `app.pt_BR.po`.
  ///
  /// A file name is a weak declaration, so more than well-formedness is asked: the primary
  /// subtag must be two letters or a three-letter code Salin knows (`fil`), since any word of
  /// five to eight letters (`draft`) and many of three (`api`) are well-formed tags too.
  /// - Parameters:
  ///   - fileName: The file's name or path.
  ///   - allowsBareTag: Whether a name that is only the tag and the extension (`tl.yaml`)
  ///     declares it (catalogs), or a stem must come first (`notes.tl.txt`, documents).
  /// - Returns: The language, or `nil` when the name declares none.
  public static func declared(byFileName fileName: String, allowsBareTag: Bool) -> Language? {
    let name = fileName.split(separator: "/").last.map(String.init) ?? fileName
    let parts = name.split(separator: ".")
    guard parts.count >= (allowsBareTag ? 2 : 3) else { return nil }
    let candidate = parts[parts.count - 2].replacing("_", with: "-")
    guard isWellFormed(candidate),
      let primary = candidate.split(separator: "-").first,
      primary.count == 2 || fileNameThreeLetterCodes.contains(primary.lowercased())
    else { return nil }
    return Language(String(candidate))
  }

  /// A gettext locale name as BCP 47: `pt_BR` → `pt-br`, `sr_RS@latin` → `sr-latn-rs`,
  /// `de_DE.UTF-8` → `de-de` (the character set is not part of the language).
  /// - Parameter locale: A PO header's `Language:` value or a POSIX locale name.
  /// - Returns: The language, or `nil` when the result is not a well-formed tag.
  public static func fromGettextLocale(_ locale: String) -> Language? {
    var name = Substring(locale.trimmingSpaces())
    var modifier: Substring?
    if let at = name.firstIndex(of: "@") {
      modifier = name[name.index(after: at)...]
      name = name[..<at]
    }
    if let dot = name.firstIndex(of: ".") { name = name[..<dot] }
    var parts = name.split(separator: "_", omittingEmptySubsequences: false).map(String.init)
    guard !parts.isEmpty else { return nil }
    switch modifier?.lowercased() {
    case "latin": parts.insert("Latn", at: 1)
    case "cyrillic": parts.insert("Cyrl", at: 1)
    case let variant? where (5...8).contains(variant.count): parts.append(variant)
    default: break  // Other modifiers (euro, …) say nothing about the language.
    }
    let tag = parts.joined(separator: "-")
    return isWellFormed(tag) ? Language(tag) : nil
  }

  /// Three-letter primary subtags a file name may use (others are too often words).
  private static let fileNameThreeLetterCodes: Set<String> = ["fil", "tgl", "kor", "eng"]

  /// RFC 5646's `irregular` and `regular` grandfathered tags, lowercased.
  private static let grandfathered: Set<String> = [
    "en-gb-oed", "i-ami", "i-bnn", "i-default", "i-enochian", "i-hak", "i-klingon", "i-lux",
    "i-mingo", "i-navajo", "i-pwn", "i-tao", "i-tay", "i-tsu", "sgn-be-fr", "sgn-be-nl",
    "sgn-ch-de", "art-lojban", "cel-gaulish", "no-bok", "no-nyn", "zh-guoyu", "zh-hakka",
    "zh-min", "zh-min-nan", "zh-xiang",
  ]

  private static func isVariant(_ subtag: [UInt8]) -> Bool {
    guard subtag.allSatisfy(isAlphanumeric) else { return false }
    return (5...8).contains(subtag.count) || (subtag.count == 4 && isDigit(subtag[0]))
  }
}

/// A string that is not a well-formed BCP 47 language tag.
public struct LanguageTagError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The string as written.
  public let tag: String

  /// Makes the error.
  /// - Parameter tag: The string as written.
  public init(tag: String) { self.tag = tag }

  /// `'pt_BR' is not a BCP 47 language tag (write pt-BR)`, or the same with examples.
  public var description: String {
    let hyphenated = tag.replacing("_", with: "-")
    if hyphenated != tag, Language.isWellFormed(hyphenated) {
      return "'\(tag)' is not a BCP 47 language tag (write \(hyphenated))"
    }
    return "'\(tag)' is not a BCP 47 language tag (such as en, tl, ko or pt-BR)"
  }
}

private func isLetter(_ byte: UInt8) -> Bool {
  (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20)
}

private func isDigit(_ byte: UInt8) -> Bool {
  (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
}

private func isAlphanumeric(_ byte: UInt8) -> Bool { isLetter(byte) || isDigit(byte) }

extension String {
  /// The string without leading and trailing spaces and tabs (Core has no Foundation).
  fileprivate func trimmingSpaces() -> Substring {
    var text = Substring(self)
    while let first = text.first, first == " " || first == "\t" { text = text.dropFirst() }
    while let last = text.last, last == " " || last == "\t" { text = text.dropLast() }
    return text
  }
}
