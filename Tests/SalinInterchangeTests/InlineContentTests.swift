import Testing

@testable import SalinInterchange

@Suite("InlinePiece")
struct InlineContentTests {
  @Test(arguments: [
    "Details",
    "ang {n, spellout, %spellout-ordinal}~ng pulong",
    "{n, plural, one {# file} other {# files}}",
    "You have {n, plural, offset:1 =0 {none} one {#} other {{who} and # more}} left",
    "{x, select, a {A '{'literal'}'} other {it''s # here}}",
    "{party}은(는) {target}의 미사일",
    "broken {n, plural, one {x}",
  ])
  func rawTextIsTheMessage(message: String) {
    #expect(InlinePiece.raw(InlinePiece.pieces(of: message)) == message)
  }

  @Test func codesOfAPlural() {
    #expect(
      InlinePiece.pieces(of: "{n, plural, one {# file} other {# files}}") == [
        .choice(
          .init(
            open: "{n, plural,",
            branches: [
              .init(open: " one {", pieces: [.placeholder("#"), .text(" file")], close: "}"),
              .init(open: " other {", pieces: [.placeholder("#"), .text(" files")], close: "}"),
            ], close: "}"))
      ])
  }
}
