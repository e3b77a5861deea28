import Foundation
import SalinCore

/// Finds Salin directives, declared-language spans and `<html lang>` in a document's bytes.
///
/// A byte scan rather than a parse, so it works the same for every format and costs one pass:
/// directives live in HTML comments (`<!-- salin: lang=tl -->`) and, in YAML and PO files, in `#`
/// comment lines.
struct DirectiveScanner {
  let bytes: [UInt8]
  let lines: LineIndex
  let hashComments: Bool
  /// Whether `lang` attributes declare spans (HTML in Markdown and text); XLIFF's `xml:lang`
  /// names a unit's language, which the file's reader already knows.
  var langAttributes = true

  struct Result {
    var directives: [Directive] = []
    var declaredSpans: [DeclaredSpan] = []
    var documentLanguage: DeclaredLanguage?
    /// The first `salin: lang=…` whose tag is not BCP 47, and its line: the reader refuses the
    /// file, since the author meant to declare something.
    var invalidLanguage: (error: LanguageTagError, line: Int)?
  }

  func scan() -> Result {
    var result = Result()
    var comments: [(body: String, range: Range<Int>)] = []
    var index = 0
    let open = Array("<!--".utf8)
    let close = Array("-->".utf8)
    while let start = SegmentBuilder.find(open, in: bytes, from: index, to: bytes.count) {
      guard let end = SegmentBuilder.find(close, in: bytes, from: start + 4, to: bytes.count) else {
        break
      }
      comments.append(
        (String(decoding: bytes[(start + 4)..<end], as: UTF8.self), start..<(end + 3)))
      index = end + 3
    }
    if hashComments {
      for line in 1...lines.lineCount {
        let range = lines.contentRange(ofLine: line)
        var start = range.lowerBound
        while start < range.upperBound, bytes[start] == 0x20 || bytes[start] == 0x09 { start += 1 }
        guard start < range.upperBound, bytes[start] == UInt8(ascii: "#") else { continue }
        comments.append(
          (
            String(decoding: bytes[(start + 1)..<range.upperBound], as: UTF8.self),
            start..<range.upperBound
          ))
      }
      comments.sort { $0.range.lowerBound < $1.range.lowerBound }
    }
    for comment in comments {
      let command: Directive.Command?
      do {
        command = try Self.command(in: comment.body)
      } catch {
        if result.invalidLanguage == nil {
          result.invalidLanguage = (error, lines.line(containing: comment.range.lowerBound))
        }
        continue
      }
      guard let command else { continue }
      result.directives.append(Directive(command: command, range: lines.range(of: comment.range)))
    }
    pairLanguageComments(&result)
    if langAttributes { scanLangAttributes(&result) }
    // In order of their starts, which `Document` searches by (an inner span after its outer).
    let order = result.declaredSpans.indices.sorted {
      (result.declaredSpans[$0].utf8Range.lowerBound, $0)
        < (result.declaredSpans[$1].utf8Range.lowerBound, $1)
    }
    result.declaredSpans = order.map { result.declaredSpans[$0] }
    return result
  }

