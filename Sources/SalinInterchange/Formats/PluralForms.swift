import SalinCore
import SalinICU

/// The gettext `Plural-Forms` header of a language, chosen by CLDR's plural rules as ICU has them.
///
/// gettext wants a C expression over `n`; CLDR's rules are not written that way and ICU's C API
/// does not give their text. So Salin keeps the expressions gettext and CLDR use for the rule
/// shapes that exist (one form; `n != 1`; French; Filipino; the Slavic and Arabic shapes …) and
/// picks the one that agrees with ICU's cardinal category of every integer 0…1,000 and of
/// 1,000,000 and 2,000,000 (where CLDR 42's `many` of French, Spanish and Italian starts); the
/// forms are numbered in CLDR's category order. A language no shape fits gets no header, rather
/// than a wrong one.
enum PluralForms {
  /// The header value (`nplurals=2; plural=(n != 1);`), or `nil` when no known shape fits.
  static func header(for language: Language) -> String? {
    guard let locale = try? ICULocale(language.tag),
      let rules = try? ICUPluralRules.shared(locale: locale, kind: .cardinal)
    else { return nil }
    let samples = Array(0...1000) + [1_000_000, 2_000_000, 1_000_001]
    let categories = samples.map { rules.select($0) }
    for candidate in candidates {
      guard let expression = try? PluralExpression(candidate.expression) else { continue }
      var formOf: [String: Int] = [:]
      var fits = true
      for (n, category) in zip(samples, categories) {
        let form = expression.evaluate(n)
        guard form >= 0, form < candidate.count, formOf[category, default: form] == form else {
          fits = false
          break
        }
        formOf[category] = form
      }
      // Distinct categories must be distinct forms, each form used.
      guard fits, Set(formOf.values).count == formOf.count, formOf.count == candidate.count
      else { continue }
      return "nplurals=\(candidate.count); plural=\(candidate.expression);"
    }
    return nil
  }

  /// Rule shapes, as gettext's documentation and CLDR's gettext conversions write them.
  static let candidates: [(count: Int, expression: String)] = [
    (1, "0"),
    (2, "(n != 1)"),
    (2, "(n > 1)"),
    (2, "(n % 10 == 4 || n % 10 == 6 || n % 10 == 9)"),
    (2, "(n % 10 != 1 || n % 100 == 11)"),
    (3, "(n == 1 ? 0 : n != 0 && n % 1000000 == 0 ? 1 : 2)"),
    (3, "(n == 0 || n == 1 ? 0 : n != 0 && n % 1000000 == 0 ? 1 : 2)"),
    (
      3,
      "(n % 10 == 1 && n % 100 != 11 ? 0 : n % 10 >= 2 && n % 10 <= 4 && (n % 100 < 12 || n % 100 > 14) ? 1 : 2)"
    ),
    (3, "(n == 1 ? 0 : n % 10 >= 2 && n % 10 <= 4 && (n % 100 < 12 || n % 100 > 14) ? 1 : 2)"),
    (3, "(n == 1 ? 0 : n >= 2 && n <= 4 ? 1 : 2)"),
    (3, "(n == 1 ? 0 : n == 0 || n % 100 >= 2 && n % 100 <= 19 ? 1 : 2)"),
    (
      3,
      "(n % 10 == 0 || n % 100 >= 11 && n % 100 <= 19 ? 0 : n % 10 == 1 && n % 100 != 11 ? 1 : 2)"
    ),
    (
      3,
      "(n % 10 == 1 && (n % 100 < 11 || n % 100 > 19) ? 0 : n % 10 >= 2 && n % 10 <= 9 && (n % 100 < 11 || n % 100 > 19) ? 1 : 2)"
    ),
    (4, "(n % 100 == 1 ? 0 : n % 100 == 2 ? 1 : n % 100 == 3 || n % 100 == 4 ? 2 : 3)"),
    (3, "(n == 1 ? 0 : n == 2 ? 1 : 2)"),
    (
      6,
      "(n == 0 ? 0 : n == 1 ? 1 : n == 2 ? 2 : n % 100 >= 3 && n % 100 <= 10 ? 3 : n % 100 >= 11 ? 4 : 5)"
    ),
    (5, "(n == 1 ? 0 : n == 2 ? 1 : n >= 3 && n <= 6 ? 2 : n >= 7 && n <= 10 ? 3 : 4)"),
  ]
}

