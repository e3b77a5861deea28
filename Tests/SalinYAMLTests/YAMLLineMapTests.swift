import SalinYAML
import Testing
import Yams

/// Errors are given at the lines editors count.
///
/// libyaml ends lines at NEL, LS and PS too; editors do not.
@Suite("YAMLLineMap")
struct YAMLLineMapTests {
  /// The mark libyaml gives for a file's first error.
  private static func errorMark(_ yaml: String) -> (line: Int, column: Int)? {
    do {
      _ = try YAMLLoader.compose(yaml)
    } catch let error as YamlError {
      switch error {
      case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _):
        return (mark.line, mark.column)
      default: return nil
      }
    } catch {}
    return nil
  }

  /// The flow sequence on the editor's line 2 never closes: libyaml reports the end of the file,
  /// which it puts a line further down after the separator inside the quoted value.
  @Test(arguments: ["\u{85}", "\u{2028}", "\u{2029}"])
  func anErrorAfterASeparatorIsOnTheEditorsLine(separator: String) throws {
    let yaml = "a: \"x\(separator)y\"\nb: [1\n"
    let mark = try #require(Self.errorMark(yaml))
    #expect(mark == (4, 1))  // libyaml: `a: "x`, `y"`, `b: [1`, then the end.
    #expect(YAMLLineMap(yaml).editorPosition(line: 4, column: 1) == (3, 1))
    // The closing quote: libyaml's 2:2, the editor's 1:8.
    #expect(YAMLLineMap(yaml).editorPosition(line: 2, column: 2) == (1, 8))
  }

  /// LF, CRLF and a lone CR end a line for both, so their marks are already an editor's.
  @Test(arguments: ["a: 1\nb: [1\n", "a: 1\r\nb: [1\r\n", "a: 1\rb: [1\r"])
  func marksOfOrdinaryLinesStayAsTheyAre(yaml: String) throws {
    let mark = try #require(Self.errorMark(yaml))
    #expect(mark == (3, 1))
    #expect(YAMLLineMap(yaml).editorPosition(line: mark.line, column: mark.column) == (3, 1))
  }

  /// Columns after a separator in the middle of a line count from the editor's line start.
  @Test func columnsCountFromTheEditorsLineStart() {
    let map = YAMLLineMap("k: '가\u{2028}나\u{2029}다' x\nnext: 1\n")
    #expect(map.editorPosition(line: 3, column: 3) == (1, 11))  // the space after the quote
    #expect(map.editorPosition(line: 4, column: 1) == (2, 1))
  }
}
