/// i18next's own message syntax (JSON v4), beside ICU: `{{name}}` interpolation and plural keys
/// with CLDR suffixes (`items_one`, `items_other`) selected by the `count` option.
///
/// Salin converts what maps exactly and keeps the rest as ICU (which i18next reads only with
/// i18next-icu). A message is converted only when converting it back gives the same ICU text,
/// byte for byte, so an export then import is lossless:
/// - `{name}` ↔ `{{name}}` and `{n, number}` ↔ `{{n, number}}`, in text without ICU quoting
///   that would read differently;
/// - a message that is one `{count, plural, one {…} other {…}}` (the argument named `count`, as
///   i18next requires; CLDR categories only, no `=0`, no `offset:`) ↔ one key per category,
///   `#` ↔ `{{count}}`.
///
/// Reading, a value with `{{` is i18next syntax; any other value is ICU as it is (plain text is
/// the same in both), and keys `base_<category>` with a `base_other` and no `base` are one plural.
enum I18next {
  /// The CLDR plural categories i18next suffixes keys with, in CLDR's order.
  static let categories = ["zero", "one", "two", "few", "many", "other"]

  /// How a message is written in i18next syntax.
  enum Form: Equatable {
    /// One value.
    case single(String)
    /// One value per plural category, each under `key_<category>`.
    case plural([(category: String, value: String)])

    static func == (lhs: Form, rhs: Form) -> Bool {
      switch (lhs, rhs) {
      case (.single(let a), .single(let b)): a == b
      case (.plural(let a), .plural(let b)):
        a.map(\.category) == b.map(\.category) && a.map(\.value) == b.map(\.value)
      default: false
      }
    }
  }

  /// The i18next form of an ICU message, or `nil` when it does not map exactly (keep it as ICU).
  /// - Parameter message: An ICU message.
  /// - Returns: The form; converting it back gives `message` exactly.
  static func form(of message: String) -> Form? {
    let pieces = InlinePiece.pieces(of: message)
    let form: Form
    if pieces.count == 1, case .choice(let choice) = pieces[0] {
      guard choice.open.filter({ !$0.isWhitespace }) == "{count,plural,",
        choice.close.allSatisfy({ $0 == "}" || $0.isWhitespace })
      else { return nil }
      var branches: [(category: String, value: String)] = []
      for branch in choice.branches {
        let category = branch.open.filter { $0 != "{" && !$0.isWhitespace }
        guard categories.contains(category), let value = text(branch.pieces, inPlural: true)
        else { return nil }
        branches.append((category, value))
      }
      guard branches.contains(where: { $0.category == "other" }) else { return nil }
      form = .plural(branches)
    } else {
      guard pieces.contains(where: { if case .text = $0 { false } else { true } }),
        let value = text(pieces, inPlural: false)
      else { return nil }
      form = .single(value)
    }
    return icu(form) == message ? form : nil
  }

  /// Read units in ICU: a value with `{{` converted, and the keys of one plural (`items_one`,
  /// `items_other`: a `_other` and no unsuffixed key) joined into one unit at the first's place.
  /// - Parameter units: Units as read, one a key, the targets as written.
  /// - Returns: The units with ICU targets.
  static func messages(_ units: [TranslationUnit]) -> [TranslationUnit] {
    let ids = Set(units.map(\.id))
    func split(_ id: String) -> (base: String, category: String)? {
      guard let underscore = id.lastIndex(of: "_") else { return nil }
      let base = String(id[..<underscore])
      let category = String(id[id.index(after: underscore)...])
      guard categories.contains(category), ids.contains(base + "_other"), !ids.contains(base)
      else { return nil }
      return (base, category)
    }
    var out: [TranslationUnit] = []
    var plurals: [String: (index: Int, branches: [(category: String, value: String)])] = [:]
    for unit in units {
      guard let target = unit.target else {
        out.append(unit)
        continue
      }
      if let (base, category) = split(unit.id) {
        if let plural = plurals[base] {
          plurals[base]?.branches = plural.branches + [(category, target)]
        } else {
          var first = unit
          first.id = base
          plurals[base] = (out.count, [(category, target)])
          out.append(first)
        }
        continue
      }
      var converted = unit
      converted.target = message(target, inPlural: false)
      out.append(converted)
    }
    for (_, plural) in plurals {
      out[plural.index].target = icu(.plural(plural.branches))
    }
    return out
  }

  /// The ICU message of an i18next form.
  /// - Parameter form: The values.
  /// - Returns: The ICU message.
  static func icu(_ form: Form) -> String {
    switch form {
    case .single(let value): message(value, inPlural: false)
    case .plural(let branches):
      "{count, plural, "
        + branches.map { "\($0.category) {\(message($0.value, inPlural: true))}" }.joined(
          separator: " ") + "}"
    }
  }