/// A gettext plural expression: C's `?:`, `||`, `&&`, comparisons, `%`, `!`, parentheses, `n`
/// and integers.
struct PluralExpression {
  private indirect enum Node {
    case n
    case number(Int)
    case not(Node)
    case binary(String, Node, Node)
    case conditional(Node, Node, Node)
  }

  private let root: Node

  /// Parses an expression.
  /// - Throws: `PluralExpression.SyntaxError` where it breaks.
  init(_ text: String) throws {
    var parser = Parser(tokens: Self.tokens(text))
    root = try parser.conditional()
    guard parser.index == parser.tokens.count else { throw SyntaxError() }
  }

  /// The form index for `n`.
  func evaluate(_ n: Int) -> Int { Self.value(root, n) }

  struct SyntaxError: Error {}

  private static func value(_ node: Node, _ n: Int) -> Int {
    switch node {
    case .n: return n
    case .number(let value): return value
    case .not(let inner): return value(inner, n) == 0 ? 1 : 0
    case .conditional(let test, let yes, let no):
      return value(test, n) != 0 ? value(yes, n) : value(no, n)
    case .binary(let op, let lhs, let rhs):
      let a = value(lhs, n)
      if op == "&&" { return a != 0 && value(rhs, n) != 0 ? 1 : 0 }
      if op == "||" { return a != 0 || value(rhs, n) != 0 ? 1 : 0 }
      let b = value(rhs, n)
      switch op {
      case "%": return b == 0 ? 0 : a % b
      case "==": return a == b ? 1 : 0
      case "!=": return a != b ? 1 : 0
      case "<": return a < b ? 1 : 0
      case "<=": return a <= b ? 1 : 0
      case ">": return a > b ? 1 : 0
      case ">=": return a >= b ? 1 : 0
      default: return 0
      }
    }
  }

  private static func tokens(_ text: String) -> [String] {
    var tokens: [String] = []
    let scalars = Array(text.unicodeScalars)
    var index = 0
    while index < scalars.count {
      let scalar = scalars[index]
      if scalar == " " {
        index += 1
        continue
      }
      if ("0"..."9").contains(scalar) {
        var end = index
        while end < scalars.count, ("0"..."9").contains(scalars[end]) { end += 1 }
        tokens.append(String(String.UnicodeScalarView(scalars[index..<end])))
        index = end
        continue
      }
      if index + 1 < scalars.count {
        let pair = String(String.UnicodeScalarView(scalars[index...index + 1]))
        if ["&&", "||", "==", "!=", "<=", ">="].contains(pair) {
          tokens.append(pair)
          index += 2
          continue
        }
      }
      tokens.append(String(scalar))
      index += 1
    }
    return tokens
  }

  private struct Parser {
    let tokens: [String]
    var index = 0

    mutating func take(_ token: String) -> Bool {
      guard index < tokens.count, tokens[index] == token else { return false }
      index += 1
      return true
    }

    mutating func conditional() throws -> Node {
      let test = try binary(0)
      guard take("?") else { return test }
      let yes = try conditional()
      guard take(":") else { throw SyntaxError() }
      return .conditional(test, yes, try conditional())
    }

    static let levels: [[String]] = [["||"], ["&&"], ["==", "!="], ["<", "<=", ">", ">="], ["%"]]

    mutating func binary(_ level: Int) throws -> Node {
      guard level < Self.levels.count else { return try unary() }
      var lhs = try binary(level + 1)
      while index < tokens.count, Self.levels[level].contains(tokens[index]) {
        let op = tokens[index]
        index += 1
        lhs = .binary(op, lhs, try binary(level + 1))
      }
      return lhs
    }

    mutating func unary() throws -> Node {
      if take("!") { return .not(try unary()) }
      if take("(") {
        let inner = try conditional()
        guard take(")") else { throw SyntaxError() }
        return inner
      }
      guard index < tokens.count else { throw SyntaxError() }
      let token = tokens[index]
      index += 1
      if token == "n" { return .n }
      if let value = Int(token) { return .number(value) }
      throw SyntaxError()
    }
  }
}
