import SalinBriefing

/// Checks a briefing in the editor with the loader `salin render` uses: every problem the loader
/// reports (YAML syntax, schema, unknown entities and facts), each at its line and column.
enum BriefingCheck {
  /// Whether a path names a briefing (`*.briefing.yaml`, `*.briefing.yml`).
  static func isBriefing(_ path: String) -> Bool {
    path.hasSuffix(".briefing.yaml") || path.hasSuffix(".briefing.yml")
  }

  /// The loader's problems with a briefing's text, as `path:line:column: …` lines.
  /// - Parameters:
  ///   - bytes: The text.
  ///   - path: The file's path.
  /// - Returns: One line per problem; none when the briefing loads.
  static func problems(_ bytes: [UInt8], path: String) -> [String] {
    do {
      _ = try BriefingLoader().load(yaml: String(decoding: bytes, as: UTF8.self), file: path)
      return []
    } catch {
      return ([error] + error.additional).map { "\($0.location): \($0.reason)" }
    }
  }
}
