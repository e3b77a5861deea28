import Testing

// The buffer helper's contract is about ICU status codes, so these tests speak C like SalinICU.
internal import CICU
@testable import SalinICU

@Suite("withUTF16Buffer")
struct UTF16BufferTests {
  /// A fake ICU function that writes `text` the way ICU does: the length is always the full
  /// length; too small a buffer is `U_BUFFER_OVERFLOW_ERROR`, an exact fit
  /// `U_STRING_NOT_TERMINATED_WARNING`, otherwise a trailing NUL.
  final class FakeICU {
    let text: [UInt16]
    var capacities: [Int32] = []
    init(_ text: String) { self.text = Array(text.utf16) }

    func fill(_ buffer: UnsafeMutablePointer<UChar>?, _ capacity: Int32, _ status: inout UErrorCode)
      -> Int32
    {
      capacities.append(capacity)
      let length = Int32(text.count)
      guard capacity >= length else {
        status = U_BUFFER_OVERFLOW_ERROR
        return length
      }
      for (index, unit) in text.enumerated() { buffer?[index] = unit }
      if capacity == length {
        status = U_STRING_NOT_TERMINATED_WARNING
      } else {
        buffer?[Int(length)] = 0
      }
      return length
    }
  }

  @Test(arguments: [
    ("short", Int32(64), [Int32(64)]),
    ("exactly eight", 13, [13]),  // U_STRING_NOT_TERMINATED_WARNING is a success
    ("a result longer than the first buffer", 8, [8, 37]),
    ("preflight", 0, [0, 9]),
    ("", 0, [0]),
    ("한국어 결과 (Hangul: 3 bytes, 1 unit)", 4, [4, 32]),
  ])
  func triesOnceThenRetriesAtTheReportedLength(text: String, initial: Int32, calls: [Int32]) throws
  {
    let icu = FakeICU(text)
    let result = try withUTF16Buffer(initialCapacity: initial) { icu.fill($0, $1, &$2) }
    #expect(result == text)
    #expect(icu.capacities == calls)
  }

  @Test func retriesOnlyOnce() {
    var calls = 0
    #expect(throws: ICUError(rawValue: U_BUFFER_OVERFLOW_ERROR.rawValue)) {
      try withUTF16Buffer(initialCapacity: 4) { _, capacity, status in
        calls += 1
        status = U_BUFFER_OVERFLOW_ERROR
        return capacity + 10  // Grows every time, as a misbehaving source would.
      }
    }
    #expect(calls == 2)
  }

  @Test func errorsAreThrown() {
    #expect(throws: ICUError(rawValue: U_ILLEGAL_ARGUMENT_ERROR.rawValue)) {
      try withUTF16Buffer { _, _, status in
        status = U_ILLEGAL_ARGUMENT_ERROR
        return 0
      }
    }
  }
}
