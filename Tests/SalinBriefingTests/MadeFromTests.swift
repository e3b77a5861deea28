import Foundation
import SalinBriefing
import SalinCore
import Testing

@Suite("made-from (staleness)")
struct MadeFromTests {
  static let yaml = """
    salin-briefing: 1
    id: stale
    source-language: en
    languages: [en, tl, ko]
    lead:
      - paragraph:
          id: lead
          en: Officials met again on Monday.
          tl: Nagpulong ang mga opisyal.
          ko: 당국자들이 만났다.
          made-from: {tl: 8662dfde5459, ko: 000000000000}
    """

  @Test func readsAndWritesFingerprints() throws {
    let briefing = try BriefingLoader().load(yaml: Self.yaml, file: "stale.yaml")
    guard case .paragraph(let runs) = briefing.content.lead[0], case .text(let unit) = runs[0]
    else {
      Issue.record("expected a paragraph with a text unit")
      return
    }
    #expect(unit.madeFrom == [.tagalog: "8662dfde5459", .korean: "000000000000"])
    #expect(unit.staleLanguages(source: .english) == [.korean])
    let written = try BriefingWriter().write(briefing)
    #expect(written.contains("made-from: {tl: 8662dfde5459, ko: \"000000000000\"}"))
    let again = try BriefingLoader().load(yaml: written, file: "again.yaml")
    guard case .paragraph(let reread) = again.content.lead[0], case .text(let copy) = reread[0]
    else { return }
    #expect(copy.madeFrom == unit.madeFrom)
  }

  @Test(arguments: [
    ("{tl: 123}", "stale.yaml:11:23: error: "),
    ("{fr: 8662dfde5459}", "stale.yaml:11:19: error: "),
  ])
  func badFingerprints(value: String, prefix: String) {
    let yaml = Self.yaml.replacingOccurrences(
      of: "{tl: 8662dfde5459, ko: 000000000000}", with: value)
    do {
      _ = try BriefingLoader().load(yaml: yaml, file: "stale.yaml")
      Issue.record("loaded a bad made-from")
    } catch {
      #expect("\(error)".hasPrefix(prefix), "\(error)")
    }
  }
}
