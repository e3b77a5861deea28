public import SalinCore

/// One call a render made to ICU-backed formatting: a catalog message or a region name.
///
/// A renderer records these when asked, so a benchmark can replay exactly the same ICU work
/// without the renderer and measure what the renderer adds on top.
public enum FormatCall: Hashable, Sendable {
  /// A catalog message formatted with arguments.
  case message(key: String, locale: Language, arguments: [String: MessageValue])
  /// A region's display name (`uldn_regionDisplayName`).
  case regionName(code: String, locale: Language)
}
