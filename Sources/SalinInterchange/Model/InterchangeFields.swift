/// What a format can hold beyond a unit's ID and translation, so that an import keeps from the
/// catalog what the file could not carry instead of erasing it.
public struct InterchangeFields: OptionSet, Hashable, Sendable {
  /// The raw bits.
  public let rawValue: Int
  /// Makes a set from its bits.
  public init(rawValue: Int) { self.rawValue = rawValue }

  /// The source text (bilingual formats).
  public static let source = InterchangeFields(rawValue: 1 << 0)
  /// The target catalog's own description.
  public static let targetNote = InterchangeFields(rawValue: 1 << 1)
  /// Variants.
  public static let variants = InterchangeFields(rawValue: 1 << 2)
  /// `untranslated: ok`.
  public static let allowsSameText = InterchangeFields(rawValue: 1 << 3)
  /// New and needs-review as distinct from translated.
  public static let workflowStates = InterchangeFields(rawValue: 1 << 4)
  /// Final as distinct from translated.
  public static let finalState = InterchangeFields(rawValue: 1 << 5)
  /// The source's description.
  public static let sourceNote = InterchangeFields(rawValue: 1 << 6)

  /// What an XLIFF file read holds: its sources, notes and states always; the translation's
  /// description, variants and `untranslated: ok` only when some unit has them, since a tool
  /// that rewrote the file (or wrote it in the first place) may not keep Salin's metadata, and
  /// its absence must not erase the catalog's.
  /// - Parameter units: The units read.
  /// - Returns: The fields the import takes from the file.
  static func present(in units: [TranslationUnit]) -> InterchangeFields {
    var fields: InterchangeFields = [.source, .sourceNote, .workflowStates, .finalState]
    if units.contains(where: { $0.targetNote != nil }) { fields.insert(.targetNote) }
    if units.contains(where: { !$0.variants.isEmpty || $0.allowsSameText }) {
      fields.formUnion([.variants, .allowsSameText])
    }
    return fields
  }

  /// Everything (XLIFF).
  public static let all: InterchangeFields = [
    .source, .targetNote, .variants, .allowsSameText, .workflowStates, .finalState, .sourceNote,
  ]
}
