import SalinCore
import SalinLangID

extension FuzzTarget {
  /// Texts every model that loads is asked about.
  static let probes = ["Mga Detalye", "세부 정보", "the details of the meeting", "", "🇰🇷 1 2 3"]

  /// Loads a model from the input with its checksum made valid (the fuzzer cannot forge an
  /// FNV-1a sum), and identifies a few texts with it: probabilities must be numbers that add up.
  static func model(_ bytes: [UInt8]) throws(FuzzFailure) {
    var bytes = bytes
    if bytes.count >= 16 {
      var hash: UInt32 = 0x811c_9dc5
      for byte in bytes.dropLast(4) { hash = (hash ^ UInt32(byte)) &* 0x0100_0193 }
      for index in 0..<4 {
        bytes[bytes.count - 4 + index] = UInt8(truncatingIfNeeded: hash >> (8 * index))
      }
    }
    let model: LanguageModel
    do {
      model = try LanguageModel(bytes: bytes, path: "fuzz.salinlm")
    } catch {
      try checkOneLine(error)
      return
    }
    let identifier = LanguageIdentifier(model: model)
    for text in probes {
      let answer = identifier.identify(text)
      let total = answer.probabilities.reduce(0, +)
      guard answer.probabilities.allSatisfy({ $0.isFinite && $0 >= 0 }),
        answer.probabilities.isEmpty || abs(total - 1) < 1e-6
      else {
        throw FuzzFailure("probabilities \(answer.probabilities) for '\(text)'")
      }
      if let main = model.languages.first {
        _ = identifier.foreignSpans(in: text, mainLanguage: main)
      }
    }
  }
}
