import Foundation
import SalinCore
import Testing

/// `JSONText` writes what Foundation's `JSONEncoder` (sorted keys, slashes unescaped) writes, byte
/// for byte, so output that moves to it changes no byte.
@Suite("JSONText")
struct JSONTextTests {
  static func encoded(_ value: some Encodable) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return String(decoding: try encoder.encode(value), as: UTF8.self)
  }

  static func written(_ write: (inout JSONText) -> Void) -> String {
    var text = JSONText()
    write(&text)
    return String(decoding: text.bytes, as: UTF8.self)
  }

  @Test(arguments: [
    "", "plain", "Mga Detalye", "세부 정보 😀", "a\"b\\c/d", "tab\there", "line\nbreak\r\n",
    "\u{0}\u{1}\u{7}\u{8}\u{B}\u{C}\u{1F}\u{7F}", "\u{2028}\u{2029}", "e\u{301}",
  ])
  func stringsAsTheEncoderWritesThem(string: String) throws {
    #expect(Self.written { $0.append(string: string) } == (try Self.encoded(string)))
  }

  @Test(arguments: [
    0.0, -0.0, 1.0, -1.0, 5.0, 0.5, 0.25, 0.1, 1.0 / 3.0, 0.9935412710587846,
    3.7284336157933016e-05, 1e-7, 123456789.125, 999_999_999_999_999.0, 1e15, 1e16, 1e300,
    -2.5e-300,
    Double.leastNonzeroMagnitude, Double.greatestFiniteMagnitude,
  ])
  func numbersAsTheEncoderWritesThem(number: Double) throws {
    #expect(Self.written { $0.append(number: number) } == (try Self.encoded(number)))
  }

  @Test func integersAndBooleans() throws {
    for value in [0, 7, -7, 1_000_000, Int.max, Int.min] {
      #expect(Self.written { $0.append(integer: value) } == (try Self.encoded(value)))
    }
    #expect(Self.written { $0.append(bool: true) } == "true")
    #expect(Self.written { $0.append(number: .nan) } == "null")
  }

  /// Doubles of every magnitude from 1e-37 to 1e39 (a fixed pseudo-random sequence, so a
  /// failure repeats): the shortest round-trip form, as the encoder's.
  @Test func manyNumbersAsTheEncoderWritesThem() throws {
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    for _ in 0..<2000 {
      // SplitMix64.
      state &+= 0x9E37_79B9_7F4A_7C15
      var bits = state
      bits = (bits ^ (bits >> 30)) &* 0xBF58_476D_1CE4_E5B9
      bits = (bits ^ (bits >> 27)) &* 0x94D0_49BB_1331_11EB
      bits ^= bits >> 31
      let exponent = 900 + bits % 251
      let number = Double(bitPattern: bits & ~(0xFFF << 52) | (exponent << 52))
      #expect(Self.written { $0.append(number: number) } == (try Self.encoded(number)))
    }
  }

  @Test func keysAndText() {
    #expect(
      Self.written {
        $0.append(raw: "{")
        $0.append(key: "a")
        $0.append(integer: 1)
        $0.append(raw: ",")
        $0.append(key: "b")
        $0.append(string: "x\u{1}y")
        $0.append(raw: "}")
      } == #"{"a":1,"b":"x\u0001y"}"#)
  }

  /// Fields put a comma before every field but an object's first, in nested objects and arrays
  /// too; the object is the same as `JSONEncoder` writes with sorted keys.
  @Test func fieldsAsTheEncoderWritesThem() throws {
    struct Inner: Encodable {
      var e: [Int]
      var f: Bool
    }
    struct Outer: Encodable {
      var a: Double
      var b: String
      var c: Inner
      var d: Int?
      var g: String
    }
    let written = Self.written {
      $0.append(raw: "{")
      $0.field("a", number: 0.5)
      $0.field("b", string: "x\"y")
      $0.field("c")
      $0.append(raw: "{")
      $0.field("e")
      $0.append(raw: "[")
      $0.append(integer: 1)
      $0.append(raw: ",")
      $0.append(integer: 2)
      $0.append(raw: "]")
      $0.field("f", bool: true)
      $0.append(raw: "}")
      $0.field("d", raw: "null")
      $0.field("g", string: "")
      $0.append(raw: "}")
    }
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    let outer = Outer(a: 0.5, b: "x\"y", c: Inner(e: [1, 2], f: true), d: nil, g: "")
    var expected = String(decoding: try encoder.encode(outer), as: UTF8.self)
    // The encoder leaves a nil optional out; the text writes it as null.
    expected = expected.replacingOccurrences(of: #","g""#, with: #","d":null,"g""#)
    #expect(written == expected)
    #expect(written == #"{"a":0.5,"b":"x\"y","c":{"e":[1,2],"f":true},"d":null,"g":""}"#)
  }
}
