import SalinCatalog
import SalinCore

extension FuzzTarget {
  /// Reads a catalog as `salin catalog check` does, then as `salin lint` does, and checks that
  /// every position is inside the file.
  static func catalog(_ bytes: [UInt8]) throws(FuzzFailure) {
    // Bytes that are not UTF-8 never reach the parser: `salin catalog check` refuses them first
    // (decoded with replacement characters, they were a catalog no user can write).
    guard let text = String(validating: bytes, as: UTF8.self) else {
      try document(bytes, path: "fuzz/tl.yaml")
      return
    }
    let file: CatalogFile
    do throws(CatalogError) {
      file = try CatalogFile.parse(text, path: "fuzz/tl.yaml")
    } catch {
      try checkOneLine(error)
      try document(bytes, path: "fuzz/tl.yaml")
      return
    }
    let lineCount = text.split(separator: "\n", omittingEmptySubsequences: false).count
    for entry in file.entries {
      for location in [entry.location, entry.valueLocation]
      where location.position.line < 1 || location.position.line > lineCount {
        throw FuzzFailure("entry '\(entry.key)' is at \(location), outside the file")
      }
    }
    for problem in file.problems { try checkOneLine(problem) }
    try document(bytes, path: "fuzz/tl.yaml")
  }
}
