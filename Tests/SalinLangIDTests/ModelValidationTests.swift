import Foundation
import SalinLangID
import SalinResources
import Testing

/// Model files whose checksum is valid but whose fields are not: each is a one-line error naming
/// the field, never a trap (a NaN parameter and a duplicate tag trapped) or a hang.
@Suite("LanguageModel validation")
struct ModelValidationTests {
  /// The built-in model's bytes with a change, and the checksum made valid again.
  static func patched(_ change: (inout [UInt8]) -> Void) -> [UInt8] {
    var bytes = BuiltInModel.model.serialized()
    change(&bytes)
    var hash: UInt32 = 0x811c_9dc5  // FNV-1a, as docs/langid.md describes the checksum.
    for byte in bytes.dropLast(4) { hash = (hash ^ UInt32(byte)) &* 0x0100_0193 }
    for index in 0..<4 {
      bytes[bytes.count - 4 + index] = UInt8(truncatingIfNeeded: hash >> (8 * index))
    }
    return bytes
  }

  static func u32(_ bytes: [UInt8], at offset: Int) -> Int {
    (0..<4).reduce(0) { $0 | Int(bytes[offset + $1]) << (8 * $1) }
  }

  static func setFloat(_ value: Float, at offset: Int, in bytes: inout [UInt8]) {
    for index in 0..<4 {
      bytes[offset + index] = UInt8(truncatingIfNeeded: value.bitPattern >> (8 * index))
    }
  }

  static func reason(_ bytes: [UInt8]) -> String? {
    do {
      _ = try LanguageModel(bytes: bytes, path: "m.salinlm")
      return nil
    } catch {
      return "\(error)"
    }
  }

  @Test(arguments: [
    (0, "the quantisation step is nan (expected more than 0)"),
    (1, "the character weight is nan (expected 0 to 1)"),
    (3, "the foreign-script penalty is nan (expected at least 0)"),
    (7, "the n-gram order is nan (expected a whole number from 1 to 8)"),
    (8, "the unlisted-word cap is nan (expected more than 0)"),
    (9, "a borrowing share is nan (expected a log-probability: at most 0)"),
  ])
  func refusesANaNParameter(index: Int, reason: String) {
    let bytes = Self.patched { Self.setFloat(.nan, at: 20 + 4 * index, in: &$0) }
    #expect(Self.reason(bytes) == "language model 'm.salinlm' is corrupt: \(reason)")
  }

  @Test func refusesAnOrderOutsideWhatTheScorerCounts() {
    let bytes = Self.patched { Self.setFloat(2.5, at: 20 + 4 * 7, in: &$0) }
    #expect(
      Self.reason(bytes)
        == "language model 'm.salinlm' is corrupt: the n-gram order is 2.5 (expected a whole "
        + "number from 1 to 8)")
  }

  /// The second language's tag ("ko") made the first's ("en").
  @Test func refusesALanguageTwice() {
    let bytes = Self.patched { bytes in
      let parameters = Self.u32(bytes, at: 16)
      var offset = 20 + 4 * parameters
      offset += 1 + Int(bytes[offset])  // en
      offset += 1 + Int(bytes[offset]) * 4 + 8  // its scripts, floor and weight
      bytes[offset + 1] = UInt8(ascii: "e")
      bytes[offset + 2] = UInt8(ascii: "n")
    }
    #expect(
      Self.reason(bytes)
        == "language model 'm.salinlm' is corrupt: its languages are not in order or not unique "
        + "('en' then 'en')")
  }

  /// With no empty slot, looking up a word the table lacks probed forever.
  @Test func refusesATableWithNoEmptySlot() {
    let bytes = Self.patched { bytes in
      let languages = Self.u32(bytes, at: 12)
      var offset = 20 + 4 * Self.u32(bytes, at: 16)
      for _ in 0..<languages {
        offset += 1 + Int(bytes[offset])
        offset += 1 + Int(bytes[offset]) * 4 + 8
      }
      let capacity = Self.u32(bytes, at: offset)
      for slot in 0..<capacity where Self.u32(bytes, at: offset + 4 + 4 * slot) == 0 {
        bytes[offset + 4 + 4 * slot] = 1
      }
    }
    #expect(
      Self.reason(bytes)
        == "language model 'm.salinlm' is corrupt: its word table has no empty slot")
  }

  @Test func theBuiltInModelIsValid() {
    #expect(Self.reason(BuiltInModel.model.serialized()) == nil)
  }
}

@Suite("ModelTrainer.Options validation")
struct TrainingOptionsValidationTests {
  /// `salin train --character-weight nan` wrote a model that could not be loaded.
  @Test func refusesANaNWeight() {
    var options = ModelTrainer.Options()
    options.characterWeight = .nan
    #expect(
      throws: LanguageModelError.invalidOption(
        name: "character-weight", value: "nan", expected: "a probability from 0 to 1")
    ) { try options.validate() }
  }

  @Test func refusesNegativeCountsAndInfiniteMargins() {
    var options = ModelTrainer.Options()
    options.maxWordsPerLanguage = 0
    #expect(throws: LanguageModelError.self) { try options.validate() }
    options = ModelTrainer.Options()
    options.switchPenalty = .infinity
    #expect(
      (try? options.validate()) == nil
        && LanguageModelError.invalidOption(
          name: "switch-penalty", value: "inf", expected: "nats, at least 0"
        ).description == "--switch-penalty inf is not usable: expected nats, at least 0")
  }

  @Test func acceptsTheDefaultsAndNoCap() throws {
    var options = ModelTrainer.Options()
    try options.validate()
    options.unlistedWordCap = .infinity
    try options.validate()
  }

  /// Foundation's NSError dump was printed for `salin train -o DIR`.
  @Test func writingOverAFolderSaysSo() throws {
    let folder = FileManager.default.temporaryDirectory
    let error = #expect(throws: LanguageModelError.self) {
      try BuiltInModel.model.write(to: folder)
    }
    #expect(
      error?.description
        == "cannot write the model to '\(folder.path)': it is a folder; name the file, such as "
        + "\(folder.appendingPathComponent("langid.salinlm").path)")
  }
}
