import SalinCore
import SalinDocuments

extension FuzzTarget {
  /// Reads a document and checks that every segment maps back onto the input: each piece of its
  /// text is a byte-for-byte copy of the bytes it names, and every range is a real position.
  static func document(_ bytes: [UInt8], path: String) throws(FuzzFailure) {
    let document: Document
    do {
      document = try DocumentReader.read(bytes: bytes, path: path)
    } catch {
      try checkOneLine(error)
      return
    }
    try checkSegments(of: document, bytes: bytes)
  }

  static func checkSegments(of document: Document, bytes: [UInt8]) throws(FuzzFailure) {
    for segment in document.segments {
      let text = Array(segment.text.utf8)
      for piece in segment.pieces {
        guard piece.length > 0, piece.textOffset >= 0,
          piece.textOffset + piece.length <= text.count,
          piece.sourceOffset >= 0, piece.sourceOffset + piece.length <= bytes.count
        else { throw FuzzFailure("a piece lies outside its text or the file: \(piece)") }
        guard
          text[piece.textOffset..<(piece.textOffset + piece.length)]
            == bytes[piece.sourceOffset..<(piece.sourceOffset + piece.length)]
        else {
          throw FuzzFailure("a piece of '\(segment.text)' is not a copy of the bytes it names")
        }
      }
      let range = segment.range
      guard range.start.utf8Offset <= range.end.utf8Offset, range.end.utf8Offset <= bytes.count,
        document.lines.position(of: range.start.utf8Offset) == range.start,
        document.lines.position(of: range.end.utf8Offset) == range.end
      else { throw FuzzFailure("the range \(range) of '\(segment.text)' is not a real position") }
    }
  }
}
