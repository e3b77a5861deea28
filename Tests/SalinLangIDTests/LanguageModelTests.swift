import Foundation
import SalinCore
import SalinLangID
import SalinResources
import Testing

@Suite("LanguageModel")
struct LanguageModelTests {
  @Test func builtInModelKnowsTheBuiltInLanguages() {
    let model = BuiltInModel.model
    #expect(model.languages.map(\.tag) == ["en", "ko", "tl"])
    #expect(model.scripts(of: .english) == ["Latn"])
    #expect(model.scripts(of: .tagalog) == ["Latn"])
    #expect(model.scripts(of: .korean) == ["Hang"])
  }

  @Test func serialisationRoundTrips() throws {
    let model = BuiltInModel.model
    #expect(try LanguageModel(bytes: model.serialized()) == model)
  }

  @Test func anotherFormatVersionIsAClearError() throws {
    var bytes = BuiltInModel.model.serialized()
    bytes[8] = 99  // The version, a little-endian u32 after the eight-byte magic.
    #expect(
      throws: LanguageModelError.unsupportedVersion(path: "m.salinlm", found: 99, supported: 1)
    ) {
      try LanguageModel(bytes: bytes, path: "m.salinlm")
    }
    let message = LanguageModelError.unsupportedVersion(path: "m.salinlm", found: 99, supported: 1)
      .description
    #expect(
      message
        == "'m.salinlm' is a version 99 language model; this salin reads version 1: retrain it with 'salin train'"
    )
  }

  @Test func otherFilesAreRejected() {
    #expect(throws: LanguageModelError.notAModel(path: "x")) {
      try LanguageModel(bytes: Array("not a model at all".utf8), path: "x")
    }
    var damaged = BuiltInModel.model.serialized()
    damaged[100] ^= 0xFF
    #expect(throws: LanguageModelError.corrupt(path: "x", reason: "checksum mismatch")) {
      try LanguageModel(bytes: damaged, path: "x")
    }
    let truncated = Array(BuiltInModel.model.serialized().prefix(40))
    #expect(throws: LanguageModelError.self) { try LanguageModel(bytes: truncated, path: "x") }
  }

  @Test func missingFileIsAnError() {
    #expect(throws: LanguageModelError.self) {
      try LanguageModel(contentsOf: URL(fileURLWithPath: "/nonexistent/langid.salinlm"))
    }
  }
}
