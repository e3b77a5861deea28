import SalinCore
import SalinDocuments
import SalinLint

/// Text with emoji markers (1️⃣ 2️⃣ …) at the places findings should start, as swift-format's rule
/// tests write them.
///
/// The markers are removed; their byte offsets are kept.
struct MarkedText {
  static let markers = ["1️⃣", "2️⃣", "3️⃣", "4️⃣", "5️⃣", "6️⃣", "7️⃣", "8️⃣", "9️⃣"]
  let text: String
  let offsets: [String: Int]

  init(_ marked: String) {
    var text = ""
    var offsets: [String: Int] = [:]
    var rest = Substring(marked)
    while !rest.isEmpty {
      if let marker = Self.markers.first(where: { rest.hasPrefix($0) }) {
        offsets[marker] = text.utf8.count
        rest = rest.dropFirst(marker.count)
      } else {
        text.append(rest.removeFirst())
      }
    }
    self.text = text
    self.offsets = offsets
  }
}

/// A finding expected at a marker.
struct FindingSpec: CustomStringConvertible {
  let marker: String
  let code: String
  let text: String
  let fix: String?

  init(_ marker: String, _ code: String, text: String, fix: String? = nil) {
    self.marker = marker
    self.code = code
    self.text = text
    self.fix = fix
  }

  var description: String { "\(marker) \(code) '\(text)'\(fix.map { " → \($0)" } ?? "")" }
}

/// Fake catalogs: the seed's two labels in en, tl and ko.
struct FakeLabels: LabelLookup {
  static let table: [String: [Language: String]] = [
    "label.details": [.english: "Details", .tagalog: "Mga Detalye", .korean: "세부 정보"],
    "label.sources": [.english: "Sources", .tagalog: "Mga pinagmumulan", .korean: "출처"],
    "label.place": [.english: "Place", .tagalog: "Lugar", .korean: "장소"],
  ]

  func labelMatches(for text: String) -> [LabelCandidate] {
    Self.table.flatMap { key, labels in
      labels.filter { $0.value.lowercased() == text.lowercased() }.map {
        LabelCandidate(key: key, language: $0.key, spelling: $0.value)
      }
    }
  }

  func label(forKey key: String, language: Language) -> String? { Self.table[key]?[language] }
}

/// A fake identifier: words from small lists, Hangul by script.
struct FakeDetector: SpanDetector {
  static let words: [Language: Set<String>] = [
    .tagalog: [
      "ang", "mga", "ng", "sa", "pulong", "magandang", "umaga", "lahat", "detalye", "ito", "ay",
      "para",
    ],
    .english: [
      "the", "meeting", "of", "and", "good", "morning", "all", "is", "this", "for", "details",
      "file",
    ],
  ]

  func foreignSpans(in text: String, mainLanguage: Language, names: Set<String>) -> [DetectedSpan] {
    var spans: [DetectedSpan] = []
    var offset = 0
    var current: (Range<Int>, Language)?
    for word in text.split(separator: " ", omittingEmptySubsequences: false) {
      let range = offset..<(offset + word.utf8.count)
      offset += word.utf8.count + 1
      let bare = word.lowercased().filter(\.isLetter)
      let language = Self.words.first { $0.key != mainLanguage && $0.value.contains(bare) }?.key
      if let language, !(Self.words[mainLanguage]?.contains(bare) ?? false) {
        if let (span, spanLanguage) = current, spanLanguage == language {
          current = (span.lowerBound..<range.upperBound, language)
        } else {
          if let (span, spanLanguage) = current { spans.append(Self.span(span, spanLanguage)) }
          current = (range, language)
        }
      } else if !bare.isEmpty {
        if let (span, spanLanguage) = current { spans.append(Self.span(span, spanLanguage)) }
        current = nil
      }
    }
    if let (span, language) = current { spans.append(Self.span(span, language)) }
    return spans
  }

  func identify(_ text: String, names: Set<String>) -> DetectedSpan? {
    var counts: [Language: Int] = [:]
    for word in text.split(separator: " ") {
      let bare = word.lowercased().filter(\.isLetter)
      for (language, list) in Self.words where list.contains(bare) {
        counts[language, default: 0] += 1
      }
    }
    guard let best = counts.max(by: { ($0.value, $1.key) < ($1.value, $0.key) }) else { return nil }
    return DetectedSpan(
      utf8Range: 0..<text.utf8.count, language: best.key, confidence: 0.95,
      evidence: "fake word list")
  }

  static func span(_ range: Range<Int>, _ language: Language) -> DetectedSpan {
    DetectedSpan(utf8Range: range, language: language, confidence: 0.95, evidence: "fake word list")
  }
}

/// Lints marked text with the fakes.
func lint(
  _ marked: MarkedText, path: String = "doc.md", language: Language? = .english,
  configuration: LintConfiguration = LintConfiguration(), names: Set<String> = []
) throws -> [Finding] {
  let document = try DocumentReader.read(bytes: Array(marked.text.utf8), path: path)
  let linter = Linter(labels: FakeLabels(), detector: FakeDetector())
  return linter.lint(document, language: language, configuration: configuration, names: names)
}

/// Compares findings with specs: same count, code, start offset, text and fix.
func matches(_ findings: [Finding], _ specs: [FindingSpec], in marked: MarkedText) -> Bool {
  guard findings.count == specs.count else { return false }
  return zip(findings, specs).allSatisfy { finding, spec in
    finding.rule.code == spec.code && finding.range.start.utf8Offset == marked.offsets[spec.marker]
      && finding.text == spec.text && finding.fix?.replacement == spec.fix
  }
}
