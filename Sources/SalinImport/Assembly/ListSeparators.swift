import Foundation
import SalinCore
import SalinICU

/// Splits a list written with a locale's list pattern back into its items: a sources line
/// `THX News at US Department of State` (Filipino), `연합뉴스, 국무부 및 국방부` (Korean).
///
/// The separators are ICU's for the locale (`ICUListFormatter.separators`), so any language
/// ICU knows is split as it is written; ` & ` and `; ` are kept, as English-era briefings and
/// hand-written lines use them. A name holding a separator (`Department of State, Bureau of …`)
/// is split too: the list pattern cannot tell it from two names.
struct ListSeparators {
  /// The separators, longest first (`, at ` before `, ` and ` at `).
  let separators: [String]

  /// The separators of a language's `and` list.
  /// - Parameter language: The language the list is written in.
  init(language: Language) {
    let icu =
      (try? ICULocale(language.tag)).flatMap {
        try? ICUListFormatter.shared(locale: $0, kind: .and).separators()
      } ?? []
    var all: [String] = []
    for separator in icu + [" & ", "; "] where !all.contains(separator) {
      all.append(separator)
    }
    separators = all.sorted { $0.count > $1.count }
  }

  /// The items of a list, trimmed; empty items left out.
  /// - Parameter text: The list as written.
  /// - Returns: The items, in order.
  func items(_ text: String) -> [String] {
    var items: [String] = []
    var rest = Substring(text)
    var index = rest.startIndex
    while index < rest.endIndex {
      if let separator = separators.first(where: { rest[index...].hasPrefix($0) }) {
        items.append(String(rest[..<index]))
        rest = rest[rest.index(index, offsetBy: separator.count)...]
        index = rest.startIndex
      } else {
        index = rest.index(after: index)
      }
    }
    items.append(String(rest))
    return items.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
  }
}
