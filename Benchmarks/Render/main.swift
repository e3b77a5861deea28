// bench-render: the cost of rendering the seed briefing beside the cost of the ICU-backed
// formatting calls that render makes, made directly in the same run (goal: render ≤ 2× those
// calls), at 1×, 10× and 100× the seed's sections (goal: cost per section flat, i.e. linear).
//
// Columns, per size and locale (times are medians of many runs, in µs):
// - "n": how many catalog messages and ICU region names the render asked for.
// - "render": `BriefingRenderer.render(briefing, locale:)` -> `RenderedDocument` (every span
//   with its provenance, the fallbacks taken), what `salin render` does for each locale. The
//   briefing value was rendered before, so its layout (`BriefingLayout`, made by a value's
//   first render and shared by its copies) is made: the line after each size gives that cost.
// - "+md": render, then write the document as Markdown (`--format markdown`).
// - "calls" (time): the same catalog messages (same key, locale and already-formatted argument
//   values, so the same ICU formatters with the same values) and ICU region names the render
//   made, called straight on `Catalogs` / ICU with their argument dictionaries built
//   beforehand: no renderer, no adapter.
// - "ratio", "ratio+md": render / calls and render+md / calls.
// - "µs/section": render / the briefing's sections; flat across sizes means linear.
// After each size: the time to lay the briefing out, and en+tl+ko rendered from a new briefing
// value (so the first of the three lays it out) / 3 beside the calls of the three.
// Run with `make bench-render` (release build).
// `bench-render SEED --profile LOCALE|all N [--fresh] [--markdown] [--calls|--calls-list]`
// renders N times only, for callgrind: a render of LOCALE (or of en, tl and ko for `all`) per
// run; `--fresh` renders a new briefing value each run (laid out by its first render);
// `--calls` replays the calls instead, and `--calls-list` replays them with their arguments as
// the list the renderer passes (`MessageArguments`): it counts the same as `--calls`, so the
// direct side loses nothing by keeping the public dictionary call.
import Foundation
import SalinBriefing
import SalinCatalog
import SalinCore
import SalinRender

let arguments = CommandLine.arguments
let seedPath = arguments.dropFirst().first { !$0.hasPrefix("--") } ?? "seeds/edscg-5.briefing.yaml"
let seed = try BriefingLoader().load(
  contentsOf: URL(fileURLWithPath: seedPath), displayPath: seedPath)
let catalogs = try Catalogs.load()
let locales: [Language] = [.english, .tagalog, .korean]
let renderer = BriefingRenderer(messages: catalogs)

/// A recorded call, made ready to repeat on `Catalogs` directly.
enum DirectCall {
  case message(key: String, locale: Language, arguments: [String: MessageArgument])
  case other(FormatCall)

  init(_ call: FormatCall) {
    if case .message(let key, let locale, let arguments) = call {
      self = .message(key: key, locale: locale, arguments: arguments.mapValues(\.catalogArgument))
    } else {
      self = .other(call)
    }
  }

  func run() throws -> String {
    switch self {
    case .message(let key, let locale, let arguments):
      try catalogs.message(key, locale: locale, arguments: arguments)
    case .other(let call): try call.replay(with: catalogs)
    }
  }
}

/// A recorded call with its arguments as a list, as the renderer passes them.
struct ListedCall {
  let call: DirectCall
  let list: MessageArguments?
  init(_ call: DirectCall) {
    self.call = call
    if case .message(_, _, let arguments) = call {
      var list = MessageArguments(capacity: arguments.count)
      for (name, value) in arguments.sorted(by: { $0.key < $1.key }) {
        list.append(value, named: name)
      }
      self.list = list
    } else {
      list = nil
    }
  }
  func run() throws -> String {
    if case .message(let key, let locale, _) = call, let list {
      return try catalogs.message(key, locale: locale, argumentList: list) ?? ""
    }
    return try call.run()
  }
}

// Profiling mode: render (and write) only, so callgrind counts just that.
if let flag = arguments.firstIndex(of: "--profile") {
  let name = flag + 1 < arguments.count ? arguments[flag + 1] : "en"
  let profiled = name == "all" ? locales : [Language(name)]
  let count = flag + 2 < arguments.count ? Int(arguments[flag + 2]) ?? 1000 : 1000
  let markdown = arguments.contains("--markdown")
  let fresh = arguments.contains("--fresh")
  if arguments.contains("--calls") || arguments.contains("--calls-list") {
    var calls: [DirectCall] = []
    for locale in profiled {
      calls += try BriefingRenderer(messages: catalogs, recordsFormatCalls: true)
        .render(seed, locale: locale).formatCalls.map(DirectCall.init)
    }
    if arguments.contains("--calls-list") {
      let listed = calls.map(ListedCall.init)
      for _ in 0...count { for call in listed { _ = try call.run() } }
    } else {
      for _ in 0...count { for call in calls { _ = try call.run() } }
    }
    exit(0)
  }
  for _ in 0...count {
    if fresh {
      // A new value has no layout yet: the first render of it lays it out.
      var briefing = seed
      briefing.content = seed.content
      for locale in profiled {
        let document = try renderer.render(briefing, locale: locale)
        if markdown { _ = MarkdownWriter().write(document) }
      }
    } else {
      for locale in profiled {
        let document = try renderer.render(seed, locale: locale)
        if markdown { _ = MarkdownWriter().write(document) }
      }
    }
  }
  exit(0)
}

