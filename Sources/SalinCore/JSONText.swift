/// JSON text written straight into UTF-8 bytes, for output that is too hot or too large for
/// Foundation's `JSONEncoder`: one answer a line from `salin detect -`, and the findings that
/// `salin lint --format json|sarif` streams file by file.
///
/// Convention: it writes exactly what `JSONEncoder` writes with `.sortedKeys` and
/// `.withoutEscapingSlashes` (the caller writes keys in sorted order), so switching a writer over
/// changes no byte: strings escape `"`, `\` and the control characters (`\b \f \n \r \t`, others as
/// `\u00XX`) and keep every other character as UTF-8; a number is Swift's shortest round-trip
/// `description`, without a trailing `.0` (as the encoder writes it).
package struct JSONText: Sendable {
  /// The text so far.
  package private(set) var bytes: [UInt8]

  /// Makes empty text.
  /// - Parameter capacity: The bytes to reserve.
  package init(capacity: Int = 256) {
    bytes = []
    bytes.reserveCapacity(capacity)
  }

  /// Empties the text, keeping its storage, so one buffer serves line after line.
  package mutating func removeAll() { bytes.removeAll(keepingCapacity: true) }

  /// Appends JSON syntax as it is (`{`, `],`, `null`).
  ///
  /// Only this non-generic form exists, so every literal comes here: a generic
  /// `some StringProtocol` form is not specialised across modules and cost a metadata look-up per
  /// call (11% of `salin detect --format json`).
  /// - Parameter raw: Text that is already JSON.
  package mutating func append(raw: StaticString) {
    raw.withUTF8Buffer { bytes.append(contentsOf: $0) }
  }

  /// Appends an object key and its colon: `"key":`.
  /// - Parameter key: A key that needs no escaping (the caller's own ASCII names).
  package mutating func append(key: StaticString) {
    bytes.append(0x22)
    key.withUTF8Buffer { bytes.append(contentsOf: $0) }
    bytes.append(0x22)
    bytes.append(0x3A)
  }

  /// Starts an object's field: a comma unless it is the first, then `"key":`.
  ///
  /// The field is the object's first when the text so far ends with the object's `{`. The caller
  /// appends the value.
  /// - Parameter key: A key that needs no escaping (the caller's own ASCII names).
  package mutating func field(_ key: StaticString) {
    if let last = bytes.last, last != 0x7B { bytes.append(0x2C) }
    append(key: key)
  }

  /// Appends a field with a string value (see ``field(_:)``).
  package mutating func field(_ key: StaticString, string: String) {
    field(key)
    append(string: string)
  }

  /// Appends a field with an integer value (see ``field(_:)``).
  package mutating func field(_ key: StaticString, integer: Int) {
    field(key)
    append(integer: integer)
  }

  /// Appends a field with a number value (see ``field(_:)``).
  package mutating func field(_ key: StaticString, number: Double) {
    field(key)
    append(number: number)
  }

  /// Appends a field with a Boolean value (see ``field(_:)``).
  package mutating func field(_ key: StaticString, bool: Bool) {
    field(key)
    append(bool: bool)
  }

  /// Appends a field whose value is JSON as it is, such as `null` (see ``field(_:)``).
  package mutating func field(_ key: StaticString, raw: StaticString) {
    field(key)
    append(raw: raw)
  }

  /// Appends a string as a JSON string: quoted, with what JSON requires escaped.
  /// - Parameter string: The string.
  package mutating func append(string: String) {
    bytes.append(0x22)
    append(escaping: string)
    bytes.append(0x22)
  }

  /// Appends part of a JSON string's content, escaped, without the quotes: for a string written
  /// piece by piece between `append(raw: "\"")` and another.
  /// - Parameter string: The text.
  package mutating func append(escaping string: String) {
    let utf8 = string.utf8
    // Native strings hand over their bytes whole: one scan, and runs copied in bulk.
    let done: Void? = utf8.withContiguousStorageIfAvailable { appendEscaping($0) }
    if done == nil { appendEscaping(Array(utf8)[...]) }
  }

  private mutating func appendEscaping(_ utf8: some Collection<UInt8>) {
    var pending = utf8.startIndex
    var index = pending
    while index != utf8.endIndex {
      let byte = utf8[index]
      if byte < 0x20 || byte == 0x22 || byte == 0x5C {
        bytes.append(contentsOf: utf8[pending..<index])
        appendEscape(byte)
        pending = utf8.index(after: index)
      }
      index = utf8.index(after: index)
    }
    bytes.append(contentsOf: utf8[pending..<utf8.endIndex])
  }

  /// Appends a number as `JSONEncoder` writes it: Swift's shortest round-trip `description`
  /// without a trailing `.0` (`1`, `-0`, `0.25`, `3.7e-05`, `1e+16`).
  /// - Parameter number: A finite number; a non-finite one is written as `null`, since JSON has
  ///   no such numbers (the encoder would throw).
  package mutating func append(number: Double) {
    guard number.isFinite else { return append(raw: "null") }
    // `write(to:)` prints what `description` holds, but hands its digits to `_writeASCII` as
    // bytes, with no string made per number (`salin detect` writes four numbers a line).
    var sink = NumberSink()
    swap(&sink.bytes, &bytes)
    number.write(to: &sink)
    swap(&sink.bytes, &bytes)
  }

  /// Appends an integer.
  /// - Parameter integer: The integer.
  package mutating func append(integer: Int) {
    if integer == 0 { return bytes.append(0x30) }
    var value = Int64(integer)
    if value < 0 {
      bytes.append(0x2D)
      if value == .min { return bytes.append(contentsOf: "9223372036854775808".utf8) }
      value = -value
    }
    var digits:
      (
        UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
        UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8
      ) = (
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0
      )
    var count = 0
    withUnsafeMutableBytes(of: &digits) { buffer in
      while value > 0 {
        buffer[19 - count] = UInt8(value % 10) + 0x30
        value /= 10
        count += 1
      }
      bytes.append(contentsOf: buffer[(20 - count)...])
    }
  }

  /// Appends `true` or `false`.
  /// - Parameter bool: The value.
  package mutating func append(bool: Bool) {
    bool ? append(raw: "true") : append(raw: "false")
  }

  private mutating func appendEscape(_ byte: UInt8) {
    bytes.append(0x5C)
    switch byte {
    case 0x22: bytes.append(0x22)
    case 0x5C: bytes.append(0x5C)
    case 0x08: bytes.append(UInt8(ascii: "b"))
    case 0x0C: bytes.append(UInt8(ascii: "f"))
    case 0x0A: bytes.append(UInt8(ascii: "n"))
    case 0x0D: bytes.append(UInt8(ascii: "r"))
    case 0x09: bytes.append(UInt8(ascii: "t"))
    default:
      let hex = { (nibble: UInt8) in nibble < 10 ? nibble + 0x30 : nibble - 10 + 0x61 }
      bytes.append(contentsOf: [UInt8(ascii: "u"), 0x30, 0x30, hex(byte >> 4), hex(byte & 0xF)])
    }
  }
}

/// Receives a number's text and appends it as JSON: without a trailing `.0`.
private struct NumberSink: TextOutputStream {
  var bytes: [UInt8] = []

  mutating func _writeASCII(_ buffer: UnsafeBufferPointer<UInt8>) { append(buffer) }

  mutating func write(_ string: String) {
    var string = string
    string.withUTF8 { append($0) }
  }

  private mutating func append(_ text: UnsafeBufferPointer<UInt8>) {
    if text.count > 2, text[text.count - 1] == 0x30, text[text.count - 2] == 0x2E {
      bytes.append(contentsOf: text[..<(text.count - 2)])
    } else {
      bytes.append(contentsOf: text)
    }
  }
}
