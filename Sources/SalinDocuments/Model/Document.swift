public import SalinCore

/// A file read into segments, each with its exact place in the source.
public struct Document: Sendable {
  /// The file's path as the user gave it (or the `--stdin-filename`).
  public let path: String
  /// The file's text.
  public let text: String
  /// How the file was read.
  public let format: DocumentFormat
  /// The language the document declares for itself, if any.
  public let declaredLanguage: DeclaredLanguage?
  /// The document's segments, in source order.
  public let segments: [Segment]
  /// The Salin directives found in its comments, in source order.
  public let directives: [Directive]
  /// The spans that declare their own language, in order of their starts (an inner span after
  /// the one around it).
  public let declaredSpans: [DeclaredSpan]
  /// For each of `declaredSpans`, the furthest end of it and every span before it: a search for
  /// the spans around an offset stops where nothing before can reach it, so a file of many spans
  /// is not scanned whole for each finding.
  private let declaredReach: [Int]
  /// Front matter values (Markdown) or header fields (PO), by key.
  public let metadata: [String: String]
  /// The line index of `text`, for positions.
  public let lines: LineIndex
  /// Names the document declares and rules must treat as names in any language (a briefing's
  /// entities, sources and declaration names).
  public let names: Set<String>
  /// The briefing, when the document is one.
  public let briefing: Briefing?
  /// A briefing's translations, each beside its source, in file order (in a part made by
  /// `languageParts`, only those into the part's language).
  public let briefingTranslations: [BriefingTranslation]
  /// An interchange file's translations (XLIFF), each beside its source, in file order (in a
  /// part made by `languageParts`, only those into the part's language).
  public let unitTranslations: [UnitTranslation]

  /// Makes a document; normally only `DocumentReader` does.
  /// - Parameters:
  ///   - path: The path.
  ///   - text: The text.
  ///   - format: How it was read.
  ///   - declaredLanguage: Its declared language.
  ///   - segments: Its segments.
  ///   - directives: Its directives.
  ///   - declaredSpans: Its declared-language spans.
  ///   - metadata: Front matter or header fields.
  ///   - lines: The line index of `text`.
  ///   - names: Names the document declares.
  ///   - briefing: The briefing, when the document is one.
  ///   - briefingTranslations: A briefing's translations.
  ///   - unitTranslations: An interchange file's translations.
  public init(
    path: String, text: String, format: DocumentFormat, declaredLanguage: DeclaredLanguage?,
    segments: [Segment], directives: [Directive], declaredSpans: [DeclaredSpan],
    metadata: [String: String], lines: LineIndex, names: Set<String> = [],
    briefing: Briefing? = nil, briefingTranslations: [BriefingTranslation] = [],
    unitTranslations: [UnitTranslation] = []
  ) {
    self.unitTranslations = unitTranslations
    self.names = names
    self.briefing = briefing
    self.briefingTranslations = briefingTranslations
    self.path = path
    self.text = text
    self.format = format
    self.declaredLanguage = declaredLanguage
    self.segments = segments
    self.directives = directives
    let spans = declaredSpans.sorted { $0.utf8Range.lowerBound < $1.utf8Range.lowerBound }
    self.declaredSpans = spans
    var reach: [Int] = []
    reach.reserveCapacity(spans.count)
    for span in spans { reach.append(max(reach.last ?? 0, span.utf8Range.upperBound)) }
    self.declaredReach = reach
    self.metadata = metadata
    self.lines = lines
  }

  /// The text of a line, without its line break.
  /// - Parameter line: The line, 1-based.
  /// - Returns: The line's text, or an empty string past the end.
  public func lineText(_ line: Int) -> String {
    guard line >= 1, line <= lines.lineCount else { return "" }
    return String(decoding: lines.bytes[lines.contentRange(ofLine: line)], as: UTF8.self)
  }

  /// The language declared for a byte offset by an enclosing declared span, if any.
  /// - Parameter utf8Offset: A byte offset.
  /// - Returns: The innermost declared language there.
  public func declaredSpanLanguage(at utf8Offset: Int) -> Language? {
    var index = lastDeclaredSpan(startingAtOrBefore: utf8Offset)
    while index >= 0, declaredReach[index] > utf8Offset {
      if declaredSpans[index].utf8Range.contains(utf8Offset) {
        return declaredSpans[index].language
      }
      index -= 1
    }
    return nil
  }

  /// Whether a byte range lies inside one span that declares its own language.
  /// - Parameter utf8Range: Byte offsets into the file.
  /// - Returns: `true` if a declared span holds all of it.
  public func isInDeclaredSpan(_ utf8Range: Range<Int>) -> Bool {
    let index = lastDeclaredSpan(startingAtOrBefore: utf8Range.lowerBound)
    // Some span starting at or before the range reaches its end: that span holds it.
    return index >= 0 && declaredReach[index] >= utf8Range.upperBound
  }

  /// The index of the last declared span that starts at or before an offset, or -1.
  private func lastDeclaredSpan(startingAtOrBefore offset: Int) -> Int {
    var low = 0
    var high = declaredSpans.count
    while low < high {
      let middle = (low + high) / 2
      if declaredSpans[middle].utf8Range.lowerBound <= offset {
        low = middle + 1
      } else {
        high = middle
      }
    }
    return low - 1
  }
}

/// How a file is read.
public enum DocumentFormat: String, Hashable, Sendable, CaseIterable {
  /// Plain text: each line a block.
  case plainText = "text"
  /// CommonMark with GitHub tables.
  case markdown
  /// A Salin catalog (YAML).
  case catalog
  /// A gettext PO file.
  case po
  /// A Salin briefing (YAML): each text unit's variants, each in its own locale.
  case briefing
  /// An XLIFF 2.0 or 1.2 file: each unit's translation beside its source. Only SalinInterchange
  /// reads XLIFF (`salin lint` makes the document from what it reads); `DocumentReader` refuses it.
  case xliff

  /// The format a path's extension suggests.
  /// - Parameter path: A file path.
  /// - Returns: Markdown for `.md`/`.markdown`, PO for `.po`/`.pot`, a briefing for
  ///   `.briefing.yaml`/`.briefing.yml`, catalog for other `.yaml`/`.yml`, XLIFF for
  ///   `.xlf`/`.xliff`, otherwise plain text.
  public static func inferred(fromPath path: String) -> DocumentFormat {
    let name = path.split(separator: "/").last.map(String.init) ?? path
    let lowercased = name.lowercased()
    if lowercased.hasSuffix(".briefing.yaml") || lowercased.hasSuffix(".briefing.yml") {
      return .briefing
    }
    guard let dot = name.lastIndex(of: ".") else { return .plainText }
    switch name[name.index(after: dot)...].lowercased() {
    case "md", "markdown", "mdown", "mkd": return .markdown
    case "po", "pot": return .po
    case "yaml", "yml": return .catalog
    case "xlf", "xliff": return .xliff
    default: return .plainText
    }
  }
}