/// The seed with its sections repeated `factor` times.
func scaled(_ briefing: Briefing, by factor: Int) -> Briefing {
  var copy = briefing
  copy.content.sections = Array(repeating: briefing.content.sections, count: factor).flatMap { $0 }
  return copy
}

/// The median of `samples` timings of `body`, in microseconds.
func median(samples: Int, _ body: () throws -> Void) rethrows -> Double {
  let clock = ContinuousClock()
  var times: [Double] = []
  for _ in 0..<samples {
    let elapsed = try clock.measure(body)
    times.append(
      Double(elapsed.components.attoseconds) / 1e12 + Double(elapsed.components.seconds) * 1e6)
  }
  return times.sorted()[times.count / 2]
}

func format(_ value: Double, _ width: Int, decimals: Int = 1) -> String {
  let text = String(format: "%.\(decimals)f", value)
  return String(repeating: " ", count: max(0, width - text.count)) + text
}

func pad(_ text: String, _ width: Int) -> String {
  text.padding(toLength: width, withPad: " ", startingAt: 0)
}

let recorder = BriefingRenderer(messages: catalogs, recordsFormatCalls: true)
let markdown = MarkdownWriter()
print(
  "salin bench-render: seed \(seedPath), \(seed.content.sections.count) sections; medians in µs")
print("size  locale sections     n   render      +md    calls  ratio  ratio+md  µs/section")
var perSection: [Int: [Double]] = [:]
var ratios: [Double] = []
var markdownRatios: [Double] = []
var freshRatios: [Int: Double] = [:]
for factor in [1, 10, 100] {
  let briefing = scaled(seed, by: factor)
  let samples = factor == 100 ? 15 : (factor == 10 ? 61 : 401)
  var allCalls: [DirectCall] = []
  for locale in locales {
    let calls = try recorder.render(briefing, locale: locale).formatCalls.map(DirectCall.init)
    allCalls += calls
    // Warm the formatter caches (and lay the briefing out) so both sides measure steady state.
    _ = markdown.write(try renderer.render(briefing, locale: locale))
    for call in calls { _ = try call.run() }
    let renderTime = try median(samples: samples) {
      _ = try renderer.render(briefing, locale: locale)
    }
    let markdownTime = try median(samples: samples) {
      _ = markdown.write(try renderer.render(briefing, locale: locale))
    }
    let callTime = try median(samples: samples) {
      for call in calls { _ = try call.run() }
    }
    let sections = briefing.content.sections.count
    perSection[factor, default: []].append(renderTime / Double(sections))
    if factor == 1 {
      ratios.append(renderTime / callTime)
      markdownRatios.append(markdownTime / callTime)
    }
    print(
      pad("\(factor)×", 6) + pad(locale.tag, 6) + format(Double(sections), 9, decimals: 0)
        + format(Double(calls.count), 6, decimals: 0) + format(renderTime, 9)
        + format(markdownTime, 9) + format(callTime, 9)
        + format(renderTime / callTime, 7, decimals: 2)
        + format(markdownTime / callTime, 10, decimals: 2)
        + format(renderTime / Double(sections), 12))
  }
  // A briefing value never rendered: the first render lays it out, and the other two share it.
  let layoutTime = median(samples: samples) { _ = BriefingLayout(briefing) }
  let fresh3 = try median(samples: samples) {
    var copy = briefing
    copy.content = briefing.content
    for locale in locales { _ = try renderer.render(copy, locale: locale) }
  }
  let calls3 = try median(samples: samples) { for call in allCalls { _ = try call.run() } }
  freshRatios[factor] = fresh3 / calls3
  print(
    pad("\(factor)×", 6) + "laying the briefing out: " + format(layoutTime, 0)
      + " µs; en+tl+ko of a new briefing value / 3: " + format(fresh3 / 3, 0) + " µs, calls "
      + format(calls3 / 3, 0) + " µs: " + String(format: "%.2f×", fresh3 / calls3))
}
let perSectionMedian = perSection.mapValues { $0.sorted()[$0.count / 2] }
print("")
print(
  "overhead ratio at 1× (en, tl, ko): render/calls "
    + ratios.map { String(format: "%.2f×", $0) }.joined(separator: ", ")
    + String(format: " (average %.2f×; goal ≤ 2×)", ratios.reduce(0, +) / Double(ratios.count))
    + "; render+md/calls "
    + markdownRatios.map { String(format: "%.2f×", $0) }.joined(separator: ", "))
print(
  "en+tl+ko of a new briefing value (laid out by its first render) / their calls: "
    + [1, 10, 100].map { "\($0)×: " + String(format: "%.2f×", freshRatios[$0] ?? 0) }
    .joined(separator: ", "))
print(
  "cost per section, median over locales: "
    + [1, 10, 100].map { "\($0)×: " + String(format: "%.2f µs", perSectionMedian[$0] ?? 0) }
    .joined(separator: ", ")
    + String(
      format: " (100×/1× = %.2f; 1.00 is linear)",
      (perSectionMedian[100] ?? 0) / (perSectionMedian[1] ?? 1)))
