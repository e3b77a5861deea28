import SalinCore
import Testing

@Suite("SourceFingerprint")
struct SourceFingerprintTests {
  @Test(arguments: [
    ("Officials met again on Monday.", "8662dfde5459"),
    ("Officials met in {place}.", "b1b4522c222b"),
    ("", "cbf29ce48422"),
  ])
  func pinned(text: String, fingerprint: String) {
    #expect(SourceFingerprint.of(text) == fingerprint)
  }

  /// NFC first: a precomposed é and e with a combining acute are the same source.
  @Test func canonicallyEquivalentTextsShareAFingerprint() {
    #expect(SourceFingerprint.of("café") == "48e8823acfa4")
    #expect(SourceFingerprint.of("cafe\u{301}") == "48e8823acfa4")
    #expect(SourceFingerprint.of("cafe") != "48e8823acfa4")
  }

  @Test func aTranslationIsStaleWhenItsSourceChanged() {
    var unit = TextUnit(
      id: "lead",
      variants: [
        .english: "Officials met again on Monday.", .tagalog: "Nagpulong.", .korean: "만났다.",
      ])
    #expect(unit.staleLanguages(source: .english) == [])  // No fingerprint: never stale.
    unit.madeFrom = [.tagalog: "8662dfde5459", .korean: "b1b4522c222b"]
    #expect(!unit.isStale(.tagalog, source: .english))
    #expect(unit.isStale(.korean, source: .english))
    #expect(unit.staleLanguages(source: .english) == [.korean])
    unit.variants[.english] = "Officials met in {place}."
    #expect(unit.staleLanguages(source: .english) == [.tagalog])
  }
}
