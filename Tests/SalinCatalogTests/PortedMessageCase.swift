import Foundation
import SalinCatalog
import SalinCore
import SalinTestSupport
import Testing

/// A message test case ported from a published suite (messageformat.js, FormatJS, ICU4C), with
/// what ICU 72's own `icu::MessageFormat` makes of it.
///
/// The cases live in `Tests/Fixtures/Messages/cases.tsv`, each naming the suite, file and line
/// it came from; ICU's results in `icu72.tsv`, computed by `icu_expected.cpp` against the
/// system libicu (`make fixtures-messages`); the cases where Salin deliberately differs in
/// `deviations.tsv`, each also listed in docs/catalogs.md.
struct PortedMessageCase: Sendable, CustomTestStringConvertible {
  /// What ICU does with the case.
  enum Outcome: Sendable, Equatable {
    /// Formats it as this text.
    case text(String)
    /// Rejects the pattern (ICU's error name).
    case syntaxError(String)
    /// Rejects the arguments when formatting (ICU's error name).
    case formatError(String)
  }

  /// A short unique name such as `mf-147`.
  let id: String
  /// Suite, file and line, such as `messageformat.js test/fixtures/messageformat.ts:147`.
  let origin: String
  /// The BCP 47 tag it runs in.
  let locale: String
  /// The time zone dates are shown in.
  let timeZone: String
  /// The message.
  let pattern: String
  /// The arguments, by name.
  let arguments: [String: MessageArgument]
  /// ICU 72's result.
  let icu: Outcome
  /// Salin's deliberate difference, if the case has one.
  let deviation: Deviation?

  /// A case where Salin differs from ICU on purpose.
  struct Deviation: Sendable {
    /// What Salin gives: `error` or the text.
    let salin: Outcome
    /// Why (one of the reasons listed in docs/catalogs.md).
    let reason: String
  }

  var testDescription: String { "\(id) (\(origin))" }

  /// Every ported case, read once.
  static let all: [PortedMessageCase] = load()

  /// The folder of the fixtures.
  static let folder = TestSupport.packageRoot.appendingPathComponent("Tests/Fixtures/Messages")

  private static func load() -> [PortedMessageCase] {
    func rows(_ name: String) -> [[String]] {
      let url = folder.appendingPathComponent(name)
      guard let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
      return text.split(separator: "\n", omittingEmptySubsequences: true)
        .filter { !$0.hasPrefix("#") }
        .map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
    }
    var expected: [String: Outcome] = [:]
    for row in rows("icu72.tsv") where row.count >= 3 {
      let detail = unescape(row[2])
      expected[row[0]] =
        switch row[1] {
        case "ok": .text(detail)
        case "syntax": .syntaxError(detail)
        default: .formatError(detail)
        }
    }
    var deviations: [String: Deviation] = [:]
    for row in rows("deviations.tsv") where row.count >= 3 {
      let salin: Outcome = row[1] == "error" ? .formatError("") : .text(unescape(row[1]))
      deviations[row[0]] = Deviation(salin: salin, reason: row[2])
    }
    return rows("cases.tsv").compactMap { row in
      guard row.count >= 5 else { return nil }
      var arguments: [String: MessageArgument] = [:]
      for spec in row[5...] {
        guard let (name, value) = argument(spec) else { continue }
        arguments[name] = value
      }
      return PortedMessageCase(
        id: row[0], origin: row[1], locale: row[2], timeZone: row[3], pattern: unescape(row[4]),
        arguments: arguments,
        icu: expected[row[0]] ?? .formatError("no ICU result: run make fixtures-messages"),
        deviation: deviations[row[0]])
    }
  }

