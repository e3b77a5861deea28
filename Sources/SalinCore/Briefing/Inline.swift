/// One run of a paragraph, list item or table cell.
public enum Inline: Hashable, Sendable {
  /// Translatable prose.
  case text(TextUnit)
  /// A catalog label, inserted as it stands (`In response:`).
  case label(LabelKey)
  /// A catalog message with arguments bound to facts and entities.
  case message(MessageReference)
}
