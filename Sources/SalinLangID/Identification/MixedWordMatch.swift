public import SalinCore

/// A word of one language's morphology on another language's root.
///
/// Tagalog `nagshopping` (`nag-` + English `shopping`), `na-adjourn`, `iautofill`, `ineengage`
/// (`in-`, the root's first syllable repeated, `engage`). It is neither a switch into the root's language nor the host's
/// own word, so the linter reports it, if at all, as a kind of its own with the root named.
public struct MixedWordMatch: Sendable, Hashable {
  /// The word's range in the text's UTF-8 bytes.
  public var utf8Range: Range<Int>
  /// The word's range in the text's Unicode scalars.
  public var scalarRange: Range<Int>
  /// The whole word as written.
  public var text: String
  /// The root, lower-cased (`shopping`).
  public var root: String
  /// The root's language.
  public var rootLanguage: Language
  /// The host language whose affixes the word carries.
  public var language: Language

  /// Makes a mixed word; normally only the identifier does.
  /// - Parameters:
  ///   - utf8Range: Its range in UTF-8 bytes.
  ///   - scalarRange: Its range in Unicode scalars.
  ///   - text: The word.
  ///   - root: Its root.
  ///   - rootLanguage: The root's language.
  ///   - language: The host language.
  public init(
    utf8Range: Range<Int>, scalarRange: Range<Int>, text: String, root: String,
    rootLanguage: Language, language: Language
  ) {
    self.utf8Range = utf8Range
    self.scalarRange = scalarRange
    self.text = text
    self.root = root
    self.rootLanguage = rootLanguage
    self.language = language
  }
}

/// The affixes a host language puts on borrowed roots, as grammar (not a list of words): for
/// Tagalog the verbal and adjectival prefixes and the infixes written before a vowel-initial
/// root (`in-apply`, `um-attend`); the root's first syllable may follow, repeated (`nag-s-struggle`,
/// `ma-fe-feel`, `sa-sanitize`).
enum Affixes {
  /// Prefixes by language tag, longest first so that `nakapag` is tried before `naka`.
  static let prefixes: [String: [[UInt32]]] = {
    let tagalog = [
      "nakapag", "makapag", "nakaka", "makaka", "napaka", "pinaka", "pinag", "ipag", "ipa",
      "nag", "mag", "pag", "naka", "maka", "nang", "mang", "pang", "taga", "pa", "ma", "na", "ka",
      "i", "in", "um",
    ].map { Array($0.unicodeScalars.map(\.value)) }.sorted { $0.count > $1.count }
    return ["tl": tagalog, "fil": tagalog]
  }()

  /// Whether `prefix` is one or more affixes, optionally followed by the root's first letter or
  /// first two letters repeated, or is only that repetition.
  static func matches(
    _ prefix: ArraySlice<UInt32>, root: ArraySlice<UInt32>, affixes: [[UInt32]]
  ) -> Bool {
    func isRepetition(_ part: ArraySlice<UInt32>) -> Bool {
      (part.count == 1 || part.count == 2) && root.count > part.count
        && root.prefix(part.count).elementsEqual(part)
    }
    func match(_ rest: ArraySlice<UInt32>, affixed: Bool) -> Bool {
      if rest.isEmpty { return affixed }
      if isRepetition(rest) { return true }
      for affix in affixes where rest.starts(with: affix) {
        if match(rest.dropFirst(affix.count), affixed: true) { return true }
      }
      return false
    }
    return match(prefix, affixed: false)
  }
}
