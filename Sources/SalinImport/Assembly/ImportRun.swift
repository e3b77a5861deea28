import SalinBriefing
import SalinCatalog
import SalinCore

/// One import under way: article blocks in, briefing parts out, and what to report at the end.
///
/// The importer's readers (a whole document, or plain text a window at a time) give it blocks
/// one by one; it hands each part on as soon as the assembler completes it and checks the
/// language of the prose just written, so nothing of the article is kept for the end but the
/// labels and notices to report.
struct ImportRun {
  private let path: String
  private var assembler: BriefingAssembler
  private let check: LanguageCheck?
  private var languageNotices: [ImportNotice] = []
  private var isEmpty = true

  init(importer: ArticleImporter, path: String, language: Language, id: String?) {
    self.path = path
    assembler = BriefingAssembler(
      resolver: LabelResolver(
        catalogs: importer.catalogs, language: language, namespaces: importer.labelNamespaces),
      existingKeys: Set(importer.catalogs.keys), id: id ?? ArticleImporter.briefingID(forPath: path)
    )
    check = importer.identifier.map { LanguageCheck(identifier: $0, language: language) }
  }

  /// Takes the article's next block and hands on the parts it completes.
  mutating func take(
    _ block: ArticleBlock, parts write: (BriefingPart) throws(ImportError) -> Void
  ) throws(ImportError) {
    isEmpty = false
    try hand(assembler.add(block), to: write)
  }

  /// Ends the article: hands on the last parts.
  /// - Returns: The report.
  /// - Throws: `ImportError.noContent` when no block came (and no part was handed on).
  mutating func finish(parts write: (BriefingPart) throws(ImportError) -> Void)
    throws(ImportError) -> ImportReport
  {
    guard !isEmpty else { throw .noContent(path: path) }
    try hand(assembler.finish(), to: write)
    return ImportReport(
      language: assembler.language,
      mappedLabels: assembler.mappedLabels.sorted { $0.location < $1.location },
      newLabels: assembler.newLabels,
      notices: (assembler.notices + languageNotices).sorted { $0.location < $1.location },
      sectionCount: assembler.sectionCount, textUnitCount: assembler.textUnitCount)
  }

  private mutating func hand(
    _ parts: [BriefingPart], to write: (BriefingPart) throws(ImportError) -> Void
  ) throws(ImportError) {
    for part in parts { try write(part) }
    // The prose of the parts just handed on: checked now so that it need not be kept.
    if let check, !assembler.prose.isEmpty {
      languageNotices += check.notices(for: assembler.prose)
    }
    assembler.prose.removeAll(keepingCapacity: true)
  }
}
