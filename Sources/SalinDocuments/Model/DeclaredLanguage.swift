public import SalinCore

/// The language a document says it is in, and where it says so.
public struct DeclaredLanguage: Hashable, Sendable {
  /// Where a document's language was declared.
  public enum Source: String, Hashable, Sendable {
    /// Front matter `lang:` (or `language:`).
    case frontMatter = "front matter"
    /// A `<!-- salin: lang=xx -->` comment with no `salin: end` after it.
    case comment = "salin comment"
    /// `<html lang="xx">`.
    case htmlAttribute = "html lang"
    /// A file name such as `article.ko.md`.
    case fileName = "file name"
    /// A PO file's `Language:` header.
    case poHeader = "PO Language header"
    /// A catalog's `locale:` key or file name (`tl.yaml`).
    case catalog = "catalog locale"
    /// A briefing's `source-language:` (the whole briefing) or the locale a text unit's variant
    /// is written under (`tl:`), which a variant's language always is.
    case briefing = "briefing"
    /// An XLIFF file's target language (`trgLang`, `target-language`): each part of the file is
    /// in the language it says its translations are in.
    case xliff = "XLIFF target language"
  }

  /// The language.
  public let language: Language
  /// Where it was declared.
  public let source: Source

  /// Makes a declaration.
  /// - Parameters:
  ///   - language: The language.
  ///   - source: Where it was declared.
  public init(language: Language, source: Source) {
    self.language = language
    self.source = source
  }
}
