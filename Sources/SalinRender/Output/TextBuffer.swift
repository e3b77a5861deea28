/// The text a writer appends to: a `String` with its capacity reserved up front.
///
/// A byte array made into a `String` at the end was measured too: copying bytes is cheaper
/// than `String` appends, but the final UTF-8 validation of the whole page costs as much again.
struct TextBuffer {
  private var storage = ""

  /// A buffer with room for `capacity` bytes.
  init(capacity: Int) { storage.reserveCapacity(capacity) }

  /// Appends the text.
  mutating func append(_ text: String) { storage.append(text) }

  /// The text written.
  var text: String { storage }
}
