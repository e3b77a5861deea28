import Synchronization

/// A merged catalog entry and its prepared message, made on first use and then shared.
///
/// `Sendable` notes: the entry and locale are immutable; the prepared message is made once under
/// the `Mutex` and is itself immutable and `Sendable`.
final class CatalogSlot: Sendable {
  /// The entry.
  let entry: CatalogEntry
  /// The message's text when it has no placeholders (labels), returned without formatting.
  let plainText: String?
  private let locale: MessageLocale
  private let prepared = Mutex<Prepared?>(nil)

  /// The outcome of preparing the message, boxed so that reading it under the lock retains one
  /// reference instead of copying the result.
  private final class Prepared: Sendable {
    let result: Result<PreparedMessage, CatalogError>
    init(_ result: Result<PreparedMessage, CatalogError>) { self.result = result }
  }

  /// Makes a slot for an entry of a locale.
  init(entry: CatalogEntry, locale: MessageLocale) {
    self.entry = entry
    self.locale = locale
    if case .success(let pattern) = entry.parsed {
      plainText = pattern.plainText
    } else {
      plainText = nil
    }
  }

  /// Formats the message.
  /// - Parameter arguments: The placeholder values.
  /// - Throws: `CatalogError` for a broken message, a missing or ill-kinded argument, or ICU.
  func format(_ arguments: [String: MessageArgument]) throws(CatalogError) -> String {
    if let plainText { return plainText }
    let message = try preparedMessage().get()
    return try MessageFormatter(locale: locale, key: entry.key, arguments: arguments)
      .format(message)
  }

  private func preparedMessage() -> Result<PreparedMessage, CatalogError> {
    if let done = prepared.withLock({ $0 }) { return done.result }
    // Outside the lock: preparing opens ICU formatters, which loads locale data.
    let made: Result<PreparedMessage, CatalogError>
    do throws(CatalogError) {
      made = .success(try PreparedMessage(entry.pattern(), locale: locale, key: entry.key))
    } catch {
      made = .failure(error)
    }
    return prepared.withLock { slot in
      if let winner = slot { return winner.result }
      slot = Prepared(made)
      return made
    }
  }
}
