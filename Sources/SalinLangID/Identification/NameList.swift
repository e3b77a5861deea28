/// Names that are no evidence of a language, matched word by word and case-insensitively.
struct NameList: Sendable {
  /// Each name's word hashes, filed under its first word's hash.
  private var byFirstWord: [UInt64: [[UInt64]]] = [:]

  init(_ names: some Sequence<String>) {
    for name in names {
      let hashes = WordScanner.scan(name).words.map(\.hash)
      guard let first = hashes.first else { continue }
      byFirstWord[first, default: []].append(hashes)
    }
  }

  var isEmpty: Bool { byFirstWord.isEmpty }

  /// Marks the words of a scanned text that belong to a listed name.
  func mark(_ words: [ScannedWord], in isName: inout [Bool]) {
    guard !byFirstWord.isEmpty else { return }
    for i in words.indices {
      guard let candidates = byFirstWord[words[i].hash] else { continue }
      for name in candidates where i + name.count <= words.count {
        if (0..<name.count).allSatisfy({ words[i + $0].hash == name[$0] }) {
          for j in i..<(i + name.count) { isName[j] = true }
        }
      }
    }
  }
}
