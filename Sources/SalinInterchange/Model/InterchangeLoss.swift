/// Something a format could not hold, for one entry: an export reports each, so that no one
/// learns of a loss from a missing description after the round trip.
public struct InterchangeLoss: Hashable, Sendable, CustomStringConvertible {
  /// The unit's ID.
  public var unit: String
  /// What was lost, such as `variants` or `untranslated: ok`.
  public var what: String

  /// Makes a loss.
  /// - Parameters:
  ///   - unit: The unit's ID.
  ///   - what: What the format could not hold.
  public init(unit: String, what: String) {
    self.unit = unit
    self.what = what
  }

  /// `unit: what`.
  public var description: String { "\(unit): \(what)" }

  /// One line per kind of loss, naming the entries: `variants not kept (PO has no place for
  /// them): label.details, label.sources`.
  /// - Parameters:
  ///   - losses: The losses of one export.
  ///   - format: The format's name.
  /// - Returns: The lines, sorted by what was lost.
  public static func summary(_ losses: [InterchangeLoss], format: String) -> [String] {
    var byWhat: [String: [String]] = [:]
    for loss in losses { byWhat[loss.what, default: []].append(loss.unit) }
    return byWhat.keys.sorted().map { what in
      let units = byWhat[what] ?? []
      return "\(format) cannot hold \(what): \(units.count) "
        + (units.count == 1 ? "entry" : "entries") + " (" + units.joined(separator: ", ") + ")"
    }
  }
}
