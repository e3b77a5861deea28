import Foundation
import SalinCatalog
import SalinTestSupport
import Testing

/// The published suites' cases, each run in its own locale and time zone: Salin formats every
/// one as ICU 72 does, except the deviations listed in docs/catalogs.md.
@Suite("Ported MessageFormat suites")
struct PortedMessageCaseTests {
  @Test(arguments: PortedMessageCase.all)
  func formatsAsICU(_ testCase: PortedMessageCase) {
    let salin = testCase.formatWithSalin()
    if let deviation = testCase.deviation {
      switch (deviation.salin, salin) {
      case (.text(let expected), .success(let text)):
        #expect(text == expected, "listed deviation (\(deviation.reason))")
      case (.formatError, .failure):
        break
      default:
        Issue.record(
          "listed deviation (\(deviation.reason)) expects \(deviation.salin), got \(salin)")
      }
      #expect(deviation.salin != testCase.icu, "a listed deviation that ICU agrees with")
      return
    }
    switch (testCase.icu, salin) {
    case (.text(let expected), .success(let text)):
      #expect(text == expected)
    case (.text(let expected), .failure(let error)):
      Issue.record("ICU formats \(expected.debugDescription); Salin: \(error)")
    case (.syntaxError(let name), .success(let text)), (.formatError(let name), .success(let text)):
      Issue.record("ICU rejects it (\(name)); Salin formats \(text.debugDescription)")
    case (.syntaxError, .failure), (.formatError, .failure):
      break
    }
  }

  /// Every case has ICU's result: a new case needs `make fixtures-messages`.
  @Test func everyCaseHasICUsResult() {
    let missing = PortedMessageCase.all.filter {
      if case .formatError(let name) = $0.icu { return name.hasPrefix("no ICU result") }
      return false
    }
    #expect(missing.map(\.id) == [])
    #expect(PortedMessageCase.all.count > 0)
  }

  /// Every deviation is listed in docs/catalogs.md with its case, and every listed one is real.
  @Test func deviationsAreDocumented() throws {
    let docs = try String(
      contentsOf: TestSupport.packageRoot.appendingPathComponent("docs/catalogs.md"),
      encoding: .utf8)
    for testCase in PortedMessageCase.all where testCase.deviation != nil {
      #expect(docs.contains("| `\(testCase.id)` |"), "\(testCase.id) is not in docs/catalogs.md")
    }
  }
}
