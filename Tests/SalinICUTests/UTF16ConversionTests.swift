import Testing

@testable import SalinICU

@Suite("UTF-16 conversion")
struct UTF16ConversionTests {
  @Test(arguments: [
    "", "5", "April 2023", "ASCII longer than fifteen bytes", "2023년 4월", "ikalimáng",
    "다섯 번째", "emoji 🇰🇷 and 𝄞 (surrogate pairs)", "Timog Korea",
  ])
  func roundTripsThroughUTF16(text: String) {
    let units = Array(text.utf16)
    let back = units.withUnsafeBufferPointer { String(utf16Units: $0) }
    #expect(back == text)
    #expect(Array(back.utf8) == Array(text.utf8))
    withUTF16(text) { #expect(Array($0) == units) }
  }

  @Test(arguments: [
    ([0x41, 0xD800, 0x42] as [UInt16], "A\u{FFFD}B"),  // lone high surrogate
    ([0xDC00, 0x43], "\u{FFFD}C"),  // lone low surrogate
    ([0x41, 0xD83C], "A\u{FFFD}"),  // truncated pair
  ])
  func repairsUnpairedSurrogatesLikeTheStandardLibrary(units: [UInt16], expected: String) {
    let text = units.withUnsafeBufferPointer { String(utf16Units: $0) }
    #expect(text == expected)
    #expect(text == String(decoding: units, as: UTF16.self))
  }

  @Test func writesIntoABufferOfTheUTF8Length() {
    let text = "제5차 회의"
    let written = withUnsafeTemporaryAllocation(of: UInt16.self, capacity: text.utf8.count) {
      buffer in
      let count = text.writeUTF16(into: buffer)
      return Array(buffer[..<count])
    }
    #expect(written == Array(text.utf16))
  }
}
