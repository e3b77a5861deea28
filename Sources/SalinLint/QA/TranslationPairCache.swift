import SalinDocuments
import Synchronization

/// The translation pairs (and parsed PO file) of one lint context, made once and shared by the
/// QA and PO rules (each would otherwise parse the file again).
///
/// `Sendable` notes: the cached values are immutable once stored, behind a `Mutex`.
final class TranslationPairCache: Sendable {
  private let pairs = Mutex<[TranslationPair]?>(nil)
  private let file = Mutex<POFile??>(nil)

  /// The pairs, made by `make` on first use.
  func pairs(_ make: () -> [TranslationPair]) -> [TranslationPair] {
    if let cached = pairs.withLock({ $0 }) { return cached }
    let made = make()
    pairs.withLock { $0 = made }
    return made
  }

  /// The parsed PO file, parsed by `make` on first use.
  func poFile(_ make: () -> POFile?) -> POFile? {
    if let cached = file.withLock({ $0 }) { return cached }
    let made = make()
    file.withLock { $0 = .some(made) }
    return made
  }
}
