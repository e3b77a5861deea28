/// Which kinds of field a date pattern shows, read from its pattern letters (quoted text left
/// out), so that a caller can tell a value that lacks them (a month without a day, a time of day
/// without a date) from one that has them.
package struct ICUDateFields: Hashable, Sendable {
  /// The day of the month, of the year or of the week, or a week number (`d D F E e c g w W`).
  package let showsDay: Bool
  /// Any calendar field: era, year, quarter, month or a day field.
  package let showsDate: Bool
  /// Any clock field: hour, minute, second, fraction, period or zone.
  package let showsTime: Bool

  /// Reads the fields of a SimpleDateFormat pattern.
  /// - Parameter pattern: A pattern such as `MMMM d, y 'at' h:mm a`.
  package init(pattern: String) {
    var day = false
    var date = false
    var time = false
    var quoted = false
    for scalar in pattern.unicodeScalars {
      if scalar == "'" {
        quoted.toggle()
        continue
      }
      guard !quoted else { continue }
      switch scalar {
      case "d", "D", "F", "E", "e", "c", "g", "w", "W":
        day = true
        date = true
      case "G", "y", "Y", "u", "U", "r", "Q", "q", "M", "L", "l":
        date = true
      case "a", "b", "B", "h", "H", "k", "K", "j", "J", "C", "m", "s", "S", "A", "z", "Z", "O", "v",
        "V", "X", "x":
        time = true
      default:
        break
      }
    }
    showsDay = day
    showsDate = date
    showsTime = time
  }
}