  /// Parses one comment's body into a command, if it is a Salin directive.
  /// - Throws: `LanguageTagError` for a `salin: lang=…` whose tag is not BCP 47.
  static func command(in body: String) throws(LanguageTagError) -> Directive.Command? {
    let words = body.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "," })
      .map(String.init)
    guard let first = words.first else { return nil }
    let codes = Array(words.dropFirst()).filter { $0.first?.isLetter == true }
    switch first {
    case "salin-disable-next-line": return .disableNextLine(codes: codes)
    case "salin-disable": return .disable(codes: codes)
    case "salin-enable": return .enable(codes: codes)
    case "salin:":
      guard words.count >= 2 else { return nil }
      if words[1] == "end" { return .end }
      if words[1].hasPrefix("lang=") {
        return try languageCommand(words[1].dropFirst(5).trimmingQuotes())
      }
      return nil
    default:
      if first.hasPrefix("salin:lang=") {
        return try languageCommand(first.dropFirst(11).trimmingQuotes())
      }
      return nil
    }
  }

  /// `.language` for a tag, `nil` for none.
  private static func languageCommand(_ tag: String) throws(LanguageTagError) -> Directive.Command?
  {
    tag.isEmpty ? nil : .language(try Language(validating: tag))
  }

  /// A `salin: lang=xx` comment followed by `salin: end` opens a span; one without declares the
  /// whole document's language.
  private func pairLanguageComments(_ result: inout Result) {
    var open: (Language, Int)?
    for directive in result.directives {
      switch directive.command {
      case .language(let language):
        if let (previous, start) = open, result.documentLanguage == nil {
          // An unclosed comment before this one declared the document.
          result.documentLanguage = DeclaredLanguage(language: previous, source: .comment)
          _ = start
        }
        open = (language, directive.range.end.utf8Offset)
      case .end:
        if let (language, start) = open {
          result.declaredSpans.append(
            DeclaredSpan(language: language, utf8Range: start..<directive.range.start.utf8Offset))
          open = nil
        }
      default: break
      }
    }
    if let (language, _) = open, result.documentLanguage == nil {
      result.documentLanguage = DeclaredLanguage(language: language, source: .comment)
    }
  }

  /// Finds elements with a `lang` attribute: `<span lang="tl">…</span>` is a declared span, and
  /// `<html lang="ko">` declares the document.
  ///
  /// One pass with a stack of open elements per tag name: a span ends at the `</name>` that
  /// balances it, so `<span lang="tl">Ang <span class="x">pulong</span> ay natapos</span>` covers
  /// all of "Ang … natapos", not only up to the inner span's end (tag names match without regard
  /// to case, as in HTML); a span never closed runs to the end of the file. Looking for each
  /// span's end from its start made 10,000 nested spans quadratic.
  private func scanLangAttributes(_ result: inout Result) {
    // For each lower-case tag name, its open elements, innermost last: the index of the span an
    // element declares in `spans`, or nil.
    var open: [[UInt8]: [Int?]] = [:]
    var spans: [(language: Language, start: Int, end: Int?)] = []
    var index = 0
    while index + 1 < bytes.count {
      guard bytes[index] == UInt8(ascii: "<") else {
        index += 1
        continue
      }
      let closing = bytes[index + 1] == UInt8(ascii: "/")
      let nameStart = index + (closing ? 2 : 1)
      var nameEnd = nameStart
      while nameEnd < bytes.count,
        Self.isASCIILetter(bytes[nameEnd]) || (nameEnd > nameStart && Self.isDigit(bytes[nameEnd]))
      {
        nameEnd += 1
      }
      guard nameEnd > nameStart else {
        index += 1
        continue
      }
      let name = bytes[nameStart..<nameEnd].map { Self.isASCIILetter($0) ? $0 | 0x20 : $0 }
      if closing {
        if let element = open[name]?.popLast(), let span = element { spans[span].end = index }
        index = nameEnd
        continue
      }
      guard let tagEnd = bytes[nameEnd...].prefix(400).firstIndex(of: UInt8(ascii: ">")) else {
        // Still an element to balance, as a browser would count it.
        open[name, default: []].append(nil)
        index = nameEnd
        continue
      }
      let attributes = String(decoding: bytes[nameEnd..<tagEnd], as: UTF8.self)
      var span: Int?
      // An ill-formed `lang` (`lang="english"`) is HTML's "unknown language": no declaration.
      if let tag = Self.langAttribute(in: attributes),
        let language = try? Language(validating: tag)
      {
        if name == Array("html".utf8) {
          if result.documentLanguage == nil {
            result.documentLanguage = DeclaredLanguage(language: language, source: .htmlAttribute)
          }
        } else {
          span = spans.count
          spans.append((language, tagEnd + 1, nil))
        }
      }
      open[name, default: []].append(span)
      index = tagEnd + 1
    }
    for span in spans {
      result.declaredSpans.append(
        DeclaredSpan(
          language: span.language, utf8Range: span.start..<max(span.start, span.end ?? bytes.count))
      )
    }
  }

  static func langAttribute(in attributes: String) -> String? {
    guard let range = attributes.range(of: "lang=") else { return nil }
    let before = attributes[..<range.lowerBound].last
    guard before == nil || before == " " || before == "\t" || before == "\n" else { return nil }
    var value = attributes[range.upperBound...]
    if let quote = value.first, quote == "\"" || quote == "'" {
      value = value.dropFirst()
      value = value.prefix { $0 != quote }
    } else {
      value = value.prefix { $0 != " " && $0 != "/" }
    }
    return value.isEmpty ? nil : String(value)
  }

  static func isASCIILetter(_ byte: UInt8) -> Bool {
    (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A
  }
  static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
}

extension Substring {
  fileprivate func trimmingQuotes() -> String {
    String(drop { $0 == "\"" || $0 == "'" }.reversed().drop { $0 == "\"" || $0 == "'" }.reversed())
  }
}
