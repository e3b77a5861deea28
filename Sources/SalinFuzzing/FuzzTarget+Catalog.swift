import SalinCatalog
import SalinCore
import SalinDocuments

extension FuzzTarget {
  /// Reads a catalog as `salin catalog check` does, then as `salin lint` does, and checks that
  /// every position is inside the file and names the line and columns of its own byte offset.
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
    // Lines as Salin counts them everywhere (`LineIndex`: LF, CRLF and a lone CR, as YAML and
    // editors do), over the text the catalog indexes (without a byte order mark). Counting "\n"
    // Characters missed CRLF lines and took a right position after a lone CR for one outside.
    let lines = LineIndex(bytes: Array(text.utf8.dropFirst(bomLength(text))))
    func check(_ location: SourceLocation, of what: String) throws(FuzzFailure) {
      let position = location.position
      guard position.line >= 1, position.line <= lines.lineCount,
        position.utf8Offset >= 0, position.utf8Offset <= lines.bytes.count
      else { throw FuzzFailure("\(what) is at \(location), outside the file") }
      let expected = lines.position(of: position.utf8Offset)
      guard
        expected.line == position.line, expected.column == position.column,
        expected.utf16Column == position.utf16Column
      else {
        throw FuzzFailure(
          "\(what) is at \(location), but its byte offset \(position.utf8Offset) is at "
            + "\(expected.line):\(expected.column)")
      }
    }
    for entry in file.entries {
      try check(entry.location, of: "entry '\(entry.key)'")
      try check(entry.valueLocation, of: "the value of '\(entry.key)'")
    }
    for problem in file.problems {
      try check(problem.location, of: "problem '\(problem.message)'")
      try checkOneLine(problem)
    }
    try document(bytes, path: "fuzz/tl.yaml")
  }

  /// The length in bytes of a leading byte order mark, which catalog positions do not count.
  private static func bomLength(_ text: String) -> Int {
    text.unicodeScalars.first == "\u{FEFF}" ? 3 : 0
  }
}
