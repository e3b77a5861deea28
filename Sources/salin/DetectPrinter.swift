import Foundation
import SalinCore
import SalinLangID

/// Prints `salin detect` results as text or JSON lines.
struct DetectPrinter {
  let format: DetectCommand.Format

  func print(_ identification: Identification) {
    let scores = identification.scores.sorted { $0.key < $1.key }
    switch format {
    case .text:
      let list = scores.map { "\($0.key) \(fixed($0.value))" }.joined(separator: " ")
      Swift.print(
        "\(identification.language?.tag ?? "und")\t\(list)\t\(identification.evidence)")
    case .json:
      emit(
        IdentificationRecord(
          language: identification.language?.tag,
          scores: Dictionary(uniqueKeysWithValues: scores.map { ($0.key.tag, $0.value) }),
          confidence: identification.confidence,
          evidence: identification.evidence.description))
    }
  }

  func print(spans: [LanguageSpan], main: Language?) {
    switch format {
    case .text:
      if spans.isEmpty { Swift.print("\(main?.tag ?? "und")\tno foreign spans") }
      for span in spans {
        Swift.print(
          "\(span.language)\t\(span.utf8Range.lowerBound)..<\(span.utf8Range.upperBound)\t"
            + "\(fixed(span.confidence))\t\(span.text)\t\(span.evidence)")
      }
    case .json:
      emit(
        SpansRecord(
          main: main?.tag,
          spans: spans.map {
            SpanRecord(
              language: $0.language.tag, utf8: [$0.utf8Range.lowerBound, $0.utf8Range.upperBound],
              scalars: [$0.scalarRange.lowerBound, $0.scalarRange.upperBound], text: $0.text,
              confidence: $0.confidence, evidence: $0.evidence.description)
          }))
    }
  }

  private func emit(_ value: some Encodable) {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    guard let data = try? encoder.encode(value) else { return }
    Swift.print(String(decoding: data, as: UTF8.self))
  }

  private func fixed(_ value: Double) -> String {
    let thousandths = Int((value * 1000).rounded())
    let fraction = String(thousandths % 1000)
    return "\(thousandths / 1000).\(String(repeating: "0", count: 3 - fraction.count))\(fraction)"
  }
}

private struct IdentificationRecord: Encodable {
  var language: String?
  var scores: [String: Double]
  var confidence: Double
  var evidence: String

  enum CodingKeys: String, CodingKey { case language, scores, confidence, evidence }

  /// Writes `"language": null` for undetermined text rather than leaving the key out.
  func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(language, forKey: .language)
    try container.encode(scores, forKey: .scores)
    try container.encode(confidence, forKey: .confidence)
    try container.encode(evidence, forKey: .evidence)
  }
}

private struct SpansRecord: Encodable {
  var main: String?
  var spans: [SpanRecord]
}

private struct SpanRecord: Encodable {
  var language: String
  var utf8: [Int]
  var scalars: [Int]
  var text: String
  var confidence: Double
  var evidence: String
}
