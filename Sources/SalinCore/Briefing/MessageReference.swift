/// A catalog message with its arguments bound to the briefing's facts and entities.
///
/// Rendering asks the locale's catalog for `key` with each argument formatted by ICU, so
/// ordinals, dates, lists and names follow the locale's rules.
public struct MessageReference: Hashable, Sendable {
  /// The catalog key and where it is written.
  public var key: LabelKey
  /// The message's named arguments.
  public var arguments: [String: ArgumentBinding]

  /// Makes a reference.
  /// - Parameters:
  ///   - key: The catalog key.
  ///   - arguments: The named arguments.
  public init(key: LabelKey, arguments: [String: ArgumentBinding] = [:]) {
    self.key = key
    self.arguments = arguments
  }
}
