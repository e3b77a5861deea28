import Foundation
import SalinCore

/// Writes a rendered document as JSON: every span with its provenance, and the fallbacks taken.
///
/// The shape (documented in docs/briefing-format.md): `{id, locale, title, blocks, fallbacks}`;
/// a block is `{type, spans}` (`items` for lists, `header` and `rows` for tables); a span is
/// `{text, origin, locale, requestedLocale, fallbackStep, location}`.
public struct JSONWriter: Sendable {
  /// Makes a writer.
  public init() {}

  /// Writes a document.
  /// - Parameter document: The rendered document.
  /// - Returns: Pretty-printed JSON with sorted keys.
  public func write(_ document: RenderedDocument) -> String {
    encode(DocumentJSON(document))
  }

  /// Writes several documents as one JSON array, for one output holding every locale.
  /// - Parameter documents: The rendered documents, in order.
  /// - Returns: A pretty-printed JSON array of the documents, each as `write(_:)` writes it.
  public func write(_ documents: [RenderedDocument]) -> String {
    encode(documents.map(DocumentJSON.init))
  }

  private func encode(_ value: some Encodable) -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    // Encoding plain strings, integers and arrays cannot fail.
    let data = (try? encoder.encode(value)) ?? Data("{}".utf8)
    return String(decoding: data, as: UTF8.self) + "\n"
  }
}

private struct DocumentJSON: Encodable {
  let id: String
  let locale: String
  let title: [SpanJSON]?
  let blocks: [BlockJSON]
  let fallbacks: [FallbackJSON]

  init(_ document: RenderedDocument) {
    id = document.id
    locale = document.locale.tag
    title = document.title?.map(SpanJSON.init)
    blocks = document.blocks.map(BlockJSON.init)
    fallbacks = document.fallbacks.map(FallbackJSON.init)
  }
}

private struct BlockJSON: Encodable {
  var type: String
  var spans: [SpanJSON]?
  var items: [[SpanJSON]]?
  var header: [[SpanJSON]]?
  var rows: [[[SpanJSON]]]?

  init(_ block: RenderedBlock) {
    switch block {
    case .heading(let spans):
      type = "heading"
      self.spans = spans.map(SpanJSON.init)
    case .paragraph(let spans):
      type = "paragraph"
      self.spans = spans.map(SpanJSON.init)
    case .sources(let spans):
      type = "sources"
      self.spans = spans.map(SpanJSON.init)
    case .bulletList(let items):
      type = "list"
      self.items = items.map { $0.map(SpanJSON.init) }
    case .table(let header, let rows):
      type = "table"
      self.header = header.map { $0.map(SpanJSON.init) }
      self.rows = rows.map { $0.map { $0.map(SpanJSON.init) } }
    }
  }
}

private struct SpanJSON: Encodable {
  let text: String
  let origin: String
  let locale: String
  let requestedLocale: String
  let fallbackStep: Int
  let stale: Bool?
  let location: String?

  init(_ span: RenderedSpan) {
    text = span.text
    origin = span.provenance.origin.description
    locale = span.provenance.locale.tag
    requestedLocale = span.provenance.requestedLocale.tag
    fallbackStep = span.provenance.fallbackStep
    stale = span.provenance.isStale ? true : nil
    location = span.provenance.location?.description
  }
}

private struct FallbackJSON: Encodable {
  let origin: String
  let requestedLocale: String
  let usedLocale: String
  let step: Int
  let stale: Bool?
  let location: String?

  init(_ notice: FallbackNotice) {
    origin = notice.origin.description
    requestedLocale = notice.requestedLocale.tag
    usedLocale = notice.usedLocale.tag
    step = notice.step
    stale = notice.isStale ? true : nil
    location = notice.location?.description
  }
}
