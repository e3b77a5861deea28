// bench-messages: Salin's message formatting against ICU4C's C++ icu::MessageFormat, same run.
//
//   bench-messages [--workload FILE] [--rounds N] [--print]
//
// Formats every message of the built-in catalogs in en, tl and ko (labels and messages with
// arguments) round after round and prints the median cost per message. With --workload it also
// writes, for the C++ side (Benchmarks/Messages/icu4c/bench.cpp), each message in plain ICU
// syntax with the same arguments: Salin's `{x, list}` and `{c, region}` become `{x}` and `{c}`
// that the C++ side fills with icu::ListFormatter and icu::LocaleDisplayNames per call, `~ng`
// becomes the literal "ng" and Korean particles stay as text (ICU has no equivalent).
import Foundation
import SalinCatalog
import SalinCore

let arguments = Array(CommandLine.arguments.dropFirst())
func option(_ name: String) -> String? {
  arguments.firstIndex(of: name).flatMap { $0 + 1 < arguments.count ? arguments[$0 + 1] : nil }
}
let rounds = option("--rounds").flatMap(Int.init) ?? 301

/// A sample value per argument name, as a briefing would pass it, per language.
func sample(_ name: String, _ language: Language) -> (MessageArgument, code: String) {
  let ko = language == .korean
  switch name {
  case "n": return (5, "n:5")
  case "amount": return (1234.5, "n:1234.5")
  case "p": return (0.256, "n:0.256")
  case "x": return (1.5, "n:1.5")
  case "s": return (4_523, "n:4523")
  case "t":
    return (
      .dateTime(MessageDateTime(year: 2023, month: 4, day: 26, hour: 14, minute: 30)),
      "t:2023-04-26T14:30"
    )
  case "year": return (2025, "n:2025")
  case "d": return (.date(year: 2023, month: 4, day: 26), "d:2023-04-26")
  case "country": return ("US", "r:US")
  case "series":
    let text = ko ? "확장억제전략협의체" : "Extended Deterrence Strategy and Consultation Group"
    return (.string(text), "s:" + text)
  case "leaders", "areas", "sources":
    let items: [String] =
      switch (name, ko) {
      case ("leaders", true): ["보니 젠킨스 국무부 차관", "카라 어버크롬비 국방부 정책부차관 대행"]
      case ("leaders", false): ["Bonnie Jenkins", "Cara Abercrombie"]
      case ("areas", true): ["미사일 방어", "사이버 안보", "핵 태세"]
      case ("areas", false): ["Missile Defense", "Cybersecurity", "Nuclear Posture"]
      default: ["THX News", "US Department of State"]
      }
    return (.list(items), "l:" + items.joined(separator: "\u{1F}"))
  case "name": return (.string(ko ? "워싱턴" : "Washington"), "s:" + (ko ? "워싱턴" : "Washington"))
  case "party":
    return (.string(ko ? "미국" : "the United States"), "s:" + (ko ? "미국" : "the United States"))
  case "target": return (.string(ko ? "북한" : "North Korea"), "s:" + (ko ? "북한" : "North Korea"))
  default: return (.string("X"), "s:X")
  }
}

/// The message in plain ICU MessageFormat syntax, for icu::MessageFormat.
///
/// icu::MessageFormat does not trim the space before a spell-out rule set and silently falls back
/// to the default one ("five" for `%spellout-ordinal`), so the space goes; Korean has no
/// `%spellout-ordinal` and gets the rule set Salin picks for it (`%spellout-ordinal-native-count`).
func icuPattern(_ source: String, language: Language) -> String {
  var text = source.replacingOccurrences(of: "}~ng", with: "}ng")
  for style in [", list}", ", list, and}", ", list, names}", ", region}", ", region, adjective}"] {
    text = text.replacingOccurrences(of: style, with: "}")
  }
  for marker in ["ang~{", "ng~{", "sa~{"] {
    text = text.replacingOccurrences(of: marker, with: marker.dropLast(2) + " {")
  }
  text = text.replacingOccurrences(of: ", spellout, %", with: ", spellout,%")
  if language == .korean {
    text = text.replacingOccurrences(
      of: ",%spellout-ordinal}", with: ",%spellout-ordinal-native-count}")
  }
  return text
}

/// One message to format.
struct Item {
  let key: String
  let language: Language
  let arguments: [String: MessageArgument]
  init(key: String, language: Language, arguments: [String: MessageArgument]) {
    self.key = key
    self.language = language
    self.arguments = arguments
  }
}

