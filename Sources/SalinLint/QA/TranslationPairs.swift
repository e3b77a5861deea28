import Foundation
import SalinCore
import SalinDocuments

/// A source text and its translation in a document, for the translation QA rules (SL030–SL037)
/// and the PO checks (SL040–SL044): a PO entry's `msgid` (or `msgid_plural`) and `msgstr`, a
/// catalog value and the same key's English message, a briefing text unit's variant and its
/// source variant, or an XLIFF unit's target and source.
struct TranslationPair {
  /// The catalog key or the `msgid`, for messages.
  let key: String
  /// The source text.
  let source: String
  /// The translation; empty when untranslated.
  let target: String
  /// The translation's bytes in the file (the quotes of an empty `msgstr`).
  let range: Range<Int>
  /// PO flags (`fuzzy`, `c-format`, `no-c-format`, `python-format` …); none for catalogs.
  let flags: Set<String>
  /// Whether the target may equal the source (`untranslated: ok` in a catalog).
  let allowsSameText: Bool
  /// Whether it comes from a catalog, briefing or XLIFF file (ICU placeholders) rather than a PO
  /// file (printf).
  let isCatalog: Bool
  /// Whether it comes from an XLIFF file, whose text may hold printf conversions as well (what
  /// po2xliff writes) though no flag says so.
  var isInterchange = false
  /// The source's language (a briefing's may be other than English).
  var sourceLanguage = Language.english
  /// The source the translation was made from, when the file records it (`#| msgid`).
  var previousSource: String? = nil
  /// The entry's index in its file: the plural forms of one entry share it.
  var entry = 0
  /// Whether the PO entry is obsolete (`#~`): gettext never uses it, but tools still carry it.
  var isObsolete = false

  /// Whether the entry is fuzzy.
  var isFuzzy: Bool { flags.contains("fuzzy") }
}

extension LintContext {
  /// The document's source/translation pairs: every PO `msgstr` (untranslated ones with an empty
  /// target), every catalog value of a locale other than English with its English message,
  /// every translated variant of a briefing's text units, or every XLIFF `<target>`.
  ///
  /// Other documents have none.
  func translationPairs() -> [TranslationPair] {
    translations.pairs {
      switch document.format {
      case .po: poPairs()
      case .catalog: catalogPairs()
      case .briefing: briefingPairs()
      case .xliff: unitPairs()
      case .plainText, .markdown: []
      }
    }
  }

  /// A briefing's variants into the part's locale, each beside its source variant.
  ///
  /// `{placeholders}` compare as in catalogs. A variant that is one of the briefing's names (a
  /// place, a declaration's name: Washington) may equal its source.
  private func briefingPairs() -> [TranslationPair] {
    document.briefingTranslations.enumerated().map { index, translation in
      TranslationPair(
        key: translation.unit, source: translation.source, target: translation.target,
        range: translation.targetRange, flags: [],
        allowsSameText: names.contains(translation.source), isCatalog: true,
        sourceLanguage: translation.sourceLanguage, entry: index)
    }
  }

  /// An XLIFF file's targets beside their sources.
  ///
  /// Salin's own files hold ICU messages, whose plural and select branches are set aside as in
  /// catalogs.
  private func unitPairs() -> [TranslationPair] {
    document.unitTranslations.enumerated().map { index, translation in
      TranslationPair(
        key: translation.unit, source: Self.messageText(translation.source),
        target: Self.messageText(translation.target), range: translation.targetRange, flags: [],
        allowsSameText: translation.allowsSameText, isCatalog: true, isInterchange: true,
        sourceLanguage: translation.sourceLanguage, entry: index)
    }
  }

  /// The parsed PO file, or `nil` when the bytes do not parse (the reader has reported that).
  func poFile() -> POFile? {
    translations.poFile { try? POFile.parse(bytes: document.lines.bytes, path: document.path) }
  }

