import Foundation
import SalinCatalog
import SalinTestSupport
import Testing

/// Checks a folder of catalogs given as file name → text.
private func check(_ files: [String: String]) throws -> [String] {
  let directory = try TestSupport.temporaryDirectory()
  defer { try? FileManager.default.removeItem(at: directory) }
  for (name, text) in files {
    try Data(text.utf8).write(to: directory.appendingPathComponent(name))
  }
  let report = CatalogChecker.check(directory: directory)
  let prefix = directory.path + "/"
  return
    (report.findings.map { "\($0.location): \($0.message) [\($0.rule)]" }
    + report.unusableFiles.map { "\($0)" })
    .map { $0.replacingOccurrences(of: prefix, with: "") }
}

@Suite("CatalogChecker: what ICU accepts but a translator did not mean")
struct CatalogCheckerBranchTests {
  /// ICU formats a repeated keyword with its first branch; the check points at the second.
  @Test func duplicateBranches() throws {
    let lines = try check([
      "en.yaml": """
      a: '{n, plural, one {x} one {y} =1 {z} =1.0 {w} other {o}}'
      b: '{g, select, f {x} f {y} other {o}}'

      """
    ])
    #expect(
      lines == [
        "en.yaml:1:25: 'a': {n} has a second 'one' branch; only the first is ever used [duplicate-branch]",
        "en.yaml:1:40: 'a': {n} has a second '=1' branch; only the first is ever used [duplicate-branch]",
        "en.yaml:2:23: 'b': {g} has a second 'f' branch; only the first is ever used [duplicate-branch]",
      ])
  }

  /// Korean particles belong to Korean, the linker and case markers to Tagalog; elsewhere they
  /// are text, and the check says so where they are.
  @Test func grammarOfAnotherLanguage() throws {
    let lines = try check([
      "en.yaml": """
      a: '{org}을(를) met'
      b: 'the {n, ordinal}~ng meeting by ng~{who}'

      """,
      "ko.yaml": "a: '{org}을(를) 만났다'\nb: '{n}~ng {who}'\n",
    ])
    #expect(
      lines.contains(
        "en.yaml:1:10: 'a': the Korean particle '을(를)' is not grammar in en; it stays as text [grammar-language]"
      ))
    #expect(
      lines.contains(
        "en.yaml:2:21: 'b': the Tagalog linker '~ng' is not grammar in en; it stays as text [grammar-language]"
      ))
    #expect(
      lines.contains(
        "en.yaml:2:36: 'b': the Tagalog case marker 'ng~' is not grammar in en; it stays as text [grammar-language]"
      ))
    #expect(
      lines.contains(
        "ko.yaml:2:8: 'b': the Tagalog linker '~ng' is not grammar in ko; it stays as text [grammar-language]"
      ))
  }

  /// A catalog for any tag ICU has data for is checked as the built-in ones are: its plural
  /// categories, its formats, its placeholders against the reference.
  @Test func anyLocale() throws {
    let lines = try check([
      "en.yaml": "files: '{n, plural, one {# file} other {# files}}'\nday: '{d, date, long}'\n",
      "ja.yaml": "files: '{n, plural, one {#個} other {#個}}'\nday: '{d, date, ::foo}'\n",
      "es-MX.yaml":
        "files: '{n, plural, one {# archivo} many {# archivos} other {# archivos}}'\nday: '{x, date}'\n",
    ])
    #expect(
      lines
        == [
          "es-MX.yaml:2:7: 'day': placeholder {x} is not in en (en has {d}) [placeholder-mismatch]",
          "es-MX.yaml:2:7: 'day': placeholder {d} of en is missing [placeholder-mismatch]",
          "ja.yaml:1:21: 'files': 'one' is not a CLDR plural category of ja (it has other) [plural-category]",
          "ja.yaml:2:7: 'day': {d}: ICU rejects the date skeleton '::foo' [message-format]",
        ].sorted())
  }
}
