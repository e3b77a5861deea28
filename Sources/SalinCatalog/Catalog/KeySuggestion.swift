/// The catalog key a misspelt one was probably meant to be, for "did you mean" in errors.
enum KeySuggestion {
  /// The key closest to `key`, if it is close enough to be a typo.
  ///
  /// Closeness is the number of characters to insert or delete to turn one into the other (a
  /// changed character counts two); a key within a quarter of the typed key's length (at least
  /// two edits, at most six) qualifies, and among equals the first in sorted order wins, so the
  /// suggestion is the same on every run.
  /// - Parameters:
  ///   - key: The unknown key, as written.
  ///   - keys: The keys the catalogs define.
  /// - Returns: The suggestion, or `nil` when no key is close.
  static func closest(to key: String, among keys: [String]) -> String? {
    let typed = Array(key.unicodeScalars)
    let limit = min(6, max(2, typed.count / 4))
    var best: (key: String, distance: Int)?
    for candidate in keys.sorted() where candidate != key {
      let scalars = Array(candidate.unicodeScalars)
      guard abs(scalars.count - typed.count) <= limit else { continue }
      let distance = typed.difference(from: scalars).count
      if distance <= limit && distance < (best?.distance ?? .max) {
        best = (candidate, distance)
      }
    }
    return best?.key
  }
}
