import SalinCore
public import SalinDocuments
import SalinInterchange

/// Reads a file into the document `salin lint` checks: XLIFF through SalinInterchange's one
/// reader (`InterchangeReader`), everything else through `DocumentReader`.
public enum LintDocumentReader {
  /// Reads a file.
  /// - Parameters:
  ///   - bytes: The file's bytes.
  ///   - path: Its path (or `--stdin-filename`).
  /// - Returns: The document.
  /// - Throws: `DocumentError`, or `InterchangeError` for an XLIFF file that does not read (one
  ///   line at `file:line:column`).
  public static func read(bytes: [UInt8], path: String) throws -> Document {
    guard DocumentFormat.inferred(fromPath: path) == .xliff else {
      return try DocumentReader.read(bytes: bytes, path: path)
    }
    return try readXLIFF(bytes: bytes, path: path)
  }

  /// An XLIFF 2.0 or 1.2 file: each unit, with the target's text where the file writes it (an
  /// untranslated unit with an empty target, at its `<target/>` or start tag).
  private static func readXLIFF(bytes: [UInt8], path: String) throws -> Document {
    // Empty, binary and non-UTF-8 bytes are refused by the reader, at their place.
    let files = try InterchangeReader.read(bytes: bytes, path: path)
    // The reader drops a leading byte order mark; positions count the file's own bytes.
    let shift = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    var translations: [UnitTranslation] = []
    for file in files {
      guard let language = file.targetLanguage else { continue }
      for unit in file.units {
        let range: Range<Int>
        if let target = unit.target, !target.isEmpty,
          let tag = unit.targetLocation?.position.utf8Offset
        {
          range = XMLText.contentRange(ofElementAt: tag + shift, in: bytes)
        } else if let tag = (unit.targetLocation ?? unit.location)?.position.utf8Offset {
          // Untranslated (SL040): at the empty `<target/>`, or the unit's start tag.
          let content = XMLText.contentRange(ofElementAt: tag + shift, in: bytes)
          range = (tag + shift)..<max(tag + shift, content.lowerBound)
        } else {
          continue
        }
        translations.append(
          UnitTranslation(
            unit: unit.id, sourceLanguage: file.sourceLanguage, language: language,
            source: unit.source, target: unit.target ?? "", targetRange: range,
            allowsSameText: unit.allowsSameText))
      }
    }
    let languages = Set(files.compactMap(\.targetLanguage))
    return try DocumentReader.read(
      xliff: bytes, path: path, translations: translations,
      targetLanguage: languages.count == 1 ? languages.first : nil)
  }
}
