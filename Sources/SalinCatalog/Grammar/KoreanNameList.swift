/// People's names joined as Korean news joins them: with the particle 과/와, chosen by the sound
/// before it (김홍균과 박진, 박진과 김홍균; 보니 젠킨스와 … only when the sound is known).
///
/// `및` (ICU's Korean "and") joins things in headings and tables; people in running text are
/// joined with 과/와: "김홍균과 박진이 이끄는", never "김홍균 및 박진이". Three or more names are
/// "A, B와 C". Where the sound before the particle cannot be decided (a Latin name), the tolerant
/// form 와(과) stays, as it does after a placeholder.
enum KoreanNameList {
  /// The particle that joins names.
  static let particle = KoreanParticle(
    tolerantForm: "와(과)", afterConsonant: "과", afterVowel: "와", afterRieul: "과")

  /// The names joined, or `nil` for fewer than two.
  /// - Parameters:
  ///   - names: The formatted names.
  ///   - readings: Acronyms read as words and their Hangul readings.
  /// - Returns: The names joined with 과/와, or `nil` for fewer than two names.
  static func joined(_ names: [String], readings: [String: String]) -> String? {
    guard names.count >= 2 else { return nil }
    let beforeLast = names[names.count - 2]
    let head = names.dropLast(2).map { $0 + ", " }.joined()
    return head + beforeLast + particle.resolved(after: beforeLast, readings: readings) + " "
      + names[names.count - 1]
  }
}
