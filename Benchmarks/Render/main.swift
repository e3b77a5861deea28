// bench-render: the cost of rendering the seed briefing beside the cost of the ICU-backed
// formatting calls that render makes, made directly in the same run (goal: render ≤ 2× those
// calls), at 1×, 10× and 100× the seed's sections (goal: cost per section flat, i.e. linear).
//
// The sides, per locale:
// - "render": `BriefingRenderer.render(briefing, locale:)` -> `RenderedDocument` (every span
//   with its provenance, the fallbacks taken), what `salin render` does for each locale.
// - "only": rendering a `RenderPlan` made beforehand (the briefing flattened once into arrays).
// - "plan+1": making the plan and rendering one locale from it.
// - "plan+3/3": making the plan once and rendering en, tl and ko from it, divided by 3: what
//   one locale costs a user rendering all three through a plan. The plan pays only if this
//   is below "render".
// - "+md": render also written as Markdown, the file a user gets from `--format markdown`.
// - "calls": the same catalog messages (same key, locale and already-formatted argument values,
//   so the same ICU formatters with the same values) and ICU region names the render made,
//   called straight on `Catalogs` / ICU: no renderer, no adapter, arguments built beforehand.
//   "plain" counts the calls that are labels without placeholders: a catalog lookup, no ICU.
// - "alone": a planned render whose message source answers every key with the key itself:
//   the renderer's own work (spans, provenance, fallback chain) without catalogs or ICU.
// Run with `make bench-render` (release build). Times are medians of many runs.
// `bench-render SEED --profile LOCALE|all N [--plan|--planned] [--markdown] [--calls]` renders
// N times only, for callgrind: a render of LOCALE (or of en, tl and ko for `all`) per run;
// `--plan` makes a plan per run and renders from it, `--planned` renders from one plan made
// before; `--calls` replays the calls instead.
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

  /// Whether the call is a label with no placeholder: the catalog returns its text, ICU is not asked.
  var isPlainLabel: Bool {
    guard case .message(let key, let locale, _) = self else { return false }
    return (try? catalogs.entry(key, locale)?.pattern().plainText) != nil
  }
}

