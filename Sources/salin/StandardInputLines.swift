import Foundation

/// Standard input read line by line in large blocks, for `salin detect -`.
///
/// The same lines as `readLine(strippingNewline: true)` (a line ends at `\n`, and a `\r` before
/// it goes too; the last line may lack one; bytes that are not UTF-8 are repaired the same way),
/// without `getline`'s lock and copy for every line. Lines already read are handed out before
/// the next read, so a program that writes one line and waits for its answer still gets it.
struct StandardInputLines {
  private var buffer: [UInt8] = []
  /// Where the next line starts in `buffer`.
  private var start = 0
  /// Where to look for its end: the bytes before hold no line feed.
  private var searched = 0
  private var atEnd = false
  private static let block = 1 << 16

  /// The next line, or `nil` at the end of the input.
  mutating func next() -> String? {
    while true {
      if let newline = buffer[max(start, searched)...].firstIndex(of: 0x0A) {
        var end = newline
        if end > start && buffer[end - 1] == 0x0D { end -= 1 }
        let line = String(decoding: buffer[start..<end], as: UTF8.self)
        start = newline + 1
        searched = start
        return line
      }
      if atEnd {
        guard start < buffer.count else { return nil }
        let line = String(decoding: buffer[start...], as: UTF8.self)
        start = buffer.count
        return line
      }
      // Keep the unfinished line, then read more after it.
      buffer.removeSubrange(0..<start)
      start = 0
      let kept = buffer.count
      searched = kept
      buffer.reserveCapacity(kept + Self.block)
      var count = 0
      buffer.append(contentsOf: repeatElement(0, count: Self.block))
      buffer.withUnsafeMutableBytes { bytes in
        guard let base = bytes.baseAddress else { return }
        repeat {
          count = read(STDIN_FILENO, base + kept, Self.block)
        } while count < 0 && errno == EINTR
      }
      buffer.removeLast(Self.block - max(count, 0))
      if count <= 0 { atEnd = true }
    }
  }
}
