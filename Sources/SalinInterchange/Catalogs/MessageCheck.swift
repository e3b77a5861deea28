import SalinCatalog
import SalinCore

/// The checks every imported translation passes: its syntax, and the same placeholders as its
/// source (none added, none dropped, none renamed).
enum MessageCheck {
  /// Checks a translation against its source message.
  /// - Throws: `InterchangeError` at `at`, naming the unit and what changed.
  static func check(translation: String, source: String, unit: String, at: SourceLocation)
    throws(InterchangeError)
  {
    let pattern: MessagePattern
    do throws(MessageSyntaxError) {
      pattern = try MessagePattern(parsing: translation)
    } catch {
      throw InterchangeError(
        at, "unit '\(unit)': the translation breaks the message syntax: \(error.problem)")
    }
    guard let sourcePattern = try? MessagePattern(parsing: source) else { return }
    let expected = Set(sourcePattern.argumentNames)
    let found = Set(pattern.argumentNames)
    guard expected != found else { return }
    let dropped = expected.subtracting(found).sorted()
    let added = found.subtracting(expected).sorted()
    let change: String
    if dropped.count == 1, added.count == 1 {
      change = "renames the placeholder {\(dropped[0])} to {\(added[0])}"
    } else {
      change = [
        dropped.isEmpty
          ? nil : "drops " + dropped.map { "{\($0)}" }.joined(separator: ", "),
        added.isEmpty ? nil : "adds " + added.map { "{\($0)}" }.joined(separator: ", "),
      ].compactMap { $0 }.joined(separator: " and ")
    }
    throw InterchangeError(
      at,
      "unit '\(unit)': the translation \(change); keep the source's placeholders "
        + expected.sorted().map { "{\($0)}" }.joined(separator: ", "))
  }
}