// Profiling mode: render (and write) only, so callgrind counts just that.
if let flag = arguments.firstIndex(of: "--profile") {
  let name = flag + 1 < arguments.count ? arguments[flag + 1] : "en"
  let profiled = name == "all" ? locales : [Language(name)]
  let count = flag + 2 < arguments.count ? Int(arguments[flag + 2]) ?? 1000 : 1000
  let markdown = arguments.contains("--markdown")
  if arguments.contains("--calls") {
    var calls: [DirectCall] = []
    for locale in profiled {
      calls += try BriefingRenderer(messages: catalogs, recordsFormatCalls: true)
        .render(seed, locale: locale).formatCalls.map(DirectCall.init)
    }
    for _ in 0...count { for call in calls { _ = try call.run() } }
    exit(0)
  }
  let prepared = RenderPlan(seed)
  let planned = arguments.contains("--planned")
  let perRun = arguments.contains("--plan")
  for _ in 0...count {
    let plan = planned ? prepared : (perRun ? RenderPlan(seed) : nil)
    for locale in profiled {
      let document =
        try plan.map { try renderer.render($0, locale: locale) }
        ?? renderer.render(seed, locale: locale)
      if markdown { _ = MarkdownWriter().write(document) }
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

/// Answers every message with its key: the renderer's own work with no catalog or ICU behind it.
struct KeyEcho: MessageSource {
  func message(_ key: String, locale: Language, arguments: [String: MessageValue]) throws -> String
  { key }
  func contains(_ key: String, locale: Language) -> Bool { true }
}

let bare = BriefingRenderer(messages: KeyEcho())
let recorder = BriefingRenderer(messages: catalogs, recordsFormatCalls: true)
let markdown = MarkdownWriter()
print(
  "salin bench-render: seed \(seedPath), \(seed.content.sections.count) sections; medians in µs")
print(
  "size  locale sections calls plain   render     only   plan+1      +md    calls  ratio  ratio+md  µs/section    alone"
)
var perSection: [Int: [Double]] = [:]
var ratios: [Double] = []
var onlyRatios: [Double] = []
var markdownRatios: [Double] = []
var planRatios: [Int: Double] = [:]
for factor in [1, 10, 100] {
  let briefing = scaled(seed, by: factor)
  let samples = factor == 100 ? 15 : (factor == 10 ? 61 : 401)
  let plan = RenderPlan(briefing)
  var allCalls: [DirectCall] = []
  var renderSum = 0.0
  for locale in locales {
    let calls = try recorder.render(briefing, locale: locale).formatCalls.map(DirectCall.init)
    allCalls += calls
    let plain = calls.filter(\.isPlainLabel).count
    // Warm the formatter caches so both sides measure steady state.
    _ = markdown.write(try renderer.render(briefing, locale: locale))
    for call in calls { _ = try call.run() }
    let renderTime = try median(samples: samples) {
      _ = try renderer.render(briefing, locale: locale)
    }
    let onlyTime = try median(samples: samples) { _ = try renderer.render(plan, locale: locale) }
    let planTime = try median(samples: samples) {
      _ = try renderer.render(RenderPlan(briefing), locale: locale)
    }
    let markdownTime = try median(samples: samples) {
      _ = markdown.write(try renderer.render(briefing, locale: locale))
    }
    let callTime = try median(samples: samples) {
      for call in calls { _ = try call.run() }
    }
    let bareTime = try median(samples: samples) { _ = try bare.render(briefing, locale: locale) }
    let sections = briefing.content.sections.count
    renderSum += renderTime
    perSection[factor, default: []].append(renderTime / Double(sections))
    if factor == 1 {
      ratios.append(renderTime / callTime)
      onlyRatios.append(onlyTime / callTime)
      markdownRatios.append(markdownTime / callTime)
    }
    print(
      pad("\(factor)×", 6) + pad(locale.tag, 6) + format(Double(sections), 9, decimals: 0)
        + format(Double(calls.count), 6, decimals: 0) + format(Double(plain), 6, decimals: 0)
        + format(renderTime, 9) + format(onlyTime, 9) + format(planTime, 9)
        + format(markdownTime, 9) + format(callTime, 9)
        + format(renderTime / callTime, 7, decimals: 2)
        + format(markdownTime / callTime, 10, decimals: 2)
        + format(renderTime / Double(sections), 12) + format(bareTime, 9))
  }
  let plan3 = try median(samples: samples) {
    let plan = RenderPlan(briefing)
    for locale in locales { _ = try renderer.render(plan, locale: locale) }
  }
  let calls3 = try median(samples: samples) { for call in allCalls { _ = try call.run() } }
  planRatios[factor] = plan3 / calls3
  print(
    pad("\(factor)×", 6) + "en+tl+ko / 3: render " + format(renderSum / 3, 0) + " µs, plan+3/3 "
      + format(plan3 / 3, 0) + " µs, calls " + format(calls3 / 3, 0) + " µs: plan+3/calls "
      + String(format: "%.2f×", plan3 / calls3))
}
let perSectionMedian = perSection.mapValues { $0.sorted()[$0.count / 2] }
print("")
print(
  "overhead ratio at 1× (en, tl, ko): render/calls "
    + ratios.map { String(format: "%.2f×", $0) }.joined(separator: ", ")
    + "; render+md/calls "
    + markdownRatios.map { String(format: "%.2f×", $0) }.joined(separator: ", ") + " (goal ≤ 2×)")
print(
  "through a plan: rendering only "
    + onlyRatios.map { String(format: "%.2f×", $0) }.joined(separator: ", ")
    + "; plan made once + en, tl, ko: " + String(format: "%.2f×", planRatios[1] ?? 0)
    + " (the plan pays only below render/calls)")
print(
  "cost per section, median over locales: "
    + [1, 10, 100].map { "\($0)×: " + String(format: "%.2f µs", perSectionMedian[$0] ?? 0) }
    .joined(separator: ", ")
    + String(
      format: " (100×/1× = %.2f; 1.00 is linear)",
      (perSectionMedian[100] ?? 0) / (perSectionMedian[1] ?? 1)))
