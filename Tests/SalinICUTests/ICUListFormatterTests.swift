import Testing

@testable import SalinICU

@Suite("ICUListFormatter")
struct ICUListFormatterTests {
  @Test(arguments: [
    ("en", "apples, pears, and plums"), ("tl", "apples, pears, at plums"),
    ("ko", "apples, pears 및 plums"),
  ])
  func andList(localeTag: String, expected: String) throws {
    let formatter = try ICUListFormatter.shared(locale: ICULocale(localeTag))
    #expect(try formatter.format(["apples", "pears", "plums"]) == expected)
  }

  /// What each and-list pattern puts between items, read off ICU's own output (the importer
  /// splits a sources line with it).
  @Test(arguments: [
    ("en", [" and ", ", ", ", and "]), ("tl", [" at ", ", ", ", at "]), ("ko", [" 및 ", ", "]),
  ])
  func separators(localeTag: String, expected: [String]) throws {
    #expect(try ICUListFormatter.shared(locale: ICULocale(localeTag)).separators() == expected)
  }

  @Test(arguments: [
    ("en", ICUListFormatter.Kind.or, ICUListFormatter.Width.wide, "A, B, or C", "A or B"),
    ("tl", .or, .wide, "A, B, o C", "A o B"),
    ("ko", .or, .wide, "A, B 또는 C", "A 또는 B"),
    ("en", .and, .short, "A, B, & C", "A & B"),
    ("en", .and, .narrow, "A, B, C", "A, B"),
    ("tl", .and, .wide, "A, B, at C", "A at B"),
    ("ko", .and, .wide, "A, B 및 C", "A 및 B"),
    ("en", .units, .wide, "A, B, C", "A, B"),
    ("ko", .units, .wide, "A B C", "A B"),
    ("en", .units, .narrow, "A B C", "A B"),
  ])
  func kindsAndWidths(
    localeTag: String, kind: ICUListFormatter.Kind, width: ICUListFormatter.Width, three: String,
    two: String
  ) throws {
    let formatter = try ICUListFormatter.shared(
      locale: ICULocale(localeTag), kind: kind, width: width)
    #expect(try formatter.format(["A", "B", "C"]) == three)
    #expect(try formatter.format(["A", "B"]) == two)
  }

  @Test func edgeCases() throws {
    let formatter = try ICUListFormatter.shared(locale: ICULocale("ko"))
    #expect(try formatter.format([]) == "")
    #expect(try formatter.format(["한국"]) == "한국")
    #expect(try formatter.format(["", "😀", "사이버 안보"]) == ", 😀 및 사이버 안보")
    let long = (1...200).map { "item \($0)" }
    #expect(try formatter.format(long).hasSuffix("item 199 및 item 200"))
  }

  /// An unshared instance opens and closes its own handle.
  @Test func unsharedInstance() throws {
    #expect(
      try ICUListFormatter(locale: ICULocale("ko"), kind: .or).format(["A", "B"]) == "A 또는 B")
  }
}
