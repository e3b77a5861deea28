import SalinCore
import Testing

@Suite("TextUnit placeholders")
struct TextUnitTests {
  @Test(arguments: [
    ("", [TextUnit.Segment]()),
    ("no braces at all", [.literal("no braces at all")]),
    ("{org}을(를) 지지했다", [.placeholder("org"), .literal("을(를) 지지했다")]),
    ("ang {n}~ng pulong", [.literal("ang "), .placeholder("n"), .literal("~ng pulong")]),
    ("{{org}} stays literal", [.literal("{org} stays literal")]),
    ("a {stray brace} and }", [.literal("a {stray brace} and }")]),
    ("{a}{b-2_c}", [.placeholder("a"), .placeholder("b-2_c")]),
    ("{} {", [.literal("{} {")]),
  ])
  func segments(variant: String, expected: [TextUnit.Segment]) {
    #expect(TextUnit.segments(of: variant) == expected)
  }

  @Test func placeholdersAreUniqueInOrderOfFirstUse() {
    #expect(TextUnit.placeholders(in: "{b} and {a}, then {b} again; {{c}}") == ["b", "a"])
  }
}
