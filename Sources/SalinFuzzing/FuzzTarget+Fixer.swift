import SalinCore
import SalinDocuments
import SalinLint

extension FuzzTarget {
  /// A linter with the built-in catalogs and no language model: SL001 (the rule with fixes) needs
  /// only the catalogs, and identifying every input's language would slow the fuzzer tenfold.
  static let linter: Linter? = try? LinterFactory(model: .none).linter(for: LintConfiguration())

  /// Lints plain text as English and applies the SL001 fixes: every byte outside a fixed range
  /// stays as it was, each fixed range holds its replacement, and the result is still UTF-8.
  static func fixer(_ bytes: [UInt8]) throws(FuzzFailure) {
    guard let linter else { throw FuzzFailure("no linter") }
    let document: Document
    do {
      document = try DocumentReader.read(bytes: bytes, path: "fuzz.txt")
    } catch {
      return
    }
    let fixes = linter.lint(document, language: .english).compactMap(\.fix)
    let (fixed, applied) = Fixer.apply(fixes, to: bytes)
    var expected: [UInt8] = []
    var cursor = 0
    for fix in applied {
      let range = fix.range.utf8Offsets
      guard range.lowerBound >= cursor, range.upperBound <= bytes.count else {
        throw FuzzFailure("applied fixes overlap or leave the file: \(applied.map(\.range))")
      }
      expected += bytes[cursor..<range.lowerBound]
      expected += Array(fix.replacement.utf8)
      cursor = range.upperBound
    }
    expected += bytes[cursor...]
    guard fixed == expected else { throw FuzzFailure("a fix changed bytes outside its range") }
    guard String(validating: fixed, as: UTF8.self) != nil else {
      throw FuzzFailure("a fix split a character: the result is not UTF-8")
    }
  }
}