/// Messages in ICU's own styles, beside the built-in catalogs' (which are mostly skeletons and
/// Salin's extensions): the named number and date styles, patterns, choice, plural of a decimal,
/// the rule-based ordinal and duration, and `{d}` with a date.
let styles = [
  "style.currency": "Budget: {amount, number, currency}",
  "style.percent": "{p, number, percent} complete",
  "style.integer": "{amount, number, integer} people",
  "style.pattern": "{amount, number, #,##0.00}",
  "style.date-short": "{d, date, short}",
  "style.date-long": "on {d, date, long}",
  "style.date-pattern": "{d, date, yyyy-MM-dd}",
  "style.time": "at {t, time, short}",
  "style.default-date": "{d}",
  "style.default-number": "{x}",
  "style.choice": "{n, choice, 0#no meetings|1#one meeting|1<{n, number, integer} meetings}",
  "style.plural-decimal": "{x, plural, one {# hour} other {# hours}}",
  "style.ordinal": "the {n, ordinal} round",
  "style.duration": "{s, duration}",
]
let styleFiles = try [Language.english, .tagalog, .korean].map { language in
  let yaml = styles.sorted { $0.key < $1.key }.map { "\($0.key): '\($0.value)'" }
    .joined(separator: "\n")
  return try CatalogFile.parse(yaml, path: "\(language.tag).yaml", defaultLanguage: language)
}
let builtIn = try Catalogs.load(directories: [], includeBuiltIn: true)
let catalogs = try Catalogs(files: builtIn.files + styleFiles, timeZone: "GMT")
var items: [Item] = []
var workload = ""
for language in catalogs.languages {
  let icuLocale = language == .tagalog ? "fil" : language.tag
  for key in catalogs.keys {
    guard let entry = catalogs.entry(key, language) else { continue }
    let names = try entry.pattern().argumentNames
    var values: [String: MessageArgument] = [:]
    var codes: [String] = []
    var pattern = icuPattern(entry.source, language: language)
    for name in names {
      let (value, code) = sample(name, language)
      values[name] = value
      codes.append("\(name)=\(code)")
      // Salin's plural of a list counts its items; icu::MessageFormat gets the count as a number.
      if case .list(let list) = value, pattern.contains("{\(name), plural,") {
        pattern = pattern.replacingOccurrences(
          of: "{\(name), plural,", with: "{\(name)_count, plural,")
        codes.append("\(name)_count=n:\(list.count)")
      }
    }
    items.append(Item(key: key, language: language, arguments: values))
    workload +=
      [
        icuLocale, key, pattern,
        codes.joined(separator: "\u{1E}"),
      ]
      .joined(separator: "\t") + "\n"
  }
}
if let path = option("--workload") {
  try workload.write(toFile: path, atomically: true, encoding: .utf8)
}

if arguments.contains("--print") {
  // Each result once (locale, key, text), to set beside `bench-icu4c WORKLOAD --print`.
  for item in items {
    let text = try catalogs.message(item.key, locale: item.language, arguments: item.arguments)
    print("\(item.language == .tagalog ? "fil" : item.language.tag)\t\(item.key)\t\(text)")
  }
  exit(0)
}

/// Formats every item once; a function, so that the catalogs and items are borrowed, not
/// copied (a closure over the top-level values copied the `Catalogs` for every call).
func formatAll(_ catalogs: borrowing Catalogs, _ items: borrowing [Item]) throws -> Int {
  var sink = 0
  // The fields read in place: `let item = items[index]` of a class retained the item as well
  // as the key, tag and arguments the call is given (three retains and releases a message
  // remain; the C++ side passes its prebuilt names and values by pointer).
  for index in items.indices {
    sink &+= try catalogs.message(
      items[index].key, locale: items[index].language, arguments: items[index].arguments
    ).utf8.count
  }
  return sink
}

// Warm up (opens every formatter once), then time whole rounds.
var sink = 0
for _ in 0..<20 { sink &+= try formatAll(catalogs, items) }
let clock = ContinuousClock()
var perMessage: [Double] = []
for _ in 0..<rounds {
  var roundSink = 0
  let elapsed = try clock.measure { roundSink = try formatAll(catalogs, items) }
  sink &+= roundSink
  let ns = Double(elapsed.components.seconds) * 1e9 + Double(elapsed.components.attoseconds) / 1e9
  perMessage.append(ns / Double(items.count))
}
perMessage.sort()
let median = perMessage.isEmpty ? 0 : perMessage[perMessage.count / 2]
let withArguments = items.filter { !$0.arguments.isEmpty }.count
print(
  "salin  : \(String(format: "%8.1f", median)) ns/message median of \(rounds) rounds"
    + " (\(items.count) messages: \(withArguments) with arguments, en/tl/ko; checksum \(sink % 997))"
)
print("median_ns=\(median)")