  /// `name=type:value` as `icu_expected.cpp` reads it.
  private static func argument(_ spec: String) -> (String, MessageArgument)? {
    guard let equals = spec.firstIndex(of: "="),
      let colon = spec[equals...].firstIndex(of: ":")
    else { return nil }
    let name = unescape(String(spec[..<equals]))
    let type = spec[spec.index(after: equals)..<colon]
    let value = unescape(String(spec[spec.index(after: colon)...]))
    func int(_ text: Substring) -> Int { Int(text) ?? 0 }
    switch type {
    case "s": return (name, .string(value))
    case "n":
      let number = value == "inf" ? Double.infinity : value == "-inf" ? -.infinity : Double(value)
      return (name, .number(number ?? .nan))
    case "x": return (name, .decimal(value))
    case "ms": return (name, .dateTime(utc(millis: Double(value) ?? 0)))
    case "d":
      let fields = value.split(separator: "-")
      return (
        name,
        .date(
          year: int(fields[0]), month: int(fields[1]), day: fields.count > 2 ? int(fields[2]) : nil)
      )
    case "t", "dt":
      guard
        case .dateTime(let time)? = Optional(
          MessageArgument.parsing(type == "t" ? "1970-01-01T" + value : value))
      else {
        return nil
      }
      if type == "t" {
        return (
          name,
          .time(
            hour: time.hour, minute: time.minute, second: time.second, millisecond: time.millisecond
          )
        )
      }
      return (name, .dateTime(time))
    case "c":
      let pieces = value.split(separator: " ")
      return (name, .currency(amount: Double(pieces[0]) ?? .nan, code: String(pieces[1])))
    default: return nil
    }
  }

  /// The UTC date and time of milliseconds since 1970 (Howard Hinnant's civil-from-days).
  private static func utc(millis: Double) -> MessageDateTime {
    let total = Int64(millis.rounded(.down))
    var days = total / 86_400_000
    var rest = total % 86_400_000
    if rest < 0 {
      rest += 86_400_000
      days -= 1
    }
    let z = days + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let dayOfEra = z - era * 146_097
    let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let mp = (5 * dayOfYear + 2) / 153
    let day = dayOfYear - (153 * mp + 2) / 5 + 1
    let month = mp < 10 ? mp + 3 : mp - 9
    let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
    return MessageDateTime(
      year: Int(year), month: Int(month), day: Int(day), hour: Int(rest / 3_600_000),
      minute: Int(rest / 60_000 % 60), second: Int(rest / 1000 % 60),
      millisecond: Int(rest % 1000), utcOffsetMinutes: 0)
  }

  /// Reverses the fixtures' escapes (`\\ \t \n \r \uXXXX \UXXXXXXXX`).
  static func unescape(_ text: String) -> String {
    guard text.contains("\\") else { return text }
    var out = String.UnicodeScalarView()
    var scalars = text.unicodeScalars[...]
    while let scalar = scalars.popFirst() {
      guard scalar == "\\", let next = scalars.popFirst() else {
        out.append(scalar)
        continue
      }
      switch next {
      case "t": out.append("\t")
      case "n": out.append("\n")
      case "r": out.append("\r")
      case "u", "U":
        let count = next == "u" ? 4 : 8
        let hex = String(String.UnicodeScalarView(scalars.prefix(count)))
        scalars = scalars.dropFirst(count)
        if let value = UInt32(hex, radix: 16), let decoded = Unicode.Scalar(value) {
          out.append(decoded)
        }
      default: out.append(next)
      }
    }
    return String(out)
  }

  /// What Salin makes of the case: the text, or the error it throws.
  func formatWithSalin() -> Result<String, any Error> {
    Result {
      var yaml = "k: \""
      for scalar in pattern.unicodeScalars {
        switch scalar {
        case "\"": yaml += "\\\""
        case "\\": yaml += "\\\\"
        case _
        where scalar.value < 0x20 || (0x7F...0xA0).contains(scalar.value)
          || scalar.properties.isPatternWhitespace || scalar.value == 0xFEFF:
          yaml += String(format: "\\u%04X", scalar.value)
        default: yaml.unicodeScalars.append(scalar)
        }
      }
      yaml += "\"\n"
      let language = Language(locale)
      let file = try CatalogFile.parse(yaml, path: "\(locale).yaml", defaultLanguage: language)
      let catalogs = try Catalogs(files: [file], timeZone: timeZone)
      return try catalogs.message("k", locale: language, arguments: arguments)
    }
  }
}
