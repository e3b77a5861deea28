import SalinYAML
import Testing
import Yams

@Suite("YAMLLoader")
struct YAMLLoaderTests {
  /// Nine levels of nine aliases: 9^9 "lol" scalars from 400 bytes.
  static let billionLaughs: String = {
    var lines = ["a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    for level in 1...8 {
      let aliases = Array(repeating: "*a\(level - 1)", count: 9).joined(separator: ", ")
      lines.append("a\(level): &a\(level) [\(aliases)]")
    }
    return lines.joined(separator: "\n") + "\nall: *a8\n"
  }()

  @Test func billionLaughsStopsAtTheAliasThatPassesTheLimit() {
    #expect(throws: YAMLLimitError(.aliasedNodes(10_000), line: 5, column: 10)) {
      try YAMLLoader.compose(Self.billionLaughs)
    }
  }

  @Test func aMessageSaysWhatToDo() {
    #expect(
      YAMLLimitError(.aliasedNodes(10_000), line: 1, column: 1).description
        == "YAML aliases expand to more than 10,000 nodes (a \"billion laughs\" file?): write "
        + "the repeated part out or use fewer aliases")
  }

  /// Yams checks a mapping for duplicate keys by hashing each key: an alias used as a key was
  /// hashed through its whole expansion, so composing itself never ended.
  @Test func anAliasAsAKeyIsCountedBeforeYamsHashesIt() {
    var lines = ["a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    for level in 1...11 {
      let aliases = Array(repeating: "*a\(level - 1)", count: 9).joined(separator: ", ")
      lines.append("a\(level): &a\(level) [\(aliases)]")
    }
    lines.append("? *a11\n: x")
    #expect(throws: YAMLLimitError.self) { try YAMLLoader.compose(lines.joined(separator: "\n")) }
  }

  @Test func aliasedTextIsBoundedToo() {
    let text = String(repeating: "x", count: 4096)
    let yaml =
      "a: &t \(text)\nb: [" + Array(repeating: "*t", count: 300).joined(separator: ", ")
      + "]\n"
    #expect(throws: YAMLLimitError(.aliasedBytes(1 << 20), line: 2, column: 1_029)) {
      try YAMLLoader.compose(yaml)
    }
  }

  @Test func nestingDeeperThanTheLimitIsRefused() {
    let yaml = String(repeating: "[", count: 101) + String(repeating: "]", count: 101)
    #expect(throws: YAMLLimitError(.depth(100), line: 1, column: 101)) {
      try YAMLLoader.compose(yaml)
    }
    let atLimit = String(repeating: "[", count: 100) + String(repeating: "]", count: 100)
    #expect(throws: Never.self) { try YAMLLoader.compose(atLimit) }
  }

  @Test func ordinaryAliasesStillCompose() throws {
    let yaml = """
      common: &common [Details, Detalye]
      label.details: {message: Details, variants: *common}
      """
    let root = try #require(try YAMLLoader.compose(yaml))
    let variants = root.mapping?["label.details"]?.mapping?["variants"]?.sequence
    #expect(variants?.compactMap(\.string) == ["Details", "Detalye"])
  }

  @Test func aByteOrderMarkIsNotText() throws {
    let root = try #require(try YAMLLoader.compose("\u{FEFF}locale: tl\n"))
    #expect(root.mapping?["locale"]?.string == "tl")
    let mark = try #require(root.mapping?.keys.first?.mark)
    #expect(mark.line == 1 && mark.column == 1)
  }

  @Test func syntaxErrorsAreYamsErrors() {
    #expect(throws: YamlError.self) { try YAMLLoader.compose("a: [b\n") }
    #expect(throws: YamlError.self) { try YAMLLoader.compose("a: *nowhere\n") }
  }
}
