public import SalinCore

extension Document {
  /// The document as one document per language it is written in, for rules that read a document
  /// in one language.
  ///
  /// A briefing holds each text unit in several locales: each part has the segments of one
  /// locale (source language first, then by tag), declares that locale (`DeclaredLanguage.Source
  /// .briefing`) and keeps only the translations into it. Every part shares the file's text,
  /// positions, directives and names, so findings from all parts are findings in the one file.
  /// An XLIFF file is split the same way by its translations' languages (XLIFF 1.2 names one
  /// per `<file>`). Any other document, and one without text, is its own single part.
  public var languageParts: [Document] {
    guard format == .briefing || format == .xliff else { return [self] }
    var segmentsByLanguage: [Language: [Segment]] = [:]
    for segment in segments {
      switch segment.kind {
      case .briefingText(_, let locale), .unitTarget(_, let locale):
        segmentsByLanguage[locale, default: []].append(segment)
      default: continue
      }
    }
    guard !segmentsByLanguage.isEmpty else { return [self] }
    let source = declaredLanguage?.language
    let languages = segmentsByLanguage.keys.sorted { lhs, rhs in
      lhs == source || (rhs != source && lhs < rhs)
    }
    return languages.map { language in
      Document(
        path: path, text: text, format: format,
        declaredLanguage: DeclaredLanguage(
          language: language, source: format == .xliff ? .xliff : .briefing),
        segments: segmentsByLanguage[language] ?? [], directives: directives,
        declaredSpans: declaredSpans, metadata: metadata, lines: lines, names: names,
        briefing: briefing,
        briefingTranslations: briefingTranslations.filter { $0.language == language },
        unitTranslations: unitTranslations.filter { $0.language == language })
    }
  }
}
