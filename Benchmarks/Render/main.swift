// bench-render: the cost of rendering the seed briefing beside the cost of the ICU-backed
// formatting calls that render makes, replayed directly in the same run (goal: render ≤ 2× ICU),
// at 1×, 10× and 100× the seed's sections (goal: cost per section flat, i.e. linear growth).
// "renderer alone" renders with a message source that answers every key with the key itself:
// the renderer's own work (spans, provenance, fallback chain) without catalogs or ICU.
// Run with `make bench-render` (release build). Times are medians.
import Foundation
import SalinBriefing
import SalinCatalog
import SalinCore
import SalinRender

let seedPath = CommandLine.arguments.dropFirst().first ?? "seeds/edscg-5.briefing.yaml"
let seed = try BriefingLoader().load(
  contentsOf: URL(fileURLWithPath: seedPath), displayPath: seedPath)
let catalogs = try Catalogs.load()
let locales: [Language] = [.english, .tagalog, .korean]

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

func format(_ value: Double, _ width: Int) -> String {
  let text = String(format: "%.1f", value)
  return String(repeating: " ", count: max(0, width - text.count)) + text
}

/// Answers every message with its key: the renderer's own work with no catalog or ICU behind it.
struct KeyEcho: MessageSource {
  func message(_ key: String, locale: Language, arguments: [String: MessageValue]) throws -> String
  { key }
  func contains(_ key: String, locale: Language) -> Bool { true }
}

let renderer = BriefingRenderer(messages: catalogs)
let bare = BriefingRenderer(messages: KeyEcho())
let recorder = BriefingRenderer(messages: catalogs, recordsFormatCalls: true)
print(
  "salin bench-render: seed \(seedPath), \(seed.content.sections.count) sections; medians in µs")
print(
  "size   locale  sections  calls   render µs      ICU µs   ratio  µs/section  renderer alone µs")
var perSection: [Int: [Double]] = [:]
var ratios: [Double] = []
for factor in [1, 10, 100] {
  let briefing = scaled(seed, by: factor)
  let samples = factor == 100 ? 9 : (factor == 10 ? 31 : 201)
  for locale in locales {
    let calls = try recorder.render(briefing, locale: locale).formatCalls
    // Warm the formatter caches so both sides measure steady state.
    _ = try renderer.render(briefing, locale: locale)
    for call in calls { _ = try call.replay(with: catalogs) }
    let renderTime = try median(samples: samples) {
      _ = try renderer.render(briefing, locale: locale)
    }
    let icuTime = try median(samples: samples) {
      for call in calls { _ = try call.replay(with: catalogs) }
    }
    let bareTime = try median(samples: samples) { _ = try bare.render(briefing, locale: locale) }
    let sections = briefing.content.sections.count
    perSection[factor, default: []].append(renderTime / Double(sections))
    if factor == 1 { ratios.append(renderTime / icuTime) }
    print(
      "\(String(factor) + "×")".padding(toLength: 7, withPad: " ", startingAt: 0)
        + locale.tag.padding(toLength: 8, withPad: " ", startingAt: 0)
        + format(Double(sections), 8).replacingOccurrences(of: ".0", with: "  ")
        + format(Double(calls.count), 7).replacingOccurrences(of: ".0", with: "  ")
        + format(renderTime, 12) + format(icuTime, 12) + format(renderTime / icuTime, 8)
        + format(renderTime / Double(sections), 12) + format(bareTime, 19))
  }
}
let perSectionMedian = perSection.mapValues { $0.sorted()[$0.count / 2] }
print("")
print(
  "overhead ratio render/ICU at 1× (en, tl, ko): "
    + ratios.map { String(format: "%.2f×", $0) }.joined(separator: ", ") + " (goal ≤ 2×)")
print(
  "cost per section, median over locales: "
    + [1, 10, 100].map { "\($0)×: " + String(format: "%.1f µs", perSectionMedian[$0] ?? 0) }.joined(
      separator: ", ")
    + String(
      format: " (100×/1× = %.2f; 1.00 is linear)",
      (perSectionMedian[100] ?? 0) / (perSectionMedian[1] ?? 1)))
