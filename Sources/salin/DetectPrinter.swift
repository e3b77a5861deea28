import Foundation
import SalinCore
import SalinLangID

/// Prints `salin detect` results as text or JSON lines.
///
/// JSON lines are written straight into bytes (``JSONText``, the bytes Foundation's encoder would
/// write with sorted keys) and out in blocks: in bulk use the encoder took most of the run.
/// Call ``flush()`` when an answer must be seen now, and at the end.
final class DetectPrinter {
  let format: DetectCommand.Format
  /// JSON lines not yet written: one buffer for every line, so a line costs no allocation.
  private var line = JSONText(capacity: 1 << 16)
  /// The size at which buffered lines are written out.
  private static let block = 1 << 16

  init(format: DetectCommand.Format) {
    self.format = format
  }

  func print(_ identification: Identification) {
    switch format {
    case .text:
      let scores = identification.scores.sorted { $0.key < $1.key }
      let list = scores.map { "\($0.key) \(fixed($0.value))" }.joined(separator: " ")
      Swift.print(
        "\(identification.language?.tag ?? "und")\t\(list)\t\(identification.evidence)")
    case .json:
      // {"confidence":…,"evidence":…,"language":…|null,"scores":{…}}, keys in sorted order.
      line.append(raw: "{")
      line.field("confidence", number: identification.confidence)
      line.field("evidence")
      identification.evidence.appendDescription(to: &line)
      if let language = identification.language {
        line.field("language", string: language.tag)
      } else {
        line.field("language", raw: "null")
      }
      line.field("scores")
      line.append(raw: "{")
      // The candidates come sorted by tag, as sorted keys want them.
      let scores = zip(identification.candidates, identification.probabilities)
      for (index, (language, score)) in scores.enumerated() {
        if index > 0 { line.append(raw: ",") }
        line.append(string: language.tag)
        line.append(raw: ":")
        line.append(number: score)
      }
      line.append(raw: "}}\n")
      if line.bytes.count >= Self.block { flush() }
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
      // {"main":…|null,"spans":[{"confidence","evidence","language","scalars","text","utf8"}]}
      line.append(raw: "{")
      if let main { line.field("main", string: main.tag) } else { line.field("main", raw: "null") }
      line.field("spans")
      line.append(raw: "[")
      for (index, span) in spans.enumerated() {
        if index > 0 { line.append(raw: ",") }
        line.append(raw: "{")
        line.field("confidence", number: span.confidence)
        line.field("evidence")
        span.evidence.appendDescription(to: &line)
        line.field("language", string: span.language.tag)
        line.field("scalars")
        line.append(raw: "[")
        line.append(integer: span.scalarRange.lowerBound)
        line.append(raw: ",")
        line.append(integer: span.scalarRange.upperBound)
        line.append(raw: "]")
        line.field("text", string: span.text)
        line.field("utf8")
        line.append(raw: "[")
        line.append(integer: span.utf8Range.lowerBound)
        line.append(raw: ",")
        line.append(integer: span.utf8Range.upperBound)
        line.append(raw: "]}")
      }
      line.append(raw: "]}\n")
      if line.bytes.count >= Self.block { flush() }
    }
  }

  /// Writes the buffered JSON lines to standard output.
  ///
  /// Text lines go through `print`'s own buffer (flush that with `fflush`). A closed output (a
  /// reader that stopped) drops the rest.
  func flush() {
    line.bytes.withUnsafeBytes { buffer in
      guard let base = buffer.baseAddress else { return }
      var done = 0
      while done < buffer.count {
        let written = write(STDOUT_FILENO, base + done, buffer.count - done)
        if written < 0, errno == EINTR { continue }
        guard written > 0 else { break }
        done += written
      }
    }
    line.removeAll()
  }

  private func fixed(_ value: Double) -> String {
    let thousandths = Int((value * 1000).rounded())
    let fraction = String(thousandths % 1000)
    return "\(thousandths / 1000).\(String(repeating: "0", count: 3 - fraction.count))\(fraction)"
  }
}
