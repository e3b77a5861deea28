/// A language Salin can render or recognise, identified by its BCP 47 tag (`en`, `tl`, `ko`).
public struct Language: Hashable, Sendable, Comparable, CustomStringConvertible, Codable {
  /// The BCP 47 tag, lowercased.
  public let tag: String

  /// Makes a language from a BCP 47 tag.
  /// - Parameter tag: A tag such as `en`, `tl` or `ko`; case is folded.
  public init(_ tag: String) { self.tag = tag.lowercased() }

  /// English.
  public static let english = Language("en")
  /// Tagalog (ICU data: Filipino, `fil`).
  public static let tagalog = Language("tl")
  /// Korean.
  public static let korean = Language("ko")

  /// The languages Salin ships catalogs for.
  public static let builtIn: [Language] = [.english, .tagalog, .korean]

  /// The tag.
  public var description: String { tag }

  /// Orders languages by tag, so output is deterministic.
  public static func < (lhs: Language, rhs: Language) -> Bool { lhs.tag < rhs.tag }

  /// Decodes a language from its tag.
  public init(from decoder: any Decoder) throws {
    self.init(try decoder.singleValueContainer().decode(String.self))
  }

  /// Encodes the language as its tag.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(tag)
  }
}
