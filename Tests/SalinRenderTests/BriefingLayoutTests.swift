import SalinCore
import Testing

@testable import SalinRender

/// A briefing laid out for rendering: content in reading order, every reference resolved to an
/// index, what cannot be resolved kept for the render to report, and one layout per value.
@Suite("BriefingLayout")
struct BriefingLayoutTests {
  /// A title label, a lead paragraph whose unit binds `{who}` to an entity and `{when}` to a
  /// fact and leaves `{what}` unbound, a section with a one-column table, and a source.
  static let briefing: Briefing = {
    let unit = TextUnit(
      id: "lead", variants: [.english: "{who} met {when}: {what}.", .korean: "{who} 회의."],
      arguments: [
        "who": .entity(EntityReference(id: "us")),
        "when": .fact(FactPath("meeting.session")),
      ])
    let table = Table(
      columns: [LabelKey("label.details")], rows: [[[.label(LabelKey("label.place"))]]])
    return Briefing(
      metadata: BriefingMetadata(
        id: "b", sourceLanguage: .english, languages: [.english, .korean]),
      entities: ["us": Entity(id: "us", kind: .country(regionCode: "US"))],
      facts: BriefingFacts(
        meeting: .init(series: EntityReference(id: "us"), session: 5)),
      content: BriefingContent(
        title: [.label(LabelKey("label.summary"))], lead: [.paragraph([.text(unit)])],
        sections: [Section(heading: [.label(LabelKey("label.details"))], blocks: [.table(table)])],
        sources: ["Agency"]))
  }()

  @Test func stepsFollowReadingOrder() {
    let layout = Self.briefing.layout
    #expect(
      layout.steps == [
        .message(0), .endSingleCellBlock(.title), .text(0), .endSingleCellBlock(.paragraph),
        .message(1), .endSingleCellBlock(.heading), .message(2), .endCell, .endRow, .message(3),
        .endCell, .endRow, .endBlock(.table), .sourcesLine,
      ])
    #expect(
      layout.messages.map { layout.strings[Int($0.key)] } == [
        "label.summary", "label.details", "label.details", "label.place", "sources.line",
      ])
    #expect(layout.sources.map { layout.strings[Int($0)] } == ["Agency"])
  }

  @Test func placeholdersNameTheirBindings() throws {
    let layout = Self.briefing.layout
    let english = try #require(
      layout.variants.first { layout.languages[Int($0.language)] == .english })
    let segments = english.segments.map { layout.segments[Int($0)] }
    #expect(segments.count == 6)
    guard case .placeholder(_, let who) = segments[0],
      case .entity(let reference) = layout.bindings[Int(who)],
      case .placeholder(_, let when) = segments[2],
      case .fact(let fact) = layout.bindings[Int(when)],
      case .unbound(let what) = segments[4]
    else {
      Issue.record("unexpected segments \(segments)")
      return
    }
    let entity = layout.entities[Int(layout.references[Int(reference)].entity)]
    #expect(layout.strings[Int(entity.id)] == "us")
    guard case .number(5) = layout.facts[Int(fact)].value else {
      Issue.record("meeting.session is not 5")
      return
    }
    #expect(layout.strings[Int(what)] == "what")
    // The Korean variant uses the same binding for {who}: a binding is laid out once a unit.
    let korean = try #require(
      layout.variants.first { layout.languages[Int($0.language)] == .korean })
    guard case .placeholder(_, let koreanWho) = layout.segments[Int(korean.segments.lowerBound)]
    else {
      Issue.record("the Korean variant does not start with a placeholder")
      return
    }
    #expect(koreanWho == who)
  }

  @Test func unknownFactsAndEntitiesStayUnresolved() {
    var briefing = Self.briefing
    briefing.entities = [:]
    briefing.facts = BriefingFacts()
    let layout = briefing.layout
    #expect(layout.references.allSatisfy { $0.entity == -1 })
    #expect(layout.facts.allSatisfy { if case .unresolved = $0.value { true } else { false } })
  }

  @Test(arguments: [
    (Language.korean, [Language.korean, .english]), (.tagalog, [.tagalog, .english]),
  ])
  func chainsFollowTheMetadata(locale: Language, expected: [Language]) {
    let chain = Self.briefing.layout.chain(for: locale)
    #expect(chain.languages == expected)
    let layout = Self.briefing.layout
    #expect(chain.steps == layout.languages.map { expected.firstIndex(of: $0) ?? -1 })
  }

  @Test func concurrentFirstRendersShareOneLayout() async {
    var briefing = Self.briefing
    briefing.content.sources = ["Fresh"]  // A value no test has laid out yet.
    let value = briefing
    let layouts = await withTaskGroup(of: ObjectIdentifier.self) { group in
      for _ in 0..<8 { group.addTask { ObjectIdentifier(value.layout) } }
      return await group.reduce(into: Set<ObjectIdentifier>()) { $0.insert($1) }
    }
    #expect(layouts.count == 1)
    #expect(layouts.first == ObjectIdentifier(value.layout))
  }

  @Test func copiesShareTheLayoutAndChangesRemakeIt() {
    let briefing = Self.briefing
    let layout = briefing.layout
    let copy = briefing
    #expect(copy.layout === layout)
    var changed = briefing
    changed.content.sources = ["Other"]
    #expect(changed.layout !== layout)
    #expect(changed.layout.sources.map { changed.layout.strings[Int($0)] } == ["Other"])
    #expect(changed != briefing)
    #expect(copy == briefing)
  }
}
