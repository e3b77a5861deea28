import SalinCore
import SalinDocuments

/// SL048 `xml-tag-mismatch`: a translation whose XML or HTML tags differ from its source's — a tag
/// dropped, added or translated, or an attribute changed (`alt` of an image and `title`, `dir` and
/// `lang` may change).
///
/// A source that is one tag with no attributes (`<Error>`) is a word, not markup. pofilter's
/// `xmltags`; unlike pofilter, tags may change order, as a translation's word order asks.
public struct XMLTagMismatch: TranslationRule {
  /// SL048 xml-tag-mismatch.
  public static let description = RuleDescription(
    code: "SL048", name: "xml-tag-mismatch", defaultSeverity: .error,
    summary: "A translation's XML or HTML tags differ from its source's.")

  /// Makes the rule.
  public init() {}

  /// The tag difference, if any.
  func problem(with pair: TranslationPair, in context: LintContext) -> String? {
    let sourceTags = TranslationText.tags(pair.source)
    let targetTags = TranslationText.tags(pair.target)
    if let only = sourceTags.first, only.count == pair.source.count, !only.contains("=") {
      return nil
    }
    guard !(sourceTags.isEmpty && targetTags.isEmpty) else { return nil }
    let properties = { (tags: [Substring]) in
      tags.flatMap { TranslationText.properties(ofTag: $0) }
    }
    let source = properties(sourceTags)
    let target = properties(targetTags)
    let lost = missing(source, from: target)
    let added = missing(target, from: source)
    guard !lost.isEmpty || !added.isEmpty else { return nil }
    let describe = { (items: [TranslationText.TagProperty]) in
      items.map { item in
        item.attribute.map { "\($0)=\"\(item.value ?? "…")\" in <\(item.tag)>" } ?? "<\(item.tag)>"
      }.joined(separator: ", ")
    }
    if sourceTags.isEmpty { return "tags added to the translation: \(describe(added))" }
    var parts: [String] = []
    if !lost.isEmpty { parts.append("missing from the translation: \(describe(lost))") }
    if !added.isEmpty { parts.append("not in the source: \(describe(added))") }
    return "tags differ: " + parts.joined(separator: "; ")
  }
}