  /// An i18next value as ICU.
  ///
  /// `{{name}}` is `{name}` (`#` for `count` in a plural), and the text around is quoted for ICU
  /// where it must be (`'`, `{`, `}`, `#` in a plural). A value without `{{` that is not a
  /// plural branch is ICU as it is.
  static func message(_ value: String, inPlural: Bool) -> String {
    guard inPlural || value.contains("{{") else { return value }
    var out = ""
    var rest = Substring(value)
    while let open = rest.firstRange(of: "{{") {
      out += quoted(rest[..<open.lowerBound], inPlural: inPlural, beforeSyntax: true)
      guard let close = rest[open.upperBound...].firstRange(of: "}}") else {
        rest = rest[open.lowerBound...]
        break
      }
      let inner = rest[open.upperBound..<close.lowerBound].trimmingSpaces
      out += inPlural && inner == "count" ? "#" : "{" + inner + "}"
      rest = rest[close.upperBound...]
    }
    return out + quoted(rest, inPlural: inPlural, beforeSyntax: inPlural)
  }

  /// ICU pieces as an i18next value, or `nil` when one does not map.
  private static func text(_ pieces: [InlinePiece], inPlural: Bool) -> String? {
    var out = ""
    for piece in pieces {
      switch piece {
      case .text(let raw):
        let literal = unquoted(raw, inPlural: inPlural)
        // i18next would read these as its own syntax.
        guard !literal.contains("{{"), !literal.contains("}}"), !literal.contains("$t(") else {
          return nil
        }
        out += literal
      case .placeholder("#"):
        guard inPlural else { return nil }
        out += "{{count}}"
      case .placeholder(let raw):
        let inner = raw.dropFirst().dropLast().split(separator: ",").map(\.trimmingSpaces)
        guard let name = inner.first, !name.isEmpty,
          name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }),
          inner.count == 1 || (inner.count == 2 && inner[1] == "number")
        else { return nil }
        out += "{{" + inner.joined(separator: ", ") + "}}"
      case .choice:
        return nil
      }
    }
    return out
  }

  /// ICU text (as written, with its apostrophe quoting) as the literal text it stands for.
  static func unquoted(_ raw: String, inPlural: Bool) -> String {
    let scalars = Array(raw.unicodeScalars)
    var out = String.UnicodeScalarView()
    var index = 0
    func special(_ scalar: Unicode.Scalar) -> Bool {
      scalar == "{" || scalar == "}" || scalar == "|" || (inPlural && scalar == "#")
    }
    while index < scalars.count {
      let scalar = scalars[index]
      guard scalar == "'", index + 1 < scalars.count else {
        out.append(scalar)
        index += 1
        continue
      }
      if scalars[index + 1] == "'" {
        out.append("'")
        index += 2
      } else if special(scalars[index + 1]) {
        index += 1
        while index < scalars.count {
          if scalars[index] == "'" {
            if index + 1 < scalars.count, scalars[index + 1] == "'" {
              out.append("'")
              index += 2
              continue
            }
            index += 1
            break
          }
          out.append(scalars[index])
          index += 1
        }
      } else {
        out.append(scalar)
        index += 1
      }
    }
    return String(out)
  }

  /// Literal text quoted for ICU, as little as ICU needs: `'` doubled before a syntax character
  /// or another `'` (or at the end, when a placeholder follows), and each run of syntax characters
  /// in quotes.
  static func quoted(_ text: Substring, inPlural: Bool, beforeSyntax: Bool) -> String {
    func special(_ scalar: Unicode.Scalar) -> Bool {
      scalar == "{" || scalar == "}" || (inPlural && scalar == "#")
    }
    let scalars = Array(text.unicodeScalars)
    var out = String.UnicodeScalarView()
    var index = 0
    while index < scalars.count {
      let scalar = scalars[index]
      if special(scalar) {
        out.append("'")
        while index < scalars.count, special(scalars[index]) {
          out.append(scalars[index])
          index += 1
        }
        out.append("'")
        continue
      }
      if scalar == "'" {
        let next = index + 1 < scalars.count ? scalars[index + 1] : nil
        if let next, next == "'" || next == "|" || special(next) {
          out.append(contentsOf: "''".unicodeScalars)
        } else if next == nil, beforeSyntax {
          out.append(contentsOf: "''".unicodeScalars)
        } else {
          out.append(scalar)
        }
      } else {
        out.append(scalar)
      }
      index += 1
    }
    return String(out)
  }
}

extension Substring {
  fileprivate var trimmingSpaces: String {
    String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
  }
}
