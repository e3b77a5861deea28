import SalinCore
import SalinDocuments
import Testing

@testable import SalinInterchange

/// libxml2 is shared by every reader in the process, and a test run parses from many threads.
@Suite("XMLTree from many threads")
struct XMLTreeConcurrencyTests {
  /// Sixteen tasks parse at once, each many times, and all get the tree one parse gets.
  ///
  /// Run under `swift test --sanitize=thread` or `--sanitize=address` this catches state one
  /// parse leaks into another (the builder, libxml2's per-parse error handler); libxml2's own
  /// first-use set-up (`xmlInitParser`, see `XMLTree`) runs before any of them, whichever wins.
  @Test func parsesTheSameTreeFromSixteenTasksAtOnce() async throws {
    let text = ImportRefusalTests.xliff(ImportRefusalTests.plural)
    let bytes = Array(text.utf8)
    let lines = LineIndex(bytes: bytes)
    let expected = "\(try XMLTree.parse(bytes, lines: lines))"
    let broken = Array("<xliff><file></xliff>".utf8)
    let brokenLines = LineIndex(bytes: broken)
    let outcomes = await withTaskGroup(of: [String].self) { group in
      for task in 0..<16 {
        group.addTask {
          var seen: [String] = []
          for round in 0..<25 {
            // Every other task also parses a broken document: errors come back through the
            // handler libxml2 calls, which must reach this parse's builder only.
            if (task + round) % 2 == 0 {
              do throws(XMLSyntaxError) {
                _ = try XMLTree.parse(broken, lines: brokenLines)
                seen.append("no error")
              } catch {
                seen.append("\(error.position.line):\(error.position.column)")
              }
            }
            seen.append((try? XMLTree.parse(bytes, lines: lines)).map { "\($0)" } ?? "failed")
          }
          return seen
        }
      }
      var all: [String] = []
      for await seen in group { all += seen }
      return all
    }
    let parses = 16 * 25 + 16 * 25 / 2
    #expect(outcomes.count == parses)
    #expect(Set(outcomes) == [expected, "1:22"])
  }
}