  private func poPairs() -> [TranslationPair] {
    guard let file = poFile() else { return [] }
    // Segments of non-empty msgstrs carry their exact bytes; empty ones are found by position.
    var segments: [String: [Segment]] = [:]
    for segment in document.segments {
      if case .poMessage(let msgid, let index) = segment.kind {
        segments["\(index ?? -1)\u{0}\(msgid)", default: []].append(segment)
      }
    }
    var pairs: [TranslationPair] = []
    // Obsolete entries are checked too, as pofilter checks them: they come back when a string
    // returns to the program, with whatever their translation has.
    for (entryIndex, entry) in file.entries.enumerated() {
      let flags = Set(entry.flags)
      for (index, msgstr) in entry.msgstr.enumerated() {
        let pluralIndex: Int? = entry.msgidPlural == nil ? nil : index
        let source = index == 0 ? entry.msgid.text : (entry.msgidPlural?.text ?? entry.msgid.text)
        let range: Range<Int>
        let segmentKey = "\(pluralIndex ?? -1)\u{0}\(entry.msgid.text)"
        if !msgstr.text.isEmpty, var list = segments[segmentKey], !list.isEmpty {
          let segment = list.removeFirst()
          segments[segmentKey] = list
          range = segment.sourceOffsets(ofTextUTF8: 0..<segment.text.utf8.count)
        } else if let offset = msgstr.location?.position.utf8Offset {
          // The opening quote and what follows on its line.
          let line = document.lines.range(of: offset..<offset).start.line
          let content = document.lines.contentRange(ofLine: line)
          range = max(content.lowerBound, offset - 1)..<max(offset, content.upperBound)
        } else {
          continue
        }
        pairs.append(
          TranslationPair(
            key: entry.msgid.text, source: source, target: msgstr.text, range: range, flags: flags,
            allowsSameText: false, isCatalog: false, previousSource: entry.previousMsgid,
            entry: entryIndex, isObsolete: entry.isObsolete))
      }
    }
    return pairs
  }

  private func catalogPairs() -> [TranslationPair] {
    guard let labels else { return [] }
    var pairs: [TranslationPair] = []
    for (index, segment) in document.segments.enumerated() where !segment.isNested {
      guard case .catalogValue(let key, let locale, let allowsSameText) = segment.kind,
        let language = locale ?? language, language != .english,
        let source = labels.messageSource(forKey: key, language: .english)
      else { continue }
      pairs.append(
        TranslationPair(
          key: key, source: Self.messageText(source), target: Self.messageText(segment.text),
          range: segment.sourceOffsets(ofTextUTF8: 0..<segment.text.utf8.count), flags: [],
          allowsSameText: allowsSameText, isCatalog: true, entry: index))
    }
    return pairs
  }

  /// An ICU message as text to compare: each top-level placeholder, however long its plural or
  /// select branches, becomes `{name}`, and a Korean particle's tolerant form after it
  /// (`은(는)`, `(으)로`) is dropped, so brackets and numbers of the syntax are not the text's.
  static func messageText(_ message: String) -> String {
    var result = ""
    var depth = 0
    var name = ""
    var justClosed = false
    var characters = Array(message)[...]
    while let character = characters.first {
      characters = characters.dropFirst()
      if character == "{" {
        if depth == 0 { name = "" }
        depth += 1
        continue
      }
      if character == "}", depth > 0 {
        depth -= 1
        if depth == 0 {
          let argument =
            name.split(separator: ",").first.map {
              $0.trimmingCharacters(in: .whitespaces)
            } ?? ""
          result += "{\(argument)}"
          justClosed = true
        }
        continue
      }
      if depth > 0 {
        if depth == 1 { name.append(character) }
        continue
      }
      if justClosed {
        justClosed = false
        // 은(는), 이(가), (으)로: the parenthesis is the tolerant form, resolved when formatting.
        let rest = String(characters.prefix(4))
        if character == "(", let close = rest.firstIndex(of: ")") {
          characters = characters.dropFirst(rest.distance(from: rest.startIndex, to: close) + 1)
          continue
        }
        if isHangul(character), rest.first == "(", let close = rest.firstIndex(of: ")") {
          result.append(character)
          characters = characters.dropFirst(rest.distance(from: rest.startIndex, to: close) + 1)
          continue
        }
      }
      result.append(character)
    }
    return result
  }

  private static func isHangul(_ character: Character) -> Bool {
    character.unicodeScalars.first.map { (0xAC00...0xD7A3).contains($0.value) } ?? false
  }
}
