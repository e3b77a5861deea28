import Foundation
import SalinCore
import SalinDocuments
import SalinTestSupport
import Testing

/// What bounds Salin's memory on a large input: the input's size is capped, and a long paragraph
/// is read in parts (one 4 MB line took 250 MB and two minutes; `yes hi | salin lint -` grew
/// without bound).
@Suite("Input size")
struct InputSizeTests {
  @Test func aDocumentPastTheLimitIsRefused() {
    let bytes = [UInt8](repeating: UInt8(ascii: "a"), count: DocumentReader.maximumSize + 1)
    let error = #expect(throws: DocumentError.self) {
      try DocumentReader.read(bytes: bytes, path: "big.txt")
    }
    #expect(error == .tooLarge(path: "big.txt", limit: 64 << 20))
    #expect(
      error?.description
        == "big.txt: more than 64 MiB, the most Salin reads as one document: split it")
  }

  /// A file or stream is read only up to the limit: the rest is never held.
  @Test func aStreamStopsAtTheLimit() throws {
    let directory = try TestSupport.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let file = directory.appendingPathComponent("a.txt")
    try Data(repeating: UInt8(ascii: "h"), count: 3_000_000).write(to: file)
    #expect(try BoundedInput.bytes(ofFile: file.path, limit: 3_000_000).count == 3_000_000)
    #expect(throws: DocumentError.tooLarge(path: file.path, limit: 2_999_999)) {
      try BoundedInput.bytes(ofFile: file.path, limit: 2_999_999)
    }
    let handle = try FileHandle(forReadingFrom: file)
    defer { try? handle.close() }
    #expect(throws: DocumentError.tooLarge(path: "<stdin>", limit: 1_000_000)) {
      try BoundedInput.bytes(of: handle, path: "<stdin>", limit: 1_000_000)
    }
    #expect(throws: DocumentError.unreadable(path: directory.path, reason: "it is a folder")) {
      try BoundedInput.bytes(ofFile: directory.path)
    }
  }

  /// A line of 300 KB is read as parts of at most 64 KiB, cut after a sentence; every part's
  /// text is the bytes it names, and together they hold the whole line.
  @Test(arguments: [DocumentFormat.plainText, .markdown])
  func aLongParagraphIsReadInParts(format: DocumentFormat) throws {
    let sentence = "Ang pulong ay natapos sa Maynila, at umuwi ang mga délégués. "
    let line = String(repeating: sentence, count: 300_000 / sentence.utf8.count)
    let source = "# Pulong\n\n" + line + "\n"
    let document = try DocumentReader.read(
      bytes: Array(source.utf8), path: "a.txt", format: format)
    let parts = document.segments.filter { $0.range.start.line == 3 }
    #expect(parts.count == 5)
    for part in parts {
      #expect(part.text.utf8.count <= Segment.maximumLength)
      #expect(part.text.hasSuffix("délégués."))
      for piece in part.pieces {
        let text = Array(part.text.utf8)[piece.textOffset..<(piece.textOffset + piece.length)]
        let bytes = document.lines.bytes[
          piece.sourceOffset..<(piece.sourceOffset + piece.length)]
        #expect(text.elementsEqual(bytes))
      }
      #expect(part.labelRange == nil)
    }
    #expect(parts.map(\.text).joined(separator: " ") == line.dropLast())
    #expect(parts[0].range.start.line == 3 && parts[0].range.start.column == 1)
    #expect(parts[1].range.start.column == parts[0].text.unicodeScalars.count + 2)
  }

  /// Without a space in reach, a part ends at a character boundary, never inside a character.
  @Test func aLineWithoutSpacesIsCutBetweenCharacters() throws {
    let line = String(repeating: "한국어", count: 50_000)
    let document = try DocumentReader.read(bytes: Array(line.utf8), path: "a.txt")
    #expect(document.segments.count == 7)
    #expect(document.segments.map(\.text).joined() == line)
    #expect(document.segments.allSatisfy { $0.text.utf8.count <= Segment.maximumLength })
  }
}
