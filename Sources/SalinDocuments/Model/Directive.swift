public import SalinCore

/// An instruction to Salin written in a document's comments.
///
/// Recognised in HTML comments (`<!-- salin: lang=tl -->`) in any document, and in `#` comments
/// of YAML catalogs and PO files (`# salin-disable-next-line SL003`).
public struct Directive: Hashable, Sendable {
  /// What the directive says.
  public enum Command: Hashable, Sendable {
    /// `salin: lang=xx`: the document's language, or the start of a span in that language when a
    /// `salin: end` follows.
    case language(Language)
    /// `salin: end`: the end of a declared-language span.
    case end
    /// `salin-disable-next-line [CODES]`: no findings on the next line (for the codes, or all).
    case disableNextLine(codes: [String])
    /// `salin-disable [CODES]`: no findings until `salin-enable` (for the codes, or all).
    case disable(codes: [String])
    /// `salin-enable [CODES]`: ends a `salin-disable`.
    case enable(codes: [String])
  }

  /// What the directive says.
  public let command: Command
  /// Where the whole comment is.
  public let range: SourceRange

  /// Makes a directive.
  /// - Parameters:
  ///   - command: What it says.
  ///   - range: Where its comment is.
  public init(command: Command, range: SourceRange) {
    self.command = command
    self.range = range
  }
}

/// A span of a document that declares its own language (`<span lang="tl">…</span>`, or
/// `<!-- salin: lang=tl -->` … `<!-- salin: end -->`); text in it is not foreign.
public struct DeclaredSpan: Hashable, Sendable {
  /// The declared language.
  public let language: Language
  /// The byte offsets the span covers.
  public let utf8Range: Range<Int>

  /// Makes a declared span.
  /// - Parameters:
  ///   - language: The declared language.
  ///   - utf8Range: The byte offsets it covers.
  public init(language: Language, utf8Range: Range<Int>) {
    self.language = language
    self.utf8Range = utf8Range
  }
}
